// SPDX-License-Identifier: GPL-3.0-or-later
#include "studioevents.h"
#include "bidi.h"
#include "drivelabels.h"
#include "insights/insightrecorder.h"
#include "modellinelistmodel.h"
#include "visitinsights.h"

#include "booking/slotplanner.h"
#include "storage/databasequeue.h"

#include <QUuid>

namespace {

constexpr int kUpcomingShown = 3;
constexpr int kWeeksAhead = 8;

/// What one read of the database gives the pages.
struct Lists {
    QList<EventListing> upcoming, week, ahead; ///< ahead: the coming weeks (filters, staff list)
    QList<EventNotice> notices;
    QList<EventJoiner> joiners;
};

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

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
        open(m_current.value(QStringLiteral("id")).toString());
}

QString StudioEvents::when(const StudioEvent &event, const QLocale &locale)
{
    const QTimeZone zone = event.zone.isValid() ? event.zone : QTimeZone::utc();
    const QDateTime from = event.start.toTimeZone(zone);
    const QDateTime to = event.end.toTimeZone(zone);
    const QString fromTime = locale.toString(from.time(), QLocale::ShortFormat);
    const QString toTime = locale.toString(to.time(), QLocale::ShortFormat);
    if (from.date() == to.date())
        return tr("%1, %2").arg(locale.toString(from.date(), QLocale::LongFormat), Bidi::range(fromTime, toTime, locale));
    return Bidi::range(locale.toString(from, QLocale::LongFormat), locale.toString(to, QLocale::LongFormat), locale);
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
    // In its own words, as the language bar names languages.
    const QLocale spoken(QString(language).replace(QLatin1Char('-'), QLatin1Char('_')));
    return spoken.language() == QLocale::C ? language : capitalised(spoken.nativeLanguageName());
}

QVariantMap StudioEvents::row(const EventListing &l) const
{
    const StudioEvent &e = l.event;
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.title.text(m_language)},
            {QStringLiteral("kind"), kindLabel(e.kind)},
            {QStringLiteral("when"), when(e, m_locale)},
            {QStringLiteral("language"), spokenLabel(e.language)},
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
        [this, place, offset](Lists lists) {
            if (offset != m_weekOffset)
                return; // a newer week was asked for meanwhile
            m_upcoming.clear();
            for (const EventListing &l : std::as_const(lists.upcoming))
                m_upcoming << row(l);
            m_week.clear();
            for (const EventListing &l : std::as_const(lists.week))
                m_week << row(l);
            const QDate monday =
                QDateTime::currentDateTimeUtc().toTimeZone(SlotPlanner::zoneOf(place)).date().addDays(7 * offset);
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
                languageChoices << ChoiceListModel::Choice{s, spokenLabel(s)};
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
        });
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
    const QString id = eventId;
    m_queue->run<std::optional<EventListing>>(
        this, [id](QSqlDatabase &db) { return EventStore(db).event(id); },
        [this](std::optional<EventListing> found) {
            m_current.clear();
            if (found) {
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
                VisitInsights::note(InsightEvent::Kind::EventViewed, e.id, StudioEvent::kindName(e.kind));
                if (place) {
                    m_current.insert(
                        QStringLiteral("calendarQr"),
                        DriveLabels::qr(QString::fromUtf8(EventStore::calendar(e, *place, m_language, nullptr, {}, true))));
                }
            }
            m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_joined.clear();
            setProblems({}, {});
            emit joinedChanged();
            emit currentChanged();
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
    struct Answer {
        std::optional<EventStore::Joined> joined;
        EventStore::Error error;
    };
    m_busy = true;
    emit busyChanged();
    const Studio studio = *s;
    // The visit's anonymous event is written with the place, in its transaction.
    const VisitInsights *insights = VisitInsights::current();
    const std::optional<InsightEvent> event = insights
        ? insights->event(InsightEvent::Kind::EventJoined, eventId, m_current.value(QStringLiteral("kindName")).toString())
        : std::nullopt;
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
            if (!a.joined) {
                QHash<QString, QString> fields;
                QString message;
                switch (a.error.kind) {
                case EventStore::Error::Kind::InvalidContact:
                    message = tr("Please check the highlighted fields.");
                    fields = DriveLabels::contactProblems(a.error.contactIssues);
                    break;
                case EventStore::Error::Kind::Full:
                    message = tr("This event is full.");
                    break;
                case EventStore::Error::Kind::Closed:
                    message = tr("This event no longer takes sign-ups.");
                    break;
                default:
                    message = tr("Your place could not be saved on this screen. Please ask any of our team.");
                    break;
                }
                setProblems(message, fields);
                emit joinAnswered(false);
                refresh();
                return;
            }
            const EventJoiner &j = a.joined->joiner;
            m_joined = {{QStringLiteral("code"), j.code},
                        {QStringLiteral("title"), a.joined->listing.event.title.text(m_language)},
                        {QStringLiteral("when"), when(a.joined->listing.event, m_locale)},
                        {QStringLiteral("calendarQr"),
                         DriveLabels::qr(QString::fromUtf8(
                             EventStore::calendar(a.joined->listing.event, studio, m_language, &j, {}, true)))}};
            setProblems({}, {});
            emit joinedChanged();
            emit joinAnswered(true);
            refresh();
        });
}

void StudioEvents::cancelByCode(const QString &code)
{
    const QString typed = code.trimmed().toUpper();
    m_queue->run<std::optional<EventJoiner>>(
        this, [typed](QSqlDatabase &db) { return EventStore(db).cancel(typed); },
        [this](std::optional<EventJoiner> cancelled) {
            m_cancelMessage = cancelled ? tr("Your place is given back. Thank you for letting us know.")
                                        : tr("No place with this code can be given back here. Please check the code.");
            emit cancelMessageChanged();
            refresh();
        });
}

void StudioEvents::showJoiners(const QString &eventId)
{
    m_joinersOf = eventId;
    refresh();
}

void StudioEvents::checkIn(const QString &code)
{
    const QString c = code;
    m_queue->run<bool>(
        this, [c](QSqlDatabase &db) { return EventStore(db).checkIn(c).has_value(); }, [this](bool) { refresh(); });
}

void StudioEvents::markInformed(qint64 notice)
{
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
    setProblems({}, {});
    emit currentChanged();
    emit joinedChanged();
    emit cancelMessageChanged();
    loadWeek();
}
