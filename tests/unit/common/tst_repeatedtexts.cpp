// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/repeatedtexts.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

/// RepeatedTexts finds exactly the texts a hash table of them would find twice or more.
class TestRepeatedTexts : public QObject
{
    Q_OBJECT

    static QList<QList<qsizetype>> groupsOf(const QStringList &texts)
    {
        RepeatedTexts r;
        r.reserve(texts.size());
        for (const QString &t : texts)
            r.add(t);
        return r.groups();
    }

private slots:
    void nothingRepeatedIsNoGroup()
    {
        QVERIFY(groupsOf({}).isEmpty());
        QVERIFY(groupsOf({QStringLiteral("a")}).isEmpty());
        QVERIFY(groupsOf({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("A"), QStringLiteral("a ")}).isEmpty());
    }

    void eachRepeatedTextIsAGroupInTheOrderAdded()
    {
        const QStringList texts{QStringLiteral("sk-2"), QStringLiteral("sk-1"), QStringLiteral("sk-3"), QStringLiteral("sk-1"),
                                QStringLiteral(""),     QStringLiteral("sk-2"), QStringLiteral("sk-1"), QStringLiteral("")};
        const QList<QList<qsizetype>> expected{{0, 5}, {1, 3, 6}, {4, 7}};
        QCOMPARE(groupsOf(texts), expected);
    }

    void textsBeyondLatinAndLongOnesAreToldApart()
    {
        const QString longer(300, QLatin1Char('x'));
        const QStringList texts{QStringLiteral("Škoda"),   QStringLiteral("Skoda"), longer,
                                longer + QLatin1Char('y'), QStringLiteral("Škoda"), longer,
                                QStringLiteral("👍"),       QStringLiteral("👍")};
        const QList<QList<qsizetype>> expected{{0, 4}, {2, 5}, {6, 7}};
        QCOMPARE(groupsOf(texts), expected);
    }

    /// A text on every other row of a thousand (a feed whose ids all came out empty, say): one
    /// group, in the order added, the texts between them on their own.
    void oneTextRepeatedManyTimesIsOneGroupInOrder()
    {
        QStringList texts;
        QList<qsizetype> expected;
        for (int i = 0; i < 1000; ++i) {
            expected.append(texts.size());
            texts << QStringLiteral("same");
            texts << QString::number(i);
        }
        QCOMPARE(groupsOf(texts), QList<QList<qsizetype>>{expected});
    }

    /// Twenty thousand ids, some repeated up to four times, against a QHash of the same.
    void matchesAHashTableOnManyTexts()
    {
        QRandomGenerator rng(7);
        QStringList texts;
        for (int i = 0; i < 20000; ++i)
            texts << QStringLiteral("meta-nordic-sk-%1").arg(rng.bounded(16000), 7, 10, QLatin1Char('0'));
        QHash<QString, QList<qsizetype>> places;
        for (qsizetype i = 0; i < texts.size(); ++i)
            places[texts.at(i)].append(i);
        QList<QList<qsizetype>> expected;
        for (const QList<qsizetype> &p : std::as_const(places)) {
            if (p.size() > 1)
                expected.append(p);
        }
        std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) { return a.first() < b.first(); });
        QVERIFY(expected.size() > 1000);
        QCOMPARE(groupsOf(texts), expected);
    }
};

QTEST_GUILESS_MAIN(TestRepeatedTexts)
#include "tst_repeatedtexts.moc"
