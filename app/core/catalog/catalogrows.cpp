// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogrows.h"

#include "catalog/catalogrecords.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

const QHash<QString, QString> &tableNames()
{
    static const QHash<QString, QString> names{{QStringLiteral("markets"), QStringLiteral("market")},
                                               {QStringLiteral("bodies"), QStringLiteral("body")},
                                               {QStringLiteral("lines"), QStringLiteral("model_line")},
                                               {QStringLiteral("models"), QStringLiteral("model")},
                                               {QStringLiteral("trims"), QStringLiteral("trim")},
                                               {QStringLiteral("options"), QStringLiteral("catalog_option")},
                                               {QStringLiteral("rules"), QStringLiteral("catalog_rule")},
                                               {QStringLiteral("studios"), QStringLiteral("studio")},
                                               {QStringLiteral("model_aliases"), QStringLiteral("model_alias")}};
    return names;
}

template<typename T>
bool readList(const DocumentTable &table, bool deleted, std::optional<T> (*read)(const QJsonObject &, QList<RecordIssue> *),
              QList<T> *out, QString *error)
{
    // Stored documents passed validation on the way in; one that no longer reads (a record
    // edited by hand) is skipped rather than shown half-formed.
    return table.forEach(
        deleted,
        [&](const QJsonObject &doc) {
            if (auto record = read(doc, nullptr))
                out->append(std::move(*record));
            return true;
        },
        error);
}

} // namespace

CatalogRows::CatalogRows(QSqlDatabase db)
    : m_db(db)
{
}

CatalogRows::~CatalogRows() = default;

const QStringList &CatalogRows::lists()
{
    static const QStringList names{QStringLiteral("markets"), QStringLiteral("bodies"),  QStringLiteral("lines"),
                                   QStringLiteral("models"),  QStringLiteral("trims"),   QStringLiteral("options"),
                                   QStringLiteral("rules"),   QStringLiteral("studios"), QStringLiteral("model_aliases")};
    return names;
}

DocumentTable::Columns CatalogRows::columnsFor(const QString &list, const QJsonObject &doc)
{
    const auto field = [&doc](const char *key) { return doc.value(QLatin1String(key)).toString(); };
    if (list == QLatin1String("models"))
        return {{QStringLiteral("line"), field("line")}};
    if (list == QLatin1String("trims"))
        return {{QStringLiteral("model"), field("model")}};
    if (list == QLatin1String("options"))
        return {{QStringLiteral("kind"), field("kind")}};
    if (list == QLatin1String("studios"))
        return {{QStringLiteral("kind"), field("kind")}, {QStringLiteral("market"), field("market")}};
    return {};
}

DocumentTable *CatalogRows::table(const QString &list) const
{
    const QString name = tableNames().value(list);
    if (name.isEmpty())
        return nullptr;
    auto &slot = m_tables[list];
    if (!slot)
        slot = std::make_unique<DocumentTable>(m_db, name);
    return slot.get();
}

std::optional<Catalog> CatalogRows::read(bool deleted, QString *error) const
{
    Catalog c;
    const auto t = [this](const char *list) -> const DocumentTable & { return *table(QLatin1String(list)); };
    const bool ok = readList(t("markets"), deleted, &CatalogRecords::readMarket, &c.markets, error)
        && readList(t("bodies"), deleted, &CatalogRecords::readBody, &c.bodies, error)
        && readList(t("lines"), deleted, &CatalogRecords::readLine, &c.lines, error)
        && readList(t("models"), deleted, &CatalogRecords::readModel, &c.models, error)
        && readList(t("trims"), deleted, &CatalogRecords::readTrim, &c.trims, error)
        && readList(t("options"), deleted, &CatalogRecords::readOption, &c.options, error)
        && readList(t("rules"), deleted, &CatalogRecords::readRule, &c.rules, error)
        && readList(t("studios"), deleted, &CatalogRecords::readStudio, &c.studios, error)
        && readList(t("model_aliases"), deleted, &CatalogRecords::readAlias, &c.aliases, error);
    if (!ok)
        return std::nullopt;
    c.index();
    return c;
}

std::optional<Catalog> CatalogRows::catalog(QString *error) const
{
    return read(false, error);
}

std::optional<Catalog> CatalogRows::retired(QString *error) const
{
    return read(true, error);
}

std::optional<CatalogRows::Counts> CatalogRows::counts(QString *error) const
{
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral(
        "SELECT (SELECT count(*) FROM market WHERE deleted = 0), (SELECT count(*) FROM model_line WHERE deleted = 0),"
        " (SELECT count(*) FROM model WHERE deleted = 0), (SELECT count(*) FROM trim WHERE deleted = 0),"
        " (SELECT count(*) FROM catalog_option WHERE deleted = 0), (SELECT count(*) FROM catalog_rule WHERE deleted = 0),"
        " (SELECT count(*) FROM studio WHERE deleted = 0 AND kind = 'studio'),"
        " (SELECT count(*) FROM studio WHERE deleted = 0 AND kind = 'dealer')");
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    Counts c;
    qsizetype *fields[] = {&c.markets, &c.lines, &c.models, &c.trims, &c.options, &c.rules, &c.studios, &c.dealers};
    for (int i = 0; i < 8; ++i)
        *fields[i] = q.value(i).toLongLong();
    return c;
}
