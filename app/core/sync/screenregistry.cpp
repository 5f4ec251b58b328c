// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenregistry.h"

#include "common/readablecode.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

constexpr int kCodeDigits = 8; // 30^8: about 39 bits, for a code that lives minutes and is rate-limited

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

bool fail(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = Database::plainReason(q.lastError());
    return false;
}

} // namespace

ScreenRegistry::ScreenRegistry(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ScreenRegistry::hashOf(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ScreenRegistry::canonicalCode(const QString &typed)
{
    if (typed.size() > 64)
        return {};
    const ReadableCode::Parsed parsed = ReadableCode::parse(typed);
    if (!parsed.ok || parsed.digits.size() != kCodeDigits)
        return {};
    return ReadableCode::format(parsed.digits);
}

std::optional<QString> ScreenRegistry::issueCode(const QDateTime &now, int lifetimeSeconds, QString *error)
{
    QList<int> digits;
    for (int i = 0; i < kCodeDigits; ++i)
        digits << int(QRandomGenerator::system()->bounded(ReadableCode::kBase));
    const QString code = ReadableCode::format(digits);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO hub_pairing_codes (code_hash, created_at, expires_at) VALUES (?, ?, ?)"));
    q.addBindValue(hashOf(code));
    q.addBindValue(stamp(now));
    q.addBindValue(stamp(now.addSecs(lifetimeSeconds)));
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    return code;
}

std::optional<ScreenRegistry::Paired> ScreenRegistry::pair(const QString &code, const QString &screenName, const QDateTime &now,
                                                           PairFailure *failure, QString *error)
{
    *failure = PairFailure::None;
    const QString canonical = canonicalCode(code);
    if (canonical.isEmpty()) {
        *failure = PairFailure::BadCode;
        return std::nullopt;
    }
    Transaction tx(m_db);
    if (!tx.begin(error)) {
        *failure = PairFailure::Database;
        return std::nullopt;
    }
    // Spending the code is the DELETE itself: of two screens racing with one code, one deletes it.
    QSqlQuery spend(m_db);
    spend.prepare(QStringLiteral("DELETE FROM hub_pairing_codes WHERE code_hash = ? AND expires_at > ?"));
    spend.addBindValue(hashOf(canonical));
    spend.addBindValue(stamp(now));
    if (!spend.exec()) {
        *failure = PairFailure::Database;
        fail(spend, error);
        return std::nullopt;
    }
    if (spend.numRowsAffected() != 1) {
        *failure = PairFailure::BadCode;
        return std::nullopt;
    }
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    Paired paired;
    paired.screenId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    paired.token = QString::fromLatin1(secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QSqlQuery add(m_db);
    add.prepare(QStringLiteral("INSERT INTO hub_screens (id, name, token_hash, paired_at) VALUES (?, ?, ?, ?)"));
    add.addBindValue(paired.screenId);
    add.addBindValue(screenName);
    add.addBindValue(hashOf(paired.token));
    add.addBindValue(stamp(now));
    if (!add.exec() || !tx.commit(error)) {
        *failure = PairFailure::Database;
        if (add.lastError().isValid())
            fail(add, error);
        return std::nullopt;
    }
    return paired;
}

std::optional<QString> ScreenRegistry::screenForToken(const QString &token, QString *error) const
{
    if (token.isEmpty() || token.size() > 256)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM hub_screens WHERE token_hash = ? AND revoked_at IS NULL"));
    q.addBindValue(hashOf(token));
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

void ScreenRegistry::touch(const QString &screenId, const QDateTime &now)
{
    const QString minute = stamp(now).left(16); // yyyy-MM-ddTHH:mm
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE hub_screens SET last_seen = ? WHERE id = ? AND (last_seen IS NULL OR "
                             "substr(last_seen, 1, 16) <> ?)"));
    q.addBindValue(stamp(now));
    q.addBindValue(screenId);
    q.addBindValue(minute);
    q.exec();
}

bool ScreenRegistry::revoke(const QString &idOrName, const QDateTime &now, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM hub_screens WHERE (id = ? OR name = ?) AND revoked_at IS NULL"));
    q.addBindValue(idOrName);
    q.addBindValue(idOrName);
    if (!q.exec())
        return fail(q, error);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    if (ids.size() != 1) {
        if (error)
            *error = ids.isEmpty() ? QStringLiteral("no paired screen has that id or name")
                                   : QStringLiteral("several screens have that name; give the screen's id");
        return false;
    }
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE hub_screens SET revoked_at = ? WHERE id = ?"));
    u.addBindValue(stamp(now));
    u.addBindValue(ids.first());
    if (!u.exec())
        return fail(u, error);
    return u.numRowsAffected() == 1;
}

std::optional<QList<ScreenRegistry::Screen>> ScreenRegistry::screens(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, paired_at, revoked_at, last_seen FROM hub_screens ORDER BY paired_at, id"))) {
        fail(q, error);
        return std::nullopt;
    }
    QList<Screen> out;
    while (q.next())
        out << Screen{q.value(0).toString(), q.value(1).toString(), fromStamp(q.value(2)), fromStamp(q.value(3)),
                      fromStamp(q.value(4))};
    return out;
}

int ScreenRegistry::activeCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM hub_screens WHERE revoked_at IS NULL")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void ScreenRegistry::dropExpiredCodes(const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM hub_pairing_codes WHERE expires_at <= ?"));
    q.addBindValue(stamp(now));
    q.exec();
}
