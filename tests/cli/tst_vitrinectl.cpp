// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/settings.h"
#include "sync/hublink.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

/// vitrinectl as an operator uses it: every command exits non-zero with a clear message on error.
class TestVitrinectl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Result ctl(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(VITRINECTL_BIN), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString db(const QString &name) { return m_dir.filePath(name); }

    Result run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    /// A database holding the demo feed, imported once for the config tests.
    QString demoDb()
    {
        const QString path = db(QStringLiteral("config-demo.sqlite"));
        if (!QFile::exists(path)) {
            const auto r = ctl({QStringLiteral("--db"), path, QStringLiteral("import"),
                                QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")});
            if (r.code != 0)
                qWarning("demo import failed: %s", r.err.constData());
        }
        return path;
    }

    Result config(const QStringList &args)
    {
        return ctl(QStringList{QStringLiteral("--db"), demoDb(), QStringLiteral("config")} + args);
    }

    Result tradein(const QStringList &args)
    {
        return ctl(QStringList{QStringLiteral("--db"), demoDb(), QStringLiteral("tradein")} + args);
    }

    static QJsonObject json(const Result &r) { return QJsonDocument::fromJson(r.out).object(); }

    static QStringList strings(const QJsonValue &v)
    {
        QStringList out;
        for (const QJsonValue &x : v.toArray())
            out << x.toString();
        return out;
    }

    static double sum(const QJsonArray &lines)
    {
        double total = 0;
        for (const QJsonValue &l : lines)
            total += l.toObject().value(QStringLiteral("amount")).toDouble();
        return total;
    }

    /// The change a step made to one option, or an empty object.
    static QJsonObject change(const QJsonObject &step, const QString &option)
    {
        for (const QJsonValue &c : step.value(QStringLiteral("changes")).toArray()) {
            if (c.toObject().value(QStringLiteral("option")).toString() == option)
                return c.toObject();
        }
        return {};
    }

    static const QStringList &chosen()
    {
        static const QStringList list{QStringLiteral("pkg-sport"), QStringLiteral("hud"), QStringLiteral("massage-seats"),
                                      QStringLiteral("fjord-blue")};
        return list;
    }

private slots:
    void usageErrors()
    {
        auto r = ctl({});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains("usage: vitrinectl"));
        r = ctl({QStringLiteral("--db"), db(QStringLiteral("u.sqlite")), QStringLiteral("fly")});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains("unknown command \"fly\""));
        r = ctl({QStringLiteral("--db"), db(QStringLiteral("u.sqlite")), QStringLiteral("import")});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains("exactly one FILE"));
    }

    void conventions()
    {
        const QString path = demoDb();
        // Global options before or after the command, in either spelling; doctor names its file.
        for (const QStringList &args : {QStringList{QStringLiteral("--db"), path, QStringLiteral("doctor")},
                                        QStringList{QStringLiteral("doctor"), QStringLiteral("--db"), path},
                                        QStringList{QStringLiteral("doctor"), QStringLiteral("--db=") + path}}) {
            const auto r = ctl(args);
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY2(r.out.contains("database:      " + path.toUtf8()), r.out.constData());
        }
        // --help on every command, anywhere on the line: exit 0, its own usage, nothing opened.
        const QString untouched = db(QStringLiteral("help.sqlite"));
        for (const QString &command :
             {QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("doctor"), QStringLiteral("set-pin"),
              QStringLiteral("search"), QStringLiteral("config"), QStringLiteral("slots"), QStringLiteral("book"),
              QStringLiteral("purge"), QStringLiteral("erase"), QStringLiteral("migrate"), QStringLiteral("sources"),
              QStringLiteral("phone-url"), QStringLiteral("tradein"), QStringLiteral("link")}) {
            auto r = ctl({QStringLiteral("--db"), untouched, command, QStringLiteral("--help")});
            QVERIFY2(r.code == 0, qPrintable(command));
            QVERIFY2(r.out.contains("  " + command.toUtf8()), r.out.constData());
            r = ctl({QStringLiteral("-h"), command});
            QCOMPARE(r.code, 0);
        }
        QVERIFY(!QFile::exists(untouched));
        QCOMPARE(ctl({QStringLiteral("--help")}).code, 0);

        // Anything unknown is refused (64) before the database is touched.
        const QByteArray before = ctl({QStringLiteral("--db"), path, QStringLiteral("doctor")}).out;
        for (const QStringList &args :
             {QStringList{QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("--bogus"),
                          QStringLiteral(VITRINE_TEST_DATA "/small-feed.json")},
              QStringList{QStringLiteral("--db"), path, QStringLiteral("purge"), QStringLiteral("--days"), QStringLiteral("0"),
                          QStringLiteral("now")},
              QStringList{QStringLiteral("--db"), path, QStringLiteral("import"),
                          QStringLiteral(VITRINE_TEST_DATA "/small-feed.json"), QStringLiteral("extra")},
              QStringList{QStringLiteral("--db"), path, QStringLiteral("--db"), path, QStringLiteral("doctor")},
              QStringList{QStringLiteral("--colour"), QStringLiteral("doctor")},
              QStringList{QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("--json"),
                          QStringLiteral("--json")},
              QStringList{QStringLiteral("--db"), path, QStringLiteral("migrate"), QStringLiteral("--force")}}) {
            const auto r = ctl(args);
            QVERIFY2(r.code == 64, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(r.err.contains("usage: vitrinectl"));
        }
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("doctor")}).out, before);

        // A reader never creates (or migrates) a database that is not there.
        const QString missing = db(QStringLiteral("nowhere/missing.sqlite"));
        for (const QStringList &args :
             {QStringList{QStringLiteral("doctor")}, QStringList{QStringLiteral("export"), QStringLiteral("--json")},
              QStringList{QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("{}")},
              QStringList{QStringLiteral("slots"), QStringLiteral("--studio"), QStringLiteral("oslo"), QStringLiteral("--date"),
                          QStringLiteral("2026-12-08")},
              QStringList{QStringLiteral("config"), QStringLiteral("--model"), QStringLiteral("aster-5")},
              QStringList{QStringLiteral("migrate")}, QStringList{QStringLiteral("migrate"), QStringLiteral("--check")}}) {
            const auto r = ctl(QStringList{QStringLiteral("--db"), missing} + args);
            QVERIFY2(r.code == 66, qPrintable(args.first()));
            QVERIFY2((r.err.contains("no database there") || r.err.contains("no database at"))
                         && r.err.contains(missing.toUtf8()),
                     r.err.constData());
        }
        QVERIFY(!QFileInfo::exists(QFileInfo(missing).absolutePath()));
    }

    void storageFaultsAreNamedAndLeaveTheFile()
    {
        // File permissions mean nothing to root: the faults are met as an ordinary user.
        const bool root = ::geteuid() == 0;
        const auto asUser = [&](const QStringList &args) {
            if (!root)
                return ctl(args);
            return run(QStringLiteral("setpriv"),
                       QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                   QStringLiteral("--clear-groups"), QStringLiteral(VITRINECTL_BIN)}
                           + args);
        };
        QTemporaryDir shared(QDir::tempPath() + QStringLiteral("/vitrine-faults-XXXXXX"));
        QFile::setPermissions(shared.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                                  | QFile::ReadGroup | QFile::ExeGroup);
        const QString path = shared.filePath(QStringLiteral("v.sqlite"));
        QVERIFY(QFile::copy(demoDb(), path));
        const auto sha = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
        };
        const QByteArray before = sha();

        // Unreadable file.
        QFile::setPermissions(path, QFile::WriteOwner);
        if (!root) {
            QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        auto r = asUser({QStringLiteral("--db"), path, QStringLiteral("doctor")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains("permission to read it is denied"), r.err.constData());
        QVERIFY(r.err.contains("left as it is"));

        // Readable, but in a folder that cannot be written (no room for the journal).
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup);
        if (!root)
            QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::ExeOwner);
        r = asUser({QStringLiteral("--db"), path, QStringLiteral("doctor")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("is read-only"), r.err.constData());
        QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(sha(), before);
        QVERIFY(QDir(shared.path()).entryList({QStringLiteral("*.corrupt-*")}).isEmpty());
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("doctor")}).code, 0);
    }

    void importExportDoctor()
    {
        const QString path = db(QStringLiteral("a.sqlite"));
        auto r = ctl(
            {QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral(VITRINE_TEST_DATA "/small-feed.json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("0 rejected"));

        r = ctl({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray vehicles = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("vehicles")).toArray();
        QCOMPARE(vehicles.size(), 4);
        QCOMPARE(vehicles.at(0).toObject().value(QStringLiteral("vin")).toString().size(), 17);

        r = ctl({QStringLiteral("--db"), path, QStringLiteral("doctor")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("vehicles:      4"));
        QVERIFY(r.out.contains("studios:       2"));
        QVERIFY(r.out.contains("integrity:     ok"));
    }

    // Insights from a shell: the funnel and findings as text, every table as CSV, and clear refusals.
    void insightsAsTextAndCsv()
    {
        const QString path = demoDb();
        auto r = ctl({QStringLiteral("--db"), path, QStringLiteral("insights"), QStringLiteral("--from"),
                      QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-07")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("insights for 2026-11-01 to 2026-11-07"));
        QVERIFY(r.out.contains("beside 2026-10-25 to 2026-10-31"));
        QVERIFY(r.out.contains("Hidden: fewer than 5 visits")); // nothing recorded: every step is withheld
        QVERIFY(r.out.contains("findings:"));

        const QString folder = db(QStringLiteral("csv"));
        QVERIFY(QDir().mkpath(folder));
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("insights"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                 QStringLiteral("--csv"), folder});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList files = QDir(folder).entryList({QStringLiteral("*.csv")});
        QCOMPARE(files.size(), 12); // with the studio events per event and per kind
        QFile funnel(QDir(folder).filePath(files.filter(QStringLiteral("funnel")).value(0)));
        QVERIFY(funnel.open(QIODevice::ReadOnly));
        const QByteArray bytes = funnel.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFStep,Visits,Conversion,Median time,Visits in the period before\r\n"));

        for (const QStringList &bad : {QStringList{QStringLiteral("--from"), QStringLiteral("1 November")},
                                       QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-08"), QStringLiteral("--to"),
                                                   QStringLiteral("2026-11-01")},
                                       QStringList{QStringLiteral("--fold-days"), QStringLiteral("0")}}) {
            r = ctl(QStringList{QStringLiteral("--db"), path, QStringLiteral("insights")} + bad);
            QCOMPARE(r.code, 64);
            QVERIFY(r.err.startsWith("vitrinectl: "));
        }
        r = ctl(
            {QStringLiteral("--db"), path, QStringLiteral("insights"), QStringLiteral("--csv"), db(QStringLiteral("no-such"))});
        QCOMPARE(r.code, 73);
        QVERIFY(r.err.contains("is not a folder"));
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("insights"), QStringLiteral("--fold-days"), QStringLiteral("90")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("folded: 0 events"));
    }

    void migrateOnACopy()
    {
        const QString path = db(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(VITRINE_TEST_DATA "/vitrine-v1.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto r = ctl({QStringLiteral("migrate"), QStringLiteral("--check"), QStringLiteral("--db"), path});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("can be migrated from schema 1"), r.out.constData());
        QVERIFY(!QFile::exists(path + QStringLiteral(".previous")));
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("migrate")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains(".previous"), r.out.constData());
        QVERIFY(QFile::exists(path + QStringLiteral(".previous")));
        // The database by VITRINE_DB; doctor names the file kept from before and the service.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VITRINE_DB"), path);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VITRINECTL_BIN), {QStringLiteral("doctor")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains("database:      " + path.toUtf8()), out.constData());
        QVERIFY2(out.contains("previous:      " + path.toUtf8() + ".previous"), out.constData());
        QVERIFY2(out.contains("service:       "), out.constData());
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("migrate")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("is at schema"), r.out.constData());
    }

    void importReportsBadRecordsAndRefusesBadFiles()
    {
        const QString path = db(QStringLiteral("b.sqlite"));
        QFile truncated(db(QStringLiteral("cut.json")));
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        QFile good(QStringLiteral(VITRINE_TEST_DATA "/small-feed.json"));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray bytes = good.readAll();
        truncated.write(bytes.left(bytes.size() / 3));
        truncated.close();
        auto r = ctl({QStringLiteral("--db"), path, QStringLiteral("import"), truncated.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("truncated"), r.err.constData());

        r = ctl({QStringLiteral("--db"), path, QStringLiteral("import"), db(QStringLiteral("missing.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("cannot read"));

        QJsonObject feed = QJsonDocument::fromJson(bytes).object();
        QJsonArray list = feed.value(QStringLiteral("vehicles")).toArray();
        QJsonObject v = list.at(0).toObject();
        v[QStringLiteral("vin")] = QStringLiteral("SHORT");
        list[0] = v;
        feed[QStringLiteral("vehicles")] = list;
        QFile partly(db(QStringLiteral("partly.json")));
        QVERIFY(partly.open(QIODevice::WriteOnly));
        partly.write(QJsonDocument(feed).toJson());
        partly.close();
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("import"), partly.fileName()});
        QCOMPARE(r.code, 3); // applied, with records left out
        QVERIFY2(r.err.contains("vehicles/v-1: vin: must have 17 characters"), r.err.constData());
        QVERIFY(r.out.contains("1 rejected"));
    }

    void searchAndGenerate()
    {
        const QString path = db(QStringLiteral("s.sqlite"));
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("import"),
                      QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")})
                     .code,
                 0);
        auto r = ctl({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("--json"),
                      QStringLiteral(R"({"condition":["new"],"text":"Fjordblau","sort":"price","limit":3})")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const qint64 total = o.value(QStringLiteral("total")).toInteger();
        QVERIFY(total > 0);
        QVERIFY(o.value(QStringLiteral("page")).toArray().size() <= 3);
        const QJsonObject conditions = o.value(QStringLiteral("facets")).toObject().value(QStringLiteral("condition")).toObject();
        QCOMPARE(conditions.value(QStringLiteral("new")).toInteger(), total);
        QVERIFY(conditions.contains(QStringLiteral("used")));
        double last = 0;
        for (const QJsonValue &car : o.value(QStringLiteral("page")).toArray()) {
            QVERIFY(car.toObject().value(QStringLiteral("price")).toDouble() >= last);
            last = car.toObject().value(QStringLiteral("price")).toDouble();
        }
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("--json"),
                 QStringLiteral(R"({"sort":"cheapest"})")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("\"sort\" must be one of"));

        const QString feed = db(QStringLiteral("synthetic.json"));
        QProcess synth;
        synth.start(
            QStringLiteral(VITRINE_SYNTH_BIN),
            {QStringLiteral("--db"), path, QStringLiteral("--vehicles"), QStringLiteral("300"), QStringLiteral("--out"), feed});
        QVERIFY(synth.waitForFinished(60000));
        QCOMPARE(synth.exitCode(), 0);
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("import"), feed});
        QVERIFY2(r.code == 0, r.err.constData()); // every synthetic car passes the importer's checks
        QVERIFY(ctl({QStringLiteral("--db"), path, QStringLiteral("doctor")}).out.contains("vehicles:      950"));
    }

    void doctorRefusesNewerDatabase()
    {
        const QString path = db(QStringLiteral("n.sqlite"));
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("set-pin")}, "2580\n").code, 0);
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("doctor")}).code, 0);
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("PRAGMA user_version = 77;")});
        QVERIFY(sqlite.waitForFinished());
        const auto r = ctl({QStringLiteral("--db"), path, QStringLiteral("doctor")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("newer Vitrine"), r.err.constData());
    }

    void setPinReadsStandardInput()
    {
        const QString path = db(QStringLiteral("p.sqlite"));
        auto r = ctl({QStringLiteral("--db"), path, QStringLiteral("set-pin")}, "2580\n");
        QCOMPARE(r.code, 0);
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("set-pin")}, "12\n");
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("4 to 12 digits"));
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("set-pin"), QStringLiteral("2580")});
        QCOMPARE(r.code, 64);
    }

    // The studio's base URL for the phone pages: shown, set, refused when it is no web address, cleared.
    void phoneUrlIsSetShownAndCleared()
    {
        const QString path = db(QStringLiteral("u.sqlite"));
        auto r = ctl({QStringLiteral("--db"), path, QStringLiteral("phone-url")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("none"));
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("phone-url"), QStringLiteral("ftp://studio.example")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("http"));
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("phone-url"), QStringLiteral("https://oslo.studio.example")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("phone-url")}).out.trimmed(),
                 QByteArray("https://oslo.studio.example"));
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("phone-url"), QStringLiteral("--clear"),
                      QStringLiteral("https://x.example")})
                     .code,
                 64);
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("phone-url"), QStringLiteral("--clear")}).code, 0);
        QVERIFY(ctl({QStringLiteral("--db"), path, QStringLiteral("phone-url")}).out.contains("none"));
    }

    // The link to the hub as staff or an operator reads it: none, then a pairing with its last
    // contact, what waits in the outbox and what the receiver refused, with the reason; never the token.
    void linkStateIsShown()
    {
        const QString path = db(QStringLiteral("link.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("link")).ok()); // as the kiosk's first start leaves it
        Database::close(QStringLiteral("link"));
        auto r = ctl({QStringLiteral("--db"), path, QStringLiteral("link")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("not paired"));
        QVERIFY(r.out.contains("waiting:       0"));
        {
            QVERIFY(Database::open(path, QStringLiteral("link")).ok());
            QSqlDatabase d = QSqlDatabase::database(QStringLiteral("link"));
            Settings settings(d);
            QVERIFY(HubLink::save(settings,
                                  {QUrl(QStringLiteral("https://10.0.0.2:8740")), QStringLiteral("screen-7"),
                                   "secret-token-never-shown", QByteArray(64, 'c')}));
            QVERIFY(settings.set(QStringLiteral("hub.lastContact"), QStringLiteral("2026-12-02T07:30:00Z")));
            Outbox outbox(d);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QCOMPARE(outbox.enqueue(QStringLiteral("k1"), QStringLiteral("booking"), QStringLiteral("b1"),
                                    {{QStringLiteral("x"), 1}}, now),
                     Outbox::Enqueued::Added);
            QCOMPARE(outbox.enqueue(QStringLiteral("k2"), QStringLiteral("visitor-request"), QStringLiteral("r2"),
                                    {{QStringLiteral("x"), 2}}, now),
                     Outbox::Enqueued::Added);
            const auto claimed = outbox.claim(10, now, std::chrono::seconds(30));
            QCOMPARE(claimed.size(), 2);
            QVERIFY(outbox.deadLetter(claimed.last().id, QStringLiteral("the hub refused it: unknown studio"), now));
            QVERIFY(
                outbox.retryLater(claimed.first().id, QStringLiteral("the hub no longer knows this screen; pair it again"), now));
        }
        Database::close(QStringLiteral("link"));
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("link")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("https://10.0.0.2:8740") && r.out.contains("screen-7"), r.out.constData());
        QVERIFY(r.out.contains("last contact:  2026-12-02T07:30:00Z"));
        QVERIFY(r.out.contains("waiting:       1"));
        QVERIFY(r.out.contains("rejected:      1"));
        QVERIFY(r.out.contains("the hub refused it: unknown studio"));
        QVERIFY(r.out.contains("last try:    the hub no longer knows this screen; pair it again"));
        QVERIFY(!r.out.contains("secret-token"));
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("link"), QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QLatin1String("paired")).toBool());
        QCOMPARE(o.value(QLatin1String("waiting")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("rejected")).toArray().size(), 1);
        QCOMPARE(o.value(QLatin1String("rejectedCount")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("waitingBecause")).toString(),
                 QStringLiteral("the hub no longer knows this screen; pair it again"));
        QCOMPARE(o.value(QLatin1String("rejected")).toArray().first().toObject().value(QLatin1String("kind")).toString(),
                 QStringLiteral("visitor-request"));
        QVERIFY(!r.out.contains("secret-token"));
    }

    void configResolvesChoicesStepByStep()
    {
        const auto r = config(
            {QStringLiteral("--model"), QStringLiteral("aster-5"), QStringLiteral("--select"), chosen().join(QLatin1Char(','))});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        QVERIFY2(!o.isEmpty(), r.out.constData());

        // The build: the model's first trim, the four choices and what the rules brought with them.
        const QJsonObject build = o.value(QStringLiteral("build")).toObject();
        QCOMPARE(build.value(QStringLiteral("model")).toString(), QStringLiteral("aster-5"));
        QCOMPARE(build.value(QStringLiteral("trim")).toString(), QStringLiteral("aster-5-core"));
        const QStringList options = strings(build.value(QStringLiteral("options")));
        for (const QString &id : chosen())
            QVERIFY2(options.contains(id), qPrintable(options.join(QLatin1Char(','))));
        QVERIFY(options.contains(QStringLiteral("adaptive-cruise")));   // hud-needs-acc
        QVERIFY(options.contains(QStringLiteral("ventilated-seats")));  // massage-needs-ventilation
        QVERIFY(!options.contains(QStringLiteral("glacier-white")));    // the default paint gave way
        QVERIFY(!options.contains(QStringLiteral("steering-leather"))); // the package's wheel took its place
        QVERIFY(o.value(QStringLiteral("violations")).toArray().isEmpty());
        bool packageBrings = false;
        for (const QJsonValue &item : build.value(QStringLiteral("on_the_car")).toArray()) {
            const QJsonObject i = item.toObject();
            if (i.value(QStringLiteral("option")).toString() == QLatin1String("sport-chrono"))
                packageBrings = i.value(QStringLiteral("origin")).toString() == QLatin1String("package")
                    && i.value(QStringLiteral("package")).toString() == QLatin1String("pkg-sport");
        }
        QVERIFY(packageBrings);

        // The steps: the start, then one per choice, each with what changed and why.
        const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 1 + chosen().size());
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("start"));
        for (qsizetype i = 0; i < chosen().size(); ++i) {
            const QJsonObject step = steps.at(i + 1).toObject();
            QCOMPARE(step.value(QStringLiteral("step")).toString(), QStringLiteral("select"));
            QCOMPARE(step.value(QStringLiteral("option")).toString(), chosen().at(i));
            QVERIFY(step.value(QStringLiteral("accepted")).toBool());
            const QJsonObject first = step.value(QStringLiteral("changes")).toArray().at(0).toObject();
            QCOMPARE(first.value(QStringLiteral("option")).toString(), chosen().at(i)); // the request comes first
            QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("added"));
        }
        const QJsonObject acc = change(steps.at(2).toObject(), QStringLiteral("adaptive-cruise"));
        QCOMPARE(acc.value(QStringLiteral("action")).toString(), QStringLiteral("added"));
        QCOMPARE(acc.value(QStringLiteral("reason")).toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("hud-needs-acc"));
        QCOMPARE(acc.value(QStringLiteral("reason")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("requires"));
        QVERIFY(acc.value(QStringLiteral("price_delta")).toDouble() > 0);
        const QJsonObject wheel = change(steps.at(1).toObject(), QStringLiteral("steering-leather"));
        QCOMPARE(wheel.value(QStringLiteral("action")).toString(), QStringLiteral("removed"));
        QCOMPARE(wheel.value(QStringLiteral("reason")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("one-of"));
        const QJsonObject paint = change(steps.at(4).toObject(), QStringLiteral("glacier-white"));
        QCOMPARE(paint.value(QStringLiteral("action")).toString(), QStringLiteral("removed"));
        QVERIFY(!paint.value(QStringLiteral("reason")).toObject().value(QStringLiteral("text")).toString().isEmpty());

        // The code: the readable alphabet only.
        const QString code = o.value(QStringLiteral("code")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{1,4})+$")).match(code).hasMatch(),
                 qPrintable(code));

        // The price: line by line adding up, in the first market's currency.
        const QJsonObject price = o.value(QStringLiteral("price")).toObject();
        QCOMPARE(price.value(QStringLiteral("market")).toString(), QStringLiteral("no"));
        QCOMPARE(price.value(QStringLiteral("currency")).toString(), QStringLiteral("NOK"));
        const double net = price.value(QStringLiteral("net")).toDouble();
        QVERIFY(net > 0);
        QCOMPARE(sum(price.value(QStringLiteral("lines")).toArray()), net);
        QCOMPARE(sum(price.value(QStringLiteral("complete")).toArray()), price.value(QStringLiteral("total")).toDouble());
        QVERIFY(price.value(QStringLiteral("total")).toDouble() > net);
        QVERIFY(price.value(QStringLiteral("monthly")).toObject().value(QStringLiteral("amount")).toDouble() > 0);

        // The steps' price effects lead from the trim's starting build to this one.
        const auto start = config({QStringLiteral("--model"), QStringLiteral("aster-5")});
        QCOMPARE(start.code, 0);
        double deltas = 0;
        for (const QJsonValue &step : steps)
            deltas += step.toObject().value(QStringLiteral("net_delta")).toDouble();
        QCOMPARE(json(start).value(QStringLiteral("price")).toObject().value(QStringLiteral("net")).toDouble() + deltas, net);
    }

    void configCodeRoundTrip()
    {
        const auto made = config(
            {QStringLiteral("--model"), QStringLiteral("aster-5"), QStringLiteral("--select"), chosen().join(QLatin1Char(','))});
        QCOMPARE(made.code, 0);
        const QJsonObject original = json(made);
        const QString code = original.value(QStringLiteral("code")).toString();
        QVERIFY(!code.isEmpty());

        // As printed, and as a visitor might type it: lower case, without the dashes, with spaces.
        QString typed = code.toLower();
        typed.remove(QLatin1Char('-'));
        QString spaced = code;
        spaced.replace(QLatin1Char('-'), QLatin1Char(' '));
        for (const QString &entered : {code, typed, spaced}) {
            const auto r = config({QStringLiteral("--code"), entered});
            QVERIFY2(r.code == 0, qPrintable(entered + QStringLiteral(": ") + QString::fromUtf8(r.err)));
            const QJsonObject o = json(r);
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("exact"));
            QVERIFY(o.value(QStringLiteral("differences")).toArray().isEmpty());
            QVERIFY(!o.contains(QStringLiteral("code_today")));
            const QJsonObject build = o.value(QStringLiteral("build")).toObject();
            const QJsonObject before = original.value(QStringLiteral("build")).toObject();
            QCOMPARE(build.value(QStringLiteral("model")).toString(), before.value(QStringLiteral("model")).toString());
            QCOMPARE(build.value(QStringLiteral("trim")).toString(), before.value(QStringLiteral("trim")).toString());
            QCOMPARE(strings(build.value(QStringLiteral("options"))), strings(before.value(QStringLiteral("options"))));
            QCOMPARE(build.value(QStringLiteral("on_the_car")).toArray(), before.value(QStringLiteral("on_the_car")).toArray());
            QCOMPARE(o.value(QStringLiteral("price")).toObject(), original.value(QStringLiteral("price")).toObject());
            QCOMPARE(o.value(QStringLiteral("made_in_market")).toString(), QStringLiteral("no"));
        }

        // A build priced in another market keeps its market in the code.
        const auto italy = config({QStringLiteral("--model"), QStringLiteral("rune-gt"), QStringLiteral("--trim"),
                                   QStringLiteral("rune-gt-performance"), QStringLiteral("--select"),
                                   QStringLiteral("w22-forged,ceramic-brakes"), QStringLiteral("--market"),
                                   QStringLiteral("it")});
        QVERIFY2(italy.code == 0, italy.err.constData());
        const QJsonObject made2 = json(italy);
        QCOMPARE(made2.value(QStringLiteral("price")).toObject().value(QStringLiteral("currency")).toString(),
                 QStringLiteral("EUR"));
        const auto back = config({QStringLiteral("--code"), made2.value(QStringLiteral("code")).toString(),
                                  QStringLiteral("--market"), QStringLiteral("it")});
        QVERIFY2(back.code == 0, back.err.constData());
        QCOMPARE(json(back).value(QStringLiteral("made_in_market")).toString(), QStringLiteral("it"));
        QCOMPARE(strings(json(back).value(QStringLiteral("build")).toObject().value(QStringLiteral("options"))),
                 strings(made2.value(QStringLiteral("build")).toObject().value(QStringLiteral("options"))));
        QVERIFY(strings(made2.value(QStringLiteral("build")).toObject().value(QStringLiteral("options")))
                    .contains(QStringLiteral("ceramic-brakes")));
        QCOMPARE(json(back).value(QStringLiteral("price")).toObject(), made2.value(QStringLiteral("price")).toObject());
        // Without --market the code is priced where it was made.
        const auto own = config({QStringLiteral("--code"), made2.value(QStringLiteral("code")).toString()});
        QVERIFY2(own.code == 0, own.err.constData());
        QCOMPARE(json(own).value(QStringLiteral("price")).toObject(), made2.value(QStringLiteral("price")).toObject());
    }

    void configMistypedCode()
    {
        const QString code = json(config({QStringLiteral("--model"), QStringLiteral("aster-5"), QStringLiteral("--select"),
                                          chosen().join(QLatin1Char(','))}))
                                 .value(QStringLiteral("code"))
                                 .toString();
        QVERIFY(code.size() > 6);
        // One character wrong, wherever it is: caught by the check character, never another car.
        static const QString alphabet = QStringLiteral("23456789ABCDEFGHJKMNPQRSTVWXYZ");
        for (qsizetype i = 0; i < code.size(); ++i) {
            if (code.at(i) == QLatin1Char('-'))
                continue;
            QString wrong = code;
            wrong[i] = alphabet.at((alphabet.indexOf(code.at(i)) + 7) % alphabet.size());
            const auto r = config({QStringLiteral("--code"), wrong});
            QVERIFY2(r.code == 1, qPrintable(wrong + QStringLiteral(" exited ") + QString::number(r.code)));
            QVERIFY2(r.err.contains("typing mistake"), r.err.constData());
            QVERIFY2(r.err.contains(wrong.toUtf8()), r.err.constData()); // names the code it was given
            QVERIFY(r.out.isEmpty());
        }
        // Two neighbours swapped.
        QString swapped = code;
        const qsizetype at = swapped.at(0) != swapped.at(1) ? 0 : 1;
        std::swap(swapped[at], swapped[at + 1]);
        QVERIFY(swapped != code);
        auto r = config({QStringLiteral("--code"), swapped});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("typing mistake"), r.err.constData());
        // A letter codes never use.
        QString withO = code;
        withO[0] = QLatin1Char('O');
        r = config({QStringLiteral("--code"), withO});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("\"O\" (character 1) is never used"), r.err.constData());
        // Cut short.
        r = config({QStringLiteral("--code"), code.left(code.size() - 3)});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void configRefusedChoicesAndUnknownNames()
    {
        // A choice the trim does not allow is refused with its reason; the rest still resolve.
        auto r = config({QStringLiteral("--model"), QStringLiteral("aster-5"), QStringLiteral("--select"),
                         QStringLiteral("sport-seats,hud,no-such")});
        QCOMPARE(r.code, 3);
        const QJsonArray steps = json(r).value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 4);
        const QJsonObject refused = steps.at(1).toObject();
        QVERIFY(!refused.value(QStringLiteral("accepted")).toBool());
        QVERIFY(refused.value(QStringLiteral("changes")).toArray().isEmpty());
        QCOMPARE(refused.value(QStringLiteral("note")).toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("sport-seats-not-core"));
        QVERIFY(steps.at(2).toObject().value(QStringLiteral("accepted")).toBool());
        QVERIFY(!steps.at(3).toObject().value(QStringLiteral("accepted")).toBool());
        QVERIFY(steps.at(3)
                    .toObject()
                    .value(QStringLiteral("note"))
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("no-such")));
        const QStringList options = strings(json(r).value(QStringLiteral("build")).toObject().value(QStringLiteral("options")));
        QVERIFY(options.contains(QStringLiteral("hud")));
        QVERIFY(!options.contains(QStringLiteral("sport-seats")));
        QVERIFY(!json(r).value(QStringLiteral("code")).toString().isEmpty());

        r = config({QStringLiteral("--model"), QStringLiteral("aster-9")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("there is no model \"aster-9\"") && r.err.contains("aster-5"), r.err.constData());
        r = config(
            {QStringLiteral("--model"), QStringLiteral("aster-5"), QStringLiteral("--trim"), QStringLiteral("rune-gt-plus")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("is not a trim of aster-5") && r.err.contains("aster-5-core"), r.err.constData());
        r = config({QStringLiteral("--model"), QStringLiteral("aster-5"), QStringLiteral("--market"), QStringLiteral("de")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("there is no market \"de\""), r.err.constData());
        const QString empty = db(QStringLiteral("config-empty.sqlite"));
        r = ctl({QStringLiteral("--db"), empty, QStringLiteral("config"), QStringLiteral("--model"), QStringLiteral("aster-5")});
        QCOMPARE(r.code, 66); // a reader never creates the database
        QVERIFY(!QFile::exists(empty));
        QCOMPARE(ctl({QStringLiteral("--db"), empty, QStringLiteral("set-pin")}, "2580\n").code, 0);
        r = ctl({QStringLiteral("--db"), empty, QStringLiteral("config"), QStringLiteral("--model"), QStringLiteral("aster-5")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("import a feed first"), r.err.constData());
    }

    void configCodeAfterTheCatalogChanged()
    {
        // A code made with night vision, then the brand drops night vision: the code still
        // opens the closest build, says what changed and gives today's code.
        const QString path = db(QStringLiteral("config-changed.sqlite"));
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("import"),
                      QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")})
                     .code,
                 0);
        const auto made = ctl({QStringLiteral("--db"), path, QStringLiteral("config"), QStringLiteral("--model"),
                               QStringLiteral("aster-5"), QStringLiteral("--trim"), QStringLiteral("aster-5-plus"),
                               QStringLiteral("--select"), QStringLiteral("night-vision,hud")});
        QVERIFY2(made.code == 0, made.err.constData());
        const QString code = json(made).value(QStringLiteral("code")).toString();
        QFile delta(db(QStringLiteral("drop-night-vision.json")));
        QVERIFY(delta.open(QIODevice::WriteOnly));
        delta.write(R"({"format":"vitrine-feed","version":1,"source":"demo","mode":"delta","deleted":[)"
                    R"({"kind":"option","id":"night-vision"},{"kind":"rule","id":"night-vision-needs-matrix"}]})");
        delta.close();
        const auto imported = ctl({QStringLiteral("--db"), path, QStringLiteral("import"), delta.fileName()});
        QVERIFY2(imported.code == 0, imported.err.constData());

        const auto r = ctl({QStringLiteral("--db"), path, QStringLiteral("config"), QStringLiteral("--code"), code});
        QCOMPARE(r.code, 3);
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("changed"));
        bool named = false;
        for (const QJsonValue &d : o.value(QStringLiteral("differences")).toArray())
            named = named || d.toObject().value(QStringLiteral("id")).toString() == QLatin1String("night-vision");
        QVERIFY2(named, r.out.constData());
        const QStringList options = strings(o.value(QStringLiteral("build")).toObject().value(QStringLiteral("options")));
        QVERIFY(!options.contains(QStringLiteral("night-vision")));
        QVERIFY(options.contains(QStringLiteral("hud")));
        const QString today = o.value(QStringLiteral("code_today")).toString();
        QVERIFY(!today.isEmpty() && today != code);
        const auto again = ctl({QStringLiteral("--db"), path, QStringLiteral("config"), QStringLiteral("--code"), today});
        QCOMPARE(again.code, 0);
        QCOMPARE(strings(json(again).value(QStringLiteral("build")).toObject().value(QStringLiteral("options"))), options);
    }

    void importDealerFeedsWithTheirOptions()
    {
        const QString path = db(QStringLiteral("dealers.sqlite"));
        QVERIFY(
            ctl({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral(VITRINE_TEST_DATA "/small-feed.json")})
                .code
            == 0);
        QFile tsv(db(QStringLiteral("Nordic Motors.txt")));
        QVERIFY(tsv.open(QIODevice::WriteOnly));
        tsv.write("vehicle_id\tvin\tmake\tmodel\tyear\tstate_of_vehicle\tprice\n"
                  "q1\t5SVAE2B12TA000055\tVolvo\tXC60\t2021\tNEW\t31000 USD\n");
        tsv.close();
        // Named: its format, its source, the place of rows without a dealer, the market.
        auto r = ctl({QStringLiteral("--db"), path, QStringLiteral("import"), tsv.fileName(), QStringLiteral("--format"),
                      QStringLiteral("meta-tsv"), QStringLiteral("--source=nordic"), QStringLiteral("--dealer"),
                      QStringLiteral("portland"), QStringLiteral("--market"), QStringLiteral("us-or")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("read as a Meta automotive catalog (TSV), source nordic"), r.err.constData());
        QVERIFY2(r.out.contains("1 records applied"), r.out.constData());
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("--json"),
                 QStringLiteral("{\"location\":[\"portland\"],\"text\":\"volvo\"}")});
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("total")).toInt(), 1);
        // A format that does not exist is refused before anything is opened.
        r = ctl({QStringLiteral("--db"), db(QStringLiteral("never.sqlite")), QStringLiteral("import"), tsv.fileName(),
                 QStringLiteral("--format"), QStringLiteral("excel")});
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains("\"excel\" is not a feed format"), r.err.constData());
        QVERIFY(!QFile::exists(db(QStringLiteral("never.sqlite"))));
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("import"), tsv.fileName(), QStringLiteral("--format")}).code,
                 64);
    }

    void sourcesAndTheirState()
    {
        // Read-only: no database is made where there is none.
        const QString missing = db(QStringLiteral("no-sources.sqlite"));
        auto r = ctl({QStringLiteral("--db"), missing, QStringLiteral("sources")});
        QCOMPARE(r.code, 66);
        QVERIFY(!QFile::exists(missing));

        const QString path = db(QStringLiteral("sources.sqlite"));
        QFile f(QStringLiteral(VITRINE_TEST_DATA "/small-feed.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject feed = QJsonDocument::fromJson(f.readAll()).object();
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("import"), f.fileName()});
        QVERIFY(r.code == 0);
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("sources")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("no sources"), r.out.constData());

        feed[QStringLiteral("sources")] = QJsonArray{
            QJsonObject{{QStringLiteral("id"), QStringLiteral("nordic")},
                        {QStringLiteral("name"), QStringLiteral("Nordic Motors")},
                        {QStringLiteral("url"), QStringLiteral("https://user:pw@feeds.example/meta.csv?token=s3cret")},
                        {QStringLiteral("format"), QStringLiteral("meta")},
                        {QStringLiteral("every_minutes"), 30}}};
        QFile withSources(db(QStringLiteral("with-sources.json")));
        QVERIFY(withSources.open(QIODevice::WriteOnly));
        withSources.write(QJsonDocument(feed).toJson());
        withSources.close();
        QVERIFY(ctl({QStringLiteral("--db"), path, QStringLiteral("import"), withSources.fileName()}).code == 0);
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("sources")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("nordic  Nordic Motors"), r.out.constData());
        QVERIFY2(r.out.contains("address:       https://feeds.example/meta.csv"), r.out.constData());
        QVERIFY2(r.out.contains("meta, every 30 min, from feed"), r.out.constData());
        QVERIFY2(r.out.contains("last success:  never"), r.out.constData());
        QVERIFY(!r.out.contains("s3cret") && !r.out.contains("pw@"));
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("sources"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonObject nordic = json.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(nordic.value(QStringLiteral("id")).toString(), QStringLiteral("nordic"));
        QCOMPARE(nordic.value(QStringLiteral("url")).toString(), QStringLiteral("https://feeds.example/meta.csv"));
        QCOMPARE(nordic.value(QStringLiteral("state")).toObject().value(QStringLiteral("last_success")).toString(),
                 QStringLiteral("never"));
        QVERIFY(json.value(QStringLiteral("stock_as_of")).toString().startsWith(QLatin1String("20")));
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("sources"), QStringLiteral("--bogus")}).code, 64);
    }

    void configBadUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("nothing") << QStringList{} << "needs either --code CODE or --model M";
        QTest::newRow("both") << QStringList{QStringLiteral("--code"), QStringLiteral("5HN6-23ZM"), QStringLiteral("--model"),
                                             QStringLiteral("aster-5")}
                              << "needs either --code CODE or --model M";
        QTest::newRow("only a trim") << QStringList{QStringLiteral("--trim"), QStringLiteral("aster-5-core")}
                                     << "needs either --code CODE or --model M";
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("--colour"), QStringLiteral("red")}
                                      << "config does not take \"--colour\"";
        QTest::newRow("flag without value") << QStringList{QStringLiteral("--model")} << "--model needs a value";
        QTest::newRow("stray word") << QStringList{QStringLiteral("--model"), QStringLiteral("aster-5"), QStringLiteral("hud")}
                                    << "config does not take \"hud\"";
    }
    void configBadUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const auto r = config(args);
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(needle.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("config --code CODE"), r.err.constData()); // the usage follows
        QVERIFY(r.out.isEmpty());
    }
    // A 2022 Vega E with 40,000 km at Oslo: five of the demo stock's used and approved Vega E in
    // NOK lie within two model years and 60,000 km (sv-0216 has 129,181 km, the 2018 cars are too
    // old). Each moved to the visitor's car, less 18 % margins: 348,617.09, 387,896.20, 413,866.30,
    // 487,670.52 and 574,985.75; the quartiles of five lie halfway between the first and second
    // (368,256.65) and the fourth and fifth (531,328.14): 368,200 to 531,400, to the hundred below
    // and above (worked outside the code).
    void tradeInValuedFromTheDemoStock()
    {
        const auto r = tradein({QStringLiteral("--model"), QStringLiteral("Vega E"), QStringLiteral("--year"),
                                QStringLiteral("2022"), QStringLiteral("--mileage"), QStringLiteral("40000"),
                                QStringLiteral("--unit"), QStringLiteral("km"), QStringLiteral("--studio"),
                                QStringLiteral("oslo")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("valued")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("market")).toString(), QStringLiteral("no"));
        QCOMPARE(o.value(QStringLiteral("currency")).toString(), QStringLiteral("NOK"));
        QCOMPARE(o.value(QStringLiteral("basis")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("low")).toDouble(), 368200.0);
        QCOMPARE(o.value(QStringLiteral("high")).toDouble(), 531400.0);
        QVERIFY(!o.contains(QStringLiteral("message")));
        const QJsonArray closest = o.value(QStringLiteral("closest")).toArray();
        QCOMPARE(closest.size(), 3);
        const QJsonObject first = closest.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("vehicle_id")).toString(), QStringLiteral("sv-0123"));
        QCOMPARE(first.value(QStringLiteral("year")).toInt(), 2022);
        QCOMPARE(first.value(QStringLiteral("mileage")).toObject().value(QStringLiteral("value")).toInt(), 35721);
        QCOMPARE(first.value(QStringLiteral("mileage")).toObject().value(QStringLiteral("unit")).toString(),
                 QStringLiteral("km"));
        QCOMPARE(first.value(QStringLiteral("price")).toDouble(), 476100.0);
        QCOMPARE(first.value(QStringLiteral("trade_value")).toDouble(), 387896.2);
        QCOMPARE(closest.at(1).toObject().value(QStringLiteral("vehicle_id")).toString(), QStringLiteral("sv-0320"));
        QCOMPARE(closest.at(2).toObject().value(QStringLiteral("vehicle_id")).toString(), QStringLiteral("sv-0089"));
        // The model by its catalog id is the same car; the car asked is said back.
        const QJsonObject byId = json(
            tradein({QStringLiteral("--model"), QStringLiteral("vega-e"), QStringLiteral("--year"), QStringLiteral("2022"),
                     QStringLiteral("--mileage"), QStringLiteral("40000"), QStringLiteral("--unit"), QStringLiteral("km"),
                     QStringLiteral("--market"), QStringLiteral("no"), QStringLiteral("--condition"), QStringLiteral("good")}));
        QCOMPARE(byId.value(QStringLiteral("low")).toDouble(), 368200.0);
        QCOMPARE(byId.value(QStringLiteral("car")).toObject().value(QStringLiteral("model")).toString(),
                 QStringLiteral("Vega E"));
        // Fair condition takes 7 % off each comparable.
        const QJsonObject fair = json(
            tradein({QStringLiteral("--model"), QStringLiteral("Vega E"), QStringLiteral("--year"), QStringLiteral("2022"),
                     QStringLiteral("--mileage"), QStringLiteral("40000"), QStringLiteral("--unit"), QStringLiteral("km"),
                     QStringLiteral("--studio"), QStringLiteral("oslo"), QStringLiteral("--condition"), QStringLiteral("fair")}));
        QVERIFY(fair.value(QStringLiteral("valued")).toBool());
        QVERIFY(fair.value(QStringLiteral("high")).toDouble() < 531400.0 * 0.94);
    }

    // A 2018 Vega E with 110,000 km: three cars compare, the market asks for four. No number, an
    // expert; the three are still named. A model nobody stocks has none at all.
    void tradeInTooFewComparables()
    {
        auto r = tradein({QStringLiteral("--model"), QStringLiteral("Vega E"), QStringLiteral("--year"), QStringLiteral("2018"),
                          QStringLiteral("--mileage"), QStringLiteral("110000"), QStringLiteral("--unit"), QStringLiteral("km"),
                          QStringLiteral("--studio"), QStringLiteral("oslo")});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("valued")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("basis")).toInt(), 3);
        QVERIFY(o.value(QStringLiteral("low")).isNull());
        QVERIFY(o.value(QStringLiteral("high")).isNull());
        QCOMPARE(o.value(QStringLiteral("closest")).toArray().size(), 3);
        QVERIFY2(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("an expert values the car")),
                 r.out.constData());
        r = tradein({QStringLiteral("--model"), QStringLiteral("Vega E"), QStringLiteral("--make"), QStringLiteral("Volvo"),
                     QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--mileage"), QStringLiteral("40000"),
                     QStringLiteral("--unit"), QStringLiteral("km")});
        QCOMPARE(r.code, 0);
        o = json(r);
        QCOMPARE(o.value(QStringLiteral("valued")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("basis")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("car")).toObject().value(QStringLiteral("make")).toString(), QStringLiteral("Volvo"));
    }

    // Portland's market lists in miles: 30,000 mi is 48,280 km, the same car and the same range
    // (five comparables, 30,700 to 39,400 USD, worked outside the code); 30,000 km is another car.
    void tradeInMilesAreConverted()
    {
        const auto ask = [this](const QString &mileage, const QString &unit) {
            return json(tradein({QStringLiteral("--model"), QStringLiteral("Vega E"), QStringLiteral("--year"),
                                 QStringLiteral("2022"), QStringLiteral("--mileage"), mileage, QStringLiteral("--unit"), unit,
                                 QStringLiteral("--studio"), QStringLiteral("portland")}));
        };
        const QJsonObject miles = ask(QStringLiteral("30000"), QStringLiteral("mi"));
        const QJsonObject km = ask(QStringLiteral("48280"), QStringLiteral("km"));
        const QJsonObject wrong = ask(QStringLiteral("30000"), QStringLiteral("km"));
        QCOMPARE(miles.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
        QVERIFY(miles.value(QStringLiteral("valued")).toBool());
        QCOMPARE(miles.value(QStringLiteral("basis")).toInt(), 5);
        QCOMPARE(miles.value(QStringLiteral("low")).toDouble(), 30700.0);
        QCOMPARE(miles.value(QStringLiteral("high")).toDouble(), 39400.0);
        QCOMPARE(km.value(QStringLiteral("low")), miles.value(QStringLiteral("low")));
        QCOMPARE(km.value(QStringLiteral("high")), miles.value(QStringLiteral("high")));
        QCOMPARE(miles.value(QStringLiteral("car")).toObject().value(QStringLiteral("mileage")).toObject(),
                 (QJsonObject{{QStringLiteral("value"), 30000}, {QStringLiteral("unit"), QStringLiteral("mi")}}));
        // The comparables keep the unit they are listed in.
        QCOMPARE(miles.value(QStringLiteral("closest"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("mileage"))
                     .toObject()
                     .value(QStringLiteral("unit"))
                     .toString(),
                 QStringLiteral("mi"));
        QCOMPARE(wrong.value(QStringLiteral("basis")).toInt(), 4);
        QCOMPARE(wrong.value(QStringLiteral("low")).toDouble(), 31000.0);
    }

    void tradeInBadUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("says");
        const QStringList car{QStringLiteral("--model"), QStringLiteral("Vega E"),    QStringLiteral("--year"),
                              QStringLiteral("2022"),    QStringLiteral("--mileage"), QStringLiteral("40000")};
        const QString unit = QStringLiteral("--unit");
        QTest::newRow("no-unit") << car << QByteArray("--unit needs km or mi");
        QTest::newRow("bad-unit") << car + QStringList{unit, QStringLiteral("furlongs")} << QByteArray("--unit needs km or mi");
        QTest::newRow("no-model") << QStringList{
            QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--mileage"), QStringLiteral("1"), unit,
            QStringLiteral("km")} << QByteArray("--model needs");
        QTest::newRow("bad-year") << QStringList{QStringLiteral("--model"),
                                                 QStringLiteral("Vega E"),
                                                 QStringLiteral("--year"),
                                                 QStringLiteral("twenty"),
                                                 QStringLiteral("--mileage"),
                                                 QStringLiteral("1"),
                                                 unit,
                                                 QStringLiteral("km")}
                                  << QByteArray("--year needs a model year");
        QTest::newRow("future-year") << QStringList{QStringLiteral("--model"),
                                                    QStringLiteral("Vega E"),
                                                    QStringLiteral("--year"),
                                                    QStringLiteral("2999"),
                                                    QStringLiteral("--mileage"),
                                                    QStringLiteral("1"),
                                                    unit,
                                                    QStringLiteral("km")}
                                     << QByteArray("--year needs a model year");
        QTest::newRow("negative-mileage") << QStringList{
            QStringLiteral("--model"), QStringLiteral("Vega E"),       QStringLiteral("--year"),
            QStringLiteral("2022"),    QStringLiteral("--mileage=-5"), unit,
            QStringLiteral("km")} << QByteArray("--mileage needs a whole number");
        QTest::newRow("no-mileage") << QStringList{
            QStringLiteral("--model"), QStringLiteral("Vega E"), QStringLiteral("--year"), QStringLiteral("2022"), unit,
            QStringLiteral("km")} << QByteArray("--mileage needs a whole number");
        QTest::newRow("bad-condition") << car
                + QStringList{unit, QStringLiteral("km"), QStringLiteral("--condition"), QStringLiteral("mint")}
                                       << QByteArray("--condition is excellent, good or fair");
        QTest::newRow("market-and-studio") << car + QStringList{unit,
                                                                QStringLiteral("km"),
                                                                QStringLiteral("--market"),
                                                                QStringLiteral("no"),
                                                                QStringLiteral("--studio"),
                                                                QStringLiteral("oslo")}
                                           << QByteArray("not both");
        QTest::newRow("unknown-option") << car
                + QStringList{unit, QStringLiteral("km"), QStringLiteral("--vin"), QStringLiteral("x")}
                                        << QByteArray("does not take \"--vin\"");
    }

    void tradeInBadUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, says);
        // Refused before the database is opened: a path that does not exist stays so.
        const QString missing = db(QStringLiteral("tradein-nowhere.sqlite"));
        const auto r = ctl(QStringList{QStringLiteral("--db"), missing, QStringLiteral("tradein")} + args);
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(says), r.err.constData());
        QVERIFY(r.err.contains("  tradein --model M"));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(missing));
        // A market or studio the catalog lacks: not possible, named.
        const QStringList car{QStringLiteral("--model"), QStringLiteral("Vega E"),    QStringLiteral("--year"),
                              QStringLiteral("2022"),    QStringLiteral("--mileage"), QStringLiteral("1"),
                              QStringLiteral("--unit"),  QStringLiteral("km")};
        auto e = tradein(car + QStringList{QStringLiteral("--market"), QStringLiteral("mars")});
        QCOMPARE(e.code, 1);
        QVERIFY2(e.err.contains("there is no market \"mars\""), e.err.constData());
        e = tradein(car + QStringList{QStringLiteral("--studio"), QStringLiteral("atlantis")});
        QCOMPARE(e.code, 1);
        QVERIFY2(e.err.contains("there is no studio \"atlantis\""), e.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestVitrinectl)
#include "tst_vitrinectl.moc"
