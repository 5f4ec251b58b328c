// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/booking.h"
#include "booking/studioevent.h"
#include "catalog/studio.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

/// The calendar entry a visitor takes home for a test drive: an RFC 5545 VCALENDAR with one VEVENT
/// in the studio's time zone (described by a VTIMEZONE built from the zone's own transitions, so a
/// calendar without that zone still places it right), CRLF line ends, lines folded at 75 octets
/// without splitting a UTF-8 character, and text escaped. No personal data: the visitor's name and
/// number stay out of it; the booking code is what the studio needs. Studio events get the same
/// kind of entry, in the visitor's language.
class IcsWriter
{
public:
    struct Details {
        QString modelName;        ///< shown in the summary; the model id when empty
        QDateTime stamp;          ///< DTSTAMP; the current time when invalid
        int reminderMinutes = 60; ///< a display alarm this long before; none when 0 or less
        /// Small enough for a QR code a phone reads from a screen: times in UTC (no VTIMEZONE),
        /// no geo or alarm, and a description with the booking code alone. Still a valid RFC 5545 calendar that places the drive
        /// right.
        bool compact = false;
    };

    static QByteArray calendar(const Booking &booking, const Studio &studio, const Details &details);
    static QByteArray calendar(const Booking &booking, const Studio &studio) { return calendar(booking, studio, Details()); }

    struct EventDetails {
        QString language;         ///< the visitor's, a feed key ("de", "zh-Hans"); English when empty
        QString code;             ///< the visitor's place, when they joined
        QDateTime stamp;          ///< DTSTAMP; the current time when invalid
        int reminderMinutes = 60; ///< as for a drive
        bool compact = false;     ///< as for a drive: UTC times, the code alone as description
    };
    /// The entry of a studio event: one UID per event, so a later copy updates the first.
    static QByteArray calendar(const StudioEvent &event, const Studio &studio, const EventDetails &details);

    /// The studio's address on one line, for LOCATION: "Name, Street, Postcode City, Country".
    static QString location(const Studio &studio);

    /// TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.
    static QString escapeText(const QString &text);
    /// One content line folded at 75 octets (RFC 5545 3.1), each physical line ending in CRLF.
    static QByteArray fold(const QByteArray &line);

    /// A DATE-TIME property for `instant`: with TZID in the zone's local time when that reading
    /// names exactly this instant (the first of a repeated hour does), otherwise in UTC.
    static QByteArray dateTime(const char *name, const QDateTime &instant, const QTimeZone &zone);

    /// The VTIMEZONE for `zone` covering [from, to] (with a year's margin either side).
    static QByteArray timezone(const QTimeZone &zone, const QDateTime &from, const QDateTime &to);
};
