// SPDX-License-Identifier: GPL-3.0-or-later
#include "carfacts.h"

#include "common/localnumbers.h"

#include "common/money.h"

#include <QHash>

namespace {

enum Role { FirstRole = Qt::UserRole + 1 };

} // namespace

QVariant CarFacts::Fact::value(int role) const
{
    return role == FirstRole ? QVariant(label) : role == FirstRole + 1 ? QVariant(text) : QVariant();
}

QHash<int, QByteArray> CarFacts::Fact::roleNames()
{
    return {{FirstRole, "label"}, {FirstRole + 1, "value"}};
}

QVariant CarFacts::Equipment::value(int role) const
{
    return role == FirstRole ? QVariant(category) : role == FirstRole + 1 ? QVariant(items) : QVariant();
}

QHash<int, QByteArray> CarFacts::Equipment::roleNames()
{
    return {{FirstRole, "category"}, {FirstRole + 1, "items"}};
}

QList<CarFacts::Fact> CarFacts::specs(const ModelSpecs &s, const QLocale &locale)
{
    QList<Fact> out;
    const auto spec = [&](const QString &label, const QString &value) { out << Fact{label, LocalNumbers::unitsKept(value)}; };
    spec(tr("Power"), tr("%1 kW (%2 hp)").arg(locale.toString(s.powerKw), locale.toString(qRound(s.powerKw * 1.35962))));
    spec(tr("0–100 km/h"), tr("%1 s").arg(locale.toString(s.accel0to100, 'f', 1)));
    spec(tr("Top speed"), tr("%1 km/h").arg(locale.toString(s.topSpeedKmh)));
    if (s.rangeKm)
        spec(tr("Range (WLTP)"), tr("%1 km").arg(locale.toString(*s.rangeKm)));
    if (!s.consumption.isEmpty())
        spec(tr("Consumption"), LocalNumbers::rewritten(s.consumption, locale));
    spec(tr("Seats"), locale.toString(s.seats));
    if (s.bootLitres > 0)
        spec(tr("Boot"), tr("%1 l").arg(locale.toString(s.bootLitres)));
    return out;
}

QList<CarFacts::Equipment> CarFacts::equipment(const Catalog &c, const QStringList &present, const QString &language)
{
    static const QStringList order{QStringLiteral("packages"),     QStringLiteral("performance"), QStringLiteral("assistance"),
                                   QStringLiteral("comfort"),      QStringLiteral("interior"),    QStringLiteral("exterior"),
                                   QStringLiteral("infotainment"), QStringLiteral("charging")};
    const QHash<QString, QString> categoryNames{{QStringLiteral("packages"), tr("Packages")},
                                                {QStringLiteral("performance"), tr("Performance")},
                                                {QStringLiteral("assistance"), tr("Driver assistance")},
                                                {QStringLiteral("comfort"), tr("Comfort")},
                                                {QStringLiteral("interior"), tr("Interior")},
                                                {QStringLiteral("exterior"), tr("Exterior")},
                                                {QStringLiteral("infotainment"), tr("Sound and screens")},
                                                {QStringLiteral("charging"), tr("Charging")}};
    QList<Equipment> groups;
    for (const QString &category : order) {
        QStringList items;
        for (const CatalogOption &o : c.options) {
            if (o.category == category && present.contains(o.id))
                items << o.name.text(language);
        }
        if (!items.isEmpty())
            groups << Equipment{categoryNames.value(category), items};
    }
    return groups;
}

QList<AmountListModel::Line> CarFacts::breakdown(const PriceBreakdown &breakdown, const QString &currency,
                                                 const QString &language, const QLocale &locale)
{
    QList<AmountListModel::Line> lines;
    for (const auto &line : breakdown.lines) {
        QString label = line.kind == PriceBreakdown::Line::Kind::Vehicle ? tr("Vehicle, before taxes") : line.name.text(language);
        if (line.kind == PriceBreakdown::Line::Kind::Tax)
            label = tr("%1 (%2 %)").arg(label, locale.toString(line.percent));
        lines << AmountListModel::Line{label, Money{line.amountMinor, currency}.format(locale)};
    }
    return lines;
}
