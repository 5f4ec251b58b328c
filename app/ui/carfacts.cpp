#include "carfacts.h"

#include "common/money.h"

#include <QHash>

QVariantList CarFacts::specs(const ModelSpecs &s, const QLocale &locale)
{
    QVariantList out;
    const auto spec = [&](const QString &label, const QString &value) {
        out << QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}};
    };
    spec(tr("Power"), tr("%1 kW (%2 hp)").arg(s.powerKw).arg(qRound(s.powerKw * 1.35962)));
    spec(tr("0–100 km/h"), tr("%1 s").arg(locale.toString(s.accel0to100, 'f', 1)));
    spec(tr("Top speed"), tr("%1 km/h").arg(s.topSpeedKmh));
    if (s.rangeKm)
        spec(tr("Range (WLTP)"), tr("%1 km").arg(*s.rangeKm));
    if (!s.consumption.isEmpty())
        spec(tr("Consumption"), s.consumption);
    spec(tr("Seats"), QString::number(s.seats));
    if (s.bootLitres > 0)
        spec(tr("Boot"), tr("%1 l").arg(s.bootLitres));
    return out;
}

QVariantList CarFacts::equipment(const Catalog &c, const QStringList &present, const QString &language)
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
    QVariantList groups;
    for (const QString &category : order) {
        QStringList items;
        for (const CatalogOption &o : c.options) {
            if (o.category == category && present.contains(o.id))
                items << o.name.text(language);
        }
        if (!items.isEmpty())
            groups << QVariantMap{{QStringLiteral("category"), categoryNames.value(category)}, {QStringLiteral("items"), items}};
    }
    return groups;
}

QVariantList CarFacts::breakdown(const PriceBreakdown &breakdown, const QString &currency, const QString &language,
                                 const QLocale &locale)
{
    QVariantList lines;
    for (const auto &line : breakdown.lines) {
        QString label = line.kind == PriceBreakdown::Line::Kind::Vehicle ? tr("Vehicle, before taxes") : line.name.text(language);
        if (line.kind == PriceBreakdown::Line::Kind::Tax)
            label = tr("%1 (%2 %)").arg(label, locale.toString(line.percent));
        lines << QVariantMap{{QStringLiteral("label"), label},
                             {QStringLiteral("amount"), Money{line.amountMinor, currency}.format(locale)}};
    }
    return lines;
}
