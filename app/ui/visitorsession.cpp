// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitorsession.h"

#include <QEvent>
#include <QQmlEngine>

VisitorSession::VisitorSession(KioskSession *session, const QString &defaultLanguage, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_defaultLanguage(defaultLanguage)
{
    connect(session, &KioskSession::activeChanged, this, &VisitorSession::activeChanged);
    connect(session, &KioskSession::noticeShownChanged, this, &VisitorSession::noticeShownChanged);
    connect(session, &KioskSession::ended, this, &VisitorSession::ended);
}

bool VisitorSession::eventFilter(QObject *watched, QEvent *event)
{
    if (m_inputIgnored)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        m_session->interacted();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
