// SPDX-License-Identifier: GPL-3.0-or-later
#include "brandtheme.h"
#include "catalog/configurationcode.h"
#include "catalog/ruleengine.h"
#include "configurator.h"
#include "finder.h"
#include "inventory/inventoryservice.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "marketwords.h"
#include "pricing/financepolicy.h"
#include "tradeinvaluation.h"
#include "uilanguage.h"
#include "uiprobe.h"
#include "visitsuggestions.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// "You might also like" in the real window: beside a car's page and a build's summary, each car
/// shown for a reason checked here against the stock itself (same body and cheaper by the amount
/// said, the colour the visitor filtered by, the same model driven less, the monthly rate with
/// the visitor's car counted worked out apart with the market's policy), never the car in front
/// of the visitor or one already seen; the end of the visit leaves nothing of it.
class TestSuggestions : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    Finder *finder() const { return Finder::create(nullptr, nullptr); }
    QObject *page() const { return m_kiosk->window()->property("currentPage").value<QObject *>(); }

    void open(const QString &name, const QVariantMap &properties = {})
    {
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, name), Q_ARG(QVariant, properties));
    }

    /// The Oslo car dearest of its body: others of that body are cheaper.
    Vehicle focusCar() const
    {
        const auto snapshot = m_kiosk->inventory()->snapshot();
        const Catalog &c = snapshot->catalog;
        std::optional<Vehicle> best;
        for (qsizetype i = 0; i < snapshot->vehicles.size(); ++i) {
            const Vehicle v = snapshot->vehicles.at(i);
            const Studio *place = c.studio(v.location);
            if (!place || place->market != QLatin1String("no") || v.isListing() || v.status == Vehicle::Status::Reserved)
                continue;
            if (!best || v.price.minor > best->price.minor)
                best = v;
        }
        return *best;
    }

    static QString bodyOf(const Vehicle &v, const Catalog &c)
    {
        const CarModel *m = c.model(v.model);
        return m ? m->body : v.body;
    }

    /// Each shown car against the stock: its reason true, by the figures it says.
    void checkReasons(const QList<VisitSuggestions::Row> &rows, const std::optional<Vehicle> &focus, const QString &focusBody,
                      qint64 focusPriceMinor, const QStringList &chosenPaints, const QStringList &seen,
                      std::optional<qint64> budgetMinor, const Money &tradeIn, int *budgetSaid)
    {
        const auto snapshot = m_kiosk->inventory()->snapshot();
        const Catalog &c = snapshot->catalog;
        const MarketWords &words = finder()->words();
        const FinancePolicy policy(*c.market(QStringLiteral("no")));
        for (const VisitSuggestions::Row &row : rows) {
            const std::optional<Vehicle> v = snapshot->vehicles.find(row.vehicleId);
            QVERIFY(v);
            QVERIFY2(!focus || v->id != focus->id, qPrintable(row.vehicleId));
            QVERIFY2(!seen.contains(v->id), qPrintable(row.vehicleId));
            QVERIFY(v->status != Vehicle::Status::Reserved);
            QCOMPARE(c.studio(v->location)->market, QStringLiteral("no"));
            const QStringList reasons = row.why.split(QStringLiteral(" · "));
            for (const QString &why : reasons) {
                if (why.startsWith(QLatin1String("Same body, "))) {
                    QCOMPARE(bodyOf(*v, c), focusBody);
                    QVERIFY(v->price.minor < focusPriceMinor);
                    QCOMPARE(why,
                             QStringLiteral("Same body, %1 less")
                                 .arg(words.price(Money{focusPriceMinor - v->price.minor, v->price.currency})));
                } else if (why == QLatin1String("In the colour you chose")) {
                    QVERIFY2(chosenPaints.contains(v->paint), qPrintable(v->paint));
                } else if (why.startsWith(QLatin1String("Same model, driven less: "))) {
                    QVERIFY(focus);
                    QCOMPARE(v->model, focus->model);
                    QVERIFY(v->mileage.kilometres() < focus->mileage.kilometres());
                } else if (why.startsWith(QLatin1String("With your car counted: "))) {
                    QVERIFY(budgetMinor);
                    FinancePolicy::Choice choice = policy.defaults();
                    choice.depositPercent = 0;
                    choice.tradeInMinor = tradeIn.minor;
                    const auto offer = policy.offer(v->price.minor, choice);
                    QVERIFY(offer);
                    QVERIFY(offer->plan.monthlyMinor <= *budgetMinor);
                    QCOMPARE(why,
                             QStringLiteral("With your car counted: %1 a month")
                                 .arg(words.price(Money{offer->plan.monthlyMinor, v->price.currency})));
                    ++*budgetSaid;
                } else {
                    QVERIFY2(why == QLatin1String("The body you looked for"), qPrintable(why));
                }
            }
        }
    }

    QList<VisitSuggestions::Row> shownOn(const QString &stripName)
    {
        auto *suggestions = page()->property("suggestions").value<VisitSuggestions *>();
        if (!suggestions) // the summary asks the Finder directly
            suggestions = finder()->suggestionsForBuild();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(suggestions->count() > 0, 8000); }();
        UiProbe ui(m_kiosk->window());
        [&] { QTRY_VERIFY(ui.find(stripName) != nullptr); }();
        return suggestions->rows();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_kiosk = startKiosk(m_dir.filePath(QStringLiteral("suggestions.sqlite")), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
        QTRY_VERIFY(finder()->ready());
    }
    void cleanupTestCase() { m_kiosk.reset(); }

    void besideACar()
    {
        UiProbe ui(m_kiosk->window());
        wipeVisit(m_kiosk.get());
        const auto snapshot = m_kiosk->inventory()->snapshot();
        const Catalog &c = snapshot->catalog;
        const Vehicle focus = focusCar();
        // The visitor looked at another car first and filtered by a paint.
        const QString paint = focus.paint;
        finder()->toggle(QStringLiteral("paint"), paint);
        const QString earlier = finder()->results()->rowCount() > 0
            ? finder()->results()->index(0, 0).data(ResultListModel::IdRole).toString()
            : QString();
        QVERIFY(!earlier.isEmpty());
        finder()->detailFor(earlier);
        open(QStringLiteral("detail"), {{QStringLiteral("vehicleId"), focus.id}});
        QTRY_COMPARE(page()->property("vehicleId").toString(), focus.id);
        const QList<VisitSuggestions::Row> rows = shownOn(QStringLiteral("detail-suggestions"));
        QVERIFY(rows.size() <= 4);
        int budgetSaid = 0;
        checkReasons(rows, focus, bodyOf(focus, c), focus.price.minor, {paint}, {earlier}, std::nullopt, {}, &budgetSaid);
        QCOMPARE(budgetSaid, 0);
        QAbstractItemModelTester tester(page()->property("suggestions").value<VisitSuggestions *>()->cars(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(ui.waitSettled());
        QVERIFY(ui.scrollTo(QStringLiteral("detail-suggestions"), 24));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("suggestions/detail-en"));
        // Worded again in the visitor's language.
        m_kiosk->language()->setCode(QStringLiteral("de"));
        QTRY_VERIFY(
            !page()->property("suggestions").value<VisitSuggestions *>()->rows().first().why.startsWith(QLatin1String("Same")));
        ui.shoot(QStringLiteral("suggestions/detail-de"));
        m_kiosk->language()->setCode(QStringLiteral("ar"));
        QTest::qWait(300);
        ui.shoot(QStringLiteral("suggestions/detail-ar"));
        m_kiosk->language()->setCode(QStringLiteral("en"));

        // A suggestion opens its car's page, which suggests neither it nor the cars seen.
        QTRY_VERIFY(page()->property("suggestions").value<VisitSuggestions *>()->count() > 0);
        const QString next = page()->property("suggestions").value<VisitSuggestions *>()->rows().first().vehicleId;
        QTRY_VERIFY(ui.find(QStringLiteral("suggestion-0")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("suggestion-0")));
        QTRY_COMPARE(page()->property("vehicleId").toString(), next);
        const auto nextCar = snapshot->vehicles.find(next);
        auto *again = page()->property("suggestions").value<VisitSuggestions *>();
        QTRY_VERIFY_WITH_TIMEOUT(again->count() > 0, 8000);
        checkReasons(again->rows(), nextCar, bodyOf(*nextCar, c), nextCar->price.minor, {paint}, {earlier, focus.id},
                     std::nullopt, {}, &budgetSaid);
        finder()->clearAll();
    }

    void withTheVisitorsCarCounted()
    {
        wipeVisit(m_kiosk.get());
        const auto snapshot = m_kiosk->inventory()->snapshot();
        const Catalog &c = snapshot->catalog;
        TradeInValuation *tradeIn = m_kiosk->tradeIn();
        tradeIn->setMake(m_kiosk->theme()->brand());
        tradeIn->setModel(QStringLiteral("Aster 5"));
        tradeIn->setYear(2023);
        tradeIn->setMileage(30000);
        tradeIn->estimate();
        QTRY_VERIFY(tradeIn->answered() && tradeIn->valued());
        tradeIn->setUseAsDeposit(true);
        const Money car = tradeIn->estimateLow();
        const Vehicle focus = focusCar();
        open(QStringLiteral("detail"), {{QStringLiteral("vehicleId"), focus.id}});
        QTRY_COMPARE(page()->property("vehicleId").toString(), focus.id);
        const FinancePolicy policy(*c.market(QStringLiteral("no")));
        FinancePolicy::Choice choice = policy.defaults();
        choice.depositPercent = 0;
        choice.tradeInMinor = car.minor;
        const qint64 budget = policy.offer(focus.price.minor, choice)->plan.monthlyMinor;
        const QList<VisitSuggestions::Row> rows = shownOn(QStringLiteral("detail-suggestions"));
        int budgetSaid = 0;
        checkReasons(rows, focus, bodyOf(focus, c), focus.price.minor, {}, {}, budget, car, &budgetSaid);
        // The dearest car of its body: every cheaper car of it costs less a month, and says so.
        QVERIFY2(budgetSaid > 0, qPrintable(rows.first().why));
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.waitSettled());
        QVERIFY(ui.scrollTo(QStringLiteral("detail-suggestions"), 24));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("suggestions/detail-tradein-en"));
    }

    void besideABuild()
    {
        wipeVisit(m_kiosk.get());
        const auto snapshot = m_kiosk->inventory()->snapshot();
        const Catalog &c = snapshot->catalog;
        const RuleEngine engine(c, QStringLiteral("no"));
        const Configuration build = *engine.defaultConfiguration(QStringLiteral("aster-5-plus"));
        QVERIFY(m_kiosk->configurator()->openCode(ConfigurationCode::encode(engine, build)));
        const std::optional<CarTraits> traits = m_kiosk->configurator()->buildTraits();
        QVERIFY(traits);
        QCOMPARE(traits->body, c.model(build.model)->body);
        open(QStringLiteral("summary"));
        const QList<VisitSuggestions::Row> rows = shownOn(QStringLiteral("summary-suggestions"));
        int budgetSaid = 0;
        checkReasons(rows, std::nullopt, traits->body, traits->price.minor, {traits->colour}, {}, std::nullopt, {}, &budgetSaid);
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.waitSettled());
        QVERIFY(ui.scrollTo(QStringLiteral("summary-suggestions"), 24));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("suggestions/summary-en"));
    }

    void nothingSurvivesTheVisit()
    {
        const Vehicle focus = focusCar();
        open(QStringLiteral("detail"), {{QStringLiteral("vehicleId"), focus.id}});
        QTRY_COMPARE(page()->property("vehicleId").toString(), focus.id);
        auto *shown = page()->property("suggestions").value<VisitSuggestions *>();
        QTRY_VERIFY(shown->count() > 0);
        QVERIFY(!finder()->viewed().isEmpty());
        QPointer<VisitSuggestions> held(shown);
        wipeVisit(m_kiosk.get());
        QVERIFY(finder()->viewed().isEmpty());
        QVERIFY(!held || held->count() == 0);
        QCOMPARE(finder()->suggestionsForBuild()->count(), 0);
        // The next visitor's first car page suggests from nothing of the last visit's.
        open(QStringLiteral("detail"), {{QStringLiteral("vehicleId"), focus.id}});
        QTRY_COMPARE(finder()->viewed(), QStringList{focus.id});
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestSuggestions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_suggestions.moc"
