// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/feedimporter.h"
#include "storage/database.h"
#include "sync/syncoverview.h"
#include "sync/syncrows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

/// The sync's tables: staff's sources over the feed's, each source's state, its left-out records.
class TestSyncRows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_connection;

    QSqlDatabase db() { return QSqlDatabase::database(m_connection); }

    void importBrandWithSources(const QJsonArray &sources)
    {
        QFile f(QStringLiteral(VITRINE_TEST_DATA "/small-feed.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject feed = QJsonDocument::fromJson(f.readAll()).object();
        feed[QStringLiteral("sources")] = sources;
        QVERIFY(FeedImporter(db()).importBytes(QJsonDocument(feed).toJson(), QStringLiteral("brand")).applied);
    }

    static QJsonObject source(const QString &id, const QString &url)
    {
        return {{QStringLiteral("id"), id}, {QStringLiteral("url"), url}};
    }

private slots:
    void init()
    {
        m_connection = QStringLiteral("r%1").arg(++m_serial);
        QVERIFY(Database::open(m_dir.filePath(m_connection + QStringLiteral(".sqlite")), m_connection).ok());
    }

    void cleanup() { Database::close(m_connection); }

    void staffSourcesGoOverTheFeeds()
    {
        importBrandWithSources({source(QStringLiteral("a"), QStringLiteral("https://a.example/a.csv")),
                                source(QStringLiteral("b"), QStringLiteral("https://b.example/b.csv"))});
        SyncRows rows(db());
        auto sources = rows.sources();
        QCOMPARE(sources->size(), 2);
        QCOMPARE(sources->at(0).origin, SyncSource::Origin::Feed);

        FeedSource paused = sources->at(1).source;
        paused.enabled = false;
        QVERIFY(rows.saveLocal(paused));
        FeedSource own;
        own.id = QStringLiteral("event-stock");
        own.name = QStringLiteral("stock.csv");
        own.url = QUrl::fromLocalFile(QStringLiteral("/media/usb/stock.csv"));
        QVERIFY(rows.saveLocal(own));
        sources = rows.sources();
        QCOMPARE(sources->size(), 3);
        QCOMPARE(sources->at(1).origin, SyncSource::Origin::ChangedByStaff);
        QVERIFY(!sources->at(1).source.enabled);
        QCOMPARE(sources->at(2).origin, SyncSource::Origin::Staff);
        QCOMPARE(rows.source(QStringLiteral("event-stock"))->source.url, own.url);

        // What staff type is checked like a feed's record.
        FeedSource bad = own;
        bad.id = QStringLiteral("Bad Id");
        QString error;
        QVERIFY(!rows.saveLocal(bad, &error));
        QVERIFY2(error.contains(QLatin1String("id")), qPrintable(error));

        QVERIFY(rows.removeLocal(QStringLiteral("b")));
        QVERIFY(rows.source(QStringLiteral("b"))->source.enabled); // as the feed says again
    }

    void stateAndIssuesTogether()
    {
        SyncRows rows(db());
        SourceState s = *rows.state(QStringLiteral("a"));
        QCOMPARE(s.source, QStringLiteral("a"));
        QCOMPARE(s.outcome, SourceState::Outcome::None);
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        s.lastAttempt = at;
        s.failingSince = at.addSecs(-7200);
        s.failures = 3;
        s.outcome = SourceState::Outcome::Refused;
        s.applied = 10;
        s.rejected = 2;
        s.error = {SyncError::Kind::Refused, QStringLiteral("the feed holds no valid record")};
        s.etag = QStringLiteral("\"x\"");
        QList<RecordIssue> issues;
        for (int i = 0; i < SyncRows::kMaxIssuesKept + 50; ++i)
            issues << RecordIssue{RecordIssue::Severity::Warning, QStringLiteral("vehicles"), QStringLiteral("w%1").arg(i),
                                  QStringLiteral("images"), QStringLiteral("left out")};
        issues << RecordIssue{RecordIssue::Severity::Error, QStringLiteral("vehicles"),    QStringLiteral("v-9"),
                              QStringLiteral("vin"),        QStringLiteral("check digit"), 12};
        QVERIFY(rows.record(s, &issues));
        const SourceState back = *rows.state(QStringLiteral("a"));
        QCOMPARE(back.lastAttempt, at);
        QCOMPARE(back.failingSince, at.addSecs(-7200));
        QCOMPARE(back.failures, 3);
        QCOMPARE(back.outcome, SourceState::Outcome::Refused);
        QCOMPARE(back.error, s.error);
        QCOMPARE(back.etag, s.etag);
        QVERIFY(!back.lastSuccess.isValid());
        const auto kept = rows.issues(QStringLiteral("a"));
        QCOMPARE(kept->size(), SyncRows::kMaxIssuesKept);
        QCOMPARE(kept->first().recordId, QStringLiteral("v-9")); // errors first
        QCOMPARE(kept->first().line, 12);
        // Without issues, the state alone changes; the kept issues stay.
        s.failures = 4;
        QVERIFY(rows.record(s, nullptr));
        QCOMPARE(rows.issues(QStringLiteral("a"))->size(), SyncRows::kMaxIssuesKept);
        QCOMPARE(rows.states()->value(QStringLiteral("a")).failures, 4);

        SyncOverview overview;
        overview.states.insert(QStringLiteral("a"), back);
        QVERIFY(overview.failingLongerThan(QStringLiteral("a"), std::chrono::hours(1), at));
        QVERIFY(!overview.failingLongerThan(QStringLiteral("a"), std::chrono::hours(3), at));
        QVERIFY(!overview.failingLongerThan(QStringLiteral("other"), std::chrono::seconds(0), at));
    }

    void stockIsAsCurrentAsItsStalestSource()
    {
        importBrandWithSources({source(QStringLiteral("a"), QStringLiteral("https://a.example/a.csv")),
                                source(QStringLiteral("b"), QStringLiteral("https://b.example/b.csv"))});
        // No source fetched yet: the last import.
        auto overview = SyncOverview::read(db());
        QVERIFY(overview->stockAsOf.isValid());
        QVERIFY(overview->stockAsOf.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        SyncRows rows(db());
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        SourceState a = SourceState::never(QStringLiteral("a"));
        a.lastSuccess = at;
        SourceState b = SourceState::never(QStringLiteral("b"));
        b.lastSuccess = at.addSecs(-3600);
        QVERIFY(rows.saveState(a) && rows.saveState(b));
        QCOMPARE(SyncOverview::read(db())->stockAsOf, at.addSecs(-3600));
        // A paused source vouches for nothing.
        FeedSource paused = rows.source(QStringLiteral("b"))->source;
        paused.enabled = false;
        QVERIFY(rows.saveLocal(paused));
        QCOMPARE(SyncOverview::read(db())->stockAsOf, at);
    }
};

QTEST_GUILESS_MAIN(TestSyncRows)
#include "tst_syncrows.moc"
