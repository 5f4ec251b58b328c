// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httplimits.h"
#include "httpmessage.h"

/// Reads a request's line and headers from the bytes received so far, strictly (RFC 9112 without
/// the tolerances that let requests be smuggled): CRLF line ends, no folded or duplicate framing
/// headers, no Transfer-Encoding, a Content-Length within the limit. Rejects as early as it can,
/// so random bytes are refused on their first line rather than after the header limit.
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Failed };
    struct Result {
        State state = State::NeedMore;
        int status = 0;          ///< when Failed: 400, 413, 431, 501 or 505
        qsizetype headBytes = 0; ///< when Complete: how many bytes the head took
        qint64 contentLength = 0;
        bool keepAlive = true;
        bool expectContinue = false;
    };

    /// Looks at `buffer` (the start of a request); fills `request` when Complete.
    static Result parseHead(const QByteArray &buffer, const HttpLimits &limits, HttpRequest *request);
};
