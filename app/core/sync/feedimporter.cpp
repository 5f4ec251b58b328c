#include "feedimporter.h"

#include "catalog/catalogconsistency.h"
#include "storage/catalogreader.h"
#include "sync/feedparser.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

Q_LOGGING_CATEGORY(lcSync, "vitrine.sync")

namespace {

struct Table {
    QString list;  ///< the feed's list name
    QString table; ///< where it is stored
};

const QList<Table> &tables()
{
    static const QList<Table> list{
        {QStringLiteral("markets"), QStringLiteral("market")},       {QStringLiteral("bodies"), QStringLiteral("body")},
        {QStringLiteral("lines"), QStringLiteral("model_line")},     {QStringLiteral("models"), QStringLiteral("model")},
        {QStringLiteral("trims"), QStringLiteral("trim")},           {QStringLiteral("options"), QStringLiteral("catalog_option")},
        {QStringLiteral("rules"), QStringLiteral("catalog_rule")},   {QStringLiteral("studios"), QStringLiteral("studio")},
        {QStringLiteral("vehicles"), QStringLiteral("vehicle")}};
    return list;
}

QString tableFor(const QString &list)
{
    for (const Table &t : tables()) {
        if (t.list == list)
            return t.table;
    }
    return {};
}

/// The lists whose records make up the rules' world (studios and stock do not).
bool isCatalogList(const QString &list)
{
    static const QStringList lists{QStringLiteral("markets"), QStringLiteral("bodies"), QStringLiteral("lines"),
                                   QStringLiteral("models"),  QStringLiteral("trims"),  QStringLiteral("options"),
                                   QStringLiteral("rules")};
    return lists.contains(list);
}

/// Whether applying the feed can change the catalog the rule engine works on.
bool touchesCatalog(const Feed &feed)
{
    if (feed.full)
        return true; // a full feed may also tombstone catalog records
    for (const QString &key : feed.documents.keys()) {
        if (isCatalogList(key.section(QLatin1Char('/'), 0, 0)))
            return true;
    }
    for (const FeedRemoval &removal : feed.removals) {
        if (isCatalogList(removal.list))
            return true;
    }
    return false;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

class Writer
{
public:
    Writer(QSqlDatabase db, QString *error)
        : m_db(db)
        , m_error(error)
    {
    }

    bool exec(QSqlQuery &q)
    {
        if (q.exec())
            return true;
        *m_error = q.lastError().text();
        return false;
    }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return exec(q);
    }

    QSqlDatabase m_db;
    QString *m_error;
};

} // namespace

FeedImporter::FeedImporter(QSqlDatabase db)
    : m_db(db)
{
}

bool FeedImporter::hasCatalog() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1 FROM import_run WHERE status = 'applied' LIMIT 1")) && q.next();
}

FeedImporter::Report FeedImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Report report;
        report.fatal = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return report;
    }
    return importBytes(file.readAll(), path);
}

FeedImporter::Report FeedImporter::importBytes(const QByteArray &bytes, const QString &origin)
{
    Report report;
    FeedParser::KnownIds known;
    for (const Table &t : tables()) {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0").arg(t.table))) {
            report.fatal = QStringLiteral("the database cannot be read: %1").arg(q.lastError().text());
            return report;
        }
        QSet<QString> &ids = known[t.list];
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    const FeedParser::Result parsed = FeedParser::parse(bytes, known);
    if (!parsed.feed) {
        report.fatal = parsed.fatal;
        qCWarning(lcSync) << "feed refused:" << origin << parsed.fatal;
        return report;
    }
    const Feed &feed = *parsed.feed;
    report.issues = feed.issues;
    report.accepted = feed.acceptedCount();
    report.rejected = feed.rejectedCount();
    report.warnings = feed.warningCount();
    if (feed.full && feed.acceptedCount() == 0) {
        // A full feed with nothing valid would tombstone everything: refuse it instead.
        report.fatal = QStringLiteral("the feed holds no valid record (%1 left out); nothing was changed")
                           .arg(report.rejected);
        return report;
    }
    if (!apply(feed, origin, &report))
        return report;
    report.applied = true;
    qCInfo(lcSync) << "feed applied:" << feed.source << "accepted" << report.accepted << "rejected"
                   << report.rejected << "tombstoned" << report.tombstoned;
    return report;
}

bool FeedImporter::apply(const Feed &feed, const QString &origin, Report *report)
{
    QString error;
    Writer w(m_db, &error);
    if (!w.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        report->fatal = QStringLiteral("the database is busy or read-only: %1").arg(error);
        return false;
    }
    const auto fail = [&](const QString &what) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        report->fatal = QStringLiteral("%1 failed, nothing was changed: %2").arg(what, error);
        qCWarning(lcSync) << "feed rolled back:" << report->fatal;
        return false;
    };

    // Records of the feed that were rejected keep their previous good version: never
    // tombstone or overwrite them.
    QSet<QString> rejected;
    for (const FeedIssue &issue : feed.issues) {
        if (issue.severity == FeedIssue::Severity::Error)
            rejected.insert(issue.list + QLatin1Char('/') + issue.recordId);
    }

    QSqlQuery upsert(m_db);
    for (const QString &key : feed.documentOrder) {
        const auto it = feed.documents.constFind(key);
        if (it == feed.documents.constEnd())
            continue; // left out by the reference check
        const QString list = key.section(QLatin1Char('/'), 0, 0);
        const QString id = key.section(QLatin1Char('/'), 1);
        const QJsonObject &doc = it.value();
        const QString table = tableFor(list);
        QStringList columns{QStringLiteral("id"), QStringLiteral("source"), QStringLiteral("doc")};
        QVariantList values{id, feed.source, compact(doc)};
        if (list == QLatin1String("models")) {
            columns << QStringLiteral("line");
            values << doc.value(QStringLiteral("line")).toString();
        } else if (list == QLatin1String("trims")) {
            columns << QStringLiteral("model");
            values << doc.value(QStringLiteral("model")).toString();
        } else if (list == QLatin1String("options")) {
            columns << QStringLiteral("kind");
            values << doc.value(QStringLiteral("kind")).toString();
        } else if (list == QLatin1String("studios")) {
            columns << QStringLiteral("kind") << QStringLiteral("market");
            values << doc.value(QStringLiteral("kind")).toString() << doc.value(QStringLiteral("market")).toString();
        } else if (list == QLatin1String("vehicles")) {
            const QJsonObject price = doc.value(QStringLiteral("price")).toObject();
            columns << QStringLiteral("vin") << QStringLiteral("model") << QStringLiteral("condition")
                    << QStringLiteral("price_minor") << QStringLiteral("location") << QStringLiteral("updated");
            values << doc.value(QStringLiteral("vin")).toString() << doc.value(QStringLiteral("model")).toString()
                   << doc.value(QStringLiteral("condition")).toString()
                   << qint64(std::llround(price.value(QStringLiteral("amount")).toDouble() * 100))
                   << doc.value(QStringLiteral("location")).toString() << doc.value(QStringLiteral("updated")).toString();
        }
        QStringList placeholders, updates;
        for (const QString &c : columns) {
            placeholders << QStringLiteral("?");
            if (c != QLatin1String("id"))
                updates << QStringLiteral("%1 = excluded.%1").arg(c);
        }
        upsert.prepare(QStringLiteral("INSERT INTO %1 (%2, deleted) VALUES (%3, 0) ON CONFLICT(id) DO UPDATE SET %4, deleted = 0")
                           .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
                                updates.join(QStringLiteral(", "))));
        for (const QVariant &v : values)
            upsert.addBindValue(v);
        if (!w.exec(upsert))
            return fail(QStringLiteral("storing %1").arg(key));
    }

    if (feed.full) {
        for (const Table &t : tables()) {
            QSqlQuery live(m_db);
            live.prepare(QStringLiteral("SELECT id FROM %1 WHERE source = ? AND deleted = 0").arg(t.table));
            live.addBindValue(feed.source);
            if (!w.exec(live))
                return fail(QStringLiteral("reading %1").arg(t.list));
            QStringList gone;
            while (live.next()) {
                const QString key = t.list + QLatin1Char('/') + live.value(0).toString();
                if (!feed.documents.contains(key) && !rejected.contains(key))
                    gone << live.value(0).toString();
            }
            for (const QString &id : gone) {
                if (!w.exec(QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(t.table), {id}))
                    return fail(QStringLiteral("removing %1/%2").arg(t.list, id));
                ++report->tombstoned;
            }
        }
    }
    for (const FeedRemoval &removal : feed.removals) {
        if (!w.exec(QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(tableFor(removal.list)), {removal.id}))
            return fail(QStringLiteral("removing %1/%2").arg(removal.list, removal.id));
        ++report->tombstoned;
    }

    // The catalog as it would be stored, this feed's records merged with what other sources
    // and earlier feeds left: rules that contradict each other refuse the whole import, so
    // visitors never meet a choice that can never be made and the last good catalog stays.
    if (touchesCatalog(feed)) {
        const std::optional<Catalog> merged = CatalogReader(m_db).catalog(&error);
        if (!merged)
            return fail(QStringLiteral("reading the catalog back to check its rules"));
        const QList<CatalogConsistency::Problem> problems = CatalogConsistency::check(*merged);
        if (CatalogConsistency::hasErrors(problems)) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            QStringList errors;
            for (const CatalogConsistency::Problem &p : problems) {
                report->issues.append(p.toFeedIssue());
                if (p.error)
                    errors << p.toFeedIssue().toString();
            }
            report->fatal = QStringLiteral("the catalog's rules contradict each other, so nothing was changed and the "
                                           "catalog stored before stays; fix %1 and send the feed again: %2")
                                .arg(errors.size() == 1 ? QStringLiteral("this problem")
                                                        : QStringLiteral("these %1 problems").arg(errors.size()),
                                     errors.mid(0, 5).join(QStringLiteral("; "))
                                         + (errors.size() > 5 ? QStringLiteral("; and %1 more, listed with the issues").arg(errors.size() - 5)
                                                              : QString()));
            qCWarning(lcSync) << "feed refused, contradictory rules:" << origin << report->fatal;
            return false;
        }
        for (const CatalogConsistency::Problem &p : problems) {
            report->issues.append(p.toFeedIssue()); // warnings only: the catalog still works
            ++report->warnings;
        }
    }

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery run(m_db);
    run.prepare(QStringLiteral("INSERT INTO import_run (source, origin, generated, started_at, finished_at, accepted, "
                               "rejected, warnings, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'applied')"));
    for (const QVariant &v : QVariantList{feed.source, origin, feed.generated.toString(Qt::ISODate), now, now,
                                          report->accepted, report->rejected, report->warnings})
        run.addBindValue(v);
    if (!w.exec(run))
        return fail(QStringLiteral("recording the import"));
    const QVariant runId = run.lastInsertId();
    for (const FeedIssue &issue : std::as_const(report->issues)) {
        if (!w.exec(QStringLiteral("INSERT INTO import_issue (run, severity, list, record_id, field, problem) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    {runId, issue.severity == FeedIssue::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"),
                     issue.list, issue.recordId, issue.field, issue.problem}))
            return fail(QStringLiteral("recording the import's issues"));
    }
    if (!w.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("committing"));
    return true;
}
