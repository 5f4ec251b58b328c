// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choicelistmodel.h"
#include "qmlsingleton.h"

#include "booking/eventstore.h"
#include "catalog/catalog.h"
#include "insights/insightevent.h"
#include "kiosk/phonelinks.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

#include <QtQml/qqmlregistration.h>
#include <memory>

class DatabaseQueue;
class StudioHub;

/// What is on at the studio, for the visitor and for staff: the next events on Home, a week's
/// events with filters by kind and language, one event with the same form as a test drive to
/// join it, and, for staff, each event's joiners with check-in and the changes they must tell
/// them about. Calm by design: a full event says it is full, and nothing counts down.
class StudioEvents : public QObject, public QmlSingleton<StudioEvents>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The next events of this studio: [{id, title, kind, when, language, full, cancelled}].
    Q_PROPERTY(QVariantList upcoming READ upcoming NOTIFY upcomingChanged)
    /// The chosen week's events (same fields), its title, and the filters.
    Q_PROPERTY(QVariantList week READ week NOTIFY weekChanged)
    Q_PROPERTY(QString weekTitle READ weekTitle NOTIFY weekChanged)
    Q_PROPERTY(int weekOffset READ weekOffset WRITE setWeekOffset NOTIFY weekChanged)
    Q_PROPERTY(QString kindFilter READ kindFilter WRITE setKindFilter NOTIFY weekChanged)
    Q_PROPERTY(QString languageFilter READ languageFilter WRITE setLanguageFilter NOTIFY weekChanged)
    /// [{value, label}] of the kinds and spoken languages the coming weeks hold ("" first: all).
    Q_PROPERTY(ChoiceListModel *kindChoices READ kindChoices CONSTANT)
    Q_PROPERTY(ChoiceListModel *languageChoices READ languageChoices CONSTANT)
    /// The event open on its page: {id, title, description, kind, when, language, studio,
    /// address, signup, full, cancelled, calendarQr, picture}; empty when none.
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// Paired with a hub that cannot be reached just now: places cannot be taken on this screen
    /// (the hub keeps the count across screens), and the form says so before anyone types.
    Q_PROPERTY(bool hubOutOfReach READ hubOutOfReach NOTIFY hubChanged)
    /// A joined place: {code, title, when, calendarQr, phoneQr}; empty until then. phoneQr: the
    /// place's page for the visitor's phone, when the hub keeps the place and serves the pages.
    Q_PROPERTY(QVariantMap joined READ joined NOTIFY joinedChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemsChanged)
    Q_PROPERTY(QString nameProblem READ nameProblem NOTIFY problemsChanged)
    Q_PROPERTY(QString contactProblem READ contactProblem NOTIFY problemsChanged)
    Q_PROPERTY(QString privacyProblem READ privacyProblem NOTIFY problemsChanged)
    Q_PROPERTY(QString cancelMessage READ cancelMessage NOTIFY cancelMessageChanged)
    /// Staff: this studio's coming events with {joined, capacity}, the joiners of the one
    /// chosen with {code, name, contact, state}, and the changes still to tell joiners about.
    Q_PROPERTY(QVariantList staffEvents READ staffEvents NOTIFY staffChanged)
    Q_PROPERTY(QVariantList joiners READ joiners NOTIFY staffChanged)
    Q_PROPERTY(QVariantList notices READ notices NOTIFY staffChanged)

public:
    StudioEvents(DatabaseQueue *queue, QObject *parent);

    void setCatalog(const Catalog &catalog);
    void setStudio(const QString &studioId);
    void setLanguage(const QString &feedLanguage, const QLocale &locale);
    /// With a paired hub, places are taken and given back there and the places left are its own.
    void setHub(StudioHub *hub);
    void setPhoneLinks(const PhoneLinks &links) { m_links = links; }
    bool hubOutOfReach() const;

    QVariantList upcoming() const { return m_upcoming; }
    QVariantList week() const { return m_week; }
    QString weekTitle() const { return m_weekTitle; }
    int weekOffset() const { return m_weekOffset; }
    void setWeekOffset(int offset);
    QString kindFilter() const { return m_kind; }
    void setKindFilter(const QString &kind);
    QString languageFilter() const { return m_spoken; }
    void setLanguageFilter(const QString &language);
    ChoiceListModel *kindChoices() { return &m_kindChoices; }
    ChoiceListModel *languageChoices() { return &m_languageChoices; }
    QVariantMap current() const { return m_current; }
    bool busy() const { return m_busy; }
    QVariantMap joined() const { return m_joined; }
    QString problem() const { return m_problem; }
    QString nameProblem() const { return m_fieldProblems.value(QStringLiteral("name")); }
    QString contactProblem() const { return m_fieldProblems.value(QStringLiteral("contact")); }
    QString privacyProblem() const { return m_fieldProblems.value(QStringLiteral("privacy")); }
    QString cancelMessage() const { return m_cancelMessage; }
    QVariantList staffEvents() const { return m_staffEvents; }
    QVariantList joiners() const { return m_joiners; }
    QVariantList notices() const { return m_notices; }

    /// Reads the lists again (after an import, a join, a language change).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void open(const QString &eventId);
    /// Takes a place at the open event: the same two fields and consents as a test drive.
    Q_INVOKABLE void join(const QString &name, const QString &contact, bool privacy, bool marketing);
    Q_INVOKABLE void cancelByCode(const QString &code);
    /// Staff.
    Q_INVOKABLE void showJoiners(const QString &eventId);
    Q_INVOKABLE void checkIn(const QString &code);
    Q_INVOKABLE void markInformed(qint64 notice);
    /// The visit ended: the form, the place taken and the filters are forgotten.
    Q_INVOKABLE void reset();

    /// A wall-clock span in the studio's zone: "Saturday, 12 December 2026, 18:00–20:00".
    QString when(const StudioEvent &event) const;

public:
    /// A kind of event as the visitor reads it ("Talk", "Drive day").
    static QString kindLabel(EventKind kind);

private:
    QString spokenLabel(const QString &language) const;

signals:
    void upcomingChanged();
    void weekChanged();
    void currentChanged();
    void busyChanged();
    void joinedChanged();
    void problemsChanged();
    void cancelMessageChanged();
    void staffChanged();
    void hubChanged();
    /// A join answered: `ok` with its code in `joined`, else the problems say why.
    void joinAnswered(bool ok);

private:
    struct Lists;
    QVariantMap row(const EventListing &listing) const;
    /// Shows what the last read gave, with the places the hub counts across screens.
    void publish();
    /// Reads the event `eventId` onto its page; `fresh`: a new visit to it (a new form).
    void load(const QString &eventId, bool fresh);
    /// The hub's count of joiners by event, for this studio's coming events.
    void askHub();
    /// Staff's lists from the hub: the notices, and the joiners of the event chosen.
    void askHubForStaff();
    /// The count of joiners across screens, when the hub gave one.
    void countAtHub(EventListing &listing) const;
    void joinAtHub(const Studio &studio, const EventStore::Request &request);
    /// The visit's anonymous "event joined" for the open event's page; none outside a visit.
    std::optional<InsightEvent> joinedEvent(const QString &eventId) const;
    void joinHere(const Studio &studio, const EventStore::Request &request);
    void showJoined(const EventJoiner &joiner, const EventListing &listing, const Studio &studio, bool atHub);
    void showRefusal(EventStore::Error::Kind kind, const QHash<QString, QString> &fields);
    void loadWeek();
    void setProblems(const QString &problem, const QHash<QString, QString> &fields);
    const Studio *studio() const { return m_catalog.studio(m_studio); }

    DatabaseQueue *m_queue;
    StudioHub *m_hub = nullptr;
    PhoneLinks m_links;
    std::shared_ptr<const Lists> m_lists;
    QHash<QString, int> m_joinedAtHub; ///< event id → joiners across the studio's screens
    /// What staff see when the places are the hub's: its notices, and the joiners of one event.
    struct AtHub {
        QList<EventNotice> notices;
        QString joinersOf;
        QList<EventJoiner> joiners;
    };
    std::optional<AtHub> m_staffAtHub;
    Catalog m_catalog;
    QString m_studio;
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
    QVariantList m_upcoming, m_week, m_staffEvents, m_joiners, m_notices;
    ChoiceListModel m_kindChoices, m_languageChoices;
    QString m_weekTitle, m_kind, m_spoken;
    int m_weekOffset = 0;
    QVariantMap m_current, m_joined;
    QString m_joinersOf;
    bool m_busy = false;
    QString m_problem, m_cancelMessage, m_idempotencyKey;
    QHash<QString, QString> m_fieldProblems;
};
