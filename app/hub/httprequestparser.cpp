// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequestparser.h"

namespace {

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isFieldByte(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

bool isTargetByte(unsigned char c)
{
    return c > 0x20 && c < 0x7f;
}

using Result = HttpRequestParser::Result;

Result failed(int status)
{
    Result r;
    r.state = HttpRequestParser::State::Failed;
    r.status = status;
    return r;
}

// Whether what has come of the request line so far can still become one.
bool plausibleStart(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && isTchar(line.at(i)))
        ++i;
    if (i > 16)
        return false; // no method of ours is that long
    if (i == line.size())
        return true;
    if (i == 0 || line.at(i) != ' ')
        return false;
    for (qsizetype j = i + 1; j < line.size(); ++j) {
        const unsigned char c = line.at(j);
        if (c != ' ' && c != '\r' && !isTargetByte(c))
            return false;
    }
    return line.size() <= i + 1 || line.at(i + 1) == '/' || line.at(i + 1) == '*';
}

} // namespace

HttpRequestParser::Result HttpRequestParser::parseHead(const QByteArray &buffer, const HttpLimits &limits, HttpRequest *request)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    const qsizetype firstLineEnd = buffer.indexOf('\n');
    const QByteArray firstLine = buffer.left(firstLineEnd < 0 ? buffer.size() : firstLineEnd);
    if (!plausibleStart(firstLine))
        return failed(400);
    if (end < 0) {
        if (buffer.size() > limits.maxHeaderBytes)
            return failed(431);
        // A bare LF or a byte no header may hold is refused without waiting for the rest.
        for (qsizetype i = 0; i < buffer.size(); ++i) {
            const unsigned char c = buffer.at(i);
            if (c == '\n' ? (i == 0 || buffer.at(i - 1) != '\r') : (c != '\r' && !isFieldByte(c)))
                return failed(400);
        }
        return {};
    }
    if (end + 4 > limits.maxHeaderBytes)
        return failed(431);

    const QList<QByteArray> lines = buffer.left(end + 1).split('\n'); // each line with its CR
    QByteArray requestLine = lines.first();
    if (!requestLine.endsWith('\r'))
        return failed(400);
    requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return failed(400);
    for (char c : parts.at(0)) {
        if (!isTchar(c))
            return failed(400);
    }
    for (char c : parts.at(1)) {
        if (!isTargetByte(uchar(c)))
            return failed(400);
    }
    if (!parts.at(1).startsWith('/'))
        return failed(400);
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return version.startsWith("HTTP/") ? failed(505) : failed(400);

    HttpRequest req;
    req.method = parts.at(0);
    const qsizetype q = parts.at(1).indexOf('?');
    req.path = q < 0 ? parts.at(1) : parts.at(1).left(q);
    req.query = q < 0 ? QByteArray() : parts.at(1).mid(q + 1);
    req.http10 = version == "HTTP/1.0";
    if (lines.size() - 1 > limits.maxHeaderCount)
        return failed(431);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r'))
            return failed(400);
        line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return failed(400); // also a folded line (one that starts with a space)
        const QByteArray name = line.left(colon).toLower();
        for (char c : name) {
            if (!isTchar(c))
                return failed(400); // a space before the colon, among others
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        for (char c : value) {
            if (!isFieldByte(uchar(c)))
                return failed(400);
        }
        req.headers.append({name, value});
    }

    Result r;
    if (req.hasHeader("transfer-encoding"))
        return failed(501); // bodies come with a Content-Length; chunked uploads are not needed
    int lengths = 0;
    for (const auto &h : req.headers) {
        if (h.first != "content-length")
            continue;
        if (++lengths > 1 || h.second.isEmpty() || h.second.size() > 18)
            return failed(400);
        for (char c : h.second) {
            if (c < '0' || c > '9')
                return failed(400);
        }
        r.contentLength = h.second.toLongLong();
    }
    if (!req.http10 && req.header("host").isEmpty())
        return failed(400);
    if (r.contentLength > limits.maxBodyBytes)
        return failed(413);
    const QByteArray connection = req.header("connection").toLower();
    r.keepAlive = req.http10 ? connection.contains("keep-alive") : !connection.contains("close");
    r.expectContinue = req.header("expect").toLower() == "100-continue";
    r.state = State::Complete;
    r.headBytes = end + 4;
    *request = std::move(req);
    return r;
}
