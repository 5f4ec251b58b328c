// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedapplier.h"

#include "booking/eventrows.h"
#include "catalog/catalogconsistency.h"
#include "catalog/catalogrows.h"
#include "feed/feedphases.h"
#include "feed/feedsourcerows.h"
#include "inventory/stockgeneration.h"
#include "inventory/vehiclerecord.h"
#include "inventory/vehiclerows.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcFeed)

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
    if (feed.full && !feed.stockOnly)
        return true; // a full feed may also tombstone catalog records
    for (const QString &key : feed.documentOrder) {
        if (isCatalogList(key.section(QLatin1Char('/'), 0, 0)))
            return true;
    }
    for (const FeedRemoval &removal : feed.removals) {
        if (isCatalogList(removal.list))
            return true;
    }
    return false;
}

constexpr int kConstraintCheck = 275; // SQLITE_CONSTRAINT_CHECK

QString key(const QString &list, const QString &id)
{
    return list + QLatin1Char('/') + id;
}

} // namespace

/// The import's one transaction, and what a person reads when it fails: rolled back, with the
/// reason in plain words, unless committed.
class FeedApplier::Run
{
public:
    Run(QSqlDatabase db, FeedReport *report)
        : m_transaction(db)
        , m_report(report)
    {
    }
    bool begin()
    {
        QString error;
        if (m_transaction.begin(&error))
            return true;
        m_report->fatal = QStringLiteral("nothing was changed: %1").arg(error);
        return false;
    }
    /// Rolls back; `what` failed because of `reason`, already in plain words.
    bool fail(const QString &what, const QString &reason)
    {
        m_transaction.rollback();
        m_report->fatal = QStringLiteral("%1 failed, so nothing was changed: %2").arg(what, reason);
        qCWarning(lcFeed) << "feed rolled back:" << m_report->fatal;
        return false;
    }
    bool exec(QSqlQuery &q, const QString &what)
    {
        if (q.exec())
            return true;
        qCWarning(lcFeed) << what << "failed:" << q.lastError().text();
        return fail(what, Database::plainReason(q.lastError()));
    }
    bool commit()
    {
        QString error;
        return m_transaction.commit(&error) || fail(QStringLiteral("committing"), error);
    }
    /// Rolls back without a failure: the caller has said why.
    void cancel() { m_transaction.rollback(); }

private:
    Transaction m_transaction;
    FeedReport *m_report;
};

FeedApplier::FeedApplier(QSqlDatabase db)
    : m_db(db)
    , m_catalogRows(std::make_unique<CatalogRows>(db))
    , m_vehicleRows(std::make_unique<VehicleRows>(db))
    , m_sourceRows(std::make_unique<FeedSourceRows>(db))
    , m_eventRows(std::make_unique<EventRows>(db))
    , m_lists(CatalogRows::lists() + QStringList{FeedSourceRows::list(), VehicleRows::list(), EventRows::list()})
{
}

FeedApplier::~FeedApplier() = default;

DocumentTable *FeedApplier::table(const QString &list) const
{
    if (list == VehicleRows::list())
        return &m_vehicleRows->table();
    if (list == EventRows::list())
        return &m_eventRows->table();
    return list == FeedSourceRows::list() ? &m_sourceRows->table() : m_catalogRows->table(list);
}

bool FeedApplier::apply(const Feed &feed, const QString &origin, FeedReport *report)
{
    // Room in the page cache for the pages a large stock's write changes over and over: the
    // b-trees' inner pages and the id index's leaves (some 45 bytes a car), which the feed's ids
    // reach in any order. A car's row fills a table leaf once and leaves it for the next: those
    // may go to the log before the commit, so the cache need not hold the whole stock (some 750
    // bytes a car with its index). New memory is what a first import pays most for on a virtual
    // machine (vitrine-bench --feeds, 100,000 cars, runs after a pause, alternating): 128 bytes a
    // car peaked 57 MB lower than 1 KiB and imported at 123,000-174,000 rows/s against
    // 120,000-154,000; back to back, with the memory warm, 1 KiB was quicker (189,000-237,000
    // against 135,000-212,000). With SQLite's 2 MB a feed of shuffled ids took 507-796 ms to
    // write its cars against 255-505 ms. Given back after the commit or the rollback: Run ends first.
    constexpr qint64 kCacheBytesPerCar = 128;
    const WriteCache cache(m_db, feed.vehicles.size() >= m_bulkCars ? qint64(feed.vehicles.size()) * kCacheBytesPerCar : 0);
    FeedPhases phases;
    Run t(m_db, report);
    if (!t.begin())
        return false;
    QString markerError;
    const auto found = StockGeneration(m_db).read(&markerError);
    if (!found)
        return t.fail(QStringLiteral("reading the stock generation"), markerError);
    report->stock.generation.before = found->generation;
    // The stock's generation moves on once for the whole import, not once a car.
    if (!StockGeneration(m_db).standAside(&markerError))
        return t.fail(QStringLiteral("writing the stock generation"), markerError);

    // What the feed carries stays: its accepted records, and its rejected ones, which keep their
    // previous good version rather than being removed for a bad one. By list, then id.
    Kept kept;
    for (const RecordIssue &issue : feed.issues) {
        if (issue.severity == RecordIssue::Severity::Error)
            kept[issue.list].insert(issue.recordId);
    }
    for (const QString &k : feed.documentOrder)
        kept[k.section(QLatin1Char('/'), 0, 0)].insert(k.section(QLatin1Char('/'), 1));
    // The feed's cars are kept too: removeMissing() looks them up among the live ones.

    // A feed that carries events (or is the whole of its source's) says afresh which events it
    // created or changed; a dealer's stock feed leaves that to the brand's.
    const bool carriesEvents = (feed.full && !feed.stockOnly)
        || std::any_of(feed.documentOrder.cbegin(), feed.documentOrder.cend(),
                       [](const QString &k) { return k.startsWith(EventRows::list() + QLatin1Char('/')); })
        || std::any_of(feed.removals.cbegin(), feed.removals.cend(),
                       [](const FeedRemoval &r) { return r.list == EventRows::list(); });
    if (carriesEvents && !m_eventRows->startFeedChanges())
        return t.fail(QStringLiteral("starting the events' changes"), m_eventRows->error());

    // Removals first, so a VIN a departing car held is free for the car that now carries it.
    if (feed.full && !removeMissing(feed, kept, t, report))
        return false;
    phases.done("removals");
    QString error;
    for (const FeedRemoval &removal : feed.removals) {
        if (!table(removal.list)->tombstone(removal.id, &error))
            return t.fail(QStringLiteral("removing %1").arg(key(removal.list, removal.id)), error);
        ++report->tombstoned;
        if (removal.list == VehicleRows::list())
            report->stock.removed.insert(removal.id);
    }
    for (const QString &k : feed.documentOrder) {
        const auto it = feed.documents.constFind(k);
        if (it == feed.documents.constEnd())
            continue; // left out by the reference check
        const QString list = k.section(QLatin1Char('/'), 0, 0);
        // An event's columns hold its instants and places; changing them after people joined
        // leaves a notice for staff (the table's triggers), and its joiners stay.
        const DocumentTable::Columns columns = list == EventRows::list() ? EventRows::columnsFor(*it)
                                                                         : CatalogRows::columnsFor(list, *it);
        if (!table(list)->upsert(k.section(QLatin1Char('/'), 1), feed.source, *it, columns, &error))
            return t.fail(QStringLiteral("storing %1").arg(k), error);
    }
    std::function<void()> announce;
    if (m_checked && feed.stockOnly && feed.vehicles.size() >= m_bulkCars) {
        // Read here, in the transaction: with the dealers just stored, as the commit leaves it.
        auto catalog = m_catalogRows->catalog(&error);
        if (!catalog)
            return t.fail(QStringLiteral("reading the catalog"), error);
        report->stock.catalog = std::make_shared<const Catalog>(std::move(*catalog));
        announce = [this, &feed, report] { m_checked(report->stock.removed, feed.vehicles, report->stock.catalog); };
    }
    if (!writeStock(feed, t, report, phases, std::move(announce)))
        return false;
    if (!checkCatalog(feed, origin, t, report) || !recordRun(feed, origin, t, report))
        return false;
    // Read inside the transaction: exactly the stock this import leaves.
    if (!StockGeneration(m_db).advance(&error))
        return t.fail(QStringLiteral("writing the stock generation"), error);
    const auto marker = StockGeneration(m_db).read(&error);
    if (!marker)
        return t.fail(QStringLiteral("reading the stock generation"), error);
    report->stock.generation.after = *marker;
    phases.done("catalog checked, run recorded");
    const bool committed = t.commit();
    phases.done("committed");
    return committed;
}

bool FeedApplier::removeMissing(const Feed &feed, const Kept &kept, Run &t, FeedReport *report)
{
    // A dealer's feed is its whole stock, and only that: its dealers stay when it drops them.
    const QStringList lists = feed.stockOnly ? QStringList{VehicleRows::list()} : m_lists;
    QString error;
    for (const QString &list : lists) {
        const auto live = table(list)->liveIds(feed.source, &error);
        if (!live)
            return t.fail(QStringLiteral("reading %1").arg(list), error);
        const QSet<QString> carried = kept.value(list);
        // The stock's live cars the feed does not carry, found from the smaller side: a dealer's
        // first feed brings a hundred thousand cars to a source that has none.
        QSet<QString> leaving;
        if (list == VehicleRows::list() && !live->isEmpty()) {
            leaving = QSet<QString>(live->cbegin(), live->cend());
            for (const Vehicle &v : feed.vehicles)
                leaving.remove(v.id);
        }
        for (const QString &id : *live) {
            if (carried.contains(id) || (list == VehicleRows::list() && !leaving.contains(id)))
                continue;
            if (!table(list)->tombstone(id, &error))
                return t.fail(QStringLiteral("removing %1").arg(key(list, id)), error);
            ++report->tombstoned;
            if (list == VehicleRows::list())
                report->stock.removed.insert(id);
        }
    }
    return true;
}

bool FeedApplier::writeStock(const Feed &feed, Run &t, FeedReport *report, FeedPhases &phases, std::function<void()> announce)
{
    DocumentTable &stock = m_vehicleRows->table();
    const auto finished = qScopeGuard([&stock] { stock.finishWrites(); });
    QString error;
    // A large feed (a dealer group's first full stock) is written with the stock's unique VIN
    // index and the table's checks set aside, the index built once at the end: keeping it up to
    // date car by car costs more than building it. VINs are then kept unique here, against the
    // live cars (read after the removals), as the index would, and the checks applied here too.
    const auto count = m_vehicleRows->count(&error);
    if (!count)
        return t.fail(QStringLiteral("counting the stock"), error);
    // A car stored already exactly as the feed has it is not written again: a group's feed a day
    // later changes a car in twenty.
    const qsizetype writes = feed.vehicles.size() - feed.unchanged.size();
    const bool bulk = writes >= m_bulkCars && writes * 4 >= *count;
    VehicleRows::BulkWrite indexes(m_db);
    std::optional<QHash<QString, VehicleRows::Holder>> vins; // VIN → the live car holding it
    QHash<QString, QString> vinOf;                           // id → VIN of the live cars, for a car whose VIN changes
    if (bulk) {
        vins = m_vehicleRows->liveVins(&error);
        if (!vins || !indexes.begin(&error))
            return t.fail(QStringLiteral("preparing to write the stock"), error);
        // Cars that share no id or VIN among themselves are not added as they are written: no car
        // after one can meet its VIN or its id again. Only the VINs they set free are taken out.
        if (!feed.distinctCars) {
            vins->reserve(vins->size() + feed.vehicles.size());
            vinOf.reserve(vins->size() + feed.vehicles.size());
        }
        for (auto it = vins->cbegin(); it != vins->cend(); ++it)
            vinOf.insert(it->id, it.key());
    }
    phases.done("live VINs read");
    // A large feed's cars are encoded on another core ahead of their writes, no further ahead than
    // a few megabytes. The finder's next snapshot (announce) is built beside them on that core.
    std::optional<VehicleRows::Ahead> ahead;
    // Not for a few cars among many unchanged: the thread would pass by the rest in order.
    if (writes >= m_bulkCars && writes * 2 >= feed.vehicles.size())
        ahead.emplace(feed.vehicles, feed.unchanged);
    if (!ahead || !ahead->started())
        ahead.reset();
    if (announce)
        announce();
    QSet<QString> refused;
    for (qsizetype i = 0; i < feed.vehicles.size(); ++i) {
        const Vehicle &v = feed.vehicles.at(i);
        if (!feed.unchanged.isEmpty() && feed.unchanged.contains(v.id))
            continue; // live under this source with this VIN: nothing for the VINs' bookkeeping either
        QString field = QStringLiteral("vin"), problem;
        DocumentTable::Written written = DocumentTable::Written::Refused;
        const auto holder = vins ? vins->constFind(v.vin) : QHash<QString, VehicleRows::Holder>::const_iterator();
        const bool vinWasFree = !vins || holder == vins->cend();
        if (vins && !VehicleRows::meetsTableChecks(v))
            error = Database::plainReason(kConstraintCheck); // as the table's CHECK would refuse it
        else if (!vins || holder == vins->cend() || holder->id == v.id)
            written = ahead ? m_vehicleRows->write(v, feed.source, ahead->at(i), &error)
                            : m_vehicleRows->write(v, feed.source, &error);
        if (vins && written == DocumentTable::Written::Yes) {
            // Its old VIN, if it was live with another one, is free again.
            if (feed.distinctCars) {
                if (const auto old = vinOf.constFind(v.id); old != vinOf.cend() && *old != v.vin)
                    vins->remove(*old);
            } else {
                QString &old = vinOf[v.id]; // one lookup: null when the car was not live
                if (!old.isNull() && old != v.vin)
                    vins->remove(old);
                old = v.vin;
                if (vinWasFree)
                    vins->insert(v.vin, {v.id, feed.source});
            }
        }
        switch (written) {
        case DocumentTable::Written::Yes:
            continue;
        case DocumentTable::Written::Failed:
            return t.fail(QStringLiteral("storing %1").arg(key(VehicleRows::list(), v.id)), error);
        case DocumentTable::Written::OtherSource:
            field = QStringLiteral("id");
            problem = QStringLiteral("is the id of a car another source listed first; this one is left out");
            break;
        case DocumentTable::Written::Refused: {
            // Most often the unique VIN: another live car, of this source or another, has it.
            const auto holder = vins ? std::optional(vins->value(v.vin)) : m_vehicleRows->holderOfVin(v.vin);
            if (holder && !holder->id.isEmpty()) {
                problem = QStringLiteral("%1 is already the VIN of vehicles/%2 (from %3); this car is left out")
                              .arg(v.vin, holder->id, holder->source);
            } else {
                field = QStringLiteral("id");
                problem = QStringLiteral("storage refused this car (%1); it is left out").arg(error);
            }
            break;
        }
        }
        report->issues.append({RecordIssue::Severity::Error, VehicleRows::list(), v.id, field, problem});
        --report->accepted;
        ++report->rejected;
        refused.insert(v.id);
    }
    ahead.reset();
    phases.done("cars written");
    // Built again in one pass; a VIN held twice would refuse it, and the import with it.
    if (bulk && !indexes.finish(&error))
        return t.fail(QStringLiteral("indexing the stock"), error);
    phases.done("indexes built");
    report->stock.written = feed.vehicles; // shared, not copied, when every car was written
    if (!refused.isEmpty())
        report->stock.written.removeIf([&refused](const Vehicle &v) { return refused.contains(v.id); });
    return true;
}

bool FeedApplier::checkCatalog(const Feed &feed, const QString &origin, Run &t, FeedReport *report)
{
    // The catalog as it would be stored, this feed's records merged with what other sources
    // and earlier feeds left: rules that contradict each other refuse the whole import, so
    // visitors never meet a choice that can never be made and the last good catalog stays.
    if (!touchesCatalog(feed))
        return true;
    QString error;
    const std::optional<Catalog> merged = m_catalogRows->catalog(&error);
    if (!merged)
        return t.fail(QStringLiteral("reading the catalog back to check its rules"), error);
    const QList<CatalogConsistency::Problem> problems = CatalogConsistency::check(*merged);
    if (CatalogConsistency::hasErrors(problems)) {
        t.cancel();
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
                                     + (errors.size() > 5
                                            ? QStringLiteral("; and %1 more, listed with the issues").arg(errors.size() - 5)
                                            : QString()));
        qCWarning(lcFeed) << "feed refused, contradictory rules:" << origin << report->fatal;
        return false;
    }
    for (const CatalogConsistency::Problem &p : problems) {
        report->issues.append(p.toRecordIssue()); // warnings only: the catalog still works
        ++report->warnings;
    }
    return true;
}

bool FeedApplier::recordRun(const Feed &feed, const QString &origin, Run &t, FeedReport *report)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery run(m_db);
    run.prepare(QStringLiteral("INSERT INTO import_run (source, origin, generated, started_at, finished_at, accepted, "
                               "rejected, warnings, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'applied') RETURNING id"));
    for (const QVariant &v : QVariantList{feed.source, origin, feed.generated.toString(Qt::ISODate), now, now, report->accepted,
                                          report->rejected, report->warnings})
        run.addBindValue(v);
    if (!t.exec(run, QStringLiteral("recording the import")))
        return false;
    QSqlQuery issue(m_db);
    issue.prepare(QStringLiteral("INSERT INTO import_issue (run, severity, list, record_id, field, problem, line) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QVariant runId = run.next() ? run.value(0) : QVariant();
    // A null QString binds as SQL NULL, which the columns refuse: an entry that is not an object
    // has no field, and must not fail the whole import for it.
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    for (const RecordIssue &i : std::as_const(report->issues)) {
        const QVariantList values{
            runId,         i.severity == RecordIssue::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"),
            text(i.list),  text(i.recordId),
            text(i.field), text(i.problem),
            i.line};
        for (int n = 0; n < values.size(); ++n)
            issue.bindValue(n, values.at(n));
        if (!t.exec(issue, QStringLiteral("recording the import's issues")))
            return false;
    }
    return true;
}
