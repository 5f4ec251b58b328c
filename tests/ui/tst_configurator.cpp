// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/configurationcode.h"
#include "common/readablecode.h"
#include "configurator.h"
#include "inventory/inventoryservice.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "showroom.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
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

    Configurator::ChoiceRow rowOf(const QString &step, const QString &id) const
    {
        for (const Configurator::ChoiceRow &c : rowsOf(step)) {
            if (c.id == id)
                return c;
        }
        return {};
    }

    // An amount as a line of the conflict sheet writes it, without its sign and the marks that
    // keep the sign beside it in right-to-left text.
    static QString unsigned_(QString text)
    {
        text.remove(QChar(0x2066));
        text.remove(QChar(0x2069));
        if (text.startsWith(QStringLiteral("+ ")) || text.startsWith(QStringLiteral("− ")))
            text = text.mid(2);
        return text;
    }

    QString summaryAmount(const QString &label) const
    {
        for (const AmountListModel::Line &line : conf()->summary()->lines()->lines()) {
            if (line.label == label)
                return line.amount;
        }
        return QString();
    }

    // The configurator at the Aster 5, from Home.
    void startAster5(UiProbe &ui)
    {
        QVERIFY(ui.tap(QStringLiteral("action-configure")));
        QTRY_VERIFY(ui.find(QStringLiteral("line-aster")) != nullptr);
        QVERIFY(ui.tap(QStringLiteral("line-aster")));
        QTRY_VERIFY(ui.find(QStringLiteral("choices")) != nullptr);
        QVERIFY(tapChoice(ui, QStringLiteral("model"), QStringLiteral("aster-5")));
        QTRY_VERIFY(conf()->active());
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
        // The field's example is shaped as codes are: groups of four from the code's alphabet, the
        // last one shorter (a code's length depends on the build).
        const QString placeholder = input->property("placeholderText").toString();
        const QRegularExpressionMatch example = QRegularExpression(QStringLiteral("[0-9A-Z]{4}(-[0-9A-Z]{4})*-[0-9A-Z]{1,3}"))
                                                    .match(placeholder);
        QVERIFY2(example.hasMatch(), qPrintable(placeholder));
        for (const QChar c : example.captured(0))
            QVERIFY2(c == QLatin1Char('-') || ReadableCode::digit(c) >= 0, qPrintable(placeholder));
        QVERIFY(ConfigurationCode::dataLength(example.captured(0)) >= 9);
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
        // The reopened build lands on its summary, the code on it; back leads into the configurator.
        QTRY_VERIFY(ui.find(QStringLiteral("build-code")) != nullptr);
        QVERIFY(ui.find(QStringLiteral("build-code"))->property("text").toString().contains(code));
        QVERIFY(ui.find(QStringLiteral("choices")) == nullptr);
        shoot(ui, QStringLiteral("code-reopened"), QStringLiteral("en"));
        QVERIFY(ui.tap(QStringLiteral("back")));
        QTRY_VERIFY(ui.find(QStringLiteral("choices")) != nullptr);
        QTRY_VERIFY(ui.find(QStringLiteral("build-code")) == nullptr);
        QCOMPARE(conf()->code(), code);
    }

    // Each choice says what it costs, taxes included: the same amount before and after it is
    // chosen, on the conflict sheet and on the summary.
    void oneAmountForOneChoice()
    {
        UiProbe ui(m_kiosk->window());
        startAster5(ui);
        // The paint: kr25,300 before taxes, kr31,625 with them on a car above NOK 500,000.
        QVERIFY(ui.tap(QStringLiteral("step-paint")));
        const QString paint = QStringLiteral("crimson-night");
        const QString listed = rowOf(QStringLiteral("paint"), paint).price;
        QVERIFY2(listed.contains(QStringLiteral("31,625")), qPrintable(listed));
        QVERIFY(tapChoice(ui, QStringLiteral("paint"), paint));
        if (conf()->pending())
            QVERIFY(ui.tap(QStringLiteral("confirm")));
        QTRY_VERIFY(rowOf(QStringLiteral("paint"), paint).selected);
        QCOMPARE(rowOf(QStringLiteral("paint"), paint).price, listed);
        QTRY_COMPARE(ui.find(QStringLiteral("choice-") + paint)->property("price").toString(), listed);
        // The free paint says so, chosen or not.
        QCOMPARE(rowOf(QStringLiteral("paint"), QStringLiteral("glacier-white")).price, QStringLiteral("Included"));
        shoot(ui, QStringLiteral("paint-chosen-paid"), QStringLiteral("en"));

        // A choice that changes other choices: its amount in the list is its amount on the sheet.
        QVERIFY(ui.tap(QStringLiteral("step-options")));
        // A package's contents are a list of names, each as the catalog writes it: not a sentence
        // that reads "Heated front seats and Heated steering wheel".
        qsizetype listedPackages = 0;
        const auto stock = m_kiosk->inventory()->snapshot(); // the catalog as stored
        QVERIFY(stock);
        const Catalog &catalog = stock->catalog;
        for (const Configurator::ChoiceRow &c : rowsOf(QStringLiteral("options"))) {
            const CatalogOption *o = catalog.option(c.id);
            if (!c.package || !o || o->contents.size() < 2)
                continue;
            ++listedPackages;
            const QStringList shown = c.detail.split(QStringLiteral(" \u00B7 "));
            QCOMPARE(shown.size(), o->contents.size());
            for (qsizetype i = 0; i < shown.size(); ++i) {
                const CatalogOption *part = catalog.option(o->contents.at(i));
                QVERIFY(part);
                QCOMPARE(shown.at(i), part->name.text(QStringLiteral("en")));
            }
        }
        QVERIFY2(listedPackages > 0, "the Aster 5 should offer a package of two options or more");
        Configurator::ChoiceRow package;
        for (const Configurator::ChoiceRow &c : rowsOf(QStringLiteral("options"))) {
            if (!c.selected && c.enabled && !c.stateText.isEmpty()) {
                package = c;
                break;
            }
        }
        QVERIFY2(!package.id.isEmpty(), "the Aster 5 should have an option that changes another choice");
        QVERIFY(!package.price.startsWith(QLatin1Char('+')));
        QVERIFY(tapChoice(ui, QStringLiteral("options"), package.id));
        QTRY_VERIFY(conf()->pending());
        QTRY_VERIFY(ui.find(QStringLiteral("conflict")) != nullptr);
        bool onSheet = false;
        for (const Configurator::ChangeRow &change : conf()->pendingChangeRows()) {
            if (change.id != package.id)
                continue;
            onSheet = true;
            QVERIFY2(change.amount.contains(QStringLiteral("+ ")), qPrintable(change.amount));
            QCOMPARE(unsigned_(change.amount), package.price);
        }
        QVERIFY(onSheet);
        shoot(ui, QStringLiteral("conflict-amounts"), QStringLiteral("en"));
        QVERIFY(ui.tap(QStringLiteral("confirm")));
        QTRY_VERIFY(!conf()->pending());
        QCOMPARE(rowOf(QStringLiteral("options"), package.id).price, package.price);

        // The summary: the same amounts, line by line.
        QVERIFY(ui.tap(QStringLiteral("next")));
        QTRY_VERIFY(ui.find(QStringLiteral("build-code")) != nullptr);
        QCOMPARE(summaryAmount(package.name), package.price);
        QCOMPARE(summaryAmount(rowOf(QStringLiteral("paint"), paint).name), listed);
        shoot(ui, QStringLiteral("summary-amounts"), QStringLiteral("en"));
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!conf()->active());
    }

    // A tap far down the options list leaves the list where the visitor scrolled it.
    void optionsListKeepsItsPlace()
    {
        UiProbe ui(m_kiosk->window());
        startAster5(ui);
        QVERIFY(ui.tap(QStringLiteral("step-options")));
        QQuickItem *list = ui.find(QStringLiteral("choices"));
        QVERIFY(list);
        QTRY_VERIFY(list->property("contentHeight").toReal() > list->height());
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        QVERIFY(ui.waitSettled());
        const qreal scrolled = list->property("contentY").toReal();
        QVERIFY(scrolled > 0);
        // Choices in view at the end of the list: one that changes nothing else, then one that
        // asks first.
        QString plain, asking;
        const QList<Configurator::ChoiceRow> rows = rowsOf(QStringLiteral("options"));
        const auto inView = [&ui, list](const QString &id) {
            QQuickItem *item = ui.find(QStringLiteral("choice-") + id);
            if (!item)
                return false;
            const qreal y = item->mapToItem(list, QPointF(0, 0)).y();
            return y >= 0 && y + item->height() <= list->height();
        };
        for (auto c = rows.crbegin(); c != rows.crend(); ++c) {
            if (c->selected || !c->enabled || !inView(c->id))
                continue;
            if (c->stateText.isEmpty() && plain.isEmpty())
                plain = c->id;
            else if (!c->stateText.isEmpty() && asking.isEmpty())
                asking = c->id;
        }
        QVERIFY(!plain.isEmpty());
        // The tapped row stays under the finger: it may move by what rows around it gain or lose
        // (a line saying what a choice would change), never by a jump of the list.
        const auto stays = [&ui, list](const QString &id) {
            QQuickItem *before = ui.find(QStringLiteral("choice-") + id);
            const qreal y = before->mapToItem(list, QPointF(0, 0)).y();
            return [&ui, list, id, y] {
                QQuickItem *after = ui.find(QStringLiteral("choice-") + id);
                return after && qAbs(after->mapToItem(list, QPointF(0, 0)).y() - y) < after->height() / 2;
            };
        };
        const auto plainStays = stays(plain);
        QVERIFY(ui.tap(QStringLiteral("choice-") + plain));
        QTRY_VERIFY(rowOf(QStringLiteral("options"), plain).selected);
        QTest::qWait(300);
        QVERIFY(list->property("contentY").toReal() > scrolled / 2);
        QVERIFY(plainStays());
        if (!asking.isEmpty() && ui.find(QStringLiteral("choice-") + asking)) {
            const auto askingStays = stays(asking);
            QVERIFY(ui.tap(QStringLiteral("choice-") + asking));
            QTRY_VERIFY(conf()->pending());
            QTRY_VERIFY(ui.find(QStringLiteral("conflict")) != nullptr);
            QVERIFY(ui.waitSettled());
            QVERIFY(ui.tap(QStringLiteral("confirm")));
            QTRY_VERIFY(rowOf(QStringLiteral("options"), asking).selected);
            QTest::qWait(300);
            QVERIFY(list->property("contentY").toReal() > scrolled / 2);
            QVERIFY(askingStays());
        }
        shoot(ui, QStringLiteral("options-scrolled"), QStringLiteral("en"));
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!conf()->active());
    }

    // The interior step shows the cabin in the chosen interior; each wheel is shown as itself.
    void interiorAndWheelPictures()
    {
        UiProbe ui(m_kiosk->window());
        startAster5(ui);
        QVERIFY(ui.tap(QStringLiteral("step-wheel")));
        const QList<Configurator::ChoiceRow> wheels = rowsOf(QStringLiteral("wheel"));
        QVERIFY(wheels.size() >= 2);
        QSet<QString> pictures;
        for (const Configurator::ChoiceRow &w : wheels) {
            QVERIFY2(w.image.startsWith(QStringLiteral("image://car/")) && w.image.contains(QStringLiteral("/wheel?wheel=")),
                     qPrintable(w.image));
            pictures.insert(w.image);
        }
        QVERIFY(pictures.size() > 1); // each design its own picture
        QVERIFY(conf()->image().contains(QStringLiteral("/three-quarter?")));
        shoot(ui, QStringLiteral("wheel-thumbnails"), QStringLiteral("en"));

        QVERIFY(ui.tap(QStringLiteral("step-interior")));
        QTRY_VERIFY(conf()->image().contains(QStringLiteral("/cabin?")));
        const QString interior = QStringLiteral("cognac-leather");
        QVERIFY(tapChoice(ui, QStringLiteral("interior"), interior));
        if (conf()->pending())
            QVERIFY(ui.tap(QStringLiteral("confirm")));
        QTRY_VERIFY(rowOf(QStringLiteral("interior"), interior).selected);
        QVERIFY2(conf()->image().contains(QStringLiteral("interior=") + rowOf(QStringLiteral("interior"), interior).hex.mid(1)),
                 qPrintable(conf()->image()));
        QVERIFY(conf()->image().contains(QStringLiteral("material=leather")));
        QTRY_COMPARE(ui.find(QStringLiteral("build-picture"))->property("source").toString(), conf()->image());
        shoot(ui, QStringLiteral("interior-cabin"), QStringLiteral("en"));
        // The other steps and the summary show the car again.
        QVERIFY(ui.tap(QStringLiteral("step-options")));
        QTRY_VERIFY(conf()->image().contains(QStringLiteral("/three-quarter?")));
        QVERIFY(conf()->summary()->image().contains(QStringLiteral("/three-quarter?")));
        wipeVisit(m_kiosk.get());
        QTRY_VERIFY(!conf()->active());
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
