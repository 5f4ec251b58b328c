// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedimporter.h"
#include "feedserverprocess.h"
#include "inventory/vin.h"
#include "storage/database.h"
#include "sync/sourcesyncer.h"
#include "sync/syncrows.h"
#include "syntheticdealerfeed.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// What the sync's tests share: a database holding the demo brand (copied from one made once),
/// a folder of feeds served by the test feed server, staff sources pointing at them, and a
/// SourceSyncer run on the test's own thread so each fetch can be awaited.
namespace SyncTesting {

/// A Google vehicle listings CSV of `n` cars at one Oslo dealer, VINs numbered from `serial`.
inline QByteArray googleCsv(int n, int serial, int priceNok = 349000)
{
    QByteArray out = "vin,store_code,dealership_name,dealership_address,price,condition,make,model,year,mileage\r\n";
    for (int i = 0; i < n; ++i) {
        QString vin = QStringLiteral("YV4A22RK0N1%1").arg(serial + i, 6, 10, QLatin1Char('0'));
        vin[8] = Vin::checkDigit(vin);
        out += QStringLiteral("%1,G1,Fjord Bil,\"Storgata 9, Oslo, NO\",%2 NOK,used,Volvo,XC40,2022,\"%3 km\"\r\n")
                   .arg(vin)
                   .arg(priceNok + i * 1000)
                   .arg(20000 + i * 100)
                   .toUtf8();
    }
    return out;
}

class Bed
{
public:
    Bed(const QString &templateDb, const QString &name)
        : m_connection(name)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("feeds"));
        m_path = m_dir.filePath(QStringLiteral("vitrine.sqlite"));
        QFile::copy(templateDb, m_path);
        m_ok = Database::open(m_path, m_connection).ok();
        m_server = std::make_unique<FeedServerProcess>(feeds());
    }
    ~Bed()
    {
        m_syncer.reset();
        Database::close(m_connection);
    }

    bool ok() const { return m_ok && m_server->running(); }
    QString path() const { return m_path; }
    QString feeds() const { return m_dir.filePath(QStringLiteral("feeds")); }
    QString work() const { return m_dir.filePath(QStringLiteral("sync")); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    FeedServerProcess &server() { return *m_server; }
    /// Stops the server: the next fetch finds nobody there.
    void stopServer() { m_server.reset(); }

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(QDir(feeds()).filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write a test feed");
    }

    /// Adds (or changes) staff's source `id` at `url`.
    bool source(const QString &id, const QString &url, int maxMegabytes = FeedSource::kDefaultMegabytes)
    {
        FeedSource s;
        s.id = id;
        s.name = id;
        s.url = QUrl(url);
        s.maxMegabytes = maxMegabytes;
        QString error;
        const bool saved = SyncRows(db()).saveLocal(s, &error);
        if (!saved)
            qWarning("source not saved: %s", qPrintable(error));
        return saved;
    }

    /// The syncer, fetching only what a test asks for (or on its schedule when `onSchedule`).
    SourceSyncer &syncer(FeedFetcher::Limits limits = fastLimits(), bool onSchedule = false)
    {
        if (!m_syncer) {
            m_syncer = std::make_unique<SourceSyncer>(SourceSyncer::Options{m_path, work(), limits, onSchedule, {}});
            m_syncer->setReporter([this](const SyncOutcome &o) { m_outcomes << o; });
            m_syncer->start();
        }
        return *m_syncer;
    }

    static FeedFetcher::Limits fastLimits()
    {
        FeedFetcher::Limits l;
        l.connect = std::chrono::milliseconds(3000);
        l.read = std::chrono::milliseconds(800);
        l.total = std::chrono::milliseconds(8000);
        return l;
    }

    /// Fetches `id` now and waits for what it came to.
    std::optional<SyncOutcome> run(const QString &id)
    {
        const qsizetype before = m_outcomes.size();
        syncer().runNow(id);
        for (int waited = 0; waited < 20000; waited += 20) {
            for (qsizetype i = before; i < m_outcomes.size(); ++i) {
                if (m_outcomes.at(i).source == id)
                    return m_outcomes.at(i);
            }
            QTest::qWait(20);
        }
        return std::nullopt;
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 liveCars(const QString &source) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0 AND source = '%1'").arg(source));
    }
    qint64 allLiveCars() const { return scalar(QStringLiteral("SELECT count(*) FROM vehicle WHERE deleted = 0")); }
    SourceState state(const QString &id) const { return *SyncRows(db()).state(id); }

    const QList<SyncOutcome> &outcomes() const { return m_outcomes; }

private:
    QTemporaryDir m_dir;
    QString m_connection;
    QString m_path;
    bool m_ok = false;
    std::unique_ptr<FeedServerProcess> m_server;
    std::unique_ptr<SourceSyncer> m_syncer;
    QList<SyncOutcome> m_outcomes;
};

/// The demo brand imported once into `path`.
inline bool makeTemplate(const QString &path)
{
    bool ok = false;
    {
        if (!Database::open(path, QStringLiteral("template")).ok())
            return false;
        FeedImporter importer(QSqlDatabase::database(QStringLiteral("template")));
        ok = importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")).applied;
    }
    Database::close(QStringLiteral("template"));
    return ok;
}

} // namespace SyncTesting
