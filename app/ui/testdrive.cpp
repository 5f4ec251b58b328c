#include "testdrive.h"

#include "booking/bookingstore.h"
#include "booking/icswriter.h"
#include "booking/privacypurger.h"
#include "booking/slotplanner.h"
#include "inventory/inventoryindex.h"
#include "modellinelistmodel.h"

#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace {

constexpr int kDaysShown = 14;

QString qr(const QString &text)
{
    return QStringLiteral("image://qr/") + QString::fromUtf8(QUrl::toPercentEncoding(text));
}

} // namespace

TestDrive::TestDrive(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_channels.setChoices({{QStringLiteral("phone"), tr("Phone")}, {QStringLiteral("email"), tr("E-mail")}});
    m_channels.setSelected(QStringLiteral("phone"));
}

void TestDrive::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    touch();
}

void TestDrive::setLanguage(const QString &feedLanguage, const QLocale &locale)
{
    m_language = feedLanguage;
    m_locale = locale;
    m_channels.setChoices({{QStringLiteral("phone"), tr("Phone")}, {QStringLiteral("email"), tr("E-mail")}});
    touch();
}

void TestDrive::chooseChannel(const QString &channel)
{
    if (channel != QLatin1String("phone") && channel != QLatin1String("email"))
        return;
    m_channels.setSelected(channel);
    touch();
}

void TestDrive::setOrigin(double lat, double lon)
{
    m_origin = std::make_pair(lat, lon);
    touch();
}

void TestDrive::setHomeStudio(const QString &studio)
{
    m_home = studio;
    touch();
}

void TestDrive::reset()
{
    m_model.clear();
    m_vehicle.clear();
    m_vehicleLocation.clear();
    m_studio.clear();
    m_day = {};
    m_start = {};
    m_idempotencyKey.clear();
    m_confirmation.clear();
    m_channels.setSelected(QStringLiteral("phone"));
    touch();
}

void TestDrive::touch()
{
    ++m_revision;
    emit changed();
}

DriveTarget TestDrive::target() const
{
    return m_vehicle.isEmpty() ? DriveTarget::fleet(m_model) : DriveTarget::stockCar(m_vehicle, m_model, m_vehicleLocation);
}

const Studio *TestDrive::currentStudio() const
{
    return m_catalog.studio(m_studio);
}

QString TestDrive::modelName(const QString &model) const
{
    const CarModel *m = m_catalog.model(model);
    return m ? m->name.text(m_language) : model;
}

QString TestDrive::title() const
{
    return m_model.isEmpty() ? QString() : modelName(m_model);
}

QString TestDrive::image() const
{
    const auto trims = m_catalog.trimsOfModel(m_model);
    if (trims.isEmpty())
        return QString();
    return ModelLineListModel::imageUrl(m_catalog, m_model, trims.first()->defaultPaint, trims.first()->defaultWheel,
                                        QStringLiteral("three-quarter"));
}

QVariantList TestDrive::models() const
{
    QSet<QString> driven;
    for (const Studio &s : m_catalog.studios) {
        for (const FleetEntry &f : s.fleet) {
            if (f.count > 0)
                driven.insert(f.model);
        }
    }
    QVariantList out;
    for (const CarModel &m : m_catalog.models) {
        if (!driven.contains(m.id))
            continue;
        const auto trims = m_catalog.trimsOfModel(m.id);
        out << QVariantMap{{QStringLiteral("id"), m.id},
                           {QStringLiteral("name"), m.name.text(m_language)},
                           {QStringLiteral("image"), trims.isEmpty() ? QString()
                                                                     : ModelLineListModel::imageUrl(m_catalog, m.id, trims.first()->defaultPaint,
                                                                                                    trims.first()->defaultWheel,
                                                                                                    QStringLiteral("side"))}};
    }
    return out;
}

QVariantList TestDrive::studios() const
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
        else if (s.kind == Studio::Kind::Studio)
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
    QVariantList out;
    for (const Entry &e : entries) {
        const Studio &s = *e.studio;
        QString distance;
        if (s.id == m_home)
            distance = tr("This studio");
        else if (e.km)
            distance = tr("%1 km away").arg(m_locale.toString(qRound(*e.km)));
        out << QVariantMap{{QStringLiteral("id"), s.id},
                           {QStringLiteral("name"), s.name},
                           {QStringLiteral("city"), s.address.city},
                           {QStringLiteral("address"), QStringLiteral("%1, %2 %3").arg(s.address.street, s.address.postcode, s.address.city)},
                           {QStringLiteral("distance"), distance}};
    }
    return out;
}

QString TestDrive::studioName() const
{
    const Studio *s = currentStudio();
    return s ? s->name : QString();
}

QString TestDrive::studioAddress() const
{
    const Studio *s = currentStudio();
    return s ? QStringLiteral("%1, %2 %3").arg(s->address.street, s->address.postcode, s->address.city) : QString();
}

QVariantList TestDrive::days() const
{
    QVariantList out;
    const Studio *s = currentStudio();
    if (!s || m_model.isEmpty())
        return out;
    const BookingStore store(m_db);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(SlotPlanner::zoneOf(*s)).date();
    const bool chinese = m_language.startsWith(QLatin1String("zh"));
    for (int i = 0; i < kDaysShown; ++i) {
        const QDate date = today.addDays(i);
        const auto offered = store.daySlots(*s, date, target());
        const int free = int(std::count_if(offered.begin(), offered.end(), [](const SlotPlanner::Slot &x) { return x.isFree(); }));
        QString note;
        if (offered.isEmpty())
            note = SlotPlanner::hoursOn(*s, date).isEmpty() ? tr("Closed") : tr("No times left");
        else if (free == 0)
            note = tr("Fully booked");
        else
            note = tr("%n time(s) free", nullptr, free);
        out << QVariantMap{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                           {QStringLiteral("weekday"), i == 0 ? tr("Today") : i == 1 ? tr("Tomorrow")
                                                                                   : m_locale.dayName(date.dayOfWeek(), QLocale::ShortFormat)},
                           {QStringLiteral("day"), m_locale.toString(date, chinese ? QStringLiteral("M月d日") : QStringLiteral("d MMM"))},
                           {QStringLiteral("free"), free},
                           {QStringLiteral("note"), note}};
    }
    return out;
}

QVariantList TestDrive::times() const
{
    QVariantList out;
    const Studio *s = currentStudio();
    if (!s || !m_day.isValid())
        return out;
    for (const SlotPlanner::Slot &slot : BookingStore(m_db).daySlots(*s, m_day, target())) {
        out << QVariantMap{{QStringLiteral("start"), slot.start.toString(Qt::ISODate)},
                           {QStringLiteral("label"), m_locale.toString(slot.local.time(), QLocale::ShortFormat)},
                           {QStringLiteral("free"), slot.isFree()}};
    }
    return out;
}

QString TestDrive::dayNote() const
{
    const Studio *s = currentStudio();
    if (!s || !m_day.isValid())
        return QString();
    if (!BookingStore(m_db).daySlots(*s, m_day, target()).isEmpty())
        return QString();
    return SlotPlanner::hoursOn(*s, m_day).isEmpty() ? tr("The studio is closed that day.")
                                                     : tr("No times are left that day. Please choose another day.");
}

QString TestDrive::localLabel(const QDateTime &utc, const Studio &studio, bool withDate) const
{
    const QTimeZone zone = SlotPlanner::zoneOf(studio);
    const QDateTime from = utc.toTimeZone(zone);
    const QDateTime to = utc.addSecs(qint64(studio.slotMinutes) * 60).toTimeZone(zone);
    // Times isolated left to right, so "10:00–11:00" reads the same inside Arabic text.
    const QString span = QStringLiteral("\u2066%1–%2\u2069").arg(m_locale.toString(from.time(), QLocale::ShortFormat),
                                                                 m_locale.toString(to.time(), QLocale::ShortFormat));
    return withDate ? tr("%1, %2").arg(m_locale.toString(from.date(), QLocale::LongFormat), span) : span;
}

QString TestDrive::when() const
{
    const Studio *s = currentStudio();
    return s && m_start.isValid() ? localLabel(m_start, *s, true) : QString();
}

QString TestDrive::contactHint() const
{
    return tr("We use it only to reach you about this drive, and delete it %n day(s) after the drive.", nullptr,
              retentionDays());
}

int TestDrive::retentionDays() const
{
    return PrivacyPurger::retentionDays(m_db);
}

void TestDrive::chooseModel(const QString &model)
{
    reset();
    m_model = model;
    // On a kiosk, the studio it stands in is the natural start when it has the car.
    const Studio *home = m_catalog.studio(m_home);
    if (home && SlotPlanner::fleetCount(*home, model) > 0)
        m_studio = m_home;
    touch();
}

void TestDrive::chooseVehicle(const QString &vehicleId, const QString &model, const QString &location)
{
    reset();
    m_model = model;
    m_vehicle = vehicleId;
    m_vehicleLocation = location;
    m_studio = location;
    touch();
}

void TestDrive::chooseStudio(const QString &studio)
{
    if (!m_catalog.studio(studio))
        return;
    m_studio = studio;
    m_day = {};
    m_start = {};
    touch();
}

void TestDrive::chooseDay(const QString &isoDate)
{
    m_day = QDate::fromString(isoDate, Qt::ISODate);
    m_start = {};
    touch();
}

void TestDrive::chooseTime(const QString &isoStart)
{
    m_start = QDateTime::fromString(isoStart, Qt::ISODate).toUTC();
    // One key for everything this form sends: a double tap or a resend books once.
    m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    touch();
}

QVariantMap TestDrive::submit(const QString &name, const QString &channel, const QString &value, bool privacy, bool marketing)
{
    const Studio *s = currentStudio();
    if (!s || !m_start.isValid())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), tr("Please choose a time first.")}};
    BookingStore::Request request;
    request.target = target();
    request.start = m_start;
    request.contact.name = name;
    request.contact.channel = channel == QLatin1String("email") ? ContactChannel::Email : ContactChannel::Phone;
    request.contact.value = value;
    request.contact.privacyAccepted = privacy;
    request.contact.marketingAccepted = marketing;
    request.idempotencyKey = m_idempotencyKey;
    // The studio's country named in the visitor's language in the form's messages.
    if (const Market *market = m_catalog.market(s->market))
        request.countryName = market->name.text(m_language);
    BookingStore::Error error;
    const auto created = BookingStore(m_db).create(*s, request, &error);
    if (!created) {
        QVariantMap out{{QStringLiteral("ok"), false}};
        switch (error.kind) {
        case BookingStore::Error::Kind::InvalidContact:
            out[QStringLiteral("message")] = tr("Please check the highlighted fields.");
            for (const ContactValidator::Issue &issue : error.contactIssues) {
                const QString field = issue.field == ContactValidator::Field::Name            ? QStringLiteral("name")
                    : issue.field == ContactValidator::Field::PrivacyConsent                  ? QStringLiteral("privacy")
                                                                                              : QStringLiteral("contact");
                if (!out.contains(field))
                    out[field] = issue.message;
            }
            break;
        case BookingStore::Error::Kind::SlotTaken:
        case BookingStore::Error::Kind::NotBookable:
            out[QStringLiteral("message")] = tr("Someone has just booked this time. Please choose another one; your details stay filled in.");
            out[QStringLiteral("taken")] = true;
            m_start = {};
            touch();
            break;
        case BookingStore::Error::Kind::Busy:
            out[QStringLiteral("message")] = tr("Another screen is booking at this moment. Please tap Book again.");
            break;
        default:
            out[QStringLiteral("message")] = tr("The booking could not be saved on this screen. Please ask any of our team.");
            break;
        }
        return out;
    }
    const Booking &b = created->booking;
    IcsWriter::Details details;
    details.modelName = modelName(b.model);
    details.compact = true; // read from the screen by a phone
    const QString ics = QString::fromUtf8(IcsWriter::calendar(b, *s, details));
    m_confirmation = {{QStringLiteral("code"), b.code},
                      {QStringLiteral("when"), localLabel(b.start, *s, true)},
                      {QStringLiteral("studio"), s->name},
                      {QStringLiteral("address"), studioAddress()},
                      {QStringLiteral("model"), modelName(b.model)},
                      {QStringLiteral("codeQr"), qr(QStringLiteral("https://vitrine.example/drive/%1").arg(b.code))},
                      {QStringLiteral("calendarQr"), qr(ics)}};
    touch();
    return {{QStringLiteral("ok"), true}, {QStringLiteral("code"), b.code}};
}

QVariantMap TestDrive::cancelByCode(const QString &code)
{
    BookingStore::Error error;
    const auto cancelled = BookingStore(m_db).cancelByCode(code.trimmed().toUpper(), &error);
    if (!cancelled) {
        const QString message = error.kind == BookingStore::Error::Kind::NotFound
            ? tr("There is no drive with this code. Please check each character.")
            : error.kind == BookingStore::Error::Kind::WrongState
            ? tr("This drive can no longer be cancelled here; please call the studio.")
            : tr("The drive could not be cancelled on this screen. Please ask any of our team.");
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), message}};
    }
    touch();
    const Studio *s = m_catalog.studio(cancelled->studio);
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("message"), tr("Your drive on %1 is cancelled.").arg(s ? localLabel(cancelled->start, *s, true) : QString())}};
}

QVariantList TestDrive::agenda() const
{
    QVariantList out;
    const Studio *s = m_catalog.studio(m_home);
    if (!s)
        return out;
    const QTimeZone zone = SlotPlanner::zoneOf(*s);
    const QDateTime midnight(QDateTime::currentDateTimeUtc().toTimeZone(zone).date(), QTime(0, 0), zone);
    const QList<Booking> list = BookingStore(m_db).list(s->id, midnight.toUTC(), midnight.toUTC().addDays(kDaysShown), true);
    for (const Booking &b : list) {
        QStringList actions;
        switch (b.state) {
        case BookingState::Requested:
            actions << QStringLiteral("confirm") << QStringLiteral("reschedule") << QStringLiteral("cancel");
            break;
        case BookingState::Confirmed:
            actions << QStringLiteral("check-in") << QStringLiteral("no-show") << QStringLiteral("reschedule") << QStringLiteral("cancel");
            break;
        case BookingState::CheckedIn:
            actions << QStringLiteral("complete");
            break;
        default:
            break;
        }
        static const QHash<BookingState, const char *> states{
            {BookingState::Requested, QT_TR_NOOP("Requested")}, {BookingState::Confirmed, QT_TR_NOOP("Confirmed")},
            {BookingState::CheckedIn, QT_TR_NOOP("Checked in")}, {BookingState::Completed, QT_TR_NOOP("Completed")},
            {BookingState::NoShow, QT_TR_NOOP("No-show")},       {BookingState::Cancelled, QT_TR_NOOP("Cancelled")}};
        QString who = tr("Contact details deleted");
        if (b.contact)
            who = QStringLiteral("%1 · \u2066%2\u2069").arg(b.contact->name, b.contact->value);
        out << QVariantMap{{QStringLiteral("id"), b.id},
                           {QStringLiteral("code"), b.code},
                           {QStringLiteral("when"), localLabel(b.start, *s, true)},
                           {QStringLiteral("model"), modelName(b.model) + (b.vehicle.isEmpty() ? QString() : tr(" (stock car)"))},
                           {QStringLiteral("who"), who},
                           {QStringLiteral("state"), tr(states.value(b.state))},
                           {QStringLiteral("actions"), actions}};
    }
    return out;
}

QVariantMap TestDrive::act(const QString &bookingId, const QString &action)
{
    BookingStore store(m_db);
    BookingStore::Error error;
    std::optional<Booking> done;
    if (action == QLatin1String("confirm"))
        done = store.confirm(bookingId, &error);
    else if (action == QLatin1String("check-in"))
        done = store.checkIn(bookingId, &error);
    else if (action == QLatin1String("no-show"))
        done = store.noShow(bookingId, &error);
    else if (action == QLatin1String("cancel"))
        done = store.cancel(bookingId, &error);
    else if (action == QLatin1String("complete"))
        done = store.complete(bookingId, &error);
    touch();
    if (done)
        return {{QStringLiteral("ok"), true}};
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("message"), error.kind == BookingStore::Error::Kind::WrongState
                                            ? tr("Not possible at this point of the drive (a no-show is marked once its time has begun).")
                                            : tr("This could not be saved. Please try again.")}};
}

QVariantList TestDrive::freeTimesFor(const QString &bookingId) const
{
    QVariantList out;
    const BookingStore store(m_db);
    const auto b = store.find(bookingId);
    const Studio *s = b ? m_catalog.studio(b->studio) : nullptr;
    if (!s)
        return out;
    const DriveTarget t = b->vehicle.isEmpty() ? DriveTarget::fleet(b->model) : DriveTarget::stockCar(b->vehicle, b->model, b->studio);
    const QDate first = b->start.toTimeZone(SlotPlanner::zoneOf(*s)).date();
    for (const QDate &date : {first, first.addDays(1)}) {
        for (const SlotPlanner::Slot &slot : store.daySlots(*s, date, t)) {
            if (slot.isFree() && slot.start != b->start)
                out << QVariantMap{{QStringLiteral("start"), slot.start.toString(Qt::ISODate)},
                                   {QStringLiteral("label"), localLabel(slot.start, *s, true)}};
        }
    }
    return out;
}

QVariantMap TestDrive::reschedule(const QString &bookingId, const QString &isoStart)
{
    BookingStore store(m_db);
    const auto b = store.find(bookingId);
    const Studio *s = b ? m_catalog.studio(b->studio) : nullptr;
    BookingStore::Error error;
    const auto moved = s ? store.reschedule(*s, bookingId, QDateTime::fromString(isoStart, Qt::ISODate).toUTC(), &error)
                         : std::nullopt;
    touch();
    if (moved)
        return {{QStringLiteral("ok"), true}};
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("message"), error.kind == BookingStore::Error::Kind::SlotTaken
                                            ? tr("That time was just taken. Please choose another.")
                                            : tr("This drive cannot be moved to that time.")}};
}
