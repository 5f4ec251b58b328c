// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

/// The kiosk as a process: it exits 0 on every quit at any moment (during start-up, at the first
/// frame, while cars are drawn, while a large stock loads, by SIGTERM as systemd stops it), and a
/// database it cannot use gives the out-of-order screen, then the kiosk once the cause is gone.
class TestShutdown : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    static QProcessEnvironment offscreen()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    static bool run(const QString &program, const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(300000))
            return false;
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    static bool waitUntilCatching(qint64 pid)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000) {
            QFile status(QStringLiteral("/proc/%1/status").arg(pid));
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("SigCgt:") && (line.mid(7).trimmed().toULongLong(nullptr, 16) & (1ull << (SIGTERM - 1))))
                        return true;
                }
            }
            QThread::usleep(200);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        // A stock large enough that quitting meets the load under way.
        m_db = m_dir.filePath(QStringLiteral("shutdown.sqlite"));
        const QString feed = m_dir.filePath(QStringLiteral("stock.json"));
        QVERIFY(run(
            QStringLiteral(VITRINECTL_BIN),
            {QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")}));
        QVERIFY(run(QStringLiteral(VITRINE_SYNTH_BIN),
                    {QStringLiteral("--db"), m_db, QStringLiteral("--vehicles"), QStringLiteral("30000"), QStringLiteral("--out"),
                     feed}));
        QVERIFY(run(QStringLiteral(VITRINECTL_BIN), {QStringLiteral("--db"), m_db, QStringLiteral("import"), feed}));
    }

    void quitsCleanlyAHundredTimes()
    {
        int crashes = 0, unclean = 0;
        QStringList failures;
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < 100; ++i) {
            QProcess kiosk;
            kiosk.setProcessEnvironment(offscreen());
            QStringList args{QStringLiteral("--db"), m_db, QStringLiteral("--lang"),
                             QStringList{QStringLiteral("en"), QStringLiteral("ar"), QStringLiteral("zh_CN")}.at(i % 3)};
            const int mode = i % 4;
            if (mode == 0) {
                args << QStringLiteral("--quit-after-first-frame");
                if (i % 8 == 0)
                    args << QStringLiteral("--page") << QStringLiteral("find"); // cars being drawn
            } else if (mode == 3) {
                args << QStringLiteral("--page") << QStringLiteral("find");
            }
            kiosk.start(QStringLiteral(VITRINE_BIN), args);
            QVERIFY(kiosk.waitForStarted());
            if (mode != 0) {
                // Before main() the dynamic loader runs and no program can catch a signal; from
                // its first line the kiosk does (the kernel lists SIGTERM as caught).
                QVERIFY2(waitUntilCatching(kiosk.processId()), "the kiosk never caught SIGTERM");
                // SIGTERM at a random moment: opening the database, loading the stock, drawing.
                const int delay = mode == 1 ? QRandomGenerator::global()->bounded(0, 120)
                                            : QRandomGenerator::global()->bounded(120, 1500);
                QTest::qWait(delay);
                ::kill(pid_t(kiosk.processId()), SIGTERM);
            }
            if (!kiosk.waitForFinished(30000)) {
                kiosk.kill();
                kiosk.waitForFinished();
                failures << QStringLiteral("run %1 (mode %2) hung").arg(i).arg(mode);
                continue;
            }
            const QByteArray err = kiosk.readAllStandardError();
            if (kiosk.exitStatus() != QProcess::NormalExit) {
                ++crashes;
                failures
                    << QStringLiteral("run %1 (mode %2) crashed: %3").arg(i).arg(mode).arg(QString::fromUtf8(err.right(300)));
            } else if (kiosk.exitCode() != 0) {
                failures << QStringLiteral("run %1 (mode %2) exited %3: %4")
                                .arg(i)
                                .arg(mode)
                                .arg(kiosk.exitCode())
                                .arg(QString::fromUtf8(err.right(300)));
            } else if (err.contains("still in use") || err.contains("QWaitCondition") || err.contains("QThread: Destroyed")) {
                ++unclean;
                failures << QStringLiteral("run %1 (mode %2) left work behind: %3")
                                .arg(i)
                                .arg(mode)
                                .arg(QString::fromUtf8(err.right(300)));
            }
        }
        qInfo("100 quits in %lld ms: %d crashes, %d unclean", total.elapsed(), crashes, unclean);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void unusableDatabaseShowsOutOfOrderThenRecovers()
    {
        // A database held by another program (a rollback journal, so even reading waits).
        const QString path = m_dir.filePath(QStringLiteral("held.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_SOURCE_DIR "/tests/unit/data/vitrine-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("UPDATE vehicle SET deleted = deleted")));

        QDir().mkpath(QStringLiteral(VITRINE_SCREENSHOTS "/studio-life"));
        const QString shot = QStringLiteral(VITRINE_SCREENSHOTS "/studio-life/out-of-order-en-1920x1080.png");
        const QString report = m_dir.filePath(QStringLiteral("out-of-order.json"));
        QProcess screenshot;
        screenshot.setProcessEnvironment(offscreen());
        screenshot.start(
            QStringLiteral(VITRINE_BIN),
            {QStringLiteral("--db"), path, QStringLiteral("--screenshot"), shot, QStringLiteral("--layout-report"), report});
        QVERIFY(screenshot.waitForFinished(60000));
        QCOMPARE(screenshot.exitCode(), 0);
        const QByteArray err = screenshot.readAllStandardError();
        QVERIFY2(err.contains("locked by another program"), err.constData());
        QFile json(report);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray layout = json.readAll();
        QVERIFY2(layout.contains("out-of-order-detail") && layout.contains(path.toUtf8()), layout.constData());
        QVERIFY(QFileInfo(shot).size() > 0);

        // The kiosk keeps trying; once the other program lets go it starts by itself.
        QProcess kiosk;
        kiosk.setProcessEnvironment(offscreen());
        kiosk.start(QStringLiteral(VITRINE_BIN), {QStringLiteral("--db"), path});
        QVERIFY(kiosk.waitForStarted());
        QTest::qWait(7000);
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        holder.close();
        QByteArray seen;
        QElapsedTimer waited;
        waited.start();
        while (!seen.contains("the kiosk has started") && waited.elapsed() < 30000) {
            kiosk.waitForReadyRead(500);
            seen += kiosk.readAllStandardError();
        }
        QVERIFY2(seen.contains("the kiosk has started"), seen.constData());
        ::kill(pid_t(kiosk.processId()), SIGTERM);
        QVERIFY(kiosk.waitForFinished(30000));
        QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kiosk.exitCode(), 0);
        // It migrated the file it had left alone: the stock is still there.
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM vehicle WHERE id = 'old-1'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        holder.close();
    }
};

QTEST_GUILESS_MAIN(TestShutdown)
#include "tst_shutdown.moc"
