// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncoverview.h"

#include "feed/feedimporter.h"
#include "sync/syncrows.h"

std::optional<SyncOverview> SyncOverview::read(QSqlDatabase db, QString *error)
{
    SyncRows rows(db);
    auto sources = rows.sources(error);
    auto states = sources ? rows.states(error) : std::nullopt;
    if (!sources || !states)
        return std::nullopt;
    SyncOverview o;
    o.sources = std::move(*sources);
    o.states = std::move(*states);
    // The stock is as current as its stalest part: each enabled source that ever brought its feed
    // in vouches for its stock up to its last success.
    for (const SyncSource &s : std::as_const(o.sources)) {
        const QDateTime success = o.states.value(s.id()).lastSuccess;
        if (s.source.enabled && success.isValid() && (!o.stockAsOf.isValid() || success < o.stockAsOf))
            o.stockAsOf = success;
    }
    if (!o.stockAsOf.isValid())
        o.stockAsOf = FeedImporter(db).lastAppliedAt();
    return o;
}

bool SyncOverview::failingLongerThan(const QString &id, std::chrono::seconds limit, const QDateTime &now) const
{
    const SourceState s = stateOf(id);
    return s.failing() && s.failingSince.isValid() && s.failingSince.secsTo(now) > limit.count();
}

QList<SourceHealth> SyncOverview::failingSources(QSqlDatabase db, const QDateTime &now)
{
    QList<SourceHealth> list;
    const auto overview = read(db);
    if (!overview)
        return list;
    for (const SyncSource &s : overview->sources) {
        const SourceState state = overview->stateOf(s.id());
        if (overview->failingLongerThan(s.id(), std::chrono::hours(1), now))
            list << SourceHealth{s.source.name.isEmpty() ? s.id() : s.source.name, state.failingSince, state.failures};
    }
    return list;
}
