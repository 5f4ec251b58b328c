// SPDX-License-Identifier: GPL-3.0-or-later
#include "driveagenda.h"
#include "drivebooking.h"
#include "kiosk/staffpin.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "staffmode.h"
#include "storage/database.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
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

    // Taps the first day with free times and its first free time; the chosen start.
    QString pickFirstFreeTime(UiProbe &ui)
    {
        if (!QTest::qWaitFor([&] { return !drive()->dayRows().isEmpty(); }))
            return QString();
        const auto days = drive()->dayRows();
        int day = -1;
        for (int i = 0; i < days.size() && day < 0; ++i) {
            if (days.at(i).free > 0)
                day = i;
        }
        if (day < 0)
            return QString();
        QMetaObject::invokeMethod(ui.find(QStringLiteral("days")), "positionViewAtIndex", Q_ARG(int, day), Q_ARG(int, 4));
        if (!ui.tap(QStringLiteral("day-%1").arg(day)))
            return QString();
        const auto times = drive()->timeRows();
        for (int i = 0; i < times.size(); ++i) {
            if (times.at(i).free) {
                QTest::qWait(100);
                return ui.tap(QStringLiteral("time-%1").arg(i)) ? times.at(i).start : QString();
            }
        }
        return QString();
    }

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
        shoot(ui, QStringLiteral("1-car"), lang);

        // The studio: this one first, then the others with the car, nearest first.
        QVERIFY(ui.tap(QStringLiteral("drive-model-") + model));
        QTRY_VERIFY(ui.find(QStringLiteral("drive-studio-oslo")) != nullptr);
        QCOMPARE(drive()->studioRows().first().id, QStringLiteral("oslo"));
        shoot(ui, QStringLiteral("2-studio"), lang);
        QVERIFY(ui.tap(QStringLiteral("drive-studio-oslo")));
        QTRY_VERIFY(ui.find(QStringLiteral("days")) != nullptr);
        QTRY_COMPARE(drive()->dayRows().size(), 14);

        // A day, then a free time.
        const QString start = pickFirstFreeTime(ui);
        QVERIFY(!start.isEmpty());
        QTRY_VERIFY(ui.find(QStringLiteral("name-input")) != nullptr);
        QCOMPARE(drive()->start(), start);
        QVERIFY(!drive()->when().isEmpty());
        QCOMPARE(ui.find(QStringLiteral("drive-when"))->property("text").toString(), drive()->when());

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
        QVERIFY(fill(ui, QStringLiteral("contact"), phone));
        QVERIFY(ui.tap(QStringLiteral("privacy")));
        QVERIFY(ui.find(QStringLiteral("privacy"))->property("checked").toBool());
        shoot(ui, QStringLiteral("3-form"), lang);
        QVERIFY(ui.tap(QStringLiteral("book")));
        QTRY_VERIFY(ui.find(QStringLiteral("booking-code")) != nullptr);
        const QString code = drive()->confirmation().code;
        QVERIFY(!code.isEmpty());
        QVERIFY(ui.find(QStringLiteral("booking-code"))->property("text").toString().contains(code));
        QVERIFY(drive()->confirmation().calendarQr.contains(QLatin1String("BEGIN%3AVCALENDAR")));
        shoot(ui, QStringLiteral("5-done"), lang);

        // The drive is in the studio's agenda with the visitor's normalised number.
        const int listed = agendaRow(code);
        QVERIFY(listed >= 0);
        QVERIFY2(agenda()->driveRows().at(listed).who.contains(QLatin1String("+47")),
                 qPrintable(agenda()->driveRows().at(listed).who));

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
        QTRY_VERIFY(!fieldError(ui, QStringLiteral("cancel-code")).isEmpty());
        QVERIFY(fill(ui, QStringLiteral("cancel-code"), code.toLower()));
        QVERIFY(ui.tap(QStringLiteral("cancel-drive")));
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
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-confirm").arg(row)));
        QTRY_VERIFY(findRow() >= 0 && agenda()->driveRows().at(findRow()).state == QLatin1String("Confirmed"));

        // Moved to another free time: the old one frees up, the new one is taken.
        row = findRow();
        const QString before = agenda()->driveRows().at(row).when;
        QTRY_VERIFY(ui.find(QStringLiteral("agenda-%1-reschedule").arg(row)) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-reschedule").arg(row)));
        QTRY_VERIFY(ui.find(QStringLiteral("move-to-0")) != nullptr);
        ui.shoot(QStringLiteral("test-drive/staff-move-en"));
        QVERIFY(ui.tap(QStringLiteral("move-to-0")));
        QTRY_VERIFY(findRow() >= 0 && agenda()->driveRows().at(findRow()).when != before);
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
