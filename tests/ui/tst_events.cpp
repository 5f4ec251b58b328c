// SPDX-License-Identifier: GPL-3.0-or-later
#include "booking/eventstore.h"
#include "catalog/catalogrows.h"
#include "kiosk/staffpin.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "staffmode.h"
#include "storage/database.h"
#include "studioevents.h"
#include "uidriver.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Studio events in the real window on the demo data: the next one on Home and in the attract
/// loop, a week's list with its filters, an event's page, joining it with the test drive's form,
/// a full event that simply says so, a place given back by its code, and staff checking a joiner in.
class TestEvents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("events.sqlite")); }
    StudioEvents *events() const { return m_kiosk->events(); }

    void settle()
    {
        UiProbe(m_kiosk->window()).waitSettled(3000);
        QTest::qWait(400);
    }

    void open(const QString &page, const QVariantMap &properties = {})
    {
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        settle();
        if (!page.isEmpty())
            QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, page), Q_ARG(QVariant, properties));
        settle();
    }

    /// The first week (from this one on) with an event matching `accept`, shown on the events page.
    QVariantMap findInWeeks(const std::function<bool(const QVariantMap &)> &accept)
    {
        for (int week = 0; week < 8; ++week) {
            events()->setWeekOffset(week);
            QTest::qWait(300);
            for (const QVariant &v : events()->week()) {
                if (accept(v.toMap()))
                    return v.toMap();
            }
        }
        return {};
    }

    void shoot(const QString &name)
    {
        settle();
        UiProbe(m_kiosk->window()).shoot(QStringLiteral("events/%1-%2").arg(name, m_kiosk->language()->code()));
    }

private slots:
    void initTestCase()
    {
        {
            QVERIFY(Database::open(dbPath(), QStringLiteral("setup")).ok());
            QVERIFY(StaffPin(QSqlDatabase::database(QStringLiteral("setup"))).set(QStringLiteral("4711")));
        }
        Database::close(QStringLiteral("setup"));
        QString error;
        m_kiosk = startKiosk(dbPath(), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
        m_kiosk->session()->setTimeouts(3600000, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!events()->upcoming().isEmpty(), 10000);
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    /// Home and the attract loop name the next event here, calmly.
    void homeAndAttractLoopShowTheNextEvent()
    {
        open(QString());
        UiProbe ui(m_kiosk->window());
        const QVariantMap next = events()->upcoming().first().toMap();
        QQuickItem *line = ui.find(QStringLiteral("home-next-event"));
        QVERIFY(line);
        QVERIFY2(line->property("text").toString().contains(next.value(QStringLiteral("title")).toString()),
                 qPrintable(line->property("text").toString()));
        shoot(QStringLiteral("home"));
        m_kiosk->session()->end();
        QTRY_VERIFY(ui.find(QStringLiteral("attract-next-event")) != nullptr);
        QTest::qWait(1200);
        shoot(QStringLiteral("attract"));
        m_kiosk->session()->interacted();
    }

    /// An event's times are the studio's, as its feed writes them ("18:00" in Oslo), never the
    /// UTC its instants are stored in: the kiosk said 17:00 for an Oslo evening at 18:00.
    void timesAreTheStudios()
    {
        QFile file(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QHash<QString, QString> wall; // event id → "18:00–19:30", as the feed gives its local times
        for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            wall.insert(e.value(QLatin1String("id")).toString(),
                        e.value(QLatin1String("start")).toString().mid(11, 5) + QChar(0x2013)
                            + e.value(QLatin1String("end")).toString().mid(11, 5));
        }
        const QVariantList upcoming = events()->upcoming();
        QVERIFY(!upcoming.isEmpty());
        for (const QVariant &v : upcoming) {
            const QVariantMap row = v.toMap();
            const QString id = row.value(QStringLiteral("id")).toString();
            const QString shown = row.value(QStringLiteral("when")).toString().remove(QChar(0x2060));
            QVERIFY2(wall.contains(id), qPrintable(id));
            QVERIFY2(shown.contains(wall.value(id)), qPrintable(QStringLiteral("%1: %2, not %3").arg(id, shown, wall.value(id))));
            // The language spoken stays one piece in the event's line ("Norsk bokmål" parted in Arabic).
            QVERIFY2(!row.value(QStringLiteral("language")).toString().contains(u' '),
                     qPrintable(row.value(QStringLiteral("language")).toString()));
        }
    }

    /// A week at a time, filtered by kind and by the language spoken.
    void weekListWithFilters_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"en", "de", "ar", "zh_CN"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void weekListWithFilters()
    {
        QFETCH(QString, language);
        m_kiosk->language()->setCode(language);
        open(QStringLiteral("events"));
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.find(QStringLiteral("week-title")));
        const QVariantMap any = findInWeeks([](const QVariantMap &) { return true; });
        QVERIFY2(!any.isEmpty(), "no event in the next eight weeks of the demo data");
        QTRY_VERIFY(ui.find(QStringLiteral("event-") + any.value(QStringLiteral("id")).toString()) != nullptr);
        shoot(QStringLiteral("week"));
        // A kind filter keeps that kind only; one the week does not hold leaves a calm sentence.
        const QString kind = any.value(QStringLiteral("kind")).toString();
        QString kindValue;
        for (int i = 0; i < events()->kindChoices()->rowCount(); ++i) {
            const QModelIndex index = events()->kindChoices()->index(i);
            if (events()->kindChoices()->data(index, Qt::DisplayRole).toString() == kind
                || events()->kindChoices()->data(index, ChoiceListModel::TextRole).toString() == kind)
                kindValue = events()->kindChoices()->data(index, ChoiceListModel::ValueRole).toString();
        }
        QVERIFY2(!kindValue.isEmpty(), qPrintable(kind));
        events()->setKindFilter(kindValue);
        QTRY_VERIFY(!events()->week().isEmpty());
        for (const QVariant &v : events()->week())
            QCOMPARE(v.toMap().value(QStringLiteral("kind")).toString(), kind);
        events()->setKindFilter(QString());
        events()->setLanguageFilter(QStringLiteral("xx"));
        QTRY_VERIFY(events()->week().isEmpty());
        QTRY_VERIFY(ui.find(QStringLiteral("events-none")) != nullptr);
        events()->setLanguageFilter(QString());
        events()->setWeekOffset(0);
        m_kiosk->language()->setCode(QStringLiteral("en"));
    }

    /// The languages events are spoken in, named in the visitor's language: a German visitor read
    /// "Norsk bokmål", and the demo's English workshop once showed as "American English" (Qt's
    /// name for "en" alone is its first territory's).
    void spokenLanguagesInTheVisitorsWords()
    {
        const auto labelsIn = [this](const QString &code) {
            m_kiosk->language()->setCode(code);
            open(QStringLiteral("events"));
            QSet<QString> labels;
            findInWeeks([this, &labels](const QVariantMap &) {
                const auto *choices = events()->languageChoices();
                for (int i = 1; i < choices->rowCount(); ++i) // the first: all languages
                    labels << choices->data(choices->index(i), ChoiceListModel::TextRole).toString();
                return false;
            });
            events()->setWeekOffset(0);
            return QStringList(labels.cbegin(), labels.cend());
        };
        const QStringList german = labelsIn(QStringLiteral("de"));
        QVERIFY2(german.contains(QStringLiteral("Englisch")) && german.contains(QStringLiteral("Norwegisch (Bokmål)")),
                 qPrintable(german.join(u',')));
        // A choice of its own starts with a capital, as French writes a language alone.
        const QStringList french = labelsIn(QStringLiteral("fr"));
        QVERIFY2(french.contains(QStringLiteral("Anglais")) && french.contains(QStringLiteral("Norvégien (bokmål)")),
                 qPrintable(french.join(u',')));
        const QStringList chinese = labelsIn(QStringLiteral("zh_CN"));
        QVERIFY2(chinese.contains(QStringLiteral("英语")), qPrintable(chinese.join(u',')));
        m_kiosk->language()->setCode(QStringLiteral("en"));
        const QStringList english = labelsIn(QStringLiteral("en"));
        QVERIFY2(english.contains(QStringLiteral("English")) && english.contains(QStringLiteral("Norwegian (Bokmål)")),
                 qPrintable(english.join(u',')));
        for (const QString &label : german + french + english)
            QVERIFY2(!label.contains(QLatin1String("American")) && !label.contains(QLatin1String("Norsk")), qPrintable(label));
    }

    /// An event's page, and a place taken with the test drive's fields and consents.
    void joinAnEvent()
    {
        const QVariantMap ev = findInWeeks([](const QVariantMap &e) {
            return e.value(QStringLiteral("signup")).toBool() && !e.value(QStringLiteral("full")).toBool()
                && !e.value(QStringLiteral("cancelled")).toBool();
        });
        QVERIFY(!ev.isEmpty());
        const QString id = ev.value(QStringLiteral("id")).toString();
        m_kiosk->session()->interacted(); // a visit, whose anonymous events the page adds to
        open(QStringLiteral("event"), {{QStringLiteral("eventId"), id}});
        UiProbe ui(m_kiosk->window());
        QTRY_COMPARE(events()->current().value(QStringLiteral("id")).toString(), id);
        const QString kindName = events()->current().value(QStringLiteral("kindName")).toString();
        QVERIFY(!kindName.isEmpty());
        QVERIFY(ui.find(QStringLiteral("event-description")));
        QVERIFY(ui.find(QStringLiteral("event-calendar-qr")));
        // A calendar entry a phone reads off the screen: compact (no description), so the code
        // stays coarse enough for a camera.
        const QString ics = QUrl::fromPercentEncoding(events()
                                                          ->current()
                                                          .value(QStringLiteral("calendarQr"))
                                                          .toString()
                                                          .mid(QStringLiteral("image://qr/").size())
                                                          .toUtf8());
        QVERIFY2(ics.startsWith(QLatin1String("BEGIN:VCALENDAR")), qPrintable(ics.left(40)));
        QVERIFY(!ics.contains(events()->current().value(QStringLiteral("description")).toString().left(20)));
        qInfo("calendar QR: %lld characters", qlonglong(ics.size()));
        QVERIFY(ui.find(QStringLiteral("event-join-form")));
        shoot(QStringLiteral("event"));

        // Nothing typed: each field says what it needs, nothing is stored.
        events()->join(QString(), QStringLiteral("12"), false, false);
        QTRY_VERIFY(!events()->problem().isEmpty());
        QVERIFY(!events()->nameProblem().isEmpty());
        QVERIFY(!events()->contactProblem().isEmpty());
        QVERIFY(!events()->privacyProblem().isEmpty());
        QVERIFY2(!events()->privacyProblem().contains(QLatin1String("test drive")), qPrintable(events()->privacyProblem()));
        shoot(QStringLiteral("event-problems"));

        events()->join(QStringLiteral("Kari Nordmann"), QStringLiteral("+47 412 34 567"), true, false);
        QTRY_VERIFY(!events()->joined().value(QStringLiteral("code")).toString().isEmpty());
        QTRY_VERIFY(ui.find(QStringLiteral("event-code")) != nullptr);
        shoot(QStringLiteral("joined"));
        const QString code = events()->joined().value(QStringLiteral("code")).toString();
        // In the database: one place with its contact and outbox row.
        {
            QVERIFY(Database::open(dbPath(), QStringLiteral("check")).ok());
            QSqlQuery q(QSqlDatabase::database(QStringLiteral("check")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM event_joiner j JOIN event_joiner_contact c ON c.joiner = j.id "
                                          "WHERE j.code = '%1' AND j.event = '%2'")
                               .arg(code, id)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            // The visit's anonymous events: the page viewed and the place taken, under the
            // event's id and kind, and nothing of the person.
            QVERIFY(
                q.exec(QStringLiteral("SELECT kind, detail FROM insight_events WHERE subject = '%1' ORDER BY at_ms").arg(id)));
            QStringList seen;
            while (q.next()) {
                QCOMPARE(q.value(1).toString(), kindName);
                seen << q.value(0).toString();
            }
            QCOMPARE(seen, (QStringList{QStringLiteral("event-viewed"), QStringLiteral("event-joined")}));
            QVERIFY(
                q.exec(QStringLiteral("SELECT count(*) FROM insight_events WHERE subject LIKE '%Kari%' OR detail LIKE '%412%'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        Database::close(QStringLiteral("check"));

        // Staff see the joiner with the contact and check them in at the door.
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        open(QStringLiteral("staff"));
        // The demo feed made every event: staff see each as new in the latest feed.
        QTRY_VERIFY(ui.find(QStringLiteral("staff-event-") + id) != nullptr);
        QVERIFY2(ui.find(QStringLiteral("staff-event-") + id)
                     ->property("note")
                     .toString()
                     .contains(QLatin1String("new in the latest feed")),
                 qPrintable(ui.find(QStringLiteral("staff-event-") + id)->property("note").toString()));
        events()->showJoiners(id);
        QTRY_VERIFY(ui.find(QStringLiteral("joiner-") + code) != nullptr);
        QVERIFY(ui.find(QStringLiteral("joiner-") + code)->property("text").toString().contains(QLatin1String("Kari Nordmann")));
        shoot(QStringLiteral("staff"));
        events()->checkIn(code);
        QTRY_VERIFY(ui.find(QStringLiteral("check-in-") + code) == nullptr);
        m_kiosk->staff()->lock();

        // Given back by its code on the events page.
        open(QStringLiteral("events"));
        events()->cancelByCode(code);
        QTRY_VERIFY(!events()->cancelMessage().isEmpty());
        // Checked in already: the place is used, it cannot be given back.
        QVERIFY(events()->cancelMessage().contains(QLatin1String("No place")));
    }

    /// A full event says so plainly and offers no form; never how few places are left.
    void aFullEventSaysSo()
    {
        const QVariantMap ev = findInWeeks([](const QVariantMap &e) {
            return e.value(QStringLiteral("signup")).toBool() && !e.value(QStringLiteral("cancelled")).toBool();
        });
        QVERIFY(!ev.isEmpty());
        const QString id = ev.value(QStringLiteral("id")).toString();
        // Other screens filled it: places taken through the store, as they would be.
        {
            QVERIFY(Database::open(dbPath(), QStringLiteral("fill")).ok());
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fill"));
            const auto catalog = CatalogRows(db).catalog();
            QVERIFY(catalog);
            EventStore store(db);
            const auto listing = store.event(id);
            QVERIFY(listing);
            const Studio *studio = catalog->studio(listing->event.studio);
            QVERIFY(studio);
            for (int i = listing->joined; i < listing->event.capacity; ++i) {
                EventStore::Request r;
                r.event = id;
                // A name is letters only: "Guest Ab", "Guest Ac" …
                r.contact.name = QStringLiteral("Guest ") + QChar(u'A' + i / 26) + QChar(u'a' + i % 26);
                r.contact.channel = ContactChannel::Email;
                r.contact.value = QStringLiteral("gjest%1@posteo.de").arg(i);
                r.contact.privacyAccepted = true;
                EventStore::Error error;
                QVERIFY2(store.join(*studio, r, &error), qPrintable(error.message));
            }
        }
        Database::close(QStringLiteral("fill"));
        events()->refresh();
        open(QStringLiteral("event"), {{QStringLiteral("eventId"), id}});
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(events()->current().value(QStringLiteral("full")).toBool());
        QTRY_VERIFY(ui.find(QStringLiteral("event-status")) != nullptr);
        QVERIFY(!ui.find(QStringLiteral("event-join-form")));
        shoot(QStringLiteral("full"));
        // The store refuses one more, whatever a screen shows.
        events()->join(QStringLiteral("Late Visitor"), QStringLiteral("sein@posteo.de"), true, false);
        QTRY_VERIFY(events()->problem().contains(QLatin1String("full")));
    }

    /// The visit's end forgets the form, the place shown and the filters.
    void forgottenWithTheVisit()
    {
        events()->setKindFilter(QStringLiteral("talk"));
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(events()->kindFilter().isEmpty());
        QVERIFY(events()->current().isEmpty());
        QVERIFY(events()->joined().isEmpty());
    }
};

QTEST_MAIN(TestEvents)
#include "tst_events.moc"
