// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockcheck.h"

#include "inventory/vin.h"

QList<StockCheck::Finding> StockCheck::check(const Vehicle &v, const QString &market, const QString &currency)
{
    QList<Finding> findings;
    const Vin::Result vin = Vin::check(v.vin, market);
    if (!vin.acceptable())
        findings.append({true, QStringLiteral("vin"), vin.problem});
    else if (vin.verdict == Vin::Verdict::CheckDigitWarning)
        findings.append({false, QStringLiteral("vin"), vin.problem + QStringLiteral(" (accepted outside North America)")});
    if (!currency.isEmpty() && currency != v.price.currency)
        findings.append({true, QStringLiteral("price"),
                         QStringLiteral("is in %1 but %2 sells in %3").arg(v.price.currency, v.location, currency)});
    return findings;
}
