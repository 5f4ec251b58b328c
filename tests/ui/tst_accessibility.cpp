// SPDX-License-Identifier: GPL-3.0-or-later
#include "brandtheme.h"
#include "configurator.h"
#include "drivebooking.h"
#include "finder.h"
#include "kiosk/kiosksession.h"
#include "kiosk/studiosettings.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "resultlistmodel.h"
#include "storage/database.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QAccessible>
#include <QApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRawFont>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QtQml/qqmlextensionplugin.h>

#include <limits>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Accessibility of the real window: every control has a name and a role, the large-text,
/// high-contrast and within-reach modes work, and Arabic and Chinese pages are complete.
class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    QStringList unnamedControls(QAccessibleInterface *iface, int depth = 0)
    {
        QStringList out;
        if (!iface || depth > 60)
            return out;
        static const QList<QAccessible::Role> controls{QAccessible::Button,  QAccessible::CheckBox, QAccessible::RadioButton,
                                                       QAccessible::PageTab, QAccessible::ComboBox, QAccessible::EditableText,
                                                       QAccessible::Slider,  QAccessible::SpinBox};
        const bool invisible = iface->state().invisible || iface->state().offscreen;
        if (!invisible && controls.contains(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
            auto *item = qobject_cast<QQuickItem *>(iface->object());
            out << QStringLiteral("%1 (role %2)")
                       .arg(item ? QString::fromLatin1(item->metaObject()->className()) : QStringLiteral("?"))
                       .arg(int(iface->role()));
        }
        for (int i = 0; i < iface->childCount(); ++i)
            out += unnamedControls(iface->child(i), depth + 1);
        return out;
    }

    int countControls(QAccessibleInterface *iface, int depth = 0)
    {
        if (!iface || depth > 60)
            return 0;
        int n = (iface->role() == QAccessible::Button || iface->role() == QAccessible::PageTab
                 || iface->role() == QAccessible::CheckBox)
            ? 1
            : 0;
        for (int i = 0; i < iface->childCount(); ++i)
            n += countControls(iface->child(i), depth + 1);
        return n;
    }

    // Every visible text item under `item`, in the order drawn.
    static void visibleTexts(QQuickItem *item, QList<QQuickItem *> &out)
    {
        if (!item->isVisible() || item->opacity() <= 0.01)
            return;
        if (item->inherits("QQuickText"))
            out << item;
        for (QQuickItem *child : item->childItems())
            visibleTexts(child, out);
    }

    // Every visible control a finger can use (buttons, fields, anything taking touches), with
    // the part of it the screen shows (clipped by scrolling lists and the window).
    static void controls(QQuickItem *item, const QRectF &window, QList<QPair<QQuickItem *, QRectF>> &out)
    {
        if (!item->isVisible() || item->opacity() <= 0.01 || !item->isEnabled())
            return;
        const bool control = item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextInput")
            || item->inherits("QQuickTextEdit") || item->inherits("QQuickMouseArea") || item->inherits("QQuickSlider")
            || item->inherits("QQuickRangeSlider");
        if (control && item->width() > 0 && item->height() > 0) {
            QRectF shown = item->mapRectToScene(QRectF(0, 0, item->width(), item->height())) & window;
            for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
                if (p->clip())
                    shown &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
            }
            if (shown.width() > 1 && shown.height() > 1)
                out << qMakePair(item, shown);
        }
        for (QQuickItem *child : item->childItems())
            controls(child, window, out);
    }

    // Opens a page, first giving it what a visitor would have chosen on the way there.
    void openPage(const QString &page)
    {
        QVariantMap properties;
        if (page == QLatin1String("configurator") || page == QLatin1String("summary") || page == QLatin1String("similar")) {
            m_kiosk->configurator()->startLine(QStringLiteral("aster"));
            m_kiosk->configurator()->chooseModel(QStringLiteral("aster-5"));
            properties.insert(QStringLiteral("step"), QStringLiteral("options"));
        }
        if (page == QLatin1String("drive")) {
            DriveBooking *drive = m_kiosk->driveBooking();
            drive->chooseModel(QStringLiteral("aster-5"));
            QTRY_VERIFY(!drive->dayRows().isEmpty());
            for (const DriveBooking::DayRow &day : drive->dayRows()) {
                if (drive->start().isEmpty() && day.free > 0) {
                    drive->chooseDay(day.date);
                    drive->chooseTime(drive->timeRows().first().start);
                }
            }
            properties.insert(QStringLiteral("step"), QStringLiteral("details"));
        }
        if (page != QLatin1String("configurator"))
            properties.remove(QStringLiteral("step"));
        if (page == QLatin1String("drive"))
            properties.insert(QStringLiteral("step"), QStringLiteral("details"));
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, page), Q_ARG(QVariant, properties));
        UiProbe(m_kiosk->window()).waitSettled();
    }

private slots:
    void initTestCase()
    {
        QAccessible::setActive(true);
        QString error;
        // A studio whose hub serves the phone pages: every QR code of the kiosk leads there.
        const QString path = m_dir.filePath(QStringLiteral("a11y.sqlite"));
        {
            QVERIFY(Database::open(path, QStringLiteral("a11y-setup")).ok());
            StudioSettings settings(QSqlDatabase::database(QStringLiteral("a11y-setup")));
            StudioSettings::Values v = settings.load();
            v.phoneBaseUrl = QStringLiteral("https://oslo.studio.example");
            QVERIFY(settings.save(v));
        }
        Database::close(QStringLiteral("a11y-setup"));
        m_kiosk = startKiosk(path, &error);
        QVERIFY2(m_kiosk, qPrintable(error));
        QVERIFY(UiProbe(m_kiosk->window()).waitSettled());
    }

    void cleanupTestCase() { m_kiosk.reset(); }

    void everyControlIsNamed_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("home") << "";
        QTest::newRow("find") << "find";
        QTest::newRow("configure") << "configure";
        QTest::newRow("book") << "book";
        QTest::newRow("accessibility") << "accessibility";
        QTest::newRow("staff") << "staff";
        QTest::newRow("configurator") << "configurator";
        QTest::newRow("summary") << "summary";
        QTest::newRow("similar") << "similar";
        QTest::newRow("drive") << "drive";
        QTest::newRow("tradein") << "tradein";
    }
    void everyControlIsNamed()
    {
        QFETCH(QString, page);
        if (!page.isEmpty())
            openPage(page);
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_kiosk->window());
        QVERIFY(root);
        QVERIFY2(countControls(root) >= 5, "the accessibility tree should expose the page's controls");
        const QStringList unnamed = unnamedControls(root);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        QVERIFY(UiProbe(m_kiosk->window()).waitSettled());
    }

    // With a keyboard, Tab walks Home's choices in reading order and comes round again.
    void focusOrderFollowsReading()
    {
        QQuickWindow *window = m_kiosk->window();
        QVERIFY(UiProbe(window).waitSettled());
        QStringList visited;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(window, Qt::Key_Tab);
            QQuickItem *focus = window->activeFocusItem();
            QVERIFY(focus);
            visited << focus->objectName();
        }
        const QStringList tiles{QStringLiteral("action-find"), QStringLiteral("action-configure"), QStringLiteral("action-book"),
                                QStringLiteral("action-expert")};
        QList<int> at;
        for (const QString &tile : tiles) {
            QVERIFY2(visited.contains(tile), qPrintable(visited.join(QLatin1Char(','))));
            at << int(visited.indexOf(tile));
        }
        QVERIFY2(std::is_sorted(at.begin(), at.end()), qPrintable(visited.join(QLatin1Char(','))));
        // It comes round: the first tile is reached again.
        QVERIFY(visited.lastIndexOf(tiles.first()) > at.first());
        // Shift+Tab goes back the same way.
        while (window->activeFocusItem()->objectName() != tiles.at(2))
            QTest::keyClick(window, Qt::Key_Tab);
        QTest::keyClick(window, Qt::Key_Backtab);
        QCOMPARE(window->activeFocusItem()->objectName(), tiles.at(1));
    }

    void modes_data()
    {
        QTest::addColumn<QString>("toggle");
        QTest::addColumn<QSize>("size");
        QTest::newRow("large-text") << "toggle-large" << QSize(1920, 1080);
        QTest::newRow("high-contrast") << "toggle-contrast" << QSize(1920, 1080);
        QTest::newRow("low-reach") << "toggle-reach" << QSize(1080, 1920);
    }
    void modes()
    {
        QFETCH(QString, toggle);
        QFETCH(QSize, size);
        QQuickWindow *window = m_kiosk->window();
        window->resize(size);
        UiProbe ui(window);
        openPage(QStringLiteral("accessibility"));
        const QColor before = m_kiosk->theme()->text();
        QVERIFY(ui.tap(toggle));
        QTRY_VERIFY(ui.find(toggle)->property("on").toBool());
        ui.waitSettled();
        ui.shoot(QStringLiteral("accessibility/%1-settings").arg(QTest::currentDataTag()));
        QMetaObject::invokeMethod(window, "goHome");
        QVERIFY(ui.waitSettled());
        QTest::qWait(400);
        ui.shoot(QStringLiteral("accessibility/%1-home").arg(QTest::currentDataTag()));
        if (toggle == QLatin1String("toggle-contrast"))
            QVERIFY(m_kiosk->theme()->text() != before);
        if (toggle == QLatin1String("toggle-reach")) {
            // Every control of Home sits in the lower 60 % of the portrait screen.
            for (const QString &name : {QStringLiteral("action-find"), QStringLiteral("action-expert"),
                                        QStringLiteral("staff-entry"), QStringLiteral("accessibility-entry")}) {
                QQuickItem *item = ui.find(name);
                QVERIFY2(item, qPrintable(name));
                const QPointF top = item->mapToScene(QPointF(0, 0));
                QVERIFY2(top.y() >= size.height() * 0.4 - 1, qPrintable(QStringLiteral("%1 at %2").arg(name).arg(top.y())));
            }
        }
        // The visitor leaving resets every mode.
        m_kiosk->session()->setTimeouts(600000, 15000);
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!m_kiosk->theme()->highContrast());
        window->resize(QSize(1920, 1080));
    }

    // Within reach on a tall screen: every control of the main pages, the language bar, the
    // switches and the header's back button included, sits in the lower 60 %.
    void reachModeKeepsEveryControlLow_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("language");
        for (const char *page :
             {"home", "find", "configure", "configurator", "summary", "book", "expert", "tradein", "accessibility"})
            QTest::newRow(page) << QString::fromLatin1(page) << QStringLiteral("en");
        QTest::newRow("home-ar") << "home"
                                 << "ar";
        QTest::newRow("accessibility-ar") << "accessibility"
                                          << "ar";
    }
    void reachModeKeepsEveryControlLow()
    {
        QFETCH(QString, page);
        QFETCH(QString, language);
        QQuickWindow *window = m_kiosk->window();
        const QSize size(1080, 1920);
        window->resize(size);
        m_kiosk->language()->setCode(language);
        UiProbe ui(window);
        // Whatever happens, the next test starts from a fresh visit in English, landscape.
        auto reset = qScopeGuard([&] {
            m_kiosk->session()->setTimeouts(600000, 15000);
            wipeVisit(m_kiosk.get());
            m_kiosk->language()->setCode(QStringLiteral("en"));
            window->resize(QSize(1920, 1080));
            UiProbe(window).waitSettled();
        });
        openPage(QStringLiteral("accessibility"));
        if (!ui.find(QStringLiteral("toggle-reach"))->property("on").toBool())
            QVERIFY(ui.tap(QStringLiteral("toggle-reach")));
        QTRY_VERIFY(ui.find(QStringLiteral("toggle-reach"))->property("on").toBool());
        if (page != QLatin1String("accessibility")) {
            QMetaObject::invokeMethod(window, "goHome");
            QVERIFY(ui.waitSettled());
            if (page != QLatin1String("home"))
                openPage(page);
        }
        QTest::qWait(500); // the pages' move into the lower part
        QVERIFY(ui.waitSettled());
        ui.shoot(QStringLiteral("reach/%1-%2").arg(page, language));
        QList<QPair<QQuickItem *, QRectF>> found;
        controls(window->contentItem(), QRectF(0, 0, size.width(), size.height()), found);
        QStringList names;
        for (const auto &[item, shown] : found)
            names << item->objectName();
        // The ones a visitor needs first are among them: Home's four choices, the language bar
        // and the accessibility entry; the switches; every other page's back button.
        if (page == QLatin1String("home")) {
            QVERIFY2(found.size() >= 12, qPrintable(names.join(QLatin1Char(','))));
            QVERIFY(names.contains(QStringLiteral("accessibility-entry")));
        } else {
            QVERIFY2(names.contains(QStringLiteral("back")), qPrintable(names.join(QLatin1Char(','))));
        }
        if (page == QLatin1String("accessibility")) {
            for (const char *name : {"toggle-large", "toggle-contrast", "toggle-reach"})
                QVERIFY2(names.contains(QLatin1String(name)), name);
        }
        QStringList high;
        for (const auto &[item, shown] : found) {
            if (shown.top() < size.height() * 0.4 - 1)
                high << QStringLiteral("%1 \"%2\" (%3) at y %4")
                            .arg(QString::fromLatin1(item->metaObject()->className()), item->property("text").toString(),
                                 item->objectName())
                            .arg(shown.top());
        }
        QVERIFY2(high.isEmpty(), qPrintable(high.join(QLatin1Char('\n'))));
    }

    // Arabic in each theme is set in the theme's proportional Arabic face, never a monospace
    // fallback: every visible Arabic word of a page laid out in its item's font, glyph by glyph.
    void arabicUsesTheThemesArabicFace_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("page");
        for (const char *theme : {"nocturne", "fjord"}) {
            for (const char *page : {"home", "find", "summary", "accessibility"})
                QTest::addRow("%s-%s", theme, page) << QString::fromLatin1(theme) << QString::fromLatin1(page);
        }
    }
    void arabicUsesTheThemesArabicFace()
    {
        QFETCH(QString, theme);
        QFETCH(QString, page);
        QString error;
        QVERIFY2(m_kiosk->theme()->load(theme, &error), qPrintable(error));
        m_kiosk->language()->setCode(QStringLiteral("ar"));
        const QString face = m_kiosk->theme()->arabicFont();
        QVERIFY2(!QFontDatabase::isFixedPitch(face), qPrintable(face));
        QVERIFY2(QFontDatabase::writingSystems(face).contains(QFontDatabase::Arabic), qPrintable(face));
        if (page != QLatin1String("home"))
            openPage(page);
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.waitSettled());
        QTest::qWait(400);
        ui.shoot(QStringLiteral("arabic/%1-%2").arg(theme, page));
        QList<QQuickItem *> texts;
        visibleTexts(m_kiosk->window()->contentItem(), texts);
        static const QRegularExpression arabicWord(QStringLiteral("\\p{Arabic}+"));
        int words = 0;
        QStringList wrong;
        for (QQuickItem *item : std::as_const(texts)) {
            const QString text = item->property("text").toString();
            const QFont font = item->property("font").value<QFont>();
            auto runsOf = [&](const QString &s) {
                QTextLayout layout(s, font);
                layout.beginLayout();
                layout.createLine();
                layout.endLayout();
                return layout.glyphRuns();
            };
            // No part of the text, Latin or Arabic, in a monospace face.
            for (const QGlyphRun &run : runsOf(text)) {
                const QString family = run.rawFont().familyName();
                if (QFontDatabase::isFixedPitch(family))
                    wrong << QStringLiteral("\"%1\" partly in monospace %2").arg(text.left(40), family);
            }
            for (auto it = arabicWord.globalMatch(text); it.hasNext();) {
                const QString word = it.next().captured();
                ++words;
                for (const QGlyphRun &run : runsOf(word)) {
                    if (run.rawFont().familyName() != face)
                        wrong << QStringLiteral("\"%1\" in %2, not %3").arg(word, run.rawFont().familyName(), face);
                }
            }
        }
        qInfo().noquote() << QStringLiteral("%1 %2: %3 Arabic words, set in %4").arg(theme, page).arg(words).arg(face);
        QVERIFY2(words >= 3, "the page should show Arabic");
        wrong.removeDuplicates();
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        QVERIFY(ui.waitSettled());
        m_kiosk->language()->setCode(QStringLiteral("en"));
        QVERIFY(m_kiosk->theme()->load(QStringLiteral("nocturne")));
    }

    // Arabic stands as tall as Latin: the smallest Arabic text of a page, as drawn, has letters
    // (a seen's body) at least nine-tenths of the smallest English text's x-height on the same page.
    // Set at the same size they reach four-fifths of it (6 px against 7.5 at 1920 x 1080).
    void arabicStandsAsTallAsLatin_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *page : {"home", "find", "summary"})
            QTest::addRow("%s", page) << QString::fromLatin1(page);
    }
    void arabicStandsAsTallAsLatin()
    {
        QFETCH(QString, page);
        const auto smallest = [this, &page](const QString &language) {
            m_kiosk->language()->setCode(language);
            if (page != QLatin1String("home"))
                openPage(page);
            UiProbe ui(m_kiosk->window());
            ui.waitSettled();
            QTest::qWait(400);
            qreal least = std::numeric_limits<qreal>::max();
            QString which;
            const bool arabic = language == QLatin1String("ar");
            static const QRegularExpression arabicLetter(QStringLiteral("\\p{Arabic}")), latinLetter(QStringLiteral("[a-z]"));
            QList<QQuickItem *> texts;
            visibleTexts(m_kiosk->window()->contentItem(), texts);
            for (QQuickItem *item : std::as_const(texts)) {
                const QString text = item->property("text").toString();
                if (!text.contains(arabic ? arabicLetter : latinLetter))
                    continue;
                const QFontMetricsF m(item->property("font").value<QFont>());
                const qreal height = arabic ? -m.tightBoundingRect(QStringLiteral("\u0633")).top() : m.xHeight();
                if (height < least) {
                    least = height;
                    which = text.left(40);
                }
            }
            QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
            ui.waitSettled();
            return std::pair(least, which);
        };
        const auto [latin, latinText] = smallest(QStringLiteral("en"));
        const auto [arabic, arabicText] = smallest(QStringLiteral("ar"));
        m_kiosk->language()->setCode(QStringLiteral("en"));
        qInfo().noquote() << QStringLiteral("%1: smallest x-height %2 px (\"%3\"), smallest Arabic seen %4 px (\"%5\")")
                                 .arg(page)
                                 .arg(latin)
                                 .arg(latinText)
                                 .arg(arabic)
                                 .arg(arabicText);
        QVERIFY(latin > 0 && latin < 1000 && arabic > 0 && arabic < 1000);
        QVERIFY2(arabic >= 0.9 * latin,
                 qPrintable(QStringLiteral("Arabic letters %1 px tall against Latin %2 px").arg(arabic).arg(latin)));
    }

    // A QR code sits with its text on the reading side of its row: left in English, right in
    // Arabic (the build's code, a car's "take it with you", the booking's two codes).
    void qrCodesOnTheReadingSide_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("language");
        for (const char *page : {"summary", "detail", "booked"}) {
            for (const char *language : {"en", "ar"})
                QTest::addRow("%s-%s", page, language) << QString::fromLatin1(page) << QString::fromLatin1(language);
        }
    }
    void qrCodesOnTheReadingSide()
    {
        QFETCH(QString, page);
        QFETCH(QString, language);
        QQuickWindow *window = m_kiosk->window();
        m_kiosk->language()->setCode(language);
        QString qrName;
        int levels = 1; // from the code's image up to the column or panel its row spans
        if (page == QLatin1String("summary")) {
            openPage(page);
            qrName = QStringLiteral("build-qr");
        } else if (page == QLatin1String("detail")) {
            Finder *finder = Finder::create(nullptr, nullptr);
            QTRY_VERIFY(finder->ready() && finder->results()->rowCount() > 0);
            const QString car = finder->results()->data(finder->results()->index(0), ResultListModel::IdRole).toString();
            const QVariantMap properties{{QStringLiteral("vehicleId"), car}};
            QMetaObject::invokeMethod(window, "openPage", Q_ARG(QVariant, QStringLiteral("detail")), Q_ARG(QVariant, properties));
            QVERIFY(UiProbe(window).waitSettled());
            qrName = QStringLiteral("share-qr");
            levels = 2;
        } else {
            DriveBooking *drive = m_kiosk->driveBooking();
            openPage(QStringLiteral("drive"));
            drive->submit(QStringLiteral("Ingrid Berg"), QStringLiteral("412 34 567"), true, false);
            QTRY_VERIFY(drive->confirmation().valid);
            qrName = QStringLiteral("booking-qr");
            levels = 3;
        }
        UiProbe ui(window);
        QVERIFY(ui.waitSettled());
        QTest::qWait(400);
        ui.shoot(QStringLiteral("qr/%1-%2").arg(page, language));
        QQuickItem *qr = ui.find(qrName);
        QVERIFY2(qr, qPrintable(qrName));
        // The web codes lead to the studio's phone pages, in the visitor's language.
        if (page != QLatin1String("booked")) {
            const QString source = QUrl::fromPercentEncoding(qr->property("source").toUrl().toString().toUtf8());
            QVERIFY2(source.contains(QStringLiteral("https://oslo.studio.example/p/"))
                         && source.endsWith(QStringLiteral("?lang=") + language),
                     qPrintable(source));
        }
        QQuickItem *row = qr;
        for (int i = 0; i < levels; ++i)
            row = row->parentItem();
        const QRectF code = qr->mapRectToScene(QRectF(0, 0, qr->width(), qr->height()));
        const QRectF line = row->mapRectToScene(QRectF(0, 0, row->width(), row->height()));
        const bool rtl = language == QLatin1String("ar");
        const QString where =
            QStringLiteral("code %1..%2 in row %3..%4").arg(code.left()).arg(code.right()).arg(line.left()).arg(line.right());
        QVERIFY2(rtl ? qAbs(code.right() - line.right()) <= 1 : qAbs(code.left() - line.left()) <= 1, qPrintable(where));
        QMetaObject::invokeMethod(window, "goHome");
        QVERIFY(ui.waitSettled());
        m_kiosk->driveBooking()->reset();
        m_kiosk->language()->setCode(QStringLiteral("en"));
    }

    void pagesInArabicAndTraditionalChinese_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        for (const QString &language : {QStringLiteral("ar"), QStringLiteral("zh_TW")}) {
            for (const QString &page :
                 {QStringLiteral("home"), QStringLiteral("find"), QStringLiteral("configure"), QStringLiteral("book"),
                  QStringLiteral("accessibility"), QStringLiteral("staff"), QStringLiteral("configurator"),
                  QStringLiteral("summary"), QStringLiteral("similar"), QStringLiteral("drive")})
                QTest::addRow("%s-%s", qPrintable(language), qPrintable(page)) << language << page;
        }
    }
    void pagesInArabicAndTraditionalChinese()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        m_kiosk->language()->setCode(language);
        if (page != QLatin1String("home"))
            openPage(page);
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.waitSettled());
        QTest::qWait(150);
        ui.shoot(QStringLiteral("pages/%1-%2").arg(page, language));
        // The header's back button sits on the reading side: right in Arabic, left otherwise.
        if (page != QLatin1String("home")) {
            QQuickItem *back = ui.find(QStringLiteral("back"));
            QVERIFY(back);
            const double x = back->mapToScene(QPointF(back->width() / 2, 0)).x();
            const bool rtl = language == QLatin1String("ar");
            QVERIFY2(rtl ? x > m_kiosk->window()->width() / 2 : x < m_kiosk->window()->width() / 2,
                     qPrintable(QString::number(x)));
        }
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        QVERIFY(ui.waitSettled());
        m_kiosk->language()->setCode(QStringLiteral("en"));
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessibility.moc"
