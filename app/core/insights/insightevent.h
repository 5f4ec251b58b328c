// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QString>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcInsights)

/// One anonymous thing that happened at a screen: what was done, with catalog identifiers only
/// (a model, a paint, a page, the catalog words of a search), never who did it or what they
/// typed into a form. A visit is a random id from the first touch to the idle wipe.
struct InsightEvent {
    enum class Kind {
        VisitStarted,
        VisitEnded,
        PageShown,             ///< subject: the page
        FilterApplied,         ///< subject: the filter in words of the catalog; value: cars found
        TextSearched,          ///< subject: the catalog words searched for; value: cars found
        CarViewed,             ///< subject: model code
        CarsCompared,          ///< subject: model codes, sorted, joined by "+"
        ConfigurationStarted,  ///< subject: model code
        ConfigurationFinished, ///< subject: model code
        PaintChosen,           ///< in a finished build; subject: model code, detail: paint code
        WheelsChosen,          ///< in a finished build; subject: model code, detail: wheel code
        OptionChosen,          ///< in a finished build; subject: model code, detail: option code
        CodeCreated,           ///< subject: model code
        CodeReopened,          ///< subject: model code
        DriveRequested,        ///< the visitor opened the booking; subject: model code
        DriveUnavailable,      ///< no free time on a day; subject: model, detail: ISO weekday 1–7
        DriveBooked,           ///< subject: model code
        DriveCancelled,        ///< subject: model code
        DriveCompleted,        ///< staff marked it driven; subject: model; value: hours since booked
        DriveMissed,           ///< staff marked a no-show; subject: model code
        ExpertCalled,          ///< subject: model code or ''
        HoldRequested,         ///< subject: model code
        EventViewed,           ///< a studio event's page; subject: event id, detail: its kind
        EventJoined,           ///< a place taken at a studio event; subject: event id, detail: its kind
    };

    Kind kind = Kind::PageShown;
    QString visit; ///< empty for what staff record after the visit (a drive completed or missed)
    QDateTime at;
    QString subject;
    QString detail;
    std::optional<qint64> value;
    QString language; ///< the visitor's language ("de", "zh_CN")
    QString screen;   ///< this screen's name, as staff set it
    QString studio;   ///< the studio the screen stands in (its catalog id), so a chain's hub tells them apart

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFrom(const QString &name);
    static const QList<Kind> &allKinds();

    /// A new random visit id, never derived from anything about the visitor.
    static QString newVisitId();

    /// Why this event may not be stored (empty when it may): an unknown visit shape, an empty
    /// time, fields too long, or anything that looks like personal data (an e-mail address, a
    /// run of digits as long as a phone number's).
    static QString problem(const InsightEvent &event);

    /// The words of a typed search that the catalog knows (a model, a paint, a colour, a word of
    /// an option in any language), lower-cased, in the order typed; every other word is dropped,
    /// so a name typed into the search never reaches the events.
    static QString catalogWords(const QString &typed, const QSet<QString> &vocabulary);

    QJsonObject toJson(const QString &uuid, const QString &deviceId) const;
    /// Reads what toJson wrote (its "id" and "device" are the caller's to read); nothing when a
    /// field is missing or of the wrong type, with the reason in `why`. problem() is not checked.
    static std::optional<InsightEvent> fromJson(const QJsonObject &o, QString *why = nullptr);
};
