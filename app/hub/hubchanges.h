// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// What changed at the hub, for screens that wait to hear it (GET /v1/changes): a cursor the hub
/// issues ("<run>:<n>", never a screen's clock) and, after a cursor, the topics changed since
/// ("slots", "events", "requests"). A cursor from an earlier run of the hub, or older than the
/// changes it remembers, is answered with "resync": the screen reads everything again.
class HubChanges
{
public:
    static constexpr int kRemembered = 1024;
    static constexpr int kWaitMs = 20'000; ///< the longest a screen is kept waiting
    static constexpr int kLeastWaitMs = 1000;

    HubChanges();

    /// Something of `topic` changed.
    void note(const QString &topic);
    QString cursor() const;

    /// GET /v1/changes?cursor=C[&wait=MS]: what changed after C, at once when anything did,
    /// otherwise parked for up to `wait` (at most kWaitMs) and answered when something changes.
    HttpResponse answer(const HttpRequest &request) const;

private:
    QString m_run; ///< random per start of the hub
    qint64 m_last = 0;
    QList<QPair<qint64, QString>> m_recent; ///< (number, topic), oldest first
};
