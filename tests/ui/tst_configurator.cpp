// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/configurationcode.h"
#include "configurator.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "showroom.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Configuring a car in the real window, from model line to summary: the picture follows the
/// paint and wheels, a choice with side effects asks first, undo goes back, the code reopens
/// the build, and "similar in stock" leads to real cars. Screenshots in English and Chinese.
class TestConfigurator : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;

    Configurator *conf() const { return m_kiosk->configurator(); }

    // The choices of a step, as the page shows them (the page follows to that step).
    QList<Configurator::ChoiceRow> rowsOf(const QString &step) const
    {
        conf()->setStep(step);
        return conf()->choiceRows();
    }

    // Brings the choice into view (delegates far down are not made yet) and taps it.
    bool tapChoice(UiProbe &ui, const QString &step, const QString &id)
    {
        const QList<Configurator::ChoiceRow> list = rowsOf(step);
        int index = -1;
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).id == id)
                index = i;
        }
        QQuickItem *view = ui.find(QStringLiteral("choices"));
        if (index < 0 || !view)
            return false;
        QMetaObject::invokeMethod(view, "positionViewAtIndex", Q_ARG(int, index), Q_ARG(int, 4 /* Contain */));
        QTest::qWait(50);
        return ui.tap(QStringLiteral("choice-") + id);
    }

    // Hardware keys into whatever has focus (the on-screen keyboard's own keys are tested by Qt).
    void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_kiosk->window(), c.toLatin1());
    }

    QString firstUnselected(const QString &step) const
    {
        for (const Configurator::ChoiceRow &c : rowsOf(step)) {
            if (!c.selected && c.enabled)
                return c.id;
        }
        return QString();
    }

    void shoot(UiProbe &ui, const QString &name, const QString &lang)
    {
        QVERIFY(ui.waitSettled());
        QTest::qWait(350); // pictures fade in
        ui.shoot(QStringLiteral("configurator/%1-%2").arg(name, lang));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_kiosk = startKiosk(m_dir.filePath(QStringLiteral("configure.sqlite")), &error);
        QVERIFY2(m_kiosk, qPrintable(error));
    }
    void cleanupTestCase() { m_kiosk.reset(); }
    // Every test starts on Home, whatever the previous one left.
    void init()
    {
        wipeVisit(m_kiosk.get());
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(ui.find(QStringLiteral("action-configure")) != nullptr);
        QVERIFY(ui.waitSettled());
    }

    void configureFromLineToSummary_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void configureFromLineToSummary()
    {
        QFETCH(QString, lang);
        UiProbe ui(m_kiosk->window());
        QVERIFY(m_kiosk->language()->setCode(lang));
        QVERIFY(ui.waitSettled());
        QVERIFY(ui.tap(QStringLiteral("action-configure")));
        QTRY_VERIFY(ui.find(QStringLiteral("line-aster")) != nullptr);
        shoot(ui, QStringLiteral("1-lines"), lang);

        // Model line → model: the configurator opens on the line's models.
        QVERIFY(ui.tap(QStringLiteral("line-aster")));
        QTRY_VERIFY(ui.find(QStringLiteral("choices")) != nullptr);
        QCOMPARE(conf()->line(), QStringLiteral("aster"));
        QVERIFY(!conf()->active());
        const QList<Configurator::ChoiceRow> models = rowsOf(QStringLiteral("model"));
        QVERIFY(models.size() >= 2);
        shoot(ui, QStringLiteral("2-model"), lang);
        const QString model = models.at(1).id;
        QVERIFY(tapChoice(ui, QStringLiteral("model"), model));
        QTRY_VERIFY(conf()->active());
        QCOMPARE(conf()->model(), model);
        QVERIFY(!conf()->price().isEmpty());
        QVERIFY(ui.find(QStringLiteral("running-price"))->property("text").toString() == conf()->price());

        // Trim: the second version if there is one.
        const QList<Configurator::ChoiceRow> trims = rowsOf(QStringLiteral("trim"));
        QVERIFY(!trims.isEmpty());
        shoot(ui, QStringLiteral("3-version"), lang);
        if (trims.size() > 1) {
            const QString trim = trims.last().id;
            QVERIFY(tapChoice(ui, QStringLiteral("trim"), trim));
            if (conf()->pending())
                QVERIFY(ui.tap(QStringLiteral("confirm")));
            QTRY_COMPARE(conf()->trim(), trim);
        }

        // Paint: the picture takes the exact colour.
        QVERIFY(ui.tap(QStringLiteral("step-paint")));
        const QString paint = firstUnselected(QStringLiteral("paint"));
        QVERIFY(!paint.isEmpty());
        const QString before = conf()->image();
        const QString price = conf()->price();
        QVERIFY(tapChoice(ui, QStringLiteral("paint"), paint));
        if (conf()->pending())
            QVERIFY(ui.tap(QStringLiteral("confirm")));
        QTRY_VERIFY(conf()->image() != before);
        const Configurator::ChoiceRow chosenPaint = [&] {
            for (const Configurator::ChoiceRow &c : rowsOf(QStringLiteral("paint")))
                if (c.id == paint)
                    return c;
            return Configurator::ChoiceRow();
        }();
        QVERIFY(chosenPaint.selected);
        QVERIFY2(conf()->image().contains(chosenPaint.hex.mid(1)), qPrintable(conf()->image()));
        QTRY_COMPARE(ui.find(QStringLiteral("build-picture"))->property("source").toString(), conf()->image());
        shoot(ui, QStringLiteral("4-paint"), lang);

        // Undo takes the colour back, and the price with it.
        QVERIFY(conf()->canUndo());
        QVERIFY(ui.tap(QStringLiteral("undo")));
        QTRY_COMPARE(conf()->image(), before);
        QCOMPARE(conf()->price(), price);
        QVERIFY(tapChoice(ui, QStringLiteral("paint"), paint));
        if (conf()->pending())
            QVERIFY(ui.tap(QStringLiteral("confirm")));
        QTRY_VERIFY(conf()->image() != before);

        // Wheels: the picture follows.
        QVERIFY(ui.tap(QStringLiteral("step-wheel")));
        const QString wheel = firstUnselected(QStringLiteral("wheel"));
        if (!wheel.isEmpty()) {
            const QString withOldWheels = conf()->image();
            QVERIFY(tapChoice(ui, QStringLiteral("wheel"), wheel));
            if (conf()->pending())
                QVERIFY(ui.tap(QStringLiteral("confirm")));
            QTRY_VERIFY(conf()->image() != withOldWheels);
        }
        shoot(ui, QStringLiteral("5-wheels"), lang);
        QVERIFY(ui.tap(QStringLiteral("step-interior")));
        shoot(ui, QStringLiteral("6-interior"), lang);

        // Options: one whose rules change other choices asks first, with the reasons.
        QVERIFY(ui.tap(QStringLiteral("step-options")));
        shoot(ui, QStringLiteral("7-options"), lang);
        QString conflicting;
        for (const Configurator::ChoiceRow &c : rowsOf(QStringLiteral("options"))) {
            if (!c.selected && c.enabled && !c.stateText.isEmpty()) {
                conflicting = c.id;
                break;
            }
        }
        QVERIFY2(!conflicting.isEmpty(), "the demo catalog should have an option that brings another");
        const QString priceBefore = conf()->price();
        QVERIFY(tapChoice(ui, QStringLiteral("options"), conflicting));
        QTRY_VERIFY(conf()->pending());
        const QList<Configurator::ChangeRow> changes = conf()->pendingChangeRows();
        QVERIFY(changes.size() >= 2);
        QVERIFY(!conf()->pendingTotal().isEmpty());
        for (const Configurator::ChangeRow &c : changes.mid(1))
            QVERIFY2(!c.reason.isEmpty(), "every side effect says why");
        QTRY_VERIFY(ui.find(QStringLiteral("conflict")) != nullptr);
        shoot(ui, QStringLiteral("8-conflict"), lang);
        // "Keep my car as it was" changes nothing.
        QVERIFY(ui.tap(QStringLiteral("keep")));
        QTRY_VERIFY(!conf()->pending());
        QCOMPARE(conf()->price(), priceBefore);
        QVERIFY(tapChoice(ui, QStringLiteral("options"), conflicting));
        QTRY_VERIFY(conf()->pending());
        QVERIFY(ui.tap(QStringLiteral("confirm")));
        QTRY_VERIFY(!conf()->pending());
        QVERIFY(conf()->price() != priceBefore);
        // The explanation matched what happened: everything added is on the car, everything removed is off.
        for (const Configurator::ChangeRow &c : changes) {
            bool found = false;
            for (const QString &step :
                 {QStringLiteral("paint"), QStringLiteral("wheel"), QStringLiteral("interior"), QStringLiteral("options")}) {
                for (const Configurator::ChoiceRow &v : rowsOf(step)) {
                    if (v.id != c.id)
                        continue;
                    found = true;
                    QVERIFY2(v.selected == !c.removed, qPrintable(c.id));
                }
            }
            QVERIFY2(found || c.removed, qPrintable(c.id));
        }

        // Summary: the complete price, the monthly rate and a code that reopens this build.
        QVERIFY(ui.tap(QStringLiteral("next")));
        QTRY_VERIFY(ui.find(QStringLiteral("build-code")) != nullptr);
        const QString code = conf()->code();
        QVERIFY(!code.isEmpty());
        QVERIFY(ui.find(QStringLiteral("build-code"))->property("text").toString().contains(code));
        QCOMPARE(ui.find(QStringLiteral("summary-price"))->property("text").toString(), conf()->price());
        shoot(ui, QStringLiteral("9-summary"), lang);
        const QString title = conf()->title();
        const QString total = conf()->price();
        QVERIFY(conf()->openCode(code));
        QVERIFY(conf()->notices().isEmpty()); // the very build
        QCOMPARE(conf()->title(), title);
        QCOMPARE(conf()->price(), total);
        QCOMPARE(conf()->code(), code);
        // One wrong character is caught.
        QString typo = code;
        const int at = typo.indexOf(QLatin1Char('-')) + 1;
        typo[at] = typo.at(at) == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
        QVERIFY(!conf()->openCode(typo));
        QVERIFY(!conf()->codeProblem().isEmpty());
        QCOMPARE(conf()->code(), code);

        // Similar cars in stock, each saying why; one opens its detail page.
        QVERIFY(ui.tap(QStringLiteral("similar")));
        QTRY_VERIFY(ui.find(QStringLiteral("similar-0")) != nullptr);
        QTRY_VERIFY(!conf()->similar()->loading() && conf()->similar()->count() > 0);
        QVERIFY(!conf()->similar()->rows().first().why.isEmpty());
        shoot(ui, QStringLiteral("10-similar"), lang);
        QVERIFY(ui.tap(QStringLiteral("similar-0")));
        QTRY_VERIFY(ui.find(QStringLiteral("detail-price")) != nullptr);
        shoot(ui, QStringLiteral("11-similar-detail"), lang);

        // The visitor leaves: nothing of the build remains.
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!conf()->active());
        QVERIFY(!conf()->canUndo());
        QVERIFY(!conf()->pending());
        QVERIFY(conf()->line().isEmpty());
        QTRY_VERIFY(ui.find(QStringLiteral("action-configure")) != nullptr);
    }

    // A code typed on the on-screen keyboard reopens the build; a typing mistake is caught.
    void reopenFromCode()
    {
        UiProbe ui(m_kiosk->window());
        conf()->startLine(QStringLiteral("rune"));
        conf()->chooseModel(rowsOf(QStringLiteral("model")).first().id);
        conf()->toggle(firstUnselected(QStringLiteral("paint")));
        conf()->confirm();
        const QString code = conf()->code();
        const QString title = conf()->title();
        const QString image = conf()->image();
        QVERIFY(!code.isEmpty());
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!conf()->active());

        QVERIFY(ui.tap(QStringLiteral("action-configure")));
        QTRY_VERIFY(ui.find(QStringLiteral("code-field-input")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("code-field-input")));
        QTRY_VERIFY(ui.find(QStringLiteral("code-field-input"))->hasActiveFocus());
        // The keyboard opens and the field stays above it.
        QTRY_VERIFY(ui.find(QStringLiteral("keyboard")) != nullptr);
        QQuickItem *keyboard = ui.find(QStringLiteral("keyboard"));
        QQuickItem *input = ui.find(QStringLiteral("code-field-input"));
        QTRY_VERIFY(input->mapToScene(QPointF(0, input->height())).y() <= keyboard->mapToScene(QPointF(0, 0)).y() + 1);
        QString typo = code;
        typo[0] = typo.at(0) == QLatin1Char('K') ? QLatin1Char('M') : QLatin1Char('K');
        type(typo);
        shoot(ui, QStringLiteral("keyboard-code"), QStringLiteral("en"));
        QVERIFY(ui.tap(QStringLiteral("open-code")));
        QTRY_VERIFY(!ui.find(QStringLiteral("code-field"))->property("error").toString().isEmpty());
        QVERIFY(!conf()->active());
        shoot(ui, QStringLiteral("code-typo"), QStringLiteral("en"));

        QVERIFY(ui.tap(QStringLiteral("code-field-input")));
        input->setProperty("text", QString());
        type(code.toLower());
        QVERIFY(ui.tap(QStringLiteral("open-code")));
        QTRY_VERIFY(conf()->active());
        QCOMPARE(conf()->title(), title);
        QCOMPARE(conf()->image(), image);
        QCOMPARE(conf()->code(), code);
        QTRY_VERIFY(ui.find(QStringLiteral("choices")) != nullptr);
    }

    void portrait()
    {
        UiProbe ui(m_kiosk->window());
        m_kiosk->window()->resize(1080, 1920);
        QVERIFY(ui.waitSettled());
        QVERIFY(ui.tap(QStringLiteral("action-configure")));
        QTRY_VERIFY(ui.find(QStringLiteral("line-vega")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("line-vega")));
        QTRY_VERIFY(ui.find(QStringLiteral("choices")) != nullptr);
        const QString model = rowsOf(QStringLiteral("model")).first().id;
        QVERIFY(tapChoice(ui, QStringLiteral("model"), model));
        QTRY_VERIFY(conf()->active());
        QVERIFY(ui.tap(QStringLiteral("step-paint")));
        shoot(ui, QStringLiteral("portrait-paint"), QStringLiteral("en"));
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!conf()->active());
        m_kiosk->window()->resize(1920, 1080);
    }
};

QTEST_MAIN(TestConfigurator)
#include "tst_configurator.moc"
