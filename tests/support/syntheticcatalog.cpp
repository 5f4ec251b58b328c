// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticcatalog.h"

#include "catalog/catalogconsistency.h"

#include <QRandomGenerator>
#include <QSet>

namespace {

struct Builder {
    SyntheticCatalog::Shape shape;
    QRandomGenerator rng;
    Catalog c;
    QList<int> equipment;    ///< indices into c.options
    QList<int> unrestricted; ///< equipment offered on every model
    QSet<int> grouped;       ///< equipment already in a one-of group
    int serial = 0;

    qint64 price(int lo, int hi) { return qint64(rng.bounded(lo, hi)) * 100; }

    QHash<QString, qint64> prices(int lo, int hi)
    {
        const qint64 eur = price(lo, hi);
        return {{QStringLiteral("eu"), eur}, {QStringLiteral("us"), eur * 11 / 10}};
    }

    QStringList someModels()
    {
        QStringList out;
        for (const CarModel &m : std::as_const(c.models)) {
            if (rng.bounded(2))
                out << m.id;
        }
        if (out.isEmpty() || out.size() == c.models.size())
            out = {c.models.at(rng.bounded(int(c.models.size()))).id};
        return out;
    }

    void addOption(OptionKind kind, const QString &id, qint64 lo, qint64 hi, bool restrict)
    {
        CatalogOption o;
        o.id = id;
        o.kind = kind;
        o.category = kind == OptionKind::Package ? QStringLiteral("packages") : QStringLiteral("comfort");
        o.name = LocalizedText(id);
        o.pricesMinor = prices(int(lo), int(hi));
        if (restrict)
            o.models = someModels();
        if (kind == OptionKind::Wheel) {
            o.inches = 18 + int(c.options.size() % 5);
            o.design = QStringLiteral("aero");
        }
        if (kind == OptionKind::Paint || kind == OptionKind::Interior)
            o.hex = QStringLiteral("#%1").arg(rng.bounded(0x1000000), 6, 16, QLatin1Char('0')).toUpper();
        c.options.append(o);
    }

    QString ruleId() { return QStringLiteral("r-%1").arg(serial++, 4, 10, QLatin1Char('0')); }

    const CatalogOption &at(int i) const { return c.options.at(i); }

    int indexOf(const QString &id) const
    {
        for (int i = 0; i < c.options.size(); ++i) {
            if (c.options.at(i).id == id)
                return i;
        }
        return -1;
    }

    /// One candidate rule, shaped so that most are consistent already.
    CatalogRule candidate()
    {
        CatalogRule r;
        r.id = ruleId();
        const int pick = rng.bounded(100);
        const int e = equipment.at(rng.bounded(int(equipment.size())));
        if (pick < 40) {
            // Requires point to an earlier unrestricted option: chains, never cycles.
            r.type = RuleType::Requires;
            r.option = at(e).id;
            if (rng.bounded(25) == 0) {
                r.targets = {QStringLiteral("wheel-%1").arg(1 + rng.bounded(4), 2, 10, QLatin1Char('0'))};
            } else {
                QList<int> earlier;
                for (int u : std::as_const(unrestricted)) {
                    if (u < e)
                        earlier << u;
                }
                if (earlier.isEmpty())
                    return candidate();
                r.targets = {at(earlier.at(rng.bounded(int(earlier.size())))).id};
            }
        } else if (pick < 65) {
            r.type = RuleType::Excludes;
            r.option = at(e).id;
            const int other = equipment.at(rng.bounded(int(equipment.size())));
            if (other == e)
                return candidate();
            r.targets = {at(other).id};
        } else if (pick < 85) {
            r.type = RuleType::OnlyWith;
            r.option = at(e).id;
            const QStringList models = at(e).models;
            for (const Trim &t : std::as_const(c.trims)) {
                if ((models.isEmpty() || models.contains(t.model)) && rng.bounded(3) != 0)
                    r.trims << t.id;
            }
            if (r.trims.isEmpty())
                return candidate();
        } else {
            r.type = RuleType::OneOf;
            r.group = QStringLiteral("group-%1").arg(serial);
            r.required = rng.bounded(4) == 0;
            const int size = 2 + rng.bounded(3);
            for (int k = 0; k < 20 && r.options.size() < size; ++k) {
                const int m = unrestricted.at(rng.bounded(int(unrestricted.size())));
                if (!grouped.contains(m) && !r.options.contains(at(m).id))
                    r.options << at(m).id;
            }
            if (r.options.size() < 2)
                return candidate();
            for (const QString &id : std::as_const(r.options))
                grouped.insert(indexOf(id));
        }
        return r;
    }

    /// Drops every rule a problem names (or that names a problem's options) until none is left.
    bool clean()
    {
        for (int round = 0; round < 40; ++round) {
            c.index();
            const QList<CatalogConsistency::Problem> problems = CatalogConsistency::check(c);
            if (problems.isEmpty())
                return true;
            QSet<QString> drop;
            for (const auto &p : problems) {
                bool named = false;
                for (const CatalogRule &r : std::as_const(c.rules)) {
                    if (r.id == p.ruleId) {
                        drop.insert(r.id);
                        named = true;
                    }
                }
                if (named)
                    continue;
                for (const CatalogRule &r : std::as_const(c.rules)) {
                    const QStringList mentioned = QStringList{r.option} + r.targets + r.options;
                    for (const QString &o : p.options) {
                        if (mentioned.contains(o))
                            drop.insert(r.id);
                    }
                }
            }
            if (drop.isEmpty())
                return false;
            QList<CatalogRule> kept;
            for (const CatalogRule &r : std::as_const(c.rules)) {
                if (!drop.contains(r.id))
                    kept << r;
            }
            c.rules = kept;
            grouped.clear();
            for (const CatalogRule &r : std::as_const(c.rules)) {
                for (const QString &id : r.options)
                    grouped.insert(indexOf(id));
            }
        }
        return false;
    }
};

} // namespace

Catalog SyntheticCatalog::generate(const Shape &shape)
{
    Builder b{shape, QRandomGenerator(shape.seed), {}, {}, {}, {}, 0};
    Catalog &c = b.c;
    Market eu;
    eu.id = QStringLiteral("eu");
    eu.name = LocalizedText(QStringLiteral("Europe"));
    eu.currency = QStringLiteral("EUR");
    eu.taxes << Tax{QStringLiteral("vat"), LocalizedText(QStringLiteral("VAT")), 20, {}, std::nullopt};
    eu.fees << Fee{QStringLiteral("delivery"), LocalizedText(QStringLiteral("Delivery")), 99000};
    eu.finance.disclosure = FinanceTerms::Disclosure::EuAprc;
    eu.finance.nominalRatePercent = 4.9;
    eu.finance.termsMonths = {36, 48};
    eu.finance.defaultTermMonths = 36;
    eu.finance.minDepositPercent = 10;
    eu.finance.defaultDepositPercent = 20;
    eu.finance.maxBalloonPercent = 40;
    Market us;
    us.id = QStringLiteral("us");
    us.name = LocalizedText(QStringLiteral("United States"));
    us.currency = QStringLiteral("USD");
    us.finance.disclosure = FinanceTerms::Disclosure::UsApr;
    us.finance.nominalRatePercent = 6.9;
    us.finance.termsMonths = {36, 60};
    us.finance.defaultTermMonths = 36;
    us.finance.defaultDepositPercent = 10;
    us.finance.maxBalloonPercent = 30;
    c.markets << eu << us;
    c.bodies << BodyStyle{QStringLiteral("suv"), LocalizedText(QStringLiteral("SUV"))};
    c.lines << ModelLine{QStringLiteral("line"), LocalizedText(QStringLiteral("Line")), {}};
    for (int m = 0; m < shape.models; ++m) {
        CarModel model;
        model.id = QStringLiteral("m%1").arg(m);
        model.line = QStringLiteral("line");
        model.name = LocalizedText(QStringLiteral("Model %1").arg(m));
        model.body = QStringLiteral("suv");
        model.powertrain = m % 2 ? QStringLiteral("petrol") : QStringLiteral("bev");
        model.year = 2026;
        c.models << model;
    }

    const int paints = 12, wheels = 8, interiors = 6;
    const int packages = std::max(4, shape.options / 20);
    const int equipmentCount = std::max(10, shape.options - paints - wheels - interiors - packages);
    for (int i = 0; i < paints; ++i)
        b.addOption(OptionKind::Paint, QStringLiteral("paint-%1").arg(i, 2, 10, QLatin1Char('0')), i ? 500 : 0, i ? 3000 : 1,
                    i >= 10);
    for (int i = 0; i < wheels; ++i)
        b.addOption(OptionKind::Wheel, QStringLiteral("wheel-%1").arg(i, 2, 10, QLatin1Char('0')), i ? 500 : 0, i ? 4000 : 1,
                    i == 7);
    for (int i = 0; i < interiors; ++i)
        b.addOption(OptionKind::Interior, QStringLiteral("interior-%1").arg(i, 2, 10, QLatin1Char('0')), i ? 500 : 0,
                    i ? 3000 : 1, false);
    for (int i = 0; i < equipmentCount; ++i) {
        const bool restrict = b.rng.bounded(5) == 0;
        b.addOption(OptionKind::Equipment, QStringLiteral("eq-%1").arg(i, 3, 10, QLatin1Char('0')), 100, 3000, restrict);
        b.equipment << int(c.options.size() - 1);
        if (!restrict)
            b.unrestricted << int(c.options.size() - 1);
    }
    for (int i = 0; i < packages; ++i) {
        b.addOption(OptionKind::Package, QStringLiteral("pkg-%1").arg(i, 3, 10, QLatin1Char('0')), 800, 6000,
                    b.rng.bounded(6) == 0);
        CatalogOption &p = c.options.last();
        const int size = 2 + b.rng.bounded(3);
        while (p.contents.size() < size) {
            const QString id = c.options.at(b.unrestricted.at(b.rng.bounded(int(b.unrestricted.size())))).id;
            if (!p.contents.contains(id))
                p.contents << id;
        }
    }
    for (const CarModel &m : std::as_const(c.models)) {
        for (int k = 0; k < shape.trimsPerModel; ++k) {
            Trim t;
            t.id = QStringLiteral("%1-t%2").arg(m.id).arg(k);
            t.model = m.id;
            t.name = LocalizedText(QStringLiteral("Trim %1").arg(k));
            t.pricesMinor = b.prices(30000 + 8000 * k, 40000 + 8000 * k);
            const int standard = b.rng.bounded(5);
            for (int s = 0; s < standard; ++s) {
                const QString id = c.options.at(b.unrestricted.at(b.rng.bounded(int(b.unrestricted.size())))).id;
                if (!t.standard.contains(id))
                    t.standard << id;
            }
            t.defaultPaint = QStringLiteral("paint-%1").arg(k, 2, 10, QLatin1Char('0'));
            t.defaultWheel = QStringLiteral("wheel-%1").arg(k, 2, 10, QLatin1Char('0'));
            t.defaultInterior = QStringLiteral("interior-%1").arg(k, 2, 10, QLatin1Char('0'));
            c.trims << t;
        }
    }
    c.index();

    // Candidates, then whatever CatalogConsistency objects to goes, until exactly the wanted
    // number of rules remains and nothing contradicts.
    for (int round = 0; round < 60; ++round) {
        while (c.rules.size() < shape.rules)
            c.rules << b.candidate();
        b.clean();
        if (c.rules.size() == shape.rules)
            break;
        if (c.rules.size() > shape.rules)
            c.rules.resize(shape.rules);
    }
    c.index();
    return c;
}
