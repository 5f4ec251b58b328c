// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk and a real hub: paired from staff mode with the one-time code the hub shows (a wrong
// code refused in words), the pairing kept in the screen's settings; a place at an event then
// taken through the hub, with the place's phone page offered; the hub gone, the event's form says
// so before anyone types, and staff read why; the hub forgotten, the screen is on its own again.
#include "common/bidi.h"
#include "driveagenda.h"
#include "feedserverprocess.h"
#include "httptestclient.h"
#include "hubprocess.h"
#include "kiosk/staffpin.h"
#include "kiosk/visitorrequests.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "showroom.h"
#include "staffmode.h"
#include "storage/database.h"
#include "storage/settings.h"
#include "studioevents.h"
#include "studiohub.h"
#include "sync/hublink.h"
#include "sync/syncrows.h"
#include "syncsources.h"
#include "syntheticdealerfeed.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QQuickItem>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

#include <signal.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

class TestHubPairing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;
    std::unique_ptr<HubProcess> m_hub;
    QString m_requestedStart, m_requestedCode; ///< a drive booked while the hub was out of reach
    QByteArray m_loungeToken;                  ///< another screen's, at the hub

    QString dbPath() const { return m_dir.filePath(QStringLiteral("screen.sqlite")); }
    StudioEvents *events() const { return m_kiosk->events(); }
    StudioHub *hub() const { return m_kiosk->hub(); }
    DriveBooking *drive() const { return m_kiosk->driveBooking(); }
    DriveAgenda *agenda() const { return m_kiosk->driveAgenda(); }
    /// The agenda's row of the drive with `code`; -1 when it is not listed.
    int agendaRow(const QString &code) const
    {
        const auto &rows = agenda()->driveRows();
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).code == code)
                return i;
        }
        return -1;
    }
    QString slotAt(const QString &path, const QString &code) const
    {
        return HubProcess::valueAt(path,
                                   QStringLiteral("SELECT slot_start FROM booking WHERE code = '%1' AND state != "
                                                  "'cancelled'")
                                       .arg(code))
            .toString();
    }

    void settle()
    {
        UiProbe(m_kiosk->window()).waitSettled(3000);
        QTest::qWait(300);
    }
    void open(const QString &page, const QVariantMap &properties = {})
    {
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        settle();
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, page), Q_ARG(QVariant, properties));
        settle();
    }
    void shoot(const QString &name)
    {
        settle();
        UiProbe(m_kiosk->window()).shoot(QStringLiteral("hub/%1-%2").arg(name, m_kiosk->language()->code()));
    }
    bool type(const QString &objectName, const QString &text)
    {
        QQuickItem *input = UiProbe(m_kiosk->window()).find(objectName);
        if (!input)
            return false;
        input->forceActiveFocus(Qt::TabFocusReason);
        input->setProperty("text", QString());
        QTest::qWait(200);
        for (const QChar c : text)
            QTest::keyClick(m_kiosk->window(), c.toLatin1());
        return input->property("text").toString() == text;
    }
    /// An Oslo event in the coming weeks that takes sign-ups and has room.
    QString openEvent()
    {
        for (int week = 0; week < 8; ++week) {
            events()->setWeekOffset(week);
            QTest::qWait(300);
            for (const QVariant &v : events()->week()) {
                const QVariantMap e = v.toMap();
                if (e.value(QStringLiteral("signup")).toBool() && !e.value(QStringLiteral("full")).toBool()
                    && !e.value(QStringLiteral("cancelled")).toBool()) {
                    const QString id = e.value(QStringLiteral("id")).toString();
                    open(QStringLiteral("event"), {{QStringLiteral("eventId"), id}});
                    return id;
                }
            }
        }
        return {};
    }
    int countAt(const QString &path, const QString &sql)
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    }
    /// The test-drive page at the time-choosing step for a model driven in Oslo; its first free time chosen.
    QString openDriveTime()
    {
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        settle();
        UiProbe ui(m_kiosk->window());
        const QString model = QStringLiteral("aster-5");
        if (!ui.tap(QStringLiteral("action-book"))
            || !QTest::qWaitFor([&] { return ui.find(QStringLiteral("drive-model-") + model); })
            || !ui.tap(QStringLiteral("drive-model-") + model)
            || !QTest::qWaitFor([&] { return ui.find(QStringLiteral("drive-studio-oslo")); })
            || !ui.tap(QStringLiteral("drive-studio-oslo"))
            || !QTest::qWaitFor([&] { return drive()->dayRows().size() == 14 && !drive()->loading(); }, 20000))
            return {};
        // A day with a few free times: the tests book another time of the same day beside it
        // (late in the studio's day, today may have only one left).
        const auto days = drive()->dayRows();
        int day = -1;
        for (int i = 0; i < days.size() && day < 0; ++i) {
            if (days.at(i).free >= 3)
                day = i;
        }
        if (day < 0)
            return {};
        QMetaObject::invokeMethod(ui.find(QStringLiteral("days")), "positionViewAtIndex", Q_ARG(int, day), Q_ARG(int, 4));
        if (!ui.tap(QStringLiteral("day-%1").arg(day)))
            return {};
        QString start;
        const auto times = drive()->timeRows();
        for (int i = 0; i < times.size() && start.isEmpty(); ++i) {
            if (times.at(i).free && ui.tap(QStringLiteral("time-%1").arg(i)))
                start = times.at(i).start;
        }
        return !start.isEmpty() && QTest::qWaitFor([&] { return ui.find(QStringLiteral("name-input")); }) ? start : QString();
    }
    void openStaffAtHub()
    {
        if (!m_kiosk->staff()->unlocked()) {
            m_kiosk->staff()->unlock(QStringLiteral("4711"));
            QTRY_VERIFY(m_kiosk->staff()->unlocked());
        }
        open(QStringLiteral("staff"));
        QVERIFY(UiProbe(m_kiosk->window()).scrollTo(QStringLiteral("staff-hub")));
    }

private slots:
    void initTestCase()
    {
        {
            QVERIFY(Database::open(dbPath(), QStringLiteral("setup")).ok());
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("setup"));
            QVERIFY(StaffPin(db).set(QStringLiteral("4711")));
            Settings(db).set(QStringLiteral("studio.phone_base_url"), QStringLiteral("https://oslo.vitrine.test"));
        }
        Database::close(QStringLiteral("setup"));
        QString error;
        m_kiosk = startKiosk(dbPath(), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
        m_kiosk->session()->setTimeouts(3600000, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!events()->upcoming().isEmpty(), 10000);
        m_hub = std::make_unique<HubProcess>();
        QVERIFY(m_hub->running());
    }

    void cleanupTestCase()
    {
        m_kiosk.reset();
        m_hub.reset();
    }

    void pairedFromStaffMode()
    {
        QVERIFY(!hub()->paired());
        openStaffAtHub();
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.find(QStringLiteral("hub-status"))->property("text").toString().contains(QLatin1String("Not paired")));
        const QString address = QStringLiteral("https://127.0.0.1:%1").arg(m_hub->port());
        QVERIFY(type(QStringLiteral("hub-address-input"), address));
        QVERIFY(type(QStringLiteral("hub-code-input"), QStringLiteral("AAAA-AAAA-A")));
        QVERIFY(ui.tap(QStringLiteral("hub-pair")));
        QTRY_VERIFY_WITH_TIMEOUT(hub()->message().contains(QLatin1String("did not accept this code")), 20000);
        QVERIFY(!hub()->paired());
        shoot(QStringLiteral("refused"));

        QVERIFY(type(QStringLiteral("hub-code-input"), m_hub->pairingCode()));
        QVERIFY(ui.tap(QStringLiteral("hub-pair")));
        QTRY_VERIFY_WITH_TIMEOUT(hub()->paired(), 20000);
        QTRY_VERIFY(hub()->reachable());
        QTRY_VERIFY(ui.find(QStringLiteral("hub-status"))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("Paired with the hub at 127.0.0.1:%1").arg(m_hub->port())));
        QVERIFY(ui.find(QStringLiteral("hub-forget"))->isVisible());
        QVERIFY(!ui.find(QStringLiteral("hub-pair"))); // only what is visible is found
        QVERIFY(ui.scrollTo(QStringLiteral("staff-hub")));
        shoot(QStringLiteral("paired"));
        // The last contact is kept for vitrinectl link.
        QTRY_COMPARE(
            countAt(dbPath(), QStringLiteral("SELECT count(*) FROM setting WHERE key = 'hub.lastContact' AND value != ''")), 1);
        // Kept in the screen's settings, with the hub's certificate pinned.
        {
            QVERIFY(Database::open(dbPath(), QStringLiteral("check")).ok());
            const auto kept = HubLink::load(Settings(QSqlDatabase::database(QStringLiteral("check"))));
            QVERIFY(kept && kept->valid());
            QCOMPARE(kept->certificateSha256, m_hub->fingerprint());
        }
        Database::close(QStringLiteral("check"));
        for (const char *language : {"de", "ar"}) {
            m_kiosk->language()->setCode(QString::fromLatin1(language));
            QVERIFY(ui.scrollTo(QStringLiteral("staff-hub")));
            shoot(QStringLiteral("paired"));
        }
        m_kiosk->language()->setCode(QStringLiteral("en"));
    }

    void theOutboxGoesToTheHub()
    {
        QVERIFY(hub()->paired());
        QVERIFY(Database::open(dbPath(), QStringLiteral("request")).ok());
        const auto id = VisitorRequests(QSqlDatabase::database(QStringLiteral("request")))
                            .create(VisitorRequests::Kind::Expert, QStringLiteral("oslo"), {}, {});
        Database::close(QStringLiteral("request"));
        QVERIFY(id);
        // Within a drain's interval (and a little), the hub has it and the screen knows.
        const QString atHub = QStringLiteral("SELECT count(*) FROM outbox_received WHERE idempotency_key = 'request:%1'")
                                  .arg(*id);
        QTRY_COMPARE_WITH_TIMEOUT(countAt(m_hub->databasePath(), atHub), 1, StudioHub::kDrainMs + 15000);
        QTRY_COMPARE(countAt(dbPath(),
                             QStringLiteral("SELECT count(*) FROM outbox WHERE idempotency_key = 'request:%1' AND state "
                                            "= 'delivered'")
                                 .arg(*id)),
                     1);
    }

    void theStudiosSourcesComeFromTheHub()
    {
        // A dealer's feed the studio subscribes to, at the hub and on this screen alike.
        QTemporaryDir feeds;
        {
            QFile f(QDir(feeds.path()).filePath(QStringLiteral("harbour.csv")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(SyntheticDealerFeed::metaCsv(5, 77));
        }
        FeedServerProcess dealer(feeds.path());
        QVERIFY(dealer.running());
        const auto saveSource = [&dealer](const QString &path, const QString &connection) {
            bool saved = false;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(path);
                FeedSource source;
                source.id = QStringLiteral("harbour");
                source.name = QStringLiteral("Harbour Cars");
                source.url = QUrl(dealer.url(QStringLiteral("harbour.csv")));
                saved = db.open() && SyncRows(db).saveLocal(source);
            }
            QSqlDatabase::removeDatabase(connection);
            return saved;
        };
        // The hub takes the new source at its next start (same port, same certificate).
        QVERIFY(saveSource(m_hub->databasePath(), QStringLiteral("hub-source")));
        const quint16 port = m_hub->port();
        m_hub->stop();
        QVERIFY(m_hub->start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}));
        const QString hubCars = QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0 AND source = 'harbour'");
        QTRY_COMPARE_WITH_TIMEOUT(countAt(m_hub->databasePath(), hubCars), 5, 30000);

        // The screen asks for it and is given the hub's copy: the dealer is asked once, by the hub.
        QVERIFY(saveSource(dbPath(), QStringLiteral("screen-source")));
        QTRY_VERIFY_WITH_TIMEOUT(hub()->reachable(), 20000);
        m_kiosk->syncSources()->syncNow(QStringLiteral("harbour"));
        QTRY_COMPARE_WITH_TIMEOUT(countAt(dbPath(), hubCars), 5, 30000);
        int fetches = 0;
        for (const QJsonObject &request : dealer.takeRequests())
            fetches += request.value(QLatin1String("path")).toString().endsWith(QLatin1String("harbour.csv"));
        QCOMPARE(fetches, 1);
        // Staff see the source fetched like any other (applied, or unchanged when the hub's
        // "sources" after its restart asked for it once more).
        QTRY_COMPARE(countAt(dbPath(),
                             QStringLiteral("SELECT count(*) FROM sync_state WHERE source = 'harbour' AND outcome IN "
                                            "('applied', 'unchanged') AND last_success != '' AND failures = 0")),
                     1);
    }

    void aPlaceIsTakenAtTheHub()
    {
        QVERIFY(hub()->paired());
        const QString id = openEvent();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(events()->current().value(QStringLiteral("id")).toString(), id);
        events()->join(QStringLiteral("Kari Nordmann"), QStringLiteral("kari@fjordpost.no"), true, false);
        QTRY_VERIFY_WITH_TIMEOUT(!events()->joined().value(QStringLiteral("code")).toString().isEmpty(), 20000);
        const QString code = events()->joined().value(QStringLiteral("code")).toString();
        // The place is the hub's, and its phone page is offered.
        QCOMPARE(countAt(m_hub->databasePath(), QStringLiteral("SELECT count(*) FROM event_joiner WHERE code = '%1'").arg(code)),
                 1);
        QCOMPARE(countAt(dbPath(), QStringLiteral("SELECT count(*) FROM event_joiner")), 0);
        const QString phone = QUrl::fromPercentEncoding(
            events()->joined().value(QStringLiteral("phoneQr")).toString().mid(QStringLiteral("image://qr/").size()).toUtf8());
        QVERIFY2(phone.startsWith(QStringLiteral("https://oslo.vitrine.test/p/place/") + code), qPrintable(phone));
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(ui.find(QStringLiteral("event-phone")) && ui.find(QStringLiteral("event-phone"))->isVisible());
        QVERIFY(ui.scrollTo(QStringLiteral("event-joined")));
        shoot(QStringLiteral("joined"));
        // Staff at this screen see the hub's joiners and check one in there.
        events()->showJoiners(id);
        QTRY_VERIFY_WITH_TIMEOUT(!events()->joiners().isEmpty(), 20000);
        QCOMPARE(events()->joiners().first().toMap().value(QStringLiteral("name")).toString(), QStringLiteral("Kari Nordmann"));
        QCOMPARE(events()->joiners().first().toMap().value(QStringLiteral("code")).toString(), code);
        events()->checkIn(code);
        QTRY_VERIFY_WITH_TIMEOUT(events()->joiners().first().toMap().value(QStringLiteral("checkedIn")).toBool(), 20000);
        QCOMPARE(
            countAt(m_hub->databasePath(),
                    QStringLiteral("SELECT count(*) FROM event_joiner WHERE code = '%1' AND state = 'checked-in'").arg(code)),
            1);
        events()->showJoiners(QString());

        // Another place, given back at the screen through the hub.
        events()->open(id);
        QTRY_VERIFY(events()->joined().isEmpty());
        events()->join(QStringLiteral("Ola Nordmann"), QStringLiteral("ola@fjordpost.no"), true, false);
        QTRY_VERIFY_WITH_TIMEOUT(!events()->joined().value(QStringLiteral("code")).toString().isEmpty(), 20000);
        const QString second = events()->joined().value(QStringLiteral("code")).toString();
        QVERIFY(second != code);
        events()->cancelByCode(second);
        QTRY_VERIFY_WITH_TIMEOUT(events()->cancelMessage().contains(QLatin1String("given back")), 20000);
        QCOMPARE(
            countAt(m_hub->databasePath(),
                    QStringLiteral("SELECT count(*) FROM event_joiner WHERE code = '%1' AND state = 'cancelled'").arg(second)),
            1);
    }

    /// A drive is booked at the hub, and a time taken at another screen goes from this one's
    /// page without anyone touching it.
    void aDriveIsBookedAtTheHub()
    {
        QVERIFY(hub()->reachable());
        const QString start = openDriveTime();
        QVERIFY(!start.isEmpty());
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.find(QStringLiteral("book")));
        const QQuickItem *note = ui.find(QStringLiteral("drive-hub-out-of-reach"));
        QVERIFY(!note || !note->isVisible());

        // Another screen books a time this one shows free: it goes from the page, unasked.
        HttpTestClient other(m_hub->port());
        other.useTls(m_hub->fingerprint());
        const QByteArray token = other.pair(m_hub->pairingCode(), QStringLiteral("Entrance"));
        QVERIFY(!token.isEmpty());
        QString taken;
        for (const auto &row : drive()->timeRows()) {
            if (row.free && row.start != start)
                taken = row.start;
        }
        QVERIFY(!taken.isEmpty());
        // As many bookings as the time can take (an Oslo model may have more than one car).
        int made = 0;
        for (int k = 0; k < 6; ++k) {
            const auto booked = other.postJson(
                "/v1/bookings",
                {{QStringLiteral("studio"), QStringLiteral("oslo")},
                 {QStringLiteral("model"), drive()->model()},
                 {QStringLiteral("start"), taken},
                 {QStringLiteral("idempotencyKey"), QStringLiteral("entrance-%1").arg(k)},
                 {QStringLiteral("contact"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Ola Berg")},
                              {QStringLiteral("channel"), QStringLiteral("email")},
                              {QStringLiteral("value"), QStringLiteral("ola%1@fjordpost.no").arg(k)},
                              {QStringLiteral("privacyAccepted"), true}}}},
                token);
            if (booked.status != 201) {
                QCOMPARE(booked.status, 409);
                break;
            }
            ++made;
        }
        QVERIFY(made > 0);
        const auto shownFree = [this](const QString &at) {
            for (const auto &row : drive()->timeRows()) {
                if (row.start == at)
                    return row.free;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!shownFree(taken), 5000);
        QCOMPARE(drive()->start(), start); // the visitor's own choice stays

        drive()->chooseChannel(QStringLiteral("email"));
        drive()->submit(QStringLiteral("Kari Nordmann"), QStringLiteral("kari@fjordpost.no"), true, false);
        QTRY_VERIFY_WITH_TIMEOUT(drive()->confirmation().valid, 20000);
        QVERIFY(!drive()->confirmation().pending);
        const QString code = drive()->confirmation().code;
        QTRY_VERIFY(ui.find(QStringLiteral("booking-code")) && ui.find(QStringLiteral("booking-code"))->isVisible());
        QCOMPARE(ui.find(QStringLiteral("drive-done-title"))->property("text").toString(),
                 QStringLiteral("Your drive is booked. We look forward to seeing you."));
        shoot(QStringLiteral("drive-booked"));
        // The hub holds it; this screen keeps a copy with the contact for its agenda.
        QCOMPARE(countAt(m_hub->databasePath(), QStringLiteral("SELECT count(*) FROM booking WHERE code = '%1'").arg(code)), 1);
        QCOMPARE(countAt(dbPath(),
                         QStringLiteral("SELECT count(*) FROM booking b JOIN booking_contact c ON c.booking = b.id "
                                        "WHERE b.code = '%1'")
                             .arg(code)),
                 1);
        QCOMPARE(countAt(dbPath(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'booking'")), 0);
    }

    /// The hub stops answering while it holds a booking's request (SIGSTOP): within a few
    /// seconds the visitor is told honestly that the studio will confirm, and when the hub runs
    /// again there is one drive, under the code the visitor was given, whichever way it got there.
    void aLostAnswerLeavesOneDrive()
    {
        QTRY_VERIFY_WITH_TIMEOUT(hub()->reachable(), 20000);
        const QString start = openDriveTime();
        QVERIFY(!start.isEmpty());
        QVERIFY(::kill(pid_t(m_hub->pid()), SIGSTOP) == 0);
        drive()->chooseChannel(QStringLiteral("email"));
        drive()->submit(QStringLiteral("Nils Vente"), QStringLiteral("nils.vente@fjordpost.no"), true, false);
        QTRY_VERIFY_WITH_TIMEOUT(drive()->confirmation().valid, 30000);
        const bool pending = drive()->confirmation().pending;
        const QString code = drive()->confirmation().code;
        ::kill(pid_t(m_hub->pid()), SIGCONT);
        QVERIFY(pending);
        QVERIFY(!code.isEmpty());
        shoot(QStringLiteral("drive-lost-answer"));
        const QString id = HubProcess::valueAt(dbPath(), QStringLiteral("SELECT id FROM booking WHERE code = '%1'").arg(code))
                               .toString();
        QVERIFY(!id.isEmpty());
        // The screen's copy reaches the hub; the hub holds one drive, the same one.
        QTRY_COMPARE_WITH_TIMEOUT(
            countAt(dbPath(),
                    QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'booking' AND state = 'delivered' AND record = "
                                   "'booking:%1'")
                        .arg(id)),
            1, StudioHub::kDrainMs + 30000);
        QCOMPARE(countAt(m_hub->databasePath(),
                         QStringLiteral("SELECT count(*) FROM booking b JOIN booking_contact c ON c.booking = b.id WHERE "
                                        "c.value = 'nils.vente@fjordpost.no'")),
                 1);
        QCOMPARE(HubProcess::valueAt(m_hub->databasePath(), QStringLiteral("SELECT id FROM booking WHERE code = '%1'").arg(code))
                     .toString(),
                 id);
        QTRY_VERIFY_WITH_TIMEOUT(hub()->reachable(), 40000);
    }

    /// Staff here see the studio's drives from every screen, as the hub holds them, and change
    /// them there; a visitor's code cancels a drive made at another screen.
    void theStudiosDrivesAreInTheAgenda()
    {
        QVERIFY(hub()->reachable());
        const QString other = HubProcess::valueAt(m_hub->databasePath(),
                                                  QStringLiteral("SELECT code FROM booking WHERE idempotency_key = 'entrance-0'"))
                                  .toString();
        QVERIFY(!other.isEmpty());
        QCOMPARE(countAt(dbPath(), QStringLiteral("SELECT count(*) FROM booking WHERE code = '%1'").arg(other)), 0);
        openStaffAtHub();
        agenda()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(agendaRow(other) >= 0, 10000);
        int row = agendaRow(other);
        QVERIFY(agenda()->driveRows().at(row).who.startsWith(Bidi::isolate(QStringLiteral("Ola Berg"))));
        QVERIFY(agenda()->driveRows().at(row).hubWaiting.isEmpty() && agenda()->driveRows().at(row).hubRefusal.isEmpty());
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.scrollTo(QStringLiteral("agenda-%1-confirm").arg(row), 300));
        shoot(QStringLiteral("agenda-studio"));
        // Confirmed here, at the hub: this screen keeps no copy of another screen's drive.
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-confirm").arg(row)));
        const QString state = QStringLiteral("SELECT state FROM booking WHERE code = '%1'").arg(other);
        QTRY_COMPARE_WITH_TIMEOUT(HubProcess::valueAt(m_hub->databasePath(), state).toString(), QStringLiteral("confirmed"),
                                  8000);
        QTRY_VERIFY(agendaRow(other) >= 0 && agenda()->driveRows().at(agendaRow(other)).state == QLatin1String("Confirmed"));
        QCOMPARE(countAt(dbPath(), QStringLiteral("SELECT count(*) FROM booking WHERE code = '%1'").arg(other)), 0);
        // Cancelled by a colleague at another tablet: it follows here unasked.
        HttpTestClient colleague(m_hub->port());
        colleague.useTls(m_hub->fingerprint());
        const QString second = HubProcess::valueAt(m_hub->databasePath(),
                                                   QStringLiteral("SELECT id FROM booking WHERE idempotency_key = 'entrance-1'"))
                                   .toString();
        const QByteArray token = colleague.pair(m_hub->pairingCode(), QStringLiteral("Tablet"));
        if (!second.isEmpty()) { // the time took a second car
            QCOMPARE(colleague
                         .postJson("/v1/agenda/act",
                                   {{QStringLiteral("id"), second}, {QStringLiteral("action"), QStringLiteral("cancel")}}, token)
                         .status,
                     200);
            const auto cancelledHere = [&] {
                for (const auto &r : agenda()->driveRows()) {
                    if (r.id == second)
                        return r.state == QLatin1String("Cancelled");
                }
                return false;
            };
            QTRY_VERIFY_WITH_TIMEOUT(cancelledHere(), 5000);
        }
        m_kiosk->staff()->lock();
        // Its visitor cancels with the code at this screen.
        drive()->cancelByCode(other.toLower());
        QTRY_VERIFY_WITH_TIMEOUT(drive()->cancelMessage().contains(QLatin1String("is cancelled")), 8000);
        QCOMPARE(HubProcess::valueAt(m_hub->databasePath(), state).toString(), QStringLiteral("cancelled"));
    }

    /// A visitor asking at any screen reaches this tablet unasked; whoever takes a request takes it
    /// for every tablet, and one a colleague took first says so.
    void aVisitorAskingReachesEveryTablet()
    {
        QVERIFY(hub()->reachable());
        openStaffAtHub();
        StaffMode *staff = m_kiosk->staff();
        staff->refresh();
        QTest::qWait(500); // the hub's list, as it stands before anyone asks
        const int before = staff->requestCount();
        HttpTestClient other(m_hub->port());
        other.useTls(m_hub->fingerprint());
        const QByteArray token = other.pair(m_hub->pairingCode(), QStringLiteral("Lounge"));
        QVERIFY(!token.isEmpty());
        const auto ask = [&](const QString &id) {
            const QJsonObject payload{{QStringLiteral("id"), id},
                                      {QStringLiteral("device"), QStringLiteral("lounge")},
                                      {QStringLiteral("kind"), QStringLiteral("expert")},
                                      {QStringLiteral("studio"), QStringLiteral("oslo")},
                                      {QStringLiteral("vehicle"), QString()},
                                      {QStringLiteral("build"), QString()},
                                      {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
            return other
                .postJson("/v1/outbox",
                          {{QStringLiteral("items"),
                            QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("request:") + id},
                                                   {QStringLiteral("kind"), QStringLiteral("visitor-request")},
                                                   {QStringLiteral("record"), QStringLiteral("request:") + id},
                                                   {QStringLiteral("payload"), payload}}}}},
                          token)
                .status;
        };
        const auto takenAtHub = [this](const QString &id) {
            return countAt(m_hub->databasePath(),
                           QStringLiteral("SELECT count(*) FROM visitor_request WHERE id = '%1' AND state = 'taken'").arg(id));
        };

        // Asked at another screen: here without anyone refreshing.
        QCOMPARE(ask(QStringLiteral("lounge-1")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(staff->requestCount(), before + 1, 3000);
        open(QStringLiteral("staff")); // its top: the visitors waiting
        shoot(QStringLiteral("staff-requests"));
        // Taken here: taken at the hub, gone here.
        staff->closeRequest(QStringLiteral("lounge-1"));
        QTRY_COMPARE_WITH_TIMEOUT(staff->requestCount(), before, 5000);
        QCOMPARE(takenAtHub(QStringLiteral("lounge-1")), 1);
        // Taken by a colleague: gone from here unasked.
        QCOMPARE(ask(QStringLiteral("lounge-2")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(staff->requestCount(), before + 1, 3000);
        QCOMPARE(other.postJson("/v1/requests/take", {{QStringLiteral("id"), QStringLiteral("lounge-2")}}, token).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(staff->requestCount(), before, 3000);
        // Taken here too late: said so.
        staff->closeRequest(QStringLiteral("lounge-2"));
        QTRY_COMPARE_WITH_TIMEOUT(staff->requestMessage(), QStringLiteral("A colleague has already taken this request."), 5000);

        // A visitor asking at this screen reaches the hub at once, not at the next drain.
        const QString fromHere = QStringLiteral(
            "SELECT count(*) FROM visitor_request WHERE device != 'lounge' AND state = 'open'");
        const int openFromHere = countAt(m_hub->databasePath(), fromHere);
        m_kiosk->showroom()->askExpert(QString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(countAt(m_hub->databasePath(), fromHere), openFromHere + 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(staff->requestCount(), before + 1, 3000);
        m_kiosk->staff()->lock();
    }

    void aHubOutOfReachIsSaidBeforeAnyoneTypes()
    {
        m_hub->stop();
        hub()->check();
        QTRY_VERIFY_WITH_TIMEOUT(events()->hubOutOfReach(), 20000);
        QVERIFY(!openEvent().isEmpty());
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(ui.find(QStringLiteral("event-hub-out-of-reach")) != nullptr);
        QVERIFY(ui.find(QStringLiteral("event-hub-out-of-reach"))->isVisible());
        QVERIFY(!ui.find(QStringLiteral("event-join"))->isEnabled());
        QVERIFY(ui.scrollTo(QStringLiteral("event-hub-out-of-reach"), 300));
        shoot(QStringLiteral("out-of-reach"));
        m_kiosk->language()->setCode(QStringLiteral("zh_CN"));
        QVERIFY(ui.scrollTo(QStringLiteral("event-hub-out-of-reach"), 300));
        shoot(QStringLiteral("out-of-reach"));
        m_kiosk->language()->setCode(QStringLiteral("en"));
        // Nothing kept here when a join is tried anyway.
        events()->join(QStringLiteral("Kari Nordmann"), QStringLiteral("kari@fjordpost.no"), true, false);
        QTRY_VERIFY2_WITH_TIMEOUT(events()->problem().contains(QLatin1String("cannot reach the studio's system")),
                                  qPrintable(events()->problem() + QStringLiteral(" busy ") + QString::number(events()->busy())),
                                  30000);
        QCOMPARE(countAt(dbPath(), QStringLiteral("SELECT count(*) FROM event_joiner")), 0);
        openStaffAtHub();
        QTRY_VERIFY(
            ui.find(QStringLiteral("hub-status"))->property("text").toString().contains(QLatin1String("cannot be reached")));
        shoot(QStringLiteral("staff-out-of-reach"));
        m_kiosk->staff()->lock();

        // A drive: said before the visitor books, then kept here as a request the studio confirms.
        m_requestedStart = openDriveTime();
        QVERIFY(!m_requestedStart.isEmpty());
        QTRY_VERIFY(ui.find(QStringLiteral("drive-hub-out-of-reach"))
                    && ui.find(QStringLiteral("drive-hub-out-of-reach"))->isVisible());
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar")}) {
            m_kiosk->language()->setCode(lang);
            // Beside the button, which stays in view below the form.
            QQuickItem *note = ui.find(QStringLiteral("drive-hub-out-of-reach"));
            QTRY_VERIFY(note->mapToScene(QPointF(0, note->height())).y() <= m_kiosk->window()->height());
            shoot(QStringLiteral("drive-out-of-reach"));
        }
        m_kiosk->language()->setCode(QStringLiteral("en"));
        drive()->chooseChannel(QStringLiteral("email"));
        drive()->submit(QStringLiteral("Kari Nordmann"), QStringLiteral("kari@fjordpost.no"), true, false);
        QTRY_VERIFY_WITH_TIMEOUT(drive()->confirmation().valid, 20000);
        QVERIFY(drive()->confirmation().pending);
        QVERIFY(drive()->confirmation().codeQr.isEmpty()); // the hub's phone page does not know it yet
        QTRY_VERIFY(ui.find(QStringLiteral("drive-done-title")) && ui.find(QStringLiteral("drive-done-title"))->isVisible());
        QVERIFY(ui.find(QStringLiteral("drive-done-title"))->property("text").toString().contains(QLatin1String("confirm")));
        shoot(QStringLiteral("drive-requested"));
        QCOMPARE(countAt(dbPath(),
                         QStringLiteral("SELECT count(*) FROM booking WHERE code = '%1' AND state = 'requested'")
                             .arg(drive()->confirmation().code)),
                 1);
        QVERIFY(countAt(dbPath(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'booking'")) >= 1);
        m_requestedCode = drive()->confirmation().code;
        // Staff read that it has not reached the hub yet.
        openStaffAtHub();
        agenda()->refresh();
        QTRY_VERIFY(agendaRow(m_requestedCode) >= 0
                    && agenda()
                           ->driveRows()
                           .at(agendaRow(m_requestedCode))
                           .hubWaiting.contains(QLatin1String("Not at the studio hub yet")));
        QVERIFY(agenda()->driveRows().at(agendaRow(m_requestedCode)).hubRefusal.isEmpty());
        QVERIFY(ui.scrollTo(QStringLiteral("agenda-%1-hub-waiting").arg(agendaRow(m_requestedCode)), 300));
        shoot(QStringLiteral("agenda-waiting"));
        m_kiosk->staff()->lock();
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
    }

    void whatWaitedGoesWhenTheHubIsBack()
    {
        // Out of reach (the test before stopped the hub): a request waits, tried and put off.
        QVERIFY(!hub()->reachable());
        QVERIFY(Database::open(dbPath(), QStringLiteral("request")).ok());
        const auto id = VisitorRequests(QSqlDatabase::database(QStringLiteral("request")))
                            .create(VisitorRequests::Kind::Hold, QStringLiteral("oslo"), {}, QStringLiteral("A5-BACK"));
        Database::close(QStringLiteral("request"));
        QVERIFY(id);
        const QString tried = QStringLiteral("SELECT count(*) FROM outbox WHERE idempotency_key = 'request:%1' AND state = "
                                             "'pending' AND attempts >= 1")
                                  .arg(*id);
        QTRY_COMPARE_WITH_TIMEOUT(countAt(dbPath(), tried), 1, StudioHub::kDrainMs + 15000);
        // Meanwhile, another screen got every car of the time booked here at the hub (which this
        // screen cannot reach at another address).
        const quint16 port = hub()->address().port();
        QVERIFY(m_hub->start());
        QVERIFY(m_hub->port() != port);
        {
            HttpTestClient other(m_hub->port());
            other.useTls(m_hub->fingerprint());
            m_loungeToken = other.pair(m_hub->pairingCode(), QStringLiteral("Lounge"));
            QVERIFY(!m_loungeToken.isEmpty());
            int status = 201;
            for (int k = 0; k < 8 && status == 201; ++k) {
                status = other
                             .postJson("/v1/bookings",
                                       {{QStringLiteral("studio"), QStringLiteral("oslo")},
                                        {QStringLiteral("model"), QStringLiteral("aster-5")},
                                        {QStringLiteral("start"), m_requestedStart},
                                        {QStringLiteral("idempotencyKey"), QStringLiteral("lounge-drive-%1").arg(k)},
                                        {QStringLiteral("contact"),
                                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Ola Berg")},
                                                     {QStringLiteral("channel"), QStringLiteral("email")},
                                                     {QStringLiteral("value"), QStringLiteral("ola.berg%1@fjordpost.no").arg(k)},
                                                     {QStringLiteral("privacyAccepted"), true}}}},
                                       m_loungeToken)
                             .status;
            }
            QCOMPARE(status, 409); // the time is full at the hub
        }
        m_hub->stop();
        // The hub back where it was: the next sign of it sends what waited, backoff or not.
        QVERIFY(m_hub->start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}));
        QCOMPARE(m_hub->port(), port);
        hub()->check();
        QTRY_VERIFY_WITH_TIMEOUT(hub()->reachable(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            countAt(dbPath(),
                    QStringLiteral("SELECT count(*) FROM outbox WHERE idempotency_key = 'request:%1' AND state = 'delivered'")
                        .arg(*id)),
            1, 8000);
        QCOMPARE(countAt(m_hub->databasePath(),
                         QStringLiteral("SELECT count(*) FROM outbox_received WHERE idempotency_key = 'request:%1'").arg(*id)),
                 1);
    }

    /// The drive kept here while the hub was out of reach lost its time at the hub: staff read so,
    /// and move it to one of the hub's nearest free times, which the hub then holds.
    void aTimeTheHubGaveAwayIsMovedToANearOne()
    {
        QVERIFY(hub()->reachable());
        QVERIFY(!m_requestedCode.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(
            countAt(dbPath(), QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'booking' AND state = 'dead'")), 1, 15000);
        QCOMPARE(slotAt(m_hub->databasePath(), m_requestedCode), QString()); // not at the hub
        openStaffAtHub();
        agenda()->refresh();
        QTRY_VERIFY(
            agendaRow(m_requestedCode) >= 0
            && agenda()->driveRows().at(agendaRow(m_requestedCode)).hubRefusal.contains(QLatin1String("another booking")));
        int row = agendaRow(m_requestedCode);
        QVERIFY(agenda()->driveRows().at(row).hubWaiting.isEmpty());
        // No time at the hub to confirm: move it or cancel it.
        QCOMPARE(agenda()->driveRows().at(row).actions, QStringList({QStringLiteral("reschedule"), QStringLiteral("cancel")}));
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.scrollTo(QStringLiteral("agenda-%1-hub").arg(row), 300));
        shoot(QStringLiteral("agenda-refused"));
        m_kiosk->language()->setCode(QStringLiteral("ar"));
        QTRY_VERIFY(
            agendaRow(m_requestedCode) >= 0
            && !agenda()->driveRows().at(agendaRow(m_requestedCode)).hubRefusal.contains(QLatin1String("another booking")));
        QVERIFY(ui.scrollTo(QStringLiteral("agenda-%1-hub").arg(agendaRow(m_requestedCode)), 300));
        shoot(QStringLiteral("agenda-refused"));
        m_kiosk->language()->setCode(QStringLiteral("en"));
        QTRY_VERIFY(agendaRow(m_requestedCode) >= 0);
        row = agendaRow(m_requestedCode);

        // Move: the free times offered are the hub's, its own day first (the nearest).
        QVERIFY(ui.scrollTo(QStringLiteral("agenda-%1-reschedule").arg(row), 300));
        QVERIFY(ui.tap(QStringLiteral("agenda-%1-reschedule").arg(row)));
        QTRY_VERIFY_WITH_TIMEOUT(!agenda()->moveLoading() && !agenda()->moveTimeRows().isEmpty(), 20000);
        const QDateTime refused = QDateTime::fromString(m_requestedStart, Qt::ISODate).toUTC();
        QStringList offered;
        for (const auto &t : agenda()->moveTimeRows())
            offered << QDateTime::fromString(t.start, Qt::ISODate).toUTC().toString(Qt::ISODate);
        QVERIFY(!offered.contains(refused.toString(Qt::ISODate)));
        {
            HttpTestClient client(m_hub->port());
            client.useTls(m_hub->fingerprint());
            const QByteArray token = m_loungeToken;
            const QByteArray date = QDate::fromString(agenda()->moveDay(), Qt::ISODate).toString(Qt::ISODate).toLatin1();
            QStringList free;
            for (const auto &v : client.get("/v1/slots?studio=oslo&model=aster-5&date=" + date, token)
                                     .json()
                                     .value(QLatin1String("slots"))
                                     .toArray()) {
                if (v.toObject().value(QLatin1String("capacity")).toInt() > 0)
                    free << QDateTime::fromString(v.toObject().value(QLatin1String("start")).toString(), Qt::ISODateWithMs)
                                .toUTC()
                                .toString(Qt::ISODate);
            }
            free.removeAll(refused.toString(Qt::ISODate));
            QCOMPARE(offered, free);
        }
        shoot(QStringLiteral("agenda-move"));
        const QString to = agenda()->moveTimeRows().first().start;
        QVERIFY(ui.tap(QStringLiteral("move-to-0")));
        // Sent at once and taken: the hub holds it at the new time, and staff have nothing to act on.
        QTRY_COMPARE_WITH_TIMEOUT(slotAt(m_hub->databasePath(), m_requestedCode), slotAt(dbPath(), m_requestedCode), 8000);
        QCOMPARE(QDateTime::fromString(slotAt(dbPath(), m_requestedCode), Qt::ISODateWithMs).toUTC(),
                 QDateTime::fromString(to, Qt::ISODate).toUTC());
        QTRY_VERIFY(agendaRow(m_requestedCode) >= 0 && agenda()->driveRows().at(agendaRow(m_requestedCode)).hubRefusal.isEmpty()
                    && agenda()->driveRows().at(agendaRow(m_requestedCode)).hubWaiting.isEmpty());
        m_kiosk->staff()->lock();
    }

    /// Removed at the hub, the screen says so to staff (pair it again), not that the hub is out of reach.
    void aScreenRemovedAtTheHubIsToldToPairAgain()
    {
        QVERIFY(hub()->reachable());
        QString screenId;
        {
            QVERIFY(Database::open(dbPath(), QStringLiteral("check")).ok());
            const auto kept = HubLink::load(Settings(QSqlDatabase::database(QStringLiteral("check"))));
            QVERIFY(kept && kept->valid());
            screenId = kept->screenId;
        }
        Database::close(QStringLiteral("check"));
        QCOMPARE(m_hub->command({QStringLiteral("revoke"), screenId}).exitCode, 0);
        hub()->check();
        QTRY_VERIFY_WITH_TIMEOUT(hub()->revoked(), 10000);
        QVERIFY(!hub()->reachable());
        openStaffAtHub();
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(ui.find(QStringLiteral("hub-status"))
                        ->property("text")
                        .toString()
                        .contains(QLatin1String("no longer knows this screen")));
        shoot(QStringLiteral("revoked"));
        m_kiosk->language()->setCode(QStringLiteral("de"));
        QTRY_VERIFY(ui.find(QStringLiteral("hub-status"))
                        ->property("text")
                        .toString()
                        .contains(QLatin1String("kennt diesen Bildschirm nicht mehr")));
        QVERIFY(ui.scrollTo(QStringLiteral("staff-hub")));
        shoot(QStringLiteral("revoked"));
        m_kiosk->language()->setCode(QStringLiteral("en"));
        // Paired again from the same place, with a new code: the hub knows it again.
        QVERIFY(ui.scrollTo(QStringLiteral("hub-pair"), 300));
        QVERIFY(type(QStringLiteral("hub-address-input"), QStringLiteral("https://127.0.0.1:%1").arg(m_hub->port())));
        QVERIFY(type(QStringLiteral("hub-code-input"), m_hub->pairingCode()));
        QVERIFY(ui.tap(QStringLiteral("hub-pair")));
        QTRY_VERIFY_WITH_TIMEOUT(hub()->reachable() && !hub()->revoked(), 20000);
        QTRY_VERIFY(
            ui.find(QStringLiteral("hub-status"))->property("text").toString().contains(QLatin1String("Paired with the hub")));
        m_kiosk->staff()->lock();
    }

    void forgottenTheScreenIsOnItsOwn()
    {
        openStaffAtHub();
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.scrollTo(QStringLiteral("hub-forget"), 300));
        shoot(QStringLiteral("before-forget"));
        QVERIFY(ui.tap(QStringLiteral("hub-forget")));
        QTRY_VERIFY2(!hub()->paired(), qPrintable(hub()->message()));
        QVERIFY(!events()->hubOutOfReach());
        QTRY_VERIFY(ui.find(QStringLiteral("hub-status"))->property("text").toString().contains(QLatin1String("Not paired")));
        {
            QVERIFY(Database::open(dbPath(), QStringLiteral("check")).ok());
            const auto kept = HubLink::load(Settings(QSqlDatabase::database(QStringLiteral("check"))));
            QVERIFY(kept && !kept->valid());
        }
        Database::close(QStringLiteral("check"));
        m_kiosk->staff()->lock();
        QVERIFY(!openEvent().isEmpty());
        QTRY_VERIFY(ui.find(QStringLiteral("event-join")) && ui.find(QStringLiteral("event-join"))->isEnabled());
    }
};

QTEST_MAIN(TestHubPairing)
#include "tst_hubpairing.moc"
