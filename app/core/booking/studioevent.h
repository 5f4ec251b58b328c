// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/localizedtext.h"
#include "common/recordissue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

enum class EventKind { Talk, Workshop, DriveDay, Launch };

/// A time as a feed writes it: the studio's wall clock, with the UTC offset when the feed gives one
/// (a time in the repeated hour of an autumn night names its second occurrence only so).
struct WallTime {
    QDate date;
    QTime time;
    std::optional<int> offsetSeconds;

    bool isValid() const { return date.isValid() && time.isValid(); }
    /// "2026-12-12T18:00", with seconds, "Z" or "+01:00" allowed.
    static std::optional<WallTime> parse(const QString &text);
};

/// A studio event from the feed (a talk, a workshop, a drive day, a launch) that visitors may
/// join. Its times are written in the studio's local time and kept as the instants they name.
struct StudioEvent {
    static constexpr int kMaxCapacity = 500;
    static constexpr int kMaxDays = 14; ///< how long an event may last

    QString id;
    EventKind kind = EventKind::Talk;
    QString studio;
    LocalizedText title;
    LocalizedText description;
    WallTime localStart; ///< as the feed wrote it
    WallTime localEnd;
    QDateTime start; ///< UTC, once placed in the studio's zone
    QDateTime end;   ///< UTC
    int capacity = 0;
    QString pictureUrl;   ///< a photo (http, https or file), or empty
    QString pictureModel; ///< a catalog model to draw instead, or empty
    QString language;     ///< spoken at the event: "en", "nb", "zh-Hans" …
    bool signupRequired = true;
    bool cancelled = false; ///< kept and shown as cancelled, so people who joined can be told
    QDateTime updated;      ///< the source's change stamp, when it gives one
    QTimeZone zone;         ///< the studio's, once placed

    static QString kindName(EventKind k);
    static std::optional<EventKind> kindFromName(const QString &name);
    static const QStringList &kindNames();

    /// Reads a feed's or storage's `events` entry, noting every problem. Times are read but not
    /// yet placed: the studio's zone comes from the studio record (place()).
    static std::optional<StudioEvent> read(const QJsonObject &o, QList<RecordIssue> *issues);

    /// Sets `start` and `end` from the wall times in the studio's `zone`. A time the clocks skip
    /// is refused; a repeated one is its first occurrence unless an offset names the second.
    /// On failure `field` and `problem` say what, for a person.
    bool place(const QTimeZone &studioZone, QString *field, QString *problem);

    /// Moves both wall times by `days` (a template feed's dates brought to the current week).
    void shiftDays(int days);

    /// The form storage keeps: the feed's fields, times with the offset they have in the studio's
    /// zone ("2026-12-12T18:00:00+01:00"), so a stored event reads back to the same instants.
    QJsonObject toJson() const;

    bool isOpen() const { return !cancelled; }
};

/// An event with how many have joined it: what a list or an event page shows. A full event simply
/// says it is full.
struct EventListing {
    /// What the latest feed carrying events did to it, for staff.
    enum class FeedChange { None, Created, Changed };
    StudioEvent event;
    int joined = 0; ///< joiners not cancelled
    FeedChange feedChange = FeedChange::None;

    int placesLeft() const { return std::max(0, event.capacity - joined); }
    bool isFull() const { return placesLeft() == 0; }
};

/// A change to an event after people joined it, which staff must tell them about.
struct EventNotice {
    enum class Change { Time, Studio, Cancelled, Removed, Restored, Capacity, Language };
    qint64 id = 0;
    QString event;
    Change change = Change::Time;
    QString before; ///< for a time: "start/end" in UTC; a studio id, a language, a capacity …
    QString after;
    int joiners = 0; ///< how many had joined when it changed
    QDateTime noticed;
    QDateTime informed; ///< when staff marked everyone told; invalid until then

    static QString changeName(Change c);
    static std::optional<Change> changeFromName(const QString &name);

    /// For a paired screen's staff: the notice as the hub sends it, and back.
    QJsonObject toJson() const;
    static std::optional<EventNotice> fromJson(const QJsonObject &o);
};
