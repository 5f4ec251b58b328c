// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes given to the feed parser must give a feed or a clear refusal,
// never a crash, a hang or undefined behaviour.

#include "feed/feedparser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const FeedParser::Result result = FeedParser::parse(bytes);
    if (!result.feed && result.fatal.isEmpty())
        __builtin_trap(); // a refusal must always say why
    if (result.feed) {
        for (const RecordIssue &issue : result.feed->issues) {
            if (issue.problem.isEmpty())
                __builtin_trap(); // every left-out record has a reason
        }
    }
    return 0;
}
