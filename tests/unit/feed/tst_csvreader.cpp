// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/csvreader.h"

#include <QTest>

/// RFC 4180 as dealers' exports write it: BOM, CRLF, quoted delimiters, line breaks and quotes.
class TestCsvReader : public QObject
{
    Q_OBJECT

    static QList<QStringList> all(const QByteArray &text, char delimiter = 0, QStringList *problems = nullptr,
                                  QList<int> *lines = nullptr)
    {
        CsvReader reader(text, delimiter);
        return rest(reader, problems, lines);
    }

    /// The records `reader` has left.
    static QList<QStringList> rest(CsvReader &reader, QStringList *problems = nullptr, QList<int> *lines = nullptr)
    {
        CsvReader::Record r;
        QList<QStringList> rows;
        while (reader.next(&r)) {
            QStringList fields;
            for (const QByteArrayView f : std::as_const(r.fields))
                fields << QString::fromUtf8(f);
            rows << fields;
            if (problems)
                *problems << r.problem;
            if (lines)
                *lines << r.line;
        }
        return rows;
    }

private slots:
    void plainRows()
    {
        const auto rows = all("a,b,c\n1,2,3\n");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1), (QStringList{"1", "2", "3"}));
    }

    void byteOrderMarkAndCrlf()
    {
        const auto rows = all("\xEF\xBB\xBFvin,make\r\n1M8GDM9AXKP042788,Volvo\r\n");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).at(0), QStringLiteral("vin")); // no BOM glued to the first name
        QCOMPARE(rows.at(1), (QStringList{"1M8GDM9AXKP042788", "Volvo"}));
    }

    void quotedFieldsWithDelimitersBreaksAndQuotes()
    {
        QList<int> lines;
        QStringList problems;
        const auto rows = all("id,description,price\r\n"
                              "1,\"Blue, with \"\"sport\"\" seats\r\nand a tow bar\",\"18,000 USD\"\r\n"
                              "2,plain,1 USD\r\n",
                              0, &problems, &lines);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(1), QStringLiteral("Blue, with \"sport\" seats\r\nand a tow bar"));
        QCOMPARE(rows.at(1).at(2), QStringLiteral("18,000 USD"));
        QCOMPARE(rows.at(2), (QStringList{"2", "plain", "1 USD"}));
        // The record after a field with a line break starts on the line a person sees in an editor.
        QCOMPARE(lines, (QList<int>{1, 2, 4}));
        QCOMPARE(problems, (QStringList{QString(), QString(), QString()}));
    }

    void emptyFieldsAndTrailingDelimiter()
    {
        const auto rows = all("a,b,c\n,,\nx,,\n1,2,");
        QCOMPARE(rows.at(1), (QStringList{"", "", ""}));
        QCOMPARE(rows.at(2), (QStringList{"x", "", ""}));
        QCOMPARE(rows.at(3), (QStringList{"1", "2", ""}));
        QCOMPARE(all("a,\"\"\n").at(0), (QStringList{"a", ""}));
    }

    void blankLinesAreSkippedAndLoneCarriageReturnsEndLines()
    {
        QList<int> lines;
        const auto rows = all("a\r\rb\n\n\nc", 0, nullptr, &lines);
        QCOMPARE(rows, (QList<QStringList>{{"a"}, {"b"}, {"c"}}));
        QCOMPARE(lines, (QList<int>{1, 3, 6}));
    }

    void tabsAndDetection_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("expected");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3") << ',';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3") << '\t';
        QTest::newRow("tab beats commas inside names") << QByteArray("price, USD\tvin\n1\t2") << '\t';
        QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\"\td\n") << '\t';
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3") << ';';
        QTest::newRow("one column") << QByteArray("vin\n1") << ',';
        QTest::newRow("after a bom") << QByteArray("\xEF\xBB\xBF"
                                                   "a\tb")
                                     << '\t';
    }
    void tabsAndDetection()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, expected);
        QCOMPARE(CsvReader::detectDelimiter(text), expected);
        QCOMPARE(CsvReader(text).delimiter(), expected);
    }

    void givenDelimiterWins()
    {
        const auto rows = all("a,b\tc\n", '\t');
        QCOMPARE(rows.at(0), (QStringList{"a,b", "c"}));
    }

    void tsvQuotesLikeCsv()
    {
        const auto rows = all("id\tnote\n7\t\"two\tcells? no: one\"\n");
        QCOMPARE(rows.at(1), (QStringList{"7", "two\tcells? no: one"}));
    }

    void brokenQuotingIsReportedNotGuessed()
    {
        QStringList problems;
        auto rows = all("a,b\n\"x\"y,z\n1,2\n", 0, &problems);
        QCOMPARE(rows.size(), 3);
        QVERIFY2(problems.at(1).contains(QLatin1String("after its closing quote")), qPrintable(problems.at(1)));
        QCOMPARE(rows.at(2), (QStringList{"1", "2"})); // the next record reads on
        problems.clear();
        rows = all("a,b\n1,\"never closed\n2,3\n", 0, &problems);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(problems.at(1).contains(QLatin1String("starts on line 2 never closes")), qPrintable(problems.at(1)));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("never closed\n2,3\n"));
    }

    void quoteInsideAnUnquotedFieldIsKept()
    {
        QStringList problems;
        const auto rows = all("size\n19\" wheels\n", 0, &problems);
        QCOMPARE(rows.at(1).at(0), QStringLiteral("19\" wheels"));
        QVERIFY(problems.at(1).isEmpty());
    }

    void unicodeSurvives()
    {
        const auto rows = all("name\n\"Gletscherweiß, 峡湾蓝\"\n");
        QCOMPARE(rows.at(1).at(0), QStringLiteral("Gletscherweiß, 峡湾蓝"));
    }

    /// Read up to a record's start, then from there by a second reader told the line: the same
    /// records on the same lines as one reader, blank lines before the cut left to the second.
    void readInTwoPartsAtARecordsStart()
    {
        const QByteArray text = "\xEF\xBB\xBF"
                                "a,b\r\n\"1\n2\",x\r\n\r\n\n3,\"y\r\nz\"\r4,w\n\n5,v\n";
        QList<int> lines;
        const QList<QStringList> whole = all(text, ',', nullptr, &lines);
        QCOMPARE(whole.size(), 5);
        QCOMPARE(lines, (QList<int>{1, 2, 6, 8, 10}));
        const qsizetype cut = QByteArrayView(text).sliced(3).indexOf("\n3,") + 1; // after the BOM, as positions count
        for (const qsizetype until : {cut - 3, cut}) {                            // on the blank lines before "3,", and on "3,"
            CsvReader first(text, ',');
            CsvReader::Record r;
            int read = 0;
            while (first.next(&r, until))
                ++read;
            QCOMPARE(read, 2);
            QCOMPARE(first.position(), until);
            QCOMPARE(first.line(), 1 + CsvReader::lineBreaks(first.text().first(until)));
            CsvReader second(text, ',');
            second.resumeAt(until, first.line());
            QList<int> secondLines;
            QCOMPARE(rest(second, nullptr, &secondLines), whole.mid(2));
            QCOMPARE(secondLines, lines.mid(2));
        }
    }

    /// Unquoted fields of every length up to twenty, their ends at every place in an eight-byte
    /// word, among bytes that differ from a delimiter or a line end by one bit or by the high bit
    /// (0x8A, 0x8D, 0xAC, 0x2D, 0x0B, 0x00): the same records as splitting the lines by hand.
    void unquotedFieldsEndExactlyWhereTheirDelimiterIs()
    {
        const QByteArray bytes("ab\x8A\x8D\xAC\x2D\x0B\x00\x0C\x2C\x09\xFF\x80 ", 15);
        for (const char delimiter : {',', '\t', ';'}) {
            QByteArray text;
            QList<QStringList> expected;
            quint32 seed = 7;
            const auto next = [&seed](quint32 below) {
                seed = seed * 1103515245u + 12345u;
                return (seed >> 16) % below;
            };
            for (int row = 0; row < 400; ++row) {
                QStringList fields;
                QList<QByteArray> raw;
                const int count = 1 + int(next(6));
                for (int f = 0; f < count; ++f) {
                    QByteArray field;
                    for (quint32 i = 0, length = next(21); i < length; ++i) {
                        char c = bytes.at(int(next(quint32(bytes.size()))));
                        if (c == delimiter || c == '\n' || c == '\r')
                            c = 'x';
                        field += c;
                    }
                    if (f == 0 && field.isEmpty())
                        field = "y"; // a blank line is skipped, not a record
                    raw << field;
                    fields << QString::fromUtf8(field);
                }
                text += raw.join(delimiter) + (row % 3 == 0 ? "\r\n" : row % 3 == 1 ? "\n" : "\r");
                expected << fields;
            }
            QCOMPARE(all(text, delimiter), expected);
        }
    }

    void emptyText()
    {
        QVERIFY(all("").isEmpty());
        QVERIFY(all("\r\n\n").isEmpty());
        QVERIFY(all("\xEF\xBB\xBF").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
