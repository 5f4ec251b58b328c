// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubanswer.h"

#include "catalog/catalogrows.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {

constexpr qint64 kCatalogFreshMs = 2000;

} // namespace

HttpResponse HubAnswer::json(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HubAnswer::error(int status, const QString &code, const QString &words)
{
    return json(status, {{QStringLiteral("error"), words}, {QStringLiteral("code"), code}});
}

StoredCatalog::StoredCatalog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

const Catalog *StoredCatalog::get()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_catalog || now - m_readAt > kCatalogFreshMs) {
        if (auto read = CatalogRows(m_db).catalog()) {
            m_catalog = std::move(read);
            m_readAt = now;
        }
    }
    return m_catalog ? &*m_catalog : nullptr;
}
