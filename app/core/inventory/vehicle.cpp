// SPDX-License-Identifier: GPL-3.0-or-later
#include "vehicle.h"

#include "common/decimalamount.h"

#include <algorithm>

QString Vehicle::conditionName(Condition c)
{
    switch (c) {
    case Condition::New:
        return QStringLiteral("new");
    case Condition::Cpo:
        return QStringLiteral("cpo");
    case Condition::Used:
        return QStringLiteral("used");
    }
    return {};
}

QString Vehicle::statusName(Status s)
{
    switch (s) {
    case Status::Available:
        return QStringLiteral("available");
    case Status::Reserved:
        return QStringLiteral("reserved");
    case Status::InTransit:
        return QStringLiteral("in-transit");
    }
    return {};
}

std::optional<Mileage::Unit> Mileage::unitNamed(QStringView name)
{
    static const char *const km[] = {"km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"};
    static const char *const mi[] = {"mi", "mile", "miles"};
    name = name.trimmed();
    const auto any = [name](const auto &names) {
        return std::any_of(std::begin(names), std::end(names),
                           [name](const char *n) { return name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0; });
    };
    if (any(km))
        return Unit::Km;
    if (any(mi))
        return Unit::Mi;
    return std::nullopt;
}

Mileage::Reading Mileage::read(QStringView text)
{
    Reading r;
    text = text.trimmed();
    // The number is everything up to the first letter; the rest must name a unit.
    qsizetype letters = 0;
    while (letters < text.size() && !text.at(letters).isLetter())
        ++letters;
    const QStringView unit = text.sliced(letters).trimmed();
    if (!unit.isEmpty()) {
        const auto named = unitNamed(unit);
        if (!named) {
            r.problem = QStringLiteral("\"%1\" is not a unit of distance; expected km or miles").arg(unit.toString());
            return r;
        }
        r.mileage.unit = *named;
        r.unitGiven = true;
    }
    const DecimalAmount::Result number = DecimalAmount::read(text.first(letters), 0);
    if (!number.ok) {
        r.problem = number.problem;
        return r;
    }
    if (number.scaled > kMax) {
        r.problem = QStringLiteral("is more than %1").arg(kMax);
        return r;
    }
    r.mileage.value = number.scaled;
    r.ok = true;
    return r;
}
