// SPDX-License-Identifier: GPL-3.0-or-later
#include "insightrecorder.h"

#include "storage/deviceidentity.h"
#include "storage/outbox.h"
#include "storage/settings.h"
#include "storage/transaction.h"

#include <QUuid>

InsightRecorder::InsightRecorder(QSqlDatabase db)
    : m_db(db)
    , m_rows(db)
{
}

bool InsightRecorder::recordIn(const InsightEvent &given, QString *error)
{
    InsightEvent event = given;
    if (event.studio.isEmpty()) {
        // The studio this screen stands in, so that a chain's hub can tell its studios apart.
        if (!m_studio)
            m_studio = Settings(m_db).value(QStringLiteral("studio.id")).value_or(QString());
        event.studio = *m_studio;
    }
    if (const QString problem = InsightEvent::problem(event); !problem.isEmpty()) {
        // The event's own fields may be what is wrong: only its kind goes to the log.
        qCWarning(lcInsights) << "an event of kind" << InsightEvent::kindName(event.kind) << "was not recorded:" << problem;
        if (error)
            *error = QStringLiteral("The event was not recorded: %1.").arg(problem);
        return false;
    }
    if (!m_deviceId) {
        m_deviceId = DeviceIdentity::id(m_db, error);
        if (!m_deviceId)
            return false;
    }
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_rows.insert(event, uuid, *m_deviceId, error))
        return false;
    // One record per visit: the hub gets a visit's events in order.
    const QString record = QStringLiteral("insight:") + (event.visit.isEmpty() ? uuid : event.visit);
    return Outbox(m_db).enqueue(uuid, outboxKind(), record, event.toJson(uuid, *m_deviceId), event.at, error)
        == Outbox::Enqueued::Added;
}

bool InsightRecorder::record(const InsightEvent &event, QString *error)
{
    Transaction t(m_db);
    return t.begin(error) && recordIn(event, error) && t.commit(error);
}
