// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/feedfilefinder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestFeedFileFinder : public QObject
{
    Q_OBJECT
private slots:
    void findsFeedFilesInTheFoldersGiven()
    {
        QTemporaryDir dir;
        QDir root(dir.path());
        QVERIFY(root.mkpath(QStringLiteral("event/nordic")));
        QVERIFY(root.mkpath(QStringLiteral(".hidden")));
        QVERIFY(root.mkpath(QStringLiteral("a/b/c/d")));
        for (const char *name : {"event/stock.csv", "event/nordic/google.TSV", "event/brand.json.gz", "event/photo.jpg",
                                 "event/notes.pdf", ".hidden/secret.csv", "a/b/c/d/too-deep.csv"}) {
            QFile f(root.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
        const auto files = FeedFileFinder({dir.path()}).files();
        QStringList names;
        for (const auto &f : files)
            names << f.name;
        names.sort();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("brand.json.gz"), QStringLiteral("google.TSV"), QStringLiteral("stock.csv")}));
        QCOMPARE(files.first().place, QDir(dir.path()).dirName());
    }

    void feedNames()
    {
        QVERIFY(FeedFileFinder::looksLikeFeed(QStringLiteral("x.csv")));
        QVERIFY(FeedFileFinder::looksLikeFeed(QStringLiteral("X.TXT")));
        QVERIFY(FeedFileFinder::looksLikeFeed(QStringLiteral("feed.csv.gz")));
        QVERIFY(!FeedFileFinder::looksLikeFeed(QStringLiteral("feed.gz")));
        QVERIFY(!FeedFileFinder::looksLikeFeed(QStringLiteral("feed.xlsx")));
    }
};

QTEST_GUILESS_MAIN(TestFeedFileFinder)
#include "tst_feedfilefinder.moc"
