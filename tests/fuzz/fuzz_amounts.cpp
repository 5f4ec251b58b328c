// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: an amount, a price or a mileage either reads one way, within its limits, or is
// refused with a reason; what reads comes back the same when written plainly and read again.

#include "common/decimalamount.h"
#include "common/money.h"
#include "inventory/vehicle.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const int decimals = size ? data[0] % 5 : 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + (size ? 1 : 0), qsizetype(size ? size - 1 : 0));
    const DecimalAmount::Result r = DecimalAmount::read(text, decimals);
    if (r.ok != r.problem.isEmpty() || (!r.ok && r.scaled != 0) || r.scaled < 0)
        __builtin_trap();
    if (r.ok) {
        qint64 unit = 1;
        for (int d = 0; d < decimals; ++d)
            unit *= 10;
        if (r.scaled / unit > DecimalAmount::kMaxWhole)
            __builtin_trap();
        // Written without separators, the same amount reads the same.
        QString plain = QString::number(r.scaled / unit);
        if (decimals > 0)
            plain += QLatin1Char('.') + QString::number(r.scaled % unit).rightJustified(decimals, QLatin1Char('0'));
        const DecimalAmount::Result again = DecimalAmount::read(plain, decimals);
        if (decimals != 3 && (!again.ok || again.scaled != r.scaled))
            __builtin_trap();
    }
    Money m;
    QString problem;
    if (Money::parse(text, &m, &problem) ? (m.currency.size() != 3 || m.minor < 0) : problem.isEmpty())
        __builtin_trap();
    const Mileage::Reading mileage = Mileage::read(text);
    if (mileage.ok ? (mileage.mileage.value < 0 || mileage.mileage.value > Mileage::kMax) : mileage.problem.isEmpty())
        __builtin_trap();
    return 0;
}
