// SPDX-License-Identifier: GPL-3.0-or-later
#include "carfacts.h"

#include "common/localnumbers.h"
#include "pricing/carwords.h"

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
    for (auto &[label, value] : CarWords::specs(s, locale))
        out << Fact{std::move(label), std::move(value)};
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
                items << LocalNumbers::unitsKept(o.name.text(language)); // "22 kW" one piece
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
    for (auto &[label, amount] : CarWords::breakdown(breakdown, currency, language, locale))
        lines << AmountListModel::Line{std::move(label), std::move(amount)};
    return lines;
}
