// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/studiosettings.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

/// Staff settings: defaults, round trip, and refusal of bad values without half-saving.
class TestStudioSettings : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(Database::open(m_dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("s")).ok()); }

    void defaultsThenRoundTrip()
    {
        StudioSettings settings(QSqlDatabase::database(QStringLiteral("s")));
        QCOMPARE(settings.load().idleSeconds, 90);
        StudioSettings::Values v;
        v.studio = QStringLiteral("dubai");
        v.language = QStringLiteral("ar");
        v.idleSeconds = 120;
        v.theme = QStringLiteral("fjord");
        v.orientation = QStringLiteral("portrait");
        v.retentionDays = 14;
        QCOMPARE(settings.load().speechOutput, QStringLiteral("speakers"));
        v.speechOutput = QStringLiteral("headphones");
        QString error;
        QVERIFY2(settings.save(v, &error), qPrintable(error));
        const auto back = settings.load();
        QCOMPARE(back.studio, QStringLiteral("dubai"));
        QCOMPARE(back.language, QStringLiteral("ar"));
        QCOMPARE(back.idleSeconds, 120);
        QCOMPARE(back.theme, QStringLiteral("fjord"));
        QCOMPARE(back.orientation, QStringLiteral("portrait"));
        QCOMPARE(back.retentionDays, 14);
        QCOMPARE(back.speechOutput, QStringLiteral("headphones"));
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("needle");
        QTest::newRow("language") << "language"
                                  << "default language";
        QTest::newRow("idle short") << "idle"
                                    << "between 30 seconds";
        QTest::newRow("orientation") << "orientation"
                                     << "orientation";
        QTest::newRow("retention") << "retention"
                                   << "365 days";
        QTest::newRow("studio") << "studio"
                                << "studio";
        QTest::newRow("speech output") << "speech"
                                       << "headphones only";
    }
    void refusesBadValues()
    {
        QFETCH(QString, field);
        QFETCH(QString, needle);
        StudioSettings settings(QSqlDatabase::database(QStringLiteral("s")));
        const auto before = settings.load();
        StudioSettings::Values v = before;
        if (field == QLatin1String("language"))
            v.language = QStringLiteral("tlh");
        else if (field == QLatin1String("idle"))
            v.idleSeconds = 5;
        else if (field == QLatin1String("orientation"))
            v.orientation = QStringLiteral("diagonal");
        else if (field == QLatin1String("retention"))
            v.retentionDays = 9999;
        else if (field == QLatin1String("speech"))
            v.speechOutput = QStringLiteral("bone conduction");
        else
            v.studio.clear();
        QString error;
        QVERIFY(!settings.save(v, &error));
        QVERIFY2(error.contains(needle), qPrintable(error));
        const auto after = settings.load();
        QCOMPARE(after.language, before.language);
        QCOMPARE(after.idleSeconds, before.idleSeconds);
        QCOMPARE(after.studio, before.studio);
        QCOMPARE(after.speechOutput, before.speechOutput);
    }
};

QTEST_GUILESS_MAIN(TestStudioSettings)
#include "tst_studiosettings.moc"
