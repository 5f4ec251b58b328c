// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrows.h"

#include "feed/feedsourcerows.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool failed(const QSqlQuery &q, QString *error)
{
    if (error)
        *error = Database::plainReason(q.lastError());
    return false;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("");
}

QDateTime timeOf(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODate);
}

const char *kStateColumns = "source, last_attempt, last_success, next_attempt, failing_since, failures, outcome, applied, "
                            "rejected, warnings, removed, error_kind, last_error, etag, last_modified, content_sha256, bytes, "
                            "partial_validator";

// Every column but the key, from the row the upsert offered.
QString stateUpdates()
{
    QStringList set;
    for (const QString &column : QString::fromLatin1(kStateColumns).split(QLatin1Char(',')).mid(1))
        set << QStringLiteral("%1 = excluded.%1").arg(column.trimmed());
    return set.join(QStringLiteral(", "));
}

SourceState stateFrom(const QSqlQuery &q)
{
    SourceState s;
    s.source = q.value(0).toString();
    s.lastAttempt = timeOf(q.value(1));
    s.lastSuccess = timeOf(q.value(2));
    s.nextAttempt = timeOf(q.value(3));
    s.failingSince = timeOf(q.value(4));
    s.failures = q.value(5).toInt();
    s.outcome = SourceState::outcomeNamed(q.value(6).toString());
    s.applied = q.value(7).toLongLong();
    s.rejected = q.value(8).toLongLong();
    s.warnings = q.value(9).toLongLong();
    s.removed = q.value(10).toLongLong();
    s.error = {SyncError::kindNamed(q.value(11).toString()), q.value(12).toString()};
    s.etag = q.value(13).toString();
    s.lastModified = q.value(14).toString();
    s.contentSha256 = q.value(15).toString();
    s.bytes = q.value(16).toLongLong();
    s.partialValidator = q.value(17).toString();
    return s;
}

} // namespace

SyncRows::SyncRows(QSqlDatabase db)
    : m_db(db)
{
}

std::optional<QList<SyncSource>> SyncRows::sources(QString *error) const
{
    const auto listed = FeedSourceRows(m_db).sources(error);
    if (!listed)
        return std::nullopt;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, doc FROM sync_source_local ORDER BY rowid")))
        return failed(q, error), std::nullopt;
    QHash<QString, FeedSource> local;
    QStringList localOrder;
    while (q.next()) {
        // Staff's record was checked when saved; one that no longer reads is left out.
        if (auto s = FeedSource::read(QJsonDocument::fromJson(q.value(1).toByteArray()).object(), nullptr)) {
            local.insert(s->id, *s);
            localOrder << s->id;
        }
    }
    QList<SyncSource> out;
    for (const FeedSource &s : *listed) {
        if (local.contains(s.id))
            out << SyncSource{local.take(s.id), SyncSource::Origin::ChangedByStaff};
        else
            out << SyncSource{s, SyncSource::Origin::Feed};
    }
    for (const QString &id : std::as_const(localOrder)) {
        if (local.contains(id))
            out << SyncSource{local.value(id), SyncSource::Origin::Staff};
    }
    return out;
}

std::optional<SyncSource> SyncRows::source(const QString &id, QString *error) const
{
    const auto all = sources(error);
    if (!all)
        return std::nullopt;
    for (const SyncSource &s : *all) {
        if (s.id() == id)
            return s;
    }
    return std::nullopt;
}

bool SyncRows::saveLocal(const FeedSource &source, QString *error)
{
    // Through the same check as a feed's record: what staff type is outside data too.
    QList<RecordIssue> issues;
    const auto checked = FeedSource::read(source.toJson(), &issues);
    if (!checked) {
        if (error)
            *error = issues.isEmpty() ? QStringLiteral("the source is not valid") : issues.first().toString();
        return false;
    }
    const auto before = this->source(checked->id, error);
    Transaction t(m_db);
    if (!t.begin(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_source_local (id, doc, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at"));
    q.addBindValue(checked->id);
    q.addBindValue(QString::fromUtf8(QJsonDocument(checked->toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return failed(q, error);
    if (before && before->source.url != checked->url && !forgetCopy(checked->id, error))
        return false;
    return t.commit(error);
}

bool SyncRows::forgetCopy(const QString &id, QString *error)
{
    // What the validators and a cut-off download belong to is the old address: the new one is
    // fetched whole, never answered "not modified" for another server's copy.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_state SET etag = '', last_modified = '', content_sha256 = '', "
                             "partial_validator = '' WHERE source = ?"));
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

bool SyncRows::removeLocal(const QString &id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sync_source_local WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() || failed(q, error);
}

std::optional<QHash<QString, SourceState>> SyncRows::states(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM sync_state").arg(QLatin1String(kStateColumns))))
        return failed(q, error), std::nullopt;
    QHash<QString, SourceState> out;
    while (q.next()) {
        SourceState s = stateFrom(q);
        out.insert(s.source, s);
    }
    return out;
}

std::optional<SourceState> SyncRows::state(const QString &id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM sync_state WHERE source = ?").arg(QLatin1String(kStateColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q, error), std::nullopt;
    if (!q.next()) {
        SourceState fresh;
        fresh.source = id;
        return fresh;
    }
    return stateFrom(q);
}

bool SyncRows::saveState(const SourceState &s, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (source) DO UPDATE SET %2")
                  .arg(QLatin1String(kStateColumns), stateUpdates()));
    const QVariantList values{s.source,
                              timeText(s.lastAttempt),
                              timeText(s.lastSuccess),
                              timeText(s.nextAttempt),
                              timeText(s.failingSince),
                              s.failures,
                              SourceState::outcomeName(s.outcome),
                              s.applied,
                              s.rejected,
                              s.warnings,
                              s.removed,
                              SyncError::nameOf(s.error.kind),
                              s.error.text,
                              s.etag,
                              s.lastModified,
                              s.contentSha256,
                              s.bytes,
                              s.partialValidator};
    for (int i = 0; i < values.size(); ++i) {
        // A null QString binds as NULL, which the columns refuse.
        const QVariant &v = values.at(i);
        q.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    }
    return q.exec() || failed(q, error);
}

bool SyncRows::record(const SourceState &state, const QList<RecordIssue> *issues, QString *error)
{
    Transaction t(m_db);
    if (!t.begin(error) || !saveState(state, error) || (issues && !replaceIssues(state.source, *issues, error)))
        return false;
    return t.commit(error);
}

bool SyncRows::replaceIssues(const QString &source, const QList<RecordIssue> &issues, QString *error)
{
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM sync_issue WHERE source = ?"));
    clear.addBindValue(source);
    if (!clear.exec())
        return failed(clear, error);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO sync_issue (source, severity, list, record_id, field, problem, line) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    int kept = 0;
    // Errors first: they are what staff must act on when there are more than are kept.
    for (const bool errors : {true, false}) {
        for (const RecordIssue &i : issues) {
            if ((i.severity == RecordIssue::Severity::Error) != errors || kept >= kMaxIssuesKept)
                continue;
            const QVariantList values{source,        errors ? QStringLiteral("error") : QStringLiteral("warning"),
                                      text(i.list),  text(i.recordId),
                                      text(i.field), text(i.problem),
                                      i.line};
            for (int n = 0; n < values.size(); ++n)
                insert.bindValue(n, values.at(n));
            if (!insert.exec())
                return failed(insert, error);
            ++kept;
        }
    }
    return true;
}

std::optional<QList<RecordIssue>> SyncRows::issues(const QString &source, int limit, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT severity, list, record_id, field, problem, line FROM sync_issue WHERE source = ? "
                             "ORDER BY id LIMIT ?"));
    q.addBindValue(source);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(q, error), std::nullopt;
    QList<RecordIssue> out;
    while (q.next())
        out << RecordIssue{q.value(0).toString() == QLatin1String("error") ? RecordIssue::Severity::Error
                                                                           : RecordIssue::Severity::Warning,
                           q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toString(),
                           q.value(5).toInt()};
    return out;
}
