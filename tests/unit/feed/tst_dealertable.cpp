// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/dealertable.h"

#include <QTest>

/// A dealer feed's cells as text: a column's repeated texts are one shared copy, told apart by
/// their bytes whatever they share, and a column of different texts on every row reads the same.
class TestDealerTable : public QObject
{
    Q_OBJECT

private slots:
    void repeatedCellsAreOneCopyAndCellsThatLookAlikeAreToldApart()
    {
        // The same length and the same first and last eight bytes: only the middle differs.
        const QByteArray csv = "make,note\n"
                               "Volvo,AAAAAAAAxAAAAAAAA\n"
                               "Polestar,AAAAAAAAyAAAAAAAA\n"
                               "Volvo,AAAAAAAAxAAAAAAAA\n"
                               "  Volvo ,AAAAAAAAyAAAAAAAA\n"
                               "Škoda,\n";
        DealerTable t(csv, ',');
        QStringList makes, notes;
        QList<const QChar *> volvos;
        while (t.next()) {
            makes << t.text(QStringLiteral("make"));
            notes << t.text(QStringLiteral("note"));
            if (makes.last() == QLatin1String("Volvo"))
                volvos << makes.last().constData();
        }
        QCOMPARE(makes,
                 (QStringList{QStringLiteral("Volvo"), QStringLiteral("Polestar"), QStringLiteral("Volvo"),
                              QStringLiteral("Volvo"), QStringLiteral("Škoda")}));
        QCOMPARE(notes,
                 (QStringList{QStringLiteral("AAAAAAAAxAAAAAAAA"), QStringLiteral("AAAAAAAAyAAAAAAAA"),
                              QStringLiteral("AAAAAAAAxAAAAAAAA"), QStringLiteral("AAAAAAAAyAAAAAAAA"), QString()}));
        QCOMPARE(volvos.size(), 3);
        QVERIFY(volvos.at(0) == volvos.at(1) && volvos.at(1) == volvos.at(2)); // one copy
    }

    /// Past 64 different texts a column is read afresh on every row, and still reads right.
    void aColumnOfManyTextsReadsTheSame()
    {
        QByteArray csv = "id,colour\n";
        QStringList ids, colours;
        for (int i = 0; i < 300; ++i) {
            ids << QStringLiteral("sk-%1").arg(i);
            colours << QStringLiteral("colour %1").arg(i % 70);
            csv += ids.last().toUtf8() + ',' + colours.last().toUtf8() + '\n';
        }
        DealerTable t(csv, ',');
        QStringList readIds, readColours;
        while (t.next()) {
            readIds << t.text(0);
            readColours << t.text(1);
        }
        QCOMPARE(readIds, ids);
        QCOMPARE(readColours, colours);
    }

    /// The middle a second reader may start at ends a row by its quotes, however the quotes fall
    /// against the eight bytes counted at a time: the first line break at or past the half of the
    /// rows after the header with an even number of quotes before it, as a byte-at-a-time count
    /// finds it.
    void theMiddleEndsARowWhereverTheQuotesFall()
    {
        for (int shift = 0; shift < 24; ++shift) {
            QByteArray csv = "id,note\n";
            for (int row = 0; row < 40; ++row) {
                csv += "sk-" + QByteArray::number(row) + QByteArray(shift + row % 9, 'x') + ',';
                // A quoted note with a line break and a doubled quote, every third row.
                csv += row % 3 ? QByteArray("plain") : QByteArray("\"two\nlines, \"\"5\"\" rims\"");
                csv += '\n';
            }
            const qsizetype header = csv.indexOf('\n') + 1;
            qsizetype expected = -1;
            bool quoted = false;
            for (qsizetype at = header; at < csv.size(); ++at) {
                if (csv.at(at) == '"')
                    quoted = !quoted;
                else if (csv.at(at) == '\n' && !quoted && at >= header + (csv.size() - header) / 2) {
                    expected = at + 1;
                    break;
                }
            }
            DealerTable t(csv, ',');
            QCOMPARE(t.position(), header);
            QCOMPARE(t.middle(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestDealerTable)
#include "tst_dealertable.moc"
