// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/money.h"

#include <QLocale>
#include <QTest>

/// Prices as a person reads them in their language, in the studio market's currency.
class TestMoney : public QObject
{
    Q_OBJECT

    static QString format(qint64 minor, const char *currency, const char *locale)
    {
        return Money{minor, QString::fromLatin1(currency)}.format(QLocale(QString::fromLatin1(locale)));
    }

private slots:
    // A symbol of letters stands apart from the digits, as CLDR's currency spacing has it; QLocale
    // alone wrote "kr951,500" in English and "kr560,800" in Arabic.
    void lettersApartFromDigits()
    {
        QCOMPARE(format(95150000, "NOK", "en_GB"), QStringLiteral("kr\u00a0951,500"));
        QCOMPARE(format(1635357, "NOK", "en_GB"), QStringLiteral("kr\u00a016,353.57"));
        QCOMPARE(format(-3000000, "NOK", "en_GB"), QStringLiteral("(kr\u00a030,000)"));
        QCOMPARE(format(120000, "AED", "en_US"), QStringLiteral("AED\u00a01,200"));
        // Already apart where the language puts the symbol after the number.
        QCOMPARE(format(95150000, "NOK", "de_DE"), QStringLiteral("951.500\u00a0kr"));
        QCOMPARE(format(95150000, "NOK", "fr_FR"), QStringLiteral("951\u202f500\u00a0kr"));
        // In Arabic too, whatever marks the locale puts around the number.
        const QString arabic = format(95150000, "NOK", "ar_AE");
        const qsizetype at = arabic.indexOf(QLatin1String("kr"));
        QVERIFY2(at >= 0 && at + 2 < arabic.size() && !arabic.at(at + 2).isDigit(), qPrintable(arabic));
        QVERIFY2((at == 0 || !arabic.at(at - 1).isDigit()), qPrintable(arabic));
    }

    // A sign stays against its number.
    void signsStayClose()
    {
        QCOMPARE(format(95150000, "USD", "en_US"), QStringLiteral("$951,500"));
        QCOMPARE(format(95150000, "CNY", "zh_CN"), QStringLiteral("¥951,500"));
        QCOMPARE(format(95150000, "EUR", "de_DE"), QStringLiteral("951.500\u00a0€"));
        QCOMPARE(format(95150050, "EUR", "en_IE"), QStringLiteral("€951,500.50"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
