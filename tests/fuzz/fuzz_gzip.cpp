// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: gzip from outside (a feed sent with Content-Encoding gzip, a feed.csv.gz) either
// unpacks within its limit or is refused with a reason, never more than the limit; what unpacks
// packs and unpacks back to the same bytes.

#include "gzipwriter.h"
#include "sync/gzipinflater.h"

#include <cstddef>
#include <cstdint>

namespace {

QByteArray gzip(const QByteArray &data)
{
    return gzipBytes(data, 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qsizetype kLimit = 1 << 20;
    const QByteArray in(reinterpret_cast<const char *>(data), qsizetype(size));
    const GzipInflater::Result r = GzipInflater::inflate(in, kLimit);
    if (r.ok != r.problem.isEmpty() || r.bytes.size() > kLimit || (!r.ok && !r.bytes.isEmpty()))
        __builtin_trap();
    if (r.ok && !GzipInflater::isGzip(in))
        __builtin_trap();
    if (r.ok) {
        const GzipInflater::Result again = GzipInflater::inflate(gzip(r.bytes), kLimit);
        if (!again.ok || again.bytes != r.bytes)
            __builtin_trap();
    }
    return 0;
}
