#include "feedimporter.h"

#include "catalog/catalogconsistency.h"
#include "catalog/catalogrows.h"
#include "feed/feedparser.h"
#include "inventory/vehiclerows.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcFeed, "vitrine.feed")

namespace {

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
    , m_catalogRows(std::make_unique<CatalogRows>(db))
    , m_vehicleRows(std::make_unique<VehicleRows>(db))
    , m_lists(CatalogRows::lists() + QStringList{VehicleRows::list()})
{
}

FeedImporter::~FeedImporter() = default;

DocumentTable *FeedImporter::table(const QString &list) const
{
    return list == VehicleRows::list() ? &m_vehicleRows->table() : m_catalogRows->table(list);
}

DocumentTable::Columns FeedImporter::columnsFor(const QString &list, const QJsonObject &doc)
{
    return list == VehicleRows::list() ? VehicleRows::columnsFor(doc) : CatalogRows::columnsFor(list, doc);
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
    for (const QString &list : m_lists) {
        QString error;
        const auto ids = table(list)->liveIds({}, &error);
        if (!ids) {
            report.fatal = QStringLiteral("the database cannot be read: %1").arg(error);
            return report;
        }
        known[list] = QSet<QString>(ids->cbegin(), ids->cend());
    }
    const FeedParser::Result parsed = FeedParser::parse(bytes, known);
    if (!parsed.feed) {
        report.fatal = parsed.fatal;
        qCWarning(lcFeed) << "feed refused:" << origin << parsed.fatal;
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
    qCInfo(lcFeed) << "feed applied:" << feed.source << "accepted" << report.accepted << "rejected"
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
        qCWarning(lcFeed) << "feed rolled back:" << report->fatal;
        return false;
    };

    // Records of the feed that were rejected keep their previous good version: never
    // tombstone or overwrite them.
    QSet<QString> rejected;
    for (const RecordIssue &issue : feed.issues) {
        if (issue.severity == RecordIssue::Severity::Error)
            rejected.insert(issue.list + QLatin1Char('/') + issue.recordId);
    }

    for (const QString &key : feed.documentOrder) {
        const auto it = feed.documents.constFind(key);
        if (it == feed.documents.constEnd())
            continue; // left out by the reference check
        const QString list = key.section(QLatin1Char('/'), 0, 0);
        const QString id = key.section(QLatin1Char('/'), 1);
        if (!table(list)->upsert(id, feed.source, it.value(), columnsFor(list, it.value()), &error))
            return fail(QStringLiteral("storing %1").arg(key));
    }

    if (feed.full) {
        for (const QString &list : m_lists) {
            const auto live = table(list)->liveIds(feed.source, &error);
            if (!live)
                return fail(QStringLiteral("reading %1").arg(list));
            for (const QString &id : *live) {
                const QString key = list + QLatin1Char('/') + id;
                if (feed.documents.contains(key) || rejected.contains(key))
                    continue;
                if (!table(list)->tombstone(id, &error))
                    return fail(QStringLiteral("removing %1").arg(key));
                ++report->tombstoned;
            }
        }
    }
    for (const FeedRemoval &removal : feed.removals) {
        if (!table(removal.list)->tombstone(removal.id, &error))
            return fail(QStringLiteral("removing %1/%2").arg(removal.list, removal.id));
        ++report->tombstoned;
    }

    // The catalog as it would be stored, this feed's records merged with what other sources
    // and earlier feeds left: rules that contradict each other refuse the whole import, so
    // visitors never meet a choice that can never be made and the last good catalog stays.
    if (touchesCatalog(feed)) {
        const std::optional<Catalog> merged = m_catalogRows->catalog(&error);
        if (!merged)
            return fail(QStringLiteral("reading the catalog back to check its rules"));
        const QList<CatalogConsistency::Problem> problems = CatalogConsistency::check(*merged);
        if (CatalogConsistency::hasErrors(problems)) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            QStringList errors;
            for (const CatalogConsistency::Problem &p : problems) {
                report->issues.append(p.toRecordIssue());
                if (p.error)
                    errors << p.toRecordIssue().toString();
            }
            report->fatal = QStringLiteral("the catalog's rules contradict each other, so nothing was changed and the "
                                           "catalog stored before stays; fix %1 and send the feed again: %2")
                                .arg(errors.size() == 1 ? QStringLiteral("this problem")
                                                        : QStringLiteral("these %1 problems").arg(errors.size()),
                                     errors.mid(0, 5).join(QStringLiteral("; "))
                                         + (errors.size() > 5 ? QStringLiteral("; and %1 more, listed with the issues").arg(errors.size() - 5)
                                                              : QString()));
            qCWarning(lcFeed) << "feed refused, contradictory rules:" << origin << report->fatal;
            return false;
        }
        for (const CatalogConsistency::Problem &p : problems) {
            report->issues.append(p.toRecordIssue()); // warnings only: the catalog still works
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
    for (const RecordIssue &issue : std::as_const(report->issues)) {
        if (!w.exec(QStringLiteral("INSERT INTO import_issue (run, severity, list, record_id, field, problem) "
                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                    {runId, issue.severity == RecordIssue::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"),
                     issue.list, issue.recordId, issue.field, issue.problem}))
            return fail(QStringLiteral("recording the import's issues"));
    }
    if (!w.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("committing"));
    return true;
}
