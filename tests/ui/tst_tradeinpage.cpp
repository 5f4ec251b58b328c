// SPDX-License-Identifier: GPL-3.0-or-later
#include "brandtheme.h"
#include "buildsummary.h"
#include "catalog/configurationcode.h"
#include "catalog/ruleengine.h"
#include "common/bidi.h"
#include "configurator.h"
#include "drivebooking.h"
#include "financequote.h"
#include "finder.h"
#include "inventory/inventoryservice.h"
#include "inventory/tradein.h"
#include "kiosk/visitorrequests.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "pricing/financepolicy.h"
#include "showroom.h"
#include "staffmode.h"
#include "tradeinvaluation.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// "Value my car" in the real window: a car the Oslo stock knows well gets the range the
/// estimator gives on the same snapshot (in kroner, on the cars it names), a car with too few
/// like it is handed to an expert, a VIN fills in the year and maker and is gone from the
/// screen, and the end of the visit leaves nothing of the car.
class TestTradeInPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    TradeInValuation *tradeIn() const { return m_kiosk->tradeIn(); }

    bool openFromHome(UiProbe &ui)
    {
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        if (!QTest::qWaitFor([&] { return ui.find(QStringLiteral("action-tradein")) && ui.waitSettled(100); }, 8000))
            return false;
        return ui.tap(QStringLiteral("action-tradein")) && QTest::qWaitFor([&] { return ui.find(QStringLiteral("make-input")); });
    }

    bool typeInto(UiProbe &ui, const QString &field, const QString &text)
    {
        QQuickItem *input = ui.find(field + QStringLiteral("-input"));
        if (!input || !ui.tap(input))
            return false;
        input->setProperty("text", QString());
        return ui.type(text);
    }

    /// The mileage field's words while it is not typed in, "(none)" when it shows what was typed.
    static QString shownMileage(UiProbe &ui)
    {
        const QQuickItem *shown = ui.find(QStringLiteral("mileage-shown"));
        return shown ? shown->property("text").toString() : QStringLiteral("(none)");
    }

    /// Describes a car of the brand's own the way a visitor does: the chips, then the keyboard.
    void describe(UiProbe &ui, const QString &model, int year, int kilometres)
    {
        const QString brand = m_kiosk->theme()->brand();
        QVERIFY(ui.tap(QStringLiteral("make-") + brand));
        QCOMPARE(tradeIn()->make(), brand);
        QTRY_VERIFY(ui.find(QStringLiteral("model-") + model) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("model-") + model));
        QCOMPARE(tradeIn()->model(), model);
        QVERIFY(typeInto(ui, QStringLiteral("year"), QString::number(year)));
        QVERIFY(typeInto(ui, QStringLiteral("mileage"), QString::number(kilometres)));
        QVERIFY(ui.tap(QStringLiteral("condition-1")));
        QCOMPARE(tradeIn()->year(), year);
        QCOMPARE(tradeIn()->mileage(), kilometres);
        QVERIFY(tradeIn()->complete());
    }

    /// The estimate worked out here, apart from the page: every car of the snapshot, named the
    /// way a visitor names them, with the Oslo market's terms.
    TradeInEstimate independent(const QString &model, int year, int kilometres) const
    {
        const auto snapshot = m_kiosk->inventory()->snapshot();
        const Catalog &catalog = snapshot->catalog;
        QList<Vehicle> all;
        for (qsizetype i = 0; i < snapshot->vehicles.size(); ++i)
            all << snapshot->vehicles.at(i);
        const QString brand = m_kiosk->theme()->brand();
        const auto names = [&](const Vehicle &v) {
            if (!v.make.isEmpty())
                return std::pair(v.make, v.modelName);
            const CarModel *m = catalog.model(v.model);
            return std::pair(brand, m ? m->name.text(QStringLiteral("en")) : QString());
        };
        TradeInRequest r;
        r.make = brand;
        r.model = model;
        r.year = year;
        r.mileage = Mileage{kilometres, Mileage::Unit::Km};
        r.condition = TradeInRequest::Condition::Good;
        r.currency = QStringLiteral("NOK");
        return TradeInEstimator::estimate(r, all, names, TradeInPolicy::of(catalog.market(QStringLiteral("no"))->tradeIn));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_kiosk = startKiosk(m_dir.filePath(QStringLiteral("tradein.sqlite")), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
        QTRY_VERIFY(Finder::create(nullptr, nullptr)->ready());
    }
    void cleanupTestCase() { m_kiosk.reset(); }

    void valuedFromTheStock()
    {
        QAbstractItemModelTester tester(tradeIn()->comparables(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        UiProbe ui(m_kiosk->window());
        QVERIFY(openFromHome(ui));
        QCOMPARE(ui.find(QStringLiteral("mileage"))->property("label").toString(), QStringLiteral("Mileage (km)"));
        describe(ui, QStringLiteral("Aster 5"), 2023, 30000);
        QVERIFY(ui.tap(QStringLiteral("estimate")));
        QTRY_VERIFY(tradeIn()->answered());

        const TradeInEstimate expected = independent(QStringLiteral("Aster 5"), 2023, 30000);
        QVERIFY(expected.valued);
        QVERIFY2(expected.basis >= 4, qPrintable(QString::number(expected.basis)));
        QVERIFY(tradeIn()->valued());
        QCOMPARE(tradeIn()->lastEstimate().low.minor, expected.low.minor);
        QCOMPARE(tradeIn()->lastEstimate().high.minor, expected.high.minor);
        QCOMPARE(tradeIn()->basis(), expected.basis);
        // Said in kroner as the studio says prices.
        const MarketWords &words = Finder::create(nullptr, nullptr)->words();
        const QString range = ui.find(QStringLiteral("tradein-range"))->property("text").toString();
        QVERIFY2(range.contains(words.price(expected.low)) && range.contains(words.price(expected.high)), qPrintable(range));
        QVERIFY2(range.contains(QLatin1String("kr")), qPrintable(range));
        QCOMPARE(ui.find(QStringLiteral("tradein-basis"))->property("text").toString(),
                 QStringLiteral("Based on %1 cars in stock").arg(expected.basis));
        QVERIFY(ui.find(QStringLiteral("tradein-confirm")) != nullptr);
        QVERIFY(ui.find(QStringLiteral("tradein-expert")) == nullptr);
        // The three closest, each the car the estimator names, opening its page.
        QCOMPARE(tradeIn()->rows().size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(tradeIn()->rows().at(i).vehicleId, expected.closest.at(i).vehicleId);
            QCOMPARE(tradeIn()->rows().at(i).price, words.price(expected.closest.at(i).price));
            QCOMPARE(tradeIn()->rows().at(i).mileage, words.mileage(expected.closest.at(i).mileage));
        }
        QVERIFY(ui.waitSettled());
        QCOMPARE(shownMileage(ui), QStringLiteral("30,000"));
        ui.shoot(QStringLiteral("tradein/valued-en"));
        m_kiosk->language()->setCode(QStringLiteral("de"));
        QTRY_VERIFY(ui.find(QStringLiteral("tradein-basis"))->property("text").toString().contains(QLatin1String("Fahrzeug")));
        QVERIFY(tradeIn()->range().contains(words.price(expected.low)));
        // The mileage typed as digits reads as the language writes a number once typed; what is
        // typed stays digits, and typing again shows them.
        QTRY_COMPARE(shownMileage(ui), QStringLiteral("30.000"));
        QCOMPARE(ui.find(QStringLiteral("mileage-input"))->property("text").toString(), QStringLiteral("30000"));
        QCOMPARE(tradeIn()->mileage(), 30000);
        ui.shoot(QStringLiteral("tradein/valued-de"));
        m_kiosk->language()->setCode(QStringLiteral("ar"));
        QTest::qWait(200);
        ui.shoot(QStringLiteral("tradein/valued-ar"));
        {
            // In Arabic the range reads from the right, its low end first, as the finder's ranges
            // do: it stood "kr401,300 – kr560,800", low end on the left.
            const MarketWords &arabic = Finder::create(nullptr, nullptr)->words();
            const QString low = arabic.price(expected.low), high = arabic.price(expected.high);
            const QString text = tradeIn()->range();
            QVERIFY2(text.contains(low) && text.contains(high), qPrintable(text));
            QTextLayout layout(text, QFont(QStringLiteral("Noto Sans")));
            layout.beginLayout();
            QTextLine line = layout.createLine();
            line.setLineWidth(4000);
            layout.endLayout();
            const auto middle = [&](const QString &piece) {
                const int at = int(text.indexOf(piece));
                return (line.cursorToX(at + 1) + line.cursorToX(at + int(piece.size()) - 1)) / 2;
            };
            QVERIFY2(middle(low) > middle(high), qPrintable(text));
        }
        m_kiosk->language()->setCode(QStringLiteral("en"));

        QVERIFY(ui.tap(QStringLiteral("comparable-0")));
        QTRY_VERIFY(ui.find(QStringLiteral("value-my-car")) != nullptr);
        QCOMPARE(m_kiosk->window()->property("currentPage").value<QObject *>()->property("vehicleId").toString(),
                 expected.closest.first().vehicleId);
        // From a car's page back to the valuation: what was said is still there.
        QVERIFY(ui.tap(QStringLiteral("value-my-car")));
        QTRY_VERIFY(ui.find(QStringLiteral("tradein-range")) != nullptr);
        QCOMPARE(ui.find(QStringLiteral("make-input"))->property("text").toString(), m_kiosk->theme()->brand());
        QCOMPARE(shownMileage(ui), QStringLiteral("30,000"));
        QVERIFY(ui.tap(QStringLiteral("mileage-input")));
        QTRY_VERIFY(ui.find(QStringLiteral("mileage-shown")) == nullptr);
        QCOMPARE(ui.find(QStringLiteral("mileage-input"))->property("text").toString(), QStringLiteral("30000"));
    }

    void tooFewForANumber()
    {
        UiProbe ui(m_kiosk->window());
        wipeVisit(m_kiosk.get());
        QVERIFY(openFromHome(ui));
        describe(ui, QStringLiteral("Aster 3"), 2020, 50000);
        const TradeInEstimate expected = independent(QStringLiteral("Aster 3"), 2020, 50000);
        QVERIFY(!expected.valued);
        QVERIFY(ui.tap(QStringLiteral("estimate")));
        QTRY_VERIFY(tradeIn()->answered());
        QVERIFY(!tradeIn()->valued());
        QVERIFY(tradeIn()->range().isEmpty());
        QVERIFY(ui.find(QStringLiteral("tradein-expert")) != nullptr);
        QCOMPARE(ui.find(QStringLiteral("tradein-expert"))->property("text").toString(),
                 QStringLiteral("An expert will value your car"));
        QVERIFY(ui.find(QStringLiteral("tradein-range")) == nullptr);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("tradein/expert-en"));
        m_kiosk->language()->setCode(QStringLiteral("ar"));
        QTest::qWait(200);
        ui.shoot(QStringLiteral("tradein/expert-ar"));
        m_kiosk->language()->setCode(QStringLiteral("en"));
        // The existing ask-an-expert page, nothing asked of the visitor.
        QVERIFY(ui.tap(QStringLiteral("tradein-ask-expert")));
        QTRY_VERIFY(QString::fromLatin1(m_kiosk->window()->property("currentPage").value<QObject *>()->metaObject()->className())
                        .startsWith(QLatin1String("ExpertPage")));
    }

    void vinFillsYearAndMaker()
    {
        UiProbe ui(m_kiosk->window());
        wipeVisit(m_kiosk.get());
        QVERIFY(openFromHome(ui));
        const QString vin = QStringLiteral("YV4A22RK5N1234567");
        QVERIFY(typeInto(ui, QStringLiteral("vin"), vin));
        QVERIFY(ui.tap(QStringLiteral("read-vin")));
        QTRY_COMPARE(tradeIn()->make(), QStringLiteral("Volvo"));
        QCOMPARE(tradeIn()->year(), 2022);
        QCOMPARE(ui.find(QStringLiteral("make-input"))->property("text").toString(), QStringLiteral("Volvo"));
        QCOMPARE(ui.find(QStringLiteral("year-input"))->property("text").toString(), QStringLiteral("2022"));
        QVERIFY(ui.find(QStringLiteral("vin"))->property("hint").toString().contains(QLatin1String("2022")));
        // In Arabic the note reads from the right, though it begins with "Volvo".
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("ar")));
        QTRY_VERIFY2(tradeIn()->vinNote().isRightToLeft(), qPrintable(tradeIn()->vinNote()));
        QVERIFY(m_kiosk->language()->setCode(QStringLiteral("en")));
        QTRY_VERIFY(!tradeIn()->vinNote().isRightToLeft());
        // The VIN is nowhere any more: not in the field, not in any text of the window.
        QCOMPARE(ui.find(QStringLiteral("vin-input"))->property("text").toString(), QString());
        QList<QQuickItem *> items{m_kiosk->window()->contentItem()};
        while (!items.isEmpty()) {
            QQuickItem *item = items.takeLast();
            const QVariant text = item->property("text");
            QVERIFY2(!text.toString().contains(vin, Qt::CaseInsensitive), item->metaObject()->className());
            items << item->childItems();
        }
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("tradein/vin-en"));
        // A VIN that says nothing says so, and changes nothing.
        QVERIFY(typeInto(ui, QStringLiteral("vin"), QStringLiteral("XC60-2021")));
        QVERIFY(ui.tap(QStringLiteral("read-vin")));
        QCOMPARE(tradeIn()->make(), QStringLiteral("Volvo"));
        QVERIFY(ui.find(QStringLiteral("vin"))->property("hint").toString().contains(QLatin1String("nothing")));
        // What a VIN said goes when the visitor names another maker or year: the note said
        // "Volvo, model year 2022" beside another brand's name.
        QVERIFY(typeInto(ui, QStringLiteral("vin"), vin));
        QVERIFY(ui.tap(QStringLiteral("read-vin")));
        QTRY_VERIFY(tradeIn()->vinNote().contains(QLatin1String("2022")));
        tradeIn()->setYear(2021);
        QCOMPARE(tradeIn()->vinNote(), QString());
        QTRY_COMPARE(ui.find(QStringLiteral("vin"))->property("hint").toString(), QString());
        QVERIFY(typeInto(ui, QStringLiteral("vin"), vin));
        QVERIFY(ui.tap(QStringLiteral("read-vin")));
        QTRY_VERIFY(tradeIn()->vinNote().contains(QLatin1String("Volvo")));
        tradeIn()->setMake(QStringLiteral("volvo")); // the same maker, written otherwise
        QVERIFY(!tradeIn()->vinNote().isEmpty());
        tradeIn()->setMake(QStringLiteral("Saab"));
        QCOMPARE(tradeIn()->vinNote(), QString());
    }

    // The estimate paid into the deposit: on a car's page and in the configurator the plan is
    // the market's own with the car's low end on top of the money down; the code carries it; an
    // expert call takes the car to staff (without a VIN); leaving it out or the end of the visit
    // puts every plan back.
    void countedInTheDeposit()
    {
        UiProbe ui(m_kiosk->window());
        wipeVisit(m_kiosk.get());
        QVERIFY(openFromHome(ui));
        describe(ui, QStringLiteral("Aster 5"), 2023, 30000);
        QVERIFY(ui.tap(QStringLiteral("estimate")));
        QTRY_VERIFY(tradeIn()->answered() && tradeIn()->valued());
        QVERIFY(!tradeIn()->useAsDeposit());
        const Money low = tradeIn()->lastEstimate().low;
        QVERIFY(low.minor > 0);
        QVERIFY(ui.tap(QStringLiteral("tradein-use")));
        QVERIFY(tradeIn()->useAsDeposit());
        QTRY_VERIFY(ui.find(QStringLiteral("tradein-used")) != nullptr);

        // A car's page: the comparable nearest the visitor's, an Oslo car in kroner.
        const QString carId = tradeIn()->rows().first().vehicleId;
        QVERIFY(ui.tap(QStringLiteral("comparable-0")));
        QTRY_VERIFY(ui.find(QStringLiteral("finance-tradein-note")) != nullptr);
        Finder *finder = Finder::create(nullptr, nullptr);
        FinanceQuote *quote = finder->financeFor(carId);
        QVERIFY(quote->offer());
        const FinancePolicy::Offer withCar = *quote->offer();
        QCOMPARE(withCar.tradeInMinor, low.minor);
        QCOMPARE(withCar.depositMinor, withCar.cashDepositMinor + low.minor);
        // The same plan worked out apart: the market's policy with the car and the least money.
        const auto snapshot = m_kiosk->inventory()->snapshot();
        const Market *oslo = snapshot->catalog.market(QStringLiteral("no"));
        const FinancePolicy policy(*oslo);
        FinancePolicy::Choice choice = policy.defaults();
        choice.depositPercent = 0;
        choice.tradeInMinor = low.minor;
        const auto expected = policy.offer(withCar.priceMinor, choice);
        QVERIFY(expected);
        QCOMPARE(withCar.cashDepositMinor, expected->cashDepositMinor);
        QCOMPARE(withCar.plan.monthlyMinor, expected->plan.monthlyMinor);
        QCOMPARE(withCar.disclosedRatePercent, expected->disclosedRatePercent);
        const QString note = ui.find(QStringLiteral("finance-tradein-note"))->property("text").toString();
        QVERIFY2(note.contains(finder->words().price(low)), qPrintable(note));
        QVERIFY(ui.find(QStringLiteral("finance-tradein-1")) != nullptr);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("tradein/deposit-detail-en"));
        // The same in German upright and in Arabic, scrolled to the plan.
        m_kiosk->language()->setCode(QStringLiteral("de"));
        m_kiosk->window()->resize(1080, 1920);
        QTest::qWait(500); // the page lays itself out upright
        QTRY_VERIFY(
            ui.find(QStringLiteral("finance-tradein-note"))->property("text").toString().contains(QLatin1String("Anzahlung")));
        QVERIFY(ui.scrollTo(QStringLiteral("finance-tradein")));
        QTest::qWait(300);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("tradein/deposit-detail-de-portrait"));
        m_kiosk->window()->resize(1920, 1080);
        m_kiosk->language()->setCode(QStringLiteral("ar"));
        QTest::qWait(300);
        QVERIFY(ui.scrollTo(QStringLiteral("finance-tradein")));
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("tradein/deposit-detail-ar"));
        m_kiosk->language()->setCode(QStringLiteral("en"));

        // Left out on the car's page: the market's defaults again, everywhere in the visit.
        QVERIFY(ui.tap(QStringLiteral("finance-tradein-0")));
        QVERIFY(!tradeIn()->useAsDeposit());
        QTRY_VERIFY(ui.find(QStringLiteral("finance-tradein-note")) == nullptr);
        const auto plain = policy.offer(withCar.priceMinor);
        QCOMPARE(quote->offer()->tradeInMinor, 0);
        QCOMPARE(quote->offer()->plan.monthlyMinor, plain->plan.monthlyMinor);
        QVERIFY(ui.tap(QStringLiteral("finance-tradein-1")));
        QVERIFY(tradeIn()->useAsDeposit());

        // The configurator's build: its plan counts the car and its code carries it.
        const RuleEngine engine(snapshot->catalog, QStringLiteral("no"));
        const QString plainCode = ConfigurationCode::encode(engine, *engine.defaultConfiguration(QStringLiteral("aster-5-plus")));
        Configurator *configurator = m_kiosk->configurator();
        QVERIFY(configurator->openCode(plainCode));
        QCOMPARE(configurator->finance()->offer()->tradeInMinor, low.minor);
        const QString code = configurator->code();
        QVERIFY(code != plainCode);
        const ConfigurationCode::Decoded decoded = ConfigurationCode::decode(code, engine);
        QCOMPARE(decoded.tradeInHundreds, low.minor / (100 * Money::kMinorPerMajor));
        QCOMPARE(configurator->summary()->code(), code);
        QVERIFY(!configurator->summary()->tradeIn().isEmpty());
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, QStringLiteral("summary")),
                                  Q_ARG(QVariant, QVariantMap()));
        QTRY_VERIFY(ui.find(QStringLiteral("build-code-tradein")) != nullptr);
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("tradein/deposit-summary-en"));

        // Staff receive the car with the visitor's call for an expert, and never a VIN.
        QSignalSpy answered(m_kiosk->showroom(), &Showroom::requestAnswered);
        m_kiosk->showroom()->askExpert(QString(), code);
        QVERIFY(answered.wait(5000));
        QVERIFY(answered.first().at(2).toBool());
        QList<VisitorRequests::Request> open;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tradein-check"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("tradein.sqlite")));
            QVERIFY(db.open());
            open = VisitorRequests(db).open(m_kiosk->showroom()->studioId());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tradein-check"));
        QVERIFY(!open.isEmpty());
        const QJsonObject car = open.last().tradeIn;
        QCOMPARE(car.value(QStringLiteral("model")).toString(), QStringLiteral("Aster 5"));
        QCOMPARE(car.value(QStringLiteral("year")).toInt(), 2023);
        QCOMPARE(car.value(QStringLiteral("mileage")).toInt(), 30000);
        QCOMPARE(car.value(QStringLiteral("unit")).toString(), QStringLiteral("km"));
        QCOMPARE(car.value(QStringLiteral("low_minor")).toInteger(), low.minor);
        QVERIFY(car.value(QStringLiteral("as_deposit")).toBool());
        QVERIFY(!car.contains(QStringLiteral("vin")));
        const QString line = TradeInValuation::staffLine(car, QLocale(QStringLiteral("en")));
        QVERIFY2(line.contains(QLatin1String("Aster 5")) && line.contains(QLatin1String("30,000 km"))
                     && line.contains(finder->words().price(low)) && line.contains(QLatin1String("counted in the deposit")),
                 qPrintable(line));
        // In Arabic the range reads from the right, its low end first, as on the visitor's page.
        const QLocale arabic(QStringLiteral("ar_AE"));
        const QString high = Money{car.value(QStringLiteral("high_minor")).toInteger(), low.currency}.format(arabic);
        QVERIFY2(TradeInValuation::staffLine(car, arabic)
                     .contains(Bidi::range(low.format(arabic), high, arabic, QStringLiteral(" – "))),
                 qPrintable(TradeInValuation::staffLine(car, arabic)));

        // And with a test drive the visitor books: kept beside the booking's contact.
        DriveBooking *drive = m_kiosk->driveBooking();
        drive->chooseModel(QStringLiteral("aster-5"));
        QTRY_VERIFY(!drive->dayRows().isEmpty());
        QString day;
        for (const DriveBooking::DayRow &d : drive->dayRows()) {
            if (day.isEmpty() && d.free > 0)
                day = d.date;
        }
        drive->chooseDay(day);
        QTRY_VERIFY(!drive->timeRows().isEmpty());
        for (const DriveBooking::TimeRow &t : drive->timeRows()) {
            if (t.free) {
                drive->chooseTime(t.start);
                break;
            }
        }
        drive->chooseChannel(QStringLiteral("email"));
        QSignalSpy submitted(drive, &DriveBooking::submitted);
        drive->submit(QStringLiteral("Ingrid Bakke"), QStringLiteral("ingrid.bakke@fjordpost.no"), true, false);
        QVERIFY(submitted.wait(8000));
        QVERIFY(submitted.first().first().toBool());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tradein-booking"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("tradein.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT json_extract(car, '$.model'), json_extract(car, '$.low_minor') FROM booking_trade_in")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Aster 5"));
            QCOMPARE(q.value(1).toLongLong(), low.minor);
            QVERIFY(!q.next());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tradein-booking"));

        // The visit ends: no plan counts a car any more.
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!tradeIn()->useAsDeposit());
        QCOMPARE(finder->financeFor(carId)->offer()->tradeInMinor, 0);
        QVERIFY(!finder->financeFor(carId)->tradeInOffered());
        QVERIFY(configurator->code().isEmpty() || ConfigurationCode::decode(configurator->code(), engine).tradeInHundreds == 0);
    }

    void wipedWithTheVisit()
    {
        UiProbe ui(m_kiosk->window());
        wipeVisit(m_kiosk.get());
        QVERIFY(openFromHome(ui));
        describe(ui, QStringLiteral("Aster 5"), 2023, 30000);
        QVERIFY(ui.tap(QStringLiteral("estimate")));
        QTRY_VERIFY(tradeIn()->answered() && tradeIn()->valued());
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(ui.find(QStringLiteral("action-find")) != nullptr);
        QTRY_VERIFY(ui.find(QStringLiteral("make-input")) == nullptr);
        QVERIFY(tradeIn()->make().isEmpty());
        QVERIFY(tradeIn()->model().isEmpty());
        QCOMPARE(tradeIn()->year(), 0);
        QCOMPARE(tradeIn()->mileage(), 0);
        QVERIFY(!tradeIn()->answered());
        QVERIFY(tradeIn()->range().isEmpty());
        QCOMPARE(tradeIn()->comparables()->rowCount(), 0);
        QVERIFY(tradeIn()->vinNote().isEmpty());
        // The next visitor opens an empty page.
        QVERIFY(openFromHome(ui));
        QCOMPARE(ui.find(QStringLiteral("make-input"))->property("text").toString(), QString());
        QCOMPARE(ui.find(QStringLiteral("year-input"))->property("text").toString(), QString());
    }

    // Valuing from the in-memory snapshot, timed: it runs on a worker, but should be quick anyway.
    void timing()
    {
        tradeIn()->setMake(m_kiosk->theme()->brand());
        tradeIn()->setModel(QStringLiteral("Aster 5"));
        tradeIn()->setYear(2023);
        tradeIn()->setMileage(30000);
        QList<qint64> times;
        for (int i = 0; i < 20; ++i) {
            tradeIn()->setCondition(i % 3);
            QSignalSpy answered(tradeIn(), &TradeInValuation::resultChanged);
            QElapsedTimer timer;
            timer.start();
            tradeIn()->estimate();
            answered.clear(); // "loading"
            QVERIFY(answered.wait(5000));
            times << timer.nsecsElapsed() / 1000;
            QVERIFY(tradeIn()->answered());
        }
        std::sort(times.begin(), times.end());
        qInfo() << "estimate on the demo stock, request to answer: p50" << times.at(10) << "µs, p95" << times.at(18) << "µs";
        tradeIn()->reset();
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestTradeInPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tradeinpage.moc"
