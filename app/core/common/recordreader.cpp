// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordreader.h"

#include "common/money.h"

#include <cmath>

RecordReader::RecordReader(const QJsonObject &record, const QString &list, QList<RecordIssue> *issues)
    : m_record(record)
    , m_list(list)
    , m_issues(issues)
{
    const QJsonValue id = record.value(QStringLiteral("id"));
    if (!id.isString() || !isValidIdentifier(id.toString())) {
        m_id = id.isString() ? id.toString().left(64) : QString();
        fail(QStringLiteral("id"),
             id.isUndefined() ? QStringLiteral("is missing")
                              : QStringLiteral("must be lower-case letters, digits and '-', at most 64"));
        return;
    }
    m_id = id.toString();
}

RecordReader::RecordReader(const QJsonObject &record, const QString &list)
    : m_record(record)
    , m_list(list)
    , m_issues(nullptr)
{
}

RecordReader RecordReader::nested(const QJsonObject &object, const QString &list)
{
    return RecordReader(object, list);
}

bool RecordReader::isValidIdentifier(const QString &id)
{
    // ^[a-z0-9][a-z0-9-]{0,63}$, by hand: every stored car's ids pass here when the stock loads.
    if (id.isEmpty() || id.size() > 64 || id.front() == QLatin1Char('-'))
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-'))
            return false;
    }
    return true;
}

void RecordReader::fail(const QString &field, const QString &problem)
{
    m_ok = false;
    if (m_issues)
        m_issues->append({RecordIssue::Severity::Error, m_list, m_id, field, problem});
}

void RecordReader::warn(const QString &field, const QString &problem)
{
    if (m_issues)
        m_issues->append({RecordIssue::Severity::Warning, m_list, m_id, field, problem});
}

QJsonValue RecordReader::value(const QString &key, bool required)
{
    const QJsonValue v = m_record.value(key);
    if ((v.isUndefined() || v.isNull()) && required)
        fail(key, QStringLiteral("is missing"));
    return v;
}

QString RecordReader::string(const QString &key, bool required, int maxLength)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return {};
    }
    const QString s = v.toString().trimmed();
    if (s.isEmpty() && required)
        fail(key, QStringLiteral("is empty"));
    if (s.size() > maxLength) {
        fail(key, QStringLiteral("is %1 characters long; at most %2").arg(s.size()).arg(maxLength));
        return {};
    }
    return s;
}

QString RecordReader::oneOf(const QString &key, const QStringList &allowed, const QString &fallback)
{
    const QString s = string(key, fallback.isEmpty());
    if (s.isEmpty())
        return fallback;
    if (!allowed.contains(s)) {
        fail(key, QStringLiteral("is \"%1\"; expected one of %2").arg(s, allowed.join(QStringLiteral(", "))));
        return fallback;
    }
    return s;
}

QString RecordReader::identifier(const QString &key, bool required)
{
    const QString s = string(key, required);
    if (!s.isEmpty() && !isValidIdentifier(s))
        fail(key, QStringLiteral("\"%1\" is not a valid id").arg(s));
    return s;
}

QStringList RecordReader::identifiers(const QString &key, bool required)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(key, QStringLiteral("must be a list of ids"));
        return {};
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || !isValidIdentifier(item.toString())) {
            fail(key, QStringLiteral("holds an entry that is not a valid id"));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

double RecordReader::number(const QString &key, double min, double max, bool required, double fallback)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble()) {
        fail(key, QStringLiteral("must be a number"));
        return fallback;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        fail(key, QStringLiteral("is %1; expected %2 to %3").arg(d).arg(min).arg(max));
        return fallback;
    }
    return d;
}

int RecordReader::integer(const QString &key, int min, int max, bool required, int fallback)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d)) {
        fail(key, QStringLiteral("must be a whole number"));
        return fallback;
    }
    if (d < min || d > max) {
        fail(key, QStringLiteral("is %1; expected %2 to %3").arg(d).arg(min).arg(max));
        return fallback;
    }
    return int(d);
}

bool RecordReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = value(key, false);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return fallback;
    }
    return v.toBool();
}

LocalizedText RecordReader::text(const QString &key, bool required, int maxLength)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    LocalizedText t;
    QString problem;
    if (!LocalizedText::fromJson(v, &t, &problem)) {
        fail(key, problem);
        return t;
    }
    for (const QString &language : LocalizedText::languages()) {
        const qsizetype length = t.has(language) ? t.text(language).size() : 0;
        if (length > maxLength) {
            fail(key, QStringLiteral("the %1 text is %2 characters long; at most %3").arg(language).arg(length).arg(maxLength));
            return {};
        }
    }
    return t;
}

QDate RecordReader::date(const QString &key, bool required)
{
    const QString s = string(key, required);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        fail(key, QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(s));
    return d;
}

QDateTime RecordReader::timestamp(const QString &key, bool required)
{
    const QString s = string(key, required);
    if (s.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        fail(key, QStringLiteral("\"%1\" is not an RFC 3339 timestamp").arg(s));
    return t;
}

QJsonObject RecordReader::object(const QString &key, bool required)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(key, QStringLiteral("must be an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray RecordReader::array(const QString &key, bool required)
{
    const QJsonValue v = value(key, required);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(key, QStringLiteral("must be a list"));
        return {};
    }
    return v.toArray();
}

QHash<QString, qint64> RecordReader::prices(const QString &key)
{
    QHash<QString, qint64> out;
    const QJsonObject o = object(key, true);
    for (auto it = o.begin(); it != o.end(); ++it) {
        Money m;
        QString problem;
        if (!Money::fromJson(it.value(), QString(), &m, &problem)) {
            fail(key + QLatin1Char('.') + it.key(), problem);
            continue;
        }
        out.insert(it.key(), m.minor);
    }
    return out;
}
