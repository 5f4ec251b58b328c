// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechmode.h"

#include <QAccessible>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextToSpeech>
#include <QTouchEvent>

#include <functional>

namespace {

constexpr int kRemembered = 20;
/// How far (px) a held finger may drift and still be holding.
constexpr qreal kHoldSlop = 24;

bool reallyVisible(QQuickItem *item)
{
    for (QQuickItem *i = item; i; i = i->parentItem()) {
        if (!i->isVisible() || i->opacity() <= 0.01)
            return false;
    }
    return true;
}

/// A control a visitor can use: something with a name a screen reader would stop at.
bool speakable(QQuickItem *item)
{
    if (!item || !item->isEnabled() || !reallyVisible(item))
        return false;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface && !iface->text(QAccessible::Name).trimmed().isEmpty();
}

} // namespace

SpeechMode::SpeechMode(QObject *parent)
    : QObject(parent)
{
    // The platform's engine (speech-dispatcher on Debian); none on a machine without speech. It
    // is started when first needed (a visitor's two-finger hold), not with the kiosk: starting
    // it spawns the speech daemon, which the kiosk's first frame should not wait for.
    m_hasEngine = !QTextToSpeech::availableEngines().isEmpty();
    m_hold.setSingleShot(true);
    m_hold.setInterval(2000);
    connect(&m_hold, &QTimer::timeout, this, [this] { setActive(!m_active); });
    m_socket.setInterval(2000);
    connect(&m_socket, &QTimer::timeout, this, &SpeechMode::checkHeadphones);
}

void SpeechMode::setHeadphonesOnly(bool only)
{
    if (m_headphonesOnly == only)
        return;
    m_headphonesOnly = only;
    checkHeadphones();
    emit headphonesChanged();
}

void SpeechMode::setHeadphoneProbe(std::function<Headphones::Reading()> probe)
{
    m_probe = std::move(probe);
    checkHeadphones();
}

void SpeechMode::checkHeadphones()
{
    const bool watching = m_active && m_headphonesOnly;
    if (watching != m_socket.isActive())
        watching ? m_socket.start() : m_socket.stop();
    const bool in = watching && m_probe && m_probe().connected;
    if (in == m_headphonesIn)
        return;
    m_headphonesIn = in;
    emit headphonesChanged();
    if (!watching)
        return;
    if (in)
        say(greeting());
    else if (m_engine)
        m_engine->stop(); // unplugged mid-sentence: not a word more out loud
}

void SpeechMode::setWindow(QQuickWindow *window)
{
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
}

bool SpeechMode::eventFilter(QObject *watched, QEvent *event)
{
    // Only watched, never taken: the page still gets every touch.
    const QEvent::Type type = event->type();
    if (type == QEvent::TouchBegin || type == QEvent::TouchUpdate || type == QEvent::TouchEnd || type == QEvent::TouchCancel) {
        const auto *touch = static_cast<const QTouchEvent *>(event);
        int held = 0;
        bool moved = false;
        for (const QEventPoint &point : touch->points()) {
            if (point.state() == QEventPoint::Pressed)
                m_pressedAt.insert(point.id(), point.scenePosition());
            if (point.state() == QEventPoint::Released) {
                m_pressedAt.remove(point.id());
                continue;
            }
            ++held;
            const QPointF start = m_pressedAt.value(point.id(), point.scenePosition());
            if ((point.scenePosition() - start).manhattanLength() > kHoldSlop)
                moved = true;
        }
        if (type == QEvent::TouchEnd || type == QEvent::TouchCancel)
            m_pressedAt.clear();
        const bool holding = held == 2 && !moved && type != QEvent::TouchEnd && type != QEvent::TouchCancel;
        if (!holding)
            m_hold.stop();
        else if (!m_hold.isActive()) {
            m_hold.start();
            engine(); // ready to speak when the hold has lasted
        }
    }
    return QObject::eventFilter(watched, event);
}

SpeechMode::~SpeechMode() = default;

bool SpeechMode::available() const
{
    return m_hasEngine && (!m_engine || m_engine->state() != QTextToSpeech::Error);
}

QTextToSpeech *SpeechMode::engine()
{
    if (!m_engine && m_hasEngine) {
        m_engine = std::make_unique<QTextToSpeech>();
        m_engine->setLocale(m_locale);
        m_engine->setVolume(m_volume);
    }
    return m_engine.get();
}

void SpeechMode::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
    if (active) {
        const bool wasIn = m_headphonesIn;
        checkHeadphones(); // greets, when it finds headphones just now
        if (m_headphonesOnly)
            emit headphonesChanged();
        if (!wasIn && m_headphonesIn)
            return;
        say(greeting());
    } else {
        say(tr("Speech off."));
        checkHeadphones();
        if (m_headphonesOnly)
            emit headphonesChanged();
    }
}

QString SpeechMode::greeting() const
{
    return tr("Speech on. Swipe right or left to move, double tap to choose. Hold two fingers for two "
              "seconds to turn speech off.");
}

void SpeechMode::setVolume(double volume)
{
    volume = qBound(0.1, volume, 1.0);
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    if (m_engine)
        m_engine->setVolume(volume);
    emit volumeChanged();
}

void SpeechMode::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (m_engine)
        m_engine->setLocale(locale);
}

QString SpeechMode::describe(QQuickItem *item) const
{
    QAccessibleInterface *iface = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    if (!iface)
        return {};
    const QAccessible::State state = iface->state();
    QStringList parts{iface->text(QAccessible::Name).trimmed()};
    switch (iface->role()) {
    case QAccessible::CheckBox:
        parts << (state.checked ? tr("on") : tr("off"));
        break;
    case QAccessible::RadioButton:
    case QAccessible::PageTab:
        parts << (state.checked || state.selected ? tr("chosen") : tr("not chosen"));
        break;
    case QAccessible::Slider:
        if (QAccessibleValueInterface *value = iface->valueInterface())
            parts << tr("slider at %1").arg(m_locale.toString(value->currentValue().toDouble(), 'f', 0));
        break;
    case QAccessible::EditableText:
        parts << tr("text field");
        break;
    case QAccessible::Heading:
        parts << tr("heading");
        break;
    default:
        if (state.checkable)
            parts << (state.checked ? tr("on") : tr("off"));
        else
            parts << tr("button");
        break;
    }
    if (state.disabled || !item->isEnabled())
        parts << tr("not available");
    const QString description = iface->text(QAccessible::Description).trimmed();
    if (!description.isEmpty())
        parts << description;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

void SpeechMode::say(const QString &text)
{
    if (text.isEmpty())
        return;
    // Headphones only and none plugged in: nothing out loud on the floor (the page says why).
    if (m_headphonesOnly && !m_headphonesIn)
        return;
    m_recent << text;
    while (m_recent.size() > kRemembered)
        m_recent.removeFirst();
    emit spoken(text);
    if (QTextToSpeech *speech = engine()) {
        speech->stop();
        speech->setVolume(m_volume);
        speech->say(text);
    }
}

QQuickItem *SpeechMode::focused() const
{
    return m_window ? m_window->activeFocusItem() : nullptr;
}

bool SpeechMode::move(bool forward)
{
    if (!m_window)
        return false;
    QQuickItem *start = focused() ? focused() : m_window->contentItem();
    QQuickItem *item = start;
    // The focus chain is the order Tab follows; the first named, visible control along it.
    for (int guard = 0; guard < 2000; ++guard) {
        item = item->nextItemInFocusChain(forward);
        if (!item || item == start)
            return false;
        if (speakable(item)) {
            item->forceActiveFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            say(describe(item));
            return true;
        }
    }
    return false;
}

bool SpeechMode::next()
{
    return move(true);
}

bool SpeechMode::previous()
{
    return move(false);
}

void SpeechMode::exploreAt(const QPointF &scenePosition)
{
    if (!m_window)
        return;
    // The topmost control under the finger, children painted last first.
    const std::function<QQuickItem *(QQuickItem *)> hit = [&](QQuickItem *item) -> QQuickItem * {
        if (!item->isVisible() || item->opacity() <= 0.01)
            return nullptr;
        const QList<QQuickItem *> children = item->childItems();
        for (auto it = children.crbegin(); it != children.crend(); ++it) {
            if (QQuickItem *found = hit(*it))
                return found;
        }
        const bool under = item->contains(item->mapFromScene(scenePosition));
        return under && item->activeFocusOnTab() && speakable(item) ? item : nullptr;
    };
    if (QQuickItem *item = hit(m_window->contentItem())) {
        item->forceActiveFocus(Qt::OtherFocusReason);
        say(describe(item));
    }
}

bool SpeechMode::activate()
{
    QQuickItem *item = focused();
    QAccessibleInterface *iface = item ? QAccessible::queryAccessibleInterface(item) : nullptr;
    QAccessibleActionInterface *actions = iface ? iface->actionInterface() : nullptr;
    if (!actions)
        return false;
    const QStringList names = actions->actionNames();
    if (names.contains(QAccessibleActionInterface::pressAction()))
        actions->doAction(QAccessibleActionInterface::pressAction());
    else if (names.contains(QAccessibleActionInterface::toggleAction()))
        actions->doAction(QAccessibleActionInterface::toggleAction());
    else
        return false;
    // The page may have changed under the finger: say where the focus is now.
    if (QQuickItem *now = focused(); now && speakable(now))
        say(describe(now));
    return true;
}

void SpeechMode::repeat()
{
    if (QQuickItem *item = focused(); item && speakable(item))
        say(describe(item));
}

void SpeechMode::end()
{
    m_hold.stop();
    m_socket.stop();
    if (m_engine)
        m_engine->stop();
    m_recent.clear();
    if (m_active) {
        m_active = false;
        emit activeChanged();
        checkHeadphones();
        if (m_headphonesOnly)
            emit headphonesChanged();
    }
}
