// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogrows.h"
#include "catalog/ruleengine.h"
#include "configurator.h"
#include "feed/feedimporter.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "pricing/configurationpricer.h"
#include "storage/database.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// One price, one plan, one rate: a car in Oslo's stock priced exactly as the configurator prices
/// the same build shows the same monthly figures on its detail page, in the configurator and on
/// the summary, with the market's defaults and with a plan the visitor chose by tapping.
class TestFinance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;
    QString m_model = QStringLiteral("aster-5");

    QString text(UiProbe &ui, const QString &name)
    {
        QQuickItem *item = ui.find(name);
        return item ? item->property("text").toString() : QString();
    }

    // Taps a plan: the deposit, term and balloon rows of the visible FinancePanel.
    bool choosePlan(UiProbe &ui, int deposit, int term, int balloon)
    {
        return ui.tap(QStringLiteral("finance-deposit-%1").arg(deposit)) && ui.tap(QStringLiteral("finance-term-%1").arg(term))
            && ui.tap(QStringLiteral("finance-balloon-%1").arg(balloon));
    }

private slots:
    void initTestCase()
    {
        // The database: the demo catalog, and one more Oslo car, the model's first trim as it comes,
        // priced at exactly the configurator's complete price for that build.
        const QString path = m_dir.filePath(QStringLiteral("finance.sqlite"));
        {
            QVERIFY(Database::open(path, QStringLiteral("prep")).ok());
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("prep"));
            FeedImporter importer(db);
            QVERIFY(importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")).applied);
            const auto catalog = CatalogRows(db).catalog();
            QVERIFY(catalog);
            const RuleEngine engine(*catalog, QStringLiteral("no"));
            const Trim *trim = catalog->trimsOfModel(m_model).first();
            const auto build = engine.defaultConfiguration(trim->id);
            QVERIFY(build);
            const auto quote = ConfigurationPricer(engine, QStringLiteral("no")).quote(*build);
            QVERIFY(quote.ok);
            QJsonObject car{{QStringLiteral("id"), QStringLiteral("finance-match")},
                            {QStringLiteral("vin"), QStringLiteral("YV1FAN5TESTA00001")},
                            {QStringLiteral("model"), m_model},
                            {QStringLiteral("trim"), trim->id},
                            {QStringLiteral("year"), catalog->model(m_model)->year},
                            {QStringLiteral("condition"), QStringLiteral("new")},
                            {QStringLiteral("mileage"),
                             QJsonObject{{QStringLiteral("value"), 0}, {QStringLiteral("unit"), QStringLiteral("km")}}},
                            {QStringLiteral("paint"), trim->defaultPaint},
                            {QStringLiteral("wheel"), trim->defaultWheel},
                            {QStringLiteral("interior"), trim->defaultInterior},
                            {QStringLiteral("options"), QJsonArray::fromStringList(build->options)},
                            {QStringLiteral("price"),
                             QJsonObject{{QStringLiteral("amount"), quote.total().major()},
                                         {QStringLiteral("currency"), QStringLiteral("NOK")}}},
                            {QStringLiteral("location"), QStringLiteral("oslo")},
                            {QStringLiteral("added"), QStringLiteral("2026-11-20")},
                            {QStringLiteral("updated"), QStringLiteral("2026-11-20T09:00:00Z")}};
            const QJsonObject feed{{QStringLiteral("format"), QStringLiteral("vitrine-feed")},
                                   {QStringLiteral("version"), 1},
                                   {QStringLiteral("source"), QStringLiteral("finance-test")},
                                   {QStringLiteral("mode"), QStringLiteral("delta")},
                                   {QStringLiteral("vehicles"), QJsonArray{car}}};
            const auto report = importer.importBytes(QJsonDocument(feed).toJson(), QStringLiteral("test"));
            QStringList problems{report.fatal};
            for (const RecordIssue &issue : report.issues)
                problems << issue.toString();
            QVERIFY2(report.applied && report.rejected == 0, qPrintable(problems.join(QLatin1Char('\n'))));
        }
        Database::close(QStringLiteral("prep"));
        QString error;
        m_kiosk = startKiosk(path, &error);
        QVERIFY2(m_kiosk, qPrintable(error));
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    void samePlanOnEveryPage()
    {
        UiProbe ui(m_kiosk->window());
        QDir().mkpath(QStringLiteral(VITRINE_SCREENSHOTS "/finance"));
        const QVariantMap car{{QStringLiteral("vehicleId"), QStringLiteral("finance-match")}};
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("detail")), Q_ARG(QVariant, car));
        QTRY_VERIFY(!text(ui, QStringLiteral("finance-summary")).isEmpty());
        const QString detailDefault = text(ui, QStringLiteral("finance-summary"));
        QVERIFY2(detailDefault.contains(QLatin1String("APRC")),
                 qPrintable(detailDefault)); // Norway: effective rate beside nominal
        QVERIFY(choosePlan(ui, 30, 48, 20));
        const QString detailChosen = text(ui, QStringLiteral("finance-summary"));
        QVERIFY(detailChosen != detailDefault);
        QVERIFY(detailChosen.contains(QLatin1String("48 months")));
        ui.shoot(QStringLiteral("finance/detail-plan-en"));
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");

        // The configurator: the same build, its defaults, then the same plan tapped in its sheet.
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("configurator")),
                                  Q_ARG(QVariant, QVariantMap{}));
        m_kiosk->configurator()->chooseModel(m_model);
        QTRY_VERIFY(!text(ui, QStringLiteral("running-monthly")).isEmpty());
        QCOMPARE(text(ui, QStringLiteral("running-monthly")), detailDefault);
        QVERIFY(ui.tap(QStringLiteral("plan")));
        QTRY_VERIFY(ui.find(QStringLiteral("plan-sheet")));
        QVERIFY(choosePlan(ui, 30, 48, 20));
        QCOMPARE(text(ui, QStringLiteral("finance-summary")), detailChosen);
        ui.shoot(QStringLiteral("finance/configurator-plan-en"));
        QVERIFY(ui.tap(QStringLiteral("plan-done")));
        QTRY_COMPARE(text(ui, QStringLiteral("running-monthly")), detailChosen);

        // The summary keeps the plan chosen in the configurator.
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("summary")),
                                  Q_ARG(QVariant, QVariantMap{}));
        QTRY_VERIFY(ui.find(QStringLiteral("summary-finance")));
        QTRY_COMPARE(text(ui, QStringLiteral("finance-summary")), detailChosen);
        ui.shoot(QStringLiteral("finance/summary-plan-en"));
        qInfo().noquote() << "one plan on three pages:" << detailChosen;

        // Every rate keeps its sign on its line, whatever the translation's space: German's
        // "(Sollzins 5,90 %)" broke before "%)" on the 55" screen with larger text.
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("de")));
        QTRY_VERIFY(text(ui, QStringLiteral("finance-summary")).contains(QLatin1String("Jahreszins")));
        const QString german = text(ui, QStringLiteral("finance-summary"));
        QVERIFY2(german.count(QStringLiteral("\u00A0%")) >= 2 && !german.contains(QLatin1String(" %")), qPrintable(german));
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestFinance)
#include "tst_finance.moc"
