#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QString db(const QString &name) { return m_dir.filePath(name); }

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

    void importExportDoctor()
    {
        const QString path = db(QStringLiteral("a.sqlite"));
        auto r = ctl({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral(VITRINE_TEST_DATA "/small-feed.json")});
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
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")}).code, 0);
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
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral(R"({"sort":"cheapest"})")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("\"sort\" must be one of"));

        const QString feed = db(QStringLiteral("synthetic.json"));
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("generate"), QStringLiteral("--vehicles"), QStringLiteral("300"),
                 QStringLiteral("--out"), feed});
        QCOMPARE(r.code, 0);
        r = ctl({QStringLiteral("--db"), path, QStringLiteral("import"), feed});
        QVERIFY2(r.code == 0, r.err.constData()); // every synthetic car passes the importer's checks
        QVERIFY(ctl({QStringLiteral("--db"), path, QStringLiteral("doctor")}).out.contains("vehicles:      950"));
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("generate"), QStringLiteral("--vehicles"), QStringLiteral("0")}).code, 64);
    }

    void doctorRefusesNewerDatabase()
    {
        const QString path = db(QStringLiteral("n.sqlite"));
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
};

QTEST_GUILESS_MAIN(TestVitrinectl)
#include "tst_vitrinectl.moc"
