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

HttpResponse HubAnswer::invalidContact(const QString &words, const QList<ContactValidator::Issue> &issues)
{
    QJsonObject fields;
    for (const ContactValidator::Issue &issue : issues)
        fields.insert(ContactValidator::fieldName(issue.field), issue.message);
    return json(422,
                {{QStringLiteral("error"), words},
                 {QStringLiteral("code"), QStringLiteral("invalid-contact")},
                 {QStringLiteral("fields"), fields}});
}

bool HubAnswer::matchesTag(const QByteArray &ifNoneMatch, const QByteArray &tag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate == "*")
            return true;
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == tag)
            return true;
    }
    return false;
}

HttpResponse HubAnswer::busy(const QString &words)
{
    HttpResponse answer = error(503, QStringLiteral("busy"), words);
    answer.addHeader("Retry-After", "1");
    return answer;
}

bool HubAnswer::printable(const QString &name, qsizetype most)
{
    if (name.size() > most)
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
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
