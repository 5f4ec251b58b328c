// SPDX-License-Identifier: GPL-3.0-or-later
#include "vehiclerows.h"

#include "common/hugepages.h"
#include "inventory/vehiclerecord.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <system_error>

VehicleRows::VehicleRows(QSqlDatabase db)
    : m_db(db)
    , m_table(db, QStringLiteral("vehicle"))
{
}

namespace {
/// The columns a car fills beside its document, in the order columnsFor() and write() give them.
const QStringList &columnNames()
{
    static const QStringList names{QStringLiteral("vin"),         QStringLiteral("model"),    QStringLiteral("condition"),
                                   QStringLiteral("price_minor"), QStringLiteral("location"), QStringLiteral("updated")};
    return names;
}
} // namespace

DocumentTable::Columns VehicleRows::columnsFor(const Vehicle &v)
{
    const QStringList &names = columnNames();
    // A null QString binds as SQL NULL; a dealer's car without a catalog model has an empty one.
    return {{names.at(0), v.vin},
            {names.at(1), v.model.isNull() ? QStringLiteral("") : v.model},
            {names.at(2), Vehicle::conditionName(v.condition)},
            {names.at(3), v.price.minor},
            {names.at(4), v.location},
            {names.at(5), VehicleRecord::timestampText(v.updated)}};
}

VehicleRows::Encoded VehicleRows::encode(const Vehicle &v, QByteArray &out)
{
    const qsizetype docAt = out.size();
    VehicleRecord::writeStored(v, out);
    // The texts one after another, views taken once the buffer has stopped growing.
    const qsizetype idAt = out.size();
    VehicleRecord::appendUtf8(out, v.id);
    const qsizetype vinAt = out.size();
    VehicleRecord::appendUtf8(out, v.vin);
    const qsizetype modelAt = out.size();
    VehicleRecord::appendUtf8(out, v.model);
    const qsizetype locationAt = out.size();
    VehicleRecord::appendUtf8(out, v.location);
    const qsizetype conditionAt = out.size();
    VehicleRecord::appendUtf8(out, Vehicle::conditionName(v.condition));
    const char *base = out.constData();
    // A null QString binds as SQL NULL, as columnsFor()'s would; a car without a model has an empty one.
    const auto text = [base](const QString &s, qsizetype from, qsizetype to) {
        return s.isNull() ? QByteArrayView() : QByteArrayView(base + from, to - from);
    };
    return {QByteArrayView(base + docAt, idAt - docAt),
            text(v.id, idAt, vinAt),
            text(v.vin, vinAt, modelAt),
            QByteArrayView(base + modelAt, locationAt - modelAt),
            text(v.location, locationAt, conditionAt),
            QByteArrayView(base + conditionAt, out.size() - conditionAt)};
}

quint64 VehicleRows::digest(const Encoded &e)
{
    return VehicleRecord::digest(e.doc, e.vin, e.condition, e.location);
}

DocumentTable::Written VehicleRows::write(const Vehicle &v, const QString &source, QString *error)
{
    // Emptied, not cleared: clear() would give the memory back.
    m_encoded.reserve(2048);
    m_encoded.resize(0);
    return write(v, source, encode(v, m_encoded), error);
}

DocumentTable::Written VehicleRows::write(const Vehicle &v, const QString &source, const Encoded &encoded, QString *error)
{
    if (source != m_source || source.isNull() != m_source.isNull() || m_sourceText.isNull()) {
        m_source = source;
        m_sourceText = source.isNull() ? QByteArray() : QByteArray("", 0); // "" is text, not NULL
        VehicleRecord::appendUtf8(m_sourceText, source);
    }
    // Equal instants written in other zones read differently: only UTC's text is kept.
    if (v.updated.timeSpec() != Qt::UTC || m_updated.timeSpec() != Qt::UTC || v.updated != m_updated || m_updatedText.isNull()) {
        m_updated = v.updated;
        m_updatedText = QByteArray("", 0);
        VehicleRecord::appendTimestamp(m_updatedText, v.updated);
    }
    const DocumentTable::Cell values[] = {
        {encoded.vin}, {encoded.model}, {encoded.condition}, {{}, v.price.minor, true}, {encoded.location}, {m_updatedText},
    };
    return m_table.upsertOwn(encoded.id, m_sourceText, encoded.doc, columnNames(), values, error);
}

VehicleRows::Ahead::Ahead(const QList<Vehicle> &cars, const QSet<QString> &passedBy)
    : m_cars(cars)
    , m_passedBy(passedBy)
    , m_encoded(size_t(std::min(cars.size(), kWindow)))
    , m_blocks(size_t(kBlocks))
{
    try {
        m_thread = std::thread([this] { run(); });
        m_started = true;
    } catch (const std::system_error &) {
        // No thread to be had: started() is false, and the writer encodes each car itself.
    }
}

VehicleRows::Ahead::~Ahead()
{
    stop();
}

void VehicleRows::Ahead::stop()
{
    m_stop.store(true, std::memory_order_relaxed);
    // A thread waiting for the writer wakes to a change it cannot miss.
    m_taken.store(m_cars.size(), std::memory_order_release);
    m_taken.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

const VehicleRows::Encoded &VehicleRows::Ahead::at(qsizetype i)
{
    m_taken.store(i, std::memory_order_release);
    qsizetype ready = m_ready.load(std::memory_order_acquire);
    // The thread hears of the room given back every 64 cars, and before the writer waits for it.
    if ((i & 63) == 0 || ready <= i)
        m_taken.notify_all();
    for (; ready <= i; ready = m_ready.load(std::memory_order_acquire))
        m_ready.wait(ready, std::memory_order_acquire);
    return m_encoded[size_t(i % kWindow)];
}

bool VehicleRows::Ahead::waitTaken(qsizetype car)
{
    qsizetype taken = m_taken.load(std::memory_order_acquire);
    if (taken < car)
        m_ready.notify_all(); // the writer may be waiting for the cars encoded so far
    for (; taken < car && !m_stop.load(std::memory_order_relaxed); taken = m_taken.load(std::memory_order_acquire))
        m_taken.wait(taken, std::memory_order_acquire);
    return !m_stop.load(std::memory_order_relaxed);
}

bool VehicleRows::Ahead::encodeAt(qsizetype i)
{
    m_scratch.resize(0);
    const Encoded e = encode(m_cars.at(i), m_scratch);
    Block *block = &m_blocks[size_t(m_block)];
    if (!block->bytes || m_used + m_scratch.size() > block->size) {
        // The next block, once the writer has moved past every car in it.
        if (block->bytes) {
            m_block = (m_block + 1) % kBlocks;
            block = &m_blocks[size_t(m_block)];
        }
        if (block->endCar > 0 && !waitTaken(block->endCar))
            return false;
        if (block->size < m_scratch.size() || !block->bytes) {
            block->size = std::max(kBlockBytes, m_scratch.size());
            block->bytes = std::make_unique_for_overwrite<char[]>(size_t(block->size));
            HugePages::prefer(block->bytes.get(), size_t(block->size));
        }
        m_used = 0;
    }
    char *to = block->bytes.get() + m_used;
    std::memcpy(to, m_scratch.constData(), size_t(m_scratch.size()));
    const char *from = m_scratch.constData();
    const auto moved = [from, to](QByteArrayView view) {
        return view.isNull() ? view : QByteArrayView(to + (view.data() - from), view.size());
    };
    m_encoded[size_t(i % kWindow)] = {moved(e.doc),   moved(e.id),       moved(e.vin),
                                      moved(e.model), moved(e.location), moved(e.condition)};
    m_used += m_scratch.size();
    block->endCar = i + 1;
    return true;
}

void VehicleRows::Ahead::run()
{
    m_scratch.reserve(4096);
    for (qsizetype i = 0; i < m_cars.size() && !m_stop.load(std::memory_order_relaxed); ++i) {
        // Car i takes the place of car i - kWindow: the writer must have moved past it.
        if (i >= kWindow && !waitTaken(i - kWindow + 1))
            break;
        if (m_passedBy.isEmpty() || !m_passedBy.contains(m_cars.at(i).id)) {
            if (!encodeAt(i))
                break;
        } else {
            m_encoded[size_t(i % kWindow)] = {}; // the writer passes it by
        }
        m_ready.store(i + 1, std::memory_order_release);
        if ((i & 63) == 63)
            m_ready.notify_all();
    }
    m_ready.notify_all();
}

bool VehicleRows::read(const std::function<void(Vehicle &&)> &take, qsizetype *count, QString *error,
                       const std::atomic_bool *stop) const
{
    if (count) {
        const auto n = m_table.liveCount(error);
        if (!n)
            return false;
        *count = *n;
    }
    bool stopped = false;
    const bool ok = forEachRecord(
        [&](const QJsonObject &record) {
            if (stop && stop->load(std::memory_order_relaxed)) {
                stopped = true;
                return false;
            }
            if (auto v = VehicleRecord::read(record, nullptr))
                take(std::move(*v));
            return true;
        },
        error);
    return ok && !stopped;
}

bool VehicleRows::forEachRecord(const std::function<bool(const QJsonObject &)> &take, QString *error, bool exported) const
{
    // Read as UTF-8 straight from SQLite, in the file's order (not through the partial VIN index,
    // which would sort every row back into rowid order): the whole stock passes here at a start
    // without a snapshot.
    SqliteStatement select;
    if (!select.prepare(m_db,
                        QStringLiteral("SELECT id, vin, condition, location, updated, doc FROM %1 WHERE deleted = 0 "
                                       "ORDER BY rowid")
                            .arg(m_table.scanned()),
                        error))
        return false;
    QByteArray record; // kept from car to car
    const auto column = [&select](int c) { return select.isNull(c) ? QByteArrayView() : select.text(c); };
    return select.forEachRowWhile(
        [&] {
            record.resize(0);
            VehicleRecord::appendWhole(record, select.text(5), {column(0), column(1), column(2), column(3), column(4)});
            const QJsonObject whole = QJsonDocument::fromJson(record).object();
            return take(exported ? VehicleRecord::withDefaults(whole) : whole);
        },
        error);
}

std::optional<QList<Vehicle>> VehicleRows::vehicles(QString *error) const
{
    // A hundred thousand cars repeat a few hundred ids: each car shares one copy of each
    // (implicit sharing), interned as it is read so the peak stays low too.
    QSet<QString> pool;
    const auto intern = [&pool](QString &s) {
        const auto it = pool.constFind(s);
        if (it != pool.constEnd())
            s = *it;
        else
            pool.insert(s);
    };
    QList<Vehicle> list;
    qsizetype count = 0;
    const bool ok = read(
        [&](Vehicle &&v) {
            // Sized once: growing a list of a hundred thousand cars by doubling costs a third more
            // memory at its peak.
            if (list.isEmpty())
                list.reserve(count);
            for (QString *field : {&v.model, &v.trim, &v.paint, &v.wheel, &v.interior, &v.location, &v.price.currency, &v.make,
                                   &v.modelName, &v.trimName, &v.body, &v.powertrain, &v.exteriorColor, &v.interiorColor})
                intern(*field);
            for (QString &o : v.options)
                intern(o);
            v.options.squeeze();
            list.append(std::move(v));
        },
        &count, error);
    if (!ok)
        return std::nullopt;
    return list;
}

std::optional<VehicleStore> VehicleRows::vehicleStore(QString *error, const std::atomic_bool *stop) const
{
    VehicleStore store;
    qsizetype count = 0;
    const bool ok = read(
        [&](Vehicle &&v) {
            if (store.isEmpty())
                store.reserve(count);
            store.append(v);
        },
        &count, error, stop);
    if (!ok)
        return std::nullopt;
    return store;
}

std::optional<VehicleRows::Holder> VehicleRows::holderOfVin(const QString &vin, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, source FROM vehicle WHERE vin = ? AND deleted = 0"));
    q.addBindValue(vin);
    if (!q.exec()) {
        if (error)
            *error = Database::plainReason(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Holder{q.value(0).toString(), q.value(1).toString()};
}

bool VehicleRows::wasListed(const QString &vin, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT max(deleted) = 1 AND min(deleted) = 1 FROM vehicle WHERE vin = ?"));
    q.addBindValue(vin);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = Database::plainReason(q.lastError());
        return false;
    }
    return q.value(0).toBool();
}

std::optional<QHash<QString, VehicleRows::Holder>> VehicleRows::liveVins(QString *error) const
{
    // Through SQLite's own API, read once an import: the whole live stock, all sources'.
    SqliteStatement select;
    if (!select.prepare(m_db, QStringLiteral("SELECT vin, id, source FROM %1 WHERE deleted = 0").arg(m_table.scanned()), error))
        return std::nullopt;
    QHash<QString, Holder> out;
    QString source; // a few sources hold all the cars: one string each, shared
    QByteArray sourceUtf8;
    const bool read = select.forEachRow(
        [&] {
            if (const QByteArrayView s = select.text(2); s != sourceUtf8 || source.isNull()) {
                sourceUtf8 = s.toByteArray();
                source = QString::fromUtf8(s);
            }
            out.insert(QString::fromUtf8(select.text(0)), Holder{QString::fromUtf8(select.text(1)), source});
        },
        error);
    return read ? std::optional(std::move(out)) : std::nullopt;
}

bool VehicleRows::meetsTableChecks(const Vehicle &v)
{
    // length(vin) = 17 counts characters, not UTF-16 units.
    qsizetype characters = 0;
    for (const QChar c : v.vin)
        characters += c.isLowSurrogate() ? 0 : 1;
    const bool known = v.condition == Vehicle::Condition::New || v.condition == Vehicle::Condition::Cpo
        || v.condition == Vehicle::Condition::Used;
    return characters == 17 && known && v.price.minor > 0;
}

VehicleRows::BulkWrite::BulkWrite(QSqlDatabase db)
    : m_db(db)
{
}

VehicleRows::BulkWrite::~BulkWrite()
{
    restoreChecks();
}

void VehicleRows::BulkWrite::restoreChecks()
{
    // A flag of the connection: left off, every later write on it would skip its checks. Setting
    // it expires the prepared statements, which are compiled again with the checks.
    if (!m_checksOff)
        return;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")))
        m_checksOff = false;
    else
        qCWarning(lcStorage) << "cannot restore the check constraints:" << q.lastError().text();
}

bool VehicleRows::BulkWrite::begin(QString *error)
{
    const auto failed = [error](const QSqlQuery &q) {
        if (error)
            *error = Database::plainReason(q.lastError());
        return false;
    };
    // A server keeps its indexes and checks: the hub's imports are the brand's feeds, not a
    // dealer's hundred thousand cars at a screen.
    if (Database::isServer(m_db))
        return true;
    // The unique VIN index, as the schema defines it: VINs arrive in no order, so each car's
    // lands on a page of its own. The primary key's stays: it finds rows for the upsert.
    // A hundred thousand cars (vitrine-bench --feeds): kept up to date, writing took 400 ms;
    // set aside, 250, and building it again 55.
    QSqlQuery q(m_db);
    // The triggers that count changes to the stock too, while its generation is stood aside
    // (StockGeneration): they then count nothing, yet each would still run, and look the
    // generation up, for every car.
    q.prepare(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'vehicle' AND sql IS NOT NULL "
                             "AND ((type = 'index' AND name = 'vehicle_vin') "
                             "OR (type = 'trigger' AND name IN "
                             "('vehicle_generation_insert', 'vehicle_generation_update', 'vehicle_generation_delete') "
                             "AND (SELECT quiet FROM stock_generation) = 1))"));
    if (!q.exec())
        return failed(q);
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString().toUpper() + QStringLiteral(" \"") + q.value(1).toString() + QLatin1Char('"');
        m_definitions << q.value(2).toString();
    }
    q.finish(); // no statement may still read the schema it changes
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP %1").arg(name)))
            return failed(drop);
    }
    QSqlQuery checks(m_db);
    if (!checks.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")))
        return failed(checks);
    m_checksOff = true;
    return true;
}

bool VehicleRows::BulkWrite::finish(QString *error)
{
    restoreChecks();
    if (m_checksOff) {
        if (error)
            *error = QStringLiteral("the table's checks could not be restored");
        return false;
    }
    for (const QString &sql : std::as_const(m_definitions)) {
        QSqlQuery create(m_db);
        if (!create.exec(sql)) {
            if (error)
                *error = Database::plainReason(create.lastError());
            return false;
        }
    }
    m_definitions.clear();
    return true;
}

std::optional<QHash<QString, VehicleRows::Listed>> VehicleRows::listed(const QString &source, QString *error) const
{
    // A dealer group's whole stock passes here at every refresh of its feed: read through SQLite's
    // own API.
    const QString addedOf = Database::isServer(m_db) ? QStringLiteral("doc::jsonb ->> 'added'")
                                                     : QStringLiteral("json_extract(doc, '$.added')");
    SqliteStatement select;
    if (!select.prepare(
            m_db,
            QStringLiteral("SELECT id, %1, updated, doc, vin, condition, location FROM %2 WHERE source = ? AND deleted = 0")
                .arg(addedOf, m_table.scanned()),
            error))
        return std::nullopt;
    const QByteArray utf8 = source.toUtf8();
    select.bindText(0, utf8);
    QHash<QString, Listed> out;
    // A feed's cars share a few dates and one change stamp: each text is read once.
    QByteArray addedText, updatedText;
    QDate added;
    QDateTime updated;
    if (!select.forEachRow(
            [&] {
                if (select.text(1) != addedText) {
                    addedText = select.text(1).toByteArray();
                    added = QDate::fromString(QString::fromUtf8(addedText), Qt::ISODate);
                }
                if (select.text(2) != updatedText) {
                    updatedText = select.text(2).toByteArray();
                    updated = QDateTime::fromString(QString::fromUtf8(updatedText), Qt::ISODate);
                }
                out.insert(
                    QString::fromUtf8(select.text(0)),
                    {added, updated, VehicleRecord::digest(select.text(3), select.text(4), select.text(5), select.text(6))});
            },
            error))
        return std::nullopt;
    return out;
}

std::optional<qsizetype> VehicleRows::count(QString *error) const
{
    return m_table.liveCount(error);
}

std::optional<QJsonArray> VehicleRows::documents(QString *error) const
{
    QList<QJsonObject> docs;
    if (!forEachRecord(
            [&docs](const QJsonObject &record) {
                docs.append(record);
                return true;
            },
            error, true))
        return std::nullopt;
    std::sort(docs.begin(), docs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    QJsonArray out;
    for (const QJsonObject &doc : std::as_const(docs))
        out.append(doc);
    return out;
}
