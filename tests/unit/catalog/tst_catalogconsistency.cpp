// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogfixtures.h"

#include "catalog/catalogconsistency.h"

#include <QTest>

using namespace CatalogFixtures;
using Problem = CatalogConsistency::Problem;
using Kind = Problem::Kind;

/// The importer's check for rules that contradict each other: each kind of contradiction is
/// caught with the rule, the options and the reason, and the shipped catalogs pass.
class TestCatalogConsistency : public QObject
{
    Q_OBJECT

    /// A valid little catalog that each test spoils in one way.
    static Builder base()
    {
        Builder b;
        b.model(QStringLiteral("gt"))
            .model(QStringLiteral("ev"))
            .trim(QStringLiteral("gt-core"), QStringLiteral("gt"), 50000, {QStringLiteral("lane")}, QStringLiteral("white"),
                  QStringLiteral("w19"), QStringLiteral("cloth"))
            .trim(QStringLiteral("gt-plus"), QStringLiteral("gt"), 60000, {QStringLiteral("lane")}, QStringLiteral("white"),
                  QStringLiteral("w19"), QStringLiteral("cloth"))
            .trim(QStringLiteral("ev-core"), QStringLiteral("ev"), 45000, {QStringLiteral("lane")}, QStringLiteral("white"),
                  QStringLiteral("w19"), QStringLiteral("cloth"))
            .paints({QStringLiteral("white"), QStringLiteral("blue")})
            .wheels({QStringLiteral("w19"), QStringLiteral("w20")})
            .interiors({QStringLiteral("cloth"), QStringLiteral("leather")})
            .equipment(
                {QStringLiteral("lane"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        return b;
    }

    static QList<Problem> of(const QList<Problem> &all, Kind kind)
    {
        QList<Problem> out;
        for (const Problem &p : all) {
            if (p.kind == kind)
                out << p;
        }
        return out;
    }

    static void show(const QList<Problem> &all)
    {
        for (const Problem &p : all)
            qDebug().noquote() << p.toRecordIssue().toString();
    }

private slots:
    void shippedCatalogsPass()
    {
        for (const Catalog *c : {&demo(), &small(), &synthetic()}) {
            const QList<Problem> problems = CatalogConsistency::check(*c);
            show(problems);
            QVERIFY(problems.isEmpty());
        }
        QVERIFY(CatalogConsistency::check(base().build()).isEmpty());
    }

    void requiresWhatItTransitivelyExcludes()
    {
        // a needs b, b needs c, but a cannot be with c: a can never be chosen.
        const Catalog c = base()
                              .needs(QStringLiteral("a-b"), QStringLiteral("a"), {QStringLiteral("b")})
                              .needs(QStringLiteral("b-c"), QStringLiteral("b"), {QStringLiteral("c")})
                              .excludes(QStringLiteral("a-not-c"), QStringLiteral("a"), {QStringLiteral("c")})
                              .build();
        const QList<Problem> all = CatalogConsistency::check(c);
        const QList<Problem> p = of(all, Kind::ImpossibleOption);
        QCOMPARE(p.size(), 1);
        QVERIFY(p.first().error);
        QCOMPARE(p.first().ruleId, QStringLiteral("a-not-c"));
        QCOMPARE(p.first().options.first(), QStringLiteral("a"));
        QVERIFY(p.first().options.contains(QStringLiteral("c")));
        QCOMPARE(p.first().trims, (QStringList{QStringLiteral("gt-core"), QStringLiteral("gt-plus"), QStringLiteral("ev-core")}));
        QVERIFY(p.first().text.contains(QStringLiteral("can never be chosen")));
        QVERIFY(p.first().text.contains(QStringLiteral("b-c"))); // the chain that brings c in
        QVERIFY(CatalogConsistency::hasErrors(all));
        const RecordIssue issue = p.first().toRecordIssue();
        QCOMPARE(issue.severity, RecordIssue::Severity::Error);
        QCOMPARE(issue.list, QStringLiteral("rules"));
        QCOMPARE(issue.recordId, QStringLiteral("a-not-c"));
        QVERIFY(issue.toString().startsWith(QStringLiteral("rules/a-not-c: impossible-option: ")));
    }

    void requiresSomethingNotOffered()
    {
        // d is offered only on the GT but needs b, which only the EV has.
        Builder b = base();
        b.c.options[b.c.options.size() - 1].models = {QStringLiteral("gt")}; // d
        b.c.options[b.c.options.size() - 3].models = {QStringLiteral("ev")}; // b
        const Catalog c = b.needs(QStringLiteral("d-b"), QStringLiteral("d"), {QStringLiteral("b")}).build();
        const QList<Problem> p = of(CatalogConsistency::check(c), Kind::ImpossibleOption);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().ruleId, QStringLiteral("d-b"));
        QVERIFY(p.first().text.contains(QStringLiteral("is not offered on gt-core")));
        // Needed only on some trims: a warning naming them, the catalog still imports.
        const Catalog partly = base()
                                   .needs(QStringLiteral("a-b"), QStringLiteral("a"), {QStringLiteral("b")})
                                   .onlyWith(QStringLiteral("b-plus"), QStringLiteral("b"), {QStringLiteral("gt-plus")})
                                   .build();
        const QList<Problem> all = CatalogConsistency::check(partly);
        const QList<Problem> w = of(all, Kind::UnavailableOnTrims);
        QCOMPARE(w.size(), 1);
        QVERIFY(!w.first().error);
        QCOMPARE(w.first().trims, (QStringList{QStringLiteral("gt-core"), QStringLiteral("ev-core")}));
        QVERIFY(!CatalogConsistency::hasErrors(all));
    }

    void requiresCycleWithExclusion()
    {
        const Catalog c = base()
                              .needs(QStringLiteral("a-b"), QStringLiteral("a"), {QStringLiteral("b")})
                              .needs(QStringLiteral("b-c"), QStringLiteral("b"), {QStringLiteral("c")})
                              .needs(QStringLiteral("c-a"), QStringLiteral("c"), {QStringLiteral("a")})
                              .excludes(QStringLiteral("b-not-c"), QStringLiteral("b"), {QStringLiteral("c")})
                              .build();
        const QList<Problem> all = CatalogConsistency::check(c);
        const QList<Problem> p = of(all, Kind::RequiresCycleConflict);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().ruleId, QStringLiteral("b-not-c"));
        QCOMPARE(p.first().options, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(p.first().text.contains(QStringLiteral("none of them can ever be chosen")));
        QVERIFY(of(all, Kind::ImpossibleOption).isEmpty()); // reported once, as the cycle
        // A cycle without an exclusion is fine: the options always come together.
        const Catalog fine = base()
                                 .needs(QStringLiteral("a-b"), QStringLiteral("a"), {QStringLiteral("b")})
                                 .needs(QStringLiteral("b-a"), QStringLiteral("b"), {QStringLiteral("a")})
                                 .build();
        QVERIFY(CatalogConsistency::check(fine).isEmpty());
    }

    void packageWithExclusiveContents()
    {
        const Catalog c = base()
                              .option(QStringLiteral("pkg"), OptionKind::Package, 1000,
                                      {QStringLiteral("a"), QStringLiteral("b")})
                              .excludes(QStringLiteral("a-not-b"), QStringLiteral("a"), {QStringLiteral("b")})
                              .build();
        const QList<Problem> p = of(CatalogConsistency::check(c), Kind::PackageConflict);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().recordId, QStringLiteral("pkg"));
        QCOMPARE(p.first().list, QStringLiteral("options"));
        QCOMPARE(p.first().ruleId, QStringLiteral("a-not-b"));
        QCOMPARE(p.first().options, (QStringList{QStringLiteral("pkg"), QStringLiteral("a"), QStringLiteral("b")}));
        // Two wheels in one package: the implicit one-of group.
        const Catalog wheels = base()
                                   .option(QStringLiteral("pkg"), OptionKind::Package, 1000,
                                           {QStringLiteral("w19"), QStringLiteral("w20")})
                                   .build();
        const QList<Problem> q = of(CatalogConsistency::check(wheels), Kind::PackageConflict);
        QCOMPARE(q.size(), 1);
        QCOMPARE(q.first().ruleId, QStringLiteral("wheel"));
        // A package inside itself.
        const Catalog nested = base()
                                   .option(QStringLiteral("p1"), OptionKind::Package, 1000, {QStringLiteral("p2")})
                                   .option(QStringLiteral("p2"), OptionKind::Package, 1000, {QStringLiteral("p1")})
                                   .build();
        QCOMPARE(of(CatalogConsistency::check(nested), Kind::PackageCycle).size(), 2);
    }

    void trimStandardAndDefaults()
    {
        // Standard equipment that excludes itself.
        Builder b = base().excludes(QStringLiteral("lane-not-a"), QStringLiteral("lane"), {QStringLiteral("a")});
        b.c.trims[1].standard << QStringLiteral("a");
        QList<Problem> p = of(CatalogConsistency::check(b.build()), Kind::TrimStandardConflict);
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().recordId, QStringLiteral("gt-plus"));
        QCOMPARE(p.first().ruleId, QStringLiteral("lane-not-a"));
        // A default wheel the standard equipment excludes.
        Builder d = base().excludes(QStringLiteral("lane-not-19"), QStringLiteral("lane"), {QStringLiteral("w19")});
        p = of(CatalogConsistency::check(d.build()), Kind::TrimDefaultInvalid);
        QCOMPARE(p.size(), 3);
        QVERIFY(p.first().text.contains(QStringLiteral("default wheel")));
        QVERIFY(p.first().text.contains(QStringLiteral("lane-not-19")));
        // Defaults that exclude each other, and a default of the wrong kind.
        Builder e = base().excludes(QStringLiteral("blue-not-leather"), QStringLiteral("blue"), {QStringLiteral("leather")});
        e.c.trims[0].defaultPaint = QStringLiteral("blue");
        e.c.trims[0].defaultInterior = QStringLiteral("leather");
        e.c.trims[2].defaultWheel = QStringLiteral("blue");
        p = of(CatalogConsistency::check(e.build()), Kind::TrimDefaultInvalid);
        QCOMPARE(p.size(), 2);
        QCOMPARE(p.at(0).recordId, QStringLiteral("gt-core"));
        QCOMPARE(p.at(0).ruleId, QStringLiteral("blue-not-leather"));
        QCOMPARE(p.at(1).recordId, QStringLiteral("ev-core"));
        QVERIFY(p.at(1).text.contains(QStringLiteral("is a paint, not a wheel")));
    }

    void requiredGroupWithNothingPossible()
    {
        const Catalog c = base()
                              .oneOf(QStringLiteral("bars"), {QStringLiteral("c"), QStringLiteral("d")}, true)
                              .onlyWith(QStringLiteral("c-ev"), QStringLiteral("c"), {}, {QStringLiteral("ev")})
                              .onlyWith(QStringLiteral("d-ev"), QStringLiteral("d"), {}, {QStringLiteral("ev")})
                              .build();
        const QList<Problem> p = of(CatalogConsistency::check(c), Kind::EmptyRequiredGroup);
        QCOMPARE(p.size(), 2);
        QCOMPARE(p.first().recordId, QStringLiteral("bars"));
        QCOMPARE(p.first().trims, QStringList{QStringLiteral("gt-core")});
    }

    void optionNoTrimOffers()
    {
        const Catalog c =
            base().onlyWith(QStringLiteral("a-nowhere"), QStringLiteral("a"), {QStringLiteral("no-such-trim")}).build();
        const QList<Problem> p = of(CatalogConsistency::check(c), Kind::NeverOffered);
        QCOMPARE(p.size(), 1);
        QVERIFY(!p.first().error);
        QCOMPARE(p.first().recordId, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogConsistency)
#include "tst_catalogconsistency.moc"
