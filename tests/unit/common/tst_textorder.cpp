// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/textorder.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

/// TextOrder sorts exactly as QString's operator< does, whatever the texts share.
class TestTextOrder : public QObject
{
    Q_OBJECT

    static QStringList sortedByTextOrder(const QStringList &texts)
    {
        std::vector<uint32_t> order(size_t(texts.size()));
        std::iota(order.begin(), order.end(), 0u);
        TextOrder::sort(order, texts);
        QStringList out;
        for (uint32_t i : order)
            out << texts.at(i);
        return out;
    }

private slots:
    void sortsAsQStringDoes_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::newRow("empty") << QStringList{};
        QTest::newRow("one") << QStringList{QStringLiteral("a")};
        QTest::newRow("prefixes first") << QStringList{QStringLiteral("abc"),  QStringLiteral("ab"), QString(),
                                                       QStringLiteral("abcd"), QStringLiteral("a"),  QStringLiteral("b")};
        // Many texts, with long shared prefixes, of every length, with duplicates, and with units
        // above the surrogates and surrogate pairs (code units order them, not code points).
        const QStringList alphabet{QStringLiteral("a"),          QStringLiteral("B"),     QStringLiteral("-"),
                                   QStringLiteral("0"),          QStringLiteral("é"),     QStringLiteral("\uFF21"),
                                   QStringLiteral("\U0001F697"), QStringLiteral("\u0000")};
        for (int prefixes : {1, 3, 40}) {
            QRandomGenerator rng{quint32(prefixes)};
            QStringList texts;
            for (int i = 0; i < 5000; ++i) {
                QString t = QStringLiteral("meta-nordic-sk-%1").arg(rng.bounded(prefixes)).left(rng.bounded(25));
                const int tail = rng.bounded(12);
                for (int c = 0; c < tail; ++c)
                    t += alphabet.at(rng.bounded(int(alphabet.size())));
                texts << t;
                if (rng.bounded(20) == 0)
                    texts << t; // a duplicate
            }
            QTest::addRow("random, %d prefixes", prefixes) << texts;
            // In order already, or in runs in order (merged rather than sorted), or in one run too many.
            QStringList sorted = texts;
            std::sort(sorted.begin(), sorted.end());
            QTest::addRow("in order, %d prefixes", prefixes) << sorted;
            for (int runs : {2, 8, 9}) {
                QStringList inRuns;
                for (int r = 0; r < runs; ++r) {
                    QStringList run = texts.mid(r * texts.size() / runs, texts.size() / runs);
                    std::sort(run.begin(), run.end());
                    inRuns << run;
                }
                QTest::addRow("%d runs in order, %d prefixes", runs, prefixes) << inRuns;
            }
        }
    }
    void sortsAsQStringDoes()
    {
        QFETCH(QStringList, texts);
        QStringList expected = texts;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(sortedByTextOrder(texts), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextOrder)
#include "tst_textorder.moc"
