// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing/pricebreakdown.h"

#include <QRandomGenerator>
#include <QTest>

/// Complete prices: taxes by powertrain, a tax only above a threshold, fees, and lines that
/// always add up to the listed price.
class TestPriceBreakdown : public QObject
{
    Q_OBJECT

    static Market norway()
    {
        Market m;
        m.id = QStringLiteral("no");
        m.currency = QStringLiteral("NOK");
        m.taxes << Tax{QStringLiteral("vat"), LocalizedText(QStringLiteral("VAT")), 25, {QStringLiteral("petrol")}, std::nullopt}
                << Tax{QStringLiteral("vat-ev"),
                       LocalizedText(QStringLiteral("VAT above 500,000")),
                       25,
                       {QStringLiteral("bev")},
                       50000000};
        m.fees << Fee{QStringLiteral("delivery"), LocalizedText(QStringLiteral("Delivery")), 1490000};
        return m;
    }

private slots:
    void forwardByHand()
    {
        // An EV at NOK 600,000 net: VAT only on the 100,000 above the threshold.
        const auto ev = PriceBreakdown::fromNet(60000000, norway(), QStringLiteral("bev"));
        QCOMPARE(ev.lines.size(), 3);
        QCOMPARE(ev.taxesMinor(), 2500000);
        QCOMPARE(ev.total.minor, 60000000 + 2500000 + 1490000);
        // A petrol car pays it all.
        const auto petrol = PriceBreakdown::fromNet(60000000, norway(), QStringLiteral("petrol"));
        QCOMPARE(petrol.taxesMinor(), 15000000);
        QCOMPARE(petrol.total.currency, QStringLiteral("NOK"));
        // Below the threshold an EV pays no VAT.
        QCOMPARE(PriceBreakdown::fromNet(40000000, norway(), QStringLiteral("bev")).taxesMinor(), 0);
    }

    void thresholdWrittenAsAPrice()
    {
        // The threshold in a tax's name is written as every price around it is: it stood
        // "500.000 NOK" in German beside prices in "kr".
        Market m = norway();
        m.taxes[1].name = LocalizedText(QStringLiteral("VAT on the part above {above}"));
        m.taxes[1].name.set(QStringLiteral("de"), QStringLiteral("MwSt. auf den Anteil über {above}"));
        m.taxes[1].name.set(QStringLiteral("ar"), QStringLiteral("ضريبة على ما يزيد عن {above}"));
        const auto ev = PriceBreakdown::fromNet(60000000, m, QStringLiteral("bev"));
        const PriceBreakdown::Line &vat = ev.lines.at(1);
        QCOMPARE(vat.kind, PriceBreakdown::Line::Kind::Tax);
        const QLocale german(QStringLiteral("de_DE")), english(QStringLiteral("en_GB")), arabic(QStringLiteral("ar_AE"));
        const auto threshold = [&](const QLocale &locale) { return Money{50000000, m.currency}.format(locale); };
        QCOMPARE(vat.nameIn(QStringLiteral("de"), m.currency, german),
                 QStringLiteral("MwSt. auf den Anteil über ") + threshold(german));
        QVERIFY(vat.nameIn(QStringLiteral("de"), m.currency, german).endsWith(QStringLiteral("500.000\u00a0kr")));
        QCOMPARE(vat.nameIn(QStringLiteral("en"), m.currency, english),
                 QStringLiteral("VAT on the part above ") + threshold(english));
        // In Arabic the amount is one piece inside the sentence.
        const QString inArabic = vat.nameIn(QStringLiteral("ar"), m.currency, arabic);
        QVERIFY2(inArabic.contains(QChar(0x2068) + threshold(arabic) + QChar(0x2069)), qPrintable(inArabic));
        QVERIFY(!inArabic.contains(QLatin1String("{above}")));
        // A name without the mark, and a line without a threshold, are their names.
        QCOMPARE(PriceBreakdown::fromNet(60000000, norway(), QStringLiteral("bev"))
                     .lines.at(1)
                     .nameIn(QStringLiteral("en"), m.currency, english),
                 QStringLiteral("VAT above 500,000"));
        QCOMPARE(PriceBreakdown::fromNet(60000000, m, QStringLiteral("petrol"))
                     .lines.at(1)
                     .nameIn(QStringLiteral("de"), m.currency, german),
                 QStringLiteral("VAT"));
    }

    void backwardAddsUpExactly()
    {
        QRandomGenerator rng(99);
        for (int i = 0; i < 2000; ++i) {
            const Money gross{qint64(rng.bounded(2000000, 200000000)), QStringLiteral("NOK")};
            const QString powertrain = rng.bounded(2) ? QStringLiteral("bev") : QStringLiteral("petrol");
            const auto b = PriceBreakdown::fromGross(gross, norway(), powertrain);
            qint64 sum = 0;
            for (const auto &line : b.lines)
                sum += line.amountMinor;
            QCOMPARE(sum, gross.minor);
            QCOMPARE(b.total, gross);
            QVERIFY(b.netMinor() > 0);
            // The taxes shown are the taxes on the net shown (within the cent it absorbed).
            const auto forward = PriceBreakdown::fromNet(b.netMinor(), norway(), powertrain);
            QVERIFY(qAbs(forward.total.minor - gross.minor) <= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestPriceBreakdown)
#include "tst_pricebreakdown.moc"
