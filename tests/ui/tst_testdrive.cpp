#include "kioskapplication.h"
#include "kioskfixture.h"
#include "kiosk/staffpin.h"
#include "staffmode.h"
#include "storage/database.h"
#include "testdrive.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
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

    TestDrive *drive() const { return m_kiosk->testDrive(); }

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
        const QVariantList days = drive()->days();
        int day = -1;
        for (int i = 0; i < days.size() && day < 0; ++i) {
            if (days.at(i).toMap().value(QStringLiteral("free")).toInt() > 0)
                day = i;
        }
        if (day < 0)
            return QString();
        QMetaObject::invokeMethod(ui.find(QStringLiteral("days")), "positionViewAtIndex", Q_ARG(int, day), Q_ARG(int, 4));
        if (!ui.tap(QStringLiteral("day-%1").arg(day)))
            return QString();
        const QVariantList times = drive()->times();
        for (int i = 0; i < times.size(); ++i) {
            if (times.at(i).toMap().value(QStringLiteral("free")).toBool()) {
                QTest::qWait(100);
                return ui.tap(QStringLiteral("time-%1").arg(i)) ? times.at(i).toMap().value(QStringLiteral("start")).toString() : QString();
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
        QMetaObject::invokeMethod(m_kiosk->window(), "wipeForTest");
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
        const QVariantList models = drive()->models();
        QVERIFY(!models.isEmpty());
        const QString model = QStringLiteral("aster-5");
        QTRY_VERIFY(ui.find(QStringLiteral("drive-model-") + model) != nullptr);
        shoot(ui, QStringLiteral("1-car"), lang);

        // The studio: this one first, then the others with the car, nearest first.
        QVERIFY(ui.tap(QStringLiteral("drive-model-") + model));
        QTRY_VERIFY(ui.find(QStringLiteral("drive-studio-oslo")) != nullptr);
        const QVariantList studios = drive()->studios();
        QCOMPARE(studios.first().toMap().value(QStringLiteral("id")).toString(), QStringLiteral("oslo"));
        shoot(ui, QStringLiteral("2-studio"), lang);
        QVERIFY(ui.tap(QStringLiteral("drive-studio-oslo")));
        QTRY_VERIFY(ui.find(QStringLiteral("days")) != nullptr);
        QCOMPARE(drive()->days().size(), 14);

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
        QVERIFY(drive()->confirmation().isEmpty());
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
        QVERIFY2(fieldError(ui, QStringLiteral("contact")).contains(lang == QLatin1String("fr") ? QStringLiteral("Norvège") : QStringLiteral("Norway")),
                 qPrintable(fieldError(ui, QStringLiteral("contact"))));
        QVERIFY(drive()->confirmation().isEmpty());

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
        const QString code = drive()->confirmation().value(QStringLiteral("code")).toString();
        QVERIFY(!code.isEmpty());
        QVERIFY(ui.find(QStringLiteral("booking-code"))->property("text").toString().contains(code));
        QVERIFY(drive()->confirmation().value(QStringLiteral("calendarQr")).toString().contains(QLatin1String("BEGIN%3AVCALENDAR")));
        shoot(ui, QStringLiteral("5-done"), lang);

        // The drive is in the studio's agenda with the visitor's normalised number.
        bool listed = false;
        for (const QVariant &v : drive()->agenda()) {
            const QVariantMap m = v.toMap();
            if (m.value(QStringLiteral("code")).toString() == code) {
                listed = true;
                QVERIFY2(m.value(QStringLiteral("who")).toString().contains(QLatin1String("+47")), qPrintable(m.value(QStringLiteral("who")).toString()));
            }
        }
        QVERIFY(listed);

        // Done goes home, and the visitor's drive is forgotten on screen.
        QVERIFY(ui.tap(QStringLiteral("drive-done")));
        QTRY_VERIFY(ui.find(QStringLiteral("action-book")) != nullptr);
        QMetaObject::invokeMethod(m_kiosk->window(), "wipeForTest");
        QTRY_VERIFY(drive()->confirmation().isEmpty());
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
        for (const QVariant &v : drive()->agenda()) {
            const QVariantMap m = v.toMap();
            if (m.value(QStringLiteral("code")).toString() == code)
                QVERIFY(m.value(QStringLiteral("actions")).toStringList().isEmpty());
        }
    }

    // Staff see the studio's drives and move them on: confirm, move to a free time, check in.
    void staffAgenda()
    {
        UiProbe ui(m_kiosk->window());
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        // A visitor books through the page's own path.
        drive()->chooseModel(QStringLiteral("aster-5"));
        QCOMPARE(drive()->studio(), QStringLiteral("oslo"));
        QString day;
        for (const QVariant &v : drive()->days()) {
            if (day.isEmpty() && v.toMap().value(QStringLiteral("free")).toInt() > 1)
                day = v.toMap().value(QStringLiteral("date")).toString();
        }
        QVERIFY(!day.isEmpty());
        drive()->chooseDay(day);
        drive()->chooseTime(drive()->times().first().toMap().value(QStringLiteral("start")).toString());
        QVERIFY(drive()->submit(QStringLiteral("Ola Nordmann"), QStringLiteral("email"), QStringLiteral("ola@example.no"), true, false)
                    .value(QStringLiteral("ok")).toBool());
        const QString code = drive()->confirmation().value(QStringLiteral("code")).toString();
        QMetaObject::invokeMethod(m_kiosk->window(), "wipeForTest");
        QTRY_VERIFY(drive()->confirmation().isEmpty());

        QVERIFY(m_kiosk->staff()->unlock(QStringLiteral("4711")));
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("staff")), Q_ARG(QVariant, QVariantMap()));
        int row = -1;
        const auto findRow = [&] {
            const QVariantList agenda = drive()->agenda();
            for (int i = 0; i < agenda.size(); ++i) {
                if (agenda.at(i).toMap().value(QStringLiteral("code")).toString() == code)
                    return i;
            }
            return -1;
        };
        row = findRow();
        QVERIFY(row >= 0);
        QTRY_VERIFY(ui.find(QStringLiteral("agenda-%1-confirm").arg(row)) != nullptr);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("test-drive/staff-agenda-en"));
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-confirm").arg(row)));
        QTRY_VERIFY(drive()->agenda().at(findRow()).toMap().value(QStringLiteral("state")).toString() == QLatin1String("Confirmed"));

        // Moved to another free time: the old one frees up, the new one is taken.
        row = findRow();
        const QString before = drive()->agenda().at(row).toMap().value(QStringLiteral("when")).toString();
        QTRY_VERIFY(ui.find(QStringLiteral("agenda-%1-reschedule").arg(row)) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-reschedule").arg(row)));
        QTRY_VERIFY(ui.find(QStringLiteral("move-to-0")) != nullptr);
        ui.shoot(QStringLiteral("test-drive/staff-move-en"));
        QVERIFY(ui.tap(QStringLiteral("move-to-0")));
        QTRY_VERIFY(drive()->agenda().at(findRow()).toMap().value(QStringLiteral("when")).toString() != before);
        // A no-show cannot be marked before the drive has begun.
        row = findRow();
        QTRY_VERIFY(ui.find(QStringLiteral("agenda-%1-no-show").arg(row)) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-no-show").arg(row)));
        QTRY_VERIFY(!ui.find(QStringLiteral("agenda-message"))->property("text").toString().isEmpty());
        row = findRow();
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-check-in").arg(row)));
        QTRY_VERIFY(drive()->agenda().at(findRow()).toMap().value(QStringLiteral("state")).toString() == QLatin1String("Checked in"));
        m_kiosk->staff()->lock();
    }

    // A stock car is driven where it stands: the studio is fixed, the car itself is booked.
    void stockCarFromDetail()
    {
        UiProbe ui(m_kiosk->window());
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        drive()->chooseVehicle(QStringLiteral("v-unknown"), QStringLiteral("aster-5"), QStringLiteral("oslo"));
        QCOMPARE(drive()->studio(), QStringLiteral("oslo"));
        QCOMPARE(drive()->studios().size(), 1);
        QCOMPARE(drive()->vehicle(), QStringLiteral("v-unknown"));
        drive()->reset();
        QVERIFY(drive()->vehicle().isEmpty());
    }
};

QTEST_MAIN(TestTestDrive)
#include "tst_testdrive.moc"
