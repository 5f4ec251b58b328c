// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfields.h"

#include <QList>
#include <QTimeZone>

#include <array>

namespace {

constexpr std::array<const char *, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char *, 7> kDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/// A run of ASCII digits as a number: exactly `digits` of them, or 1 to `digits` when `upTo`.
std::optional<int> number(QByteArrayView text, qsizetype digits, bool upTo = false)
{
    if (text.isEmpty() || text.size() > digits || (!upTo && text.size() != digits))
        return std::nullopt;
    int n = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

std::optional<int> month(QByteArrayView name)
{
    for (size_t i = 0; i < kMonths.size(); ++i) {
        if (name == QByteArrayView(kMonths[i]))
            return int(i) + 1;
    }
    return std::nullopt;
}

/// "08:49:37"
std::optional<QTime> timeOf(QByteArrayView text)
{
    if (text.size() != 8 || text[2] != ':' || text[5] != ':')
        return std::nullopt;
    const auto h = number(text.sliced(0, 2), 2), m = number(text.sliced(3, 2), 2), s = number(text.sliced(6, 2), 2);
    if (!h || !m || !s || *h > 23 || *m > 59 || *s > 60)
        return std::nullopt;
    return QTime(*h, *m, qMin(*s, 59)); // a leap second is the last second of its minute
}

std::optional<QDateTime> at(int year, int mon, int day, const std::optional<QTime> &time)
{
    const QDate date(year, mon, day);
    if (!date.isValid() || !time)
        return std::nullopt;
    return QDateTime(date, *time, Qt::UTC);
}

QList<QByteArrayView> fields(QByteArrayView text, char separator)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            if (i > start)
                out << text.sliced(start, i - start);
            start = i + 1;
        }
    }
    return out;
}

} // namespace

std::optional<QDateTime> HttpFields::parseDate(QByteArrayView text)
{
    text = text.trimmed();
    if (text.size() > 64)
        return std::nullopt;
    const QList<QByteArrayView> parts = fields(text, ' ');
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    if (parts.size() == 6 && parts[0].size() == 4 && parts[0].endsWith(',') && parts[5] == "GMT") {
        const auto day = number(parts[1], 2);
        const auto mon = month(parts[2]);
        const auto year = number(parts[3], 4);
        if (day && mon && year)
            return at(*year, *mon, *day, timeOf(parts[4]));
        return std::nullopt;
    }
    // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"; a two-digit year more than 50 years ahead is
    // in the past (RFC 9110, 5.6.7).
    if (parts.size() == 4 && parts[0].endsWith(',') && parts[3] == "GMT") {
        const QList<QByteArrayView> d = fields(parts[1], '-');
        if (d.size() != 3)
            return std::nullopt;
        const auto day = number(d[0], 2);
        const auto mon = month(d[1]);
        const auto yy = number(d[2], 2);
        if (!day || !mon || !yy)
            return std::nullopt;
        const int thisYear = QDate::currentDate().year();
        int year = thisYear / 100 * 100 + *yy;
        if (year > thisYear + 50)
            year -= 100;
        return at(year, *mon, *day, timeOf(parts[2]));
    }
    // asctime: "Sun Nov  6 08:49:37 1994"
    if (parts.size() == 5) {
        bool weekday = false;
        for (const char *d : kDays)
            weekday = weekday || parts[0] == QByteArrayView(d);
        const auto mon = month(parts[1]);
        const auto day = number(parts[2], 2, true);
        const auto year = number(parts[4], 4);
        if (weekday && mon && day && year)
            return at(*year, *mon, *day, timeOf(parts[3]));
    }
    return std::nullopt;
}

QByteArray HttpFields::formatDate(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    return QByteArray(kDays[size_t(utc.date().dayOfWeek() - 1)]) + ", "
        + QByteArray::number(utc.date().day()).rightJustified(2, '0') + ' ' + kMonths[size_t(utc.date().month() - 1)] + ' '
        + QByteArray::number(utc.date().year()).rightJustified(4, '0') + ' ' + utc.time().toString(u"HH:mm:ss").toLatin1()
        + " GMT";
}

std::optional<QDateTime> HttpFields::parseRetryAfter(QByteArrayView text, const QDateTime &now)
{
    text = text.trimmed();
    // delta-seconds: digits only; more than nine of them would be decades.
    if (const auto seconds = number(text, 9, true))
        return now.addSecs(*seconds);
    return parseDate(text);
}

std::optional<HttpFields::ContentRange> HttpFields::parseContentRange(QByteArrayView text)
{
    text = text.trimmed();
    if (!text.startsWith("bytes "))
        return std::nullopt;
    text = text.sliced(6).trimmed();
    const qsizetype dash = text.indexOf('-');
    const qsizetype slash = text.indexOf('/');
    if (dash <= 0 || slash <= dash + 1)
        return std::nullopt;
    const auto whole = [](QByteArrayView digits) -> std::optional<qint64> {
        if (digits.isEmpty() || digits.size() > 15)
            return std::nullopt;
        qint64 n = 0;
        for (const char c : digits) {
            if (c < '0' || c > '9')
                return std::nullopt;
            n = n * 10 + (c - '0');
        }
        return n;
    };
    const auto first = whole(text.sliced(0, dash));
    const auto last = whole(text.sliced(dash + 1, slash - dash - 1));
    const QByteArrayView total = text.sliced(slash + 1);
    if (!first || !last || *last < *first)
        return std::nullopt;
    ContentRange r{*first, *last, -1};
    if (total != "*") {
        const auto complete = whole(total);
        if (!complete || *complete <= *last)
            return std::nullopt;
        r.complete = *complete;
    }
    return r;
}

bool HttpFields::isStrongEtag(QByteArrayView etag)
{
    return etag.size() >= 2 && etag.front() == '"' && etag.back() == '"';
}
