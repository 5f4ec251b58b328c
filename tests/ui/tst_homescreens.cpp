// SPDX-License-Identifier: GPL-3.0-or-later
#include "uidriver.h"

#include <QColor>
#include <QImage>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>
#include <utility>

/// Home in all six languages and both walk-up orientations, from the real binary: it starts on
/// the demo data, shows translated text, and mirrors for Arabic.
class TestHomeScreens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static double centreX(const QJsonObject &layout, const QString &name)
    {
        const QJsonObject item = layout.value(name).toObject();
        return item.value(QStringLiteral("x")).toDouble() + item.value(QStringLiteral("width")).toDouble() / 2;
    }

    // A blank or single-colour frame means nothing was drawn.
    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        return int(colours.size());
    }

    // The first and last columns of `item`'s place where something is drawn over the page: each
    // pixel set against the page's own colour on its row, just outside the place on the far side
    // from the reading side's edge (the page's backdrop changes down the screen, not across it).
    static std::pair<int, int> inkColumns(const QImage &image, const QJsonObject &item, bool rtl)
    {
        const int left = qRound(item.value(QStringLiteral("x")).toDouble());
        const int top = qRound(item.value(QStringLiteral("y")).toDouble());
        const int right = left + qRound(item.value(QStringLiteral("width")).toDouble()) - 1;
        const int bottom = top + qRound(item.value(QStringLiteral("height")).toDouble()) - 1;
        const int outside = rtl ? left - 4 : right + 4;
        int from = std::numeric_limits<int>::max(), to = -1;
        for (int y = std::max(top, 0); y <= std::min(bottom, image.height() - 1); ++y) {
            const QColor page = image.pixelColor(std::clamp(outside, 0, image.width() - 1), y);
            for (int x = std::max(left, 0); x <= std::min(right, image.width() - 1); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - page.red()) + std::abs(c.green() - page.green()) + std::abs(c.blue() - page.blue()) > 60) {
                    from = std::min(from, x);
                    to = std::max(to, x);
                }
            }
        }
        return {from, to};
    }

private slots:
    void home_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("findLabel");
        const QList<QPair<QString, QString>> languages{{QStringLiteral("en"), QStringLiteral("Find a car in stock")},
                                                       {QStringLiteral("de"), QStringLiteral("Fahrzeug")},
                                                       {QStringLiteral("fr"), QStringLiteral("stock")},
                                                       {QStringLiteral("zh_CN"), QStringLiteral("库存")},
                                                       {QStringLiteral("zh_TW"), QStringLiteral("庫存")},
                                                       {QStringLiteral("ar"), QStringLiteral("المخزون")}};
        for (const auto &[language, label] : languages) {
            QTest::addRow("%s-landscape", qPrintable(language)) << language << QSize(1920, 1080) << label;
            QTest::addRow("%s-portrait", qPrintable(language)) << language << QSize(1080, 1920) << label;
        }
    }

    void home()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(QString, findLabel);
        UiDriver driver(m_dir.filePath(QStringLiteral("home.sqlite")));
        const QString orientation = size.width() > size.height() ? QStringLiteral("landscape") : QStringLiteral("portrait");
        const auto run = driver.run({QStringLiteral("--lang"), language, QStringLiteral("--size"),
                                     QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
                                    QStringLiteral("home/home-%1-%2.png").arg(language, orientation));
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY2(run.warnings.isEmpty(), qPrintable(run.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(run.screenshot.size(), size);
        QVERIFY(distinctColours(run.screenshot) > 50);

        const QJsonObject find = run.layout.value(QStringLiteral("action-find")).toObject();
        QVERIFY2(find.value(QStringLiteral("text")).toString().contains(findLabel),
                 qPrintable(find.value(QStringLiteral("text")).toString()));
        // Nothing of Home runs off the screen.
        for (const QString &name : run.layout.keys()) {
            const QJsonObject item = run.layout.value(name).toObject();
            if (!item.value(QStringLiteral("visible")).toBool())
                continue;
            QVERIFY2(item.value(QStringLiteral("x")).toDouble() >= -1
                         && item.value(QStringLiteral("x")).toDouble() + item.value(QStringLiteral("width")).toDouble()
                             <= size.width() + 1,
                     qPrintable(name));
            QVERIFY2(item.value(QStringLiteral("y")).toDouble() + item.value(QStringLiteral("height")).toDouble()
                         <= size.height() + 1,
                     qPrintable(name));
            if (item.contains(QStringLiteral("truncated")))
                QVERIFY2(!item.value(QStringLiteral("truncated")).toBool(), qPrintable(name + QStringLiteral(" is clipped")));
        }
        // Arabic reads right to left: the logo moves to the right, the first action too.
        const bool rtl = language == QLatin1String("ar");
        const double logoX = centreX(run.layout, QStringLiteral("logo"));
        QVERIFY2(rtl ? logoX > size.width() / 2 : logoX < size.width() / 2, qPrintable(QString::number(logoX)));
        // And its mark sits at the page's edge on the reading side, not inset by empty room in the
        // picture: in Arabic the wordmark ended 89 px short of the right edge of its place.
        const QJsonObject logo = run.layout.value(QStringLiteral("logo")).toObject();
        const auto [inkFrom, inkTo] = inkColumns(run.screenshot, logo, rtl);
        const double logoLeft = logo.value(QStringLiteral("x")).toDouble();
        const double logoRight = logoLeft + logo.value(QStringLiteral("width")).toDouble();
        const double inset = rtl ? logoRight - inkTo : inkFrom - logoLeft;
        QVERIFY2(inkFrom <= inkTo && inset >= 0 && inset <= 0.2 * logo.value(QStringLiteral("height")).toDouble(),
                 qPrintable(QStringLiteral("the logo's mark is drawn from x %1 to %2 in its place from %3 to %4")
                                .arg(inkFrom)
                                .arg(inkTo)
                                .arg(logoLeft)
                                .arg(logoRight)));
        const double findX = centreX(run.layout, QStringLiteral("action-find"));
        const double bookX = centreX(run.layout, QStringLiteral("action-configure"));
        QVERIFY2(rtl ? findX > bookX : findX < bookX, qPrintable(QStringLiteral("%1 %2").arg(findX).arg(bookX)));
        QCOMPARE(run.layout.value(QStringLiteral("window")).toObject().value(QStringLiteral("mirrored")).toBool(), rtl);
    }
};

QTEST_GUILESS_MAIN(TestHomeScreens)
#include "tst_homescreens.moc"
