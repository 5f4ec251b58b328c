#include "carillustration.h"
#include "carimageprovider.h"

#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

/// The drawn cars: every body, view and wheel renders, in the asked paint, on transparency.
class TestCarIllustration : public QObject
{
    Q_OBJECT

    CarIllustration m_illustration;

    // The body colour: the most common opaque, non-grey-black pixel along the door line.
    static QColor bodyColour(const QImage &image)
    {
        QHash<QRgb, int> counts;
        const int y = image.height() * (image.height() > image.width() * 0.5 ? 0.70 : 0.76);
        for (int x = image.width() / 3; x < image.width() * 2 / 3; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 250)
                counts[c.rgb()] += 1;
        }
        QRgb best = 0;
        int most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                best = it.key();
            }
        }
        return QColor(best);
    }

private slots:
    void everyBodyViewAndWheelRenders()
    {
        const QString dir = QStringLiteral(VITRINE_SOURCE_DIR "/build/screenshots/cars");
        QDir().mkpath(dir);
        for (const QString &body : CarIllustration::bodies()) {
            for (const auto view : {CarIllustration::View::Side, CarIllustration::View::ThreeQuarter}) {
                for (const QString &wheel : CarIllustration::wheelDesigns()) {
                    CarIllustration::Spec spec{body, view, QColor(QStringLiteral("#1F3A5F")), QStringLiteral("metallic"), wheel};
                    const QImage image = m_illustration.render(spec, 640);
                    QCOMPARE(image.width(), 640);
                    QCOMPARE(image.height(), qRound(640 * CarIllustration::aspect(view)));
                    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
                    QCOMPARE(image.pixelColor(639, 0).alpha(), 0);
                    int opaque = 0;
                    for (int y = 0; y < image.height(); y += 4)
                        for (int x = 0; x < image.width(); x += 4)
                            opaque += image.pixelColor(x, y).alpha() > 200;
                    QVERIFY2(opaque > 1500, qPrintable(QStringLiteral("%1 %2 %3 drew %4").arg(body).arg(int(view)).arg(wheel).arg(opaque)));
                    if (wheel == QLatin1String("turbine"))
                        image.save(QStringLiteral("%1/%2-%3.png").arg(dir, body, view == CarIllustration::View::Side ? QStringLiteral("side") : QStringLiteral("three-quarter")));
                }
            }
        }
    }

    void paintIsTheAskedColour()
    {
        for (const QColor &paint : {QColor(QStringLiteral("#8E1B26")), QColor(QStringLiteral("#1F3A5F")), QColor(QStringLiteral("#3F4B3A"))}) {
            const QImage image = m_illustration.render({QStringLiteral("saloon"), CarIllustration::View::Side, paint,
                                                        QStringLiteral("solid"), QStringLiteral("aero")}, 800);
            const QColor seen = bodyColour(image);
            QVERIFY2(qAbs(seen.hslHue() - paint.hslHue()) < 20 || seen.hslHue() < 0,
                     qPrintable(QStringLiteral("asked %1, drew %2").arg(paint.name(), seen.name())));
            QVERIFY2(seen.hslHue() >= 0, qPrintable(seen.name()));
        }
        // Different paints give different pictures.
        const QImage red = m_illustration.render({QStringLiteral("suv"), CarIllustration::View::Side, Qt::red, {}, {}}, 400);
        const QImage blue = m_illustration.render({QStringLiteral("suv"), CarIllustration::View::Side, Qt::blue, {}, {}}, 400);
        QVERIFY(red != blue);
    }

    void unknownPartsFallBack()
    {
        const QImage fallback = m_illustration.render({QStringLiteral("hovercraft"), CarIllustration::View::Side,
                                                       Qt::gray, QStringLiteral("glitter"), QStringLiteral("square")}, 300);
        const QImage crossover = m_illustration.render({QStringLiteral("crossover"), CarIllustration::View::Side,
                                                        Qt::gray, QStringLiteral("glitter"), QStringLiteral("aero")}, 300);
        QCOMPARE(fallback, crossover);
    }

    void parsesImageIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("good") << "suv/side?paint=1F3A5F&finish=metallic&wheel=turbine" << true;
        QTest::newRow("three quarter") << "coupe/three-quarter?paint=ffffff&finish=solid&wheel=aero" << true;
        QTest::newRow("bad hex") << "suv/side?paint=12345G&wheel=aero" << false;
        QTest::newRow("short hex") << "suv/side?paint=123&wheel=aero" << false;
        QTest::newRow("no paint") << "suv/side?wheel=aero" << false;
        QTest::newRow("bad view") << "suv/top?paint=123456" << false;
        QTest::newRow("missing view") << "suv?paint=123456" << false;
        QTest::newRow("empty") << "" << false;
    }
    void parsesImageIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QString error;
        const auto request = CarImageProvider::parse(id, &error);
        QCOMPARE(request.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void providerDeliversOffTheUiThread()
    {
        CarImageProvider provider;
        std::unique_ptr<QQuickImageResponse> response(
            provider.requestImageResponse(QStringLiteral("estate/side?paint=B7BCC0&finish=metallic&wheel=forged"), QSize(500, 0)));
        QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
        QVERIFY(finished.wait(5000));
        QVERIFY(response->errorString().isEmpty());
        std::unique_ptr<QQuickTextureFactory> texture(response->textureFactory());
        QCOMPARE(texture->textureSize().width(), 500);

        std::unique_ptr<QQuickImageResponse> bad(provider.requestImageResponse(QStringLiteral("estate/top?paint=zz"), QSize()));
        QSignalSpy badFinished(bad.get(), &QQuickImageResponse::finished);
        QVERIFY(badFinished.wait(5000));
        QVERIFY(bad->errorString().contains(QLatin1String("unknown view")));
    }
};

QTEST_MAIN(TestCarIllustration)
#include "tst_carillustration.moc"
