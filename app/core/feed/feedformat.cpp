// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedformat.h"

#include "feed/csvreader.h"

#include <QSet>

namespace {

// Columns only one of the two dealer formats has, by which a header row is told apart.
const QStringList &metaColumns()
{
    static const QStringList names{QStringLiteral("vehicle_id"),       QStringLiteral("auto_listing_id"),
                                   QStringLiteral("state_of_vehicle"), QStringLiteral("mileage.value"),
                                   QStringLiteral("mileage.unit"),     QStringLiteral("dealer_id"),
                                   QStringLiteral("dealer_name"),      QStringLiteral("image[0].url"),
                                   QStringLiteral("exterior_color"),   QStringLiteral("date_first_on_lot")};
    return names;
}

const QStringList &googleColumns()
{
    static const QStringList names{
        QStringLiteral("store_code"),         QStringLiteral("certified_pre_owned"), QStringLiteral("dealership_name"),
        QStringLiteral("dealership_address"), QStringLiteral("image_link"),          QStringLiteral("additional_image_link"),
        QStringLiteral("vehicle_msrp"),       QStringLiteral("date_in_stock"),       QStringLiteral("vehicle_fulfillment")};
    return names;
}

/// Whether `bytes` are UTF-8, forgiving a sequence cut off at the end of the sample.
bool isUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        int follow = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (follow < 0 || (c == 0xC0 || c == 0xC1) || c > 0xF4)
            return false;
        ++i;
        for (; follow > 0; --follow, ++i) {
            if (i >= n)
                return true; // cut off by the sample
            if ((static_cast<unsigned char>(bytes[i]) >> 6) != 0x2)
                return false;
        }
    }
    return true;
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case '\t':
        return QStringLiteral("TSV");
    case ',':
        return QStringLiteral("CSV");
    case 0:
        return QStringLiteral("CSV or TSV");
    default:
        return QStringLiteral("CSV with '%1'").arg(QLatin1Char(delimiter));
    }
}

} // namespace

QString FeedFormat::notAFeed(const QByteArray &bytes)
{
    // Views, not copies: a dealer's feed is tens of megabytes, and this runs on each import.
    if (QByteArrayView(bytes).trimmed().isEmpty())
        return QStringLiteral("empty");
    const auto starts = [&bytes](const char *magic, qsizetype size) {
        return bytes.size() >= size && std::equal(magic, magic + size, bytes.constData());
    };
    const QByteArrayView head = QByteArrayView(bytes).first(qMin(bytes.size(), qsizetype(4096)));
    if (starts("%PDF", 4))
        return QStringLiteral("a PDF document");
    if (starts("PK\x03\x04", 4)) {
        if (head.contains("xl/"))
            return QStringLiteral("an Excel workbook (.xlsx); save it as \"CSV UTF-8\" and import that");
        if (head.contains("word/"))
            return QStringLiteral("a Word document");
        return QStringLiteral("a ZIP archive; unpack it and import the feed inside");
    }
    if (starts("\x1f\x8b", 2))
        return QStringLiteral("a gzip-compressed file; unpack it first");
    if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return QStringLiteral("an old Microsoft Office file (.xls or .doc); save it as \"CSV UTF-8\" and import that");
    if (starts("\x89PNG", 4))
        return QStringLiteral("a PNG image");
    if (starts("\xFF\xD8\xFF", 3))
        return QStringLiteral("a JPEG image");
    if (starts("GIF8", 4))
        return QStringLiteral("a GIF image");
    if (starts("RIFF", 4) && bytes.size() >= 12 && QByteArrayView(bytes).sliced(8, 4) == "WEBP")
        return QStringLiteral("a WebP image");
    if (starts("SQLite format 3", 15))
        return QStringLiteral("a SQLite database");
    if (starts("\xFF\xFE", 2) || starts("\xFE\xFF", 2))
        return QStringLiteral("UTF-16 text; save it as UTF-8");
    const QByteArrayView sample = QByteArrayView(bytes).first(qMin(bytes.size(), qsizetype(65536)));
    if (sample.contains('\0'))
        return QStringLiteral("not text (binary data)");
    if (!isUtf8(sample))
        return QStringLiteral("text that is not UTF-8 (perhaps Windows-1252 from an old spreadsheet); save it as "
                              "\"CSV UTF-8\"");
    const QByteArray lower = CsvReader::withoutBom(head).trimmed().toByteArray().toLower();
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || (lower.startsWith('<') && lower.contains("<html")))
        return QStringLiteral("an HTML page (a web page, perhaps a login or error page, instead of the feed)");
    if (lower.startsWith('<'))
        return QStringLiteral("an XML document; Vitrine reads Meta and Google feeds as CSV or TSV");
    return {};
}

FeedFormat FeedFormat::recognise(const QByteArray &bytes)
{
    FeedFormat f;
    f.what = notAFeed(bytes);
    if (!f.what.isEmpty())
        return f;
    const QByteArrayView text = QByteArrayView(CsvReader::withoutBom(bytes)).trimmed();
    if (text.startsWith('{') || text.startsWith('[')) {
        f.kind = Kind::Vitrine; // the JSON reader says what is wrong with it, if anything
        return f;
    }
    CsvReader reader(text);
    CsvReader::Record header;
    reader.next(&header);
    QSet<QString> columns;
    QStringList shown;
    for (const QByteArrayView name : std::as_const(header.fields)) {
        const QString column = QString::fromUtf8(name).trimmed().toLower();
        columns.insert(column);
        if (shown.size() < 6)
            shown << column;
    }
    const auto score = [&columns](const QStringList &names) {
        return std::count_if(names.cbegin(), names.cend(), [&columns](const QString &n) { return columns.contains(n); });
    };
    const auto meta = score(metaColumns()), google = score(googleColumns());
    f.delimiter = reader.delimiter();
    if (meta > google) {
        f.kind = Kind::Meta;
    } else if (google > meta) {
        f.kind = Kind::Google;
    } else if (meta > 0) {
        f.what = QStringLiteral("a table with columns of both a Meta catalog and Google vehicle listings; name its "
                                "format");
    } else if (header.fields.size() > 1) {
        f.what = QStringLiteral("a table (%1) whose columns (%2%3) are neither a Meta automotive catalog nor Google "
                                "vehicle listings")
                     .arg(delimiterName(f.delimiter), shown.join(QStringLiteral(", ")),
                          header.fields.size() > shown.size() ? QStringLiteral(", …") : QString());
    } else {
        f.what = QStringLiteral("text that is neither JSON nor a table with a header row");
    }
    return f;
}

QStringList FeedFormat::names()
{
    return {QStringLiteral("vitrine"), QStringLiteral("meta"),       QStringLiteral("meta-csv"),  QStringLiteral("meta-tsv"),
            QStringLiteral("google"),  QStringLiteral("google-csv"), QStringLiteral("google-tsv")};
}

std::optional<FeedFormat> FeedFormat::fromName(const QString &name, QString *problem)
{
    const QString n = name.trimmed().toLower();
    FeedFormat f;
    const QString kind = n.section(QLatin1Char('-'), 0, 0);
    const QString table = n.section(QLatin1Char('-'), 1);
    if (kind == QLatin1String("vitrine") && (table.isEmpty() || table == QLatin1String("json")))
        f.kind = Kind::Vitrine;
    else if (kind == QLatin1String("meta"))
        f.kind = Kind::Meta;
    else if (kind == QLatin1String("google"))
        f.kind = Kind::Google;
    if (f.isTable()) {
        if (table == QLatin1String("csv"))
            f.delimiter = ',';
        else if (table == QLatin1String("tsv"))
            f.delimiter = '\t';
        else if (!table.isEmpty())
            f.kind = Kind::Unknown;
    }
    if (f.kind == Kind::Unknown) {
        if (problem)
            *problem = QStringLiteral("\"%1\" is not a feed format; use one of %2").arg(name, names().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return f;
}

QString FeedFormat::name() const
{
    switch (kind) {
    case Kind::Vitrine:
        return QStringLiteral("vitrine");
    case Kind::Meta:
    case Kind::Google: {
        const QString base = kind == Kind::Meta ? QStringLiteral("meta") : QStringLiteral("google");
        return delimiter == ',' ? base + QStringLiteral("-csv") : delimiter == '\t' ? base + QStringLiteral("-tsv") : base;
    }
    case Kind::Unknown:
        break;
    }
    return {};
}

QString FeedFormat::description() const
{
    switch (kind) {
    case Kind::Vitrine:
        return QStringLiteral("a Vitrine feed (JSON)");
    case Kind::Meta:
        return QStringLiteral("a Meta automotive catalog (%1)").arg(delimiterName(delimiter));
    case Kind::Google:
        return QStringLiteral("Google vehicle listings (%1)").arg(delimiterName(delimiter));
    case Kind::Unknown:
        break;
    }
    return what;
}
