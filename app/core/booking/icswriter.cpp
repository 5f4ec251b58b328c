// SPDX-License-Identifier: GPL-3.0-or-later
#include "icswriter.h"

#include "booking/slotplanner.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IcsWriter", text);
}

QByteArray utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray wallClock(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
}

QByteArray utcOffset(int seconds)
{
    const char sign = seconds < 0 ? '-' : '+';
    const int s = std::abs(seconds);
    QByteArray out = sign + QByteArray::number(s / 3600).rightJustified(2, '0')
        + QByteArray::number(s % 3600 / 60).rightJustified(2, '0');
    if (s % 60)
        out += QByteArray::number(s % 60).rightJustified(2, '0');
    return out;
}

bool isUtc(const QTimeZone &zone)
{
    return !zone.isValid() || zone.id() == "UTC" || zone.id() == "Etc/UTC";
}

QString statusOf(BookingState state)
{
    switch (state) {
    // A booked time is the visitor's: staff confirming it later changes nothing for them, and a
    // "tentative" entry in their calendar would make them wonder whether to come.
    case BookingState::Requested:
    case BookingState::Confirmed:
    case BookingState::CheckedIn:
    case BookingState::Completed:
        return QStringLiteral("CONFIRMED");
    case BookingState::NoShow:
    case BookingState::Cancelled:
        return QStringLiteral("CANCELLED");
    }
    return QStringLiteral("TENTATIVE");
}

} // namespace

QString IcsWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue; // CRLF is one line break
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n') || c == QChar(0x2028) || c == QChar(0x2029)) {
            out += QLatin1String("\\n");
        } else if (c.category() == QChar::Other_Control) {
            continue; // RFC 5545 allows no control characters in TEXT
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray IcsWriter::fold(const QByteArray &line)
{
    QByteArray out;
    qsizetype at = 0;
    int limit = 75; // octets on the first line; 74 after the leading space of each continuation
    do {
        qsizetype n = std::min<qsizetype>(limit, line.size() - at);
        // Never between the bytes of one UTF-8 character.
        while (n > 0 && at + n < line.size() && (uchar(line.at(at + n)) & 0xC0) == 0x80)
            --n;
        if (at > 0)
            out += ' ';
        out += line.mid(at, n);
        out += "\r\n";
        at += n;
        limit = 74;
    } while (at < line.size());
    return out;
}

QByteArray IcsWriter::dateTime(const char *name, const QDateTime &instant, const QTimeZone &zone)
{
    if (!isUtc(zone)) {
        const QDateTime local = instant.toTimeZone(zone);
        const QList<QDateTime> readings = SlotPlanner::instantsOf(local.date(), local.time(), zone);
        // A reading in a repeated hour means its first occurrence (RFC 5545 3.3.5); the second
        // one, such as a drive's end just after the clocks went back, is written in UTC.
        if (!readings.isEmpty() && readings.first() == instant)
            return name + QByteArray(";TZID=") + zone.id() + ':' + wallClock(local);
    }
    return name + QByteArray(":") + utcStamp(instant);
}

QByteArray IcsWriter::timezone(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    QByteArray out = fold("BEGIN:VTIMEZONE") + fold("TZID:" + zone.id());
    const QTimeZone::OffsetDataList changes = zone.transitions(from.addYears(-1), to.addYears(1));
    if (changes.isEmpty()) {
        // No change around the drive (Dubai, Shanghai): one observance for all time.
        const int offset = zone.offsetFromUtc(from);
        out += fold("BEGIN:STANDARD") + fold("DTSTART:19700101T000000") + fold("TZOFFSETFROM:" + utcOffset(offset))
            + fold("TZOFFSETTO:" + utcOffset(offset));
        const QString name = zone.abbreviation(from);
        if (!name.isEmpty())
            out += fold("TZNAME:" + escapeText(name).toUtf8());
        out += fold("END:STANDARD");
    } else {
        for (const QTimeZone::OffsetData &change : changes) {
            const char *kind = change.daylightTimeOffset != 0 ? "DAYLIGHT" : "STANDARD";
            const int before = zone.offsetFromUtc(change.atUtc.addSecs(-1));
            // The onset in the local time in force before it (RFC 5545 3.6.5).
            const QDateTime onset = change.atUtc.toUTC().addSecs(before);
            out += fold(QByteArray("BEGIN:") + kind) + fold("DTSTART:" + wallClock(onset))
                + fold("TZOFFSETFROM:" + utcOffset(before)) + fold("TZOFFSETTO:" + utcOffset(change.offsetFromUtc));
            if (!change.abbreviation.isEmpty())
                out += fold("TZNAME:" + escapeText(change.abbreviation).toUtf8());
            out += fold(QByteArray("END:") + kind);
        }
    }
    out += fold("END:VTIMEZONE");
    return out;
}

QString IcsWriter::location(const Studio &studio)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(studio.address.country);
    const QString country = territory == QLocale::AnyTerritory ? studio.address.country : QLocale::territoryToString(territory);
    QStringList parts;
    for (const QString &part :
         {studio.name, studio.address.street,
          QStringList{studio.address.postcode, studio.address.city}.join(QLatin1Char(' ')).trimmed(), country}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(", "));
}

QByteArray IcsWriter::calendar(const Booking &booking, const Studio &studio, const Details &details)
{
    const QTimeZone zone = SlotPlanner::zoneOf(studio);
    const QDateTime stamp = details.stamp.isValid() ? details.stamp : QDateTime::currentDateTimeUtc();
    const QString model = details.modelName.isEmpty() ? booking.model : details.modelName;
    const QString summary = tr("Test drive: %1").arg(model);
    QString description = tr("Booking code: %1").arg(booking.code) + QLatin1Char('\n') + tr("Studio: %1").arg(studio.name);
    if (!studio.phone.isEmpty())
        description += QLatin1Char('\n') + tr("Phone: %1").arg(studio.phone);
    description += QLatin1Char('\n') + tr("To move or cancel the drive, give the studio your booking code.");
    const auto text = [](const char *name, const QString &value) {
        return fold(QByteArray(name) + ':' + escapeText(value).toUtf8());
    };

    QByteArray out = fold("BEGIN:VCALENDAR") + fold("VERSION:2.0") + fold("PRODID:-//Solvik//Vitrine//EN")
        + fold("CALSCALE:GREGORIAN") + fold("METHOD:PUBLISH");
    const QTimeZone eventZone = details.compact ? QTimeZone::utc() : zone;
    if (!isUtc(eventZone))
        out += timezone(eventZone, booking.start, booking.end);
    out += fold("BEGIN:VEVENT");
    out += fold("UID:" + booking.id.toUtf8() + "@vitrine.solvik");
    out += fold("DTSTAMP:" + utcStamp(stamp));
    out += fold("SEQUENCE:" + QByteArray::number(std::max(0, booking.revision - 1)));
    out += fold(dateTime("DTSTART", booking.start, eventZone));
    out += fold(dateTime("DTEND", booking.end, eventZone));
    out += text("SUMMARY", summary);
    out += text("LOCATION", location(studio));
    if (!details.compact && (studio.lat != 0 || studio.lon != 0))
        out += fold("GEO:" + QByteArray::number(studio.lat, 'f', 6) + ';' + QByteArray::number(studio.lon, 'f', 6));
    // The code goes along even in the compact form: it is what moves or cancels the drive.
    out += text("DESCRIPTION", details.compact ? tr("Booking code: %1").arg(booking.code) : description);
    out += fold("STATUS:" + statusOf(booking.state).toLatin1());
    out += fold("TRANSP:OPAQUE");
    if (!details.compact && details.reminderMinutes > 0 && booking.holdsSlot()) {
        out += fold("BEGIN:VALARM") + fold("ACTION:DISPLAY")
            + fold("TRIGGER:-PT" + QByteArray::number(details.reminderMinutes) + 'M') + text("DESCRIPTION", summary)
            + fold("END:VALARM");
    }
    out += fold("END:VEVENT") + fold("END:VCALENDAR");
    return out;
}

QByteArray IcsWriter::calendar(const StudioEvent &event, const Studio &studio, const EventDetails &details)
{
    const QTimeZone zone = details.compact ? QTimeZone::utc() : SlotPlanner::zoneOf(studio);
    const QDateTime stamp = details.stamp.isValid() ? details.stamp : QDateTime::currentDateTimeUtc();
    const QString language = details.language.isEmpty() ? QStringLiteral("en") : details.language;
    const QString summary = event.title.text(language);
    const QString codeLine = details.code.isEmpty() ? QString() : tr("Your code: %1").arg(details.code);
    QStringList description;
    if (!details.compact && !event.description.isEmpty())
        description << event.description.text(language);
    if (!codeLine.isEmpty())
        description << codeLine;
    if (!details.compact) {
        description << tr("Studio: %1").arg(studio.name);
        if (!studio.phone.isEmpty())
            description << tr("Phone: %1").arg(studio.phone);
        if (!details.code.isEmpty())
            description << tr("To give your place back, give the studio your code.");
    }
    const auto text = [](const char *name, const QString &value) {
        return fold(QByteArray(name) + ':' + escapeText(value).toUtf8());
    };

    QByteArray out = fold("BEGIN:VCALENDAR") + fold("VERSION:2.0") + fold("PRODID:-//Solvik//Vitrine//EN")
        + fold("CALSCALE:GREGORIAN") + fold("METHOD:PUBLISH");
    if (!isUtc(zone))
        out += timezone(zone, event.start, event.end);
    out += fold("BEGIN:VEVENT");
    out += fold("UID:event-" + event.id.toUtf8() + "@vitrine.solvik");
    out += fold("DTSTAMP:" + utcStamp(stamp));
    out += fold(dateTime("DTSTART", event.start, zone));
    out += fold(dateTime("DTEND", event.end, zone));
    out += text("SUMMARY", summary);
    out += text("LOCATION", location(studio));
    if (!details.compact && (studio.lat != 0 || studio.lon != 0))
        out += fold("GEO:" + QByteArray::number(studio.lat, 'f', 6) + ';' + QByteArray::number(studio.lon, 'f', 6));
    if (!description.isEmpty())
        out += text("DESCRIPTION", description.join(QLatin1Char('\n')));
    out += fold(event.cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
    out += fold("TRANSP:OPAQUE");
    if (!details.compact && details.reminderMinutes > 0 && !event.cancelled) {
        out += fold("BEGIN:VALARM") + fold("ACTION:DISPLAY")
            + fold("TRIGGER:-PT" + QByteArray::number(details.reminderMinutes) + 'M') + text("DESCRIPTION", summary)
            + fold("END:VALARM");
    }
    out += fold("END:VEVENT") + fold("END:VCALENDAR");
    return out;
}
