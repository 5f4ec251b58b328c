// SPDX-License-Identifier: GPL-3.0-or-later
// The car drawings as SVG text, shared by the kiosk and the hub: a paint fills the body template
// with its exact colour and shades, and the hub's self-contained drawing carries both wheels in
// their marked boxes, each copy with ids of its own.
#include "catalog/cardrawing.h"

#include <QRegularExpression>
#include <QTest>

class TestCarDrawing : public QObject
{
    Q_OBJECT

private slots:
    void coloursAreReadStrictly()
    {
        QCOMPARE(CarDrawing::Rgb::fromHex(QStringLiteral("#1A2b3C"))->name(), QStringLiteral("#1a2b3c"));
        QCOMPARE(CarDrawing::Rgb::fromHex(QStringLiteral("ffffff"))->lightness(), 1.0);
        QVERIFY(!CarDrawing::Rgb::fromHex(QStringLiteral("#12345")));
        QVERIFY(!CarDrawing::Rgb::fromHex(QStringLiteral("12345g")));
        QVERIFY(!CarDrawing::Rgb::fromHex(QStringLiteral("\"/><script>")));
        const CarDrawing::Rgb black{0, 0, 0};
        QCOMPARE(black.mixedWith({255, 255, 255}, 0.5).name(), QStringLiteral("#808080"));
    }

    void theBodyIsFilledWithThePaint()
    {
        CarDrawing drawing;
        const auto paint = CarDrawing::Rgb::fromHex(QStringLiteral("#1f4e8c"));
        const QByteArray svg = drawing.body(QStringLiteral("suv"), QStringLiteral("side"), paint, QStringLiteral("metallic"));
        QVERIFY(svg.startsWith("<svg"));
        QVERIFY(svg.contains("#1f4e8c"));
        QVERIFY(!svg.contains("{{"));
        // A matte paint shades differently from a metallic one.
        QVERIFY(drawing.body(QStringLiteral("suv"), QStringLiteral("side"), paint, QStringLiteral("matte")) != svg);
        // An unknown body draws the crossover rather than nothing.
        QCOMPARE(drawing.body(QStringLiteral("tank"), QStringLiteral("side"), paint, QStringLiteral("metallic")),
                 drawing.body(QStringLiteral("crossover"), QStringLiteral("side"), paint, QStringLiteral("metallic")));
    }

    void theStandaloneDrawingHasBothWheels()
    {
        CarDrawing drawing;
        for (const QString &view : {QStringLiteral("side"), QStringLiteral("three-quarter")}) {
            const QByteArray svg = drawing.standalone(QStringLiteral("coupe"), view, CarDrawing::Rgb{200, 30, 40},
                                                      QStringLiteral("pearl"), QStringLiteral("turbine"));
            QVERIFY(svg.endsWith("</svg>\n") || svg.endsWith("</svg>"));
            QCOMPARE(svg.count("viewBox=\"0 0 200 200\" preserveAspectRatio=\"none\""), 2);
            QVERIFY(svg.contains("id=\"wheel-rear-"));
            QVERIFY(svg.contains("url(#wheel-front-"));
            // Every id once: the two wheels never share a gradient.
            QSet<QString> ids;
            const QRegularExpression id(QStringLiteral("id=\"([^\"]+)\""));
            for (auto it = id.globalMatch(QString::fromUtf8(svg)); it.hasNext();) {
                const QString one = it.next().captured(1);
                QVERIFY2(!ids.contains(one), qPrintable(one));
                ids.insert(one);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCarDrawing)
#include "tst_cardrawing.moc"
