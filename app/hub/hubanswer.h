// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include "booking/contactvalidator.h"
#include "catalog/catalog.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

/// How the hub's API answers: a JSON body with its status, and an error as
/// {"error": "plain words", "code": "machine-code"}.
namespace HubAnswer {
HttpResponse json(int status, const QJsonObject &body);
HttpResponse error(int status, const QString &code, const QString &words);
/// 422 `invalid-contact`, with one message per field that is wrong.
HttpResponse invalidContact(const QString &words, const QList<ContactValidator::Issue> &issues);
/// 503 `busy`: the database stayed locked; try again in a second.
HttpResponse busy(const QString &words);
/// A name a client sent that can be shown and stored as it is: at most `most` characters, none
/// of them a control or formatting character.
bool printable(const QString &name, qsizetype most);
/// If-None-Match (a list of entity tags, or "*") against `tag`, compared weakly as RFC 9110 says.
bool matchesTag(const QByteArray &ifNoneMatch, const QByteArray &tag);
} // namespace HubAnswer

/// The catalog as the hub's database holds it, read again when older than a couple of seconds
/// (a feed the hub applied meanwhile shows at once, without a read per request).
class StoredCatalog
{
public:
    explicit StoredCatalog(QSqlDatabase db);
    /// Null when the database cannot be read and nothing was read before.
    const Catalog *get();

private:
    QSqlDatabase m_db;
    std::optional<Catalog> m_catalog;
    qint64 m_readAt = -1;
};
