// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffpin.h"

#include "storage/settings.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcKiosk, "vitrine.kiosk")

namespace {
const QString kHashKey = QStringLiteral("staff_pin_hash");
const QString kFailuresKey = QStringLiteral("staff_pin_failures");
const QString kRetryKey = QStringLiteral("staff_pin_retry_after");

// Interactive limits: a kiosk answers a PIN in well under a second, yet each guess costs an
// attacker with the database file the same 64 MiB and ~0.1–0.3 s.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

StaffPin::StaffPin(QSqlDatabase db)
    : m_db(db)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

bool StaffPin::isWellFormed(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{%1,%2}$").arg(kMinLength).arg(kMaxLength));
    return digits.match(pin).hasMatch();
}

QString StaffPin::setting(const QString &key) const
{
    return Settings(m_db).value(key).value_or(QString());
}

bool StaffPin::store(const QString &key, const QString &value)
{
    return Settings(m_db).set(key, value.isNull() ? QStringLiteral("") : value); // the column is NOT NULL
}

bool StaffPin::set(const QString &pin, QString *error)
{
    if (!isWellFormed(pin)) {
        if (error)
            *error = QStringLiteral("a staff PIN is %1 to %2 digits").arg(kMinLength).arg(kMaxLength);
        return false;
    }
    if (!sodiumReady()) {
        if (error)
            *error = QStringLiteral("libsodium could not be initialised");
        return false;
    }
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray utf8 = pin.toUtf8();
    if (crypto_pwhash_str_alg(hash, utf8.constData(), utf8.size(), kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        if (error)
            *error = QStringLiteral("not enough memory to hash the PIN");
        return false;
    }
    const bool ok = store(kHashKey, QString::fromLatin1(hash)) && store(kFailuresKey, QStringLiteral("0"))
        && store(kRetryKey, QString());
    if (!ok && error)
        *error = QStringLiteral("the PIN could not be saved");
    if (ok)
        qCInfo(lcKiosk) << "staff PIN changed";
    return ok;
}

bool StaffPin::isSet() const
{
    return !setting(kHashKey).isEmpty();
}

StaffPin::Verdict StaffPin::verify(const QString &pin)
{
    Verdict verdict;
    const QString hash = setting(kHashKey);
    if (hash.isEmpty() || !sodiumReady()) {
        verdict.outcome = Outcome::NotSet;
        return verdict;
    }
    const QDateTime now = m_now();
    verdict.failures = setting(kFailuresKey).toInt();
    const QDateTime retryAfter = QDateTime::fromString(setting(kRetryKey), Qt::ISODate);
    if (retryAfter.isValid() && now < retryAfter) {
        // Not even checked: a guess during the wait must not count as a try.
        verdict.outcome = verdict.failures >= kLockoutAfter ? Outcome::LockedOut : Outcome::Wrong;
        verdict.retryAfter = retryAfter;
        return verdict;
    }
    const QByteArray utf8 = pin.toUtf8();
    const QByteArray stored = hash.toLatin1();
    if (isWellFormed(pin) && crypto_pwhash_str_verify(stored.constData(), utf8.constData(), utf8.size()) == 0) {
        store(kFailuresKey, QStringLiteral("0"));
        store(kRetryKey, QString());
        if (crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0)
            set(pin);
        verdict.outcome = Outcome::Accepted;
        verdict.failures = 0;
        return verdict;
    }
    verdict.failures += 1;
    verdict.outcome = Outcome::Wrong;
    if (verdict.failures >= kLockoutAfter) {
        verdict.outcome = Outcome::LockedOut;
        verdict.retryAfter = now.addSecs(kLockoutMinutes * 60);
    } else if (verdict.failures > kFreeAttempts) {
        // 2, 4, 8, 16 … seconds: harmless for a mistyped PIN, slow for guessing.
        verdict.retryAfter = now.addSecs(qint64(1) << (verdict.failures - kFreeAttempts));
    }
    store(kFailuresKey, QString::number(verdict.failures));
    store(kRetryKey, verdict.retryAfter.isValid() ? verdict.retryAfter.toString(Qt::ISODate) : QString());
    qCInfo(lcKiosk) << "wrong staff PIN, attempt" << verdict.failures;
    return verdict;
}
