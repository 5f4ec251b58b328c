// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedsource.h"
#include "storage/documenttable.h"

#include <QSqlDatabase>

#include <optional>

/// The sources the brand's feeds list (feed list `sources`), as stored: written by the importer
/// like every feed record, read back through the same check for the sync to fetch.
class FeedSourceRows
{
public:
    explicit FeedSourceRows(QSqlDatabase db);

    /// The feed list kept here.
    static QString list() { return QStringLiteral("sources"); }

    /// The live sources, in the order they were first stored.
    std::optional<QList<FeedSource>> sources(QString *error = nullptr) const;

    DocumentTable &table() { return m_table; }

private:
    DocumentTable m_table;
};
