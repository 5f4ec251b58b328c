// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricebreakdown.h"

#include "common/bidi.h"

#include <cmath>

namespace {

bool applies(const Tax &tax, const QString &powertrain)
{
    return tax.powertrains.isEmpty() || tax.powertrains.contains(powertrain);
}

qint64 taxOn(qint64 net, const Tax &tax)
{
    const qint64 base = std::max<qint64>(0, net - tax.aboveMinor.value_or(0));
    return qint64(std::llround(double(base) * tax.percent / 100.0));
}

qint64 grossOf(qint64 net, const Market &market, const QString &powertrain)
{
    qint64 total = net;
    for (const Tax &tax : market.taxes) {
        if (applies(tax, powertrain))
            total += taxOn(net, tax);
    }
    for (const Fee &fee : market.fees)
        total += fee.amountMinor;
    return total;
}

} // namespace

QString PriceBreakdown::Line::nameIn(const QString &textKey, const QString &currency, const QLocale &locale) const
{
    QString text = name.text(textKey);
    if (aboveMinor)
        text.replace(QLatin1String("{above}"), Bidi::inSentence(Money{*aboveMinor, currency}.format(locale), locale));
    return text;
}

PriceBreakdown PriceBreakdown::fromNet(qint64 netMinor, const Market &market, const QString &powertrain)
{
    PriceBreakdown b;
    b.lines << Line{Line::Kind::Vehicle, QStringLiteral("vehicle"), LocalizedText(QStringLiteral("Vehicle")), netMinor, 0,
                    std::nullopt};
    for (const Tax &tax : market.taxes) {
        if (applies(tax, powertrain))
            b.lines << Line{Line::Kind::Tax, tax.id, tax.name, taxOn(netMinor, tax), tax.percent, tax.aboveMinor};
    }
    for (const Fee &fee : market.fees)
        b.lines << Line{Line::Kind::Fee, fee.id, fee.name, fee.amountMinor, 0, std::nullopt};
    b.total = Money{grossOf(netMinor, market, powertrain), market.currency};
    return b;
}

PriceBreakdown PriceBreakdown::fromGross(const Money &gross, const Market &market, const QString &powertrain)
{
    // Gross grows monotonically with net: find the largest net not above the price, then let
    // the vehicle line absorb the last cents of rounding so the lines add up exactly.
    qint64 lo = 0, hi = gross.minor;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo + 1) / 2;
        if (grossOf(mid, market, powertrain) <= gross.minor)
            lo = mid;
        else
            hi = mid - 1;
    }
    PriceBreakdown b = fromNet(lo, market, powertrain);
    const qint64 rest = gross.minor - b.total.minor;
    b.lines.first().amountMinor += rest;
    b.total = Money{gross.minor, gross.currency};
    return b;
}

qint64 PriceBreakdown::addedMinor(qint64 baseNetMinor, qint64 addedNetMinor, const Market &market, const QString &powertrain)
{
    return grossOf(baseNetMinor + addedNetMinor, market, powertrain) - grossOf(baseNetMinor, market, powertrain);
}

qint64 PriceBreakdown::netMinor() const
{
    return lines.isEmpty() ? 0 : lines.first().amountMinor;
}

qint64 PriceBreakdown::taxesMinor() const
{
    qint64 sum = 0;
    for (const Line &l : lines)
        sum += l.kind == Line::Kind::Tax ? l.amountMinor : 0;
    return sum;
}

qint64 PriceBreakdown::feesMinor() const
{
    qint64 sum = 0;
    for (const Line &l : lines)
        sum += l.kind == Line::Kind::Fee ? l.amountMinor : 0;
    return sum;
}
