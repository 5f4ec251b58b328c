// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the hub's request parser (app/hub) on anything a client may send. A head it
// accepts is within every limit; a refusal is one of the statuses the hub answers with; it asks
// for more bytes only while the head can still fit.

#include "httprequestparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    HttpLimits limits;
    limits.maxHeaderBytes = 2048; // small, so the fuzzer reaches the limit
    limits.maxBodyBytes = 4096;
    HttpRequest request;
    const auto r = HttpRequestParser::parseHead(bytes, limits, &request);
    switch (r.state) {
    case HttpRequestParser::State::NeedMore:
        if (bytes.size() > limits.maxHeaderBytes || bytes.contains("\r\n\r\n"))
            __builtin_trap();
        break;
    case HttpRequestParser::State::Failed:
        if (r.status != 400 && r.status != 413 && r.status != 431 && r.status != 501 && r.status != 505)
            __builtin_trap();
        break;
    case HttpRequestParser::State::Complete:
        if (r.headBytes <= 0 || r.headBytes > bytes.size() || r.headBytes > limits.maxHeaderBytes || r.contentLength < 0
            || r.contentLength > limits.maxBodyBytes || request.method.isEmpty() || !request.path.startsWith('/')
            || request.headers.size() > limits.maxHeaderCount || request.hasHeader("transfer-encoding"))
            __builtin_trap();
        for (const auto &h : request.headers) {
            if (h.first.isEmpty() || h.first != h.first.toLower() || h.second.contains('\r') || h.second.contains('\n'))
                __builtin_trap();
        }
        break;
    }
    return 0;
}
