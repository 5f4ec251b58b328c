// SPDX-License-Identifier: GPL-3.0-or-later
#include "booking/bookingrows.h"
#include "common/bidi.h"
#include "driveagenda.h"
#include "drivebooking.h"
#include "inventory/inventoryservice.h"
#include "kiosk/staffpin.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "staffmode.h"
#include "storage/database.h"

#include "storage/outbox.h"
#include "uilanguage.h"
#include "uiprobe.h"
#include <QFont>

#include <QApplication>
#include <QFont>

#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Booking a test drive in the real window, end to end: model, studio, day, time, the form with
/// bad input in every field, consent, the confirmation with its code — then cancelling with the
/// code, and the idle wipe forgetting the visitor. Screenshots in English and French.
class TestTestDrive : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    DriveBooking *drive() const { return m_kiosk->driveBooking(); }
    DriveAgenda *agenda() const { return m_kiosk->driveAgenda(); }

    // The row of a booking in the staff agenda, once the agenda has read it; -1 if it never does.
    int agendaRow(const QString &code)
    {
        agenda()->refresh();
        for (int wait = 0; wait < 100; ++wait) {
            QTest::qWait(50);
            const auto &rows = agenda()->driveRows();
            for (int i = 0; i < rows.size(); ++i) {
                if (rows.at(i).code == code)
                    return i;
            }
        }
        return -1;
    }

    void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_kiosk->window(), c.toLatin1());
    }

    void shoot(UiProbe &ui, const QString &name, const QString &lang)
    {
        QVERIFY(ui.waitSettled());
        QTest::qWait(300);
        ui.shoot(QStringLiteral("test-drive/%1-%2").arg(name, lang));
    }

    bool fill(UiProbe &ui, const QString &field, const QString &text)
    {
        QQuickItem *input = ui.find(field + QStringLiteral("-input"));
        if (!input || !ui.tap(input))
            return false;
        input->setProperty("text", QString());
        type(text);
        return input->property("text").toString() == text;
    }

    QString fieldError(UiProbe &ui, const QString &field) const
    {
        QQuickItem *f = ui.find(field);
        return f ? f->property("error").toString() : QStringLiteral("<no field>");
    }

    // The step the indicator marks as the current one, or -1.
    int markedStep(UiProbe &ui) const
    {
        for (int i = 0; i < 4; ++i) {
            QQuickItem *step = ui.find(QStringLiteral("drive-step-%1").arg(i));
            if (step && step->property("current").toBool())
                return i;
        }
        return -1;
    }

    // Books a drive the way the page does, for staff to work on; its code.
    QString bookForStaff(const QString &name, const QString &email)
    {
        drive()->chooseModel(QStringLiteral("aster-5"));
        if (!QTest::qWaitFor([&] { return !drive()->dayRows().isEmpty(); }))
            return QString();
        QString day;
        for (const DriveBooking::DayRow &d : drive()->dayRows()) {
            if (day.isEmpty() && d.free > 1)
                day = d.date;
        }
        drive()->chooseDay(day);
        if (!QTest::qWaitFor([&] { return !drive()->timeRows().isEmpty(); }))
            return QString();
        for (const DriveBooking::TimeRow &t : drive()->timeRows()) {
            if (t.free) {
                drive()->chooseTime(t.start);
                break;
            }
        }
        drive()->chooseChannel(QStringLiteral("email"));
        QSignalSpy submitted(drive(), &DriveBooking::submitted);
        drive()->submit(name, email, true, false);
        if (!submitted.wait() || !submitted.first().first().toBool())
            return QString();
        const QString code = drive()->confirmation().code;
        wipeVisit(m_kiosk.get());
        return code;
    }

    // Taps the first day with free times and its first free time; the chosen start.
private slots:
    void initTestCase()
    {
        {
            QVERIFY(Database::open(m_dir.filePath(QStringLiteral("drive.sqlite")), QStringLiteral("setup")).ok());
            QVERIFY(StaffPin(QSqlDatabase::database(QStringLiteral("setup"))).set(QStringLiteral("4711")));
        }
        Database::close(QStringLiteral("setup"));
        QString error;
        m_kiosk = startKiosk(m_dir.filePath(QStringLiteral("drive.sqlite")), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
    }
    void cleanupTestCase() { m_kiosk.reset(); }
    void init()
    {
        wipeVisit(m_kiosk.get());
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(ui.find(QStringLiteral("action-book")) != nullptr);
        QVERIFY(ui.waitSettled());
    }

    void bookADrive_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("phone");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("412 34 567");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("+47 912 34 567");
    }

    void bookADrive()
    {
        QFETCH(QString, lang);
        QFETCH(QString, phone);
        UiProbe ui(m_kiosk->window());
        QVERIFY(m_kiosk->language()->setCode(lang));
        QVERIFY(ui.tap(QStringLiteral("action-book")));
        QVERIFY(!drive()->modelRows().isEmpty());
        const QString model = QStringLiteral("aster-5");
        QTRY_VERIFY(ui.find(QStringLiteral("drive-model-") + model) != nullptr);
        QCOMPARE(markedStep(ui), 0);
        shoot(ui, QStringLiteral("1-car"), lang);

        // The studio: this one first, then the others with the car, nearest first.
        QVERIFY(ui.tap(QStringLiteral("drive-model-") + model));
        QTRY_VERIFY(ui.find(QStringLiteral("drive-studio-oslo")) != nullptr);
        // The step's question stands above the studios (it never showed as the list's header).
        QVERIFY(ui.find(QStringLiteral("drive-studio-question")));
        QVERIFY(!ui.find(QStringLiteral("drive-studio-question"))->property("text").toString().isEmpty());
        QCOMPARE(drive()->studioRows().first().id, QStringLiteral("oslo"));
        QCOMPARE(markedStep(ui), 1);
        shoot(ui, QStringLiteral("2-studio"), lang);
        QVERIFY(ui.tap(QStringLiteral("drive-studio-oslo")));
        QTRY_VERIFY(ui.find(QStringLiteral("days")) != nullptr);
        QTRY_COMPARE(drive()->dayRows().size(), 14);
        QCOMPARE(markedStep(ui), 2);
        // The chosen studio stays in view from here on.
        QVERIFY(ui.find(QStringLiteral("drive-studio")));
        QVERIFY(ui.find(QStringLiteral("drive-studio"))->property("text").toString().contains(drive()->studioName()));

        // A day, then a free time.
        const QString start = pickFirstFreeTime(ui, drive());
        QVERIFY(!start.isEmpty());
        QTRY_VERIFY(ui.find(QStringLiteral("name-input")) != nullptr);
        QCOMPARE(drive()->start(), start);
        QVERIFY(!drive()->when().isEmpty());
        QCOMPARE(ui.find(QStringLiteral("drive-when"))->property("text").toString(), drive()->when());
        QCOMPARE(markedStep(ui), 3);
        QVERIFY(ui.find(QStringLiteral("drive-studio")));
        // The steps done are ticked with a drawn tick, as tall as the words' capitals and standing
        // on their line in every language (the fonts' "✓" stood small and low in Chinese).
        for (int i = 0; i < 4; ++i) {
            QQuickItem *tick = ui.find(QStringLiteral("drive-step-%1-tick").arg(i));
            QQuickItem *label = ui.find(QStringLiteral("drive-step-%1-label").arg(i));
            QVERIFY(label);
            QVERIFY2(!label->property("text").toString().contains(QChar(0x2713)), qPrintable(label->property("text").toString()));
            QCOMPARE(tick != nullptr, i < 3); // only a visible one is found
            if (!tick)
                continue;
            const qreal size = label->property("font").value<QFont>().pixelSize();
            QVERIFY2(tick->height() >= 0.6 * size && tick->height() <= size, qPrintable(QString::number(tick->height())));
            // Its lowest stroke on the words' baseline, as a letter's (centred on the line, it stood low).
            const qreal tickFoot = tick->mapToScene({0, tick->baselineOffset()}).y();
            const qreal baseline = label->mapToScene({0, label->baselineOffset()}).y();
            QVERIFY2(qAbs(tickFoot - baseline) <= 1, qPrintable(QStringLiteral("%1 %2").arg(tickFoot).arg(baseline)));
            QVERIFY(tick->baselineOffset() > 0.8 * tick->height() && tick->baselineOffset() <= tick->height());
        }

        // Nothing filled in: every field says what it needs, nothing is booked.
        QVERIFY(ui.tap(QStringLiteral("book")));
        QTRY_VERIFY(!fieldError(ui, QStringLiteral("name")).isEmpty());
        QVERIFY(!fieldError(ui, QStringLiteral("contact")).isEmpty());
        QVERIFY(!ui.find(QStringLiteral("privacy"))->property("error").toString().isEmpty());
        QVERIFY(!drive()->confirmation().valid);
        // Marketing consent is a separate box, unticked.
        QVERIFY(!ui.find(QStringLiteral("marketing"))->property("checked").toBool());
        shoot(ui, QStringLiteral("4-form-problems"), lang);

        // Bad input in every field.
        QVERIFY(fill(ui, QStringLiteral("name"), QStringLiteral("12345")));
        // A French mobile number without its +33: not a number of the studio's country, which the
        // message names in the visitor's language.
        QVERIFY(fill(ui, QStringLiteral("contact"), QStringLiteral("06 12 34 56 78")));
        // The keyboard is open over the form, and the field typed into stays above it.
        QTRY_VERIFY(ui.find(QStringLiteral("keyboard")) != nullptr);
        QQuickItem *keyboard = ui.find(QStringLiteral("keyboard"));
        QQuickItem *contact = ui.find(QStringLiteral("contact-input"));
        QTRY_VERIFY(contact->mapToScene(QPointF(0, contact->height())).y() <= keyboard->mapToScene(QPointF(0, 0)).y() + 1);
        shoot(ui, QStringLiteral("keyboard-form"), lang);
        // "+" for a country code is one tap away while the phone keyboard is open (the dial pad
        // has it only behind a long press on "*").
        QVERIFY(ui.find(QStringLiteral("keyboard")));
        QCOMPARE(ui.find(QStringLiteral("contact-key-0"))->property("text").toString(), QStringLiteral("+"));
        {
            const QString typed = contact->property("text").toString();
            QVERIFY(ui.tap(QStringLiteral("contact-key-0")));
            QTRY_COMPARE(contact->property("text").toString(), typed + QLatin1Char('+'));
            QVERIFY(contact->hasActiveFocus()); // the keyboard stays
            QVERIFY(ui.find(QStringLiteral("keyboard")));
            contact->setProperty("text", typed);
        }
        // On the e-mail keyboard "@" is one tap away too (the letters have it only on a second page).
        drive()->chooseChannel(QStringLiteral("email"));
        QVERIFY(ui.tap(contact));
        QTRY_COMPARE(ui.find(QStringLiteral("contact-key-0"))->property("text").toString(), QStringLiteral("@"));
        {
            const QString typed = contact->property("text").toString();
            QVERIFY(ui.tap(QStringLiteral("contact-key-0")));
            QTRY_COMPARE(contact->property("text").toString(), typed + QLatin1Char('@'));
            QVERIFY(contact->hasActiveFocus());
            contact->setProperty("text", typed);
        }
        shoot(ui, QStringLiteral("keyboard-email"), lang);
        drive()->chooseChannel(QStringLiteral("phone"));
        QVERIFY(ui.tap(contact));
        QVERIFY(ui.tap(QStringLiteral("book")));
        QTRY_VERIFY(!fieldError(ui, QStringLiteral("name")).isEmpty());
        QVERIFY2(fieldError(ui, QStringLiteral("contact"))
                     .contains(lang == QLatin1String("fr") ? QStringLiteral("Norvège") : QStringLiteral("Norway")),
                 qPrintable(fieldError(ui, QStringLiteral("contact"))));
        QVERIFY(!drive()->confirmation().valid);

        // Right this time; a field's problem goes as soon as it is changed.
        QVERIFY(fill(ui, QStringLiteral("name"), QStringLiteral("Ingrid Berg")));
        QVERIFY(fieldError(ui, QStringLiteral("name")).isEmpty());
        QVERIFY(!fieldError(ui, QStringLiteral("contact")).isEmpty());
        QVERIFY(!drive()->message().isEmpty());
        QVERIFY(fill(ui, QStringLiteral("contact"), phone));
        QVERIFY(fieldError(ui, QStringLiteral("contact")).isEmpty());
        QVERIFY(ui.tap(QStringLiteral("privacy")));
        QVERIFY(ui.find(QStringLiteral("privacy"))->property("checked").toBool());
        // Every cause mended: the form's message has gone with the last of them.
        QTRY_VERIFY(drive()->message().isEmpty());
        shoot(ui, QStringLiteral("3-form"), lang);
        QVERIFY(ui.tap(QStringLiteral("book")));
        QTRY_VERIFY(ui.find(QStringLiteral("booking-code")) != nullptr);
        const QString code = drive()->confirmation().code;
        QVERIFY(!code.isEmpty());
        QVERIFY(ui.find(QStringLiteral("booking-code"))->property("text").toString().contains(code));
        QVERIFY(drive()->confirmation().calendarQr.contains(QLatin1String("BEGIN%3AVCALENDAR")));
        shoot(ui, QStringLiteral("5-done"), lang);
        // The visitor switches language on the confirmation: its date and time follow. It stayed
        // in the booking's language ("Saturday, 5 December 2026" on the Arabic page).
        {
            const QString when = drive()->confirmation().when;
            QVERIFY(m_kiosk->language()->setCode(QStringLiteral("de")));
            QTRY_VERIFY(drive()->confirmation().when != when);
            const QLocale german(QLocale::German, QLocale::Germany);
            bool germanMonth = false;
            for (int month = 1; month <= 12; ++month)
                germanMonth = germanMonth || drive()->confirmation().when.contains(german.monthName(month));
            QVERIFY2(germanMonth, qPrintable(drive()->confirmation().when));
            QCOMPARE(drive()->confirmation().code, code);
            QVERIFY(ui.find(QStringLiteral("drive-done")) != nullptr);
            QVERIFY(m_kiosk->language()->setCode(lang));
            QTRY_COMPARE(drive()->confirmation().when, when);
        }

        // The drive is in the studio's agenda with the visitor's normalised number.
        const int listed = agendaRow(code);
        QVERIFY(listed >= 0);
        // Written for reading out, in Norway's own grouping — not as the stored "+4741234567".
        const QString who = agenda()->driveRows().at(listed).who;
        QVERIFY2(who.contains(lang == QLatin1String("fr") ? QLatin1String("912 34 567") : QLatin1String("412 34 567")),
                 qPrintable(who));
        QVERIFY2(!who.contains(QLatin1String("+47")), qPrintable(who));

        // Done goes home, and the visitor's drive is forgotten on screen.
        QVERIFY(ui.tap(QStringLiteral("drive-done")));
        QTRY_VERIFY(ui.find(QStringLiteral("action-book")) != nullptr);
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!drive()->confirmation().valid);
        QVERIFY(drive()->model().isEmpty());
        QVERIFY(drive()->start().isEmpty());

        // The visitor cancels with the code.
        QVERIFY(ui.tap(QStringLiteral("action-book")));
        QTRY_VERIFY(ui.find(QStringLiteral("cancel-code-input")) != nullptr);
        QVERIFY(fill(ui, QStringLiteral("cancel-code"), QStringLiteral("ZZZZ-ZZZZ")));
        QVERIFY(ui.tap(QStringLiteral("cancel-drive")));
        QVERIFY(ui.tap(QStringLiteral("cancel-drive-confirm")));
        QTRY_VERIFY(!fieldError(ui, QStringLiteral("cancel-code")).isEmpty());
        QVERIFY(fill(ui, QStringLiteral("cancel-code"), code.toLower()));
        // Asked first: keeping it keeps the drive.
        QVERIFY(ui.tap(QStringLiteral("cancel-drive")));
        QTRY_VERIFY(ui.find(QStringLiteral("cancel-drive-confirm")) != nullptr);
        shoot(ui, QStringLiteral("6-cancel-asks"), lang);
        QVERIFY(ui.tap(QStringLiteral("cancel-drive-keep")));
        QTRY_VERIFY(ui.find(QStringLiteral("cancel-drive")) != nullptr);
        QVERIFY(!ui.find(QStringLiteral("cancel-drive-confirm")));
        {
            const int kept = agendaRow(code);
            QVERIFY(kept >= 0);
            QVERIFY(!agenda()->driveRows().at(kept).actions.isEmpty());
        }
        QVERIFY(ui.tap(QStringLiteral("cancel-drive")));
        QVERIFY(ui.tap(QStringLiteral("cancel-drive-confirm")));
        QTRY_VERIFY(fieldError(ui, QStringLiteral("cancel-code")).isEmpty()
                    && !ui.find(QStringLiteral("cancel-code"))->property("hint").toString().isEmpty());
        shoot(ui, QStringLiteral("6-cancelled"), lang);
        const int cancelled = agendaRow(code);
        QVERIFY(cancelled >= 0);
        QVERIFY(agenda()->driveRows().at(cancelled).actions.isEmpty());
    }

    // Staff see the studio's drives and move them on: confirm, move to a free time, check in.
    void staffAgenda()
    {
        UiProbe ui(m_kiosk->window());
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        // A visitor books through the page's own path.
        drive()->chooseModel(QStringLiteral("aster-5"));
        QCOMPARE(drive()->studio(), QStringLiteral("oslo"));
        QTRY_VERIFY(!drive()->dayRows().isEmpty());
        QString day;
        for (const DriveBooking::DayRow &d : drive()->dayRows()) {
            if (day.isEmpty() && d.free > 1)
                day = d.date;
        }
        QVERIFY(!day.isEmpty());
        drive()->chooseDay(day);
        QTRY_VERIFY(!drive()->timeRows().isEmpty());
        drive()->chooseTime(drive()->timeRows().first().start);
        drive()->chooseChannel(QStringLiteral("email"));
        QSignalSpy submitted(drive(), &DriveBooking::submitted);
        drive()->submit(QStringLiteral("Ola Nordmann"), QStringLiteral("ola@example.no"), true, false);
        QVERIFY(submitted.wait());
        QVERIFY(submitted.first().first().toBool());
        const QString code = drive()->confirmation().code;
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!drive()->confirmation().valid);

        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("staff")),
                                  Q_ARG(QVariant, QVariantMap()));
        int row = -1;
        const auto findRow = [&] {
            const auto &rows = agenda()->driveRows();
            for (int i = 0; i < rows.size(); ++i) {
                if (rows.at(i).code == code)
                    return i;
            }
            return -1;
        };
        QTRY_VERIFY(findRow() >= 0);
        row = findRow();
        QVERIFY(row >= 0);
        QTRY_VERIFY(ui.find(QStringLiteral("agenda-%1-confirm").arg(row)) != nullptr);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("test-drive/staff-agenda-en"));
        QVERIFY(agenda()->driveRows().at(row).hubRefusal.isEmpty());

        // The studio hub refused it (its slot was given to a booking it held): staff read so on
        // the drive, in their language, until a later change of it reaches the hub.
        {
            QVERIFY(Database::open(m_dir.filePath(QStringLiteral("drive.sqlite")), QStringLiteral("hub-refusal")).ok());
            Outbox outbox(QSqlDatabase::database(QStringLiteral("hub-refusal")));
            const QString record = BookingRows::outboxRecord(agenda()->driveRows().at(row).id);
            bool refused = false;
            for (const Outbox::Item &item : outbox.items(Outbox::State::Pending, 500).value_or(QList<Outbox::Item>())) {
                if (item.record == record && !refused)
                    refused = outbox.deadLetter(item.id, QStringLiteral("slot taken at the hub"),
                                                QDateTime::currentDateTimeUtc());
            }
            QVERIFY(refused);
        }
        Database::close(QStringLiteral("hub-refusal"));
        agenda()->refresh();
        QTRY_VERIFY(findRow() >= 0 && agenda()->driveRows().at(findRow()).hubRefusal.contains(QLatin1String("another booking")));
        row = findRow();
        QTRY_VERIFY(ui.find(QStringLiteral("agenda-%1-hub").arg(row))
                    && ui.find(QStringLiteral("agenda-%1-hub").arg(row))->isVisible());
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("test-drive/staff-agenda-hub-refused-en"));
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("de")));
        QTRY_VERIFY(findRow() >= 0 && agenda()->driveRows().at(findRow()).hubRefusal.contains(QLatin1String("andere Buchung")));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("test-drive/staff-agenda-hub-refused-de"));
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        QTRY_VERIFY(findRow() >= 0 && agenda()->driveRows().at(findRow()).hubRefusal.contains(QLatin1String("another booking")));
        row = findRow();
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-confirm").arg(row)));
        QTRY_VERIFY(findRow() >= 0 && agenda()->driveRows().at(findRow()).state == QLatin1String("Confirmed"));

        // Moved to another free time: the old one frees up, the new one is taken.
        row = findRow();
        const QString before = agenda()->driveRows().at(row).when;
        // On the expert's tablet: a strip of days and that day's free times, all on the screen.
        const QSize size = m_kiosk->window()->size();
        m_kiosk->window()->resize(1280, 800);
        QTRY_VERIFY(ui.find(QStringLiteral("agenda-%1-reschedule").arg(row)) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-reschedule").arg(row)));
        QTRY_VERIFY(ui.find(QStringLiteral("move-to-0")) != nullptr);
        QCOMPARE(agenda()->moveDayRows().size(), qsizetype(DriveBooking::kDaysShown));
        QVERIFY(!agenda()->moveDay().isEmpty());
        // The times of one day only: not a wall of every time of two days.
        const QTimeZone oslo("Europe/Oslo");
        for (const DriveAgenda::MoveRow &t : agenda()->moveTimeRows())
            QCOMPARE(QDateTime::fromString(t.start, Qt::ISODate).toTimeZone(oslo).date(),
                     QDate::fromString(agenda()->moveDay(), Qt::ISODate));
        QQuickItem *panel = ui.find(QStringLiteral("move-panel"));
        QVERIFY(panel);
        const QRectF shown = panel->mapRectToScene(QRectF(0, 0, panel->width(), panel->height()));
        QVERIFY2(QRectF(0, 0, 1280, 800).contains(shown),
                 qPrintable(QStringLiteral("%1,%2 %3x%4").arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(shown.height())));
        for (const QString &name : {QStringLiteral("move-day-0"), QStringLiteral("move-to-0"), QStringLiteral("move-cancel")}) {
            QQuickItem *item = ui.find(name);
            QVERIFY2(item, qPrintable(name));
            QVERIFY2(shown.contains(item->mapRectToScene(QRectF(0, 0, item->width(), item->height()))), qPrintable(name));
        }
        QVERIFY(ui.waitSettled());
        QTest::qWait(300);
        ui.shoot(QStringLiteral("test-drive/staff-move-tablet-en"));
        // What is being moved follows the language.
        const QString english = ui.find(QStringLiteral("move-what"))->property("text").toString();
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("de")));
        QTRY_VERIFY(ui.find(QStringLiteral("move-what"))->property("text").toString() != english);
        QTRY_COMPARE(ui.find(QStringLiteral("move-what"))->property("text").toString(),
                     Bidi::isolate(agenda()->driveRows().at(findRow()).model) + QStringLiteral(" · ")
                         + agenda()->driveRows().at(findRow()).when);
        QTRY_VERIFY(!agenda()->moveDayRows().isEmpty());
        ui.shoot(QStringLiteral("test-drive/staff-move-tablet-de"));
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        QTRY_COMPARE(ui.find(QStringLiteral("move-what"))->property("text").toString(), english);
        // Another day with free times: its times replace the first day's.
        const QString firstDay = agenda()->moveDay();
        int other = -1;
        for (int i = 0; i < agenda()->moveDayRows().size() && other < 0; ++i) {
            const DriveAgenda::MoveDayRow &d = agenda()->moveDayRows().at(i);
            if (d.free > 0 && d.date != firstDay)
                other = i;
        }
        QVERIFY(other >= 0);
        QMetaObject::invokeMethod(ui.find(QStringLiteral("move-days")), "positionViewAtIndex", Q_ARG(int, other), Q_ARG(int, 4));
        QVERIFY(ui.tap(QStringLiteral("move-day-%1").arg(other)));
        QTRY_COMPARE(agenda()->moveDay(), agenda()->moveDayRows().at(other).date);
        QTRY_COMPARE(agenda()->moveTimeRows().size(), qsizetype(agenda()->moveDayRows().at(other).free));
        QVERIFY(ui.tap(QStringLiteral("move-to-0")));
        QTRY_VERIFY(findRow() >= 0 && agenda()->driveRows().at(findRow()).when != before);
        QTRY_VERIFY(!ui.find(QStringLiteral("move-dialog")));
        m_kiosk->window()->resize(size);
        // A no-show cannot be marked before the drive has begun.
        row = findRow();
        QTRY_VERIFY(ui.find(QStringLiteral("agenda-%1-no-show").arg(row)) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-no-show").arg(row)));
        QTRY_VERIFY(ui.find(QStringLiteral("agenda-message")) != nullptr
                    && !ui.find(QStringLiteral("agenda-message"))->property("text").toString().isEmpty());
        row = findRow();
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-check-in").arg(row)));
        QTRY_VERIFY(findRow() >= 0 && agenda()->driveRows().at(findRow()).state == QLatin1String("Checked in"));
        m_kiosk->staff()->lock();
    }

    // A staff cancel asks first: keeping the drive keeps it, confirming cancels it.
    void staffCancelAsksFirst()
    {
        UiProbe ui(m_kiosk->window());
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        const QString code = bookForStaff(QStringLiteral("Kari Nordmann"), QStringLiteral("kari@example.no"));
        QVERIFY(!code.isEmpty());
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("staff")),
                                  Q_ARG(QVariant, QVariantMap()));
        const int row = agendaRow(code);
        QVERIFY(row >= 0);
        QTRY_VERIFY(ui.find(QStringLiteral("agenda-%1-cancel").arg(row)) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-cancel").arg(row)));
        QTRY_VERIFY(ui.find(QStringLiteral("agenda-%1-cancel-confirm").arg(row)) != nullptr);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("test-drive/staff-cancel-asks-en"));
        QTest::qWait(200);
        QCOMPARE(agenda()->driveRows().at(row).state, QStringLiteral("Requested"));
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-cancel-keep").arg(row)));
        QTRY_VERIFY(!ui.find(QStringLiteral("agenda-%1-cancel-confirm").arg(row)));
        QCOMPARE(agenda()->driveRows().at(agendaRow(code)).state, QStringLiteral("Requested"));
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-cancel").arg(agendaRow(code))));
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-cancel-confirm").arg(agendaRow(code))));
        QTRY_COMPARE(agenda()->driveRows().at(agendaRow(code)).state, QStringLiteral("Cancelled"));
        m_kiosk->staff()->lock();
    }

    // Typed text takes its own direction: Arabic on the right, a Latin e-mail on the left, in
    // either language of the screen.
    void typedTextTakesItsOwnDirection_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("alignment");
        QTest::newRow("arabic in arabic") << "ar" << QStringLiteral("سارة الهاشمي") << int(Qt::AlignRight);
        QTest::newRow("arabic in english") << "en" << QStringLiteral("سارة الهاشمي") << int(Qt::AlignRight);
        QTest::newRow("latin in arabic") << "ar" << QStringLiteral("Sara Berg") << int(Qt::AlignLeft);
        QTest::newRow("latin in english") << "en" << QStringLiteral("Sara Berg") << int(Qt::AlignLeft);
    }
    void typedTextTakesItsOwnDirection()
    {
        QFETCH(QString, lang);
        QFETCH(QString, typed);
        QFETCH(int, alignment);
        UiProbe ui(m_kiosk->window());
        QVERIFY(m_kiosk->language()->setCode(lang));
        QVERIFY(ui.tap(QStringLiteral("action-book")));
        QTRY_VERIFY(ui.find(QStringLiteral("drive-model-aster-5")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("drive-model-aster-5")));
        QTRY_VERIFY(ui.find(QStringLiteral("drive-studio-oslo")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("drive-studio-oslo")));
        QVERIFY(!pickFirstFreeTime(ui, drive()).isEmpty());
        QTRY_VERIFY(ui.find(QStringLiteral("name-input")) != nullptr);
        QQuickItem *input = ui.find(QStringLiteral("name-input"));
        QVERIFY(ui.tap(input));
        QVERIFY(ui.type(typed));
        QCOMPARE(input->property("text").toString(), typed);
        QTRY_COMPARE(input->property("effectiveHorizontalAlignment").toInt(), alignment);
        if (lang == QLatin1String("ar") && alignment == int(Qt::AlignRight))
            shoot(ui, QStringLiteral("typed-arabic"), lang);
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
    }

    // Portrait: the booking's steps in a tall screen, the studio in view, the time grid and the
    // form using the height rather than leaving it empty.
    void portraitBooking()
    {
        UiProbe ui(m_kiosk->window());
        const QSize size = m_kiosk->window()->size();
        m_kiosk->window()->resize(1080, 1920);
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("de")));
        QVERIFY(ui.tap(QStringLiteral("action-book")));
        QTRY_VERIFY(ui.find(QStringLiteral("drive-model-aster-5")) != nullptr);
        shoot(ui, QStringLiteral("portrait-1-car"), QStringLiteral("de"));
        QVERIFY(ui.tap(QStringLiteral("drive-model-aster-5")));
        QTRY_VERIFY(ui.find(QStringLiteral("drive-studio-oslo")) != nullptr);
        shoot(ui, QStringLiteral("portrait-2-studio"), QStringLiteral("de"));
        QVERIFY(ui.tap(QStringLiteral("drive-studio-oslo")));
        QTRY_VERIFY(ui.find(QStringLiteral("days")) != nullptr);
        QTRY_VERIFY(!drive()->dayRows().isEmpty());
        QTRY_VERIFY(!drive()->loading());
        int day = -1;
        for (int i = 0; i < drive()->dayRows().size() && day < 0; ++i) {
            if (drive()->dayRows().at(i).free > 0)
                day = i;
        }
        QVERIFY(day >= 0);
        QMetaObject::invokeMethod(ui.find(QStringLiteral("days")), "positionViewAtIndex", Q_ARG(int, day), Q_ARG(int, 4));
        QVERIFY(ui.tap(QStringLiteral("day-%1").arg(day)));
        QTRY_VERIFY(ui.find(QStringLiteral("time-0")) != nullptr);
        QVERIFY(ui.find(QStringLiteral("drive-studio")));
        shoot(ui, QStringLiteral("portrait-3-time"), QStringLiteral("de"));
        // The car takes a fair part of the tall screen, and the times fill the rest of it.
        QQuickItem *summary = ui.find(QStringLiteral("drive-summary"));
        QVERIFY(summary && summary->height() >= 1920 * 0.2 - 1);
        QQuickItem *times = ui.find(QStringLiteral("times"));
        QVERIFY(times->mapToScene(QPointF(0, times->height())).y() > 1920 * 0.9);
        int time = 0;
        while (time < drive()->timeRows().size() && !drive()->timeRows().at(time).free)
            ++time;
        QVERIFY(ui.tap(QStringLiteral("time-%1").arg(time)));
        QTRY_VERIFY(ui.find(QStringLiteral("name-input")) != nullptr);
        QVERIFY(ui.find(QStringLiteral("drive-studio")));
        // The primary action sits in the lower half, where a hand reaches, not under the form's last line.
        QQuickItem *book = ui.find(QStringLiteral("book"));
        QVERIFY(book);
        QTRY_VERIFY(book->mapToScene(QPointF(0, 0)).y() > 1920 / 2);
        shoot(ui, QStringLiteral("portrait-4-details"), QStringLiteral("de"));
        m_kiosk->window()->resize(size);
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
    }

    // A drive of one stock car: staff's agenda names that car (colour, the VIN's tail), not just its model.
    void stockCarDriveNamesTheCar()
    {
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        QTRY_VERIFY(m_kiosk->inventory()->ready());
        const auto snapshot = m_kiosk->inventory()->snapshot();
        std::optional<Vehicle> car;
        for (qsizetype i = 0; i < snapshot->vehicles.size() && !car; ++i) {
            const Vehicle v = snapshot->vehicles.at(i);
            if (v.location == QLatin1String("oslo") && !v.model.isEmpty() && v.status == Vehicle::Status::Available)
                car = v;
        }
        QVERIFY(car);
        drive()->chooseVehicle(car->id, car->model, car->location);
        QTRY_VERIFY(!drive()->dayRows().isEmpty());
        QString day;
        for (const DriveBooking::DayRow &d : drive()->dayRows()) {
            if (day.isEmpty() && d.free > 0)
                day = d.date;
        }
        QVERIFY(!day.isEmpty());
        drive()->chooseDay(day);
        QTRY_VERIFY(!drive()->timeRows().isEmpty());
        for (const DriveBooking::TimeRow &t : drive()->timeRows()) {
            if (t.free) {
                drive()->chooseTime(t.start);
                break;
            }
        }
        drive()->chooseChannel(QStringLiteral("email"));
        QSignalSpy submitted(drive(), &DriveBooking::submitted);
        drive()->submit(QStringLiteral("Nils Berg"), QStringLiteral("nils@example.no"), true, false);
        QVERIFY(submitted.wait());
        QVERIFY(submitted.first().first().toBool());
        const QString code = drive()->confirmation().code;
        wipeVisit(m_kiosk.get());
        const int row = agendaRow(code);
        QVERIFY(row >= 0);
        const QString named = agenda()->driveRows().at(row).model;
        QVERIFY2(named.contains(car->vin.right(6)), qPrintable(named));
        QVERIFY2(!named.contains(car->id), qPrintable(named));
    }

    // A stock car is driven where it stands: the studio is fixed, the car itself is booked.
    void stockCarFromDetail()
    {
        UiProbe ui(m_kiosk->window());
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        drive()->chooseVehicle(QStringLiteral("v-unknown"), QStringLiteral("aster-5"), QStringLiteral("oslo"));
        QCOMPARE(drive()->studio(), QStringLiteral("oslo"));
        QCOMPARE(drive()->studioRows().size(), 1);
        QCOMPARE(drive()->vehicle(), QStringLiteral("v-unknown"));
        drive()->reset();
        QVERIFY(drive()->vehicle().isEmpty());
    }
};

QTEST_MAIN(TestTestDrive)
#include "tst_testdrive.moc"
