// SPDX-License-Identifier: GPL-3.0-or-later
#include "brandtheme.h"
#include "configurator.h"
#include "drivebooking.h"
#include "finder.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "resultlistmodel.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QApplication>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>

#include <cmath>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `fg` drawn with `alpha` over the opaque `bg`.
QColor over(const QColor &fg, double alpha, const QColor &bg)
{
    alpha = std::clamp(alpha, 0.0, 1.0);
    return QColor::fromRgbF(float(fg.redF() * alpha + bg.redF() * (1 - alpha)),
                            float(fg.greenF() * alpha + bg.greenF() * (1 - alpha)),
                            float(fg.blueF() * alpha + bg.blueF() * (1 - alpha)));
}

struct Lowest {
    double ratio = 1e9;
    QString what;
    int checked = 0;
    void see(double r, const QString &w)
    {
        ++checked;
        if (r < ratio) {
            ratio = r;
            what = w;
        }
    }
};

QString table(const QString &title, const QMap<QString, Lowest> &rows)
{
    QStringList lines{title,
                      QStringLiteral("%1 %2 %3 %4  %5")
                          .arg(QStringLiteral("theme / mode"), -26)
                          .arg(QStringLiteral("needs"), 6)
                          .arg(QStringLiteral("lowest"), 7)
                          .arg(QStringLiteral("pairs"), 6)
                          .arg(QStringLiteral("lowest pair"))};
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const bool high = it.key().endsWith(QLatin1String("high contrast"));
        lines << QStringLiteral("%1 %2 %3 %4  %5")
                     .arg(it.key(), -26)
                     .arg(high ? 7.0 : 4.5, 6, 'f', 1)
                     .arg(it->ratio, 7, 'f', 2)
                     .arg(it->checked, 6)
                     .arg(it->what);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

/// Every text against what it is drawn on reaches 4.5:1, and 7:1 in the high-contrast mode, in
/// both themes: first the theme's own colour pairs (each text colour on each background it is
/// used on), then the real pages as rendered, each visible text's colour against the pixels
/// beneath it (the texts hidden for a moment), with the item's opacity taken into account.
class TestContrast : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;
    const QStringList m_themes{QStringLiteral("nocturne"), QStringLiteral("fjord")};

    QObject *themeSingleton() const
    {
        QQmlExpression expression(qmlContext(m_kiosk->window()), m_kiosk->window(), QStringLiteral("Theme"));
        return expression.evaluate().value<QObject *>();
    }

    void settle()
    {
        UiProbe(m_kiosk->window()).waitSettled(4000);
        for (int i = 0; i < 4; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(20);
        }
    }

    void open(const QString &page, const QVariantMap &properties = {})
    {
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        settle();
        if (!page.isEmpty())
            QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, page), Q_ARG(QVariant, properties));
        QTest::qWait(450); // the page transition
        settle();
    }

    struct Drawn {
        QQuickItem *item;
        QColor color;
        double opacity;
        QRect area;
        QString text;
    };

    static bool enabledAll(const QQuickItem *item)
    {
        for (; item; item = item->parentItem()) {
            if (!item->isEnabled())
                return false;
        }
        return true;
    }

    static double effectiveOpacity(const QQuickItem *item)
    {
        double o = 1;
        for (; item; item = item->parentItem())
            o *= item->opacity();
        return o;
    }

    // Where the item's glyphs are, cut by its clipping ancestors and the window.
    static QRect paintedArea(QQuickItem *item, const QRect &window)
    {
        QRectF r = item->mapRectToScene(item->boundingRect());
        for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
            if (p->clip())
                r &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
        }
        return r.toAlignedRect() & window;
    }

    // The shown fades at the foot of scrolling areas (MoreBelow), in the window: the lines they
    // pass over fade into the page on purpose, a sign of more below rather than text to read there.
    static void collectFades(QQuickItem *item, QList<QRectF> &out)
    {
        if (!item->isVisible() || item->opacity() <= 0.0)
            return;
        if (QByteArray(item->metaObject()->className()).startsWith("MoreBelow"))
            out << item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        for (QQuickItem *child : item->childItems())
            collectFades(child, out);
    }

    void collect(QQuickItem *item, QList<Drawn> &out, int &disabled, const QRect &window, const QList<QRectF> &fades)
    {
        if (!item->isVisible() || item->opacity() <= 0.0)
            return;
        const char *cls = item->metaObject()->className();
        const bool isText = item->inherits("QQuickText") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit");
        Q_UNUSED(cls);
        if (isText) {
            const QString text = item->property("text").toString().trimmed();
            const double opacity = effectiveOpacity(item);
            const QRect area = paintedArea(item, window);
            const bool faded = std::any_of(fades.cbegin(), fades.cend(),
                                           [&area](const QRectF &fade) { return fade.contains(QRectF(area).center()); });
            if (!text.isEmpty() && opacity > 0.05 && area.width() > 1 && area.height() > 1 && !faded) {
                if (!enabledAll(item))
                    ++disabled; // WCAG: inactive controls have no contrast requirement.
                else
                    out << Drawn{item, item->property("color").value<QColor>(), opacity, area, text};
            }
        }
        for (QQuickItem *child : item->childItems())
            collect(child, out, disabled, window, fades);
    }

    // The most frequent colour under the text (with the texts hidden).
    static QColor background(const QImage &image, const QRect &area)
    {
        QHash<QRgb, int> histogram;
        const int step = std::max(1, int(std::sqrt(double(area.width()) * area.height() / 4000.0)));
        for (int y = area.top(); y <= area.bottom(); y += step) {
            for (int x = area.left(); x <= area.right(); x += step)
                ++histogram[image.pixel(x, y) | 0xff000000];
        }
        QRgb best = 0;
        int count = -1;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
            if (it.value() > count) {
                count = it.value();
                best = it.key();
            }
        }
        return QColor::fromRgb(best);
    }

    QMap<QString, Lowest> m_rendered;
    QStringList m_failures;

    // Every visible text of the window as it is now.
    void measure(const QString &state, bool highContrast, const QString &key)
    {
        QQuickWindow *window = m_kiosk->window();
        const QRect bounds(0, 0, window->width(), window->height());
        QList<Drawn> drawn;
        int disabled = 0;
        QList<QRectF> fades;
        collectFades(window->contentItem(), fades);
        collect(window->contentItem(), drawn, disabled, bounds, fades);
        QVERIFY2(!drawn.isEmpty(), qPrintable(state));
        QList<qreal> opacities;
        for (const Drawn &d : drawn) {
            opacities << d.item->opacity();
            d.item->setOpacity(0);
        }
        const QImage under = window->grabWindow().convertToFormat(QImage::Format_RGB32);
        for (int i = 0; i < drawn.size(); ++i)
            drawn[i].item->setOpacity(opacities.at(i));
        QVERIFY(!under.isNull());
        const double needed = highContrast ? 7.0 : 4.5;
        Lowest &lowest = m_rendered[key];
        for (const Drawn &d : drawn) {
            const QRect area = d.area & under.rect();
            if (area.isEmpty())
                continue;
            const QColor bg = background(under, area);
            const QColor fg = over(d.color, d.color.alphaF() * d.opacity, bg);
            const double ratio = contrast(fg, bg);
            const QString what = QStringLiteral("\"%1\" %2 on %3 (%4)")
                                     .arg(d.text.left(30), d.color.name(QColor::HexArgb), bg.name(), state);
            lowest.see(ratio, what);
            if (ratio < needed)
                m_failures << QStringLiteral("%1: %2 < %3 %4 opacity %5 at %6,%7")
                                  .arg(key)
                                  .arg(ratio, 0, 'f', 2)
                                  .arg(needed)
                                  .arg(what)
                                  .arg(d.opacity, 0, 'f', 2)
                                  .arg(d.area.x())
                                  .arg(d.area.y());
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_kiosk = startKiosk(m_dir.filePath(QStringLiteral("contrast.sqlite")), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
        m_kiosk->session()->setTimeouts(3600000, 60000);
        QTRY_VERIFY(Finder::create(nullptr, nullptr)->ready());
        settle();
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    // The theme's colour pairs as the components use them.
    void themePairs()
    {
        struct Pair {
            const char *use;
            QColor (BrandTheme::*text)() const;
            QColor (BrandTheme::*on)() const;
        };
        const QList<Pair> pairs{
            {"text on background", &BrandTheme::text, &BrandTheme::background},
            {"text on surface", &BrandTheme::text, &BrandTheme::surface},
            {"text on surfaceRaised", &BrandTheme::text, &BrandTheme::surfaceRaised},
            {"text on backdrop top", &BrandTheme::text, &BrandTheme::carBackdropTop},
            {"text on backdrop bottom", &BrandTheme::text, &BrandTheme::carBackdropBottom},
            {"muted on background", &BrandTheme::textMuted, &BrandTheme::background},
            {"muted on surface (Off label)", &BrandTheme::textMuted, &BrandTheme::surface},
            {"muted on surfaceRaised", &BrandTheme::textMuted, &BrandTheme::surfaceRaised},
            {"muted on backdrop top", &BrandTheme::textMuted, &BrandTheme::carBackdropTop},
            {"muted on backdrop bottom", &BrandTheme::textMuted, &BrandTheme::carBackdropBottom},
            {"onAccent on accent (buttons, chips, choices, On label)", &BrandTheme::textOnAccent, &BrandTheme::accent},
        };
        QMap<QString, Lowest> rows;
        QStringList failures;
        for (const QString &id : m_themes) {
            for (const bool high : {false, true}) {
                BrandTheme theme(nullptr);
                QString error;
                QVERIFY2(theme.load(id, &error), qPrintable(error));
                theme.setHighContrast(high);
                const QString key = QStringLiteral("%1, %2").arg(
                    id, high ? QStringLiteral("high contrast") : QStringLiteral("normal"));
                for (const Pair &p : pairs) {
                    const QColor fg = (theme.*p.text)();
                    const QColor bg = (theme.*p.on)();
                    const double ratio = contrast(fg, bg);
                    const QString what = QStringLiteral("%1 %2/%3").arg(QLatin1String(p.use), fg.name(), bg.name());
                    rows[key].see(ratio, what);
                    if (ratio < (high ? 7.0 : 4.5))
                        failures << QStringLiteral("%1: %2 is %3:1").arg(key, what).arg(ratio, 0, 'f', 2);
                }
            }
        }
        qInfo().noquote() << table(QStringLiteral("Contrast of the themes' text colours on their backgrounds (WCAG ratio):"),
                                   rows);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // The pages as a visitor sees them, each visible text against the pixels beneath it.
    void renderedPages()
    {
        QQuickWindow *window = m_kiosk->window();
        QObject *theme = themeSingleton();
        QVERIFY(theme);
        window->resize(1920, 1080);
        Finder *finder = Finder::create(nullptr, nullptr);
        const QString firstCar = finder->results()->data(finder->results()->index(0), ResultListModel::IdRole).toString();
        for (const QString &id : m_themes) {
            QString error;
            QVERIFY2(m_kiosk->theme()->load(id, &error), qPrintable(error));
            for (const bool high : {false, true}) {
                const QString key = QStringLiteral("%1, %2").arg(
                    id, high ? QStringLiteral("high contrast") : QStringLiteral("normal"));
                m_kiosk->theme()->setHighContrast(high);
                auto look = [&](const QString &state) {
                    settle();
                    measure(state, high, key);
                };
                open(QString());
                look(QStringLiteral("home"));
                open(QStringLiteral("find"));
                look(QStringLiteral("finder"));
                // Nothing found: the chips' zero counts.
                finder->setText(QStringLiteral("Glacier White Crimson Night"));
                QTRY_COMPARE(finder->total(), 0);
                look(QStringLiteral("finder, nothing found"));
                finder->reset();
                open(QStringLiteral("detail"), {{QStringLiteral("vehicleId"), firstCar}});
                look(QStringLiteral("detail"));
                open(QStringLiteral("configure"));
                look(QStringLiteral("model lines"));
                m_kiosk->configurator()->startLine(QStringLiteral("aster"));
                m_kiosk->configurator()->chooseModel(QStringLiteral("aster-5"));
                for (const QString &step : {QStringLiteral("paint"), QStringLiteral("options")}) {
                    open(QStringLiteral("configurator"), {{QStringLiteral("step"), step}});
                    look(QStringLiteral("configurator ") + step);
                }
                open(QStringLiteral("summary"));
                look(QStringLiteral("summary"));
                m_kiosk->configurator()->reset();
                open(QStringLiteral("book"));
                look(QStringLiteral("test drive"));
                open(QStringLiteral("expert"));
                look(QStringLiteral("expert"));
                open(QStringLiteral("tradein"));
                look(QStringLiteral("value my car"));
                // The accessibility page with its switches on: the state labels in both states.
                open(QStringLiteral("accessibility"));
                theme->setProperty("largeText", true);
                theme->setProperty("lowReach", true);
                look(QStringLiteral("accessibility, switches on"));
                UiProbe(window).shoot(QStringLiteral("contrast/accessibility-%1-%2")
                                          .arg(id, high ? QStringLiteral("high") : QStringLiteral("normal")));
                theme->setProperty("largeText", false);
                theme->setProperty("lowReach", false);
                look(QStringLiteral("accessibility, switches off"));
            }
            m_kiosk->theme()->setHighContrast(false);
        }
        QVERIFY2(m_kiosk->theme()->load(QStringLiteral("nocturne")), "nocturne");
        open(QString());
        qInfo().noquote() << table(QStringLiteral("Contrast of every visible text on the rendered pages (home, finder, finder "
                                                  "with nothing found, detail, model lines, "
                                                  "configurator paint and options, summary, test drive, expert, accessibility):"),
                                   m_rendered);
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestContrast test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_contrast.moc"
