// SPDX-License-Identifier: GPL-3.0-or-later
// The studio's and the chain's insights at a real hub: four screens in three studios record
// generated visits (with known answers, counted here independently), drain their outboxes to the
// hub, and a paired staff screen asks GET /v1/insights for one screen, one studio and the chain;
// the funnel, the models viewed, what found nothing, the screens and the studios side by side
// match the count, and a group of fewer than five visits is withheld (a studio of 4 visits
// hidden, one of 5 shown). `vitrine-hub insights --csv` writes the same counts as CSV (BOM,
// CRLF, a screen named like a formula guarded). A request without a token, with a stranger's
// token, or with a hostile query is refused.
#include "demodatabase.h"
#include "httptestclient.h"
#include "hubprocess.h"
#include "pairedscreen.h"

#include "insights/insightrecorder.h"
#include "storage/settings.h"

#include <QDir>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

using Kind = InsightEvent::Kind;

const QStringList kModels{QStringLiteral("aster-5"), QStringLiteral("vega-e"), QStringLiteral("orion-gt"),
                          QStringLiteral("lumen")};
const QStringList kSearches{QStringLiteral("blue aster"), QStringLiteral("vega red"), QStringLiteral("lumen awd")};

// What a set of visits came to, counted here and not by the code under test.
struct Expected {
    qint64 visits = 0, viewed = 0, configured = 0, booked = 0;
    QHash<QString, qint64> modelVisits; ///< visits that viewed each model (once per visit)
    QHash<QString, qint64> nothing;     ///< searches that found nothing, by their words
    QHash<QString, qint64> searched;    ///< visits that searched for the words (at most once each)

    Expected &operator+=(const Expected &o)
    {
        visits += o.visits;
        viewed += o.viewed;
        configured += o.configured;
        booked += o.booked;
        for (auto it = o.modelVisits.cbegin(); it != o.modelVisits.cend(); ++it)
            modelVisits[it.key()] += it.value();
        for (auto it = o.nothing.cbegin(); it != o.nothing.cend(); ++it)
            nothing[it.key()] += it.value();
        for (auto it = o.searched.cbegin(); it != o.searched.cend(); ++it)
            searched[it.key()] += it.value();
        return *this;
    }
};

// `count` random visits two days ago at `db`'s screen `screen`, recorded as the kiosk does
// (the studio is the screen's setting, filled in by the recorder).
bool recordVisits(QSqlDatabase db, const QString &screen, int count, quint32 seed, Expected *expected)
{
    QRandomGenerator rng(seed);
    InsightRecorder recorder(db);
    const QDateTime day = QDateTime(QDate::currentDate().addDays(-2), QTime(12, 0), Qt::UTC);
    for (int v = 0; v < count; ++v) {
        const QString visit = InsightEvent::newVisitId();
        QDateTime at = day.addSecs(v * 600);
        const auto add = [&](Kind kind, const QString &subject = {}, std::optional<qint64> value = std::nullopt) {
            at = at.addSecs(30);
            return recorder.record({kind, visit, at, subject, {}, value, QStringLiteral("en"), screen, {}});
        };
        if (!add(Kind::VisitStarted))
            return false;
        ++expected->visits;
        QSet<QString> viewed;
        for (int i = int(rng.bounded(4)); i > 0; --i) {
            const QString model = kModels.at(rng.bounded(kModels.size()));
            if (!add(Kind::CarViewed, model))
                return false;
            viewed.insert(model);
        }
        if (!viewed.isEmpty())
            ++expected->viewed;
        for (const QString &m : std::as_const(viewed))
            ++expected->modelVisits[m];
        if (rng.bounded(2) == 0) {
            const QString words = kSearches.at(rng.bounded(kSearches.size()));
            const qint64 found = rng.bounded(3) == 0 ? 0 : 1 + rng.bounded(9);
            if (!add(Kind::TextSearched, words, found))
                return false;
            ++expected->searched[words];
            if (found == 0)
                ++expected->nothing[words];
        }
        if (rng.bounded(3) == 0) {
            const QString model = kModels.at(rng.bounded(kModels.size()));
            if (!add(Kind::ConfigurationStarted, model) || !add(Kind::ConfigurationFinished, model))
                return false;
            ++expected->configured;
            if (rng.bounded(2) == 0) {
                if (!add(Kind::DriveBooked, model))
                    return false;
                ++expected->booked;
            }
        }
        if (!add(Kind::VisitEnded))
            return false;
    }
    return true;
}

QJsonObject byName(const QJsonArray &rows, const char *key, const QString &name)
{
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(QLatin1String(key)).toString() == name)
            return v.toObject();
    }
    return {};
}

qint64 number(const QJsonObject &o, const char *key)
{
    return qint64(o.value(QLatin1String(key)).toDouble());
}

} // namespace

class TestHubInsights : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    std::vector<std::unique_ptr<PairedScreen>> m_screens;
    Expected m_oslo, m_osloEntrance, m_milan, m_dubai;
    QString m_from, m_to;

    QByteArray path(const QString &query) const
    {
        return "/v1/insights?" + query.toUtf8() + "&from=" + m_from.toLatin1() + "&to=" + m_to.toLatin1();
    }

    HttpTestClient::Response ask(const QString &query)
    {
        HttpTestClient client(m_hub->port());
        client.useTls(m_hub->fingerprint());
        return client.get(path(query), m_screens.front()->token());
    }

    // The report's funnel, models, nothing-found and step hiding match `e`, as a screen would say it.
    static void compareReport(const QJsonObject &report, const Expected &e)
    {
        const QJsonArray funnel = report.value(QLatin1String("funnel")).toArray();
        QCOMPARE(funnel.size(), 5);
        const QList<qint64> steps{e.visits, e.viewed, e.configured, e.booked};
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject s = funnel.at(i).toObject();
            const bool hidden = steps.at(i) < 5;
            QCOMPARE(s.value(QLatin1String("hidden")).toBool(), hidden);
            QCOMPARE(number(s, "visits"), hidden ? 0 : steps.at(i));
        }
        const QJsonArray models = report.value(QLatin1String("models")).toArray();
        QCOMPARE(models.size(), e.modelVisits.size());
        for (auto it = e.modelVisits.cbegin(); it != e.modelVisits.cend(); ++it) {
            const QJsonObject row = byName(models, "subject", it.key());
            QVERIFY2(!row.isEmpty(), qPrintable(it.key()));
            QCOMPARE(row.value(QLatin1String("hidden")).toBool(), it.value() < 5);
            QCOMPARE(number(row, "visits"), it.value() < 5 ? 0 : it.value());
        }
        const QJsonArray nothing = report.value(QLatin1String("nothingFound")).toArray();
        QCOMPARE(nothing.size(), e.nothing.size());
        for (auto it = e.nothing.cbegin(); it != e.nothing.cend(); ++it) {
            const QJsonObject row = byName(nothing, "subject", it.key());
            QVERIFY2(!row.isEmpty(), qPrintable(it.key()));
            // Withheld by the visits that searched for the words, whatever they found.
            const bool hidden = e.searched.value(it.key()) < 5;
            QCOMPARE(row.value(QLatin1String("hidden")).toBool(), hidden);
            QCOMPARE(number(row, "events"), hidden ? 0 : it.value());
            QCOMPARE(number(row, "visits"), hidden ? 0 : e.searched.value(it.key()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        QVERIFY(makeDemoDatabase(demo));
        m_hub = std::make_unique<HubProcess>(QStringList{QStringLiteral("--no-sync")});
        QVERIFY(m_hub->running());

        struct Plan {
            QString studio, screen;
            int visits;
            Expected *into;
        };
        Expected lounge;
        // Milan has exactly five visits (shown), Dubai four (withheld): the rule at its edge.
        const QList<Plan> plans{{QStringLiteral("oslo"), QStringLiteral("Entrance"), 23, &m_osloEntrance},
                                {QStringLiteral("oslo"), QStringLiteral("=Lounge+1"), 17, &lounge},
                                {QStringLiteral("milan"), QStringLiteral("Entrance"), 5, &m_milan},
                                {QStringLiteral("dubai"), QStringLiteral("Kiosk"), 4, &m_dubai}};
        quint32 seed = 7;
        for (const Plan &p : plans) {
            const int n = int(m_screens.size());
            auto screen = PairedScreen::pair(*m_hub, demo, m_dir.filePath(QStringLiteral("screen-%1.db").arg(n)),
                                             QStringLiteral("screen-%1").arg(n), p.screen);
            QVERIFY(screen);
            QVERIFY(Settings(screen->db()).set(QStringLiteral("studio.id"), p.studio));
            QVERIFY(recordVisits(screen->db(), p.screen, p.visits, seed++, p.into));
            QVERIFY(screen->drainAll());
            m_screens.push_back(std::move(screen));
        }
        m_oslo += m_osloEntrance;
        m_oslo += lounge;
        m_from = QDate::currentDate().addDays(-10).toString(Qt::ISODate);
        m_to = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        QVERIFY(m_osloEntrance.visits == 23 && m_milan.visits == 5 && m_dubai.visits == 4);
    }

    void chainSideBySide()
    {
        const auto r = ask(QStringLiteral("scope=chain"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        const QJsonObject report = r.json().value(QLatin1String("report")).toObject();
        Expected all = m_oslo;
        all += m_milan;
        all += m_dubai;
        compareReport(report, all);

        const QJsonArray studios = report.value(QLatin1String("studios")).toArray();
        QCOMPARE(studios.size(), 3);
        const QJsonObject oslo = byName(studios, "studio", QStringLiteral("oslo"));
        QCOMPARE(number(oslo, "visits"), m_oslo.visits);
        QCOMPARE(number(oslo, "viewed"), m_oslo.viewed);
        QCOMPARE(number(oslo, "configured"), m_oslo.configured);
        QCOMPARE(number(oslo, "booked"), m_oslo.booked);
        const QJsonObject milan = byName(studios, "studio", QStringLiteral("milan"));
        QCOMPARE(milan.value(QLatin1String("hidden")).toBool(), false);
        QCOMPARE(number(milan, "visits"), 5);
        const QJsonObject dubai = byName(studios, "studio", QStringLiteral("dubai"));
        QCOMPARE(dubai.value(QLatin1String("hidden")).toBool(), true);
        QCOMPARE(number(dubai, "visits"), 0);
        QCOMPARE(number(dubai, "viewed"), 0);

        // Screens side by side: by studio and name, so the two studios' "Entrance" stay apart.
        const QJsonArray screens = report.value(QLatin1String("screens")).toArray();
        QCOMPARE(screens.size(), 4);
        int entrances = 0;
        for (const QJsonValue &v : screens) {
            const QJsonObject s = v.toObject();
            if (s.value(QLatin1String("screen")).toString() != QLatin1String("Entrance"))
                continue;
            ++entrances;
            const bool osloRow = s.value(QLatin1String("studio")).toString() == QLatin1String("oslo");
            QCOMPARE(number(s, "visits"), osloRow ? m_osloEntrance.visits : m_milan.visits);
        }
        QCOMPARE(entrances, 2);

        // In a studio's time zone, the period's first and last hours are no whole UTC days: the
        // same visits, whole days and edge hours together.
        for (const char *zone : {"Asia/Shanghai", "America/Los_Angeles"}) {
            const auto zoned = ask(QStringLiteral("scope=chain&zone=") + QLatin1String(zone));
            QCOMPARE(zoned.status, 200);
            QCOMPARE(zoned.json().value(QLatin1String("zone")).toString(), QLatin1String(zone));
            compareReport(zoned.json().value(QLatin1String("report")).toObject(), all);
        }
    }

    void oneStudio()
    {
        const auto r = ask(QStringLiteral("scope=studio&studio=oslo"));
        QCOMPARE(r.status, 200);
        const QJsonObject report = r.json().value(QLatin1String("report")).toObject();
        compareReport(report, m_oslo);
        QCOMPARE(report.value(QLatin1String("screens")).toArray().size(), 2);
        QCOMPARE(report.value(QLatin1String("studios")).toArray().size(), 1);

        // Four visits: every figure of the studio withheld, and it says so.
        const auto dubai = ask(QStringLiteral("scope=studio&studio=dubai"));
        QCOMPARE(dubai.status, 200);
        const QJsonObject d = dubai.json().value(QLatin1String("report")).toObject();
        compareReport(d, m_dubai);
        QVERIFY(d.value(QLatin1String("funnel")).toArray().at(0).toObject().value(QLatin1String("hidden")).toBool());
    }

    void oneScreen()
    {
        const auto r = ask(QStringLiteral("scope=screen&studio=oslo&screen=Entrance"));
        QCOMPARE(r.status, 200);
        const QJsonObject report = r.json().value(QLatin1String("report")).toObject();
        compareReport(report, m_osloEntrance);
        const auto milan = ask(QStringLiteral("scope=screen&studio=milan&screen=Entrance"));
        compareReport(milan.json().value(QLatin1String("report")).toObject(), m_milan);
    }

    void csvForTheChain()
    {
        const QString folder = m_dir.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(folder));
        const auto run = m_hub->command({QStringLiteral("insights"), QStringLiteral("--from"), m_from, QStringLiteral("--to"),
                                         m_to, QStringLiteral("--csv"), folder});
        QCOMPARE(run.exitCode, 0);
        QFile studios(QDir(folder).filePath(QStringLiteral("insights-chain-%1-%2-studios.csv").arg(m_from, m_to)));
        QVERIFY2(studios.open(QIODevice::ReadOnly), qPrintable(run.out));
        const QByteArray body = studios.readAll();
        QVERIFY(body.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = body.mid(3).split('\n');
        for (const QByteArray &line : lines.mid(0, lines.size() - 1))
            QVERIFY(line.endsWith('\r'));
        QVERIFY(lines.contains(QStringLiteral("oslo,%1,%2,%3,%4\r")
                                   .arg(m_oslo.visits)
                                   .arg(m_oslo.viewed)
                                   .arg(m_oslo.configured)
                                   .arg(m_oslo.booked)
                                   .toUtf8()));
        QVERIFY(lines.contains("milan,5," + QByteArray::number(m_milan.viewed) + ',' + QByteArray::number(m_milan.configured)
                               + ',' + QByteArray::number(m_milan.booked) + '\r'));
        QVERIFY(lines.contains("dubai,Hidden: fewer than 5 visits,,,\r"));
        QFile funnel(QDir(folder).filePath(QStringLiteral("insights-chain-%1-%2-funnel.csv").arg(m_from, m_to)));
        QVERIFY(funnel.open(QIODevice::ReadOnly));
        QVERIFY(funnel.readAll().contains(',' + QByteArray::number(m_oslo.visits + m_milan.visits + m_dubai.visits) + ','));

        // One studio's: its screens by name, and a name that reads like a formula is guarded.
        const auto oslo = m_hub->command({QStringLiteral("insights"), QStringLiteral("--from"), m_from, QStringLiteral("--to"),
                                          m_to, QStringLiteral("--csv"), folder, QStringLiteral("--studio"),
                                          QStringLiteral("oslo")});
        QCOMPARE(oslo.exitCode, 0);
        QFile screens(QDir(folder).filePath(QStringLiteral("insights-oslo-%1-%2-screens.csv").arg(m_from, m_to)));
        QVERIFY(screens.open(QIODevice::ReadOnly));
        const QByteArray s = screens.readAll();
        QVERIFY2(s.contains("\r\n'=Lounge+1,17,"), s.constData());
        QVERIFY(s.contains("\r\nEntrance,23,"));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("insights-oslo-%1-%2-studios.csv").arg(m_from, m_to))));

        // The same bytes for a staff screen to write to its USB stick.
        HttpTestClient client(m_hub->port());
        client.useTls(m_hub->fingerprint());
        const auto files = client.get("/v1/insights/csv?scope=studio&studio=oslo&from=" + m_from.toLatin1()
                                          + "&to=" + m_to.toLatin1(),
                                      m_screens.front()->token());
        QCOMPARE(files.status, 200);
        QByteArray fromHub;
        for (const QJsonValue &v : files.json().value(QLatin1String("files")).toArray()) {
            if (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("screens"))
                fromHub = QByteArray::fromBase64(v.toObject().value(QLatin1String("base64")).toString().toLatin1());
        }
        QCOMPARE(fromHub, s);
    }

    void refusesStrangers()
    {
        HttpTestClient client(m_hub->port());
        client.useTls(m_hub->fingerprint());
        QCOMPARE(client.get(path(QStringLiteral("scope=chain"))).status, 401);
        QCOMPARE(client.get(path(QStringLiteral("scope=chain")), "not-a-token").status, 401);
        const QByteArray token = m_screens.front()->token();
        QCOMPARE(client.send("POST", path(QStringLiteral("scope=chain")), {"Authorization: Bearer " + token}, {}).status, 405);
        const QStringList hostile{
            QStringLiteral("scope=everything"),           QStringLiteral("scope=studio"),
            QStringLiteral("scope=screen&studio=oslo"),   QStringLiteral("scope=studio&studio=") + QString(200, QLatin1Char('x')),
            QStringLiteral("scope=screen&screen=%01%02"), QStringLiteral("scope=chain&zone=Mars/Olympus")};
        for (const QString &q : hostile) {
            const auto r = client.get(path(q), token);
            QCOMPARE(r.status, 400);
            QVERIFY(!r.json().value(QLatin1String("error")).toString().isEmpty());
        }
        QCOMPARE(client.get("/v1/insights?scope=chain&from=2026-01-01&to=2025-01-01", token).status, 400);
        QCOMPARE(client.get("/v1/insights?scope=chain&from=2020-01-01&to=2026-01-01", token).status, 400);
        QCOMPARE(client.get("/v1/insights?scope=chain&from=yesterday&to=today", token).status, 400);
        // Words that would be SQL are a studio's name like any other: nobody's visits.
        const auto injected = client.get(path(QStringLiteral("scope=studio&studio=oslo'%20OR%20'1'='1")), token);
        QCOMPARE(injected.status, 200);
        const QJsonArray funnel =
            injected.json().value(QLatin1String("report")).toObject().value(QLatin1String("funnel")).toArray();
        QVERIFY(funnel.at(0).toObject().value(QLatin1String("hidden")).toBool());
        // A revoked screen is a stranger.
        QCOMPARE(m_hub->command({QStringLiteral("revoke"), QStringLiteral("Kiosk")}).exitCode, 0);
        QCOMPARE(client.get(path(QStringLiteral("scope=chain")), m_screens.back()->token()).status, 401);
    }

    void cleanupTestCase()
    {
        m_screens.clear();
        m_hub.reset();
    }
};

QTEST_GUILESS_MAIN(TestHubInsights)
#include "tst_hubinsights.moc"
