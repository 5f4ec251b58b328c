// SPDX-License-Identifier: GPL-3.0-or-later
#include "screensleep.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSleep, "vitrine.kiosk.sleep")

namespace {
// The schedule is read again at least this often: the clock may be set, the hours may change.
constexpr qint64 kLongestWaitMs = 15 * 60 * 1000;
} // namespace

ScreenSleep::ScreenSleep(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ScreenSleep::evaluate);
}

void ScreenSleep::setEnabled(bool enabled)
{
    m_enabled = enabled;
    evaluate();
}

void ScreenSleep::setHours(const OpeningHours &hours)
{
    m_hours = hours;
    evaluate();
}

void ScreenSleep::setBusy(bool busy)
{
    m_busy = busy;
    evaluate();
}

void ScreenSleep::setClock(Clock clock)
{
    m_clock = std::move(clock);
    evaluate();
}

void ScreenSleep::wake()
{
    if (!m_asleep)
        return;
    m_staffWokeAt = m_clock();
    qCInfo(lcSleep) << "woken by staff";
    evaluate();
}

void ScreenSleep::evaluate()
{
    m_timer.stop();
    if (!m_enabled) {
        if (m_asleep) {
            m_asleep = false;
            emit asleepChanged();
        }
        return;
    }
    const QDateTime now = m_clock();
    const OpeningHours::State state = m_hours.at(now, m_staffWokeAt);
    // Nobody is sent away: a visit or staff mode under way finishes first.
    const bool asleep = !state.awake && (m_asleep || !m_busy);
    qint64 wait = kLongestWaitMs;
    if (state.nextChange.isValid())
        wait = qBound<qint64>(1000, now.msecsTo(state.nextChange), kLongestWaitMs);
    m_timer.start(std::chrono::milliseconds(wait));
    if (asleep != m_asleep) {
        m_asleep = asleep;
        qCInfo(lcSleep) << (asleep ? "asleep until" : "awake until") << state.nextChange.toString(Qt::ISODate);
        emit asleepChanged();
    }
}
