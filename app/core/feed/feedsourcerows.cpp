// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedsourcerows.h"

FeedSourceRows::FeedSourceRows(QSqlDatabase db)
    : m_table(db, QStringLiteral("feed_source"))
{
}

std::optional<QList<FeedSource>> FeedSourceRows::sources(QString *error) const
{
    QList<FeedSource> out;
    // A stored record that no longer reads (edited by hand) is skipped, never fetched half-read.
    const bool ok = m_table.forEach(
        false,
        [&out](const QJsonObject &doc) {
            if (auto source = FeedSource::read(doc, nullptr))
                out.append(std::move(*source));
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return out;
}
