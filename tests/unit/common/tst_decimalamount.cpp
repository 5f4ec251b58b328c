// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/decimalamount.h"
#include "common/money.h"

#include <QTest>

/// The amount rules of data/README.md: every way of writing an amount either reads one way
/// only or is refused with its reason — never read as another number.
class TestDecimalAmount : public QObject
{
    Q_OBJECT
private slots:
    void reads_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<qint64>("scaled");
        QTest::newRow("plain") << "10499" << 2 << qint64(1049900);
        QTest::newRow("comma thousands, dot decimals") << "10,499.00" << 2 << qint64(1049900);
        QTest::newRow("dot thousands, comma decimals") << "10.499,00" << 2 << qint64(1049900);
        QTest::newRow("lone comma before three digits separates thousands") << "10,499" << 2 << qint64(1049900);
        QTest::newRow("lone dot before three digits separates thousands") << "10.499" << 2 << qint64(1049900);
        QTest::newRow("dot decimal") << "10499.5" << 2 << qint64(1049950);
        QTest::newRow("comma decimal") << "10499,50" << 2 << qint64(1049950);
        QTest::newRow("several commas") << "1,234,567" << 2 << qint64(123456700);
        QTest::newRow("several dots") << "1.234.567" << 0 << qint64(1234567);
        QTest::newRow("spaces") << "1 234 567" << 0 << qint64(1234567);
        QTest::newRow("no-break spaces") << "1\u00A0234\u00A0567,89" << 2 << qint64(123456789);
        QTest::newRow("narrow no-break space") << "24\u202F000" << 0 << qint64(24000);
        QTest::newRow("space thousands, dot decimals") << "1 234.5" << 2 << qint64(123450);
        QTest::newRow("surrounding spaces") << "  18000 " << 2 << qint64(1800000);
        QTest::newRow("zero") << "0" << 0 << qint64(0);
        QTest::newRow("zero cents") << "0.05" << 2 << qint64(5);
        QTest::newRow("leading zeros") << "007" << 0 << qint64(7);
        QTest::newRow("mileage with comma") << "24,000" << 0 << qint64(24000);
        QTest::newRow("mileage with dot") << "121.000" << 0 << qint64(121000);
        QTest::newRow("largest") << "999,999,999,999.99" << 2 << qint64(99999999999999);
    }
    void reads()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(qint64, scaled);
        const DecimalAmount::Result r = DecimalAmount::read(text, decimals);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.scaled, scaled);
        QVERIFY(r.problem.isEmpty());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "" << 2 << "is empty";
        QTest::newRow("negative") << "-5" << 2 << "is negative";
        QTest::newRow("letters") << "12k" << 2 << "holds 'k'";
        QTest::newRow("apostrophe") << "1'000" << 0 << "holds '''";
        QTest::newRow("currency symbol") << "$100" << 2 << "holds '$'";
        QTest::newRow("too many decimals") << "10.4999" << 2 << "has 4 decimals; at most 2";
        QTest::newRow("decimals in a whole number") << "1.5" << 0 << "is not a whole number";
        QTest::newRow("ambiguous when three decimals are allowed") << "10,499" << 3 << "could be a decimal or";
        QTest::newRow("bad grouping") << "1,23,456" << 2 << "group of 2 digits";
        QTest::newRow("first group too long") << "1234,567" << 2 << "starts with one to three digits";
        QTest::newRow("grouped zero is a decimal someone meant") << "0,123" << 2 << "not 0";
        QTest::newRow("decimal mark twice") << "1,234.567.89" << 2 << "appear once";
        QTest::newRow("all three marks") << "1 234,567.89" << 2 << "mixes spaces";
        QTest::newRow("space then two marks") << "1 234,5,6" << 2 << "must be the decimal mark";
        QTest::newRow("comma before a space") << "1,234 567" << 0 << "must be the decimal mark";
        QTest::newRow("leading mark") << ".5" << 2 << "starts with a mark";
        QTest::newRow("trailing mark") << "10." << 2 << "ends with a mark";
        QTest::newRow("two marks in a row") << "1,,000" << 2 << "two marks in a row";
        QTest::newRow("too large") << "9999999999999" << 0 << "too large";
        QTest::newRow("too large after decimals") << "1234567890123.5" << 2 << "too large";
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(QString, reason);
        const DecimalAmount::Result r = DecimalAmount::read(text, decimals);
        QVERIFY2(!r.ok, qPrintable(QString::number(r.scaled)));
        QVERIFY2(r.problem.contains(reason), qPrintable(r.problem));
        QCOMPARE(r.scaled, 0);
    }

    void moneyAsDealerFeedsWriteIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::newRow("meta") << "18000 USD" << qint64(1800000) << "USD";
        QTest::newRow("google plain") << "10499 USD" << qint64(1049900) << "USD";
        QTest::newRow("google grouped") << "10,499.00 USD" << qint64(1049900) << "USD";
        QTest::newRow("european") << "10.499,50 EUR" << qint64(1049950) << "EUR";
        QTest::newRow("code first") << "NOK 649 000" << qint64(64900000) << "NOK";
        QTest::newRow("lower-case code") << "5000 aed" << qint64(500000) << "AED";
    }
    void moneyAsDealerFeedsWriteIt()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        Money m;
        QString problem;
        QVERIFY2(Money::parse(text, &m, &problem), qPrintable(problem));
        QCOMPARE(m, (Money{minor, currency}));
    }

    void moneyRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no currency") << "18000"
                                     << "not an amount with a currency";
        QTest::newRow("symbol") << "$18,000"
                                << "by a symbol";
        QTest::newRow("euro symbol") << "18.000 €"
                                     << "by a symbol";
        QTest::newRow("unreadable amount") << "18,00,0 USD"
                                           << "group of";
        QTest::newRow("three decimals") << "10.4999 USD"
                                        << "at most 2";
    }
    void moneyRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        Money m{7, QStringLiteral("XXX")};
        QString problem;
        QVERIFY(!Money::parse(text, &m, &problem));
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        QCOMPARE(m, (Money{7, QStringLiteral("XXX")})); // untouched
    }
};

QTEST_GUILESS_MAIN(TestDecimalAmount)
#include "tst_decimalamount.moc"
