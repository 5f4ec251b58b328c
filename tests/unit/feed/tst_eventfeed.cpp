// SPDX-License-Identifier: GPL-3.0-or-later
// Studio events in the Vitrine feed: good ones placed in their studio's time zone (both clock-change
// days included), each kind of bad field left out with its reason while the rest of the feed goes
// in, a template feed's dates moved to the weeks to come, and what an import keeps.

#include "booking/eventstore.h"
#include "feed/feedimporter.h"
#include "feed/feedparser.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestEventFeed : public QObject
{
    Q_OBJECT

    QJsonObject m_demo; ///< the demo feed without its cars and events

    static QJsonObject event(const QString &id = QStringLiteral("ev-1"))
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("kind"), QStringLiteral("talk")},
                {QStringLiteral("studio"), QStringLiteral("oslo")},
                {QStringLiteral("title"),
                 QJsonObject{{QStringLiteral("en"), QStringLiteral("Winter range")},
                             {QStringLiteral("ar"), QStringLiteral("المدى في الشتاء")}}},
                {QStringLiteral("description"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Cold and batteries.")}}},
                {QStringLiteral("start"), QStringLiteral("2026-12-12T18:00")},
                {QStringLiteral("end"), QStringLiteral("2026-12-12T19:30")},
                {QStringLiteral("capacity"), 40},
                {QStringLiteral("picture"), QStringLiteral("nord-e")},
                {QStringLiteral("language"), QStringLiteral("nb")},
                {QStringLiteral("signup_required"), true}};
    }

    Feed parse(const QJsonArray &events, const QJsonObject &extra = {}, const QDateTime &now = {})
    {
        QJsonObject root = m_demo;
        root.insert(QStringLiteral("events"), events);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            root.insert(it.key(), it.value());
        FeedContext context;
        context.now = now.isValid() ? now : QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        const auto result = FeedParser::parse(QJsonDocument(root).toJson(), context);
        if (!result.feed)
            qFatal("feed refused: %s", qPrintable(result.fatal));
        return *result.feed;
    }

    static QStringList issues(const Feed &feed, RecordIssue::Severity severity)
    {
        QStringList out;
        for (const RecordIssue &i : feed.issues) {
            if (i.severity == severity)
                out << i.toString();
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_demo = QJsonDocument::fromJson(file.readAll()).object();
        m_demo.remove(QStringLiteral("vehicles"));
        m_demo.remove(QStringLiteral("events"));
        m_demo.remove(QStringLiteral("dates_relative_to"));
    }

    void goodEventIsPlacedInItsStudiosZone()
    {
        const Feed feed = parse({event()});
        QCOMPARE(issues(feed, RecordIssue::Severity::Error), QStringList());
        QCOMPARE(feed.events.size(), 1);
        const StudioEvent &e = feed.events.first();
        QCOMPARE(e.kind, EventKind::Talk);
        QCOMPARE(e.start, QDateTime(QDate(2026, 12, 12), QTime(17, 0), Qt::UTC)); // Oslo is UTC+1 in December
        QCOMPARE(e.end, QDateTime(QDate(2026, 12, 12), QTime(18, 30), Qt::UTC));
        QCOMPARE(e.capacity, 40);
        QCOMPARE(e.pictureModel, QStringLiteral("nord-e"));
        QCOMPARE(e.language, QStringLiteral("nb"));
        QCOMPARE(e.title.text(QStringLiteral("ar")), QStringLiteral("المدى في الشتاء"));
        QCOMPARE(e.title.text(QStringLiteral("de")), QStringLiteral("Winter range"));
        // Storage keeps the placed form, which reads back to the same instants.
        const QJsonObject doc = feed.documents.value(QStringLiteral("events/ev-1"));
        QCOMPARE(doc.value(QStringLiteral("start")).toString(), QStringLiteral("2026-12-12T18:00:00+01:00"));
        QCOMPARE(QDateTime::fromString(doc.value(QStringLiteral("end")).toString(), Qt::ISODate).toUTC(), e.end);
        QVERIFY(StudioEvent::read(doc, nullptr));

        // Every kind, in other zones; a drive day over two days; a photo for a picture.
        QJsonObject dubai = event(QStringLiteral("ev-2"));
        dubai.insert(QStringLiteral("kind"), QStringLiteral("drive_day"));
        dubai.insert(QStringLiteral("studio"), QStringLiteral("dubai"));
        dubai.insert(QStringLiteral("end"), QStringLiteral("2026-12-13T17:00"));
        dubai.insert(QStringLiteral("picture"), QStringLiteral("https://example.com/drive.jpg"));
        QJsonObject portland = event(QStringLiteral("ev-3"));
        portland.insert(QStringLiteral("kind"), QStringLiteral("launch"));
        portland.insert(QStringLiteral("studio"), QStringLiteral("portland"));
        portland.insert(QStringLiteral("signup_required"), false);
        portland.remove(QStringLiteral("picture"));
        QJsonObject workshop = event(QStringLiteral("ev-4"));
        workshop.insert(QStringLiteral("kind"), QStringLiteral("workshop"));
        const Feed more = parse({dubai, portland, workshop});
        QCOMPARE(issues(more, RecordIssue::Severity::Error), QStringList());
        QCOMPARE(issues(more, RecordIssue::Severity::Warning), QStringList());
        QCOMPARE(more.events.size(), 3);
        QCOMPARE(more.events.at(0).start, QDateTime(QDate(2026, 12, 12), QTime(14, 0), Qt::UTC));
        QCOMPARE(more.events.at(0).pictureUrl, QStringLiteral("https://example.com/drive.jpg"));
        QCOMPARE(more.events.at(1).start, QDateTime(QDate(2026, 12, 13), QTime(2, 0), Qt::UTC));
        QVERIFY(!more.events.at(1).signupRequired);
        QCOMPARE(more.events.at(2).kind, EventKind::Workshop);
    }

    void badFieldLeavesOutOnlyItsEvent_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("id") << "id" << QJsonValue(QStringLiteral("Ev 1")) << "id: must be lower-case";
        QTest::newRow("kind") << "kind" << QJsonValue(QStringLiteral("party"))
                              << "kind: is \"party\"; expected one of talk, workshop, drive_day, launch";
        QTest::newRow("no kind") << "kind" << QJsonValue() << "kind: is missing";
        QTest::newRow("no title") << "title" << QJsonValue() << "title: is missing";
        QTest::newRow("long title") << "title" << QJsonValue(QString(201, QLatin1Char('x'))) << "title:";
        QTest::newRow("long description") << "description" << QJsonValue(QString(2001, QLatin1Char('x'))) << "description:";
        QTest::newRow("no studio") << "studio" << QJsonValue() << "studio: is missing";
        QTest::newRow("unknown studio") << "studio" << QJsonValue(QStringLiteral("bergen"))
                                        << "studio: refers to studios \"bergen\", which the feed does not have";
        QTest::newRow("dealer") << "studio" << QJsonValue(QStringLiteral("drammen")) << "studio: \"drammen\" is a dealer";
        QTest::newRow("no start") << "start" << QJsonValue() << "start: is missing";
        QTest::newRow("start not a time") << "start" << QJsonValue(QStringLiteral("12/12/2026 18:00"))
                                          << "start: \"12/12/2026 18:00\" is not a date and time";
        QTest::newRow("no such day") << "start" << QJsonValue(QStringLiteral("2026-02-30T18:00"))
                                     << "start: \"2026-02-30T18:00\" is not a date and time";
        QTest::newRow("end before start") << "end" << QJsonValue(QStringLiteral("2026-12-12T17:00"))
                                          << "end: must be after the start";
        QTest::newRow("too long") << "end" << QJsonValue(QStringLiteral("2026-12-30T17:00"))
                                  << "end: is more than 14 days after the start";
        QTest::newRow("no capacity") << "capacity" << QJsonValue() << "capacity: is missing";
        QTest::newRow("capacity 0") << "capacity" << QJsonValue(0) << "capacity: is 0; expected 1 to 500";
        QTest::newRow("capacity 501") << "capacity" << QJsonValue(501) << "capacity: is 501; expected 1 to 500";
        QTest::newRow("capacity 2.5") << "capacity" << QJsonValue(2.5) << "capacity: must be a whole number";
        QTest::newRow("capacity text") << "capacity" << QJsonValue(QStringLiteral("40")) << "capacity: must be a whole number";
        QTest::newRow("no language") << "language" << QJsonValue() << "language: is missing";
        QTest::newRow("language") << "language" << QJsonValue(QStringLiteral("Norwegian"))
                                  << "language: \"Norwegian\" is not a language code";
        QTest::newRow("signup") << "signup_required" << QJsonValue(QStringLiteral("yes"))
                                << "signup_required: must be true or false";
        QTest::newRow("cancelled") << "cancelled" << QJsonValue(1) << "cancelled: must be true or false";
    }

    void badFieldLeavesOutOnlyItsEvent()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        QJsonObject bad = event(QStringLiteral("ev-bad"));
        if (value.isNull())
            bad.remove(field);
        else
            bad.insert(field, value);
        const Feed feed = parse({event(QStringLiteral("ev-good")), bad});
        const QStringList errors = issues(feed, RecordIssue::Severity::Error);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(problem), qPrintable(errors.first()));
        QVERIFY2(errors.first().startsWith(QLatin1String("events/")), qPrintable(errors.first()));
        QCOMPARE(feed.events.size(), 1);
        QCOMPARE(feed.events.first().id, QStringLiteral("ev-good"));
        QVERIFY(!feed.documents.contains(QStringLiteral("events/ev-bad")));
        QCOMPARE(feed.studios.size(), 18); // the rest of the feed is untouched
    }

    void badPictureIsAWarning_data()
    {
        QTest::addColumn<QJsonValue>("picture");
        QTest::newRow("ftp") << QJsonValue(QStringLiteral("ftp://example.com/a.jpg"));
        QTest::newRow("unknown model") << QJsonValue(QStringLiteral("aster-9"));
        QTest::newRow("not a string") << QJsonValue(42);
        QTest::newRow("too long") << QJsonValue(QStringLiteral("https://example.com/") + QString(2100, QLatin1Char('a')));
        QTest::newRow("neither") << QJsonValue(QStringLiteral("Aster 5!"));
    }

    void badPictureIsAWarning()
    {
        QFETCH(QJsonValue, picture);
        QJsonObject e = event();
        e.insert(QStringLiteral("picture"), picture);
        const Feed feed = parse({e});
        QCOMPARE(issues(feed, RecordIssue::Severity::Error), QStringList());
        QCOMPARE(issues(feed, RecordIssue::Severity::Warning).size(), 1);
        QCOMPARE(feed.events.size(), 1);
        QVERIFY(feed.events.first().pictureUrl.isEmpty() && feed.events.first().pictureModel.isEmpty());
        QVERIFY(!feed.documents.value(QStringLiteral("events/ev-1")).contains(QStringLiteral("picture")));
    }

    void clockChangeDays()
    {
        // Oslo: clocks go forward at 02:00 on 29 March 2026 and back at 03:00 on 25 October 2026.
        QJsonObject skipped = event(QStringLiteral("spring"));
        skipped.insert(QStringLiteral("start"), QStringLiteral("2026-03-29T02:30"));
        skipped.insert(QStringLiteral("end"), QStringLiteral("2026-03-29T04:00"));
        QJsonObject spring = event(QStringLiteral("spring-ok"));
        spring.insert(QStringLiteral("start"), QStringLiteral("2026-03-29T01:30"));
        spring.insert(QStringLiteral("end"), QStringLiteral("2026-03-29T03:30"));
        QJsonObject repeated = event(QStringLiteral("autumn"));
        repeated.insert(QStringLiteral("start"), QStringLiteral("2026-10-25T02:30"));
        repeated.insert(QStringLiteral("end"), QStringLiteral("2026-10-25T04:00"));
        QJsonObject second = event(QStringLiteral("autumn-second"));
        second.insert(QStringLiteral("start"), QStringLiteral("2026-10-25T02:30+01:00"));
        second.insert(QStringLiteral("end"), QStringLiteral("2026-10-25T04:00"));
        QJsonObject wrongOffset = event(QStringLiteral("wrong-offset"));
        wrongOffset.insert(QStringLiteral("start"), QStringLiteral("2026-12-12T18:00+02:00"));
        const Feed feed = parse({skipped, spring, repeated, second, wrongOffset});
        const QStringList errors = issues(feed, RecordIssue::Severity::Error);
        QCOMPARE(errors.size(), 2);
        QVERIFY2(errors.at(0).contains(QLatin1String("events/spring: start: 2026-03-29T02:30 does not exist in Europe/Oslo")),
                 qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(
                     QLatin1String("events/wrong-offset: start: 2026-12-12T18:00+02:00 is not a time in Europe/Oslo")),
                 qPrintable(errors.at(1)));
        QCOMPARE(feed.events.size(), 3);
        QCOMPARE(feed.events.at(0).start, QDateTime(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC));
        QCOMPARE(feed.events.at(0).end, QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));    // an hour long, not two
        QCOMPARE(feed.events.at(1).start, QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC)); // the first 02:30
        QCOMPARE(feed.events.at(2).start,
                 QDateTime(QDate(2026, 10, 25), QTime(1, 30), Qt::UTC)); // the second, named by its offset
        QCOMPARE(feed.events.at(2).end, QDateTime(QDate(2026, 10, 25), QTime(3, 0), Qt::UTC));
        QCOMPARE(feed.documents.value(QStringLiteral("events/autumn")).value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-10-25T02:30:00+02:00"));
        QCOMPARE(feed.documents.value(QStringLiteral("events/autumn-second")).value(QStringLiteral("start")).toString(),
                 QStringLiteral("2026-10-25T02:30:00+01:00"));
    }

    void templateDatesMoveToTheComingWeeks()
    {
        // A template dated from Sunday 1 November 2026, read on Tuesday 9 February 2027.
        QJsonObject e = event();
        e.insert(QStringLiteral("start"), QStringLiteral("2026-11-05T18:00"));
        e.insert(QStringLiteral("end"), QStringLiteral("2026-11-05T19:30"));
        const QDateTime now(QDate(2027, 2, 9), QTime(12, 0), Qt::UTC);
        const Feed feed = parse({e}, {{QStringLiteral("dates_relative_to"), QStringLiteral("2026-11-01")}}, now);
        QCOMPARE(feed.events.size(), 1);
        const StudioEvent &moved = feed.events.first();
        QVERIFY(moved.start > now);
        QCOMPARE(moved.start.toTimeZone(QTimeZone("Europe/Oslo")).date().dayOfWeek(), 4); // still a Thursday
        QCOMPARE(moved.start.toTimeZone(QTimeZone("Europe/Oslo")).time(), QTime(18, 0));
        QCOMPARE(moved.start, QDateTime(QDate(2027, 2, 18), QTime(17, 0), Qt::UTC));
        // Read before the template's date, it moves back, never into the past.
        const QDateTime early(QDate(2026, 9, 2), QTime(12, 0), Qt::UTC);
        const Feed before = parse({e}, {{QStringLiteral("dates_relative_to"), QStringLiteral("2026-11-01")}}, early);
        QVERIFY(before.events.first().start > early);
        QVERIFY(before.events.first().start < early.addDays(14));
    }

    void importKeepsJoinersAndTheLastGoodVersion()
    {
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.filePath(QStringLiteral("db.sqlite")), QStringLiteral("import")).ok());
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("import"));
            QJsonObject root = m_demo;
            root.insert(QStringLiteral("events"), QJsonArray{event(), event(QStringLiteral("ev-2"))});
            FeedImporter importer(db);
            auto report = importer.importBytes(QJsonDocument(root).toJson(), QStringLiteral("test"));
            QVERIFY2(report.applied, qPrintable(report.fatal));
            EventStore store(db, [] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
            QCOMPARE(store.list({}).size(), 2);
            // A bad new version: the stored one stays, and its joiners with it.
            QJsonObject bad = event();
            bad.insert(QStringLiteral("capacity"), 0);
            root.insert(QStringLiteral("events"), QJsonArray{bad, event(QStringLiteral("ev-2"))});
            report = importer.importBytes(QJsonDocument(root).toJson(), QStringLiteral("test"));
            QVERIFY(report.applied);
            QCOMPARE(report.rejected, 1);
            QCOMPARE(store.event(QStringLiteral("ev-1"))->event.capacity, 40);
            // A full feed without an event removes it (a tombstone, not a gap).
            root.insert(QStringLiteral("events"), QJsonArray{event(QStringLiteral("ev-2"))});
            QVERIFY(importer.importBytes(QJsonDocument(root).toJson(), QStringLiteral("test")).applied);
            QVERIFY(!store.event(QStringLiteral("ev-1")));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT deleted FROM studio_event WHERE id = 'ev-1'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        Database::close(QStringLiteral("import"));
    }

    // Staff see what the latest feed carrying events created or changed; the feed after it
    // starts afresh, and an unchanged event is no news.
    void latestFeedsCreationsAndChanges()
    {
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.filePath(QStringLiteral("db.sqlite")), QStringLiteral("changes")).ok());
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("changes"));
            EventStore store(db, [] { return QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC); });
            const auto changeOf = [&](const QString &id) { return store.event(id)->feedChange; };
            QJsonObject root = m_demo;
            root.insert(QStringLiteral("events"), QJsonArray{event(), event(QStringLiteral("ev-2"))});
            FeedImporter importer(db);
            QVERIFY(importer.importBytes(QJsonDocument(root).toJson(), QStringLiteral("test")).applied);
            QCOMPARE(changeOf(QStringLiteral("ev-1")), EventListing::FeedChange::Created);
            QCOMPARE(changeOf(QStringLiteral("ev-2")), EventListing::FeedChange::Created);
            // The next feed moves ev-2 and adds ev-3; ev-1 comes again unchanged.
            QJsonObject moved = event(QStringLiteral("ev-2"));
            moved.insert(QStringLiteral("start"), QStringLiteral("2026-12-13T18:00"));
            moved.insert(QStringLiteral("end"), QStringLiteral("2026-12-13T19:30"));
            root.insert(QStringLiteral("events"), QJsonArray{event(), moved, event(QStringLiteral("ev-3"))});
            QVERIFY(importer.importBytes(QJsonDocument(root).toJson(), QStringLiteral("test")).applied);
            QCOMPARE(changeOf(QStringLiteral("ev-1")), EventListing::FeedChange::None);
            QCOMPARE(changeOf(QStringLiteral("ev-2")), EventListing::FeedChange::Changed);
            QCOMPARE(changeOf(QStringLiteral("ev-3")), EventListing::FeedChange::Created);
            // Listed the same way.
            const QList<EventListing> all = store.list({});
            QCOMPARE(std::count_if(all.cbegin(), all.cend(),
                                   [](const EventListing &l) { return l.feedChange != EventListing::FeedChange::None; }),
                     2);
        }
        Database::close(QStringLiteral("changes"));
    }

    void demoEventsAreAheadWheneverTheDemoIsLoaded()
    {
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("demo")).ok());
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("demo"));
            const auto report = FeedImporter(db).importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
            QVERIFY2(report.applied, qPrintable(report.fatal));
            QCOMPARE(report.rejected, 0);
            QCOMPARE(report.warnings, 0);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            EventStore store(db);
            const QList<EventListing> all = store.list({});
            QCOMPARE(all.size(), 8);
            for (const EventListing &l : all) {
                QVERIFY2(l.event.start > now, qPrintable(l.event.id));
                QVERIFY(l.event.start < now.addDays(35));
            }
            QVERIFY(!store.upcoming(QStringLiteral("oslo"), now, 3).isEmpty());
        }
        Database::close(QStringLiteral("demo"));
    }
};

QTEST_GUILESS_MAIN(TestEventFeed)
#include "tst_eventfeed.moc"
