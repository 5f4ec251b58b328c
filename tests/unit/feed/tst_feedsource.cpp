// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/feedimporter.h"
#include "feed/feedsource.h"
#include "feed/feedsourcerows.h"
#include "importtesting.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ImportTesting;

/// The feed's `sources` list: each record checked like every other, stored, read back, removed.
class TestFeedSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_connection;

    QSqlDatabase db() { return QSqlDatabase::database(m_connection); }

    static QJsonObject smallFeed()
    {
        QFile f(QStringLiteral(VITRINE_TEST_DATA "/small-feed.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("small-feed.json missing");
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QJsonObject source(const QString &id, const QString &url)
    {
        return {{QStringLiteral("id"), id}, {QStringLiteral("url"), url}};
    }

    static std::optional<FeedSource> read(const QJsonObject &o, QString *problems = nullptr)
    {
        QList<RecordIssue> issues;
        auto s = FeedSource::read(o, &issues);
        if (problems) {
            QStringList out;
            for (const RecordIssue &i : issues)
                out << i.toString();
            *problems = out.join(QLatin1Char('\n'));
        }
        return s;
    }

private slots:
    void init()
    {
        m_connection = QStringLiteral("s%1").arg(++m_serial);
        QVERIFY(Database::open(m_dir.filePath(m_connection + QStringLiteral(".sqlite")), m_connection).ok());
    }

    void cleanup() { Database::close(m_connection); }

    void readsAWholeRecord()
    {
        QJsonObject o = source(QStringLiteral("nordic"), QStringLiteral("https://feeds.nordic.example/meta.csv?key=s3cret"));
        o[QStringLiteral("name")] = QStringLiteral("Nordic Motors");
        o[QStringLiteral("format")] = QStringLiteral("meta-csv");
        o[QStringLiteral("dealer")] = QStringLiteral("oslo");
        o[QStringLiteral("market")] = QStringLiteral("no");
        o[QStringLiteral("every_minutes")] = 30;
        o[QStringLiteral("max_mb")] = 20;
        o[QStringLiteral("enabled")] = false;
        QString problems;
        const auto s = read(o, &problems);
        QVERIFY2(s, qPrintable(problems));
        QCOMPARE(s->name, QStringLiteral("Nordic Motors"));
        QCOMPARE(s->url.host(), QStringLiteral("feeds.nordic.example"));
        QCOMPARE(s->format->kind, FeedFormat::Kind::Meta);
        QCOMPARE(s->format->delimiter, ',');
        QCOMPARE(s->everyMinutes, 30);
        QCOMPARE(s->maxMegabytes, 20);
        QVERIFY(!s->enabled);
        QCOMPARE(*read(s->toJson()), *s); // what staff save reads back the same

        const auto defaults = read(source(QStringLiteral("usb"), QStringLiteral("/media/usb/stock.csv")));
        QVERIFY(defaults);
        QVERIFY(defaults->isFile());
        QCOMPARE(defaults->url.toLocalFile(), QStringLiteral("/media/usb/stock.csv"));
        QVERIFY(!defaults->format);
        QCOMPARE(defaults->name, QStringLiteral("usb"));
        QCOMPARE(defaults->everyMinutes, FeedSource::kDefaultMinutes);
        QVERIFY(defaults->enabled);
    }

    void refusesWhatCannotBeFetched_data()
    {
        QTest::addColumn<QJsonObject>("record");
        QTest::addColumn<QString>("problem");
        QTest::newRow("ftp") << source(QStringLiteral("a"), QStringLiteral("ftp://x/feed.csv"))
                             << QStringLiteral("sources/a: url: must be an http, https or file URL");
        QTest::newRow("relative") << source(QStringLiteral("a"), QStringLiteral("feeds/x.csv"))
                                  << QStringLiteral("sources/a: url: must be an http");
        QTest::newRow("no host") << source(QStringLiteral("a"), QStringLiteral("https:///x.csv"))
                                 << QStringLiteral("sources/a: url:");
        QTest::newRow("no url") << QJsonObject{{QStringLiteral("id"), QStringLiteral("a")}}
                                << QStringLiteral("sources/a: url: is missing");
        QJsonObject format = source(QStringLiteral("a"), QStringLiteral("https://x/f.csv"));
        format[QStringLiteral("format")] = QStringLiteral("excel");
        QTest::newRow("format") << format << QStringLiteral("sources/a: format: \"excel\" is not a feed format");
        QJsonObject often = source(QStringLiteral("a"), QStringLiteral("https://x/f.csv"));
        often[QStringLiteral("every_minutes")] = 1;
        QTest::newRow("too often") << often << QStringLiteral("sources/a: every_minutes: is 1; expected 5 to 10080");
        QTest::newRow("long id") << source(QString(41, QLatin1Char('a')), QStringLiteral("https://x/f.csv"))
                                 << QStringLiteral("at most 40 characters");
        QTest::newRow("long url") << source(QStringLiteral("a"), QStringLiteral("https://x/") + QString(2100, QLatin1Char('p')))
                                  << QStringLiteral("sources/a: url: is 2110 characters long; at most 2048");
    }

    void refusesWhatCannotBeFetched()
    {
        QFETCH(QJsonObject, record);
        QFETCH(QString, problem);
        QString problems;
        QVERIFY(!read(record, &problems));
        QVERIFY2(problems.contains(problem), qPrintable(problems));
    }

    void aFeedCarriesItsSourcesThroughTheImporter()
    {
        QJsonObject feed = smallFeed();
        QJsonObject dealerSource = source(QStringLiteral("nordic"), QStringLiteral("https://x.example/n.csv"));
        dealerSource[QStringLiteral("dealer")] = QStringLiteral("oslo");
        QJsonObject unknownPlace = source(QStringLiteral("ghost"), QStringLiteral("https://x.example/g.csv"));
        unknownPlace[QStringLiteral("dealer")] = QStringLiteral("atlantis");
        feed[QStringLiteral("sources")] = QJsonArray{dealerSource, unknownPlace, QStringLiteral("not an object"),
                                                     source(QStringLiteral("event"), QStringLiteral("/media/usb/stock.csv"))};
        FeedImporter importer(db());
        auto report = importer.importBytes(QJsonDocument(feed).toJson(), QStringLiteral("brand"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("sources/ghost: dealer: refers to studios \"atlantis\"")),
                 qPrintable(issues(report)));
        QVERIFY2(hasIssue(report, QStringLiteral("sources/#3: is not an object")), qPrintable(issues(report)));
        auto stored = FeedSourceRows(db()).sources();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(0).id, QStringLiteral("nordic"));
        QCOMPARE(stored->at(0).dealer, QStringLiteral("oslo"));
        QCOMPARE(stored->at(1).id, QStringLiteral("event"));

        // A delta removes one; a full feed without the list takes the rest away.
        const QJsonObject delta{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("source"), QStringLiteral("test")},
                                {QStringLiteral("mode"), QStringLiteral("delta")},
                                {QStringLiteral("deleted"),
                                 QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("source")},
                                                        {QStringLiteral("id"), QStringLiteral("event")}}}}};
        report = importer.importBytes(QJsonDocument(delta).toJson(), QStringLiteral("delta"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QCOMPARE(FeedSourceRows(db()).sources()->size(), 1);
        report = importer.importBytes(QJsonDocument(smallFeed()).toJson(), QStringLiteral("brand"));
        QVERIFY2(report.applied, qPrintable(issues(report)));
        QVERIFY(FeedSourceRows(db()).sources()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedSource)
#include "tst_feedsource.moc"
