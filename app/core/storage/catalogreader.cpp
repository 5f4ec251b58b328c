#include "catalogreader.h"

#include "sync/feedparser.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

template<typename T>
bool readAll(QSqlDatabase db, const QString &table, std::optional<T> (*read)(const QJsonObject &, QList<FeedIssue> *),
             QList<T> *out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT doc FROM %1 WHERE deleted = 0 ORDER BY rowid").arg(table))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QJsonObject doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        // Stored documents passed validation on the way in; one that no longer reads (a record
        // edited by hand) is skipped rather than shown half-formed.
        if (auto record = read(doc, nullptr))
            out->append(*record);
    }
    return true;
}

} // namespace

CatalogReader::CatalogReader(QSqlDatabase db)
    : m_db(db)
{
}

std::optional<Catalog> CatalogReader::catalog(QString *error) const
{
    Catalog c;
    const bool ok = readAll(m_db, QStringLiteral("market"), &FeedParser::readMarket, &c.markets, error)
        && readAll(m_db, QStringLiteral("body"), &FeedParser::readBody, &c.bodies, error)
        && readAll(m_db, QStringLiteral("model_line"), &FeedParser::readLine, &c.lines, error)
        && readAll(m_db, QStringLiteral("model"), &FeedParser::readModel, &c.models, error)
        && readAll(m_db, QStringLiteral("trim"), &FeedParser::readTrim, &c.trims, error)
        && readAll(m_db, QStringLiteral("catalog_option"), &FeedParser::readOption, &c.options, error)
        && readAll(m_db, QStringLiteral("catalog_rule"), &FeedParser::readRule, &c.rules, error)
        && readAll(m_db, QStringLiteral("studio"), &FeedParser::readStudio, &c.studios, error);
    if (!ok)
        return std::nullopt;
    c.index();
    return c;
}

bool CatalogReader::readVehicles(const std::function<void(Vehicle &&)> &take, qsizetype *count, QString *error) const
{
    {
        QSqlQuery q(m_db);
        if (count && q.exec(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0")) && q.next())
            *count = q.value(0).toLongLong();
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT doc FROM vehicle WHERE deleted = 0 ORDER BY rowid"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        auto v = FeedParser::readVehicle(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), nullptr);
        if (v)
            take(std::move(*v));
    }
    return true;
}

std::optional<QList<Vehicle>> CatalogReader::vehicles(QString *error) const
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
    const bool ok = readVehicles([&](Vehicle &&v) {
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

std::optional<VehicleStore> CatalogReader::vehicleStore(QString *error) const
{
    VehicleStore store;
    qsizetype count = 0;
    const bool ok = readVehicles([&](Vehicle &&v) {
        if (store.isEmpty())
            store.reserve(count);
        store.append(v);
    }, &count, error);
    if (!ok)
        return std::nullopt;
    return store;
}

std::optional<CatalogReader::Counts> CatalogReader::counts(QString *error) const
{
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral(
        "SELECT (SELECT count(*) FROM market WHERE deleted = 0), (SELECT count(*) FROM model_line WHERE deleted = 0),"
        " (SELECT count(*) FROM model WHERE deleted = 0), (SELECT count(*) FROM trim WHERE deleted = 0),"
        " (SELECT count(*) FROM catalog_option WHERE deleted = 0), (SELECT count(*) FROM catalog_rule WHERE deleted = 0),"
        " (SELECT count(*) FROM studio WHERE deleted = 0 AND kind = 'studio'),"
        " (SELECT count(*) FROM studio WHERE deleted = 0 AND kind = 'dealer'),"
        " (SELECT count(*) FROM vehicle WHERE deleted = 0)");
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    Counts c;
    qsizetype *fields[] = {&c.markets, &c.lines, &c.models, &c.trims, &c.options,
                           &c.rules,   &c.studios, &c.dealers, &c.vehicles};
    for (int i = 0; i < 9; ++i)
        *fields[i] = q.value(i).toLongLong();
    return c;
}

std::optional<QHash<QString, int>> CatalogReader::stockByLocation(QString *error) const
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
