// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealerfixture.h"
#include "feed/dealerrows.h"
#include "feed/googlefeedreader.h"
#include "feed/metafeedreader.h"
#include "inventory/vehiclerecord.h"
#include "inventory/vin.h"
#include "syntheticdealerfeed.h"

#include <QRegularExpression>
#include <QTest>

using namespace DealerFixture;

/// A large dealer feed is read in two parts on two threads: the cars, dealers and messages, and
/// their order and lines, are those of the file read in one, whatever the file holds where it is
/// cut (a quoted line break, blank lines, a lone quote, a dealer its two halves disagree on).
class TestDealerRows : public QObject
{
    Q_OBJECT

    struct Read {
        Feed feed;
        DealerRows::How how = DealerRows::How::InOne;
    };

    enum class Format { Meta, Google };

    static Read read(const QByteArray &bytes, qsizetype twoPartsFrom, Format format = Format::Meta)
    {
        const FeedContext context = stored();
        DealerFeedBuilder builder(context,
                                  options(format == Format::Meta ? QStringLiteral("meta-nordic") : QStringLiteral("google-pdx")));
        Read out;
        const QString fatal = format == Format::Meta ? MetaFeedReader::read(bytes, 0, builder, twoPartsFrom, &out.how)
                                                     : GoogleFeedReader::read(bytes, 0, builder, twoPartsFrom, &out.how);
        if (!fatal.isEmpty())
            qWarning("%s", qPrintable(fatal));
        out.feed = builder.finish();
        return out;
    }

    /// The file read in one and, from its first row on, in two: the two parts' reading is returned
    /// once it is shown to be the same feed.
    static Read inOneAndInTwo(const QByteArray &bytes, Format format = Format::Meta)
    {
        const Read one = read(bytes, std::numeric_limits<qsizetype>::max(), format);
        Read two = read(bytes, 0, format);
        if (one.how != DealerRows::How::InOne)
            qWarning("read in one was read otherwise");
        sameFeed(two.feed, one.feed);
        return two;
    }

    static QStringList lines(const Feed &feed)
    {
        QStringList out;
        for (const RecordIssue &i : feed.issues)
            out << QStringLiteral("%1 %2").arg(i.line).arg(i.toString());
        return out;
    }

    static void sameFeed(const Feed &two, const Feed &one)
    {
        QCOMPARE(two.vehicles.size(), one.vehicles.size());
        for (qsizetype i = 0; i < one.vehicles.size(); ++i) {
            const Vehicle &a = two.vehicles.at(i), &b = one.vehicles.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(VehicleRecord::write(a), VehicleRecord::write(b));
            QCOMPARE(a.added, b.added);
            QCOMPARE(a.updated, b.updated);
        }
        QCOMPARE(lines(two), lines(one));
        QStringList studiosTwo, studiosOne;
        for (const Studio &s : two.studios)
            studiosTwo << s.id;
        for (const Studio &s : one.studios)
            studiosOne << s.id;
        QCOMPARE(studiosTwo, studiosOne);
        QCOMPARE(two.documentOrder, one.documentOrder);
        QVERIFY(two.documents == one.documents);
    }

    /// The rows of a synthetic Meta feed of `rows` cars, and its header, apart.
    static QList<QByteArray> metaRows(qsizetype rows, QByteArray *header)
    {
        QList<QByteArray> out = SyntheticDealerFeed::metaCsv(rows, 11).split('\n');
        *header = out.takeFirst() + '\n';
        while (!out.isEmpty() && out.last().isEmpty())
            out.removeLast();
        for (QByteArray &row : out)
            row += '\n'; // each keeps its CRLF
        return out;
    }

    /// `row` with its cell `column` set to `text`: one of the first ten, which hold no quotes.
    static QByteArray withCell(const QByteArray &row, int column, const QByteArray &text)
    {
        QList<QByteArray> cells = row.split(',');
        cells[column] = text;
        return cells.join(',');
    }

    /// `row` with what `pattern` matches replaced by `text` (a price, a dealer, a position).
    static QByteArray replaced(const QByteArray &row, const char *pattern, const char *text)
    {
        return QString::fromUtf8(row).replace(QRegularExpression(QLatin1String(pattern)), QLatin1String(text)).toUtf8();
    }

    /// `row` naming dealer `code` with the position `latitude`.
    static QByteArray atDealer(const QByteArray &row, const char *code, const char *latitude)
    {
        return replaced(replaced(row, ",D\\d{3},", code), "(\\}\",)[0-9.]+,", latitude);
    }

private slots:
    void aSmallFeedIsReadInOne()
    {
        QByteArray header;
        const QList<QByteArray> rows = metaRows(50, &header);
        const Read r = read(header + rows.join(), DealerRows::kTwoPartsFrom);
        QCOMPARE(r.how, DealerRows::How::InOne);
        QCOMPARE(r.feed.vehicles.size(), 50);
    }

    /// Both halves name the same dealers; an id and a VIN are listed in both; each half has rows
    /// that are refused and dealers that are warned about; quoted cells hold line breaks before the
    /// cut, so the second part's lines are not its rows'.
    void aLargeFeedReadInTwoIsTheFeedReadInOne()
    {
        QByteArray header;
        QList<QByteArray> rows = metaRows(3000, &header);
        for (int i = 0; i < 1500; i += 7) // "…, 12000 km, one owner, …" over three lines
            rows[i].replace(" km, one owner, ", " km,\r\none owner,\n");
        rows[2400] = rows[200];                                                    // an id and its VIN, once in each half
        rows[2600] = withCell(rows[2600], 1, rows[300].split(',').at(1));          // a VIN in each half
        rows[2700] = replaced(rows[2700], ",(\\d+ )?\\d+ NOK,", ",12.34.56 NOK,"); // a price no rule reads
        rows[100] = atDealer(rows[100], ",D901,", "\\1north,");                    // a dealer with no position, in both halves
        rows[2800] = atDealer(rows[2800], ",D901,", "\\1north,");
        rows[2900] = atDealer(rows[2900], ",D902,", "\\1south,"); // and one in the second half alone
        rows[2950] = atDealer(rows[2950], ",D902,", "\\1south,");
        const Read two = inOneAndInTwo(header + rows.join());
        QCOMPARE(two.how, DealerRows::How::InTwo);
        // What the halves had to agree on is in the feed, once.
        QVERIFY2(two.feed.vehicles.size() < 3000 - 4, qPrintable(QString::number(two.feed.vehicles.size())));
        const QStringList messages = lines(two.feed);
        QCOMPARE(messages.filter(QStringLiteral("every copy is left out")).size(), 2);
        QCOMPARE(messages.filter(QStringLiteral("none is shown until")).size(), 2);
        QCOMPARE(messages.filter(QStringLiteral("\"north,")).size(), 1);
        QCOMPARE(messages.filter(QStringLiteral("\"south,")).size(), 1);
        QVERIFY(has(two.feed, QStringLiteral("12.34.56")));
        // Rows after the cut keep their lines: row 2700 starts after the header and the lines
        // of the rows before it.
        int line = 2;
        for (int i = 0; i < 2700; ++i)
            line += int(rows.at(i).count('\n'));
        QVERIFY(line > 2700 + 1 + 200);
        QCOMPARE(messages.filter(QStringLiteral("12.34.56")).size(), 1);
        QVERIFY2(messages.filter(QStringLiteral("12.34.56")).first().startsWith(QString::number(line) + QLatin1Char(' ')),
                 qPrintable(messages.filter(QStringLiteral("12.34.56")).first()));
    }

    /// The second part's cars are made in the room the first part's builder left after its own:
    /// a last row without a line break (one more row than the part's line breaks) still has a
    /// place there, and every car is the one read in one.
    void aLastRowWithoutALineBreak()
    {
        QByteArray header;
        const QList<QByteArray> rows = metaRows(2000, &header);
        QByteArray csv = header + rows.join();
        csv.chop(2); // the last CRLF
        const Read two = inOneAndInTwo(csv);
        QCOMPARE(two.how, DealerRows::How::InTwo);
        QCOMPARE(two.feed.vehicles.size(), 2000);
        QCOMPARE(two.feed.vehicles.last().id,
                 DealerFeedBuilder::stableId(QStringLiteral("meta-nordic-"), QString::fromUtf8(rows.last().split(',').first())));
    }

    /// Blank lines where the file is cut, and LF or CR line ends.
    void blankLinesAndOtherLineEndsAtTheCut()
    {
        QByteArray header;
        QList<QByteArray> rows = metaRows(2000, &header);
        for (QByteArray &row : rows)
            row.replace("\r\n", "\r\n\r\n\n");
        const QByteArray crlf = header + rows.join();
        QCOMPARE(inOneAndInTwo(crlf).how, DealerRows::How::InTwo);
        QByteArray lf = crlf;
        lf.replace("\r\n", "\n");
        QCOMPARE(inOneAndInTwo(lf).how, DealerRows::How::InTwo);
        QByteArray cr = lf;
        cr.replace('\n', '\r');
        QCOMPARE(inOneAndInTwo(cr).how, DealerRows::How::InTwo);
    }

    /// A lone quote in an unquoted cell (5" in a trim) turns the count of quotes the cut goes by:
    /// the cut falls inside a quoted cell, and the first part, reading on past it, reads the
    /// second part again.
    void aLoneQuoteThatMisleadsTheCutReadsTheSecondPartAgain()
    {
        QByteArray header;
        QList<QByteArray> rows = metaRows(2000, &header);
        rows[10] = withCell(rows[10], 4, "Sport 5\" wheels");
        for (int i = 900; i < rows.size(); ++i)
            rows[i].replace(" km, one owner, ", " km,\none owner, ");
        const Read two = inOneAndInTwo(header + rows.join());
        QCOMPARE(two.how, DealerRows::How::InTwoAgain);
        QCOMPARE(two.feed.vehicles.size(), 2000);
    }

    /// A dealer's first row in the second half places it in another country than its first row
    /// in the first: read in one, the second half's rows are checked against the first place, so
    /// the second part is read again.
    void aDealerTheHalvesDisagreeOnIsReadAgain()
    {
        QByteArray header;
        QList<QByteArray> rows = metaRows(2000, &header);
        // The cut is near row 1,000 (the rows are about as long): D007 is Norwegian on its rows
        // before 900, Swedish from there on.
        int swedish = 0;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).contains(",D007,") && i >= 900) {
                rows[i].replace("country: 'NO'", "country: 'SE'");
                ++swedish;
            }
        }
        QVERIFY(swedish > 10);
        const Read two = inOneAndInTwo(header + rows.join());
        QCOMPARE(two.how, DealerRows::How::InTwoAgain);
        QCOMPARE(two.feed.vehicles.size(), 2000); // the Swedish address changes nothing: D007 is in Norway
    }

    void aLargeGoogleFeedReadInTwoIsTheFeedReadInOne()
    {
        QByteArray csv = "vin,store_code,dealership_name,dealership_address,price,condition,make,model,year,mileage,"
                         "image_link\r\n";
        static const char *kAlphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
        for (int i = 0; i < 3000; ++i) {
            const int car = i % 2500; // the last 500 rows list the first 500 cars' VINs again
            QString vin = QStringLiteral("1FA");
            for (int c = 0; c < 14; ++c)
                vin += QLatin1Char(kAlphabet[(car * 7 + c * 13) % 33]);
            vin.replace(11, 6, QStringLiteral("%1").arg(car, 6, 10, QLatin1Char('0')));
            vin[8] = Vin::checkDigit(vin);
            csv += QStringLiteral("%1,PDX%2,Ford of Portland %2,\"1800 Amphibious Blvd., Portland, OR 97204, US\","
                                  "\"%3,499.00 USD\",%4,Ford,Fusion,2017,%5 miles,https://cdn.example/%6.jpg\r\n")
                       .arg(vin)
                       .arg(i % 5)
                       .arg(10 + i % 30)
                       .arg(i % 4 ? QStringLiteral("used") : QStringLiteral("new"))
                       .arg(i % 13 ? QString::number(1000 + i) : QString())
                       .arg(i)
                       .toUtf8();
        }
        const Read two = inOneAndInTwo(csv, Format::Google);
        QCOMPARE(two.how, DealerRows::How::InTwo);
        QVERIFY2(two.feed.vehicles.size() > 1000 && two.feed.vehicles.size() < 2000,
                 qPrintable(QString::number(two.feed.vehicles.size())));
    }
};

QTEST_GUILESS_MAIN(TestDealerRows)
#include "tst_dealerrows.moc"
