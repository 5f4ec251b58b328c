// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogfixtures.h"
#include "testscale.h"

#include "catalog/configurationcode.h"
#include "catalog/ruleengine.h"
#include "common/readablecode.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace CatalogFixtures;
using Status = ConfigurationCode::Decoded::Status;
using Kind = ConfigurationCode::Difference::Kind;

/// Configuration codes: the alphabet and check character, exact round trips on every catalog,
/// typing mistakes caught, and builds from a changed catalog rebuilt as closely as possible with
/// every change named.
class TestConfigurationCode : public QObject
{
    Q_OBJECT

    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }

    static bool same(const Configuration &a, const Configuration &b)
    {
        return a.model == b.model && a.trim == b.trim && sorted(a.options) == sorted(b.options);
    }

    static Configuration randomBuild(const RuleEngine &e, QRandomGenerator &rng, int choices)
    {
        const Catalog &c = e.catalog();
        Configuration b = *e.defaultConfiguration(c.trims.at(rng.bounded(int(c.trims.size()))).id);
        const QStringList offered = e.offered(b.trim);
        for (int k = 0; k < choices; ++k) {
            const RuleEngine::Outcome o = e.select(b, offered.at(rng.bounded(int(offered.size()))));
            b = o.after;
        }
        return b;
    }

    /// A visitor's usual build: paint, wheels and interior picked more often than not, and up
    /// to three packages or options.
    static Configuration typicalBuild(const RuleEngine &e, QRandomGenerator &rng)
    {
        const Catalog &c = e.catalog();
        Configuration b = *e.defaultConfiguration(c.trims.at(rng.bounded(int(c.trims.size()))).id);
        QStringList byKind[4];
        for (const QString &id : e.offered(b.trim)) {
            const OptionKind k = c.option(id)->kind;
            byKind[k == OptionKind::Paint ? 0 : k == OptionKind::Wheel ? 1 : k == OptionKind::Interior ? 2 : 3] << id;
        }
        for (int s = 0; s < 3; ++s) {
            if (rng.bounded(10) < 7)
                b = e.select(b, byKind[s].at(rng.bounded(int(byKind[s].size())))).after;
        }
        for (int k = rng.bounded(4); k > 0; --k)
            b = e.select(b, byKind[3].at(rng.bounded(int(byKind[3].size())))).after;
        return b;
    }

    /// The catalog without an option, as a feed that dropped it would leave it.
    static Catalog without(Catalog c, const QString &id, Catalog *retired)
    {
        for (qsizetype i = 0; i < c.options.size(); ++i) {
            if (c.options.at(i).id == id) {
                retired->options << c.options.takeAt(i);
                break;
            }
        }
        QList<CatalogRule> rules;
        for (const CatalogRule &r : std::as_const(c.rules)) {
            if (r.option != id && !r.targets.contains(id) && !r.options.contains(id))
                rules << r;
        }
        c.rules = rules;
        for (CatalogOption &o : c.options)
            o.contents.removeAll(id);
        c.index();
        retired->index();
        return c;
    }

    static QByteArray why(const QString &code, const ConfigurationCode::Decoded &d)
    {
        QStringList lines{code, d.problem};
        for (const ConfigurationCode::Difference &x : d.differences)
            lines << x.text;
        return lines.join(QStringLiteral(" | ")).toUtf8();
    }

    static const ConfigurationCode::Difference *difference(const ConfigurationCode::Decoded &d, Kind kind)
    {
        for (const ConfigurationCode::Difference &x : d.differences) {
            if (x.kind == kind)
                return &x;
        }
        return nullptr;
    }

    /// A demo build on 21-inch Turbine wheels with a few other choices, and its code.
    struct Sample {
        Configuration build;
        QString code;
    };
    static Sample turbineBuild()
    {
        const RuleEngine e(demo(), QStringLiteral("no"));
        Configuration b = *e.defaultConfiguration(QStringLiteral("aster-5-plus"));
        for (const QString &id : {QStringLiteral("w21-turbine"), QStringLiteral("fjord-blue"), QStringLiteral("pkg-tech"),
                                  QStringLiteral("pkg-winter")})
            b = e.select(b, id).after;
        return {b, ConfigurationCode::encode(e, b)};
    }

private slots:
    void initTestCase()
    {
        if (!demo().option(QStringLiteral("w21-turbine")) || !demo().trim(QStringLiteral("aster-5-plus")))
            QSKIP("the demo catalog lacks the options these tests change");
    }

    void alphabet()
    {
        QString all;
        for (int d = 0; d < ReadableCode::kBase; ++d) {
            all += ReadableCode::character(d);
            QCOMPARE(ReadableCode::digit(ReadableCode::character(d)), d);
            QCOMPARE(ReadableCode::digit(ReadableCode::character(d).toLower()), d);
        }
        QCOMPARE(all, QStringLiteral("23456789ABCDEFGHJKMNPQRSTVWXYZ"));
        for (QChar c : QStringLiteral("0O1ILU"))
            QCOMPARE(ReadableCode::digit(c), -1);
        const QString code = ReadableCode::format({3, 7, 11, 20, 29, 0, 5, 9, 14});
        QCOMPARE(code.size(), 12); // 10 characters in groups of four
        QCOMPARE(code.at(4), QLatin1Char('-'));
        QVERIFY(ReadableCode::parse(code.toLower().remove(QLatin1Char('-')).insert(3, QStringLiteral("  "))).ok);
        const ReadableCode::Parsed bad = ReadableCode::parse(QStringLiteral("K7QD-0MWX"));
        QVERIFY(!bad.ok);
        QVERIFY(bad.problem.contains(QStringLiteral("never used")));
        QVERIFY(!ReadableCode::parse(QString()).ok);
    }

    void checkCharacterCatchesEveryTypo()
    {
        // Every single substitution and every swap of neighbours, on codes of every length.
        QRandomGenerator rng(41);
        int caught = 0;
        for (int n = 0; n < scaled(400); ++n) {
            QList<int> digits;
            for (int k = 1 + n % 24; k > 0; --k)
                digits << rng.bounded(ReadableCode::kBase);
            QList<int> all = digits;
            all << ReadableCode::checkDigit(digits);
            QVERIFY(ReadableCode::verify(all));
            for (qsizetype i = 0; i < all.size(); ++i) {
                for (int v = 0; v < ReadableCode::kBase; ++v) {
                    if (v == all.at(i))
                        continue;
                    QList<int> typo = all;
                    typo[i] = v;
                    QVERIFY(!ReadableCode::verify(typo));
                    ++caught;
                }
                if (i + 1 < all.size() && all.at(i) != all.at(i + 1)) {
                    QList<int> swapped = all;
                    swapped.swapItemsAt(i, i + 1);
                    QVERIFY(!ReadableCode::verify(swapped));
                    ++caught;
                }
            }
        }
        qInfo() << caught << "typing mistakes caught on random digit strings";
    }

    void mistypedCodesAreRejected()
    {
        const RuleEngine e(demo(), QStringLiteral("no"));
        QRandomGenerator rng(42);
        int caught = 0;
        for (int n = 0; n < scaled(60); ++n) {
            const QString code = ConfigurationCode::encode(e, randomBuild(e, rng, n % 8));
            QString plain = code;
            plain.remove(QLatin1Char('-'));
            for (qsizetype i = 0; i < plain.size(); ++i) {
                for (int v = 0; v < ReadableCode::kBase; ++v) {
                    if (ReadableCode::character(v) == plain.at(i))
                        continue;
                    QString typo = plain;
                    typo[i] = ReadableCode::character(v);
                    const ConfigurationCode::Decoded d = ConfigurationCode::decode(typo, e);
                    QCOMPARE(d.status, Status::Invalid);
                    QVERIFY(d.problem.contains(QStringLiteral("typing mistake")));
                    ++caught;
                }
                if (i + 1 < plain.size() && plain.at(i) != plain.at(i + 1)) {
                    QString swapped = plain;
                    std::swap(swapped[i], swapped[i + 1]);
                    QCOMPARE(ConfigurationCode::decode(swapped, e).status, Status::Invalid);
                    ++caught;
                }
            }
        }
        qInfo() << caught << "mistyped demo codes rejected";
    }

    void everyDefaultBuildRoundTrips()
    {
        int codes = 0;
        for (const Catalog *c : {&demo(), &small(), &synthetic()}) {
            const RuleEngine e(*c, c->markets.first().id);
            for (const Trim &t : c->trims) {
                const Configuration b = *e.defaultConfiguration(t.id);
                QString problem;
                const QString code = ConfigurationCode::encode(e, b, &problem);
                QVERIFY2(!code.isEmpty(), qPrintable(problem));
                // Short for the real catalogs; the synthetic one has required groups without defaults.
                QVERIFY2(c == &synthetic() || ConfigurationCode::dataLength(code) <= 10, qPrintable(code));
                const ConfigurationCode::Decoded d = ConfigurationCode::decode(code, e);
                QCOMPARE(d.status, Status::Exact);
                QCOMPARE(d.configuration, b);
                QCOMPARE(d.market, c->markets.first().id);
                ++codes;
            }
        }
        qInfo() << codes << "default builds round-tripped";
    }

    void randomBuildsRoundTrip()
    {
        QRandomGenerator rng(43);
        int codes = 0;
        for (const auto &[c, count] :
             {std::pair{&demo(), scaled(1000)}, std::pair{&small(), scaled(100)}, std::pair{&synthetic(), scaled(150)}}) {
            const RuleEngine e(*c, c->markets.last().id);
            for (int n = 0; n < count; ++n) {
                const Configuration b = randomBuild(e, rng, n % 14);
                const QString code = ConfigurationCode::encode(e, b);
                QVERIFY(!code.isEmpty());
                QCOMPARE(ConfigurationCode::encode(e, b), code); // deterministic
                const ConfigurationCode::Decoded d = ConfigurationCode::decode(code, e);
                QVERIFY2(d.status == Status::Exact, why(code, d).constData());
                QCOMPARE(d.configuration, b);
                ++codes;
            }
        }
        qInfo() << codes << "random builds round-tripped";
        // An invalid build gets no code.
        const RuleEngine e(demo());
        QString problem;
        QVERIFY(
            ConfigurationCode::encode(e, Configuration{QStringLiteral("aster-5"), QStringLiteral("aster-5-plus"), {}}, &problem)
                .isEmpty());
        QVERIFY(problem.contains(QStringLiteral("rules")));
    }

    void lengths()
    {
        const RuleEngine e(demo(), QStringLiteral("no"));
        QRandomGenerator rng(44);
        QList<int> typical;
        for (int n = 0; n < scaled(1000); ++n)
            typical << ConfigurationCode::dataLength(ConfigurationCode::encode(e, typicalBuild(e, rng)));
        std::sort(typical.begin(), typical.end());
        // The largest build: every option taken in turn, on every trim.
        int largest = 0;
        QString largestCode;
        Configuration largestBuild;
        for (const Trim &t : demo().trims) {
            Configuration b = *e.defaultConfiguration(t.id);
            for (const QString &id : e.offered(t.id)) {
                const OptionKind k = demo().option(id)->kind;
                if (k == OptionKind::Equipment || k == OptionKind::Package)
                    b = e.select(b, id).after;
            }
            b = e.select(b, e.offered(t.id).last()).after;
            const QString code = ConfigurationCode::encode(e, b);
            if (ConfigurationCode::dataLength(code) > largest) {
                largest = ConfigurationCode::dataLength(code);
                largestCode = code;
                largestBuild = b;
            }
        }
        qInfo().noquote() << QStringLiteral("typical demo builds: median %1, p95 %2, max %3 data characters; the largest build "
                                            "(%4 options) %5: %6")
                                 .arg(typical.at(typical.size() / 2))
                                 .arg(typical.at(typical.size() * 95 / 100))
                                 .arg(typical.last())
                                 .arg(largestBuild.options.size())
                                 .arg(largest)
                                 .arg(largestCode);
        QVERIFY(typical.at(typical.size() * 95 / 100) <= 16);
        QVERIFY(largest <= 32);
    }

    void reorderedOrGrownCatalogKeepsCodes()
    {
        // Codes carry hashes of stable ids: a reordered catalog or a new option breaks nothing.
        const RuleEngine e(demo(), QStringLiteral("no"));
        Catalog changed = demo();
        std::reverse(changed.options.begin(), changed.options.end());
        std::reverse(changed.rules.begin(), changed.rules.end());
        CatalogOption paint = *demo().option(QStringLiteral("fjord-blue"));
        paint.id = QStringLiteral("aurora-green");
        paint.name = LocalizedText(QStringLiteral("Aurora Green"));
        changed.options.prepend(paint);
        changed.index();
        const RuleEngine f(changed, QStringLiteral("no"));
        QRandomGenerator rng(45);
        for (int n = 0; n < scaled(300); ++n) {
            const Configuration b = randomBuild(e, rng, n % 10);
            const ConfigurationCode::Decoded d = ConfigurationCode::decode(ConfigurationCode::encode(e, b), f);
            QCOMPARE(d.status, Status::Exact);
            QVERIFY(same(d.configuration, b));
        }
    }

    void optionRemoved()
    {
        const Sample s = turbineBuild();
        Catalog retired;
        const Catalog changed = without(demo(), QStringLiteral("w21-turbine"), &retired);
        const RuleEngine f(changed, QStringLiteral("no"));
        // This Vitrine still knows the old record: it names it and picks the closest wheel.
        ConfigurationCode::Decoded d = ConfigurationCode::decode(s.code, f, &retired);
        QCOMPARE(d.status, Status::Changed);
        const ConfigurationCode::Difference *x = difference(d, Kind::OptionReplaced);
        QVERIFY(x);
        QCOMPARE(x->id, QStringLiteral("w21-turbine"));
        QCOMPARE(x->name, QStringLiteral("21-inch Turbine wheels"));
        QCOMPARE(x->replacement, QStringLiteral("w21-split")); // the same size
        QVERIFY(x->text.contains(QStringLiteral("21-inch Turbine wheels")));
        QVERIFY(f.validate(d.configuration).isEmpty());
        QVERIFY(d.configuration.options.contains(QStringLiteral("w21-split")));
        for (const QString &kept : {QStringLiteral("fjord-blue"), QStringLiteral("pkg-tech"), QStringLiteral("pkg-winter")})
            QVERIFY(d.configuration.options.contains(kept));
        QCOMPARE(d.differences.size(), 1);
        // A Vitrine that never knew it still rebuilds, and says one option is gone.
        d = ConfigurationCode::decode(s.code, f);
        QCOMPARE(d.status, Status::Changed);
        x = difference(d, Kind::OptionGone);
        QVERIFY(x);
        QVERIFY(x->id.isEmpty());
        QVERIFY(f.validate(d.configuration).isEmpty());
        QVERIFY(d.configuration.options.contains(QStringLiteral("pkg-tech")));
    }

    void optionRenamedOrReplaced()
    {
        const Sample s = turbineBuild();
        // Renamed in place (same id): the code still opens the exact build.
        Catalog renamed = demo();
        for (CatalogOption &o : renamed.options) {
            if (o.id == QLatin1String("w21-turbine"))
                o.name = LocalizedText(QStringLiteral("21-inch Turbine II wheels"));
        }
        renamed.index();
        QCOMPARE(ConfigurationCode::decode(s.code, RuleEngine(renamed, QStringLiteral("no"))).status, Status::Exact);
        // Replaced by a new record of the same name: the new one takes its place.
        Catalog retired;
        Catalog replaced = without(demo(), QStringLiteral("w21-turbine"), &retired);
        CatalogOption successor = retired.options.first();
        successor.id = QStringLiteral("w21-turbine-2027");
        replaced.options.append(successor);
        replaced.index();
        const RuleEngine f(replaced, QStringLiteral("no"));
        const ConfigurationCode::Decoded d = ConfigurationCode::decode(s.code, f, &retired);
        const ConfigurationCode::Difference *x = difference(d, Kind::OptionReplaced);
        QVERIFY(x);
        QCOMPARE(x->replacement, QStringLiteral("w21-turbine-2027"));
        QVERIFY(d.configuration.options.contains(QStringLiteral("w21-turbine-2027")));
        QVERIFY(f.validate(d.configuration).isEmpty());
    }

    void priceChanged()
    {
        const Sample s = turbineBuild();
        Catalog dearer = demo();
        for (Trim &t : dearer.trims) {
            if (t.id == QLatin1String("aster-5-plus"))
                t.pricesMinor[QStringLiteral("no")] += 1000000;
        }
        dearer.index();
        ConfigurationCode::Decoded d = ConfigurationCode::decode(s.code, RuleEngine(dearer, QStringLiteral("no")));
        QCOMPARE(d.status, Status::Changed);
        QVERIFY(difference(d, Kind::CatalogUpdated));
        QVERIFY(same(d.configuration, s.build)); // the same build, at today's price
        // A price change in another market leaves a Norwegian code exact.
        Catalog elsewhere = demo();
        for (CatalogOption &o : elsewhere.options)
            o.pricesMinor[QStringLiteral("it")] += 100;
        elsewhere.index();
        d = ConfigurationCode::decode(s.code, RuleEngine(elsewhere, QStringLiteral("it")));
        QCOMPARE(d.status, Status::Exact);
    }

    void trimRemoved()
    {
        const Sample s = turbineBuild();
        Catalog retired;
        Catalog changed = demo();
        for (qsizetype i = 0; i < changed.trims.size(); ++i) {
            if (changed.trims.at(i).id == QLatin1String("aster-5-plus"))
                retired.trims << changed.trims.takeAt(i);
        }
        retired.index();
        changed.index();
        const RuleEngine f(changed, QStringLiteral("no"));
        const ConfigurationCode::Decoded d = ConfigurationCode::decode(s.code, f, &retired);
        QCOMPARE(d.status, Status::Changed);
        const ConfigurationCode::Difference *x = difference(d, Kind::TrimGone);
        QVERIFY(x);
        QCOMPARE(x->id, QStringLiteral("aster-5-plus"));
        QVERIFY(x->text.contains(QStringLiteral("Aster 5 Plus")));
        QCOMPARE(d.configuration.model, QStringLiteral("aster-5"));
        QCOMPARE(x->replacement, d.configuration.trim);
        QVERIFY(f.validate(d.configuration).isEmpty());
        QVERIFY(d.configuration.options.contains(QStringLiteral("w21-turbine")));
        // Without the old record, the model's other trims are still tried.
        const ConfigurationCode::Decoded blind = ConfigurationCode::decode(s.code, f);
        QVERIFY(difference(blind, Kind::TrimGone));
        QCOMPARE(blind.configuration.model, QStringLiteral("aster-5"));
    }

    void modelRemoved()
    {
        const Sample s = turbineBuild();
        Catalog retired;
        Catalog changed = demo();
        for (qsizetype i = 0; i < changed.models.size(); ++i) {
            if (changed.models.at(i).id == QLatin1String("aster-5"))
                retired.models << changed.models.takeAt(i);
        }
        for (qsizetype i = changed.trims.size() - 1; i >= 0; --i) {
            if (changed.trims.at(i).model == QLatin1String("aster-5"))
                retired.trims << changed.trims.takeAt(i);
        }
        retired.index();
        changed.index();
        const RuleEngine f(changed, QStringLiteral("no"));
        const ConfigurationCode::Decoded d = ConfigurationCode::decode(s.code, f, &retired);
        QCOMPARE(d.status, Status::Changed);
        const ConfigurationCode::Difference *x = difference(d, Kind::ModelGone);
        QVERIFY(x);
        QCOMPARE(x->id, QStringLiteral("aster-5"));
        QCOMPARE(changed.model(d.configuration.model)->line, QStringLiteral("aster")); // the same line
        QVERIFY(f.validate(d.configuration).isEmpty());
        QVERIFY(d.configuration.options.contains(QStringLiteral("w21-turbine")));
    }

    void rulesChanged()
    {
        // A new rule forbids two of the build's choices together: one gives way, and it is said.
        const Sample s = turbineBuild();
        Catalog changed = demo();
        CatalogRule r;
        r.id = QStringLiteral("no-blue-turbines");
        r.type = RuleType::Excludes;
        r.option = QStringLiteral("fjord-blue");
        r.targets = {QStringLiteral("w21-turbine")};
        changed.rules << r;
        changed.index();
        const RuleEngine f(changed, QStringLiteral("no"));
        const ConfigurationCode::Decoded d = ConfigurationCode::decode(s.code, f);
        QCOMPARE(d.status, Status::Changed);
        QVERIFY(difference(d, Kind::OptionDropped) || difference(d, Kind::OptionRefused));
        QVERIFY(f.validate(d.configuration).isEmpty());
    }

    void carriesACarInPartExchange()
    {
        const RuleEngine e(demo(), QStringLiteral("no"));
        const Sample sample = turbineBuild();
        // 321,900 kr, the largest value a code carries, and every build's plain code unchanged.
        for (const qint64 hundreds : {qint64(3219), qint64(1), qint64((1 << 20) - 1)}) {
            QString problem;
            const QString code = ConfigurationCode::encodeWithTradeIn(e, sample.build, hundreds, &problem);
            QVERIFY2(!code.isEmpty(), qPrintable(problem));
            QVERIFY(code != sample.code);
            QVERIFY2(ConfigurationCode::dataLength(code) <= ConfigurationCode::dataLength(sample.code) + 5, qPrintable(code));
            const ConfigurationCode::Decoded d = ConfigurationCode::decode(code, e);
            QCOMPARE(d.status, Status::Exact);
            QCOMPARE(d.configuration, sample.build);
            QCOMPARE(d.market, QStringLiteral("no"));
            QCOMPARE(d.tradeInHundreds, hundreds);
        }
        QCOMPARE(ConfigurationCode::encodeWithTradeIn(e, sample.build, 0), sample.code);
        QCOMPARE(ConfigurationCode::decode(sample.code, e).tradeInHundreds, 0);
        // Beyond what a code carries, or negative: no code, and the reason.
        QString problem;
        QVERIFY(ConfigurationCode::encodeWithTradeIn(e, sample.build, 1 << 20, &problem).isEmpty());
        QVERIFY(problem.contains(QStringLiteral("part-exchange")));
        QVERIFY(ConfigurationCode::encodeWithTradeIn(e, sample.build, -1).isEmpty());
    }

    void foreignInput()
    {
        const RuleEngine e(demo(), QStringLiteral("no"));
        // A code from a newer format: the number two higher in its lowest field (format 3, as
        // format 2 is the one carrying a car in part-exchange).
        const QString code = ConfigurationCode::encode(e, *e.defaultConfiguration(QStringLiteral("aster-5-plus")));
        QList<int> digits = ReadableCode::parse(code).digits;
        for (int step = 0; step < 2; ++step) {
            for (qsizetype i = digits.size() - 1; i >= 0; --i) {
                if (++digits[i] < ReadableCode::kBase)
                    break;
                digits[i] = 0;
            }
        }
        const ConfigurationCode::Decoded newer = ConfigurationCode::decode(ReadableCode::format(digits), e);
        QCOMPARE(newer.status, Status::Invalid);
        QVERIFY(newer.problem.contains(QStringLiteral("newer Vitrine")));
        // Random strings with a valid check character never crash and never give a broken build.
        QRandomGenerator rng(46);
        int decoded = 0;
        for (int n = 0; n < scaled(2000); ++n) {
            QList<int> noise;
            for (int k = 1 + rng.bounded(20); k > 0; --k)
                noise << rng.bounded(ReadableCode::kBase);
            const ConfigurationCode::Decoded d = ConfigurationCode::decode(ReadableCode::format(noise), e);
            if (d.status != Status::Invalid) {
                QVERIFY(e.validate(d.configuration).isEmpty());
                ++decoded;
            } else {
                QVERIFY(!d.problem.isEmpty());
            }
        }
        qInfo() << decoded << "of 2000 random strings read as some build (all valid)";
    }
};

QTEST_GUILESS_MAIN(TestConfigurationCode)
#include "tst_configurationcode.moc"
