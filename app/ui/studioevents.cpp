// SPDX-License-Identifier: GPL-3.0-or-later
#include "studioevents.h"
#include "common/bidi.h"
#include "drivelabels.h"
#include "insights/insightrecorder.h"
#include "modellinelistmodel.h"
#include "studiohub.h"
#include "uilanguage.h"
#include "visitinsights.h"

#include "booking/slotplanner.h"
#include "common/localtimes.h"
#include "storage/databasequeue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace {

constexpr int kUpcomingShown = 3;
constexpr int kWeeksAhead = 8;

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

/// What one read of the database gives the pages.
struct StudioEvents::Lists {
    QList<EventListing> upcoming, week, ahead; ///< ahead: the coming weeks (filters, staff list)
    QList<EventNotice> notices;
    QList<EventJoiner> joiners;
    int offset = 0; ///< the week's
};

StudioEvents::StudioEvents(DatabaseQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
}

void StudioEvents::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    m_catalog.index();
}

void StudioEvents::setHub(StudioHub *hub)
{
    m_hub = hub;
    connect(hub, &StudioHub::changed, this, &StudioEvents::hubChanged);
    connect(hub, &StudioHub::pairingChanged, this, [this] {
        m_joinedAtHub.clear();
        m_staffAtHub.reset();
        refresh();
    });
    // A place taken or given back at another screen or on a phone: the counts as the hub has them.
    connect(hub, &StudioHub::hubChanged, this, [this](const QStringList &topics) {
        if (topics.contains(QLatin1String("events")))
            askHub();
    });
}

bool StudioEvents::hubOutOfReach() const
{
    return m_hub && m_hub->paired() && !m_hub->reachable();
}

void StudioEvents::countAtHub(EventListing &listing) const
{
    const auto it = m_joinedAtHub.constFind(listing.event.id);
    if (it != m_joinedAtHub.cend())
        listing.joined = *it;
}

void StudioEvents::askHub()
{
    if (!m_hub || !m_hub->paired() || m_studio.isEmpty())
        return;
    const QString studioId = m_studio;
    m_hub->call("GET", QStringLiteral("/v1/events?studio=") + QString::fromLatin1(QUrl::toPercentEncoding(studioId)), {},
                [this, studioId](const HubLink::Answer &a) {
                    if (a.outcome != HubLink::Outcome::Ok || studioId != m_studio)
                        return;
                    QHash<QString, int> joined;
                    const QJsonArray events = QJsonDocument::fromJson(a.body).object().value(QLatin1String("events")).toArray();
                    for (const QJsonValue &v : events) {
                        const QJsonObject e = v.toObject();
                        joined.insert(e.value(QLatin1String("id")).toString(), e.value(QLatin1String("joined")).toInt());
                    }
                    if (joined == m_joinedAtHub)
                        return;
                    m_joinedAtHub = joined;
                    publish();
                });
    askHubForStaff();
}

void StudioEvents::askHubForStaff()
{
    const QString studioId = m_studio;
    const QString joinersOf = m_joinersOf;
    QString path = QStringLiteral("/v1/events/staff?studio=") + QString::fromLatin1(QUrl::toPercentEncoding(studioId));
    // Contacts travel only when staff opened an event's list of joiners.
    if (!joinersOf.isEmpty())
        path += QStringLiteral("&event=") + QString::fromLatin1(QUrl::toPercentEncoding(joinersOf));
    m_hub->call("GET", path, {}, [this, studioId, joinersOf](const HubLink::Answer &a) {
        if (a.outcome != HubLink::Outcome::Ok || studioId != m_studio)
            return;
        const QJsonObject o = QJsonDocument::fromJson(a.body).object();
        AtHub staff;
        staff.joinersOf = joinersOf;
        for (const QJsonValue &v : o.value(QLatin1String("notices")).toArray()) {
            if (const auto n = EventNotice::fromJson(v.toObject()))
                staff.notices << *n;
        }
        for (const QJsonValue &v : o.value(QLatin1String("joiners")).toArray()) {
            if (const auto j = EventJoiner::fromJson(v.toObject()))
                staff.joiners << *j;
        }
        m_staffAtHub = std::move(staff);
        publish();
    });
}

void StudioEvents::setStudio(const QString &studioId)
{
    m_studio = studioId;
    refresh();
}

void StudioEvents::setLanguage(const QString &feedLanguage, const QLocale &locale)
{
    m_language = feedLanguage;
    m_locale = locale;
    refresh();
    if (!m_current.isEmpty())
        load(m_current.value(QStringLiteral("id")).toString(), false);
}

QString StudioEvents::when(const StudioEvent &event) const
{
    // An event read back from storage carries its instants, not its zone: the studio's (an Oslo
    // evening at 18:00 read as UTC's 17:00, an hour early).
    const Studio *place = m_catalog.studio(event.studio);
    const QTimeZone zone = event.zone.isValid() ? event.zone : place ? SlotPlanner::zoneOf(*place) : QTimeZone::utc();
    const QLocale &locale = m_locale;
    const QDateTime from = event.start.toTimeZone(zone);
    const QDateTime to = event.end.toTimeZone(zone);
    const QString fromTime = LocalTimes::time(locale, from.time());
    const QString toTime = LocalTimes::time(locale, to.time());
    if (from.date() == to.date())
        return tr("%1, %2").arg(locale.toString(from.date(), QLocale::LongFormat), Bidi::timeRange(fromTime, toTime, locale));
    return Bidi::range(LocalTimes::dateTime(locale, from, QLocale::LongFormat),
                       LocalTimes::dateTime(locale, to, QLocale::LongFormat), locale);
}

QString StudioEvents::kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Talk:
        return tr("Talk");
    case EventKind::Workshop:
        return tr("Workshop");
    case EventKind::DriveDay:
        return tr("Drive day");
    case EventKind::Launch:
        return tr("Launch");
    }
    return {};
}

QString StudioEvents::spokenLabel(const QString &language) const
{
    // In the visitor's language, as one names the language a talk is given in ("Norwegisch
    // (Bokmål)" on a German screen: it said "Norsk bokmål", which a German visitor may not
    // read), for the languages a studio's events are likely in; any other in its own words.
    static constexpr std::pair<const char *, const char *> kNames[] = {
        {"en", QT_TR_NOOP("English")},   {"nb", QT_TR_NOOP("Norwegian (Bokmål)")},
        {"no", QT_TR_NOOP("Norwegian")}, {"nn", QT_TR_NOOP("Norwegian (Nynorsk)")},
        {"sv", QT_TR_NOOP("Swedish")},   {"da", QT_TR_NOOP("Danish")},
        {"fi", QT_TR_NOOP("Finnish")},   {"de", QT_TR_NOOP("German")},
        {"fr", QT_TR_NOOP("French")},    {"it", QT_TR_NOOP("Italian")},
        {"es", QT_TR_NOOP("Spanish")},   {"nl", QT_TR_NOOP("Dutch")},
        {"zh", QT_TR_NOOP("Chinese")},   {"ar", QT_TR_NOOP("Arabic")},
    };
    const QString base = QString(language).replace(QLatin1Char('_'), QLatin1Char('-')).section(QLatin1Char('-'), 0, 0).toLower();
    for (const auto &[code, name] : kNames) {
        if (base == QLatin1String(code))
            return tr(name);
    }
    // In its own words, as the language bar names languages: "English" for "en", where Qt's
    // own name for the language alone is its first territory's ("American English").
    if (const QString own = UiLanguage::ownNameOf(language); !own.isEmpty())
        return own;
    const QLocale spoken(QString(language).replace(QLatin1Char('-'), QLatin1Char('_')));
    return spoken.language() == QLocale::C ? language : capitalised(spoken.nativeLanguageName());
}

QVariantMap StudioEvents::row(const EventListing &l) const
{
    const StudioEvent &e = l.event;
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.title.text(m_language)},
            {QStringLiteral("kind"), kindLabel(e.kind)},
            {QStringLiteral("when"), when(e)},
            // One piece in the event's line: "Norsk bokmål" never parts at a line's end.
            {QStringLiteral("language"), spokenLabel(e.language).replace(QLatin1Char(' '), QChar(0x00a0))},
            {QStringLiteral("signup"), e.signupRequired},
            {QStringLiteral("full"), e.signupRequired && l.isFull()},
            {QStringLiteral("cancelled"), e.cancelled},
            {QStringLiteral("joined"), l.joined},
            {QStringLiteral("capacity"), e.capacity},
            // For staff: what the latest feed carrying events did to it.
            {QStringLiteral("feedChange"),
             l.feedChange == EventListing::FeedChange::Created       ? tr("new in the latest feed")
                 : l.feedChange == EventListing::FeedChange::Changed ? tr("changed by the latest feed")
                                                                     : QString()}};
}

void StudioEvents::refresh()
{
    const Studio *here = studio();
    if (!here || !m_queue)
        return;
    const Studio place = *here;
    const int offset = m_weekOffset;
    EventStore::Filter filter;
    if (const auto kind = StudioEvent::kindFromName(m_kind))
        filter.kinds = {*kind};
    if (!m_spoken.isEmpty())
        filter.languages = {m_spoken};
    const QString joinersOf = m_joinersOf;
    m_queue->run<Lists>(
        this,
        [place, offset, filter, joinersOf](QSqlDatabase &db) {
            EventStore store(db);
            Lists lists;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            lists.upcoming = store.upcoming(place.id, now, kUpcomingShown);
            const QDate today = now.toTimeZone(SlotPlanner::zoneOf(place)).date();
            lists.week = store.byWeek(place, today.addDays(7 * offset), filter);
            EventStore::Filter ahead;
            ahead.studio = place.id;
            ahead.from = now;
            ahead.to = now.addDays(7 * kWeeksAhead);
            lists.ahead = store.list(ahead);
            lists.notices = store.notices(place.id);
            if (!joinersOf.isEmpty())
                lists.joiners = store.joiners(joinersOf);
            return lists;
        },
        [this, offset](Lists lists) {
            if (offset != m_weekOffset)
                return; // a newer week was asked for meanwhile
            lists.offset = offset;
            m_lists = std::make_shared<const Lists>(std::move(lists));
            publish();
            askHub();
        });
}

void StudioEvents::publish()
{
    const Studio *here = studio();
    if (!here || !m_lists)
        return;
    const Studio &place = *here;
    const int offset = m_lists->offset;
    Lists lists = *m_lists;
    if (m_staffAtHub) {
        lists.notices = m_staffAtHub->notices;
        lists.joiners = m_staffAtHub->joinersOf == m_joinersOf ? m_staffAtHub->joiners : QList<EventJoiner>();
    }
    for (QList<EventListing> *list : {&lists.upcoming, &lists.week, &lists.ahead}) {
        for (EventListing &l : *list)
            countAtHub(l);
    }
    // The event open on its page shows the same count as the lists.
    for (const EventListing &l : std::as_const(lists.ahead)) {
        if (!m_current.isEmpty() && l.event.id == m_current.value(QStringLiteral("id")).toString()) {
            const QVariantMap fresh = row(l);
            if (fresh.value(QStringLiteral("full")) != m_current.value(QStringLiteral("full"))) {
                m_current.insert(QStringLiteral("full"), fresh.value(QStringLiteral("full")));
                m_current.insert(QStringLiteral("joined"), fresh.value(QStringLiteral("joined")));
                emit currentChanged();
            }
        }
    }
    m_upcoming.clear();
    for (const EventListing &l : std::as_const(lists.upcoming))
        m_upcoming << row(l);
    m_week.clear();
    for (const EventListing &l : std::as_const(lists.week))
        m_week << row(l);
    const QDate monday = QDateTime::currentDateTimeUtc().toTimeZone(SlotPlanner::zoneOf(place)).date().addDays(7 * offset);
    const QDate first = monday.addDays(1 - monday.dayOfWeek());
    m_weekTitle = offset == 0 ? tr("This week")
        : offset == 1         ? tr("Next week")
                              : tr("Week of %1").arg(m_locale.toString(first, QLocale::LongFormat));
    // The filters offer what the coming weeks hold, each once.
    QStringList kinds, spoken;
    for (const EventListing &l : std::as_const(lists.ahead)) {
        const QString k = StudioEvent::kindName(l.event.kind);
        if (!kinds.contains(k))
            kinds << k;
        if (!l.event.language.isEmpty() && !spoken.contains(l.event.language))
            spoken << l.event.language;
    }
    QList<ChoiceListModel::Choice> kindChoices{{QString(), tr("All kinds")}};
    for (const QString &k : StudioEvent::kindNames()) {
        if (kinds.contains(k))
            kindChoices << ChoiceListModel::Choice{k, kindLabel(*StudioEvent::kindFromName(k))};
    }
    QList<ChoiceListModel::Choice> languageChoices{{QString(), tr("All languages")}};
    for (const QString &s : std::as_const(spoken))
        languageChoices << ChoiceListModel::Choice{s, capitalised(spokenLabel(s))}; // "Anglais", "anglais" in a sentence
    m_kindChoices.setChoices(kindChoices);
    m_kindChoices.setSelected(m_kind);
    m_languageChoices.setChoices(languageChoices);
    m_languageChoices.setSelected(m_spoken);
    m_staffEvents.clear();
    for (const EventListing &l : std::as_const(lists.ahead))
        m_staffEvents << row(l);
    m_notices.clear();
    for (const EventNotice &n : std::as_const(lists.notices)) {
        QString title = n.event;
        for (const EventListing &l : std::as_const(lists.ahead)) {
            if (l.event.id == n.event)
                title = l.event.title.text(m_language);
        }
        QString what;
        switch (n.change) {
        case EventNotice::Change::Time:
            what = tr("its time changed");
            break;
        case EventNotice::Change::Studio:
            what = tr("it moved to another studio");
            break;
        case EventNotice::Change::Cancelled:
        case EventNotice::Change::Removed:
            what = tr("it was cancelled");
            break;
        case EventNotice::Change::Restored:
            what = tr("it takes place after all");
            break;
        case EventNotice::Change::Capacity:
            what = tr("it has fewer places than joiners");
            break;
        case EventNotice::Change::Language:
            what = tr("its language changed");
            break;
        }
        m_notices << QVariantMap{
            {QStringLiteral("id"), n.id},
            {QStringLiteral("text"), tr("%1: %2. Tell the %n people who joined.", "", n.joiners).arg(title, what)}};
    }
    m_joiners.clear();
    for (const EventJoiner &j : std::as_const(lists.joiners)) {
        QString contact;
        if (j.contact)
            contact = j.contact->channel == ContactChannel::Phone
                ? ContactValidator::readablePhone(j.contact->value, place.address.country)
                : j.contact->value;
        m_joiners << QVariantMap{{QStringLiteral("code"), j.code},
                                 {QStringLiteral("name"), j.contact ? j.contact->name : tr("Contact erased")},
                                 {QStringLiteral("contact"), contact},
                                 {QStringLiteral("checkedIn"), j.state == JoinState::CheckedIn},
                                 {QStringLiteral("cancelled"), j.state == JoinState::Cancelled}};
    }
    emit upcomingChanged();
    emit weekChanged();
    emit staffChanged();
}

void StudioEvents::loadWeek()
{
    emit weekChanged();
    refresh();
}

void StudioEvents::setWeekOffset(int offset)
{
    offset = qBound(0, offset, kWeeksAhead - 1);
    if (offset == m_weekOffset)
        return;
    m_weekOffset = offset;
    loadWeek();
}

void StudioEvents::setKindFilter(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    loadWeek();
}

void StudioEvents::setLanguageFilter(const QString &language)
{
    if (language == m_spoken)
        return;
    m_spoken = language;
    loadWeek();
}

void StudioEvents::open(const QString &eventId)
{
    load(eventId, true);
}

void StudioEvents::load(const QString &eventId, bool fresh)
{
    const QString id = eventId;
    m_queue->run<std::optional<EventListing>>(
        this, [id](QSqlDatabase &db) { return EventStore(db).event(id); },
        [this, fresh](std::optional<EventListing> found) {
            m_current.clear();
            if (found) {
                countAtHub(*found);
                const StudioEvent &e = found->event;
                const Studio *place = m_catalog.studio(e.studio);
                m_current = row(*found);
                m_current.insert(QStringLiteral("description"), e.description.text(m_language));
                m_current.insert(QStringLiteral("studio"), place ? place->name : e.studio);
                m_current.insert(QStringLiteral("address"), place ? DriveLabels::address(*place) : QString());
                // The event's car drawn (a photo from the feed is not fetched here yet).
                QString picture;
                if (const auto trims = m_catalog.trimsOfModel(e.pictureModel); !trims.isEmpty())
                    picture = ModelLineListModel::imageUrl(m_catalog, e.pictureModel, trims.first()->defaultPaint,
                                                           trims.first()->defaultWheel, QStringLiteral("three-quarter"));
                m_current.insert(QStringLiteral("picture"), picture);
                m_current.insert(QStringLiteral("studioId"), e.studio);
                m_current.insert(QStringLiteral("kindName"), StudioEvent::kindName(e.kind));
                if (fresh) // a language change is no second view
                    VisitInsights::note(InsightEvent::Kind::EventViewed, e.id, StudioEvent::kindName(e.kind));
                if (place) {
                    m_current.insert(
                        QStringLiteral("calendarQr"),
                        DriveLabels::qr(QString::fromUtf8(EventStore::calendar(e, *place, m_language, nullptr, {}, true))));
                }
            }
            emit currentChanged();
            if (!fresh)
                return; // read again in another language: what the visitor did on the page stays
            // A new form: a retry of its join takes the same place, never a second one.
            m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_joined.clear();
            setProblems({}, {});
            emit joinedChanged();
        });
}

void StudioEvents::setProblems(const QString &problem, const QHash<QString, QString> &fields)
{
    m_problem = problem;
    m_fieldProblems = fields;
    emit problemsChanged();
}

void StudioEvents::join(const QString &name, const QString &contact, bool privacy, bool marketing)
{
    const QString eventId = m_current.value(QStringLiteral("id")).toString();
    // The event's own studio (it may differ from this screen's).
    const Studio *s = m_catalog.studio(m_current.value(QStringLiteral("studioId")).toString());
    if (m_busy || !s)
        return;
    EventStore::Request request;
    request.event = eventId;
    request.contact.name = name;
    request.contact.value = contact.trimmed();
    request.contact.channel = request.contact.value.contains(QLatin1Char('@')) ? ContactChannel::Email : ContactChannel::Phone;
    request.contact.privacyAccepted = privacy;
    request.contact.marketingAccepted = marketing;
    request.idempotencyKey = m_idempotencyKey;
    if (const Market *market = m_catalog.market(s->market))
        request.countryName = market->name.text(m_language);
    const Studio studio = *s;
    if (m_hub && m_hub->paired())
        joinAtHub(studio, request);
    else
        joinHere(studio, request);
}

std::optional<InsightEvent> StudioEvents::joinedEvent(const QString &eventId) const
{
    const VisitInsights *insights = VisitInsights::current();
    if (!insights)
        return std::nullopt;
    return insights->event(InsightEvent::Kind::EventJoined, eventId, m_current.value(QStringLiteral("kindName")).toString());
}

void StudioEvents::joinHere(const Studio &studio, const EventStore::Request &request)
{
    m_busy = true;
    emit busyChanged();
    const QString eventId = request.event;
    // The visit's anonymous event is written with the place, in its transaction.
    const std::optional<InsightEvent> event = joinedEvent(eventId);
    struct Answer {
        std::optional<EventStore::Joined> joined;
        EventStore::Error error;
    };
    m_queue->run<Answer>(
        this,
        [studio, request, event](QSqlDatabase &db) {
            Answer a;
            a.joined = EventStore(db).join(studio, request, &a.error,
                                           [&event](QSqlDatabase &d) { return !event || InsightRecorder(d).recordIn(*event); });
            return a;
        },
        [this, studio](Answer a) {
            m_busy = false;
            emit busyChanged();
            if (!a.joined)
                return showRefusal(a.error.kind, DriveLabels::contactProblems(a.error.contactIssues));
            showJoined(a.joined->joiner, a.joined->listing, studio, false);
        });
}

void StudioEvents::joinAtHub(const Studio &studio, const EventStore::Request &request)
{
    // The same rules as here, in the visitor's language, before anything leaves the screen.
    ContactInput given = request.contact;
    given.purpose = ContactInput::Purpose::EventPlace;
    const ContactValidator::Result checked = ContactValidator(studio.address.country, request.countryName).validate(given);
    if (!checked.ok())
        return showRefusal(EventStore::Error::Kind::InvalidContact, DriveLabels::contactProblems(checked.issues));
    const QJsonObject body{{QStringLiteral("event"), request.event},
                           {QStringLiteral("idempotencyKey"), request.idempotencyKey},
                           {QStringLiteral("contact"), request.contact.toJson()}};
    const std::optional<InsightEvent> event = joinedEvent(request.event);
    m_busy = true;
    emit busyChanged();
    const QString eventId = request.event;
    m_hub->call("POST", QStringLiteral("/v1/events/join"), body, [this, studio, eventId, event](const HubLink::Answer &a) {
        m_busy = false;
        emit busyChanged();
        using Kind = EventStore::Error::Kind;
        if (a.outcome != HubLink::Outcome::Ok) {
            qInfo("the hub did not take the place (%d): %s", a.status, qPrintable(a.error));
            const Kind kind = a.code == QLatin1String("event-full") ? Kind::Full
                : a.code == QLatin1String("event-closed")           ? Kind::Closed
                : a.code == QLatin1String("invalid-contact")        ? Kind::InvalidContact
                : a.outcome == HubLink::Outcome::Refused            ? Kind::Storage
                                                                    : Kind::Busy;
            showRefusal(kind, a.fields());
            askHub();
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(a.body).object();
        EventJoiner joiner;
        joiner.id = o.value(QLatin1String("id")).toString();
        joiner.code = o.value(QLatin1String("code")).toString();
        joiner.event = eventId;
        joiner.created = joiner.updated = QDateTime::currentDateTimeUtc();
        // The visit's anonymous event, here: the place itself is the hub's.
        if (event)
            m_queue->post([event](QSqlDatabase &db) { InsightRecorder(db).record(*event); });
        m_queue->run<std::optional<EventListing>>(
            this, [eventId](QSqlDatabase &db) { return EventStore(db).event(eventId); },
            [this, joiner, studio](std::optional<EventListing> listing) {
                if (!listing || joiner.code.isEmpty())
                    return showRefusal(EventStore::Error::Kind::Storage, {});
                showJoined(joiner, *listing, studio, true);
            });
    });
}

void StudioEvents::showRefusal(EventStore::Error::Kind kind, const QHash<QString, QString> &fields)
{
    QString message;
    switch (kind) {
    case EventStore::Error::Kind::InvalidContact:
        message = tr("Please check the highlighted fields.");
        break;
    case EventStore::Error::Kind::Full:
        message = tr("This event is full.");
        break;
    case EventStore::Error::Kind::Closed:
        message = tr("This event no longer takes sign-ups.");
        break;
    case EventStore::Error::Kind::Busy:
        // Paired, and the hub did not answer: nothing was kept, so nothing can be overbooked.
        message = tr(
            "This screen cannot reach the studio's system just now, so it cannot keep your place. Please ask any of our team.");
        break;
    default:
        message = tr("Your place could not be saved on this screen. Please ask any of our team.");
        break;
    }
    setProblems(message, kind == EventStore::Error::Kind::InvalidContact ? fields : QHash<QString, QString>());
    emit joinAnswered(false);
    refresh();
}

void StudioEvents::showJoined(const EventJoiner &j, const EventListing &listing, const Studio &studio, bool atHub)
{
    m_joined = {{QStringLiteral("code"), j.code},
                {QStringLiteral("title"), listing.event.title.text(m_language)},
                {QStringLiteral("when"), when(listing.event)},
                {QStringLiteral("calendarQr"),
                 DriveLabels::qr(QString::fromUtf8(EventStore::calendar(listing.event, studio, m_language, &j, {}, true)))},
                // The phone page is the hub's: only a place the hub keeps has one.
                {QStringLiteral("phoneQr"), atHub && m_links.isEnabled() ? DriveLabels::qr(m_links.place(j.code)) : QString()}};
    setProblems({}, {});
    emit joinedChanged();
    emit joinAnswered(true);
    refresh();
}

void StudioEvents::cancelByCode(const QString &code)
{
    const QString typed = code.trimmed().toUpper();
    const auto answered = [this](bool cancelled) {
        m_cancelMessage = cancelled ? tr("Your place is given back. Thank you for letting us know.")
                                    : tr("No place with this code can be given back here. Please check the code.");
        emit cancelMessageChanged();
        refresh();
    };
    if (m_hub && m_hub->paired()) {
        m_hub->call("POST", QStringLiteral("/v1/events/cancel"), {{QStringLiteral("code"), typed}},
                    [this, answered](const HubLink::Answer &a) {
                        if (a.outcome == HubLink::Outcome::Ok || a.outcome == HubLink::Outcome::Refused)
                            return answered(a.outcome == HubLink::Outcome::Ok);
                        m_cancelMessage = tr(
                            "This screen cannot reach the studio's system just now. Please ask any of our team.");
                        emit cancelMessageChanged();
                    });
        return;
    }
    m_queue->run<std::optional<EventJoiner>>(
        this, [typed](QSqlDatabase &db) { return EventStore(db).cancel(typed); },
        [answered](std::optional<EventJoiner> cancelled) { answered(cancelled.has_value()); });
}

void StudioEvents::showJoiners(const QString &eventId)
{
    m_joinersOf = eventId;
    refresh();
}

void StudioEvents::checkIn(const QString &code)
{
    if (m_hub && m_hub->paired()) {
        m_hub->call("POST", QStringLiteral("/v1/events/checkin"), {{QStringLiteral("code"), code}},
                    [this](const HubLink::Answer &) { refresh(); });
        return;
    }
    const QString c = code;
    m_queue->run<bool>(
        this, [c](QSqlDatabase &db) { return EventStore(db).checkIn(c).has_value(); }, [this](bool) { refresh(); });
}

void StudioEvents::markInformed(qint64 notice)
{
    if (m_hub && m_hub->paired()) {
        m_hub->call("POST", QStringLiteral("/v1/events/informed"), {{QStringLiteral("notice"), notice}},
                    [this](const HubLink::Answer &) { refresh(); });
        return;
    }
    m_queue->run<bool>(
        this, [notice](QSqlDatabase &db) { return EventStore(db).markInformed(notice); }, [this](bool) { refresh(); });
}

void StudioEvents::reset()
{
    m_current.clear();
    m_joined.clear();
    m_cancelMessage.clear();
    m_kind.clear();
    m_spoken.clear();
    m_weekOffset = 0;
    m_joinersOf.clear();
    if (m_staffAtHub) { // no contact stays in memory past the visit
        m_staffAtHub->joiners.clear();
        m_staffAtHub->joinersOf.clear();
    }
    setProblems({}, {});
    emit currentChanged();
    emit joinedChanged();
    emit cancelMessageChanged();
    loadWeek();
}
