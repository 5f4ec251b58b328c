// SPDX-License-Identifier: GPL-3.0-or-later
// The links of the kiosk's QR codes to the studio's phone pages: the base URL set in staff mode
// (or by vitrinectl), the visitor's language; no base URL, no link; a base that is no web address
// is refused when saved.
#include "kiosk/phonelinks.h"
#include "kiosk/studiosettings.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

class TestPhoneLinks : public QObject
{
    Q_OBJECT

private slots:
    void linksCarryTheBaseAndTheLanguage()
    {
        const PhoneLinks links(QStringLiteral("https://oslo.studio.example/"), QStringLiteral("zh_CN"));
        QVERIFY(links.isEnabled());
        QCOMPARE(links.build(QStringLiteral("K7QD-9MWX-4T")),
                 QStringLiteral("https://oslo.studio.example/p/build/K7QD-9MWX-4T?lang=zh_CN"));
        QCOMPARE(links.car(QStringLiteral("5SVFGT508TP001006")),
                 QStringLiteral("https://oslo.studio.example/p/car/5SVFGT508TP001006?lang=zh_CN"));
        QCOMPARE(links.drive(QStringLiteral("K7QD-9MWX")),
                 QStringLiteral("https://oslo.studio.example/p/drive/K7QD-9MWX?lang=zh_CN"));
        // Something odd in an id is encoded, never passed through into the link.
        QCOMPARE(links.car(QStringLiteral("a/b?c")), QStringLiteral("https://oslo.studio.example/p/car/a%2Fb%3Fc?lang=zh_CN"));
    }

    void noBaseNoLink()
    {
        const PhoneLinks none(QString(), QStringLiteral("en"));
        QVERIFY(!none.isEnabled());
        QVERIFY(none.build(QStringLiteral("K7QD-9MWX-4T")).isEmpty());
        QVERIFY(none.car(QStringLiteral("5SVFGT508TP001006")).isEmpty());
        QVERIFY(none.drive(QStringLiteral("K7QD-9MWX")).isEmpty());
        // An invalid base is no base either.
        QVERIFY(!PhoneLinks(QStringLiteral("javascript:alert(1)"), QStringLiteral("en")).isEnabled());
    }

    void theSettingIsValidatedAndKept()
    {
        QTemporaryDir dir;
        QVERIFY(Database::open(dir.filePath(QStringLiteral("l.sqlite")), QStringLiteral("l")).ok());
        {
            StudioSettings settings(QSqlDatabase::database(QStringLiteral("l")));
            StudioSettings::Values v = settings.load();
            QVERIFY(v.phoneBaseUrl.isEmpty());
            for (const char *bad : {"ftp://studio.example", "studio.example", "https://studio.example/?a=b",
                                    "https://studio.example/#top", "https://user:pw@studio.example"}) {
                v.phoneBaseUrl = QString::fromLatin1(bad);
                QString why;
                QVERIFY2(!settings.save(v, &why), bad);
                QVERIFY(!why.isEmpty());
            }
            v.phoneBaseUrl = QStringLiteral("https://oslo.studio.example");
            QVERIFY(settings.save(v));
            QCOMPARE(settings.load().phoneBaseUrl, QStringLiteral("https://oslo.studio.example"));
            v.phoneBaseUrl.clear();
            QVERIFY(settings.save(v));
            QVERIFY(settings.load().phoneBaseUrl.isEmpty());
        }
        Database::close(QStringLiteral("l"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneLinks)
#include "tst_phonelinks.moc"
