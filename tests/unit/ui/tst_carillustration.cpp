// SPDX-License-Identifier: GPL-3.0-or-later
#include "carillustration.h"
#include "carimageprovider.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>

#include <algorithm>
#include <memory>

using View = CarIllustration::View;

/// The drawn cars: every body, view and wheel renders at the asked size on transparency, in the
/// asked paint, falling back instead of failing; the image provider parses ids and delivers
/// pictures asynchronously.
class TestCarIllustration : public QObject
{
    Q_OBJECT

    CarIllustration m_illustration;

    // Where a template puts its near flank (element "body-side"), in the coordinates of an
    // image of `size`: read from the template itself, so the art can change without the test.
    static QRectF flank(const QString &body, View view, QSize size)
    {
        QFile file(QStringLiteral(":/vitrine/cars/%1-%2.svg").arg(body, CarIllustration::viewName(view)));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(file.readAll());
        text.replace(QRegularExpression(QStringLiteral("\\{\\{paint[a-z_]*\\}\\}")), QStringLiteral("#808080"));
        text.replace(QRegularExpression(QStringLiteral("\\{\\{[a-z_]+\\}\\}")), QStringLiteral("0.5"));
        QSvgRenderer svg(text.toUtf8());
        const QRectF box = svg.viewBoxF();
        const QRectF at = svg.transformForElement(QStringLiteral("body-side"))
                              .mapRect(svg.boundsOnElement(QStringLiteral("body-side")));
        const double sx = size.width() / box.width(), sy = size.height() / box.height();
        return QRectF((at.x() - box.x()) * sx, (at.y() - box.y()) * sy, at.width() * sx, at.height() * sy);
    }

    // The flank's typical colour: the median hue (and lightness) of the opaque, coloured pixels
    // in the middle of the flank, between the wheels, above the sill and below the shoulder;
    // door gaps and handles are too thin to move a median.
    struct Sample {
        int hue = -1;
        int lightnessSpread = 0;
    };
    static Sample sampleFlank(const QImage &image, const QRectF &flank)
    {
        QList<int> hues, lightness;
        const QRectF middle(flank.x() + flank.width() * 0.36, flank.y() + flank.height() * 0.2, flank.width() * 0.28,
                            flank.height() * 0.5);
        for (int y = int(middle.top()); y < int(middle.bottom()); y += 2) {
            for (int x = int(middle.left()); x < int(middle.right()); x += 2) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() < 250)
                    continue;
                lightness << c.lightness();
                if (c.hslSaturation() > 40 && c.hslHue() >= 0)
                    hues << c.hslHue();
            }
        }
        Sample s;
        if (hues.size() < 20)
            return s;
        std::sort(hues.begin(), hues.end());
        std::sort(lightness.begin(), lightness.end());
        s.hue = hues.at(hues.size() / 2);
        s.lightnessSpread = lightness.at(lightness.size() * 9 / 10) - lightness.at(lightness.size() / 10);
        return s;
    }

    static int hueDistance(int a, int b)
    {
        const int d = qAbs(a - b) % 360;
        return qMin(d, 360 - d);
    }

    static bool cornersTransparent(const QImage &image)
    {
        const int r = image.width() - 1, b = image.height() - 1;
        return image.pixelColor(0, 0).alpha() == 0 && image.pixelColor(r, 0).alpha() == 0 && image.pixelColor(0, b).alpha() == 0
            && image.pixelColor(r, b).alpha() == 0;
    }

    static int opaquePixels(const QImage &image)
    {
        int n = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                n += image.pixelColor(x, y).alpha() > 200;
        return n;
    }

private slots:
    void everyBodyViewAndWheelRenders()
    {
        // Set VITRINE_SCREENSHOT_DIR (e.g. build/screenshots) to look at the pictures.
        const QString shots = qEnvironmentVariable("VITRINE_SCREENSHOT_DIR");
        const QString dir = shots.isEmpty() ? QString() : QDir(shots).filePath(QStringLiteral("cars"));
        if (!dir.isEmpty())
            QVERIFY(QDir().mkpath(dir));
        for (const QString &body : CarIllustration::bodies()) {
            for (const View view : {View::Side, View::ThreeQuarter}) {
                const QString resource = QStringLiteral(":/vitrine/cars/%1-%2.svg").arg(body, CarIllustration::viewName(view));
                QVERIFY2(QFile::exists(resource), qPrintable(resource));
                for (const QString &wheel : CarIllustration::wheelDesigns()) {
                    QVERIFY(QFile::exists(QStringLiteral(":/vitrine/cars/wheels/%1.svg").arg(wheel)));
                    const CarIllustration::Spec spec{body, view, QColor(0x1F, 0x3A, 0x5F), QStringLiteral("metallic"), wheel};
                    const QImage image = m_illustration.render(spec, QSize(480, 0));
                    const QString what = QStringLiteral("%1 %2 %3").arg(body, CarIllustration::viewName(view), wheel);
                    QCOMPARE(image.width(), 480);
                    QCOMPARE(image.size(), CarIllustration::fittedSize(view, QSize(480, 0)));
                    QVERIFY2(cornersTransparent(image), qPrintable(what));
                    QVERIFY2(opaquePixels(image) > 1500, qPrintable(what));
                    if (!dir.isEmpty())
                        QVERIFY(
                            image.save(QStringLiteral("%1/%2-%3-%4.png").arg(dir, body, CarIllustration::viewName(view), wheel)));
                }
            }
        }
    }

    void templatesShareOneCanvasPerView()
    {
        for (const View view : {View::Side, View::ThreeQuarter}) {
            for (const QString &body : CarIllustration::bodies()) {
                QSvgRenderer svg(QStringLiteral(":/vitrine/cars/%1-%2.svg").arg(body, CarIllustration::viewName(view)));
                QCOMPARE(svg.viewBoxF().size(), CarIllustration::canvasSize(view));
                QVERIFY(svg.elementExists(QStringLiteral("wheel-front")));
                QVERIFY(svg.elementExists(QStringLiteral("wheel-rear")));
                QVERIFY(svg.elementExists(QStringLiteral("body-side")));
            }
        }
    }

    void bodyIsDrawnInTheAskedPaint()
    {
        const QColor red(0xB0, 0x18, 0x2B), blue(0x1F, 0x4E, 0x9C), green(0x3F, 0x6B, 0x3A);
        for (const QString &body : CarIllustration::bodies()) {
            for (const View view : {View::Side, View::ThreeQuarter}) {
                const QSize size = CarIllustration::fittedSize(view, QSize(800, 0));
                const QRectF where = flank(body, view, size);
                QVERIFY2(where.width() > 100, qPrintable(body));
                for (const QColor &paint : {red, blue, green}) {
                    const QImage image = m_illustration.render(
                        {body, view, paint, QStringLiteral("solid"), QStringLiteral("aero")}, size);
                    const Sample seen = sampleFlank(image, where);
                    QVERIFY2(seen.hue >= 0 && hueDistance(seen.hue, paint.hslHue()) <= 12,
                             qPrintable(QStringLiteral("%1 %2: asked hue %3, drew %4")
                                            .arg(body, CarIllustration::viewName(view))
                                            .arg(paint.hslHue())
                                            .arg(seen.hue)));
                }
            }
        }
    }

    void finishChangesHowTheBodyCatchesLight()
    {
        const QSize size(800, 0);
        const QRectF where = flank(QStringLiteral("saloon"), View::Side, CarIllustration::fittedSize(View::Side, size));
        const auto spread = [&](const QString &finish) {
            return sampleFlank(m_illustration.render({QStringLiteral("saloon"), View::Side, QColor(0x8E, 0x1B, 0x26), finish,
                                                      QStringLiteral("aero")},
                                                     size),
                               where)
                .lightnessSpread;
        };
        QVERIFY2(spread(QStringLiteral("metallic")) > spread(QStringLiteral("matte")),
                 qPrintable(QStringLiteral("metallic %1, matte %2")
                                .arg(spread(QStringLiteral("metallic")))
                                .arg(spread(QStringLiteral("matte")))));
    }

    void unknownBodyAndWheelFallBack()
    {
        const QSize size(360, 0);
        const QImage hovercraft = m_illustration.render(
            {QStringLiteral("hovercraft"), View::Side, Qt::darkCyan, QStringLiteral("glitter"), QStringLiteral("aero")}, size);
        const QImage crossover = m_illustration.render(
            {QStringLiteral("crossover"), View::Side, Qt::darkCyan, QStringLiteral("glitter"), QStringLiteral("aero")}, size);
        QVERIFY(opaquePixels(hovercraft) > 500);
        QCOMPARE(hovercraft, crossover);

        const QImage square = m_illustration.render(
            {QStringLiteral("suv"), View::ThreeQuarter, Qt::darkCyan, QStringLiteral("solid"), QStringLiteral("square")}, size);
        const QImage aero = m_illustration.render(
            {QStringLiteral("suv"), View::ThreeQuarter, Qt::darkCyan, QStringLiteral("solid"), QStringLiteral("aero")}, size);
        QCOMPARE(square, aero);

        // Nothing at all asked for still draws a car.
        const QImage nothing = m_illustration.render({}, QSize());
        QCOMPARE(nothing.width(), 800);
        QVERIFY(opaquePixels(nothing) > 1500);
    }

    // Pages size the side view by where its cars stand (CarIllustration::sideDrawing), not by its
    // canvas: every body with every wheel stands inside that place, and the place is no larger
    // than the cars need, or a car would be drawn smaller than its page allows.
    void sideDrawingHoldsEveryCarAndNoMore()
    {
        const QSize size = CarIllustration::fittedSize(View::Side, QSize(1600, 0));
        const QRectF fraction = CarIllustration::sideDrawing();
        const QRectF place(fraction.x() * size.width(), fraction.y() * size.height(), fraction.width() * size.width(),
                           fraction.height() * size.height());
        QRect all;
        for (const QString &body : CarIllustration::bodies()) {
            for (const QString &wheel : CarIllustration::wheelDesigns()) {
                const QImage image = m_illustration.render({body, View::Side, Qt::white, QStringLiteral("metallic"), wheel},
                                                           size);
                QRect drawn;
                for (int y = 0; y < image.height(); ++y) {
                    const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                    for (int x = 0; x < image.width(); ++x) {
                        if (qAlpha(line[x]) > 8)
                            drawn |= QRect(x, y, 1, 1);
                    }
                }
                const QString what = QStringLiteral("%1 with %2 drawn at %3,%4 %5x%6")
                                         .arg(body, wheel)
                                         .arg(drawn.x())
                                         .arg(drawn.y())
                                         .arg(drawn.width())
                                         .arg(drawn.height());
                QVERIFY2(place.contains(QRectF(drawn)), qPrintable(what));
                all |= drawn;
            }
        }
        // Within a fiftieth of the canvas of the cars together, on every side.
        QVERIFY2(all.top() - place.top() < size.height() / 50.0 && place.bottom() - all.bottom() - 1 < size.height() / 50.0
                     && all.left() - place.left() < size.width() / 50.0 && place.right() - all.right() - 1 < size.width() / 50.0,
                 qPrintable(QStringLiteral("the cars take %1,%2 to %3,%4")
                                .arg(all.left())
                                .arg(all.top())
                                .arg(all.right())
                                .arg(all.bottom())));
    }

    void sizesKeepTheAspectRatio()
    {
        QCOMPARE(CarIllustration::fittedSize(View::Side, QSize(1600, 0)), QSize(1600, 700));
        QCOMPARE(CarIllustration::fittedSize(View::ThreeQuarter, QSize(0, 450)), QSize(800, 450));
        QCOMPARE(CarIllustration::fittedSize(View::Side, QSize(800, 800)), QSize(800, 350));
        QCOMPARE(CarIllustration::fittedSize(View::Side, QSize(800, 175)), QSize(400, 175));
        QCOMPARE(CarIllustration::fittedSize(View::ThreeQuarter, QSize(-1, -1)), QSize(800, 450));
        const QSize huge = CarIllustration::fittedSize(View::Side, QSize(100000, 0));
        QVERIFY(huge.width() <= 4096 && huge.height() <= 4096);

        // Device pixels: twice the pixels for a 2x screen, the same picture in logical size.
        const QImage sharp = m_illustration.render(
            {QStringLiteral("coupe"), View::Side, Qt::red, QStringLiteral("pearl"), QStringLiteral("forged")}, QSize(300, 0),
            2.0);
        QCOMPARE(sharp.size(), QSize(600, 262));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QCOMPARE(sharp.deviceIndependentSize().toSize(), QSize(300, 131));
    }

    void parsesImageIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("side") << "suv/side?paint=1F3A5F&finish=metallic&wheel=turbine" << true;
        QTest::newRow("three-quarter") << "coupe/three-quarter?paint=ffffff&finish=solid&wheel=aero" << true;
        QTest::newRow("no finish or wheel") << "estate/side?paint=B7BCC0" << true;
        QTest::newRow("unknown body draws a fallback") << "limousine/side?paint=000000" << true;
        QTest::newRow("unknown wheel draws a fallback") << "suv/side?paint=000000&wheel=steelies" << true;
        QTest::newRow("bad hex") << "suv/side?paint=12345G&wheel=aero" << false;
        QTest::newRow("short hex") << "suv/side?paint=123&wheel=aero" << false;
        QTest::newRow("hash in paint") << "suv/side?paint=%231F3A5F" << false;
        QTest::newRow("no paint") << "suv/side?wheel=aero" << false;
        QTest::newRow("no query") << "suv/side" << false;
        QTest::newRow("unknown view") << "suv/top?paint=123456" << false;
        QTest::newRow("no view") << "suv?paint=123456" << false;
        QTest::newRow("empty body") << "/side?paint=123456" << false;
        QTest::newRow("extra part") << "suv/side/big?paint=123456" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("cabin") << "suv/cabin?interior=8B4F2A&material=leather" << true;
        QTest::newRow("cabin, no material") << "suv/cabin?interior=3A3A3C" << true;
        QTest::newRow("cabin without interior") << "suv/cabin?paint=8B4F2A" << false;
        QTest::newRow("cabin, bad interior") << "suv/cabin?interior=brown" << false;
        QTest::newRow("wheel alone") << "suv/wheel?wheel=turbine" << true;
        QTest::newRow("wheel alone, no design") << "suv/wheel?" << true;
    }
    void parsesImageIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QString error;
        const auto spec = CarImageProvider::parseId(id, &error);
        QCOMPARE(spec.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void parsedIdCarriesTheSpec()
    {
        const auto spec = CarImageProvider::parseId(
            QStringLiteral("crossover/three-quarter?paint=8E1B26&finish=matte&wheel=split-spoke"));
        QVERIFY(spec);
        QCOMPARE(spec->body, QStringLiteral("crossover"));
        QCOMPARE(spec->view, View::ThreeQuarter);
        QCOMPARE(spec->paint, QColor(0x8E, 0x1B, 0x26));
        QCOMPARE(spec->finish, QStringLiteral("matte"));
        QCOMPARE(spec->wheelDesign, QStringLiteral("split-spoke"));
    }

    void cabinAndWheelIdsCarryTheirSpec()
    {
        const auto cabin = CarImageProvider::parseId(QStringLiteral("estate/cabin?interior=E8E0D0&material=suede"));
        QVERIFY(cabin);
        QCOMPARE(cabin->view, View::Cabin);
        QCOMPARE(cabin->interior, QColor(0xE8, 0xE0, 0xD0));
        QCOMPARE(cabin->material, QStringLiteral("suede"));
        const auto wheel = CarImageProvider::parseId(QStringLiteral("estate/wheel?wheel=forged"));
        QVERIFY(wheel);
        QCOMPARE(wheel->view, View::Wheel);
        QCOMPARE(wheel->wheelDesign, QStringLiteral("forged"));
        QCOMPARE(CarIllustration::materialOf(QStringLiteral("Nappa leather")), QStringLiteral("leather"));
        QCOMPARE(CarIllustration::materialOf(QStringLiteral("Semi-aniline leather")), QStringLiteral("leather"));
        QCOMPARE(CarIllustration::materialOf(QStringLiteral("Microsuede and leather")), QStringLiteral("suede"));
        QCOMPARE(CarIllustration::materialOf(QStringLiteral("Wool blend textile")), QStringLiteral("textile"));
        QCOMPARE(CarIllustration::materialOf(QString()), QStringLiteral("textile"));
    }

    void cabinIsDrawnInTheAskedInterior()
    {
        // The driver's seat back (element "seat-driver") takes the interior's hue; each material
        // draws differently; the picture fills its frame like a photograph.
        QSvgRenderer plain([] {
            QFile file(QStringLiteral(":/vitrine/cars/cabin.svg"));
            if (!file.open(QIODevice::ReadOnly))
                return QByteArray();
            QString text = QString::fromUtf8(file.readAll());
            text.replace(QRegularExpression(QStringLiteral("\\{\\{[a-z_]+\\}\\}")), QStringLiteral("#808080"));
            return text.toUtf8();
        }());
        QVERIFY(plain.isValid());
        QCOMPARE(plain.viewBoxF().size(), CarIllustration::canvasSize(View::Cabin));
        QVERIFY(plain.elementExists(QStringLiteral("seat-driver")));
        const QSize size = CarIllustration::fittedSize(View::Cabin, QSize(800, 0));
        QCOMPARE(size, QSize(800, 450));
        const QRectF seat = plain.transformForElement(QStringLiteral("seat-driver"))
                                .mapRect(plain.boundsOnElement(QStringLiteral("seat-driver")));
        const double k = 800.0 / plain.viewBoxF().width();
        const QRectF where(seat.x() * k, seat.y() * k, seat.width() * k, seat.height() * k);
        const QString shots = qEnvironmentVariable("VITRINE_SCREENSHOT_DIR");
        const QString dir = shots.isEmpty() ? QString() : QDir(shots).filePath(QStringLiteral("cars"));
        if (!dir.isEmpty())
            QVERIFY(QDir().mkpath(dir));
        QList<QImage> looks;
        for (const QString &material : CarIllustration::materials()) {
            for (const QColor &interior : {QColor(0x8B, 0x4F, 0x2A), QColor(0x1F, 0x4E, 0x9C), QColor(0x3F, 0x6B, 0x3A)}) {
                CarIllustration::Spec spec;
                spec.view = View::Cabin;
                spec.interior = interior;
                spec.material = material;
                const QImage image = m_illustration.render(spec, QSize(800, 0));
                QCOMPARE(image.size(), size);
                QCOMPARE(image.pixelColor(400, 5).alpha(), 255); // a full frame, not a cut-out
                const Sample seen = sampleFlank(image, where);
                QVERIFY2(
                    seen.hue >= 0 && hueDistance(seen.hue, interior.hslHue()) <= 12,
                    qPrintable(QStringLiteral("%1: asked hue %2, drew %3").arg(material).arg(interior.hslHue()).arg(seen.hue)));
                if (interior == QColor(0x8B, 0x4F, 0x2A))
                    looks << image;
                if (!dir.isEmpty())
                    QVERIFY(image.save(QStringLiteral("%1/cabin-%2-%3.png").arg(dir, material, interior.name().mid(1))));
            }
        }
        QCOMPARE(looks.size(), 3);
        QVERIFY(looks.at(0) != looks.at(1) && looks.at(1) != looks.at(2) && looks.at(0) != looks.at(2));
    }

    void wheelAloneIsTheWheel()
    {
        // A round wheel, face on: transparent corners, opaque centre, each design its own.
        QList<QImage> designs;
        for (const QString &design : CarIllustration::wheelDesigns()) {
            CarIllustration::Spec spec;
            spec.view = View::Wheel;
            spec.wheelDesign = design;
            const QImage image = m_illustration.render(spec, QSize(120, 0));
            QCOMPARE(image.size(), QSize(120, 120));
            QVERIFY2(cornersTransparent(image), qPrintable(design));
            QCOMPARE(image.pixelColor(60, 60).alpha(), 255);
            QCOMPARE(image.pixelColor(60, 3).alpha(), 255); // the tyre reaches the edge
            for (const QImage &other : designs)
                QVERIFY2(other != image, qPrintable(design));
            designs << image;
        }
    }

    void providerDeliversAsynchronously()
    {
        CarImageProvider provider;
        std::unique_ptr<QQuickImageResponse> response(provider.requestImageResponse(
            QStringLiteral("estate/side?paint=B7BCC0&finish=metallic&wheel=forged"), QSize(500, 0)));
        QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(response->errorString().isEmpty());
        std::unique_ptr<QQuickTextureFactory> texture(response->textureFactory());
        QVERIFY(texture);
        QCOMPARE(texture->textureSize(), QSize(500, 219));
        QCOMPARE(texture->image().pixelColor(0, 0).alpha(), 0);

        // No size asked: the default width.
        std::unique_ptr<QQuickImageResponse> plain(
            provider.requestImageResponse(QStringLiteral("suv/three-quarter?paint=202124"), QSize()));
        QSignalSpy plainFinished(plain.get(), &QQuickImageResponse::finished);
        QVERIFY(plainFinished.wait(10000));
        std::unique_ptr<QQuickTextureFactory> plainTexture(plain->textureFactory());
        QCOMPARE(plainTexture->textureSize(), QSize(CarImageProvider::defaultWidth, 450));
    }

    void providerReportsMalformedIds()
    {
        CarImageProvider provider;
        std::unique_ptr<QQuickImageResponse> bad(provider.requestImageResponse(QStringLiteral("estate/top?paint=zz"), QSize()));
        QSignalSpy finished(bad.get(), &QQuickImageResponse::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY2(bad->errorString().contains(QLatin1String("unknown view")), qPrintable(bad->errorString()));
        QVERIFY(!bad->textureFactory());
    }

    void cancelledRequestStillFinishes()
    {
        CarImageProvider provider;
        std::unique_ptr<QQuickImageResponse> response(
            provider.requestImageResponse(QStringLiteral("coupe/side?paint=FFFFFF"), QSize(300, 0)));
        QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
        response->cancel();
        QVERIFY(finished.wait(10000));
    }

    void providerOutlivesForgottenResponses()
    {
        // The engine may delete a response before its picture is painted.
        CarImageProvider provider;
        for (int i = 0; i < 8; ++i)
            delete provider.requestImageResponse(QStringLiteral("saloon/three-quarter?paint=8E1B26"), QSize(400, 0));
    }
};

QTEST_MAIN(TestCarIllustration)
#include "tst_carillustration.moc"
