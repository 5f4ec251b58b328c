// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/localtimes.h"

#include <QTest>

/// Dates and times as their reader writes them, in each of the kiosk's languages and the studios'
/// own locales: the same day in words wherever a page names it.
class TestLocalTimes : public QObject
{
    Q_OBJECT

private slots:
    void daysInTheReadersWords_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("withYear");
        QTest::addColumn<QString>("withoutYear");
        QTest::newRow("en") << "en"
                            << "Nov 29, 2026"
                            << "Nov 29";
        QTest::newRow("en_GB") << "en_GB"
                               << "29 Nov 2026"
                               << "29 Nov";
        QTest::newRow("de") << "de"
                            << "29. Nov. 2026"
                            << "29. Nov.";
        QTest::newRow("fr") << "fr"
                            << "29 nov. 2026"
                            << "29 nov.";
        QTest::newRow("nb_NO") << "nb_NO"
                               << "29. nov. 2026"
                               << "29. nov.";
        // "d MMM" wrote "29 11月": a month's short name in Chinese is "11月".
        QTest::newRow("zh_CN") << "zh_CN"
                               << "2026年11月29日"
                               << "11月29日";
        QTest::newRow("zh_TW") << "zh_TW"
                               << "2026年11月29日"
                               << "11月29日";
        QTest::newRow("ar") << "ar"
                            << "٢٩ نوفمبر ٢٠٢٦"
                            << "٢٩ نوفمبر";
        QTest::newRow("ar_AE") << "ar_AE"
                               << "29 نوفمبر 2026"
                               << "29 نوفمبر";
        // Further languages' long dates, by the same rule: year first, or a word after it.
        QTest::newRow("hu") << "hu"
                            << "2026. nov. 29."
                            << "nov. 29.";
        QTest::newRow("ko") << "ko"
                            << "2026년 11월 29일"
                            << "11월 29일";
        QTest::newRow("ru") << "ru"
                            << "29 нояб. 2026 г."
                            << "29 нояб.";
    }
    void daysInTheReadersWords()
    {
        QFETCH(QString, locale);
        QFETCH(QString, withYear);
        QFETCH(QString, withoutYear);
        const QLocale l(locale);
        const QDate day(2026, 11, 29);
        QCOMPARE(LocalTimes::dayMonthYear(l, day), withYear);
        QCOMPARE(LocalTimes::dayMonth(l, day), withoutYear);
        // Never a weekday, never the month in figures.
        for (const QString &said : {LocalTimes::dayMonthYear(l, day), LocalTimes::dayMonth(l, day)}) {
            QVERIFY2(!said.contains(l.dayName(7, QLocale::LongFormat)), qPrintable(said));
            QVERIFY2(!said.contains(l.toString(11)) || locale.startsWith(QLatin1String("zh")) || locale == QLatin1String("ko"),
                     qPrintable(said));
        }
    }

    void timesKnowTheChineseDayPeriod()
    {
        // Qt 6.4 prints CLDR's "B" as it is: "B5:00".
        const QString said = LocalTimes::time(QLocale(QStringLiteral("zh_TW")), QTime(17, 0));
        QVERIFY2(!said.contains(QLatin1Char('B')), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("5:00")), qPrintable(said));
        QCOMPARE(LocalTimes::knownFormat(QStringLiteral("Bh:mm 'B'")), QStringLiteral("APh:mm 'B'"));
    }
};

QTEST_GUILESS_MAIN(TestLocalTimes)
#include "tst_localtimes.moc"
