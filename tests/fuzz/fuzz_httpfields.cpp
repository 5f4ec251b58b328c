// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the HTTP fields a sync acts on (dates, Retry-After, Content-Range) either read
// one way or not at all: a date read is written back and reads the same; a range is ordered.

#include "sync/httpfields.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto date = HttpFields::parseDate(text)) {
        if (!date->isValid() || date->timeSpec() != Qt::UTC)
            __builtin_trap();
        const auto again = HttpFields::parseDate(HttpFields::formatDate(*date));
        if (!again || *again != *date)
            __builtin_trap();
    }
    const QDateTime now(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    if (const auto when = HttpFields::parseRetryAfter(text, now); when && !when->isValid())
        __builtin_trap();
    if (const auto range = HttpFields::parseContentRange(text)) {
        if (range->first < 0 || range->last < range->first || (range->complete != -1 && range->complete <= range->last))
            __builtin_trap();
    }
    (void)HttpFields::isStrongEtag(text);
    return 0;
}
