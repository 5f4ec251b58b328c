// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivebooking.h"

#include "insights/insightrecorder.h"
#include "visitinsights.h"

#include "booking/bookingcode.h"
#include "booking/bookingstore.h"
#include "booking/icswriter.h"
#include "booking/privacypurger.h"
#include "common/localtimes.h"
#include "drivelabels.h"
#include "inventory/inventoryindex.h"
#include "marketwords.h"
#include "modellinelistmodel.h"
#include "storage/databasequeue.h"
#include "studiohub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace {

// The visit's event for a booking's making or change; its model is the booking's.
std::optional<InsightEvent> visitEvent(InsightEvent::Kind kind)
{
    const VisitInsights *insights = VisitInsights::current();
    return insights ? insights->event(kind) : std::nullopt;
}

// The visit's event about a drive of `model`.
InsightEvent aboutModel(const InsightEvent &event, const QString &model)
{
    InsightEvent e = event;
    e.subject = model;
    return e;
}

// Writes the event inside the booking's own transaction, so neither lands without the other.
BookingStore::Alongside alongside(const std::optional<InsightEvent> &event)
{
    if (!event)
        return {};
    return [event](QSqlDatabase &db, const Booking &b) { return InsightRecorder(db).recordIn(aboutModel(*event, b.model)); };
}

// Slots read more than this long ago are read again when the visitor comes back to them: other
// screens book too.
constexpr qint64 kFreshMs = 30000;

enum Role { FirstRole = Qt::UserRole + 1 };

} // namespace

QVariant DriveBooking::ModelRow::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return id;
    case 1:
        return name;
    case 2:
        return image;
    }
    return {};
}

QHash<int, QByteArray> DriveBooking::ModelRow::roleNames()
{
    return {{FirstRole, "modelId"}, {FirstRole + 1, "name"}, {FirstRole + 2, "image"}};
}

QVariant DriveBooking::StudioRow::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return id;
    case 1:
        return name;
    case 2:
        return city;
    case 3:
        return address;
    case 4:
        return distance;
    case 5:
        return selected;
    }
    return {};
}

QHash<int, QByteArray> DriveBooking::StudioRow::roleNames()
{
    return {{FirstRole, "studioId"},    {FirstRole + 1, "name"},     {FirstRole + 2, "city"},
            {FirstRole + 3, "address"}, {FirstRole + 4, "distance"}, {FirstRole + 5, "selected"}};
}

QVariant DriveBooking::TimeRow::value(int role) const
{
    switch (role - FirstRole) {
    case 0:
        return start;
    case 1:
        return label;
    case 2:
        return free;
    case 3:
        return selected;
    }
    return {};
}

QHash<int, QByteArray> DriveBooking::TimeRow::roleNames()
{
    return {{FirstRole, "start"}, {FirstRole + 1, "label"}, {FirstRole + 2, "free"}, {FirstRole + 3, "selected"}};
}

DriveBooking::DriveBooking(DatabaseQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_models(this)
    , m_studios(this)
    , m_days(this)
    , m_times(this)
{
    m_channels.setChoices({{QStringLiteral("phone"), tr("Phone")}, {QStringLiteral("email"), tr("E-mail")}});
    m_channels.setSelected(QStringLiteral("phone"));
}

void DriveBooking::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    m_catalog.index();
    m_fortnight.reset();
    setLanguage(m_language, m_locale);
}

void DriveBooking::setLanguage(const QString &feedLanguage, const QLocale &locale)
{
    m_language = feedLanguage;
    m_locale = locale;
    m_channels.setChoices({{QStringLiteral("phone"), tr("Phone")}, {QStringLiteral("email"), tr("E-mail")}});
    QSet<QString> driven;
    for (const Studio &s : m_catalog.studios) {
        for (const FleetEntry &f : s.fleet) {
            if (f.count > 0)
                driven.insert(f.model);
        }
    }
    QList<ModelRow> models;
    for (const CarModel &m : m_catalog.models) {
        if (!driven.contains(m.id))
            continue;
        const auto trims = m_catalog.trimsOfModel(m.id);
        models << ModelRow{m.id, m.name.text(m_language),
                           trims.isEmpty() ? QString()
                                           : ModelLineListModel::imageUrl(m_catalog, m.id, trims.first()->defaultPaint,
                                                                          trims.first()->defaultWheel, QStringLiteral("side"))};
    }
    m_models.setRows(models);
    if (m_confirmation.valid && m_booked) {
        // A confirmation on screen reads in the language the visitor has just chosen.
        wordConfirmation();
        emit confirmationChanged();
    }
    rebuildStudios();
    rebuildDays();
    rebuildTimes();
    emit targetChanged();
    emit studioChanged();
    emit dayChanged();
    emit startChanged();
    emit contactHintChanged();
}

void DriveBooking::setOrigin(double lat, double lon)
{
    m_origin = std::make_pair(lat, lon);
    rebuildStudios();
}

void DriveBooking::setHomeStudio(const QString &studio)
{
    m_home = studio;
    rebuildStudios();
}

void DriveBooking::refreshRetention()
{
    m_queue->run<int>(
        this, [](QSqlDatabase &db) { return PrivacyPurger::retentionDays(db); },
        [this](int days) {
            m_retentionDays = days;
            emit contactHintChanged();
        });
}

DriveTarget DriveBooking::target() const
{
    return m_vehicle.isEmpty() ? DriveTarget::fleet(m_model) : DriveTarget::stockCar(m_vehicle, m_model, m_vehicleLocation);
}

const Studio *DriveBooking::currentStudio() const
{
    return m_catalog.studio(m_studio);
}

QString DriveBooking::modelName(const QString &model) const
{
    const CarModel *m = m_catalog.model(model);
    return m ? m->name.text(m_language) : model;
}

QString DriveBooking::title() const
{
    return m_model.isEmpty() ? QString() : modelName(m_model);
}

QString DriveBooking::image() const
{
    const auto trims = m_catalog.trimsOfModel(m_model);
    if (trims.isEmpty())
        return QString();
    return ModelLineListModel::imageUrl(m_catalog, m_model, trims.first()->defaultPaint, trims.first()->defaultWheel,
                                        QStringLiteral("three-quarter"));
}

QString DriveBooking::studioName() const
{
    const Studio *s = currentStudio();
    return s ? s->name : QString();
}

QString DriveBooking::studioAddress() const
{
    const Studio *s = currentStudio();
    return s ? DriveLabels::address(*s) : QString();
}

void DriveBooking::rebuildStudios()
{
    struct Entry {
        const Studio *studio;
        std::optional<double> km;
    };
    QList<Entry> entries;
    for (const Studio &s : m_catalog.studios) {
        bool possible = false;
        if (!m_vehicle.isEmpty())
            possible = s.id == m_vehicleLocation;
        else if (!m_model.isEmpty() && s.kind == Studio::Kind::Studio)
            possible = SlotPlanner::fleetCount(s, m_model) > 0;
        if (!possible)
            continue;
        std::optional<double> km;
        if (m_origin && s.hasCoordinates) // a dealer without a position shows no distance
            km = InventoryIndex::distanceKm(m_origin->first, m_origin->second, s.lat, s.lon);
        entries << Entry{&s, km};
    }
    std::stable_sort(entries.begin(), entries.end(), [this](const Entry &a, const Entry &b) {
        if ((a.studio->id == m_home) != (b.studio->id == m_home))
            return a.studio->id == m_home;
        return a.km.value_or(0) < b.km.value_or(0);
    });
    QList<StudioRow> rows;
    const MarketWords words(m_catalog, m_home, m_language, m_locale);
    for (const Entry &e : entries) {
        const Studio &s = *e.studio;
        QString distance;
        if (s.id == m_home)
            distance = tr("This studio");
        else if (e.km)
            distance = words.away(*e.km, s.id);
        rows << StudioRow{s.id, s.name, s.address.city, DriveLabels::address(s), distance, s.id == m_studio};
    }
    m_studios.setRows(rows);
}

QString DriveBooking::slotsKey() const
{
    return m_studio + QLatin1Char('|') + m_model + QLatin1Char('|') + m_vehicle;
}

void DriveBooking::setHub(StudioHub *hub)
{
    m_hub = hub;
    connect(hub, &StudioHub::changed, this, &DriveBooking::hubChanged);
    // Times taken or given back at another screen (or the hub reached again): read them again,
    // keeping what is shown until the new times are here.
    connect(hub, &StudioHub::hubChanged, this, [this](const QStringList &topics) {
        if (topics.contains(QLatin1String("slots")))
            loadSlots(true, true);
    });
    connect(hub, &StudioHub::pairingChanged, this, [this] { loadSlots(true, true); });
}

bool DriveBooking::hubOutOfReach() const
{
    return m_hub && m_hub->paired() && !m_hub->reachable();
}

void DriveBooking::loadSlots(bool force, bool quiet)
{
    const Studio *s = currentStudio();
    if (!s || m_model.isEmpty())
        return;
    const QString key = slotsKey();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!force && m_fortnight && m_fortnight->key == key && m_fortnight->read.msecsTo(now) < kFreshMs) {
        rebuildDays();
        rebuildTimes();
        return;
    }
    if (!m_fortnight || m_fortnight->key != key) {
        // Another studio or car: nothing of the last one's times is shown meanwhile.
        m_fortnight.reset();
        rebuildDays();
        rebuildTimes();
    }
    const int serial = ++m_request;
    if (!quiet)
        setLoading(true);
    const Studio studio = *s;
    const DriveTarget t = target();
    const QDate today = now.toTimeZone(SlotPlanner::zoneOf(studio)).date();
    Fortnight empty;
    empty.key = key;
    empty.read = now;
    if (m_hub && m_hub->reachable())
        readSlotsAtHub(serial, studio, t, today, empty);
    else
        readSlotsHere(serial, studio, t, today, empty);
}

QString DriveBooking::hubSlotsPath(const Studio &studio, const DriveTarget &t, QDate from, int days)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("studio"), studio.id);
    query.addQueryItem(QStringLiteral("model"), t.model);
    if (t.isVehicle())
        query.addQueryItem(QStringLiteral("vehicle"), t.vehicle);
    query.addQueryItem(QStringLiteral("date"), from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("days"), QString::number(days));
    return QStringLiteral("/v1/slots?") + query.toString(QUrl::FullyEncoded);
}

QList<DriveBooking::HubDay> DriveBooking::hubDays(const QByteArray &body, const Studio &studio)
{
    QList<HubDay> out;
    const QTimeZone zone = SlotPlanner::zoneOf(studio);
    for (const auto &d : QJsonDocument::fromJson(body).object().value(QLatin1String("days")).toArray()) {
        const QJsonObject day = d.toObject();
        HubDay hubDay;
        hubDay.date = QDate::fromString(day.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!hubDay.date.isValid())
            continue;
        for (const auto &v : day.value(QLatin1String("slots")).toArray()) {
            const QJsonObject o = v.toObject();
            SlotPlanner::Slot slot;
            slot.start = QDateTime::fromString(o.value(QLatin1String("start")).toString(), Qt::ISODateWithMs).toUTC();
            slot.end = QDateTime::fromString(o.value(QLatin1String("end")).toString(), Qt::ISODateWithMs).toUTC();
            slot.local = slot.start.toTimeZone(zone);
            slot.capacity = o.value(QLatin1String("capacity")).toInt();
            if (slot.start.isValid())
                hubDay.times << slot;
        }
        out << hubDay;
    }
    return out;
}

void DriveBooking::readSlotsAtHub(int serial, const Studio &studio, const DriveTarget &t, QDate today, const Fortnight &empty)
{
    m_hub->call("GET", hubSlotsPath(studio, t, today, kDaysShown), {},
                [this, serial, studio, t, today, empty](const HubLink::Answer &a) {
                    if (serial != m_request)
                        return;
                    if (a.outcome != HubLink::Outcome::Ok)
                        return readSlotsHere(serial, studio, t, today, empty); // what this screen knows
                    Fortnight f = empty;
                    for (const HubDay &day : hubDays(a.body, studio)) {
                        if (f.dates.size() >= kDaysShown)
                            break;
                        f.dates << day.date;
                        f.perDay << day.times;
                        f.open << !SlotPlanner::hoursOn(studio, day.date).isEmpty();
                    }
                    showSlots(serial, std::move(f));
                });
}

void DriveBooking::readSlotsHere(int serial, const Studio &studio, const DriveTarget &t, QDate today, const Fortnight &empty)
{
    m_queue->run<Fortnight>(
        this,
        [studio, t, today, empty](QSqlDatabase &db) {
            Fortnight f = empty;
            const BookingStore store(db);
            for (int i = 0; i < kDaysShown; ++i) {
                const QDate date = today.addDays(i);
                f.dates << date;
                f.perDay << store.daySlots(studio, date, t);
                f.open << !SlotPlanner::hoursOn(studio, date).isEmpty();
            }
            return f;
        },
        [this, serial](Fortnight f) { showSlots(serial, std::move(f)); });
}

void DriveBooking::showSlots(int serial, Fortnight f)
{
    if (serial != m_request)
        return; // the visitor has moved on to another studio or car
    m_fortnight = std::move(f);
    setLoading(false);
    // The time the visitor chose went to someone else meanwhile: said before they tap Book.
    if (m_start.isValid() && !m_confirmation.valid) {
        const auto *offered = slotsOf(m_day);
        const bool stillFree = offered && std::any_of(offered->cbegin(), offered->cend(), [this](const SlotPlanner::Slot &s) {
                                   return s.start == m_start && s.isFree();
                               });
        if (!stillFree) {
            m_start = {};
            emit startChanged();
            setProblems(tr("Someone has just booked this time. Please choose another one; your details stay filled in."), {});
        }
    }
    rebuildDays();
    rebuildTimes();
    emit dayChanged();
}

const QList<SlotPlanner::Slot> *DriveBooking::slotsOf(QDate date) const
{
    if (!m_fortnight || !date.isValid())
        return nullptr;
    const qsizetype i = m_fortnight->dates.indexOf(date);
    return i < 0 ? nullptr : &m_fortnight->perDay.at(i);
}

void DriveBooking::rebuildDays()
{
    QList<DayRow> rows;
    if (m_fortnight) {
        for (qsizetype i = 0; i < m_fortnight->dates.size(); ++i) {
            const QDate date = m_fortnight->dates.at(i);
            const QList<SlotPlanner::Slot> &offered = m_fortnight->perDay.at(i);
            const int free = int(
                std::count_if(offered.begin(), offered.end(), [](const SlotPlanner::Slot &x) { return x.isFree(); }));
            QString note;
            if (offered.isEmpty())
                note = m_fortnight->open.at(i) ? tr("No times left") : tr("Closed");
            else if (free == 0)
                note = tr("Fully booked");
            else
                note = tr("%n time(s) free", nullptr, free);
            rows << DayRow{date.toString(Qt::ISODate),
                           i == 0       ? tr("Today")
                               : i == 1 ? tr("Tomorrow")
                                        : m_locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                           LocalTimes::dayMonth(m_locale, date),
                           note,
                           free,
                           date == m_day};
        }
    }
    m_days.setRows(rows);
}

void DriveBooking::rebuildTimes()
{
    QList<TimeRow> rows;
    if (const auto *offered = slotsOf(m_day)) {
        for (const SlotPlanner::Slot &slot : *offered)
            rows << TimeRow{slot.start.toString(Qt::ISODate), LocalTimes::time(m_locale, slot.local.time()), slot.isFree(),
                            slot.start == m_start};
    }
    m_times.setRows(rows);
    // A day the visitor looked at with no free time left is demand the studio could not meet.
    const Studio *s = currentStudio();
    const auto *offered = slotsOf(m_day);
    if (s && offered && !SlotPlanner::hoursOn(*s, m_day).isEmpty()
        && std::none_of(offered->cbegin(), offered->cend(), [](const SlotPlanner::Slot &slot) { return slot.isFree(); }))
        VisitInsights::noteOnce(InsightEvent::Kind::DriveUnavailable, m_model, QString::number(m_day.dayOfWeek()));
}

QString DriveBooking::dayNote() const
{
    const Studio *s = currentStudio();
    const auto *offered = slotsOf(m_day);
    if (!s || !offered || !offered->isEmpty())
        return QString();
    return SlotPlanner::hoursOn(*s, m_day).isEmpty() ? tr("The studio is closed that day.")
                                                     : tr("No times are left that day. Please choose another day.");
}

QString DriveBooking::when() const
{
    const Studio *s = currentStudio();
    return s && m_start.isValid() ? DriveLabels::span(m_start, *s, m_locale, true) : QString();
}

QString DriveBooking::contactHint() const
{
    return tr("We use it only to reach you about this drive, and delete it %n day(s) after the drive.", nullptr, m_retentionDays);
}

void DriveBooking::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void DriveBooking::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void DriveBooking::setProblems(const QString &message, const QHash<QString, QString> &fields)
{
    m_message = message;
    m_problems = fields;
    emit problemsChanged();
}

void DriveBooking::clearProblem(const QString &field)
{
    if (!m_problems.contains(field) && m_message.isEmpty())
        return;
    m_problems.remove(field);
    // The general message goes with the last problem it summed up.
    if (m_problems.isEmpty())
        m_message.clear();
    emit problemsChanged();
}

void DriveBooking::reset()
{
    ++m_request;
    m_model.clear();
    m_vehicle.clear();
    m_vehicleLocation.clear();
    m_studio.clear();
    m_day = {};
    m_start = {};
    m_idempotencyKey.clear();
    m_fortnight.reset();
    m_confirmation = {};
    m_booked.reset();
    m_cancelMessage.clear();
    m_message.clear();
    m_problems.clear();
    m_channels.setSelected(QStringLiteral("phone"));
    setLoading(false);
    rebuildStudios();
    rebuildDays();
    rebuildTimes();
    emit targetChanged();
    emit studioChanged();
    emit dayChanged();
    emit startChanged();
    emit channelChanged();
    emit problemsChanged();
    emit confirmationChanged();
    emit cancelMessageChanged();
}

void DriveBooking::chooseModel(const QString &model)
{
    reset();
    m_model = model;
    VisitInsights::note(InsightEvent::Kind::DriveRequested, model);
    // On a kiosk, the studio it stands in is the natural start when it has the car.
    const Studio *home = m_catalog.studio(m_home);
    if (home && SlotPlanner::fleetCount(*home, model) > 0)
        m_studio = m_home;
    rebuildStudios();
    emit targetChanged();
    emit studioChanged();
    loadSlots(false);
}

void DriveBooking::chooseVehicle(const QString &vehicleId, const QString &model, const QString &location)
{
    reset();
    m_model = model;
    VisitInsights::note(InsightEvent::Kind::DriveRequested, model);
    m_vehicle = vehicleId;
    m_vehicleLocation = location;
    m_studio = location;
    rebuildStudios();
    emit targetChanged();
    emit studioChanged();
    loadSlots(false);
}

void DriveBooking::chooseStudio(const QString &studio)
{
    if (!m_catalog.studio(studio))
        return;
    m_studio = studio;
    m_day = {};
    m_start = {};
    rebuildStudios();
    emit studioChanged();
    emit dayChanged();
    emit startChanged();
    loadSlots(false);
}

void DriveBooking::chooseDay(const QString &isoDate)
{
    m_day = QDate::fromString(isoDate, Qt::ISODate);
    m_start = {};
    rebuildDays();
    rebuildTimes();
    emit dayChanged();
    emit startChanged();
    loadSlots(false); // read again if what is shown may be stale
}

void DriveBooking::chooseTime(const QString &isoStart)
{
    m_start = QDateTime::fromString(isoStart, Qt::ISODate).toUTC();
    // One key for everything this form sends: a double tap or a resend books once.
    m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_bookingId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_bookingCode = BookingCode::generate();
    rebuildTimes();
    emit startChanged();
}

void DriveBooking::chooseChannel(const QString &channel)
{
    if (channel != QLatin1String("phone") && channel != QLatin1String("email"))
        return;
    m_channels.setSelected(channel);
    clearProblem(QStringLiteral("contact"));
    emit channelChanged();
}

void DriveBooking::submit(const QString &name, const QString &value, bool privacy, bool marketing)
{
    if (m_busy)
        return; // the booking on its way answers for this tap too
    const Studio *s = currentStudio();
    if (!s || !m_start.isValid()) {
        setProblems(tr("Please choose a time first."), {});
        emit submitted(false);
        return;
    }
    BookingStore::Request request;
    request.target = target();
    request.start = m_start;
    request.contact.name = name;
    request.contact.channel = channel() == QLatin1String("email") ? ContactChannel::Email : ContactChannel::Phone;
    request.contact.value = value;
    request.contact.privacyAccepted = privacy;
    request.contact.marketingAccepted = marketing;
    request.idempotencyKey = m_idempotencyKey;
    request.id = m_bookingId;
    request.code = m_bookingCode;
    if (m_tradeIn)
        request.tradeIn = m_tradeIn();
    // The studio's country named in the visitor's language in the form's messages.
    if (const Market *market = m_catalog.market(s->market))
        request.countryName = market->name.text(m_language);
    if (m_hub && m_hub->reachable())
        bookAtHub(*s, request);
    else
        bookHere(*s, request, m_hub && m_hub->paired()); // paired, out of reach: a request the studio confirms
}

void DriveBooking::bookHere(const Studio &s, const BookingStore::Request &request, bool pending)
{
    struct Answer {
        std::optional<BookingStore::Created> created;
        BookingStore::Error error;
    };
    setBusy(true);
    const Studio studio = s;
    m_queue->run<Answer>(
        this,
        [studio, request, event = visitEvent(InsightEvent::Kind::DriveBooked)](QSqlDatabase &db) {
            Answer a;
            BookingStore store(db);
            store.setAlongside(alongside(event));
            a.created = store.create(studio, request, &a.error);
            return a;
        },
        [this, studio, pending](Answer a) {
            setBusy(false);
            if (!a.created)
                return showRefused(a.error.kind, DriveLabels::contactProblems(a.error.contactIssues));
            showBooked(a.created->booking, studio, pending);
        });
}

void DriveBooking::bookAtHub(const Studio &studio, const BookingStore::Request &request)
{
    // The same rules as here, in the visitor's language, before anything leaves the screen.
    const ContactValidator::Result checked = ContactValidator(studio.address.country, request.countryName)
                                                 .validate(request.contact);
    if (!checked.ok())
        return showRefused(BookingStore::Error::Kind::InvalidContact, DriveLabels::contactProblems(checked.issues));
    QJsonObject body{{QStringLiteral("studio"), studio.id},
                     {QStringLiteral("model"), request.target.model},
                     {QStringLiteral("start"), Booking::timestamp(request.start)},
                     {QStringLiteral("contact"), request.contact.toJson()},
                     {QStringLiteral("idempotencyKey"), request.idempotencyKey},
                     {QStringLiteral("id"), request.id},
                     {QStringLiteral("code"), request.code}};
    if (request.target.isVehicle())
        body.insert(QStringLiteral("vehicle"), request.target.vehicle);
    if (!request.tradeIn.isEmpty())
        body.insert(QStringLiteral("tradeIn"), request.tradeIn);
    setBusy(true);
    const VisitorContact contact = *checked.contact;
    const int retention = m_retentionDays;
    m_hub->call(
        "POST", QStringLiteral("/v1/bookings"), body,
        [this, studio, request, contact, retention,
         event = visitEvent(InsightEvent::Kind::DriveBooked)](const HubLink::Answer &a) {
            using Kind = BookingStore::Error::Kind;
            if (a.outcome != HubLink::Outcome::Ok) {
                setBusy(false);
                qInfo("the hub did not take the booking (%d): %s", a.status, qPrintable(a.error));
                if (a.outcome != HubLink::Outcome::Refused) {
                    // No answer: the hub may have made it or not. Kept here as a request the studio
                    // confirms, under the same id, code and key, so that it is one booking either way.
                    bookHere(studio, request, true);
                    return;
                }
                const Kind kind = a.code == QLatin1String("slot-taken") || a.code == QLatin1String("not-bookable")
                    ? Kind::SlotTaken
                    : a.code == QLatin1String("invalid-contact") ? Kind::InvalidContact
                                                                 : Kind::Storage;
                return showRefused(kind, a.fields());
            }
            // The booking is the hub's; this screen keeps a copy with its contact for its own
            // agenda and a cancellation here (a change made here then reaches the hub).
            QJsonObject held = QJsonDocument::fromJson(a.body).object();
            held.insert(QStringLiteral("kind"), QStringLiteral("booking"));
            QString unread;
            auto booking = Booking::fromJson(held, &unread);
            if (!booking) {
                setBusy(false);
                return showRefused(Kind::Storage, {});
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            VisitorContact c = contact;
            c.privacyConsentAt = now;
            c.purgeAfter = booking->end.addDays(retention);
            booking->contact = c;
            held = booking->toJson(true);
            held.insert(QStringLiteral("kind"), QStringLiteral("booking"));
            m_queue->run<bool>(
                this,
                [held, catalog = m_catalog, event, subject = booking->model](QSqlDatabase &db) {
                    BookingStore::Error error;
                    const bool kept = BookingStore(db).receive(held, catalog, &error).has_value();
                    if (!kept)
                        qWarning("the hub's booking is not kept on this screen: %s", qPrintable(error.message));
                    if (event)
                        InsightRecorder(db).record(aboutModel(*event, subject));
                    return kept;
                },
                [this, studio, made = *booking](bool) {
                    setBusy(false);
                    showBooked(made, studio, false);
                });
        },
        kHubAnswerTimeout);
}

void DriveBooking::showRefused(BookingStore::Error::Kind kind, const QHash<QString, QString> &fields)
{
    QString message;
    QHash<QString, QString> shown;
    switch (kind) {
    case BookingStore::Error::Kind::InvalidContact:
        message = tr("Please check the highlighted fields.");
        shown = fields;
        break;
    case BookingStore::Error::Kind::SlotTaken:
    case BookingStore::Error::Kind::NotBookable:
        message = tr("Someone has just booked this time. Please choose another one; your details stay filled in.");
        m_start = {};
        emit startChanged();
        loadSlots(true);
        break;
    case BookingStore::Error::Kind::Busy:
        message = tr("Another screen is booking at this moment. Please tap Book again.");
        break;
    default:
        message = tr("The booking could not be saved on this screen. Please ask any of our team.");
        break;
    }
    setProblems(message, shown);
    emit submitted(false);
}

void DriveBooking::showBooked(const Booking &b, const Studio &studio, bool pending)
{
    IcsWriter::Details details;
    details.modelName = modelName(b.model);
    details.compact = true; // read from the screen by a phone
    const QString ics = QString::fromUtf8(IcsWriter::calendar(b, studio, details));
    m_confirmation = {true,
                      b.code,
                      {},
                      studio.name,
                      DriveLabels::address(studio),
                      {},
                      m_links.isEnabled() && !pending ? DriveLabels::qr(m_links.drive(b.code)) : QString(),
                      DriveLabels::qr(ics),
                      pending};
    m_booked = std::make_pair(b, studio);
    wordConfirmation();
    setProblems({}, {});
    emit confirmationChanged();
    loadSlots(true, true);
    emit submitted(true);
}

void DriveBooking::wordConfirmation()
{
    m_confirmation.when = DriveLabels::span(m_booked->first.start, m_booked->second, m_locale, true);
    m_confirmation.model = modelName(m_booked->first.model);
}

void DriveBooking::cancelByCode(const QString &code)
{
    const QString normalised = code.trimmed().toUpper();
    if (!m_hub || !m_hub->reachable())
        return cancelHere(normalised);
    // Paired: the drive is the hub's, wherever it was booked (this screen's copy follows).
    m_hub->call("POST", QStringLiteral("/v1/bookings/cancel"), {{QStringLiteral("code"), normalised}},
                [this, normalised, event = visitEvent(InsightEvent::Kind::DriveCancelled)](const HubLink::Answer &a) {
                    if (a.outcome == HubLink::Outcome::Refused && a.code == QLatin1String("wrong-state")) {
                        m_cancelMessage = tr("This drive can no longer be cancelled here; please call the studio.");
                        emit cancelMessageChanged();
                        emit cancelFinished(false);
                        return;
                    }
                    QString problem;
                    const auto cancelled = a.outcome == HubLink::Outcome::Ok
                        ? Booking::fromJson(QJsonDocument::fromJson(a.body).object().value(QLatin1String("booking")).toObject(),
                                            &problem)
                        : std::nullopt;
                    if (!cancelled)
                        return cancelHere(normalised); // not at the hub (kept here on its way), or no answer
                    m_queue->run<bool>(
                        this,
                        [cancelled, catalog = m_catalog, event](QSqlDatabase &db) {
                            BookingStore::Error error;
                            BookingStore(db).follow(*cancelled, catalog, &error);
                            if (event)
                                InsightRecorder(db).record(aboutModel(*event, cancelled->model));
                            return true;
                        },
                        [this, done = *cancelled](bool) { showCancelled(done); });
                });
}

void DriveBooking::cancelHere(const QString &normalised)
{
    struct Answer {
        std::optional<Booking> cancelled;
        BookingStore::Error error;
    };
    m_queue->run<Answer>(
        this,
        [normalised, event = visitEvent(InsightEvent::Kind::DriveCancelled)](QSqlDatabase &db) {
            Answer a;
            BookingStore store(db);
            store.setAlongside(alongside(event));
            a.cancelled = store.cancelByCode(normalised, &a.error);
            return a;
        },
        [this](Answer a) {
            if (!a.cancelled) {
                m_cancelMessage = a.error.kind == BookingStore::Error::Kind::NotFound
                    ? tr("There is no drive with this code. Please check each character.")
                    : a.error.kind == BookingStore::Error::Kind::WrongState
                    ? tr("This drive can no longer be cancelled here; please call the studio.")
                    : tr("The drive could not be cancelled on this screen. Please ask any of our team.");
                emit cancelMessageChanged();
                emit cancelFinished(false);
                return;
            }
            if (m_hub)
                m_hub->deliverNow(); // its time is given back at the hub as soon as it can be
            showCancelled(*a.cancelled);
        });
}

void DriveBooking::showCancelled(const Booking &cancelled)
{
    const Studio *s = m_catalog.studio(cancelled.studio);
    m_cancelMessage = tr("Your drive on %1 is cancelled.")
                          .arg(s ? DriveLabels::span(cancelled.start, *s, m_locale, true) : QString());
    emit cancelMessageChanged();
    loadSlots(true);
    emit cancelFinished(true);
}
