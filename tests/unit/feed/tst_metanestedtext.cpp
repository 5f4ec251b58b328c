// SPDX-License-Identifier: GPL-3.0-or-later
#include "feed/metanestedtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// JSON text in one Meta column: JSON itself and Meta's looser single-quoted objects.
class TestMetaNestedText : public QObject
{
    Q_OBJECT

    static QJsonValue read(const QString &text)
    {
        QString problem;
        const auto v = MetaNestedText::read(text, &problem);
        if (!v)
            qWarning() << problem;
        return v.value_or(QJsonValue(QJsonValue::Undefined));
    }

private slots:
    void metasAddressObject()
    {
        const QJsonObject o =
            read(QStringLiteral(
                     "{addr1: '550 Auto Center Dr', city: 'Watsonville', region: 'CA', postal_code: '96075', country: 'US'}"))
                .toObject();
        QCOMPARE(o.value(QStringLiteral("addr1")).toString(), QStringLiteral("550 Auto Center Dr"));
        QCOMPARE(o.value(QStringLiteral("postal_code")).toString(), QStringLiteral("96075"));
        QCOMPARE(o.size(), 5);
    }

    void strictJson()
    {
        const QString text = QStringLiteral("[{\"url\": \"https://a/b.jpg\", \"tag\": [\"Exterior\", \"Front\"]}, "
                                            "{\"url\": \"x\", \"n\": -1.5e2, \"ok\": true, \"none\": null}]");
        const QJsonValue v = read(text);
        QCOMPARE(v, QJsonValue(QJsonDocument::fromJson(text.toUtf8()).array()));
    }

    void quotesAndEscapes()
    {
        const QJsonObject o =
            read(QStringLiteral("{'a': 'it\\'s', \"b\": \"say \\\"hi\\\"\\n\", c: 'caf\\u00e9', d: \"x\\\\y\",}")).toObject();
        QCOMPARE(o.value(QStringLiteral("a")).toString(), QStringLiteral("it's"));
        QCOMPARE(o.value(QStringLiteral("b")).toString(), QStringLiteral("say \"hi\"\n"));
        QCOMPARE(o.value(QStringLiteral("c")).toString(), QStringLiteral("café"));
        QCOMPARE(o.value(QStringLiteral("d")).toString(), QStringLiteral("x\\y"));
    }

    void bareWordsStayWords()
    {
        const QJsonObject o = read(QStringLiteral("{value: 1500, unit: KM, big: inf}")).toObject();
        QCOMPARE(o.value(QStringLiteral("value")).toDouble(), 1500.0);
        QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("KM"));
        QCOMPARE(o.value(QStringLiteral("big")).toString(), QStringLiteral("inf"));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unclosed object") << "{city: 'Oslo'"
                                         << "a ',' or '}' should follow";
        QTest::newRow("unclosed quote") << "{city: 'Oslo}"
                                        << "never closes";
        QTest::newRow("no colon") << "{city 'Oslo'}"
                                  << "a ':' should follow";
        QTest::newRow("trailing text") << "{} and more"
                                       << "unexpected 'a'";
        QTest::newRow("empty") << ""
                               << "ends where a value should be";
        QTest::newRow("deep") << QString(40, QLatin1Char('[')) << "nested too deeply";
        QTest::newRow("bad escape") << "'\\u12'"
                                    << "four hexadecimal digits";
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QString problem;
        QVERIFY(!MetaNestedText::read(text, &problem));
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        QVERIFY(problem.startsWith(QLatin1String("is not JSON Vitrine can read (at character")));
    }
};

QTEST_GUILESS_MAIN(TestMetaNestedText)
#include "tst_metanestedtext.moc"
