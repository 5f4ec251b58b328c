#include "vehiclerows.h"

#include "inventory/vehiclerecord.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

VehicleRows::VehicleRows(QSqlDatabase db)
    : m_db(db)
    , m_table(db, QStringLiteral("vehicle"))
{
}

DocumentTable::Columns VehicleRows::columnsFor(const QJsonObject &doc)
{
    const QJsonObject price = doc.value(QStringLiteral("price")).toObject();
    const auto field = [&doc](const char *key) { return doc.value(QLatin1String(key)).toString(); };
    return {{QStringLiteral("vin"), field("vin")},
            {QStringLiteral("model"), field("model")},
            {QStringLiteral("condition"), field("condition")},
            {QStringLiteral("price_minor"), qint64(std::llround(price.value(QStringLiteral("amount")).toDouble() * 100))},
            {QStringLiteral("location"), field("location")},
            {QStringLiteral("updated"), field("updated")}};
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
    const bool ok = m_table.forEach(false, [&](const QJsonObject &doc) {
        if (stop && stop->load(std::memory_order_relaxed)) {
            stopped = true;
            return false;
        }
        if (auto v = VehicleRecord::read(doc, nullptr))
            take(std::move(*v));
        return true;
    }, error);
    return ok && !stopped;
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
    const bool ok = read([&](Vehicle &&v) {
        // Sized once: growing a list of a hundred thousand cars by doubling costs a third more
        // memory at its peak.
        if (list.isEmpty())
            list.reserve(count);
        for (QString *field : {&v.model, &v.trim, &v.paint, &v.wheel, &v.interior, &v.location, &v.price.currency})
            intern(*field);
        for (QString &o : v.options)
            intern(o);
        v.options.squeeze();
        list.append(std::move(v));
    }, &count, error);
    if (!ok)
        return std::nullopt;
    return list;
}

std::optional<VehicleStore> VehicleRows::vehicleStore(QString *error, const std::atomic_bool *stop) const
{
    VehicleStore store;
    qsizetype count = 0;
    const bool ok = read([&](Vehicle &&v) {
        if (store.isEmpty())
            store.reserve(count);
        store.append(v);
    }, &count, error, stop);
    if (!ok)
        return std::nullopt;
    return store;
}

std::optional<QHash<QString, int>> VehicleRows::stockByLocation(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT location, count(*) FROM vehicle WHERE deleted = 0 GROUP BY location"))) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

std::optional<qsizetype> VehicleRows::count(QString *error) const
{
    return m_table.liveCount(error);
}

std::optional<QJsonArray> VehicleRows::documents(QString *error) const
{
    QList<QJsonObject> docs;
    if (!m_table.forEach(false, [&docs](const QJsonObject &doc) {
            docs.append(doc);
            return true;
        }, error))
        return std::nullopt;
    std::sort(docs.begin(), docs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    QJsonArray out;
    for (const QJsonObject &doc : std::as_const(docs))
        out.append(doc);
    return out;
}
