// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightevent.h"
#include "insights/insightrows.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Writes anonymous events on this screen and queues each for the hub in the outbox, in the same
/// transaction as the action it reports (a booking, a hold) when there is one. Lives on the
/// thread of its connection.
class InsightRecorder
{
public:
    explicit InsightRecorder(QSqlDatabase db);

    /// Inside a transaction the caller has open.
    bool recordIn(const InsightEvent &event, QString *error = nullptr);
    /// In a transaction of its own.
    bool record(const InsightEvent &event, QString *error = nullptr);

    /// The outbox kind of an event.
    static QString outboxKind() { return QStringLiteral("insight-event"); }

private:
    QSqlDatabase m_db;
    InsightRows m_rows;
    std::optional<QString> m_deviceId;
    std::optional<QString> m_studio;
};
