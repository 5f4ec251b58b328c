// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/feedformat.h"

#include <QTest>

/// Recognising a feed from its bytes, and saying plainly what a file is when it is no feed.
class TestFeedFormat : public QObject
{
    Q_OBJECT
private slots:
    void recognisesFeeds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QString>("name");
        using K = FeedFormat::Kind;
        QTest::newRow("vitrine") << QByteArray("  {\"format\": \"vitrine-feed\"}") << int(K::Vitrine) << '\0' << "vitrine";
        QTest::newRow("vitrine with bom") << QByteArray("\xEF\xBB\xBF{}") << int(K::Vitrine) << '\0' << "vitrine";
        QTest::newRow("meta csv") << QByteArray("vehicle_id,vin,make,model,state_of_vehicle\n1,2,3,4,NEW\n") << int(K::Meta)
                                  << ',' << "meta-csv";
        QTest::newRow("meta tsv any case") << QByteArray("\xEF\xBB\xBFVehicle_ID\tVIN\tMileage.Value\r\n") << int(K::Meta) << '\t'
                                           << "meta-tsv";
        QTest::newRow("google csv") << QByteArray("vin,store_code,price,condition,certified_pre_owned\n") << int(K::Google) << ','
                                    << "google-csv";
        QTest::newRow("google tsv") << QByteArray("vin\tdealership_name\tadditional_image_link\n") << int(K::Google) << '\t'
                                    << "google-tsv";
    }
    void recognisesFeeds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(char, delimiter);
        QFETCH(QString, name);
        const FeedFormat f = FeedFormat::recognise(bytes);
        QCOMPARE(int(f.kind), kind);
        QCOMPARE(f.delimiter, delimiter);
        QCOMPARE(f.name(), name);
        QVERIFY(f.what.isEmpty());
        QVERIFY(!f.description().isEmpty());
    }

    void saysWhatOtherFilesAre_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("what");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("blank") << QByteArray(" \r\n\t") << "empty";
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n") << "a PDF document";
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0feed.csv", 16) << "a ZIP archive";
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\0\0\0[Content_Types].xml xl/workbook.xml", 40) << "an Excel workbook";
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\0", 4) << "gzip-compressed";
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << "old Microsoft Office file";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n", 8) << "a PNG image";
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0", 4) << "a JPEG image";
        QTest::newRow("html") << QByteArray("\n<!DOCTYPE HTML>\n<html><title>Sign in</title>") << "an HTML page";
        QTest::newRow("html without doctype") << QByteArray("<head></head><html>") << "an HTML page";
        QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><listings/>") << "an XML document";
        QTest::newRow("binary") << QByteArray("abc\0def", 7) << "not text";
        QTest::newRow("utf-16") << QByteArray("\xFF\xFEv\0i\0n\0", 8) << "UTF-16";
        QTest::newRow("windows-1252") << QByteArray("vin,make\n1,Citro\xEBn\n") << "not UTF-8";
        QTest::newRow("other table") << QByteArray("name,email,phone\na,b,c\n") << "neither a Meta automotive catalog nor Google";
        QTest::newRow("prose") << QByteArray("Dear dealer\nplease find attached") << "neither JSON nor a table";
        QTest::newRow("both formats") << QByteArray("vehicle_id,store_code\n") << "name its format";
    }
    void saysWhatOtherFilesAre()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, what);
        const FeedFormat f = FeedFormat::recognise(bytes);
        QCOMPARE(f.kind, FeedFormat::Kind::Unknown);
        QVERIFY2(f.what.contains(what), qPrintable(f.what));
        QCOMPARE(f.description(), f.what);
    }

    void utf8CutAtTheSampleEndIsStillText()
    {
        // 65,535 ASCII bytes then a two-byte character: the 64 KiB sample ends inside it.
        QByteArray bytes = "vehicle_id,make\n" + QByteArray(65535 - 16, 'a') + "\xC3\xA9\n";
        QVERIFY(FeedFormat::notAFeed(bytes).isEmpty());
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<char>("delimiter");
        using K = FeedFormat::Kind;
        QTest::newRow("vitrine") << "vitrine" << int(K::Vitrine) << '\0';
        QTest::newRow("meta") << "Meta" << int(K::Meta) << '\0';
        QTest::newRow("meta-tsv") << "meta-tsv" << int(K::Meta) << '\t';
        QTest::newRow("google-csv") << " GOOGLE-CSV " << int(K::Google) << ',';
        QTest::newRow("google") << "google" << int(K::Google) << '\0';
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(char, delimiter);
        const auto f = FeedFormat::fromName(name);
        QVERIFY(f);
        QCOMPARE(int(f->kind), kind);
        QCOMPARE(f->delimiter, delimiter);
        QVERIFY(FeedFormat::names().contains(FeedFormat::fromName(f->name())->name()));
    }

    void unknownNames()
    {
        for (const char *name : {"xml", "meta-xml", "vitrine-csv", "", "csv"}) {
            QString problem;
            QVERIFY2(!FeedFormat::fromName(QLatin1String(name), &problem), name);
            QVERIFY2(problem.contains(QLatin1String("meta-tsv")), qPrintable(problem));
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedFormat)
#include "tst_feedformat.moc"
