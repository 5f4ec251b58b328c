// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingcommands.h"

#include "commandline.h"

#include "booking/bookingcode.h"
#include "booking/bookingstore.h"
#include "booking/icswriter.h"
#include "booking/privacypurger.h"
#include "booking/slotplanner.h"
#include "catalog/catalogrows.h"
#include "inventory/vehicle.h"
#include "inventory/vehiclerows.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

namespace {

const char *kSlotsUsage = "  slots --studio S --date YYYY-MM-DD [--model M | --vehicle ID]\n"
                          "                    the studio's test-drive slots that day, in its local time, with capacity (JSON)\n";
const char *kBookUsage = "  book --studio S (--model M | --vehicle ID) --start TIME --name N (--phone P | --email E)\n"
                         "       --privacy-consent [--marketing-consent] [--key IDEMPOTENCY_KEY] [--ics FILE]\n"
                         "                    book a test drive; TIME is the studio's local time (2026-06-01T11:15) or carries\n"
                         "                    an offset or Z; prints id, code and state (JSON); exit 4 when the slot was taken,\n"
                         "                    5 when the key already booked something else, 65 when a contact field is wrong\n";
const char *kPurgeUsage = "  purge [--days N]  remove visitors' contact data N days after their drive (default: the\n"
                          "                    retention days set in staff mode, or 30)\n";
const char *kEraseUsage = "  erase --booking CODE\n"
                          "                    remove the contact data of one booking at once and cancel it if still to come\n";

constexpr int kNotPossible = 1;
constexpr int kSlotTaken = 4;
constexpr int kKeyReused = 5;
constexpr int kUsageError = 64;
constexpr int kBadContact = 65;
constexpr int kBusy = 75;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

const char *usageOf(const QString &command)
{
    return command == QLatin1String("slots") ? kSlotsUsage
        : command == QLatin1String("book")   ? kBookUsage
        : command == QLatin1String("purge")  ? kPurgeUsage
                                             : kEraseUsage;
}

int usageError(const QString &command, const QString &problem)
{
    err() << "vitrinectl: " << command << ": " << problem << "\nusage:\n" << usageOf(command);
    err().flush();
    return kUsageError;
}

int fail(int code, const QString &problem)
{
    err() << "vitrinectl: " << problem << "\n";
    err().flush();
    return code;
}

void printJson(const QJsonObject &o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    out().flush();
}

struct Context {
    Catalog catalog;
    const Studio *studio = nullptr;
    DriveTarget target;
    bool hasTarget = false;
};

/// Reads the catalog and resolves --studio, --model and --vehicle; 0 or an exit code.
int resolve(QSqlDatabase db, const CommandLine &o, const QString &command, bool targetRequired, Context *ctx)
{
    if (o.has("--model") && o.has("--vehicle"))
        return usageError(command, QStringLiteral("give either --model or --vehicle, not both"));
    if (targetRequired && !o.has("--model") && !o.has("--vehicle"))
        return usageError(command, QStringLiteral("needs --model M or --vehicle ID"));
    if (!o.has("--studio") && !o.has("--vehicle"))
        return usageError(command, QStringLiteral("needs --studio S"));
    QString error;
    const auto catalog = CatalogRows(db).catalog(&error);
    if (!catalog || catalog->studios.isEmpty())
        return fail(kNotPossible,
                    QStringLiteral("%1 needs the studios of a catalog; import a feed first%2")
                        .arg(command, error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)));
    ctx->catalog = *catalog;
    ctx->catalog.index();
    QString studioId = o.value("--studio");
    if (o.has("--vehicle")) {
        const auto vehicles = VehicleRows(db).vehicles(&error);
        if (!vehicles)
            return fail(kNotPossible, QStringLiteral("cannot read the stock: %1").arg(error));
        const QString id = o.value("--vehicle");
        const auto it = std::find_if(vehicles->cbegin(), vehicles->cend(), [&](const Vehicle &v) { return v.id == id; });
        if (it == vehicles->cend())
            return fail(kNotPossible, QStringLiteral("there is no car \"%1\" in the stock").arg(id));
        ctx->target = DriveTarget::stockCar(it->id, it->model, it->location);
        if (studioId.isEmpty())
            studioId = it->location;
        ctx->hasTarget = true;
    } else if (o.has("--model")) {
        const QString model = o.value("--model");
        if (!ctx->catalog.model(model))
            return fail(kNotPossible, QStringLiteral("there is no model \"%1\" in the catalog").arg(model));
        ctx->target = DriveTarget::fleet(model);
        ctx->hasTarget = true;
    }
    ctx->studio = ctx->catalog.studio(studioId);
    if (!ctx->studio) {
        QStringList known;
        for (const Studio &s : ctx->catalog.studios)
            known << s.id;
        return fail(
            kNotPossible,
            QStringLiteral("there is no studio \"%1\"; the catalog has %2").arg(studioId, known.join(QStringLiteral(", "))));
    }
    return 0;
}

QString localIso(const QDateTime &t, const Studio &studio)
{
    return t.toTimeZone(SlotPlanner::zoneOf(studio)).toString(Qt::ISODate);
}

QString utcIso(const QDateTime &t)
{
    return Booking::timestamp(t);
}

/// A --start value: with Z or an offset it is that instant; without, the studio's wall-clock time
/// (the first of a repeated hour, as the slots are offered).
std::optional<QDateTime> readStart(const QString &text, const Studio &studio, QString *problem)
{
    const QString t = text.trimmed();
    static const QRegularExpression zoned(QStringLiteral(R"((Z|[+-]\d\d:?\d\d)$)"));
    static const QRegularExpression local(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2})?)$)"));
    if (zoned.match(t).hasMatch()) {
        const QDateTime at = QDateTime::fromString(t, Qt::ISODate);
        if (at.isValid())
            return at.toUTC();
    } else if (const auto m = local.match(t); m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time = QTime::fromString(m.captured(2),
                                             m.captured(3).isEmpty() ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
        if (date.isValid() && time.isValid()) {
            const QList<QDateTime> at = SlotPlanner::instantsOf(date, time, SlotPlanner::zoneOf(studio));
            if (!at.isEmpty())
                return at.first();
            *problem = QStringLiteral("%1 does not exist in %2: the clocks skip that hour").arg(t, studio.timezone);
            return std::nullopt;
        }
    }
    *problem = QStringLiteral("--start must be a time like 2026-06-01T11:15 (the studio's local time) or "
                              "2026-06-01T09:15:00Z");
    return std::nullopt;
}

QJsonObject slotJson(const SlotPlanner::Slot &s, const Studio &studio)
{
    return {{QStringLiteral("start"), localIso(s.start, studio)},
            {QStringLiteral("end"), localIso(s.end, studio)},
            {QStringLiteral("start_utc"), utcIso(s.start)},
            {QStringLiteral("capacity"), s.capacity}};
}

} // namespace

const char *BookingCommands::usage(Command command)
{
    switch (command) {
    case Command::Slots:
        return kSlotsUsage;
    case Command::Book:
        return kBookUsage;
    case Command::Purge:
        return kPurgeUsage;
    case Command::Erase:
        return kEraseUsage;
    }
    return "";
}

int BookingCommands::runSlots(QSqlDatabase db, const CommandLine &o)
{
    const QString command = QStringLiteral("slots");
    const QDate date = QDate::fromString(o.value("--date"), Qt::ISODate);
    if (!date.isValid())
        return usageError(command, QStringLiteral("needs --date YYYY-MM-DD"));
    Context ctx;
    if (const int code = resolve(db, o, command, false, &ctx))
        return code;
    const Studio &studio = *ctx.studio;
    BookingStore store(db);
    QJsonObject result{{QStringLiteral("studio"), studio.id},
                       {QStringLiteral("timezone"), studio.timezone},
                       {QStringLiteral("date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("slot_minutes"), studio.slotMinutes},
                       {QStringLiteral("buffer_minutes"), studio.bufferMinutes}};
    QJsonArray list;
    QString why;
    if (ctx.hasTarget) {
        result.insert(QStringLiteral("model"), ctx.target.model);
        if (ctx.target.isVehicle())
            result.insert(QStringLiteral("vehicle"), ctx.target.vehicle);
        for (const SlotPlanner::Slot &s : store.daySlots(studio, date, ctx.target, &why))
            list.append(slotJson(s, studio));
    } else {
        // Every model of the demo fleet: per slot, what each can still take and what the studio can.
        QStringList models;
        for (const FleetEntry &f : studio.fleet) {
            if (f.count > 0 && !models.contains(f.model))
                models << f.model;
        }
        QList<QDateTime> order;
        QHash<QDateTime, QJsonObject> bySlot;
        QHash<QDateTime, QSet<QString>> freeCars;
        QHash<QDateTime, int> freeStaff;
        for (const QString &model : models) {
            QString modelWhy;
            for (const SlotPlanner::Slot &s : store.daySlots(studio, date, DriveTarget::fleet(model), &modelWhy)) {
                if (!bySlot.contains(s.start)) {
                    order << s.start;
                    QJsonObject j = slotJson(s, studio);
                    j.insert(QStringLiteral("models"), QJsonObject());
                    bySlot.insert(s.start, j);
                }
                QJsonObject perModel = bySlot[s.start].value(QStringLiteral("models")).toObject();
                perModel.insert(model, s.capacity);
                bySlot[s.start].insert(QStringLiteral("models"), perModel);
                freeCars[s.start].unite(QSet<QString>(s.freeCars.cbegin(), s.freeCars.cend()));
                freeStaff[s.start] = int(s.freeStaff.size());
            }
            if (why.isEmpty())
                why = modelWhy;
        }
        std::sort(order.begin(), order.end());
        for (const QDateTime &start : order) {
            QJsonObject j = bySlot.value(start);
            j.insert(QStringLiteral("capacity"), int(std::min<qsizetype>(freeStaff.value(start), freeCars.value(start).size())));
            list.append(j);
        }
        if (models.isEmpty())
            why = QStringLiteral("This studio has no demo cars; give --vehicle ID for a car in its stock.");
    }
    result.insert(QStringLiteral("slots"), list);
    if (list.isEmpty() && !why.isEmpty())
        result.insert(QStringLiteral("why"), why);
    printJson(result);
    return 0;
}

int BookingCommands::runBook(QSqlDatabase db, const CommandLine &o)
{
    const QString command = QStringLiteral("book");
    if (!o.has("--start"))
        return usageError(command, QStringLiteral("needs --start TIME"));
    if (o.has("--phone") == o.has("--email"))
        return usageError(command, QStringLiteral("needs one way to reach the visitor: --phone P or --email E"));
    Context ctx;
    if (const int code = resolve(db, o, command, true, &ctx))
        return code;
    const Studio &studio = *ctx.studio;
    QString problem;
    const auto start = readStart(o.value("--start"), studio, &problem);
    if (!start)
        return fail(kNotPossible, problem);

    BookingStore::Request request;
    request.target = ctx.target;
    request.start = *start;
    request.contact.name = o.value("--name");
    request.contact.channel = o.has("--phone") ? ContactChannel::Phone : ContactChannel::Email;
    request.contact.value = o.has("--phone") ? o.value("--phone") : o.value("--email");
    request.contact.privacyAccepted = o.has("--privacy-consent");
    request.contact.marketingAccepted = o.has("--marketing-consent");
    request.idempotencyKey = o.value("--key");

    BookingStore store(db);
    BookingStore::Error error;
    const auto created = store.create(studio, request, &error);
    if (!created) {
        using Kind = BookingStore::Error::Kind;
        QJsonObject answer{{QStringLiteral("message"), error.message}};
        int code = kNotPossible;
        switch (error.kind) {
        case Kind::SlotTaken:
            answer.insert(QStringLiteral("error"), QStringLiteral("slot-taken"));
            code = kSlotTaken;
            break;
        case Kind::InvalidContact: {
            answer.insert(QStringLiteral("error"), QStringLiteral("invalid-contact"));
            QJsonObject fields;
            for (const ContactValidator::Issue &issue : error.contactIssues) {
                fields.insert(ContactValidator::fieldName(issue.field), issue.message);
                // The message says what is wrong; it never repeats what was typed.
                err() << "vitrinectl: " << ContactValidator::fieldName(issue.field) << ": " << issue.message << "\n";
            }
            answer.insert(QStringLiteral("fields"), fields);
            code = kBadContact;
            break;
        }
        case Kind::Busy:
            answer.insert(QStringLiteral("error"), QStringLiteral("busy"));
            code = kBusy;
            break;
        case Kind::KeyReused:
            answer.insert(QStringLiteral("error"), QStringLiteral("key-reused"));
            code = kKeyReused;
            break;
        case Kind::NotBookable:
            answer.insert(QStringLiteral("error"), QStringLiteral("not-bookable"));
            break;
        default:
            answer.insert(QStringLiteral("error"), QStringLiteral("failed"));
            break;
        }
        printJson(answer);
        return fail(code, error.message);
    }

    const Booking &b = created->booking;
    QJsonObject result{{QStringLiteral("id"), b.id},
                       {QStringLiteral("code"), b.code},
                       {QStringLiteral("state"), Booking::stateName(b.state)},
                       {QStringLiteral("existing"), created->existing},
                       {QStringLiteral("studio"), b.studio},
                       {QStringLiteral("model"), b.model},
                       {QStringLiteral("start"), localIso(b.start, studio)},
                       {QStringLiteral("end"), localIso(b.end, studio)},
                       {QStringLiteral("start_utc"), utcIso(b.start)},
                       {QStringLiteral("revision"), b.revision}};
    if (!b.vehicle.isEmpty())
        result.insert(QStringLiteral("vehicle"), b.vehicle);
    if (o.has("--ics")) {
        IcsWriter::Details details;
        if (const CarModel *model = ctx.catalog.model(b.model))
            details.modelName = model->name.english();
        QSaveFile file(o.value("--ics"));
        if (!file.open(QIODevice::WriteOnly) || file.write(IcsWriter::calendar(b, studio, details)) < 0 || !file.commit()) {
            // The booking stands; only its calendar file is missing.
            err() << "vitrinectl: the booking was made but " << file.fileName() << " could not be written: " << file.errorString()
                  << "\n";
        } else {
            result.insert(QStringLiteral("ics"), file.fileName());
        }
    }
    printJson(result);
    return 0;
}

int BookingCommands::runPurge(QSqlDatabase db, const CommandLine &o)
{
    const QString command = QStringLiteral("purge");
    int days = PrivacyPurger::retentionDays(db);
    if (o.has("--days")) {
        bool ok = false;
        days = o.value("--days").toInt(&ok);
        if (!ok || days < 0 || days > PrivacyPurger::kMaxRetentionDays)
            return usageError(command,
                              QStringLiteral("--days must be a whole number from 0 to %1").arg(PrivacyPurger::kMaxRetentionDays));
    }
    QString error;
    const auto report = PrivacyPurger(db).purge(days, &error);
    if (!report)
        return fail(kNotPossible, QStringLiteral("purge failed: %1").arg(error));
    printJson({{QStringLiteral("purged"), report->removed},
               {QStringLiteral("retention_days"), days},
               {QStringLiteral("file_clean"), report->fileClean}});
    if (!report->fileClean)
        err() << "vitrinectl: another program is reading the database; the next purge finishes wiping the file\n";
    return 0;
}

int BookingCommands::runErase(QSqlDatabase db, const CommandLine &o)
{
    const QString command = QStringLiteral("erase");
    if (!o.has("--booking"))
        return usageError(command, QStringLiteral("needs --booking CODE"));
    const BookingCode::Parsed parsed = BookingCode::parse(o.value("--booking"));
    if (!parsed.ok)
        return fail(kNotPossible, parsed.problem);
    QString error;
    const auto report = PrivacyPurger(db).erase(parsed.code, &error);
    if (!report)
        return fail(kNotPossible, error);
    const auto booking = BookingStore(db).findByCode(parsed.code);
    QJsonObject result{{QStringLiteral("code"), parsed.code},
                       {QStringLiteral("erased"), report->removed},
                       {QStringLiteral("file_clean"), report->fileClean}};
    if (booking)
        result.insert(QStringLiteral("state"), Booking::stateName(booking->state));
    printJson(result);
    return 0;
}
