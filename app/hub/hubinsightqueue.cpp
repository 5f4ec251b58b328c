// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubinsightqueue.h"
#include "hubanswer.h"

#include "storage/database.h"
#include "storage/databasequeue.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace {

// What the reader sends back: the answer and the events it counted.
struct Read {
    HttpResponse response;
    std::optional<InsightRows::Generation> generation;
};

HttpResponse tooBusy()
{
    HttpResponse r = HubAnswer::error(503, QStringLiteral("busy"),
                                      QStringLiteral("the hub is reading other insights just now; try again shortly"));
    r.addHeader("Retry-After", "2");
    return r;
}

} // namespace

HubInsightQueue::HubInsightQueue(QSqlDatabase db, std::function<void()> wake)
    : m_db(db)
    , m_wake(std::move(wake))
    , m_reader(std::make_unique<DatabaseQueue>(Database::addressOf(db), nullptr, DatabaseQueue::Access::ReadOnly))
{
}

HubInsightQueue::~HubInsightQueue() = default;

HttpResponse HubInsightQueue::answer(const HttpRequest &request, qint64 nowMs)
{
    QString why;
    const auto ask = HubInsights::read(request, &why);
    if (!ask)
        return HubAnswer::error(400, QStringLiteral("bad-request"), why);
    const QByteArray key = ask->key();
    const auto generation = InsightRows(m_db).generation(&why);
    if (!generation) {
        qCWarning(lcHub) << "cannot read the insights' generation:" << why;
        return HubAnswer::busy(QStringLiteral("the hub could not read its insights; try again"));
    }
    for (const Kept &k : std::as_const(m_kept)) {
        if (k.key != key)
            continue;
        // Read after this request came (as fresh as if it had been read for it), or lately over
        // the same events: a screen's figures are as the hub holds them, never older.
        const bool forThis = k.askedMs >= request.receivedMs;
        const bool same = k.generation == generation && nowMs - k.askedMs < freshMs;
        if (forThis || same)
            return k.response;
        break;
    }
    if (!m_reading.contains(key)) {
        if (m_reading.size() >= maximumReads)
            return tooBusy();
        start(*ask, nowMs);
    }
    if (request.lastChance) // waited its full time: the reader is behind
        return tooBusy();
    HttpResponse parked;
    parked.waitMs = waitMs;
    return parked;
}

void HubInsightQueue::start(const HubInsights::Ask &ask, qint64 nowMs)
{
    const QByteArray key = ask.key();
    m_reading.insert(key, nowMs);
    m_reader->run<Read>(
        m_reader.get(),
        [ask](QSqlDatabase &db) {
            Read read;
            // One read transaction: every table and the generation from the same events.
            const bool inOne = db.transaction();
            QString why;
            read.generation = InsightRows(db).generation(&why);
            read.response = HubInsights(db).answer(ask, QDateTime::currentDateTimeUtc());
            if (inOne)
                db.commit();
            if (read.response.status != 200)
                read.generation.reset(); // a failure is told once, never served again
            return read;
        },
        [this, key](Read read) {
            const qint64 askedMs = m_reading.take(key);
            m_kept.removeIf([&key](const Kept &k) { return k.key == key; });
            m_kept.append({key, askedMs, read.generation, std::move(read.response)});
            if (m_kept.size() > kept)
                m_kept.removeFirst();
            m_wake();
        });
}
