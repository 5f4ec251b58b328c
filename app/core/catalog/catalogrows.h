// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "storage/documenttable.h"

#include <QSqlDatabase>

#include <map>
#include <memory>
#include <optional>

/// The catalog and the studios as stored: read back into a Catalog through the same record
/// checks a feed passes (the live records, or the retired ones a configuration code made on an
/// older catalog may still name), counted for the doctor, and written by the feed importer.
class CatalogRows
{
public:
    explicit CatalogRows(QSqlDatabase db);
    ~CatalogRows();

    /// The feed lists kept here, in the order their references run.
    static const QStringList &lists();
    /// The columns beside the document that a record of `list` fills.
    static DocumentTable::Columns columnsFor(const QString &list, const QJsonObject &doc);

    std::optional<Catalog> catalog(QString *error = nullptr) const;
    /// Records no longer offered (tombstones), so a code can name what is gone and what replaced it.
    std::optional<Catalog> retired(QString *error = nullptr) const;

    struct Counts {
        qsizetype markets = 0, lines = 0, models = 0, trims = 0, options = 0, rules = 0;
        qsizetype studios = 0, dealers = 0;
    };
    std::optional<Counts> counts(QString *error = nullptr) const;

    /// The stored table of a feed list ("models"), or nullptr for a list not kept here.
    DocumentTable *table(const QString &list) const;

private:
    std::optional<Catalog> read(bool deleted, QString *error) const;

    QSqlDatabase m_db;
    mutable std::map<QString, std::unique_ptr<DocumentTable>> m_tables;
};
