// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/vin.h"

#include <QTest>

/// ISO 3779 characters and the 49 CFR 565 check digit.
class TestVin : public QObject
{
    Q_OBJECT
private slots:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("vin");
        QTest::addColumn<QString>("digit");
        // Worked examples: the 49 CFR 565 sample, and hand-computed sums.
        QTest::newRow("cfr sample") << "1M8GDM9AXKP042788"
                                    << "X";
        QTest::newRow("honda") << "1HGCM82633A004352"
                               << "3";
        QTest::newRow("all ones") << "11111111111111111"
                                  << "1";
        QTest::newRow("european") << "YV9AE2B14TA000001"
                                  << "4";
        // Every letter a VIN may hold, at weights of their own (sums worked out by hand from the
        // CFR table: A-H 1-8, J-N 1-5, P 7, R 9, S-Z 2-9).
        QTest::newRow("letters a to s") << "ABCDEFGH5JKLMNPRS"
                                        << "5";
        QTest::newRow("letters t to z") << "TUVWXYZ13ZYXWVUTS"
                                        << "3";
    }
    void checkDigit()
    {
        QFETCH(QString, vin);
        QFETCH(QString, digit);
        QCOMPARE(QString(Vin::checkDigit(vin)), digit);
        QCOMPARE(Vin::check(vin, QStringLiteral("us-or")).verdict, Vin::Verdict::Valid);
    }

    void rejectsBadCharacters_data()
    {
        QTest::addColumn<QString>("vin");
        QTest::addColumn<QString>("needle");
        QTest::newRow("letter I") << "1M8GDM9AXKI042788"
                                  << "never use";
        QTest::newRow("letter O") << "1M8GDM9AXKO042788"
                                  << "never use";
        QTest::newRow("letter Q") << "QM8GDM9AXKP042788"
                                  << "never use";
        QTest::newRow("lower case") << "1m8GDM9AXKP042788"
                                    << "only 0-9 and A-Z";
        QTest::newRow("space") << "1M8GDM9AX P042788"
                               << "only 0-9 and A-Z";
        QTest::newRow("short") << "1M8GDM9AXKP04278"
                               << "17 characters";
        QTest::newRow("long") << "1M8GDM9AXKP0427889"
                              << "17 characters";
        QTest::newRow("empty") << ""
                               << "17 characters";
    }
    void rejectsBadCharacters()
    {
        QFETCH(QString, vin);
        QFETCH(QString, needle);
        const Vin::Result r = Vin::check(vin);
        QCOMPARE(r.verdict, Vin::Verdict::Invalid);
        QVERIFY2(r.problem.contains(needle), qPrintable(r.problem));
    }

    void checkDigitEnforcedInNorthAmericaOnly()
    {
        // Same VIN with a wrong check digit (position 9).
        const QString northAmerican = QStringLiteral("1M8GDM9A1KP042788");
        QCOMPARE(Vin::check(northAmerican).verdict, Vin::Verdict::Invalid);
        QVERIFY(Vin::check(northAmerican).problem.contains(QLatin1String("expected X")));

        const QString european = QStringLiteral("YV9AE2B10TA000001");
        QCOMPARE(Vin::check(european, QStringLiteral("no")).verdict, Vin::Verdict::CheckDigitWarning);
        QVERIFY(Vin::check(european, QStringLiteral("no")).acceptable());
        // A European-built car sold in a US or Canadian market must carry a valid check digit.
        QCOMPARE(Vin::check(european, QStringLiteral("us-or")).verdict, Vin::Verdict::Invalid);
        QCOMPARE(Vin::check(european, QStringLiteral("ca-on")).verdict, Vin::Verdict::Invalid);
    }

    void everyWmiDigitRangeBoundary()
    {
        // WMIs starting 1–5 are North American; 6 (Australia) and 9 (Brazil) are not.
        for (const char first : {'1', '2', '3', '4', '5'}) {
            QString vin = QStringLiteral("1M8GDM9A1KP042788");
            vin[0] = QLatin1Char(first);
            if (Vin::checkDigit(vin) == vin.at(8))
                continue;
            QCOMPARE(Vin::check(vin).verdict, Vin::Verdict::Invalid);
        }
        for (const char first : {'6', '9', 'J', 'W', 'Y'}) {
            QString vin = QStringLiteral("1M8GDM9A1KP042788");
            vin[0] = QLatin1Char(first);
            if (Vin::checkDigit(vin) == vin.at(8))
                continue;
            QCOMPARE(Vin::check(vin).verdict, Vin::Verdict::CheckDigitWarning);
        }
    }
};

QTEST_GUILESS_MAIN(TestVin)
#include "tst_vin.moc"
