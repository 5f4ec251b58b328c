// SPDX-License-Identifier: GPL-3.0-or-later
#include "carfacts.h"
#include "catalog/configurationcode.h"
#include "catalog/ruleengine.h"
#include "common/bidi.h"
#include "common/localnumbers.h"
#include "feed/feedparser.h"
#include "modellinelistmodel.h"
#include "pricing/carwords.h"
#include "staffmode.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QTextBoundaryFinder>
#include <QTranslator>
#include <QUrlQuery>

#include <optional>

/// How cars are worded for the people in the studio: staff's requests name the car as it is found
/// on the floor, the specs speak the visitor's number format, and every model line has its own
/// paint in the attract loop and on Home.
class TestCarWording : public QObject
{
    Q_OBJECT

    Catalog m_catalog;
    QList<Vehicle> m_demo;

    const Vehicle *configured() const
    {
        for (const Vehicle &v : m_demo) {
            if (!v.model.isEmpty() && !v.paint.isEmpty() && m_catalog.studio(v.location) && v.vin.size() == 17)
                return &v;
        }
        return nullptr;
    }

    /// What `words` says in the UI language `code`, its translations loaded for the call;
    /// nothing if they cannot be.
    template<typename Words>
    static auto wordedIn(const char *code, Words words) -> std::optional<decltype(words(QLocale()))>
    {
        QTranslator translator;
        if (!translator.load(QStringLiteral(":/i18n/vitrine_%1.qm").arg(QLatin1String(code))))
            return std::nullopt;
        QCoreApplication::installTranslator(&translator);
        const auto removed = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        return words(QLocale(QLatin1String(code)));
    }
    /// The specs as the kiosk words them in the UI language `code`.
    static std::optional<QList<CarFacts::Fact>> specsIn(const char *code, const ModelSpecs &specs)
    {
        return wordedIn(code, [&specs](const QLocale &locale) { return CarFacts::specs(specs, locale); });
    }

    /// A spec's label or value as the kiosk words it for `model` in the UI language `code`.
    struct Worded {
        QString code, model, text;
    };
    /// Every model's spec labels and values in every UI language; nothing if a language's
    /// translations cannot be loaded.
    std::optional<QList<Worded>> everySpec() const
    {
        QList<Worded> all;
        for (const CarModel &model : m_catalog.models) {
            for (const char *code : {"en", "de", "fr", "zh_CN", "zh_TW", "ar"}) {
                const auto worded = specsIn(code, model.specs);
                if (!worded)
                    return std::nullopt;
                for (const CarFacts::Fact &f : *worded) {
                    for (const QString &text : {f.label, f.text})
                        all.append({QLatin1String(code), model.id, text});
                }
            }
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = FeedParser::parse(file.readAll());
        QVERIFY(parsed.feed);
        m_catalog = FeedParser::catalogOf(*parsed.feed);
        m_catalog.index();
        m_demo = parsed.feed->vehicles;
    }

    // A hold request names model, colour, the VIN's tail and where the car stands — not its id.
    void aRequestNamesTheCar()
    {
        const Vehicle *v = configured();
        QVERIFY(v);
        const QString line = StaffMode::carLine(*v, m_catalog, QStringLiteral("en"));
        QVERIFY2(line.contains(m_catalog.model(v->model)->name.text(QStringLiteral("en"))), qPrintable(line));
        QVERIFY2(line.contains(m_catalog.option(v->paint)->name.text(QStringLiteral("en"))), qPrintable(line));
        QVERIFY2(line.contains(v->vin.right(6)), qPrintable(line));
        QVERIFY2(!line.contains(v->vin), qPrintable(line));
        QVERIFY2(line.contains(m_catalog.studio(v->location)->name), qPrintable(line));
        QVERIFY2(!line.contains(v->id), qPrintable(line));

        // In German the colour is German; a car on its way says so.
        Vehicle coming = *v;
        coming.status = Vehicle::Status::InTransit;
        const QString de = StaffMode::carLine(coming, m_catalog, QStringLiteral("de"));
        QVERIFY2(de.contains(m_catalog.option(v->paint)->name.text(QStringLiteral("de"))), qPrintable(de));
        QVERIFY2(de.contains(QLatin1String("on its way to")), qPrintable(de)); // no translator installed here

        // A dealer's car of another make: its own names and colour.
        Vehicle tradeIn = *v;
        tradeIn.model.clear();
        tradeIn.trim.clear();
        tradeIn.paint.clear();
        tradeIn.make = QStringLiteral("Volvo");
        tradeIn.modelName = QStringLiteral("XC60");
        tradeIn.exteriorColor = QStringLiteral("Crystal White");
        const QString other = StaffMode::carLine(tradeIn, m_catalog, QStringLiteral("en"));
        QVERIFY2(other.startsWith(QLatin1String("Volvo XC60")), qPrintable(other));
        QVERIFY2(other.contains(QLatin1String("Crystal White")), qPrintable(other));
    }

    // An expert request from a build summary names the build: model, trim, paint and its code.
    void aRequestNamesTheBuild()
    {
        const RuleEngine engine(m_catalog);
        const Trim *trim = m_catalog.trimsOfModel(QStringLiteral("aster-5")).first();
        std::optional<Configuration> build = engine.defaultConfiguration(trim->id);
        QVERIFY(build);
        const QString code = ConfigurationCode::encode(engine, *build);
        QVERIFY(!code.isEmpty());
        const ConfigurationCode::Decoded decoded = ConfigurationCode::decode(code, engine);
        QCOMPARE(decoded.status, ConfigurationCode::Decoded::Status::Exact);
        const QString line = StaffMode::buildLine(decoded.configuration, m_catalog, QStringLiteral("en"), code);
        QVERIFY2(line.startsWith(QStringLiteral("Aster 5 ") + trim->name.text(QStringLiteral("en"))), qPrintable(line));
        QVERIFY2(line.contains(m_catalog.option(trim->defaultPaint)->name.text(QStringLiteral("en"))), qPrintable(line));
        QVERIFY2(line.contains(code), qPrintable(line));
    }

    // The feed's figures in the visitor's number format: a decimal comma in German.
    void specsSpeakTheLocale()
    {
        const CarModel *hybrid = m_catalog.model(QStringLiteral("vega-s"));
        QVERIFY(hybrid);
        QHash<QString, QString> de;
        for (const CarFacts::Fact &f : CarFacts::specs(hybrid->specs, QLocale(QLocale::German, QLocale::Germany)))
            de.insert(f.label, f.text);
        QCOMPARE(de.value(QStringLiteral("Consumption")),
                 QStringLiteral("1,1\u00a0l/\u2060100\u00a0km + 18\u00a0kWh/\u2060100\u00a0km"));
        QCOMPARE(de.value(QStringLiteral("0\u2060–\u2060100\u00a0km/\u2060h")), QStringLiteral("5,4\u00a0s"));
        QHash<QString, QString> en;
        for (const CarFacts::Fact &f : CarFacts::specs(hybrid->specs, QLocale(QLocale::English, QLocale::UnitedStates)))
            en.insert(f.label, f.text);
        QCOMPARE(en.value(QStringLiteral("Consumption")),
                 QStringLiteral("1.1\u00a0l/\u2060100\u00a0km + 18\u00a0kWh/\u2060100\u00a0km"));

        // Its units in the visitor's language, as the power's and the range's; the two words of
        // the Arabic kilowatt hour held together (at 1080x1920 with larger text the summary's
        // narrow column ended a line between them); so long a piece may end a line at its slash
        // before "100" (specsBreakBetweenWords).
        const auto consumptionIn = [hybrid](const char *code) {
            const auto facts = specsIn(code, hybrid->specs);
            for (const CarFacts::Fact &f : facts ? *facts : QList<CarFacts::Fact>()) {
                if (f.text.contains(QLatin1String(" + "))) // the hybrid's, in litres and in kWh
                    return f.text;
            }
            return QString();
        };
        const QString ar = consumptionIn("ar"), zh = consumptionIn("zh_TW");
        QVERIFY2(ar.contains(QStringLiteral("\u00a0لتر/\u2060"))
                     && ar.contains(QRegularExpression(QStringLiteral("\u00a0كيلوواط\u00a0ساعة/\\p{Nd}")))
                     && ar.contains(QStringLiteral("\u00a0كم")) && !ar.contains(QLatin1String("km")),
                 qPrintable(ar));
        QVERIFY2(zh.contains(QStringLiteral("\u00a0公升/\u2060")) && zh.contains(QStringLiteral("\u00a0千瓦時/\u2060"))
                     && zh.contains(QStringLiteral("公里")) && !zh.contains(QLatin1String("km")),
                 qPrintable(zh));
        QCOMPARE(consumptionIn("de"), QStringLiteral("1,1\u00a0l/\u2060100\u00a0km + 18\u00a0kWh/\u2060100\u00a0km"));

        QCOMPARE(LocalNumbers::rewritten(QStringLiteral("15.8 kWh/100 km"), QLocale(QLocale::German)),
                 QStringLiteral("15,8 kWh/100 km"));
        QCOMPARE(LocalNumbers::rewritten(QStringLiteral("15.8 kWh/100 km"), QLocale(QLocale::French)),
                 QStringLiteral("15,8 kWh/100 km"));
        QCOMPARE(LocalNumbers::rewritten(QStringLiteral("2345 km"), QLocale(QLocale::German)), QStringLiteral("2.345 km"));
        QCOMPARE(LocalNumbers::rewritten(QStringLiteral("no figure"), QLocale(QLocale::German)), QStringLiteral("no figure"));
    }

    // A figure never parts from its unit at a line's end: on a narrow column Arabic broke "(421"
    // from "حصان)" (hp). In every language the kiosk speaks, each figure's space before a word is
    // a no-break space, and the space before the parenthesis still breaks.
    void figuresKeepTheirUnits()
    {
        const CarModel *hybrid = m_catalog.model(QStringLiteral("vega-s"));
        QVERIFY(hybrid);
        static const QRegularExpression parted(QStringLiteral("\\p{Nd} \\p{L}"));
        for (const char *code : {"en", "de", "fr", "zh_CN", "zh_TW", "ar"}) {
            const auto worded = specsIn(code, hybrid->specs);
            QVERIFY2(worded, code);
            const QList<CarFacts::Fact> &facts = *worded;
            QVERIFY(facts.size() >= 5);
            for (const CarFacts::Fact &f : facts)
                QVERIFY2(!f.text.contains(parted), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(code), f.text)));
            const QString power = facts.first().text;
            QVERIFY2(power.contains(QRegularExpression(QStringLiteral("\\p{Nd}\u00a0\\p{L}"))), qPrintable(power));
            QVERIFY2(code == QByteArray("zh_CN") || code == QByteArray("zh_TW") || power.contains(QStringLiteral(" (")),
                     qPrintable(power));
        }
    }

    // Nor does a unit part at a slash: in Arabic on the tablet, larger text, the label "0–100 km/h"
    // ended a line at "كم/" and put "س" (h) on the next. Where Qt may break a spec's label or
    // value (its own line breaking, as a Text lays it out), in every language: never right after
    // a slash before a letter, nor inside "0–100", nor between a figure and its unit.
    void unitsNeverPartAtALineEnd()
    {
        const auto all = everySpec();
        QVERIFY(all);
        QStringList checked;
        for (const auto &[code, model, text] : *all) {
            QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
            for (qsizetype at = breaks.toNextBoundary(); at > 0 && at < text.size(); at = breaks.toNextBoundary()) {
                const QString before = text.left(at).trimmed();
                const bool slashThenLetter = before.endsWith(QLatin1Char('/')) && text.at(at).isLetter();
                const bool dashInFigures = before.endsWith(QChar(0x2013)) && text.at(at).isDigit();
                const bool figureThenUnit = !before.isEmpty() && before.back().isDigit() && text.at(at).isLetter()
                    && text.at(at - 1).isSpace();
                QVERIFY2(
                    !slashThenLetter && !dashInFigures && !figureThenUnit,
                    qPrintable(QStringLiteral("%1 %2: \"%3\" may break before \"%4\"").arg(code, model, text, text.mid(at))));
            }
            checked << text;
        }
        // The slashes looked at: "km/h" in every language's label and value.
        QVERIFY(std::count_if(checked.cbegin(), checked.cend(), [](const QString &t) { return t.contains(u'/'); }) > 20);
    }

    // And no piece a spec holds together is longer than a narrow column holds, where Qt would
    // break inside a word: Arabic's consumption, its kilowatt hour held together by the
    // translation and its "/100" by unitsKept(), stood as "18.9 كيلوواط ساعة/100 ك" over "م" in
    // the summary's column at 1920x1080, and as "18 كيلوواط ساعة/100 ك" over "م" in the hybrid's
    // on the compare page upright. The line now ends after the slash.
    void specsBreakBetweenWords()
    {
        constexpr qsizetype kColumnHolds = 18; // letters of Arabic at the lead size, larger text
        const auto all = everySpec();
        QVERIFY(all);
        int pieces = 0;
        for (const auto &[code, model, text] : *all) {
            QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
            qsizetype from = 0;
            for (qsizetype at = breaks.toNextBoundary(); at > 0; at = breaks.toNextBoundary()) {
                const QString piece = text.mid(from, at - from);
                QVERIFY2(LocalNumbers::letters(piece) <= kColumnHolds,
                         qPrintable(QStringLiteral("%1 %2: \"%3\" is held together in \"%4\"").arg(code, model, piece, text)));
                from = at;
                ++pieces;
            }
        }
        QVERIFY(pieces > 500);
        // Still held at the slash where the piece is short, in every language but Arabic.
        QCOMPARE(LocalNumbers::unitsKept(QStringLiteral("15.8 kWh/100 km")), QStringLiteral("15.8\u00a0kWh/\u2060100\u00a0km"));
        QCOMPARE(LocalNumbers::unitsKept(QStringLiteral("18.9 كيلوواط\u00a0ساعة/100 كم")),
                 QStringLiteral("18.9\u00a0كيلوواط\u00a0ساعة/100\u00a0كم"));
    }

    // A tax's rate keeps its percent sign ("(25 %)" broke before the "%" on the tablet in German),
    // and German's longest spec word may break, hyphenated, where it is made of two.
    void ratesAndLongWordsBreakWell()
    {
        PriceBreakdown b;
        PriceBreakdown::Line tax;
        tax.kind = PriceBreakdown::Line::Kind::Tax;
        tax.name = LocalizedText(QStringLiteral("VAT"));
        tax.amountMinor = 8732000;
        tax.percent = 25;
        b.lines << tax;
        const auto de = wordedIn(
            "de", [&b](const QLocale &l) { return CarWords::breakdown(b, QStringLiteral("NOK"), QStringLiteral("de"), l); });
        QVERIFY(de && de->size() == 1);
        QVERIFY2(de->first().first.contains(QStringLiteral("25\u00a0%")), qPrintable(de->first().first));
        const auto specs = specsIn("de", m_catalog.models.first().specs);
        QVERIFY(specs);
        QVERIFY(std::any_of(specs->cbegin(), specs->cend(),
                            [](const CarFacts::Fact &f) { return f.label == QStringLiteral("Höchst\u00adgeschwindigkeit"); }));
    }

    // An equipment name's figure stays with its unit at a line's end: "Chargeur embarqué 22 / kW"
    // broke in French on the portrait compare page.
    void equipmentFiguresKeepTheirUnits()
    {
        QStringList all;
        for (const CatalogOption &o : std::as_const(m_catalog.options))
            all << o.id;
        const QRegularExpression figureSpaceWord(QStringLiteral("\\p{Nd} \\p{L}"));
        int withFigures = 0;
        for (const char *key : {"en", "de", "fr", "zh-Hans", "zh-Hant", "ar"}) {
            for (const CarFacts::Equipment &group : CarFacts::equipment(m_catalog, all, QString::fromLatin1(key))) {
                for (const QString &item : group.items) {
                    withFigures += item.contains(QStringLiteral("22\u00a0kW"));
                    QVERIFY2(!item.contains(figureSpaceWord), qPrintable(item));
                }
            }
        }
        QVERIFY(withFigures >= 3); // the on-board charger, in the languages that write "kW"
    }

    // The demo market's threshold tax says its amount as the prices beside it do, in every
    // language: it stood "500.000 NOK" in German beside "401.300 kr", "50 万挪威克朗" in Chinese.
    void thresholdSaidAsAPrice()
    {
        const Market *norway = nullptr;
        for (const Market &m : std::as_const(m_catalog.markets))
            norway = m.currency == QLatin1String("NOK") ? &m : norway;
        QVERIFY(norway);
        const PriceBreakdown ev = PriceBreakdown::fromNet(60000000, *norway, QStringLiteral("bev"));
        for (const char *code : {"en", "de", "fr", "zh_CN", "zh_TW", "ar"}) {
            const QString key = QLatin1String(code).startsWith(QLatin1String("zh_"))
                ? (QLatin1String(code) == QLatin1String("zh_CN") ? QStringLiteral("zh-Hans") : QStringLiteral("zh-Hant"))
                : QString::fromLatin1(code);
            const auto lines = wordedIn(code, [&](const QLocale &l) {
                return std::pair(CarWords::breakdown(ev, norway->currency, key, l), Money{50000000, norway->currency}.format(l));
            });
            QVERIFY(lines);
            const auto &[worded, threshold] = *lines;
            const auto tax = std::find_if(worded.cbegin(), worded.cend(),
                                          [&](const auto &line) { return line.first.contains(threshold); });
            QVERIFY2(tax != worded.cend(), code);
            QVERIFY2(!tax->first.contains(QLatin1String("NOK")) && !tax->first.contains(u'{'), qPrintable(tax->first));
        }
    }

    // A place's week, on the car's page and on the phone's alike: its days from the reader's
    // first day of the week, its times as the reader writes times (they said "19:00" and, in
    // Traditional Chinese, now "上午10:00" rather than Qt's "B10:00"), each span whole.
    void openingHoursAsTheReaderWritesTimes()
    {
        const Studio *portland = m_catalog.studio(QStringLiteral("portland"));
        const Studio *oslo = m_catalog.studio(QStringLiteral("oslo"));
        const Studio *dubai = m_catalog.studio(QStringLiteral("dubai"));
        QVERIFY(portland && oslo && dubai);
        // An American reads Sunday first, and the afternoon in twelve hours.
        const QStringList us = CarWords::openingHours(*portland, QLocale(QStringLiteral("en_US")));
        QCOMPARE(us.size(), 7);
        QVERIFY2(us.first().startsWith(QLatin1String("Sun ")) && us.first().contains(QLatin1String("11:00"))
                     && us.first().contains(QLatin1String("5:00")) && us.first().contains(QLatin1String("PM")),
                 qPrintable(us.first()));
        QVERIFY2(us.at(1).startsWith(QLatin1String("Mon ")) && !us.at(1).contains(QLatin1String("19:00")), qPrintable(us.at(1)));
        // In German from Monday, and Sunday closed, in German.
        const auto de = wordedIn("de", [oslo](const QLocale &l) { return CarWords::openingHours(*oslo, l); });
        QVERIFY(de);
        QCOMPARE(de->first(), QStringLiteral("Mo. 10:00\u2060\u2013\u206019:00"));
        QCOMPARE(de->last(), QStringLiteral("So. geschlossen"));
        // No day-period letter Qt does not know (read without the joiners that keep a span whole).
        const QString zh =
            CarWords::openingHours(*oslo, QLocale(QStringLiteral("zh_TW"))).join(QLatin1Char(' ')).remove(QChar(0x2060));
        QVERIFY2(zh.contains(QStringLiteral("上午10:00")) && !zh.contains(u'B'), qPrintable(zh));
        // Arabic: each span read from the right, Friday's two of them both.
        const QStringList ar = CarWords::openingHours(*dubai, QLocale(QStringLiteral("ar_AE")));
        const QString friday = QLocale(QStringLiteral("ar_AE")).dayName(Qt::Friday, QLocale::ShortFormat);
        const auto fri = std::find_if(ar.cbegin(), ar.cend(), [&friday](const QString &l) { return l.startsWith(friday); });
        QVERIFY(fri != ar.cend());
        QCOMPARE(fri->count(Bidi::kRightToLeftIsolate), 2);
    }

    // Each line in its own paint: four lines, four paints, each one the line's model can wear.
    void eachLineInItsOwnPaint()
    {
        const QHash<QString, QString> paints = ModelLineListModel::linePaints(m_catalog);
        QCOMPARE(paints.size(), m_catalog.lines.size());
        QSet<QString> distinct;
        for (const ModelLine &line : m_catalog.lines) {
            const CatalogOption *paint = m_catalog.option(paints.value(line.id));
            QVERIFY2(paint && paint->kind == OptionKind::Paint, qPrintable(line.id));
            const QString model = m_catalog.modelsOfLine(line.id).first()->id;
            QVERIFY(paint->models.isEmpty() || paint->models.contains(model));
            distinct.insert(paint->id);
        }
        QCOMPARE(distinct.size(), m_catalog.lines.size());

        // What the attract loop shows: the pictures differ in paint from line to line.
        ModelLineListModel model;
        model.setCatalog(&m_catalog, QStringLiteral("en"));
        QSet<QString> shown;
        for (int i = 0; i < model.rowCount(); ++i) {
            const QString url = model.data(model.index(i), ModelLineListModel::ImageRole).toString();
            shown.insert(QUrlQuery(QUrl(url).query()).queryItemValue(QStringLiteral("paint")));
        }
        QCOMPARE(shown.size(), model.rowCount());
    }
};

QTEST_MAIN(TestCarWording)
#include "tst_carwording.moc"
