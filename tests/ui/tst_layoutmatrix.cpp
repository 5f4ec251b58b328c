// SPDX-License-Identifier: GPL-3.0-or-later
#include "brandtheme.h"
#include "configurator.h"
#include "driveagenda.h"
#include "drivebooking.h"
#include "finder.h"
#include "hubprocess.h"
#include "insights/insightrows.h"
#include "kiosk/staffpin.h"
#include "kioskapplication.h"
#include "kioskfixture.h"
#include "layoutreport.h"
#include "staffinsights.h"
#include "staffmode.h"
#include "storage/database.h"
#include "studioevents.h"
#include "studiohub.h"
#include "syncsources.h"
#include "tradeinvaluation.h"
#include "uilanguage.h"
#include "uiprobe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(VitrineUiPlugin)

/// Every page in every size, language and theme, and with larger text: not one text truncated,
/// drawn outside its box, cut by a container, off the screen or smaller than reads comfortably
/// (12 px, a tablet's smallest caption; 30 % more with larger text). Each page is opened once, the
/// way a visitor gets there, then turned through the matrix; the report names each text at
/// fault. Screenshots per page, size and language in build/screenshots/matrix/ (the themes
/// alternate by language so both are seen; larger text in English, German and Arabic).
class TestLayoutMatrix : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;
    const QList<QSize> m_sizes{{1920, 1080}, {1080, 1920}, {1280, 800}, {2560, 1600}};
    const QStringList m_languages{QStringLiteral("en"),    QStringLiteral("de"),    QStringLiteral("fr"),
                                  QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("ar")};
    const QStringList m_themes{QStringLiteral("nocturne"), QStringLiteral("fjord")};
    static constexpr qreal kSmallestText = 12;
    /// Lower scrolling areas (a field's lines) are not a page's body, and need no fade.
    static constexpr qreal kLowestArea = 112;
    struct Tally {
        int states = 0;
        int texts = 0;
        int faults = 0;
    };
    QMap<QString, Tally> m_tally;      ///< per page
    QMap<QString, int> m_faultsBefore; ///< each page's faults when the current function began
    QMap<QString, int> faultsByPage() const
    {
        QMap<QString, int> faults;
        for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it)
            faults.insert(it.key(), it->faults);
        return faults;
    }
    struct Fault {
        int count = 0;
        QString example; ///< the first state it was seen in, with where
    };
    QMap<QString, Fault> m_faults; ///< by page, problem, item and text

    QObject *themeSingleton() const
    {
        // The window's own QML context sees the Theme singleton as the pages do.
        QQmlExpression expression(qmlContext(m_kiosk->window()), m_kiosk->window(), QStringLiteral("Theme"));
        return expression.evaluate().value<QObject *>();
    }

    QString screenshotTheme(const QString &language) const
    {
        return QStringList{QStringLiteral("de"), QStringLiteral("zh_TW"), QStringLiteral("ar")}.contains(language)
            ? QStringLiteral("fjord")
            : QStringLiteral("nocturne");
    }

    // Lets bindings, layouts (Flow, Column) and text layout settle after a change: until a round
    // of events draws no frame. A fixed three rounds of 15 ms took a third of the matrix's time.
    void settle()
    {
        UiProbe ui(m_kiosk->window());
        ui.waitSettled(3000);
        ui.waitFramesStop();
    }

    /// Pixels the software renderer left stale in what the window shows, as a fault of `page`;
    /// what it shows saved as the screenshot `shot`.
    void checkDrawnWhole(const QString &page, const QString &state, const QString &shot)
    {
        const UiProbe ui(m_kiosk->window());
        QImage shown;
        const int stale = ui.pixelsNotDrawnWhole(&shown);
        // The window as the check saw it, still: not waited for and grabbed again.
        if (shown.isNull())
            ui.shoot(shot);
        else
            UiProbe::save(shown, shot);
        // Each of the attract loop's pictures drifts for all of its seven seconds: no still
        // window to draw whole, and nothing stale under a picture drawn again every frame.
        if (stale < 0 && page == QLatin1String("attractLoop"))
            return;
        if (stale < 0)
            record(page, QStringLiteral("the window was never drawn whole and still"), [&] { return state; });
        else if (stale > 0)
            record(page, QStringLiteral("the window as shown differs from the window drawn whole"),
                   [&] { return QStringLiteral("%1, in %2 pixels").arg(state).arg(stale); });
    }

    /// One fault more on `page`: counted, and kept under `what` with where it was first seen.
    void record(const QString &page, const QString &what, const std::function<QString()> &firstSeen)
    {
        ++m_tally[page].faults;
        Fault &fault = m_faults[QStringLiteral("%1: %2").arg(page, what)];
        if (fault.count++ == 0)
            fault.example = firstSeen();
    }

    /// Every text on the screen now, then the page's own check if it has one (which names what
    /// is wrong, or gives an empty text).
    void check(const QString &page, const QString &state, const std::function<QString()> &alsoWrong)
    {
        Tally &tally = m_tally[page];
        ++tally.states;
        const qreal smallest = kSmallestText * (themeSingleton()->property("largeText").toBool() ? 1.3 : 1.0);
        for (const LayoutReport::Text &t : LayoutReport::texts(m_kiosk->window(), smallest)) {
            ++tally.texts;
            if (t.problems == 0)
                continue;
            static const QRegularExpression index(QStringLiteral("-\\d+(?=/|$)"));
            record(page,
                   QStringLiteral("%1 \"%2\" (%3)")
                       .arg(LayoutReport::problemNames(t.problems).join(QLatin1Char('+')), t.text.left(50),
                            QString(t.name).replace(index, QStringLiteral("-#"))),
                   [&] {
                       return QStringLiteral("%1 at %2,%3 %4×%5, %6 px")
                           .arg(state)
                           .arg(qRound(t.painted.x()))
                           .arg(qRound(t.painted.y()))
                           .arg(qRound(t.painted.width()))
                           .arg(qRound(t.painted.height()))
                           .arg(t.pixelSize, 0, 'f', 1);
                   });
        }
        if (m_kiosk->language()->code() == QLatin1String("ar")) {
            for (const QString &button : buttonsAtTheFarEnd(m_kiosk->window()->contentItem()))
                record(page, QStringLiteral("a button or a line stands at the left of its column in Arabic (\"%1\")").arg(button),
                       [&] { return state; });
        }
        for (const QString &button : primaryOutOfView(m_kiosk->window()->contentItem()))
            record(page, QStringLiteral("the page's next step is cut at the foot of its view (\"%1\")").arg(button),
                   [&] { return state; });
        QList<QQuickItem *> fades;
        collectFades(m_kiosk->window()->contentItem(), &fades);
        for (const QString &area : cutWithoutFade(m_kiosk->window()->contentItem(), fades))
            record(page, QStringLiteral("%1 is cut at its foot with more below, and does not fade there").arg(area),
                   [&] { return state; });
        // A next step lifted to the foot of its area fades into the lines itself: the area's own
        // fade there as well washed over the button's lower half (an event's "Join", 1280x800).
        for (QQuickItem *foot : std::as_const(fades)) {
            if (!QByteArray(foot->metaObject()->className()).startsWith("StickyFoot"))
                continue;
            for (QQuickItem *fade : std::as_const(fades)) {
                if (QByteArray(fade->metaObject()->className()).startsWith("MoreBelow")
                    && fade->property("flickable") == foot->property("flickable"))
                    record(page, QStringLiteral("%1 fades over the next step lifted to its foot").arg(fade->objectName()),
                           [&] { return state; });
            }
        }
        // Nor does an area's fade wash over a next step standing in its last lines (an event's
        // "Join", upright in Arabic with larger text, half faded above the calendar entry).
        for (QQuickItem *fade : std::as_const(fades)) {
            if (!QByteArray(fade->metaObject()->className()).startsWith("MoreBelow"))
                continue;
            for (const QString &button : primariesWithin(fade->property("flickable").value<QQuickItem *>(), inScene(fade)))
                record(page, QStringLiteral("%1 fades over the next step (\"%2\")").arg(fade->objectName(), button),
                       [&] { return state; });
        }
        if (alsoWrong) {
            if (const QString what = alsoWrong(); !what.isEmpty())
                record(page, what, [&] { return state; });
        }
    }

    /// Whether `item` is an enabled primary button: a page's next step (Book, Join, Done).
    static bool isNextStep(const QQuickItem *item)
    {
        return item->inherits("QQuickAbstractButton") && item->property("primary").toBool() && item->isEnabled();
    }

    /// The shown primary buttons under `item` (a page's next step: Book, Join, Done) cut by the foot
    /// of the window or of the area they scroll in: a visitor sees a sliver of what to do next, a
    /// control that looks broken. (One wholly below the fold is further down the page, which
    /// fades into it there: MoreBelow.)
    static QStringList primaryOutOfView(QQuickItem *item)
    {
        QStringList found;
        if (!item->isVisible() || item->opacity() <= 0.01)
            return found;
        if (isNextStep(item)) {
            QRectF view(QPointF(0, 0), item->window()->size());
            for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
                if (p->inherits("QQuickFlickable"))
                    view = view.intersected(inScene(p));
            }
            const QRectF r = inScene(item);
            if (r.top() < view.bottom() - 0.5 && r.bottom() > view.bottom() + 0.5)
                found << item->property("text").toString().left(40);
        }
        for (QQuickItem *child : item->childItems())
            found += primaryOutOfView(child);
        return found;
    }

    /// The shown buttons and lines under `item` that stand at the left of the column they are in,
    /// in a mirrored (right-to-left) layout: a Column does not mirror its children's x, so one
    /// narrower than its column stays where an English reader starts.
    static QStringList buttonsAtTheFarEnd(QQuickItem *item)
    {
        QStringList found;
        if (!item->isVisible() || item->opacity() <= 0)
            return found;
        QQuickItem *column = item->parentItem();
        const QByteArray type = item->metaObject()->className();
        if (column && (type.startsWith("StaffButton") || type.startsWith("Label_")) && column->inherits("QQuickColumn")
            && item->width() < column->width() - 1) {
            const bool atTheRight = std::abs(item->x() + item->width() - column->width()) <= 1;
            const bool centred = std::abs(item->x() + item->width() / 2 - column->width() / 2) <= 1;
            if (!atTheRight && !centred)
                found << item->property("text").toString().left(40);
        }
        for (QQuickItem *child : item->childItems())
            found += buttonsAtTheFarEnd(child);
        return found;
    }

    /// The shown, enabled primary buttons under `item` (a page's next step, scrolling in the area
    /// `item`) that `rect` (in the scene) covers a part of. A sheet standing over the area is not
    /// looked into: the area's fade lies under it.
    static QStringList primariesWithin(QQuickItem *item, const QRectF &rect)
    {
        QStringList found;
        if (!item || !item->isVisible() || item->opacity() <= 0.01)
            return found;
        if (isNextStep(item) && inScene(item).intersected(rect).height() > 0.5)
            found << item->property("text").toString().left(40);
        for (QQuickItem *child : item->childItems())
            found += primariesWithin(child, rect);
        return found;
    }

    /// The shown fades at the foot of scrolling areas under `item`: MoreBelow, and a StickyFoot
    /// lifted over the lines before it (it fades into them).
    static void collectFades(QQuickItem *item, QList<QQuickItem *> *fades)
    {
        if (!item->isVisible() || item->opacity() <= 0.01)
            return;
        const QByteArray type = item->metaObject()->className();
        if (type.startsWith("MoreBelow") || (type.startsWith("StickyFoot") && item->property("lifted").toBool()))
            *fades << item;
        for (QQuickItem *child : item->childItems())
            collectFades(child, fades);
    }

    /// The space a scrolling area leaves after its last line, as its fade (a sibling MoreBelow)
    /// is told: what lies below within it is no more to see.
    static qreal trailingOf(QQuickItem *area)
    {
        if (!area->parentItem())
            return 0;
        for (QQuickItem *sibling : area->parentItem()->childItems()) {
            if (QByteArray(sibling->metaObject()->className()).startsWith("MoreBelow")
                && sibling->property("flickable").value<QQuickItem *>() == area)
                return sibling->property("trailing").toReal();
        }
        return 0;
    }

    /// The shown areas under `item` that scroll up and down and hold more below than they show,
    /// with none of `fades` at their foot: a cut line or a row of cut cards reads as the end of
    /// the page, or as something broken, where a fade says there is more.
    static QStringList cutWithoutFade(QQuickItem *item, const QList<QQuickItem *> &fades)
    {
        QStringList found;
        if (!item->isVisible() || item->opacity() <= 0.01)
            return found;
        if (item->inherits("QQuickFlickable") && item->height() >= kLowestArea) {
            const qreal below = item->property("contentHeight").toReal() - item->property("contentY").toReal() - item->height()
                - trailingOf(item);
            const bool across = item->property("orientation").isValid()
                && item->property("orientation").toInt() == Qt::Horizontal; // a ListView that scrolls sideways
            if (below > 1 && !across) {
                const bool faded = std::any_of(fades.cbegin(), fades.cend(), [item](QQuickItem *fade) {
                    return fade->property("flickable").value<QQuickItem *>() == item;
                });
                if (!faded)
                    found << (item->objectName().isEmpty() ? QString::fromLatin1(item->metaObject()->className())
                                                           : item->objectName());
            }
        }
        for (QQuickItem *child : item->childItems())
            found += cutWithoutFade(child, fades);
        return found;
    }

    /// Where an item lies in the window.
    static QRectF inScene(const QQuickItem *item) { return item->mapRectToScene(QRectF(0, 0, item->width(), item->height())); }

    /// The cards of `grid`'s first row (objectName `card`, %1 its index) span exactly what `edge`
    /// spans: each card's gap to the next is left at neither outer edge.
    QString cardsSpan(QQuickItem *grid, const QString &card, QQuickItem *edge, const QString &edgeName) const
    {
        UiProbe ui(m_kiosk->window());
        const int columns = grid->property("columns").toInt();
        qreal left = 1e9, right = -1e9;
        for (int i = 0; i < columns; ++i) {
            QQuickItem *item = ui.find(card.arg(i));
            if (!item)
                return QStringLiteral("a card of the first row is missing");
            const QRectF r = inScene(item);
            left = std::min(left, r.left());
            right = std::max(right, r.right());
        }
        return spans(left, right, edge, QStringLiteral("cards"), edgeName);
    }

    /// Empty when `left` to `right` (what `what` spans) is what `edge` spans, give or take 1 px.
    static QString spans(qreal left, qreal right, QQuickItem *edge, const QString &what, const QString &edgeName)
    {
        const QRectF e = inScene(edge);
        if (std::abs(left - e.left()) > 1 || std::abs(right - e.right()) > 1)
            return QStringLiteral("%1 span %2-%3, %4 %5-%6")
                .arg(what)
                .arg(qRound(left))
                .arg(qRound(right))
                .arg(edgeName)
                .arg(qRound(e.left()))
                .arg(qRound(e.right()));
        return {};
    }

    /// Every item named `name` under `item` in the scene, shown or not (a Repeater's items are
    /// not its QObject children).
    static QList<QQuickItem *> allNamed(QQuickItem *item, const QString &name)
    {
        QList<QQuickItem *> found;
        if (item->objectName() == name)
            found << item;
        for (QQuickItem *child : item->childItems())
            found += allNamed(child, name);
        return found;
    }

    /// A car's figures name themselves on one line per row: a value of two lines (the power in
    /// Arabic with larger text) set its name 60 px below its neighbours'.
    QString specNamesLevel() const
    {
        QMap<int, std::pair<qreal, qreal>> rows; // a row's top → its names' highest and lowest tops
        for (QQuickItem *name : allNamed(m_kiosk->window()->contentItem(), QStringLiteral("spec-label"))) {
            if (!name->isVisible())
                continue;
            const int row = qRound(inScene(name->parentItem()).top());
            const qreal top = inScene(name).top();
            auto it = rows.find(row);
            if (it == rows.end())
                rows.insert(row, {top, top});
            else
                *it = {std::min(it->first, top), std::max(it->second, top)};
        }
        if (rows.isEmpty())
            return QStringLiteral("no figures of the car are shown");
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            if (it->second - it->first > 1)
                return QStringLiteral("the figures' names in the row at %1 stand %2 px apart in height")
                    .arg(it.key())
                    .arg(qRound(it->second - it->first));
        }
        return {};
    }

    /// The compare page's Remove buttons stand level, whatever each car's name and plan take.
    QString removesLevel() const
    {
        QList<qreal> tops;
        qreal bottom = 0;
        for (QQuickItem *remove : allNamed(m_kiosk->window()->contentItem(), QStringLiteral("compare-remove"))) {
            if (remove->isVisible()) {
                tops << inScene(remove).top();
                bottom = std::max(bottom, inScene(remove).bottom());
            }
        }
        if (tops.size() < 2)
            return QStringLiteral("the Remove buttons are missing");
        const auto [low, high] = std::minmax_element(tops.cbegin(), tops.cend());
        if (*high - *low > 1)
            return QStringLiteral("the Remove buttons stand up to %1 px apart").arg(qRound(*high - *low));
        // Apart from the table below them (they stood 4 px above its first row).
        QQuickItem *first = UiProbe(m_kiosk->window()).find(QStringLiteral("compare-row-0"));
        if (first && inScene(first).top() - bottom < 12)
            return QStringLiteral("the Remove buttons stand %1 px above the table").arg(qRound(inScene(first).top() - bottom));
        return {};
    }

    /// The model lines' cards shown in `grid` (a GridView's delegates, its content's children).
    static QList<QQuickItem *> lineCards(QQuickItem *grid)
    {
        QList<QQuickItem *> cards;
        for (QQuickItem *card : grid->property("contentItem").value<QQuickItem *>()->childItems()) {
            if (card->isVisible() && card->objectName().startsWith(QLatin1String("line-")))
                cards << card;
        }
        return cards;
    }

    /// The model lines' first row of cards spans exactly what the intro above them spans.
    QString linesSpan() const
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *grid = ui.find(QStringLiteral("lines-grid"));
        QQuickItem *intro = ui.find(QStringLiteral("lines-intro"));
        if (!grid || !intro)
            return QStringLiteral("the model lines or the words above them are missing");
        QList<QRectF> firstRow;
        qreal top = 1e9;
        for (QQuickItem *card : lineCards(grid)) {
            const QRectF r = inScene(card);
            if (r.top() < top - 1) {
                top = r.top();
                firstRow.clear();
            }
            if (std::abs(r.top() - top) <= 1)
                firstRow << r;
        }
        if (firstRow.isEmpty())
            return QStringLiteral("no model line is shown");
        qreal left = 1e9, right = -1e9;
        for (const QRectF &r : std::as_const(firstRow)) {
            left = std::min(left, r.left());
            right = std::max(right, r.right());
        }
        return spans(left, right, intro, QStringLiteral("the lines"), QStringLiteral("the words above them"));
    }

    /// No model line's card stands cut with less than half of it in view: on a landscape kiosk the
    /// second row showed only its cards' empty tops, two blank boxes.
    QString linesShownWhole() const
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *grid = ui.find(QStringLiteral("lines-grid"));
        if (!grid)
            return QStringLiteral("the model lines are missing");
        const QRectF view = inScene(grid);
        for (QQuickItem *card : lineCards(grid)) {
            const QRectF r = inScene(card);
            const qreal shown = r.intersected(view).height();
            if (shown > 0.5 && shown < r.height() / 2)
                return QStringLiteral("%1 shows %2 of its %3 px")
                    .arg(card->objectName())
                    .arg(qRound(shown))
                    .arg(qRound(r.height()));
        }
        return QString();
    }

    /// Each model line's car fills its place above the name, in its height or its width, and
    /// stays inside it: sized by its drawing's whole canvas, a saloon took little more than half
    /// the place's height (about 110 px in cards 333 px tall at 1920x1080).
    QString linesCarsFill() const
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *grid = ui.find(QStringLiteral("lines-grid"));
        if (!grid)
            return QStringLiteral("the model lines are missing");
        for (QQuickItem *card : lineCards(grid)) {
            const QString id = card->objectName().mid(5);
            auto *place = card->findChild<QQuickItem *>(QStringLiteral("line-picture-") + id);
            auto *image = card->findChild<QQuickItem *>(QStringLiteral("line-image-") + id);
            if (!place || !image)
                return QStringLiteral("%1 has no picture").arg(card->objectName());
            const QRectF drawn = place->property("drawn").toRectF();
            const QRectF p = inScene(place), box = inScene(image);
            // As drawn: the picture's shape fitted into its box, and centred there (as it is once
            // loaded; it may still be loading).
            const qreal aspect = place->property("aspect").toReal();
            const QSizeF painted = QSizeF(1000, 1000 * aspect).scaled(box.size(), Qt::KeepAspectRatio);
            const QRectF i(box.center() - QPointF(painted.width(), painted.height()) / 2, painted);
            const QRectF car(i.x() + i.width() * drawn.x(), i.y() + i.height() * drawn.y(), i.width() * drawn.width(),
                             i.height() * drawn.height());
            if (drawn.isEmpty() || aspect <= 0 || !p.adjusted(-1, -1, 1, 1).contains(car))
                return QStringLiteral("%1's car runs out of its place (%2,%3 to %4,%5 in %6,%7 to %8,%9)")
                    .arg(card->objectName())
                    .arg(qRound(car.left()))
                    .arg(qRound(car.top()))
                    .arg(qRound(car.right()))
                    .arg(qRound(car.bottom()))
                    .arg(qRound(p.left()))
                    .arg(qRound(p.top()))
                    .arg(qRound(p.right()))
                    .arg(qRound(p.bottom()));
            if (car.height() < p.height() - 1 && car.width() < p.width() - 1)
                return QStringLiteral("%1's car is drawn %2x%3 px in a place of %4x%5")
                    .arg(card->objectName())
                    .arg(qRound(car.width()))
                    .arg(qRound(car.height()))
                    .arg(qRound(p.width()))
                    .arg(qRound(p.height()));
        }
        return QString();
    }

    /// The cars like the build are told in the screen's language (`english`: the first one's
    /// reasons in English), their cards line up with the words above them, and they fade at the
    /// foot exactly when more follow.
    QString similarCars(const QString &english)
    {
        SimilarStock *similar = m_kiosk->configurator()->similar();
        if (!QTest::qWaitFor([similar] { return !similar->loading(); }, 5000))
            return QStringLiteral("the similar cars are still being looked for");
        settle();
        if (similar->count() == 0)
            return QStringLiteral("no similar car is shown");
        const QString why = similar->rows().first().why;
        if (m_kiosk->language()->code() != QLatin1String("en") && why == english)
            return QStringLiteral("the reasons are still in English: %1").arg(why);
        UiProbe ui(m_kiosk->window());
        QQuickItem *grid = ui.find(QStringLiteral("similar-results"));
        QQuickItem *intro = ui.find(QStringLiteral("similar-intro"));
        if (!grid || !intro)
            return QStringLiteral("the grid or the words above it are missing");
        if (const QString wrong = cardsSpan(grid, QStringLiteral("similar-%1"), intro, QStringLiteral("the words above them"));
            !wrong.isEmpty())
            return wrong;
        if (const QString wrong = fadesWhenMore(grid, grid->parentItem()->findChild<QQuickItem *>(QStringLiteral("similar-more")),
                                                QStringLiteral("the cars"));
            !wrong.isEmpty())
            return wrong;
        // The first row's names stand level, however many lines each reason takes.
        qreal low = 1e9, high = -1e9;
        for (int i = 0; i < grid->property("columns").toInt() && i < similar->count(); ++i) {
            QQuickItem *title = ui.find(QStringLiteral("similar-title-%1").arg(i));
            if (!title)
                return QStringLiteral("a car's name is missing");
            low = std::min(low, inScene(title).top());
            high = std::max(high, inScene(title).top());
        }
        if (high - low > 1)
            return QStringLiteral("the first row's names stand up to %1 px apart").arg(qRound(high - low));
        return {};
    }

    /// The finder's cards and filter panel: the first row of cards spans exactly the search
    /// field's width (no gutter left on one side, in either direction), and the panel and the
    /// results each fade at the foot exactly when they hold more than they show (cut there
    /// without one, a row of cards read as empty boxes).
    QString finderEdges() const
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *grid = ui.find(QStringLiteral("results-grid"));
        if (!grid)
            return QStringLiteral("the grid is missing");
        // The fade is looked for shown or not.
        auto *search = grid->parentItem()->findChild<QQuickItem *>(QStringLiteral("search"));
        auto *panel = grid->parentItem()->findChild<QQuickItem *>(QStringLiteral("filter-panel"));
        auto *more = grid->parentItem()->findChild<QQuickItem *>(QStringLiteral("filter-panel-more"));
        if (!search || !panel || !more)
            return QStringLiteral("the search field, the panel or its fade is missing");
        if (const QString wrong = cardsSpan(grid, QStringLiteral("result-%1"), search, QStringLiteral("the search field"));
            !wrong.isEmpty())
            return wrong;
        if (const QString wrong = fadesWhenMore(panel, more, QStringLiteral("the panel")); !wrong.isEmpty())
            return wrong;
        if (const QString wrong = fadesOverChoices(panel, more); !wrong.isEmpty())
            return wrong;
        return fadesWhenMore(grid, grid->parentItem()->findChild<QQuickItem *>(QStringLiteral("results-more")),
                             QStringLiteral("the results"));
    }

    /// The filter panel's fade, when shown, lies over choices: its foot falls through a group
    /// (the next one's heading, the top of its choices), not in the gap after a whole one, where
    /// the panel showed nothing of the choices below (portrait, Arabic, larger text).
    static QString fadesOverChoices(QQuickItem *panel, QQuickItem *more)
    {
        if (!more->isVisible())
            return {};
        auto *content = panel->property("contentItem").value<QQuickItem *>();
        const QList<QQuickItem *> column = content && !content->childItems().isEmpty()
            ? content->childItems().first()->childItems()
            : QList<QQuickItem *>();
        const QRectF fade = inScene(more);
        for (QQuickItem *group : column) {
            // At least half the fade's height of a shown group under it.
            if (group->isVisible() && group->height() > 0 && inScene(group).intersected(fade).height() >= fade.height() / 2)
                return {};
        }
        return QStringLiteral("the panel's fade lies over the gap between its groups, no choice under it");
    }

    /// The attract loop's cars, as drawn, run under neither the model's name nor the invitation
    /// (with larger text on a tablet the invitation rose into a wheel).
    QString attractCarClear() const
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *invitation = ui.find(QStringLiteral("attract-invitation"));
        // Each slide's car, the shown one and those faded out.
        const QList<QQuickItem *> cars = invitation ? allNamed(invitation->parentItem(), QStringLiteral("attract-car"))
                                                    : QList<QQuickItem *>();
        if (!invitation || cars.isEmpty())
            return QStringLiteral("the invitation or the cars are missing");
        const QRectF words = inScene(invitation);
        for (QQuickItem *car : cars) {
            const QRectF box = inScene(car); // with its slow drift's scale
            // Fitted into its box: just after a resize the painted size can still be the last one's.
            const QSizeF painted = QSizeF(car->property("paintedWidth").toReal(), car->property("paintedHeight").toReal())
                                       .scaled(box.size(), Qt::KeepAspectRatio)
                                       .boundedTo(QSizeF(car->property("paintedWidth").toReal() * car->scale(),
                                                         car->property("paintedHeight").toReal() * car->scale()));
            const QRectF drawn(box.center() - QPointF(painted.width(), painted.height()) / 2, painted);
            if (drawn.intersects(words))
                return QStringLiteral("a car runs %1 px under the invitation").arg(qRound(drawn.bottom() - words.top()));
            const QList<QQuickItem *> titles = car->parentItem()->childItems();
            for (QQuickItem *t : titles) {
                if (t != car && t->isVisible() && drawn.intersects(inScene(t)))
                    return QStringLiteral("a car runs %1 px under its name").arg(qRound(inScene(t).bottom() - drawn.top()));
            }
        }
        return {};
    }

    /// A page's body (found shown) fades at its foot exactly when it holds more than it shows;
    /// its fade is looked for shown or not.
    QString pageFades(const QString &body, const QString &fade) const
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *area = ui.find(body);
        return fadesWhenMore(area, area ? area->parentItem()->findChild<QQuickItem *>(fade) : nullptr,
                             QStringLiteral("the page"));
    }

    /// Empty when the fade `more` shows at the foot of the scrolling area `area` exactly when it
    /// holds more than it shows (and no next step stands lifted there, fading itself).
    static QString fadesWhenMore(QQuickItem *area, QQuickItem *more, const QString &what)
    {
        if (!area || !more)
            return QStringLiteral("%1 or its fade is missing").arg(what);
        // A next step lifted to the area's foot fades into the lines in its place.
        const bool holdsMore = area->property("contentY").toReal() + area->height()
                < area->property("contentHeight").toReal() - more->property("trailing").toReal() - 1
            && !more->property("footLifted").toBool();
        if (more->isVisible() != holdsMore)
            return holdsMore ? QStringLiteral("%1 holds more than it shows and does not fade").arg(what)
                             : QStringLiteral("%1 fades with nothing more to show").arg(what);
        return {};
    }

    /// Home's intro ends above its tiles: none of its lines runs under them (with larger text
    /// on a landscape tablet its stock line, its two entries and the next event did).
    QString homeFits() const
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *intro = ui.find(QStringLiteral("home-intro"));
        QQuickItem *tiles = ui.find(QStringLiteral("home-actions"));
        if (!intro || !tiles)
            return QStringLiteral("the intro or the tiles are missing");
        const QRectF i = inScene(intro), t = inScene(tiles);
        if (i.bottom() > t.top() && i.intersects(t))
            return QStringLiteral("the intro runs %1 px under the tiles").arg(qRound(i.bottom() - t.top()));
        // Tiles side by side start their titles on one line, whatever their words take (a title
        // on two lines stood 12-32 px above its neighbours').
        QList<std::pair<QRectF, QRectF>> shown; // a tile, its title
        for (const char *name : {"find", "configure", "book", "expert"}) {
            QQuickItem *tile = ui.find(QStringLiteral("action-%1").arg(QLatin1String(name)));
            QQuickItem *title = ui.find(QStringLiteral("action-%1-title").arg(QLatin1String(name)));
            if (!tile || !title)
                return QStringLiteral("the tile '%1' or its title is missing").arg(QLatin1String(name));
            shown.append({inScene(tile), inScene(title)});
        }
        for (qsizetype a = 0; a < shown.size(); ++a) {
            for (qsizetype b = a + 1; b < shown.size(); ++b) {
                if (qAbs(shown[a].first.top() - shown[b].first.top()) <= 1
                    && qAbs(shown[a].second.top() - shown[b].second.top()) > 1)
                    return QStringLiteral("tiles %1 and %2 stand side by side, their titles at %3 and %4")
                        .arg(a)
                        .arg(b)
                        .arg(qRound(shown[a].second.top()))
                        .arg(qRound(shown[b].second.top()));
            }
        }
        return {};
    }

    /// An event's calendar entry starts where the reader starts, with the join form, and on a
    /// landscape screen is in sight without scrolling, unless the text is larger (under the
    /// description it fell half under the fold at 1920x1080; in Arabic it stood mid-column). The
    /// 800 px tablet scrolls for its last 30-55 px.
    QString eventCalendarShown() const
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *calendar = ui.find(QStringLiteral("event-calendar"));
        QQuickItem *form = ui.find(QStringLiteral("event-join-form"));
        QQuickItem *body = ui.find(QStringLiteral("event-body"));
        if (!calendar || !form || !body || !calendar->isVisible())
            return QStringLiteral("the calendar entry, the join form or the page's body is missing");
        const QRectF c = inScene(calendar), f = inScene(form), b = inScene(body);
        const bool rtl = m_kiosk->language()->code() == QLatin1String("ar");
        if (rtl ? qAbs(c.right() - f.right()) > 1 : qAbs(c.left() - f.left()) > 1)
            return QStringLiteral("the calendar entry does not start with the form (%1-%2 beside %3-%4)")
                .arg(c.left(), 0, 'f', 1)
                .arg(c.right(), 0, 'f', 1)
                .arg(f.left(), 0, 'f', 1)
                .arg(f.right(), 0, 'f', 1);
        const QSize window = m_kiosk->window()->size();
        if (window.width() > window.height() && window.height() >= 1000 && !themeSingleton()->property("largeText").toBool()
            && c.bottom() > b.bottom())
            return QStringLiteral("the calendar entry is %1 px under the fold").arg(qRound(c.bottom() - b.bottom()));
        return {};
    }

    /// Empty when the item named `inner` lies across the one named `outer`, left to right, give or
    /// take `slack` px; else `what`, with both spans.
    QString across(const QString &inner, const QString &outer, qreal slack, const QString &what) const
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *in = ui.find(inner), *out = ui.find(outer);
        if (!in || !out)
            return QStringLiteral("%1 or %2 is missing").arg(inner, outer);
        const QRectF i = inScene(in), o = inScene(out);
        if (i.left() < o.left() - slack || i.right() > o.right() + slack)
            return QStringLiteral("%1 (%2-%3 in %4-%5)")
                .arg(what)
                .arg(i.left(), 0, 'f', 1)
                .arg(i.right(), 0, 'f', 1)
                .arg(o.left(), 0, 'f', 1)
                .arg(o.right(), 0, 'f', 1);
        return {};
    }

    /// The configurator's current step is in full view in its bar, however far the bar scrolls.
    QString currentStepShown() const
    {
        return across(QStringLiteral("step-%1").arg(m_kiosk->configurator()->step()), QStringLiteral("step-bar"), 1,
                      QStringLiteral("the current step is cut at the bar's edge"));
    }

    /// The steps start where the language reads from: a bar with room to spare has its first step
    /// at its left, or at its right in Arabic (its steps stood mirrored at the left, the right
    /// half of the bar empty).
    QString stepsFromTheStart() const
    {
        const UiProbe probe(m_kiosk->window());
        QQuickItem *bar = probe.find(QStringLiteral("step-bar"));
        QQuickItem *first = probe.find(QStringLiteral("step-model"));
        if (!bar || !first)
            return QStringLiteral("the step bar or its first step is missing");
        if (bar->property("contentWidth").toReal() > bar->width() + 0.5)
            return {}; // a bar that scrolls shows the current step (currentStepShown)
        const QRectF b = inScene(bar), f = inScene(first);
        const bool rtl = m_kiosk->language()->code() == QLatin1String("ar");
        const qreal off = rtl ? b.right() - f.right() : f.left() - b.left();
        return std::abs(off) > 1 ? QStringLiteral("the first step stands %1 px from the bar's %2 end")
                                       .arg(qRound(off))
                                       .arg(rtl ? QStringLiteral("right") : QStringLiteral("left"))
                                 : QString();
    }

    /// Staff's first drive, outlined in the right-hand column on a wide screen, lies wholly inside
    /// the page's scrolling body: half a pixel out and its right outline was clipped away. (Less
    /// than half a pixel, the page's margins being fractional on some screens, draws its outline's
    /// pixel inside all the same.)
    QString staffCardsInside() const
    {
        return across(QStringLiteral("agenda-0"), QStringLiteral("staff-body"), 0.5,
                      QStringLiteral("a drive's card runs out of the body"));
    }

    /// Insights' bars stay in their tracks at every size: their height or width followed the
    /// screen's through an animation, so a bar grew past its column for a moment after a resize.
    QString barsInTracks() const
    {
        // The visual tree: a page's delegates are its items' children, not always their QObjects'.
        QList<const QQuickItem *> items{m_kiosk->window()->contentItem()};
        while (!items.isEmpty()) {
            const QQuickItem *fill = items.takeLast();
            for (const QQuickItem *child : fill->childItems())
                items << child;
            const QString name = fill->objectName();
            if ((name != QLatin1String("bar-fill") && name != QLatin1String("hour-fill")) || !fill->isVisible())
                continue;
            const QQuickItem *track = fill->parentItem();
            if (fill->width() > track->width() + 0.5 || fill->height() > track->height() + 0.5)
                return QStringLiteral("a bar is larger than its track (%1×%2 in %3×%4)")
                    .arg(qRound(fill->width()))
                    .arg(qRound(fill->height()))
                    .arg(qRound(track->width()))
                    .arg(qRound(track->height()));
        }
        return {};
    }

    /// The step's choices, when there are more than their room shows, fade at its foot.
    QString choicesFadeWhenLonger() const
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *list = ui.find(QStringLiteral("choices"));
        if (!list)
            return QStringLiteral("the step shows no choices");
        const qreal more = list->property("contentHeight").toReal() - list->property("contentY").toReal() - list->height();
        if (more > 1 && !ui.find(QStringLiteral("choices-more")))
            return QStringLiteral("the choices go on %1 px below their room with no fade").arg(qRound(more));
        return QString();
    }

    /// What a row that scrolls sideways shows in part (there are more that way: the move's days,
    /// the configurator's steps) stands under a fade, its words not simply cut off at the end.
    QString cutUnderAFade(const QString &rowName, const QString &itemPrefix) const
    {
        UiProbe ui(m_kiosk->window());
        QQuickItem *row = ui.find(rowName);
        if (!row)
            return QStringLiteral("%1 is missing").arg(rowName);
        const QRectF shown = inScene(row);
        QList<QQuickItem *> items;
        QList<QQuickItem *> open{row->property("contentItem").value<QQuickItem *>()};
        while (!open.isEmpty()) {
            QQuickItem *item = open.takeLast();
            open += item->childItems();
            if (item->isVisible() && item->objectName().startsWith(itemPrefix))
                items << item;
        }
        if (items.isEmpty())
            return QStringLiteral("%1 shows nothing").arg(rowName);
        for (QQuickItem *item : std::as_const(items)) {
            const QRectF r = inScene(item);
            if (r.right() <= shown.left() || r.left() >= shown.right())
                continue; // out of sight
            for (const bool left : {true, false}) {
                const bool cut = left ? r.left() < shown.left() - 0.5 : r.right() > shown.right() + 0.5;
                QQuickItem *fade = ui.find(rowName + (left ? QStringLiteral("-fade-left") : QStringLiteral("-fade-right")));
                if (cut && (!fade || !fade->isVisible()))
                    return QStringLiteral("%1 is cut at the %2 end of %3, with no fade")
                        .arg(item->objectName(), left ? QLatin1String("left") : QLatin1String("right"), rowName);
            }
        }
        return QString();
    }

    /// Staff's drive line and the move's title read in the screen's direction: in Arabic from the
    /// right, though the visitor's name and the model ("Ingrid Berg", "Aster 5") are Latin.
    QString drivesReadInTheirDirection() const
    {
        const bool rtl = m_kiosk->language()->code() == QLatin1String("ar");
        UiProbe ui(m_kiosk->window());
        QQuickItem *who = ui.find(QStringLiteral("agenda-0-who"));
        if (!who)
            return QStringLiteral("the first drive's line is missing");
        const QString line = who->property("text").toString();
        if (line.isRightToLeft() != rtl)
            return QStringLiteral("the drive's line reads %1: %2")
                .arg(rtl ? QStringLiteral("left to right") : QStringLiteral("right to left"), line);
        const QString title = m_kiosk->driveAgenda()->movingTitle();
        if (!title.isEmpty() && title.isRightToLeft() != rtl)
            return QStringLiteral("the move's title reads the wrong way: %1").arg(title);
        return {};
    }

    /// The page as it is now, through every size, language and theme, then with larger text;
    /// screenshots under `shots` (the page's name unless a second state of it is swept).
    void sweep(const QString &page, QString shots = {}, const std::function<QString()> &alsoWrong = {})
    {
        if (shots.isEmpty())
            shots = page;
        QQuickWindow *window = m_kiosk->window();
        QObject *theme = themeSingleton();
        QVERIFY(theme);
        for (const QSize &size : m_sizes) {
            window->resize(size);
            const QString sizeName = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            for (const QString &language : m_languages) {
                m_kiosk->language()->setCode(language);
                for (const QString &themeName : m_themes) {
                    QString error;
                    QVERIFY2(m_kiosk->theme()->load(themeName, &error), qPrintable(error));
                    settle();
                    check(page, QStringLiteral("%1 %2 %3").arg(sizeName, language, themeName), alsoWrong);
                    if (themeName == screenshotTheme(language)) {
                        checkDrawnWhole(page, QStringLiteral("%1 %2 %3").arg(sizeName, language, themeName),
                                        QStringLiteral("matrix/%1/%2-%3").arg(shots, sizeName, language));
                    }
                }
            }
            theme->setProperty("largeText", true);
            for (const QString &themeName : m_themes) {
                QString error;
                QVERIFY2(m_kiosk->theme()->load(themeName, &error), qPrintable(error));
                for (const QString &language : m_languages) {
                    m_kiosk->language()->setCode(language);
                    settle();
                    check(page, QStringLiteral("%1 %2 %3 larger text").arg(sizeName, language, themeName), alsoWrong);
                    if (themeName == screenshotTheme(language)
                        && (language == QLatin1String("en") || language == QLatin1String("de")
                            || language == QLatin1String("ar"))) {
                        checkDrawnWhole(page, QStringLiteral("%1 %2 %3 larger text").arg(sizeName, language, themeName),
                                        QStringLiteral("matrix/%1/%2-%3-large").arg(shots, sizeName, language));
                    }
                }
            }
            theme->setProperty("largeText", false);
        }
        window->resize(1920, 1080);
        m_kiosk->language()->setCode(QStringLiteral("en"));
        QString error;
        m_kiosk->theme()->load(QStringLiteral("nocturne"), &error);
        settle();
    }

    void open(const QString &page, const QVariantMap &properties = {})
    {
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        settle();
        QMetaObject::invokeMethod(m_kiosk->window(), "openPage", Q_ARG(QVariant, page), Q_ARG(QVariant, properties));
        settle();
    }

    void home()
    {
        QMetaObject::invokeMethod(m_kiosk->window(), "goHome");
        settle();
    }

    QString firstCar() const
    {
        Finder *finder = Finder::create(nullptr, nullptr);
        return finder->results()->data(finder->results()->index(0), ResultListModel::IdRole).toString();
    }

    void startBuild()
    {
        m_kiosk->configurator()->startLine(QStringLiteral("aster"));
        m_kiosk->configurator()->chooseModel(QStringLiteral("aster-5"));
    }

    // A drive on the first free time a fortnight holds, with the form's step open.
    bool pickFreeTime()
    {
        DriveBooking *drive = m_kiosk->driveBooking();
        drive->reset();
        drive->chooseModel(QStringLiteral("aster-5"));
        drive->chooseStudio(QStringLiteral("oslo"));
        if (!QTest::qWaitFor([&] { return !drive->dayRows().isEmpty(); }, 5000))
            return false;
        for (const DriveBooking::DayRow &day : drive->dayRows()) {
            if (day.free > 0) {
                drive->chooseDay(day.date);
                if (!QTest::qWaitFor([&] { return !drive->timeRows().isEmpty(); }, 5000))
                    return false;
                drive->chooseTime(drive->timeRows().first().start);
                return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("matrix.sqlite"));
        m_kiosk = startKiosk(path, &error);
        QVERIFY2(m_kiosk, qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(StaffPin(db).set(QStringLiteral("4711")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
        // Nobody leaves while the matrix turns.
        m_kiosk->session()->setTimeouts(3600000, 60000);
        QTRY_VERIFY(Finder::create(nullptr, nullptr)->ready());
        settle();
    }

    void cleanupTestCase()
    {
        QStringList table{QStringLiteral("page                 states  texts  faults")};
        int faults = 0;
        for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it) {
            table << QStringLiteral("%1 %2 %3 %4").arg(it.key(), -20).arg(it->states, 6).arg(it->texts, 6).arg(it->faults, 7);
            faults += it->faults;
        }
        qInfo().noquote() << "layout matrix (4 sizes × 6 languages × 2 themes, and larger text):\n"
                + table.join(QLatin1Char('\n'));
        QStringList faultLines;
        for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it)
            faultLines << QStringLiteral("%1 ×%2, e.g. %3").arg(it.key()).arg(it->count).arg(it->example);
        if (!faultLines.isEmpty())
            qInfo().noquote() << faultLines.join(QLatin1Char('\n'));
        m_kiosk.reset();
    }

    // Each function fails for the faults of the pages it swept (staffAgendaAndMove sweeps two
    // pages under other names), so a report names the function and its pages.
    void init() { m_faultsBefore = faultsByPage(); }
    void cleanup()
    {
        QStringList pages;
        const QMap<QString, int> now = faultsByPage();
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (it.value() > m_faultsBefore.value(it.key()))
                pages << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value() - m_faultsBefore.value(it.key()));
        }
        QVERIFY2(pages.isEmpty(),
                 qPrintable(QStringLiteral("faults: texts truncated, clipped, overflowing, off-screen or too small, or the "
                                           "page's own checks, in %1")
                                .arg(pages.join(QStringLiteral(", ")))));
    }

    void homePage()
    {
        home();
        sweep(QStringLiteral("homePage"), {}, [this] { return homeFits(); });
    }

    void finderPage()
    {
        open(QStringLiteral("find"));
        sweep(QStringLiteral("finderPage"), {}, [this] { return finderEdges(); });
    }

    void finderAsList()
    {
        open(QStringLiteral("find"));
        UiProbe ui(m_kiosk->window());
        QVERIFY(ui.tap(QStringLiteral("layout-toggle")));
        QTRY_COMPARE(ui.find(QStringLiteral("results-grid"))->property("columns").toInt(), 1);
        sweep(QStringLiteral("finderAsList"), {}, [this] { return finderEdges(); });
    }

    void finderNothingFound()
    {
        open(QStringLiteral("find"));
        Finder::create(nullptr, nullptr)->setText(QStringLiteral("Glacier White Crimson Night"));
        QTRY_COMPARE(Finder::create(nullptr, nullptr)->total(), 0);
        sweep(QStringLiteral("finderNothingFound"));
        Finder::create(nullptr, nullptr)->reset();
    }

    void detailPage()
    {
        open(QStringLiteral("find"));
        open(QStringLiteral("detail"), {{QStringLiteral("vehicleId"), firstCar()}});
        // What the car costs is on the first screen, in every size: in portrait too, not below
        // its equipment.
        sweep(QStringLiteral("detailPage"), {}, [this] {
            if (const QString fault = specNamesLevel(); !fault.isEmpty())
                return fault;
            UiProbe ui(m_kiosk->window());
            QQuickItem *price = ui.find(QStringLiteral("detail-price"));
            QQuickItem *body = ui.find(QStringLiteral("detail-body"));
            if (!price || !body)
                return QStringLiteral("the price or the page's body is missing");
            const QRectF p = inScene(price);
            const QRectF b = inScene(body);
            return p.top() >= b.top() - 1 && p.bottom() <= b.bottom() + 1
                ? QString()
                : QStringLiteral("the price lies at %1-%2, below the first screen (%3-%4)")
                      .arg(qRound(p.top()))
                      .arg(qRound(p.bottom()))
                      .arg(qRound(b.top()))
                      .arg(qRound(b.bottom()));
        });
    }

    void comparePage()
    {
        Finder *finder = Finder::create(nullptr, nullptr);
        finder->setRadius(0);
        const ResultListModel *r = finder->results();
        for (int i = 0; i < 3; ++i)
            finder->toggleCompare(r->data(r->index(i * 5), ResultListModel::IdRole).toString());
        open(QStringLiteral("compare"));
        sweep(QStringLiteral("comparePage"), {}, [this] { return removesLevel(); });
        finder->reset();
    }

    // Valued from the stock (the range, the basis, the closest three), then a car too rare for a
    // number (the expert's message), with a VIN's note under its field.
    void tradeInPage()
    {
        TradeInValuation *tradeIn = m_kiosk->tradeIn();
        open(QStringLiteral("tradein"));
        QVERIFY(tradeIn->readVin(QStringLiteral("YV4A22RK5N1234567")));
        tradeIn->setMake(m_kiosk->theme()->brand());
        tradeIn->setModel(QStringLiteral("Aster 5"));
        tradeIn->setYear(2023);
        tradeIn->setMileage(30000);
        tradeIn->estimate();
        QTRY_VERIFY(tradeIn->answered());
        QVERIFY(tradeIn->valued());
        sweep(QStringLiteral("tradeInPage"));
        tradeIn->setModel(QStringLiteral("Aster 3"));
        tradeIn->setYear(2020);
        tradeIn->estimate();
        QTRY_VERIFY(tradeIn->answered());
        QVERIFY(!tradeIn->valued());
        sweep(QStringLiteral("tradeInPage"), QStringLiteral("tradeInPage-expert"));
        tradeIn->reset();
    }

    void modelLinesPage()
    {
        open(QStringLiteral("configure"));
        sweep(QStringLiteral("modelLinesPage"), {}, [this] {
            for (const QString &wrong : {linesSpan(), linesShownWhole(), linesCarsFill()}) {
                if (!wrong.isEmpty())
                    return wrong;
            }
            return QString();
        });
    }

    void configuratorSteps_data()
    {
        QTest::addColumn<QString>("step");
        for (const char *step : {"model", "trim", "paint", "wheel", "interior", "options"})
            QTest::newRow(step) << QString::fromLatin1(step);
    }
    void configuratorSteps()
    {
        QFETCH(QString, step);
        startBuild();
        open(QStringLiteral("configurator"), {{QStringLiteral("step"), step}});
        sweep(QStringLiteral("configuratorSteps"), {}, [this] {
            QString wrong = currentStepShown();
            if (wrong.isEmpty())
                wrong = stepsFromTheStart();
            if (wrong.isEmpty())
                wrong = cutUnderAFade(QStringLiteral("step-bar"), QStringLiteral("step-"));
            return wrong.isEmpty() ? choicesFadeWhenLonger() : wrong;
        });
        m_kiosk->configurator()->reset();
    }

    void conflictSheet()
    {
        startBuild();
        open(QStringLiteral("configurator"), {{QStringLiteral("step"), QStringLiteral("options")}});
        // The first option whose choice changes others: the sheet says what and why.
        Configurator *conf = m_kiosk->configurator();
        conf->setStep(QStringLiteral("options"));
        QString conflicting;
        for (const Configurator::ChoiceRow &c : conf->choiceRows()) {
            if (conflicting.isEmpty() && !c.selected && c.enabled && !c.stateText.isEmpty())
                conflicting = c.id;
        }
        QVERIFY2(!conflicting.isEmpty(), "the demo catalog should have an option that brings another");
        conf->toggle(conflicting);
        QTRY_VERIFY(conf->pending());
        sweep(QStringLiteral("conflictSheet"));
        m_kiosk->configurator()->dismiss();
        m_kiosk->configurator()->reset();
    }

    void summaryPage()
    {
        startBuild();
        open(QStringLiteral("summary"));
        sweep(QStringLiteral("summaryPage"), {}, [this] { return specNamesLevel(); });
        m_kiosk->configurator()->reset();
    }

    void similarStockPage()
    {
        startBuild();
        m_kiosk->configurator()->findSimilar();
        open(QStringLiteral("similar"));
        SimilarStock *similar = m_kiosk->configurator()->similar();
        QTRY_VERIFY(!similar->loading() && similar->count() > 0);
        const QString english = similar->rows().first().why;
        sweep(QStringLiteral("similarStockPage"), {}, [this, english] { return similarCars(english); });
        m_kiosk->configurator()->reset();
    }

    /// On a wide screen the drive's car and its details stand in the middle of their panel (its
    /// lower half stood empty below them), unless they fill it.
    QString driveCentred()
    {
        const UiProbe probe(m_kiosk->window());
        QQuickItem *panel = probe.find(QStringLiteral("drive-summary"));
        QQuickItem *picture = probe.find(QStringLiteral("drive-picture"));
        QQuickItem *details = probe.find(QStringLiteral("drive-details"));
        if (!panel || !picture || !details || !panel->isVisible())
            return QStringLiteral("the drive's panel, car or details are missing");
        const QRectF p = inScene(panel), car = inScene(picture);
        qreal bottom = car.bottom(); // of the last line shown below the car
        for (QQuickItem *line : details->childItems()) {
            if (line->isVisible())
                bottom = std::max(bottom, inScene(line).bottom());
        }
        if (p.width() > m_kiosk->window()->width() / 2)
            return {}; // a tall screen: the panel is a band above the steps, the details beside the car
        const qreal middle = (p.height() - (bottom - car.top())) / 2;
        const qreal above = car.top() - p.top();
        return middle > above + 2 ? QStringLiteral("the drive's car and details stand %1 px above the middle of their panel")
                                        .arg(qRound(middle - above))
                                  : QString();
    }

    void testDriveSteps_data()
    {
        QTest::addColumn<QString>("step");
        for (const char *step : {"model", "studio", "time", "details"})
            QTest::newRow(step) << QString::fromLatin1(step);
    }
    void testDriveSteps()
    {
        QFETCH(QString, step);
        DriveBooking *drive = m_kiosk->driveBooking();
        open(QStringLiteral("book"));
        if (step != QLatin1String("model"))
            drive->chooseModel(QStringLiteral("aster-5"));
        if (step == QLatin1String("time") || step == QLatin1String("details"))
            QVERIFY(pickFreeTime());
        if (step == QLatin1String("details"))
            open(QStringLiteral("drive"), {{QStringLiteral("step"), step}});
        settle();
        // The form's button is never below the screen's edge, however long the form.
        sweep(QStringLiteral("testDriveSteps"), {}, [this, step] {
            if (step == QLatin1String("model"))
                return QString(); // no car chosen yet
            if (const QString off = driveCentred(); !off.isEmpty())
                return off;
            if (step != QLatin1String("details"))
                return QString();
            QQuickItem *book = UiProbe(m_kiosk->window()).find(QStringLiteral("book"));
            if (!book)
                return QStringLiteral("the form has no button to book");
            const qreal below = inScene(book).bottom() - m_kiosk->window()->height();
            return below > 0.5 ? QStringLiteral("the button to book ends %1 px below the screen").arg(qRound(below)) : QString();
        });
        drive->reset();
    }

    void testDriveBooked()
    {
        QVERIFY(pickFreeTime());
        open(QStringLiteral("drive"), {{QStringLiteral("step"), QStringLiteral("details")}});
        DriveBooking *drive = m_kiosk->driveBooking();
        drive->submit(QStringLiteral("Ingrid Berg"), QStringLiteral("412 34 567"), true, false);
        QTRY_VERIFY(drive->confirmation().valid);
        settle();
        sweep(QStringLiteral("testDriveBooked"), {}, [this] { return driveCentred(); });
        drive->reset();
    }

    void staffAgendaAndMove()
    {
        // The drive booked above is on the agenda; staff move it.
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        open(QStringLiteral("staff"));
        DriveAgenda *agenda = m_kiosk->driveAgenda();
        agenda->refresh();
        QTRY_VERIFY(!agenda->driveRows().isEmpty());
        sweep(QStringLiteral("staffAgenda"), {}, [this] { return drivesReadInTheirDirection(); });
        agenda->startMove(agenda->driveRows().first().id);
        QTRY_VERIFY(agenda->moveTimes()->rowCount() > 0);
        settle();
        sweep(QStringLiteral("staffMove"), {}, [this] {
            const QString wrong = drivesReadInTheirDirection();
            return wrong.isEmpty() ? cutUnderAFade(QStringLiteral("move-days"), QStringLiteral("move-day-")) : wrong;
        });
        agenda->cancelMove();
        m_kiosk->staff()->lock();
    }

    void idleNotice()
    {
        home();
        m_kiosk->session()->setTimeouts(300, 3600000);
        m_kiosk->session()->interacted();
        QTRY_VERIFY(m_kiosk->session()->noticeShown());
        // Its words stand on a card of their own, not over the page's lines and car.
        sweep(QStringLiteral("idleNotice"), {}, [this] {
            UiProbe ui(m_kiosk->window());
            QQuickItem *card = ui.find(QStringLiteral("idle-notice-card"));
            if (!card || card->property("color").value<QColor>().alphaF() < 1)
                return QStringLiteral("the notice's words have no card of their own");
            const QRectF on = inScene(card);
            for (const char *name : {"idle-notice-title", "idle-notice-words"}) {
                QQuickItem *words = ui.find(QLatin1String(name));
                if (!words || !on.contains(inScene(words)))
                    return QStringLiteral("%1 is not on the notice's card").arg(QLatin1String(name));
            }
            return QString();
        });
        m_kiosk->session()->setTimeouts(3600000, 60000);
        m_kiosk->session()->interacted();
        QTRY_VERIFY(!m_kiosk->session()->noticeShown());
    }

    void attractLoop()
    {
        m_kiosk->session()->end();
        QTRY_VERIFY(UiProbe(m_kiosk->window()).find(QStringLiteral("attract-touch")) != nullptr);
        // Faded in over Home: the first state was swept (and shot) half over it.
        QQuickItem *loop = UiProbe(m_kiosk->window()).find(QStringLiteral("attract-loop"));
        QVERIFY(loop);
        QTRY_COMPARE(loop->opacity(), 1.0);
        sweep(QStringLiteral("attractLoop"), {}, [this] { return attractCarClear(); });
        m_kiosk->session()->interacted();
    }

    void expertPage()
    {
        open(QStringLiteral("expert"));
        sweep(QStringLiteral("expertPage"));
    }

    void accessibilityPage()
    {
        open(QStringLiteral("accessibility"));
        sweep(QStringLiteral("accessibilityPage"));
    }

    void pinPage()
    {
        m_kiosk->staff()->lock();
        open(QStringLiteral("staff"));
        // The prompt on one line on a landscape screen (it wrapped to the keypad's width), over a
        // field the digits go in, outlined while it is empty.
        sweep(QStringLiteral("pinPage"), {}, [this] {
            UiProbe ui(m_kiosk->window());
            QQuickItem *prompt = ui.find(QStringLiteral("pin-prompt"));
            QQuickItem *field = ui.find(QStringLiteral("pin-field"));
            if (!prompt || !field)
                return QStringLiteral("the prompt or the PIN's field is missing");
            const bool landscape = m_kiosk->window()->width() > m_kiosk->window()->height();
            if (landscape && prompt->property("lineCount").toInt() > 1)
                return QStringLiteral("the prompt takes %1 lines").arg(prompt->property("lineCount").toInt());
            // Each key's word keeps room at its sides: "Löschen" all but touched its key's edges
            // (5 px) in German with larger text on the tablet.
            QQuickItem *keypad = ui.find(QStringLiteral("keypad"));
            if (!keypad)
                return QStringLiteral("the keypad is missing");
            const qreal room = 8;
            for (QQuickItem *key : keypad->childItems()) {
                for (QQuickItem *word : key->childItems()) {
                    const qreal painted = word->property("contentWidth").toReal();
                    if (word->property("text").isValid() && key->width() - painted < 2 * room)
                        return QStringLiteral("\"%1\" leaves %2 px at the sides of its key")
                            .arg(word->property("text").toString())
                            .arg(qRound((key->width() - painted) / 2));
                }
            }
            // The two word keys side by side in one size ("Löschen" stood smaller than "Öffnen").
            QQuickItem *erase = ui.find(QStringLiteral("pin-key-del"));
            QQuickItem *enter = ui.find(QStringLiteral("pin-key-ok"));
            if (!erase || !enter)
                return QStringLiteral("a word key of the keypad is missing");
            // As drawn: fontInfo has the size a fitted text (fontSizeMode) ended up with.
            const qreal eraseSize = erase->property("fontInfo").toMap().value(QStringLiteral("pixelSize")).toReal();
            const qreal enterSize = enter->property("fontInfo").toMap().value(QStringLiteral("pixelSize")).toReal();
            if (eraseSize <= 0 || eraseSize != enterSize)
                return QStringLiteral("the word keys' captions differ in size: %1 and %2 px").arg(eraseSize).arg(enterSize);
            return QString();
        });
    }

    void staffPage()
    {
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        m_kiosk->staff()->editSettings();
        open(QStringLiteral("staff"));
        sweep(QStringLiteral("staffPage"), {}, [this] {
            const QString fade = pageFades(QStringLiteral("staff-body"), QStringLiteral("staff-more"));
            return !fade.isEmpty() ? fade : staffCardsInside();
        });
        m_kiosk->staff()->lock();
    }

    // What's on: the first week that has events at the studio.
    void eventsPage()
    {
        StudioEvents *events = m_kiosk->events();
        QTRY_VERIFY(!events->upcoming().isEmpty());
        open(QStringLiteral("events"));
        for (int week = 0; week < 8 && events->week().isEmpty(); ++week) {
            events->setWeekOffset(week);
            QTest::qWait(300);
        }
        QVERIFY(!events->week().isEmpty());
        sweep(QStringLiteral("eventsPage"));
        events->setWeekOffset(0);
    }

    // One event with its form to take a place.
    void eventPage()
    {
        StudioEvents *events = m_kiosk->events();
        QTRY_VERIFY(!events->upcoming().isEmpty());
        QString id;
        for (const QVariant &v : events->upcoming()) {
            if (v.toMap().value(QStringLiteral("signup")).toBool() && id.isEmpty())
                id = v.toMap().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!id.isEmpty());
        open(QStringLiteral("event"), {{QStringLiteral("eventId"), id}});
        QTRY_COMPARE(events->current().value(QStringLiteral("id")).toString(), id);
        sweep(QStringLiteral("eventPage"), {}, [this] {
            const QString fade = pageFades(QStringLiteral("event-body"), QStringLiteral("event-more"));
            return !fade.isEmpty() ? fade : eventCalendarShown();
        });
    }

    // The studio's insights, from the visits this kiosk has seen.
    void insightsPage()
    {
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        open(QStringLiteral("insights"));
        sweep(QStringLiteral("insightsPage"), {}, [this] { return barsInTracks(); });
        m_kiosk->staff()->lock();
    }

    // Staff's stock sources: one dealer's feed that cannot be reached and an event file that is
    // not there, each with its state and when it is tried again.
    void sourcesPage()
    {
        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        SyncSources *sources = m_kiosk->syncSources();
        sources->add(QStringLiteral("http://127.0.0.1:9/nordlys-bil/stock-feed.csv"), QStringLiteral("auto"));
        sources->importFile(m_dir.filePath(QStringLiteral("autumn-event-stock.csv")));
        UiProbe ui(m_kiosk->window());
        // The attract loop before this page has faded out; a tap on it would only wake the screen.
        QTRY_VERIFY(ui.find(QStringLiteral("attract-touch")) == nullptr);
        open(QStringLiteral("staff"));
        QVERIFY(ui.tap(QStringLiteral("open-sources")));
        QTRY_VERIFY(ui.find(QStringLiteral("sources-page-summary")) != nullptr);
        QTRY_VERIFY(ui.find(QStringLiteral("source-1")) != nullptr);
        QTRY_VERIFY(!ui.find(QStringLiteral("source-0-status"))->property("text").toString().isEmpty());
        // Two sources that failed are not "all working"; a message said in English goes when the
        // language changes, rather than staying in English.
        QTRY_VERIFY2(sources->summary().contains(QLatin1String("2 sources failed at the last attempt")),
                     qPrintable(sources->summary()));
        QTRY_VERIFY(!sources->message().isEmpty());
        m_kiosk->language()->setCode(QStringLiteral("de"));
        QVERIFY(sources->message().isEmpty());
        m_kiosk->language()->setCode(QStringLiteral("en"));
        // The source chosen is named as written ("autumn-event-stock.csv"), though the theme sets
        // its headings in capitals.
        sweep(QStringLiteral("sourcesPage"), {}, [this] {
            QQuickItem *name = UiProbe(m_kiosk->window()).find(QStringLiteral("source-selected-name"));
            if (!name)
                return QStringLiteral("no source is shown chosen");
            const QFont font = name->property("font").value<QFont>();
            return font.capitalization() == QFont::MixedCase ? QString()
                                                             : QStringLiteral("the chosen source's name is set in capitals");
        });
        m_kiosk->staff()->lock();
    }

    // Staff's insights on a screen paired with a hub: "This screen / This studio / All studios"
    // above the period, here with every studio's figures as the hub counted them (two studios'
    // screens it holds, and three visits of a third withheld).
    void insightsAtHub()
    {
        HubProcess hub({QStringLiteral("--no-sync")}, [](const QString &path) {
            if (!Database::open(path, QStringLiteral("hub-seed")).ok())
                return;
            {
                InsightRows rows(QSqlDatabase::database(QStringLiteral("hub-seed")));
                const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
                const QList<std::pair<QString, int>> screens{
                    {QStringLiteral("oslo"), 12}, {QStringLiteral("milan"), 7}, {QStringLiteral("dubai"), 3}};
                for (const auto &[studio, visits] : screens) {
                    for (int v = 0; v < visits; ++v) {
                        InsightEvent e{InsightEvent::Kind::VisitStarted,
                                       InsightEvent::newVisitId(),
                                       start.addSecs(v),
                                       {},
                                       {},
                                       {},
                                       QStringLiteral("en"),
                                       QStringLiteral("Entrance"),
                                       studio};
                        rows.insert(e, QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("seed"));
                        e.kind = InsightEvent::Kind::CarViewed;
                        e.subject = QStringLiteral("aster-5");
                        rows.insert(e, QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("seed"));
                    }
                }
            }
            Database::close(QStringLiteral("hub-seed"));
        });
        QVERIFY(hub.running());
        StudioHub *studioHub = m_kiosk->hub();
        studioHub->pair(QStringLiteral("https://127.0.0.1:%1").arg(hub.port()), hub.pairingCode());
        QTRY_VERIFY_WITH_TIMEOUT(studioHub->paired() && studioHub->reachable(), 20000);

        m_kiosk->staff()->unlock(QStringLiteral("4711"));
        QTRY_VERIFY(m_kiosk->staff()->unlocked());
        open(QStringLiteral("insights"));
        StaffInsights *insights = m_kiosk->staffInsights();
        QTRY_VERIFY(insights->atHub());
        QSignalSpy loaded(insights, &StaffInsights::loaded);
        insights->chooseScope(QStringLiteral("chain"));
        QVERIFY(loaded.wait(20000));
        QVERIFY2(insights->hubProblem().isEmpty(), qPrintable(insights->hubProblem()));
        QCOMPARE(insights->studios()->rowCount(), 3);
        UiProbe ui(m_kiosk->window());
        QTRY_VERIFY(ui.find(QStringLiteral("insights-scope")) != nullptr);
        sweep(QStringLiteral("insightsPage"), QStringLiteral("insightsAtHub"), [this] { return barsInTracks(); });

        insights->chooseScope(QStringLiteral("screen"));
        m_kiosk->staff()->lock();
        studioHub->forget();
        QTRY_VERIFY(!studioHub->paired());
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestLayoutMatrix test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layoutmatrix.moc"
