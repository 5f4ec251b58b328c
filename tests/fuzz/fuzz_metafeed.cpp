// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes read as a Meta automotive catalog give cars storage can keep and
// issues that say why, or a clear refusal; never a crash, a hang or undefined behaviour.

#include "dealerfuzzing.h"
#include "feed/metafeedreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data) + (size ? 1 : 0), qsizetype(size ? size - 1 : 0));
    // Read in one and in two parts on two threads, which must agree.
    DealerFuzzing::checkFeed(DealerFuzzing::readInOneAndInTwo(
        bytes, DealerFuzzing::delimiter(data, size),
        [](const QByteArray &b, char delimiter, DealerFeedBuilder &builder, qsizetype twoPartsFrom) {
            return MetaFeedReader::read(b, delimiter, builder, twoPartsFrom);
        }));
    FeedFormat::recognise(bytes);
    return 0;
}
