// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogrows.h"
#include "feed/feedimporter.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// The importer refuses a catalog whose rules contradict each other (CatalogConsistency), as a
/// whole, with a report naming the rule and the options, and keeps the catalog stored before.
/// Every case runs on a real SQLite file that first holds the demo feed.
class TestFeedRuleCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_connection;

    static QJsonObject demoFeed()
    {
        static const QJsonObject feed = [] {
            QFile f(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("data/demo-feed.json missing");
            return QJsonDocument::fromJson(f.readAll()).object();
        }();
        return feed;
    }

    static QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    static QJsonObject needs(const QString &id, const QString &option, const QString &target)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("type"), QStringLiteral("requires")},
                {QStringLiteral("option"), option},
                {QStringLiteral("targets"), QJsonArray{target}}};
    }

    static QJsonObject excludes(const QString &id, const QString &option, const QString &target)
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("type"), QStringLiteral("excludes")},
                {QStringLiteral("option"), option},
                {QStringLiteral("targets"), QJsonArray{target}}};
    }

    /// The demo feed with more rules, an option's price changed and a car's price changed, so
    /// that a refusal can be seen to change nothing at all.
    static QJsonObject demoWith(const QJsonArray &extraRules)
    {
        QJsonObject feed = demoFeed();
        QJsonArray rules = feed.value(QStringLiteral("rules")).toArray();
        for (const QJsonValue &r : extraRules)
            rules.append(r);
        feed[QStringLiteral("rules")] = rules;
        QJsonArray options = feed.value(QStringLiteral("options")).toArray();
        for (qsizetype i = 0; i < options.size(); ++i) {
            QJsonObject o = options.at(i).toObject();
            if (o.value(QStringLiteral("id")).toString() == QLatin1String("hud")) {
                QJsonObject prices = o.value(QStringLiteral("prices")).toObject();
                for (const QString &market : prices.keys())
                    prices[market] = prices.value(market).toDouble() + 111;
                o[QStringLiteral("prices")] = prices;
                options[i] = o;
            }
        }
        feed[QStringLiteral("options")] = options;
        QJsonArray vehicles = feed.value(QStringLiteral("vehicles")).toArray();
        QJsonObject v = vehicles.at(0).toObject();
        QJsonObject price = v.value(QStringLiteral("price")).toObject();
        price[QStringLiteral("amount")] = price.value(QStringLiteral("amount")).toDouble() + 1;
        v[QStringLiteral("price")] = price;
        vehicles[0] = v;
        feed[QStringLiteral("vehicles")] = vehicles;
        return feed;
    }

    QSqlDatabase db() { return QSqlDatabase::database(m_connection); }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    /// Everything stored, row by row: catalog, studios, stock and the import log.
    QStringList snapshot()
    {
        QStringList out;
        for (const char *table :
             {"market", "body", "model_line", "model", "trim", "catalog_option", "catalog_rule", "studio", "vehicle"}) {
            QSqlQuery q(db());
            if (!q.exec(QStringLiteral("SELECT id, deleted, doc FROM %1 ORDER BY rowid").arg(QLatin1String(table))))
                return {QStringLiteral("cannot read %1").arg(QLatin1String(table))};
            while (q.next())
                out << QStringLiteral("%1/%2/%3/%4")
                           .arg(QLatin1String(table), q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        }
        out << QStringLiteral("runs %1").arg(scalar(QStringLiteral("SELECT count(*) FROM import_run")));
        out << QStringLiteral("issues %1").arg(scalar(QStringLiteral("SELECT count(*) FROM import_issue")));
        return out;
    }

    /// The catalog as the app reads it, reduced to what a visitor would see change.
    QStringList readable()
    {
        const auto c = CatalogRows(db()).catalog();
        if (!c)
            return {QStringLiteral("unreadable")};
        QStringList out;
        for (const CatalogRule &r : c->rules)
            out << QStringLiteral("rule ") + r.id;
        for (const CatalogOption &o : c->options)
            out << QStringLiteral("option %1 %2").arg(o.id).arg(o.pricesMinor.value(QStringLiteral("no")));
        for (const Trim &t : c->trims)
            out << QStringLiteral("trim ") + t.id;
        return out;
    }

    static QString text(const FeedImporter::Report &r)
    {
        QStringList out;
        for (const RecordIssue &i : r.issues)
            out << i.toString();
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n') + r.fatal;
    }

    static bool hasError(const FeedImporter::Report &r, const QString &list, const QString &id, const QString &kind)
    {
        for (const RecordIssue &i : r.issues) {
            if (i.severity == RecordIssue::Severity::Error && i.list == list && i.recordId == id && i.field == kind)
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        m_connection = QStringLiteral("r%1").arg(++m_serial);
        QVERIFY(Database::open(m_dir.filePath(m_connection + QStringLiteral(".sqlite")), m_connection).ok());
        FeedImporter importer(db());
        const auto first = importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        QVERIFY2(first.applied, qPrintable(text(first)));
        QCOMPARE(first.warnings, 0);
    }

    void cleanup() { Database::close(m_connection); }

    void contradictoryRulesAreRefusedAsAWhole_data()
    {
        QTest::addColumn<QJsonArray>("rules");
        QTest::addColumn<QString>("kind");      // the problem's kind, as the issue's field
        QTest::addColumn<QString>("rule");      // the rule the issue is filed under
        QTest::addColumn<QStringList>("named"); // what the message must name

        // Night vision needs the matrix lights but now excludes them: it can never be chosen.
        QTest::newRow("choice never valid") << QJsonArray{excludes(QStringLiteral("night-vision-no-matrix"),
                                                                   QStringLiteral("night-vision"), QStringLiteral("matrix-led"))}
                                            << "impossible-option"
                                            << "night-vision-no-matrix"
                                            << QStringList{QStringLiteral("night-vision"), QStringLiteral("matrix-led"),
                                                           QStringLiteral("night-vision-needs-matrix")};
        // Privacy and acoustic glass exclude each other (privacy-or-acoustic) and now require
        // each other: neither can ever be on a car.
        QTest::newRow("requires cycle with an exclusion")
            << QJsonArray{needs(QStringLiteral("privacy-needs-acoustic"), QStringLiteral("privacy-glass"),
                                QStringLiteral("acoustic-glass")),
                          needs(QStringLiteral("acoustic-needs-privacy"), QStringLiteral("acoustic-glass"),
                                QStringLiteral("privacy-glass"))}
            << "requires-cycle-conflict"
            << "privacy-or-acoustic"
            << QStringList{QStringLiteral("privacy-glass"), QStringLiteral("acoustic-glass"),
                           QStringLiteral("privacy-or-acoustic")};
        // A trim's standard equipment breaks a new exclusion.
        QTest::newRow("standard equipment broken")
            << QJsonArray{excludes(QStringLiteral("camera-no-matrix"), QStringLiteral("camera-360"),
                                   QStringLiteral("matrix-led"))}
            << "trim-standard-conflict"
            << "aster-3-plus"
            << QStringList{QStringLiteral("camera-360"), QStringLiteral("matrix-led"), QStringLiteral("camera-no-matrix")};
    }
    void contradictoryRulesAreRefusedAsAWhole()
    {
        QFETCH(QJsonArray, rules);
        QFETCH(QString, kind);
        QFETCH(QString, rule);
        QFETCH(QStringList, named);
        const QStringList before = snapshot();
        const QStringList readBefore = readable();
        QVERIFY(readBefore.size() > 80);

        FeedImporter importer(db());
        const auto report = importer.importBytes(bytes(demoWith(rules)), QStringLiteral("contradictory"));
        QVERIFY2(!report.applied, qPrintable(text(report)));
        QVERIFY2(report.fatal.contains(QLatin1String("rules contradict each other")), qPrintable(report.fatal));
        QVERIFY2(report.fatal.contains(QLatin1String("nothing was changed")), qPrintable(report.fatal));
        for (const QString &name : named)
            QVERIFY2(report.fatal.contains(name), qPrintable(name + QStringLiteral(" not named in: ") + report.fatal));
        const QString list = kind == QLatin1String("trim-standard-conflict") ? QStringLiteral("trims") : QStringLiteral("rules");
        QVERIFY2(hasError(report, list, rule, kind), qPrintable(text(report)));

        // Nothing stored moved: not the catalog, not the changed price, not the car, not the log.
        QCOMPARE(snapshot(), before);
        QCOMPARE(readable(), readBefore);
        QVERIFY(importer.hasCatalog());

        // Fixed, the same feed goes through and the changes arrive.
        const auto fixed = importer.importBytes(bytes(demoWith({})), QStringLiteral("fixed"));
        QVERIFY2(fixed.applied, qPrintable(text(fixed)));
        QVERIFY(snapshot() != before);
        QVERIFY(readable() != readBefore);
    }

    void deltaFeedIsCheckedAgainstWhatIsStored()
    {
        // The delta carries only the new rule; the contradiction is with the stored catalog.
        const QStringList before = snapshot();
        const QJsonObject delta{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("source"), QStringLiteral("demo")},
                                {QStringLiteral("mode"), QStringLiteral("delta")},
                                {QStringLiteral("rules"),
                                 QJsonArray{excludes(QStringLiteral("chrono-no-sport-suspension"), QStringLiteral("sport-chrono"),
                                                     QStringLiteral("sport-suspension"))}}};
        FeedImporter importer(db());
        const auto report = importer.importBytes(bytes(delta), QStringLiteral("delta"));
        QVERIFY2(!report.applied, qPrintable(text(report)));
        QVERIFY2(report.fatal.contains(QLatin1String("chrono-no-sport-suspension")), qPrintable(report.fatal));
        QVERIFY2(report.fatal.contains(QLatin1String("sport-chrono")), qPrintable(report.fatal));
        QCOMPARE(snapshot(), before);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_rule WHERE id = 'chrono-no-sport-suspension'")), 0);

        // A catalog delta that keeps the rules consistent (here, dropping an exclusion) is
        // checked the same way and goes through.
        const QJsonObject removal{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                                  {QStringLiteral("version"), 1},
                                  {QStringLiteral("source"), QStringLiteral("demo")},
                                  {QStringLiteral("mode"), QStringLiteral("delta")},
                                  {QStringLiteral("deleted"),
                                   QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("rule")},
                                                          {QStringLiteral("id"), QStringLiteral("air-or-sport-suspension")}}}}};
        const auto removed = importer.importBytes(bytes(removal), QStringLiteral("removal"));
        QVERIFY2(removed.applied, qPrintable(text(removed)));
        QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM catalog_rule WHERE id = 'air-or-sport-suspension'")), 1);
    }

    void stockOnlyDeltaIsNotHeldUpByTheRules()
    {
        QJsonObject v = demoFeed().value(QStringLiteral("vehicles")).toArray().at(0).toObject();
        QJsonObject price = v.value(QStringLiteral("price")).toObject();
        price[QStringLiteral("amount")] = 12345;
        v[QStringLiteral("price")] = price;
        const QJsonObject delta{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("source"), QStringLiteral("demo")},
                                {QStringLiteral("mode"), QStringLiteral("delta")},
                                {QStringLiteral("vehicles"), QJsonArray{v}}};
        FeedImporter importer(db());
        const auto report = importer.importBytes(bytes(delta), QStringLiteral("stock"));
        QVERIFY2(report.applied, qPrintable(text(report)));
        QCOMPARE(report.warnings, 0);
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT price_minor FROM vehicle WHERE id = '%1'").arg(v.value(QStringLiteral("id")).toString())),
            1234500);
    }

    void rulesThatOnlyNarrowSomeTrimsAreAWarning()
    {
        // The tow bar now needs the heat pump, which the Vega T and the Nord 1 and 2 do not
        // offer: the tow bar (and the travel package holding it) can no longer be had there.
        // The catalog still works, so it is applied, with warnings kept for staff.
        FeedImporter importer(db());
        const auto report = importer.importBytes(bytes(demoWith({needs(QStringLiteral("tow-needs-heat-pump"),
                                                                       QStringLiteral("tow-bar"), QStringLiteral("heat-pump"))})),
                                                 QStringLiteral("narrower"));
        QVERIFY2(report.applied, qPrintable(text(report)));
        QVERIFY2(report.warnings >= 1, qPrintable(text(report)));
        bool named = false;
        for (const RecordIssue &i : report.issues) {
            if (i.severity == RecordIssue::Severity::Warning && i.field == QLatin1String("unavailable-on-trims")
                && i.recordId == QLatin1String("tow-needs-heat-pump"))
                named = i.problem.contains(QLatin1String("vega-t-core")) && i.problem.contains(QLatin1String("tow-bar"));
        }
        QVERIFY2(named, qPrintable(text(report)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_rule WHERE id = 'tow-needs-heat-pump' AND deleted = 0")), 1);
        QVERIFY(scalar(QStringLiteral(
                    "SELECT count(*) FROM import_issue WHERE severity = 'warning' AND field = 'unavailable-on-trims'"))
                >= 1);
        QCOMPARE(scalar(QStringLiteral("SELECT warnings FROM import_run ORDER BY id DESC LIMIT 1")), report.warnings);
    }
};

QTEST_GUILESS_MAIN(TestFeedRuleCheck)
#include "tst_feedrulecheck.moc"
