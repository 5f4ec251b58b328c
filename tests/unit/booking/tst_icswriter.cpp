// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"

#include "booking/icswriter.h"

#include <QMultiMap>
#include <QTest>

/// The calendar entry, read back the way a calendar would: physical lines checked (CRLF, at most
/// 75 octets, no UTF-8 character split), unfolded, split into properties, text unescaped, and the
/// times resolved both with the system's zone and with the file's own VTIMEZONE.
class TestIcsWriter : public QObject
{
    Q_OBJECT

    BookingFixture m_fx;

    struct Property {
        QString name;
        QMap<QString, QString> params;
        QString value;
    };

    struct Component {
        QString kind;
        QList<Property> props;
        QList<Component> children;
        QString value(const QString &name) const
        {
            for (const Property &p : props) {
                if (p.name == name)
                    return p.value;
            }
            return {};
        }
        const Property *property(const QString &name) const
        {
            for (const Property &p : props) {
                if (p.name == name)
                    return &p;
            }
            return nullptr;
        }
        QList<const Component *> all(const QString &kind) const
        {
            QList<const Component *> out;
            for (const Component &c : children) {
                if (c.kind == kind)
                    out << &c;
                out += c.all(kind);
            }
            return out;
        }
    };

    /// Checks the physical form and parses; QVERIFY failures leave `ok` false.
    static Component parse(const QByteArray &ics, bool *ok)
    {
        *ok = false;
        Component root;
        if (!ics.endsWith("\r\n"))
            return root;
        // Physical lines: CRLF only, each at most 75 octets, continuation lines start with a space
        // and never with the middle of a UTF-8 character.
        const QList<QByteArray> physical = ics.chopped(2).split('\n');
        for (const QByteArray &line : physical) {
            if (!line.endsWith('\r') && &line != &physical.last())
                return root;
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            if (content.contains('\r') || content.size() > 75)
                return root;
            if (content.startsWith(' ') && content.size() > 1 && (uchar(content.at(1)) & 0xC0) == 0x80)
                return root;
            if (!content.startsWith(' ') && !content.isEmpty() && (uchar(content.at(0)) & 0xC0) == 0x80)
                return root;
            // Every piece is whole UTF-8 on its own.
            if (QString::fromUtf8(content).toUtf8() != content)
                return root;
        }
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "").replace("\r\n\t", "");
        QList<Component *> stack{&root};
        for (const QByteArray &raw : unfolded.split('\n')) {
            const QString line = QString::fromUtf8(raw.endsWith('\r') ? raw.chopped(1) : raw);
            if (line.isEmpty())
                continue;
            qsizetype colon = -1;
            bool quoted = false;
            for (qsizetype i = 0; i < line.size(); ++i) {
                if (line.at(i) == QLatin1Char('"'))
                    quoted = !quoted;
                else if (line.at(i) == QLatin1Char(':') && !quoted) {
                    colon = i;
                    break;
                }
            }
            if (colon < 0)
                return root;
            Property p;
            const QStringList head = line.left(colon).split(QLatin1Char(';'));
            p.name = head.first().toUpper();
            for (const QString &param : head.mid(1))
                p.params.insert(param.section(QLatin1Char('='), 0, 0).toUpper(), param.section(QLatin1Char('='), 1));
            p.value = line.mid(colon + 1);
            if (p.name == QLatin1String("BEGIN")) {
                stack.last()->children.append(Component{p.value, {}, {}});
                stack.append(&stack.last()->children.last());
            } else if (p.name == QLatin1String("END")) {
                if (stack.size() < 2 || stack.last()->kind != p.value)
                    return root;
                stack.removeLast();
            } else {
                stack.last()->props.append(p);
            }
        }
        *ok = stack.size() == 1;
        return root;
    }

    static QString unescape(const QString &value)
    {
        QString out;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size()) {
                const QChar next = value.at(++i);
                out += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(u'\n') : next;
            } else {
                out += value.at(i);
            }
        }
        return out;
    }

    /// "20261025T023000" as a reading of the clock (held in a UTC QDateTime, whatever this machine's zone).
    static QDateTime wallOf(const QString &text)
    {
        return QDateTime(QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd")),
                         QTime::fromString(text.mid(9, 6), QStringLiteral("HHmmss")), Qt::UTC);
    }

    static int offsetSeconds(const QString &text)
    {
        const int sign = text.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int h = text.mid(1, 2).toInt(), m = text.mid(3, 2).toInt(), s = text.size() > 5 ? text.mid(5, 2).toInt() : 0;
        return sign * (h * 3600 + m * 60 + s);
    }

    /// A local DATE-TIME resolved with the calendar's own VTIMEZONE: the instants whose observance
    /// (the one with the latest onset before them) gives that reading; the first of them.
    static QDateTime resolveWithVtimezone(const Component &tz, const QDateTime &wall)
    {
        struct Observance {
            QDateTime onsetUtc;
            int to;
        };
        QList<Observance> list;
        for (const Component &c : tz.children) {
            const QDateTime onset = wallOf(c.value(QStringLiteral("DTSTART")))
                                        .addSecs(-offsetSeconds(c.value(QStringLiteral("TZOFFSETFROM"))));
            list.append({onset, offsetSeconds(c.value(QStringLiteral("TZOFFSETTO")))});
        }
        std::sort(list.begin(), list.end(), [](const Observance &a, const Observance &b) { return a.onsetUtc < b.onsetUtc; });
        QList<QDateTime> fits;
        const QDateTime asUtc = wall;
        for (const Observance &o : list) {
            const QDateTime candidate = asUtc.addSecs(-o.to);
            const Observance *inForce = nullptr;
            for (const Observance &p : list) {
                if (p.onsetUtc <= candidate)
                    inForce = &p;
            }
            if (inForce && inForce->to == o.to && inForce->onsetUtc == o.onsetUtc)
                fits << candidate;
        }
        std::sort(fits.begin(), fits.end());
        return fits.isEmpty() ? QDateTime() : fits.first();
    }

    /// DTSTART or DTEND as an instant, both ways when it carries a TZID; they must agree.
    static QDateTime instant(const Component &cal, const Component &event, const QString &name, QString *tzid)
    {
        const Property *p = event.property(name);
        if (!p)
            return {};
        if (p->value.endsWith(QLatin1Char('Z'))) {
            tzid->clear();
            return wallOf(p->value.chopped(1));
        }
        *tzid = p->params.value(QStringLiteral("TZID"));
        const QDateTime wall = wallOf(p->value);
        const auto system = SlotPlanner::instantsOf(wall.date(), wall.time(), QTimeZone(tzid->toUtf8()));
        const Component *tz = nullptr;
        for (const Component *c : cal.all(QStringLiteral("VTIMEZONE"))) {
            if (c->value(QStringLiteral("TZID")) == *tzid)
                tz = c;
        }
        if (!tz || system.isEmpty())
            return {};
        const QDateTime own = resolveWithVtimezone(*tz, wall);
        return own == system.first() ? own : QDateTime();
    }

    struct Read {
        Component calendar;
        const Component *event = nullptr;
        QDateTime start, end;
        QString startZone, endZone;
    };

    static bool read(const QByteArray &ics, Read *out)
    {
        bool ok = false;
        out->calendar = parse(ics, &ok);
        if (!ok || out->calendar.children.size() != 1 || out->calendar.children.first().kind != QLatin1String("VCALENDAR"))
            return false;
        const auto events = out->calendar.all(QStringLiteral("VEVENT"));
        if (events.size() != 1)
            return false;
        out->event = events.first();
        out->start = instant(out->calendar, *out->event, QStringLiteral("DTSTART"), &out->startZone);
        out->end = instant(out->calendar, *out->event, QStringLiteral("DTEND"), &out->endZone);
        return out->start.isValid() && out->end.isValid();
    }

    Booking book(const QString &studio, const QString &model, const QDateTime &start)
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        BookingStore::Request r;
        r.target = DriveTarget::fleet(model);
        r.start = start;
        r.contact = BookingFixture::contact(QStringLiteral("Kristoffer Nyhagen"), QStringLiteral("+47 412 87 653"));
        BookingStore::Error error;
        const auto made = store.create(m_fx.studio(studio), r, &error);
        if (!made)
            qWarning("booking failed: %s", qPrintable(error.message));
        return made ? made->booking : Booking();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.prepare());
        QVERIFY(m_fx.open(QStringLiteral("ics")));
        m_fx.setNow(BookingFixture::utc("2026-05-20T09:00:00Z"));
    }

    void cleanupTestCase() { m_fx.close(); }

    void osloSummer()
    {
        const Studio &oslo = m_fx.studio(QStringLiteral("oslo"));
        const Booking b = book(QStringLiteral("oslo"), QStringLiteral("aster-5"),
                               BookingFixture::local(oslo, QDate(2026, 6, 1), QTime(11, 15)));
        QVERIFY(!b.id.isEmpty());
        IcsWriter::Details details;
        details.modelName = QStringLiteral("Aster 5");
        details.stamp = BookingFixture::utc("2026-05-20T09:00:07Z");
        const QByteArray ics = IcsWriter::calendar(b, oslo, details);
        Read r;
        QVERIFY2(read(ics, &r), ics.constData());
        const Component &cal = r.calendar.children.first();
        QCOMPARE(cal.value(QStringLiteral("VERSION")), QStringLiteral("2.0"));
        QVERIFY(!cal.value(QStringLiteral("PRODID")).isEmpty());
        QCOMPARE(r.startZone, QStringLiteral("Europe/Oslo"));
        QCOMPARE(r.event->property(QStringLiteral("DTSTART"))->value, QStringLiteral("20260601T111500"));
        QCOMPARE(r.event->property(QStringLiteral("DTEND"))->value, QStringLiteral("20260601T121500"));
        QCOMPARE(r.start, b.start);
        QCOMPARE(r.end, b.end);
        QCOMPARE(r.event->value(QStringLiteral("UID")), b.id + QStringLiteral("@vitrine.solvik"));
        QCOMPARE(r.event->value(QStringLiteral("DTSTAMP")), QStringLiteral("20260520T090007Z"));
        QCOMPARE(r.event->value(QStringLiteral("SEQUENCE")), QStringLiteral("0"));
        QCOMPARE(unescape(r.event->value(QStringLiteral("SUMMARY"))), QStringLiteral("Test drive: Aster 5"));
        QCOMPARE(unescape(r.event->value(QStringLiteral("LOCATION"))),
                 QStringLiteral("Solvik Studio Oslo, Karl Johans gate 23, 0159 Oslo, Norway"));
        QCOMPARE(r.event->value(QStringLiteral("GEO")), QStringLiteral("59.912700;10.746100"));
        QVERIFY(unescape(r.event->value(QStringLiteral("DESCRIPTION"))).contains(QStringLiteral("Booking code: ") + b.code));
        // Booked is booked for the visitor, before staff confirm it too.
        QCOMPARE(b.state, BookingState::Requested);
        QCOMPARE(r.event->value(QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
        QCOMPARE(r.event->all(QStringLiteral("VALARM")).size(), 1);
        QCOMPARE(r.event->all(QStringLiteral("VALARM")).first()->value(QStringLiteral("TRIGGER")), QStringLiteral("-PT60M"));
        // The zone's description covers the drive: summer time in force, UTC+2.
        const auto daylight = cal.all(QStringLiteral("DAYLIGHT"));
        QVERIFY(!daylight.isEmpty());
        QCOMPARE(daylight.first()->value(QStringLiteral("TZOFFSETTO")), QStringLiteral("+0200"));
        QCOMPARE(daylight.first()->value(QStringLiteral("TZOFFSETFROM")), QStringLiteral("+0100"));
        QVERIFY(daylight.first()->value(QStringLiteral("DTSTART")).endsWith(QLatin1String("T020000")));
        QVERIFY(!cal.all(QStringLiteral("STANDARD")).isEmpty());
        // Nothing of the visitor in a file that ends up in a shared calendar.
        QVERIFY(!ics.contains("Nyhagen"));
        QVERIFY(!ics.contains("41287653"));
    }

    // The calendar entry for a QR code: UTC times, no zone description, still the same instants.
    void compactForAQrCode()
    {
        const Studio &oslo = m_fx.studio(QStringLiteral("oslo"));
        const Booking b = book(QStringLiteral("oslo"), QStringLiteral("aster-5"),
                               BookingFixture::local(oslo, QDate(2026, 6, 2), QTime(12, 30)));
        QVERIFY(!b.id.isEmpty());
        IcsWriter::Details details;
        details.compact = true;
        const QByteArray compact = IcsWriter::calendar(b, oslo, details);
        const QByteArray full = IcsWriter::calendar(b, oslo);
        Read r;
        QVERIFY2(read(compact, &r), compact.constData());
        QVERIFY(r.calendar.children.first().all(QStringLiteral("VTIMEZONE")).isEmpty());
        QCOMPARE(r.event->property(QStringLiteral("DTSTART"))->value, QStringLiteral("20260602T103000Z"));
        QCOMPARE(r.start, b.start);
        QCOMPARE(r.end, b.end);
        QVERIFY(!r.event->value(QStringLiteral("LOCATION")).isEmpty());
        // What the phone's calendar keeps: a booked drive, with the code that moves or cancels it.
        QCOMPARE(r.event->value(QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
        QCOMPARE(unescape(r.event->value(QStringLiteral("DESCRIPTION"))), QStringLiteral("Booking code: ") + b.code);
        QVERIFY2(compact.size() * 2 < full.size(), qPrintable(QStringLiteral("%1 vs %2").arg(compact.size()).arg(full.size())));
        QVERIFY(compact.size() < 500);
    }

    void osloWinterAndPortlandAfterTheChange()
    {
        const Studio &oslo = m_fx.studio(QStringLiteral("oslo"));
        Booking b = book(QStringLiteral("oslo"), QStringLiteral("aster-5"),
                         BookingFixture::local(oslo, QDate(2026, 12, 10), QTime(20, 0)));
        QVERIFY(!b.id.isEmpty());
        Read r;
        QVERIFY(read(IcsWriter::calendar(b, oslo), &r));
        QCOMPARE(r.event->property(QStringLiteral("DTSTART"))->value, QStringLiteral("20261210T200000"));
        QCOMPARE(r.start, BookingFixture::utc("2026-12-10T19:00:00Z"));
        QCOMPARE(r.end, BookingFixture::utc("2026-12-10T20:00:00Z"));

        // Portland on the Sunday the clocks went back: 11:00 PST is 19:00Z.
        const Studio &portland = m_fx.studio(QStringLiteral("portland"));
        b = book(QStringLiteral("portland"), QStringLiteral("aster-7"),
                 BookingFixture::local(portland, QDate(2026, 11, 1), QTime(11, 0)));
        QVERIFY(!b.id.isEmpty());
        const QByteArray ics = IcsWriter::calendar(b, portland);
        QVERIFY2(read(ics, &r), ics.constData());
        QCOMPARE(r.startZone, QStringLiteral("America/Los_Angeles"));
        QCOMPARE(r.event->property(QStringLiteral("DTSTART"))->value, QStringLiteral("20261101T110000"));
        QCOMPARE(r.event->property(QStringLiteral("DTEND"))->value, QStringLiteral("20261101T114500"));
        QCOMPARE(r.start, BookingFixture::utc("2026-11-01T19:00:00Z"));
        QCOMPARE(r.end, BookingFixture::utc("2026-11-01T19:45:00Z"));
        bool sawFallBack = false;
        for (const Component *c : r.calendar.all(QStringLiteral("STANDARD")))
            sawFallBack |= c->value(QStringLiteral("DTSTART")) == QLatin1String("20261101T020000")
                && c->value(QStringLiteral("TZOFFSETFROM")) == QLatin1String("-0700")
                && c->value(QStringLiteral("TZOFFSETTO")) == QLatin1String("-0800");
        QVERIFY2(sawFallBack, ics.constData());
        QVERIFY(unescape(r.event->value(QStringLiteral("LOCATION")))
                    .contains(QLatin1String("1120 NW Couch St, 97209 Portland, United States")));
    }

    void zonesWithoutChanges()
    {
        const Studio &dubai = m_fx.studio(QStringLiteral("dubai"));
        Booking b = book(QStringLiteral("dubai"), QStringLiteral("aster-7"),
                         BookingFixture::local(dubai, QDate(2026, 6, 2), QTime(10, 0)));
        QVERIFY(!b.id.isEmpty());
        const QByteArray ics = IcsWriter::calendar(b, dubai);
        Read r;
        QVERIFY2(read(ics, &r), ics.constData());
        const auto standard = r.calendar.all(QStringLiteral("STANDARD"));
        QCOMPARE(standard.size(), 1);
        QVERIFY(r.calendar.all(QStringLiteral("DAYLIGHT")).isEmpty());
        QCOMPARE(standard.first()->value(QStringLiteral("TZOFFSETTO")), QStringLiteral("+0400"));
        QCOMPARE(r.start, BookingFixture::utc("2026-06-02T06:00:00Z"));
        // "The Dubai Mall" and no postcode: no empty parts or doubled commas.
        QCOMPARE(unescape(r.event->value(QStringLiteral("LOCATION"))),
                 QStringLiteral("Solvik Studio Dubai, Financial Centre Road, The Dubai Mall, Dubai, United Arab Emirates"));
        QVERIFY(r.event->value(QStringLiteral("LOCATION")).contains(QLatin1String("Road\\, The")));

        const Studio &shanghai = m_fx.studio(QStringLiteral("shanghai"));
        b = book(QStringLiteral("shanghai"), QStringLiteral("aster-5"),
                 BookingFixture::local(shanghai, QDate(2026, 6, 2), QTime(21, 0)));
        QVERIFY(!b.id.isEmpty());
        QVERIFY(read(IcsWriter::calendar(b, shanghai), &r));
        QCOMPARE(r.start, BookingFixture::utc("2026-06-02T13:00:00Z"));
        QCOMPARE(r.calendar.all(QStringLiteral("STANDARD")).first()->value(QStringLiteral("TZOFFSETTO")),
                 QStringLiteral("+0800"));
    }

    void driveAcrossTheRepeatedHour()
    {
        // A night drive on 25 October starting 02:30 (first, UTC+2) and ending 02:30 (second, UTC+1):
        // the end's wall reading would mean the start, so it is written in UTC.
        Studio oslo = m_fx.studio(QStringLiteral("oslo"));
        Booking b;
        b.id = QStringLiteral("5b0a2f8e-3c61-4a57-9d7e-1f2a3b4c5d6e");
        b.code = QStringLiteral("K7QD-9MWX");
        b.model = QStringLiteral("aster-5");
        b.start = BookingFixture::utc("2026-10-25T00:30:00Z");
        b.end = BookingFixture::utc("2026-10-25T01:30:00Z");
        b.busyUntil = b.end;
        b.state = BookingState::Confirmed;
        b.revision = 3;
        const QByteArray ics = IcsWriter::calendar(b, oslo);
        Read r;
        QVERIFY2(read(ics, &r), ics.constData());
        QCOMPARE(r.event->property(QStringLiteral("DTSTART"))->value, QStringLiteral("20261025T023000"));
        QCOMPARE(r.startZone, QStringLiteral("Europe/Oslo"));
        QCOMPARE(r.event->property(QStringLiteral("DTEND"))->value, QStringLiteral("20261025T013000Z"));
        QCOMPARE(r.start, b.start);
        QCOMPARE(r.end, b.end);
        QCOMPARE(r.start.secsTo(r.end), 3600);
        QCOMPARE(r.event->value(QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
        QCOMPARE(r.event->value(QStringLiteral("SEQUENCE")), QStringLiteral("2"));

        // Cancelled: the calendar shows it as such, with no reminder.
        b.state = BookingState::Cancelled;
        QVERIFY(read(IcsWriter::calendar(b, oslo), &r));
        QCOMPARE(r.event->value(QStringLiteral("STATUS")), QStringLiteral("CANCELLED"));
        QVERIFY(r.event->all(QStringLiteral("VALARM")).isEmpty());
    }

    void foldingAndEscaping()
    {
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("a\\b;c,d\ne\r\nf")), QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf"));
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("bell\x07")), QStringLiteral("bell"));
        QCOMPARE(IcsWriter::fold(QByteArray(75, 'x')), QByteArray(75, 'x') + "\r\n");
        QCOMPARE(IcsWriter::fold(QByteArray(76, 'x')), QByteArray(75, 'x') + "\r\n x\r\n");
        QCOMPARE(IcsWriter::fold(QByteArray(75 + 74 + 1, 'x')).count("\r\n"), 3);
        // 30 three-octet characters (90 octets): the first line takes 25 of them (75 octets), the
        // next five go on a continuation line, none cut in half.
        const QByteArray wide = QString(30, QChar(0x8F66)).toUtf8();
        const QByteArray folded = IcsWriter::fold(wide);
        QCOMPARE(folded, wide.left(75) + "\r\n " + wide.mid(75) + "\r\n");
        // "ø" (2 octets) straddling octet 75 moves to the next line whole.
        const QByteArray mixed = QByteArray(74, 'a') + QStringLiteral("ø").toUtf8() + "b";
        QCOMPARE(IcsWriter::fold(mixed), QByteArray(74, 'a') + "\r\n " + QStringLiteral("ø").toUtf8() + "b\r\n");

        // A studio whose name and address need escaping and folding, in several scripts.
        Studio s = m_fx.studio(QStringLiteral("shanghai"));
        s.name = QStringLiteral("Solvik Studio 上海; \"静安\", Lillestrøm\\Øst — a very long name indeed");
        s.address.street = QStringLiteral("南京西路1266号, 恒隆广场; Plaza 66");
        Booking b;
        b.id = QStringLiteral("0d4c5e6f-7a8b-4c9d-8e0f-112233445566");
        b.code = QStringLiteral("K7QD-9MWX");
        b.model = QStringLiteral("aster-5");
        b.start = BookingFixture::utc("2026-06-02T02:00:00Z");
        b.end = b.start.addSecs(45 * 60);
        b.busyUntil = b.end;
        IcsWriter::Details details;
        details.modelName = QStringLiteral("Aster 5 «Édition Fjord», 4×4; long-range");
        details.reminderMinutes = 0;
        const QByteArray ics = IcsWriter::calendar(b, s, details);
        Read r;
        QVERIFY2(read(ics, &r), ics.constData());
        QCOMPARE(unescape(r.event->value(QStringLiteral("LOCATION"))), IcsWriter::location(s));
        QVERIFY(IcsWriter::location(s).startsWith(s.name + QStringLiteral(", 南京西路")));
        QCOMPARE(unescape(r.event->value(QStringLiteral("SUMMARY"))), QStringLiteral("Test drive: ") + details.modelName);
        QVERIFY(r.event->all(QStringLiteral("VALARM")).isEmpty());
        QVERIFY(ics.count("\r\n ") >= 2); // it was folded
        QVERIFY(!ics.contains("\n\n"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        QCOMPARE(r.start, b.start);
        const QString description = unescape(r.event->value(QStringLiteral("DESCRIPTION")));
        QCOMPARE(description.count(QLatin1Char('\n')), 3);
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
