// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV/TSV reader ends on any bytes, moves forward on every record, and
// gives fields that are views of the text or of its own buffer, never beyond them.

#include "dealerfuzzing.h"
#include "feed/csvreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data) + (size ? 1 : 0), qsizetype(size ? size - 1 : 0));
    CsvReader reader(bytes, DealerFuzzing::delimiter(data, size));
    CsvReader::Record r;
    int lastLine = 0;
    qsizetype records = 0, fieldBytes = 0;
    while (reader.next(&r)) {
        if (r.line <= lastLine || r.fields.isEmpty() || ++records > bytes.size())
            __builtin_trap(); // every record starts on a later line, and each costs at least a byte
        lastLine = r.line;
        for (const QByteArrayView f : std::as_const(r.fields)) {
            fieldBytes += f.size();
            volatile char sink = 0;
            for (const char c : f)
                sink = char(sink ^ c); // ASan sees any read beyond the text or the buffer
        }
    }
    if (fieldBytes > bytes.size())
        __builtin_trap(); // undoing quotes only ever shortens
    return 0;
}
