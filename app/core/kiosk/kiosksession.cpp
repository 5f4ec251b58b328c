// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosksession.h"

KioskSession::KioskSession(QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_notice.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &KioskSession::onIdle);
    connect(&m_notice, &QTimer::timeout, this, &KioskSession::onNoticeElapsed);
}

void KioskSession::setTimeouts(int idleMs, int noticeMs)
{
    m_idleMs = qMax(1, idleMs);
    m_noticeMs = qMax(1, noticeMs);
    if (m_active && !m_noticeShown && !m_suspended)
        m_idle.start(m_idleMs);
}

void KioskSession::interacted()
{
    if (m_noticeShown) {
        m_notice.stop();
        m_noticeShown = false;
        emit noticeShownChanged();
    }
    if (!m_active) {
        m_active = true;
        emit activeChanged();
    }
    if (!m_suspended)
        m_idle.start(m_idleMs);
}

void KioskSession::end()
{
    m_idle.stop();
    m_notice.stop();
    if (m_noticeShown) {
        m_noticeShown = false;
        emit noticeShownChanged();
    }
    const bool wasActive = m_active;
    m_active = false;
    if (wasActive)
        emit activeChanged();
    emit ended();
}

void KioskSession::setSuspended(bool suspended)
{
    m_suspended = suspended;
    if (suspended) {
        m_idle.stop();
        m_notice.stop();
        if (m_noticeShown) {
            m_noticeShown = false;
            emit noticeShownChanged();
        }
    } else if (m_active) {
        m_idle.start(m_idleMs);
    }
}

void KioskSession::onIdle()
{
    if (m_suspended)
        return;
    m_noticeShown = true;
    emit noticeShownChanged();
    m_notice.start(m_noticeMs);
}

void KioskSession::onNoticeElapsed()
{
    end();
}
