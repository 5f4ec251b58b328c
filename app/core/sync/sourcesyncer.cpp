// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesyncer.h"

#include "catalog/catalogrows.h"
#include "feed/feedimporter.h"
#include "storage/database.h"
#include "sync/retrypolicy.h"
#include "sync/syncrows.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcSync, "vitrine.sync")

namespace {

// Staff edits and clock changes are picked up at least this often while nothing is due.
constexpr qint64 kLongestSleepMs = 15 * 60 * 1000;

QDateTime now()
{
    // Whole seconds: the times are stored without milliseconds.
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

/// The origin recorded with the import: the address without anything secret in it.
QString originOf(const QUrl &url)
{
    return url.isLocalFile() ? url.toLocalFile()
                             : url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace

SourceSyncer::SourceSyncer(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_wake(this) // a child, so it moves to the sync thread with this object
{
    static QAtomicInt serial;
    m_connection = QStringLiteral("sync-%1").arg(serial.fetchAndAddRelaxed(1));
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &SourceSyncer::plan);
}

SourceSyncer::~SourceSyncer()
{
    shutdown();
}

void SourceSyncer::start()
{
    if (m_started || m_closed)
        return;
    m_started = true;
    QString error;
    auto db = Database::openConnection(m_options.databasePath, m_connection, &error);
    if (!db) {
        qCWarning(lcSync) << "the sync cannot open its database connection:" << error;
        return;
    }
    m_db = *db;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_fetcher = std::make_unique<FeedFetcher>(m_network.get());
    connect(m_fetcher.get(), &FeedFetcher::finished, this, &SourceSyncer::onFetched);
    plan();
}

void SourceSyncer::shutdown()
{
    if (m_closed)
        return;
    m_closed = true;
    m_wake.stop();
    if (m_fetcher) {
        m_fetcher->disconnect(this);
        m_fetcher->abort();
    }
    m_fetcher.reset();
    m_network.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = {};
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void SourceSyncer::runNow(const QString &id)
{
    if (id.isEmpty())
        m_forceAll = true;
    else
        m_forced.insert(id);
    plan();
}

QString SourceSyncer::keptFeedPath(const QString &folder, const QString &id)
{
    // Hex, so that no source id can name another file or folder.
    return QDir(folder).filePath(QString::fromLatin1(id.toUtf8().toHex()) + QStringLiteral(".feed"));
}

void SourceSyncer::setHub(const HubLink::Pairing &pairing)
{
    m_hub = pairing;
    m_notAtHub.clear();
}

void SourceSyncer::runFromHub()
{
    if (m_closed || !m_db.isValid() || !m_hub.valid())
        return;
    QString error;
    const auto sources = SyncRows(m_db).sources(&error);
    if (!sources) {
        qCWarning(lcSync) << "cannot read the sources:" << error;
        return;
    }
    for (const SyncSource &s : *sources) {
        if (s.source.enabled && viaHub(s))
            m_forced.insert(s.id());
    }
    plan();
}

bool SourceSyncer::viaHub(const SyncSource &source) const
{
    return m_hub.valid() && !source.source.url.isLocalFile() && !m_notAtHub.contains(source.id());
}

bool SourceSyncer::keptCopyMissing(const QString &id) const
{
    return !m_options.keepFolder.isEmpty() && !QFileInfo::exists(keptFeedPath(m_options.keepFolder, id));
}

void SourceSyncer::keep(const QByteArray &body)
{
    if (m_options.keepFolder.isEmpty())
        return;
    QDir().mkpath(m_options.keepFolder);
    QSaveFile file(keptFeedPath(m_options.keepFolder, m_current->id()));
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit())
        qCWarning(lcSync) << "the feed of" << m_current->id() << "cannot be kept for the screens:" << file.errorString();
}

QString SourceSyncer::partialPath(const QString &id) const
{
    return QDir(m_options.workFolder).filePath(QStringLiteral("partial/%1.part").arg(id));
}

void SourceSyncer::plan()
{
    if (m_closed || !m_db.isValid() || m_current)
        return;
    QString error;
    SyncRows rows(m_db);
    const auto sources = rows.sources(&error);
    const auto states = sources ? rows.states(&error) : std::nullopt;
    if (!sources || !states) {
        qCWarning(lcSync) << "cannot read the sources:" << error;
        m_wake.start(int(kLongestSleepMs));
        return;
    }
    if (m_forceAll) {
        for (const SyncSource &s : *sources)
            m_forced.insert(s.id());
        m_forceAll = false;
    }
    const QDateTime at = now();
    const SyncSource *due = nullptr;
    QDateTime dueAt, soonest;
    for (const SyncSource &s : *sources) {
        if (!s.source.enabled) {
            m_forced.remove(s.id());
            continue;
        }
        const SourceState state = states->value(s.id());
        if (!m_options.onSchedule && !m_forced.contains(s.id()))
            continue;
        // Never fetched, or asked for by staff: now.
        const QDateTime when = m_forced.contains(s.id()) || !state.nextAttempt.isValid() ? QDateTime() : state.nextAttempt;
        if (!when.isValid() || when <= at) {
            if (!due || (when.isValid() && dueAt.isValid() && when < dueAt) || (!when.isValid() && dueAt.isValid())) {
                due = &s;
                dueAt = when;
            }
        } else if (!soonest.isValid() || when < soonest) {
            soonest = when;
        }
    }
    // Forced ids that are no longer sources are forgotten.
    QSet<QString> known;
    for (const SyncSource &s : *sources)
        known.insert(s.id());
    m_forced.intersect(known);
    if (due) {
        m_forced.remove(due->id());
        run(*due, states->value(due->id(), SourceState::never(due->id())));
        return;
    }
    const qint64 sleepMs = soonest.isValid() ? qBound<qint64>(1000, at.msecsTo(soonest), kLongestSleepMs) : kLongestSleepMs;
    m_wake.start(int(sleepMs));
}

void SourceSyncer::run(const SyncSource &source, const SourceState &state)
{
    m_wake.stop();
    m_current = source;
    m_currentState = state;
    m_currentState.source = source.id();
    m_currentState.lastAttempt = now();
    if (m_startReporter)
        m_startReporter(source.id());
    qCInfo(lcSync) << "fetching" << source.id();
    FeedFetcher::Request request;
    request.url = source.source.url;
    request.limits = m_options.limits;
    request.limits.maxBytes = qint64(source.source.maxMegabytes) * 1024 * 1024;
    request.etag = state.etag;
    request.lastModified = state.lastModified;
    request.partialPath = partialPath(source.id());
    request.partialValidator = state.partialValidator;
    m_currentViaHub = viaHub(source);
    if (m_currentViaHub) {
        // The hub's copy, whole each time (a feed on the LAN needs no resume).
        QUrl url = m_hub.hub;
        url.setPath(QStringLiteral("/v1/sources/%1/feed").arg(QString::fromLatin1(QUrl::toPercentEncoding(source.id()))));
        request.url = url;
        request.authorization = "Bearer " + m_hub.token;
        request.pinnedCertificate = m_hub.certificateSha256;
        request.partialPath.clear();
        request.partialValidator.clear();
    }
    if (keptCopyMissing(source.id())) {
        // No copy kept for the screens: the whole feed, even when it has not changed.
        request.etag.clear();
        request.lastModified.clear();
    }
    m_fetcher->fetch(request);
}

void SourceSyncer::failed(SourceState &state, const SyncError &error, const std::optional<QDateTime> &retryAfter)
{
    const QDateTime at = state.lastAttempt;
    state.error = error;
    ++state.failures;
    if (!state.failingSince.isValid())
        state.failingSince = at;
    state.nextAttempt = RetryPolicy::nextAttempt(at, state.failures, std::chrono::minutes(m_current->source.everyMinutes),
                                                 retryAfter, QRandomGenerator::global()->generateDouble());
}

void SourceSyncer::onFetched(const FeedFetcher::Result &result)
{
    if (!m_current)
        return;
    SourceState state = m_currentState;
    const QDateTime at = state.lastAttempt;
    const auto succeeded = [&](SourceState::Outcome outcome) {
        state.outcome = outcome;
        state.lastSuccess = at;
        state.failures = 0;
        state.failingSince = {};
        state.error = {};
        state.partialValidator.clear();
        state.nextAttempt = RetryPolicy::nextAttempt(at, 0, std::chrono::minutes(m_current->source.everyMinutes), std::nullopt,
                                                     0);
    };
    if (m_currentViaHub && (result.status == 404 || result.status == 401)) {
        // The hub does not fetch this source (404), or no longer knows this screen (401): the
        // source is fetched directly, at once, as an unpaired screen would.
        qCInfo(lcSync) << "the hub does not pass on" << m_current->id() << "(" << result.status << "); fetching it directly";
        m_notAtHub.insert(m_current->id());
        m_forced.insert(m_current->id());
        m_current.reset();
        plan();
        return;
    }
    SyncOutcome outcome;
    outcome.source = m_current->id();
    QList<RecordIssue> issues;
    bool keepIssues = false;
    // An import's checkpoint waits until its stock is on its way to the finder (record()).
    std::optional<DeferredCheckpoint> checkpointLater;
    switch (result.outcome) {
    case FeedFetcher::Result::Outcome::NotModified:
        succeeded(SourceState::Outcome::Unchanged);
        break;
    case FeedFetcher::Result::Outcome::Failed: {
        state.outcome = SourceState::Outcome::Failed;
        state.partialValidator = result.partialValidator;
        SyncError error = result.error;
        if (m_currentViaHub && result.status == 503)
            error.text = QStringLiteral("the studio's hub has not fetched this feed yet; it is asked again shortly");
        else if (m_currentViaHub)
            error.text = QStringLiteral("through the studio's hub: ") + error.text;
        failed(state, error, result.retryAfter);
        break;
    }
    case FeedFetcher::Result::Outcome::Fetched: {
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(result.body, QCryptographicHash::Sha256).toHex());
        const bool current = state.outcome == SourceState::Outcome::Applied || state.outcome == SourceState::Outcome::Unchanged;
        if (current && sha == state.contentSha256) {
            // The same bytes as the feed applied last (a server without validators, a file).
            succeeded(SourceState::Outcome::Unchanged);
            state.etag = result.etag;
            state.lastModified = result.lastModified;
            if (keptCopyMissing(m_current->id()))
                keep(result.body);
            break;
        }
        state.contentSha256 = sha;
        state.bytes = result.body.size();
        checkpointLater.emplace(m_db);
        outcome = import(result.body, state, result.etag, result.lastModified, &issues);
        state = outcome.state;
        if (state.outcome == SourceState::Outcome::Applied) {
            succeeded(SourceState::Outcome::Applied);
            keep(result.body);
        }
        keepIssues = true;
        break;
    }
    }
    outcome.state = state;
    record(outcome, keepIssues ? &issues : nullptr);
}

SyncOutcome SourceSyncer::import(const QByteArray &body, SourceState state, const QString &etag, const QString &lastModified,
                                 QList<RecordIssue> *issues)
{
    SyncOutcome outcome;
    outcome.source = m_current->id();
    const FeedSource &source = m_current->source;
    FeedImporter::Options options;
    options.format = source.format;
    options.source = source.id;
    options.dealer = source.dealer;
    options.market = source.market;
    options.checked = m_checkedReporter;
    FeedImporter importer(m_db);
    FeedReport report = importer.importBytes(body, originOf(source.url), options);
    *issues = report.issues;
    state.applied = report.accepted;
    state.rejected = report.rejected;
    state.warnings = report.warnings;
    state.removed = report.tombstoned;
    if (!report.applied) {
        // The previous data stays; the next fetch takes the whole feed again.
        state.outcome = SourceState::Outcome::Refused;
        state.etag.clear();
        state.lastModified.clear();
        state.contentSha256.clear();
        failed(state, {SyncError::Kind::Refused, report.fatal}, std::nullopt);
        outcome.state = state;
        return outcome;
    }
    state.outcome = SourceState::Outcome::Applied;
    state.etag = etag;
    state.lastModified = lastModified;
    outcome.applied = true;
    outcome.brandFeed = report.format == FeedFormat{FeedFormat::Kind::Vitrine, 0, {}}.description();
    outcome.stock = std::move(report.stock);
    QString error;
    if (outcome.stock.catalog) // the one the stock was announced under, as the import left it
        outcome.catalog = outcome.stock.catalog;
    else if (auto catalog = CatalogRows(m_db).catalog(&error))
        outcome.catalog = std::make_shared<const Catalog>(std::move(*catalog));
    else
        qCWarning(lcSync) << "the catalog cannot be read back after an import:" << error;
    outcome.state = state;
    qCInfo(lcSync) << "applied" << source.id << "accepted" << report.accepted << "rejected" << report.rejected;
    return outcome;
}

void SourceSyncer::record(const SyncOutcome &outcome, const QList<RecordIssue> *issues)
{
    QString error;
    if (!SyncRows(m_db).record(outcome.state, issues, &error))
        qCWarning(lcSync) << "the state of" << outcome.source << "cannot be written:" << error;
    m_current.reset();
    if (m_reporter)
        m_reporter(outcome);
    plan();
}
