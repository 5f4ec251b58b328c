// SPDX-License-Identifier: GPL-3.0-or-later
#include "studioevent.h"

#include "booking/slotplanner.h"
#include "common/recordreader.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int s = std::abs(seconds);
    return sign + QStringLiteral("%1:%2").arg(s / 3600, 2, 10, QLatin1Char('0')).arg(s % 3600 / 60, 2, 10, QLatin1Char('0'));
}

QString wallText(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + offsetText(zone.offsetFromUtc(instant));
}

bool isLanguageTag(const QString &tag)
{
    // ISO 639 and an optional script or region: "en", "nb", "zh-Hans", "pt-BR".
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$"));
    return pattern.match(tag).hasMatch();
}

} // namespace

std::optional<WallTime> WallTime::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}:\\d{2}(?::\\d{2})?)(Z|[+-]\\d{2}:\\d{2})?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    WallTime w;
    w.date = QDate::fromString(m.captured(1), Qt::ISODate);
    const QString time = m.captured(2);
    w.time = QTime::fromString(time, time.size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
    const QString offset = m.captured(3);
    if (offset == QLatin1String("Z")) {
        w.offsetSeconds = 0;
    } else if (!offset.isEmpty()) {
        const int hours = offset.mid(1, 2).toInt();
        const int minutes = offset.mid(4, 2).toInt();
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        w.offsetSeconds = (offset.front() == QLatin1Char('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
    }
    if (!w.isValid())
        return std::nullopt;
    return w;
}

const QStringList &StudioEvent::kindNames()
{
    static const QStringList names{QStringLiteral("talk"), QStringLiteral("workshop"), QStringLiteral("drive_day"),
                                   QStringLiteral("launch")};
    return names;
}

QString StudioEvent::kindName(EventKind k)
{
    return kindNames().at(int(k));
}

std::optional<EventKind> StudioEvent::kindFromName(const QString &name)
{
    const qsizetype at = kindNames().indexOf(name);
    if (at < 0)
        return std::nullopt;
    return EventKind(at);
}

std::optional<StudioEvent> StudioEvent::read(const QJsonObject &o, QList<RecordIssue> *issues)
{
    RecordReader r(o, QStringLiteral("events"), issues);
    StudioEvent e;
    e.id = r.id();
    e.kind = kindFromName(r.oneOf(QStringLiteral("kind"), kindNames())).value_or(EventKind::Talk);
    e.studio = r.identifier(QStringLiteral("studio"));
    e.title = r.text(QStringLiteral("title"), true, RecordReader::kMaxText);
    e.description = r.text(QStringLiteral("description"), false, RecordReader::kMaxDescription);
    const auto wall = [&r](const char *key, WallTime *out) {
        const QString text = r.string(QLatin1String(key), true, 40);
        if (text.isEmpty())
            return;
        if (const auto w = WallTime::parse(text))
            *out = *w;
        else
            r.fail(QLatin1String(key),
                   QStringLiteral("\"%1\" is not a date and time like 2026-12-12T18:00 (the studio's local time)").arg(text));
    };
    wall("start", &e.localStart);
    wall("end", &e.localEnd);
    e.capacity = r.integer(QStringLiteral("capacity"), 1, kMaxCapacity);
    e.language = r.string(QStringLiteral("language"), true, 16);
    if (!e.language.isEmpty() && !isLanguageTag(e.language))
        r.fail(QStringLiteral("language"),
               QStringLiteral("\"%1\" is not a language code such as en, nb or zh-Hans").arg(e.language));
    e.signupRequired = r.boolean(QStringLiteral("signup_required"), true);
    e.cancelled = r.boolean(QStringLiteral("cancelled"), false);
    if (o.contains(QStringLiteral("updated")))
        e.updated = r.timestamp(QStringLiteral("updated"), false);

    // A picture is a nicety: a bad one is left out with a warning and the event still shows.
    const QJsonValue picture = o.value(QStringLiteral("picture"));
    if (picture.isString() && !picture.toString().trimmed().isEmpty()) {
        const QString p = picture.toString().trimmed();
        if (p.contains(QLatin1Char(':')) || p.startsWith(QLatin1Char('/'))) {
            const QUrl url(p);
            const QString scheme = url.scheme();
            if (p.size() > RecordReader::kMaxUrl)
                r.warn(QStringLiteral("picture"),
                       QStringLiteral("is %1 characters long; at most %2; left out").arg(p.size()).arg(RecordReader::kMaxUrl));
            else if (!url.isValid()
                     || (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("file")))
                r.warn(QStringLiteral("picture"), QStringLiteral("must be an http, https or file URL; left out"));
            else
                e.pictureUrl = p;
        } else if (RecordReader::isValidIdentifier(p)) {
            e.pictureModel = p;
        } else {
            r.warn(QStringLiteral("picture"), QStringLiteral("is neither a URL nor a model id; left out"));
        }
    } else if (!picture.isUndefined() && !picture.isNull() && !picture.isString()) {
        r.warn(QStringLiteral("picture"), QStringLiteral("must be a URL or a model id; left out"));
    }

    if (e.localStart.isValid() && e.localEnd.isValid() && !e.localStart.offsetSeconds && !e.localEnd.offsetSeconds) {
        const QDateTime from(e.localStart.date, e.localStart.time, Qt::UTC), to(e.localEnd.date, e.localEnd.time, Qt::UTC);
        if (to <= from)
            r.fail(QStringLiteral("end"), QStringLiteral("must be after the start"));
        else if (from.daysTo(to) > kMaxDays)
            r.fail(QStringLiteral("end"), QStringLiteral("is more than %1 days after the start").arg(kMaxDays));
    }
    if (!r.ok())
        return std::nullopt;
    return e;
}

bool StudioEvent::place(const QTimeZone &studioZone, QString *field, QString *problem)
{
    const auto instant = [&](const WallTime &w, const char *key, QDateTime *out) {
        const QList<QDateTime> readings = SlotPlanner::instantsOf(w.date, w.time, studioZone);
        const QString wall = QDateTime(w.date, w.time, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (w.offsetSeconds) {
            for (const QDateTime &r : readings) {
                if (studioZone.offsetFromUtc(r) == *w.offsetSeconds) {
                    *out = r;
                    return true;
                }
            }
            *field = QLatin1String(key);
            *problem = QStringLiteral("%1%2 is not a time in %3, the studio's time studioZone")
                           .arg(wall, offsetText(*w.offsetSeconds), QString::fromUtf8(studioZone.id()));
            return false;
        }
        if (readings.isEmpty()) {
            *field = QLatin1String(key);
            *problem = QStringLiteral("%1 does not exist in %2: the clocks go forward over it")
                           .arg(wall, QString::fromUtf8(studioZone.id()));
            return false;
        }
        *out = readings.first();
        return true;
    };
    QDateTime from, to;
    if (!instant(localStart, "start", &from) || !instant(localEnd, "end", &to))
        return false;
    if (to <= from) {
        *field = QStringLiteral("end");
        *problem = QStringLiteral("must be after the start");
        return false;
    }
    if (from.secsTo(to) > qint64(kMaxDays) * 86400) {
        *field = QStringLiteral("end");
        *problem = QStringLiteral("is more than %1 days after the start").arg(kMaxDays);
        return false;
    }
    start = from.toUTC();
    end = to.toUTC();
    // From now on the wall times carry the offset they have, so toJson() writes what was placed.
    localStart.offsetSeconds = studioZone.offsetFromUtc(start);
    localEnd.offsetSeconds = studioZone.offsetFromUtc(end);
    zone = studioZone;
    return true;
}

void StudioEvent::shiftDays(int days)
{
    localStart.date = localStart.date.addDays(days);
    localEnd.date = localEnd.date.addDays(days);
    // An offset given for the old date may not hold on the new one: the zone decides again.
    localStart.offsetSeconds.reset();
    localEnd.offsetSeconds.reset();
}

QJsonObject StudioEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("studio"), studio},
                  {QStringLiteral("title"), title.toJson()},
                  {QStringLiteral("start"), wallText(start, zone)},
                  {QStringLiteral("end"), wallText(end, zone)},
                  {QStringLiteral("capacity"), capacity},
                  {QStringLiteral("language"), language},
                  {QStringLiteral("signup_required"), signupRequired}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description.toJson());
    if (!pictureUrl.isEmpty() || !pictureModel.isEmpty())
        o.insert(QStringLiteral("picture"), pictureUrl.isEmpty() ? pictureModel : pictureUrl);
    if (cancelled)
        o.insert(QStringLiteral("cancelled"), true);
    if (updated.isValid())
        o.insert(QStringLiteral("updated"), updated.toUTC().toString(Qt::ISODate));
    return o;
}

namespace {

const QStringList &changeNames()
{
    static const QStringList names{QStringLiteral("time"),    QStringLiteral("studio"),   QStringLiteral("cancelled"),
                                   QStringLiteral("removed"), QStringLiteral("restored"), QStringLiteral("capacity"),
                                   QStringLiteral("language")};
    return names;
}

} // namespace

QString EventNotice::changeName(Change c)
{
    return changeNames().at(int(c));
}

std::optional<EventNotice::Change> EventNotice::changeFromName(const QString &name)
{
    const qsizetype at = changeNames().indexOf(name);
    if (at < 0)
        return std::nullopt;
    return Change(at);
}

QJsonObject EventNotice::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("event"), event},
            {QStringLiteral("change"), changeName(change)},
            {QStringLiteral("before"), before},
            {QStringLiteral("after"), after},
            {QStringLiteral("joiners"), joiners},
            {QStringLiteral("noticed"), noticed.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("informed"), informed.isValid() ? informed.toUTC().toString(Qt::ISODate) : QString()}};
}

std::optional<EventNotice> EventNotice::fromJson(const QJsonObject &o)
{
    EventNotice n;
    n.id = o.value(QLatin1String("id")).toInteger();
    n.event = o.value(QLatin1String("event")).toString();
    const auto change = changeFromName(o.value(QLatin1String("change")).toString());
    if (n.id <= 0 || n.event.isEmpty() || !change)
        return std::nullopt;
    n.change = *change;
    n.before = o.value(QLatin1String("before")).toString();
    n.after = o.value(QLatin1String("after")).toString();
    n.joiners = o.value(QLatin1String("joiners")).toInt();
    n.noticed = QDateTime::fromString(o.value(QLatin1String("noticed")).toString(), Qt::ISODate);
    n.informed = QDateTime::fromString(o.value(QLatin1String("informed")).toString(), Qt::ISODate);
    return n;
}
