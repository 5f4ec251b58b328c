// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzipinflater.h"

#include <zlib.h>

bool GzipInflater::isGzip(QByteArrayView bytes)
{
    return bytes.size() >= 3 && uchar(bytes[0]) == 0x1f && uchar(bytes[1]) == 0x8b && bytes[2] == 8;
}

GzipInflater::Result GzipInflater::inflate(QByteArrayView gzip, qsizetype maxBytes)
{
    Result result;
    if (!isGzip(gzip)) {
        result.problem = QStringLiteral("the data is not gzip");
        return result;
    }
    z_stream z{};
    // 16 + MAX_WBITS: a gzip header and trailer around the deflate data, CRC checked.
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
        result.problem = QStringLiteral("the data could not be unpacked");
        return result;
    }
    QByteArray out;
    out.reserve(qMin<qsizetype>(maxBytes, qMax<qsizetype>(gzip.size() * 4, 1 << 16)));
    char buffer[1 << 16];
    qsizetype offset = 0;
    int status = Z_OK;
    while (offset < gzip.size()) {
        const qsizetype chunk = qMin<qsizetype>(gzip.size() - offset, 1 << 30);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gzip.data() + offset));
        z.avail_in = uInt(chunk);
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof(buffer);
            status = ::inflate(&z, Z_NO_FLUSH);
            if (status == Z_BUF_ERROR && z.avail_in == 0) {
                status = Z_OK; // all of this chunk is in and nothing more is pending: read on
                break;
            }
            if (status != Z_OK && status != Z_STREAM_END) {
                inflateEnd(&z);
                result.problem = status == Z_MEM_ERROR ? QStringLiteral("there was not enough memory to unpack it")
                                                       : QStringLiteral("the gzip data is damaged or cut off");
                return result;
            }
            const qsizetype produced = qsizetype(sizeof(buffer) - z.avail_out);
            if (out.size() + produced > maxBytes) {
                inflateEnd(&z);
                result.problem = QStringLiteral("it unpacks to more than %1 MB, the most this source may bring")
                                     .arg(maxBytes / (1024 * 1024));
                return result;
            }
            out.append(buffer, produced);
        } while (z.avail_out == 0 && status != Z_STREAM_END);
        const qsizetype consumed = chunk - qsizetype(z.avail_in);
        offset += consumed;
        if (status == Z_STREAM_END) {
            // Another member may follow ("cat a.gz b.gz"); anything else after the end is junk.
            if (offset < gzip.size() && !isGzip(gzip.sliced(offset))) {
                inflateEnd(&z);
                result.problem = QStringLiteral("there is data after the end of the gzip stream");
                return result;
            }
            inflateReset(&z);
        } else if (consumed == 0) {
            break;
        }
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END) {
        result.problem = QStringLiteral("the gzip data is cut off");
        return result;
    }
    result.ok = true;
    result.bytes = std::move(out);
    return result;
}
