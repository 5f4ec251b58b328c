// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsources.h"

#include "common/localtimes.h"
#include "storage/databasequeue.h"
#include "sync/feedfilefinder.h"
#include "sync/syncrows.h"
#include "sync/syncscheduler.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace {

enum Role { FirstRole = Qt::UserRole + 1 };

QString addressOf(const QUrl &url)
{
    // Shown to staff, never with a password or a token from the query.
    return url.isLocalFile() ? url.toLocalFile()
                             : url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

/// A source id from a name: lower-case letters, digits and '-', at most 40 characters.
QString slug(const QString &prefix, const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    out = (prefix + QLatin1Char('-') + out).left(40);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

QVariant SyncSources::SourceRow::value(int role) const
{
    const QVariantList values{id,          name,    address,  status,  detail,  lastSuccess, lastAttempt,
                              nextAttempt, applied, rejected, enabled, flagged, fetching,    selected};
    return values.value(role - FirstRole);
}

QHash<int, QByteArray> SyncSources::SourceRow::roleNames()
{
    const QList<QByteArray> names{"sourceId",    "name",    "address",  "status",  "detail",  "lastSuccess", "lastAttempt",
                                  "nextAttempt", "applied", "rejected", "enabled", "flagged", "fetching",    "selected"};
    QHash<int, QByteArray> out;
    for (int i = 0; i < names.size(); ++i)
        out.insert(FirstRole + i, names.at(i));
    return out;
}

QVariant SyncSources::IssueRow::value(int role) const
{
    const QVariantList values{record, field, problem, line, error};
    return values.value(role - FirstRole);
}

QHash<int, QByteArray> SyncSources::IssueRow::roleNames()
{
    return {{FirstRole, "record"},
            {FirstRole + 1, "field"},
            {FirstRole + 2, "problem"},
            {FirstRole + 3, "line"},
            {FirstRole + 4, "error"}};
}

QVariant SyncSources::FileRow::value(int role) const
{
    const QVariantList values{path, name, place, size, modified};
    return values.value(role - FirstRole);
}

QHash<int, QByteArray> SyncSources::FileRow::roleNames()
{
    return {{FirstRole, "path"},
            {FirstRole + 1, "name"},
            {FirstRole + 2, "place"},
            {FirstRole + 3, "size"},
            {FirstRole + 4, "modified"}};
}

SyncSources::SyncSources(DatabaseQueue *queue, SyncScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_scheduler(scheduler)
    , m_sources(this)
    , m_issues(this)
    , m_files(this)
{
    retranslate();
    if (m_scheduler) {
        // What is being fetched shows at once; what it came to when it is written.
        connect(m_scheduler, &SyncScheduler::started, this, [this] { show(m_overview); });
        connect(m_scheduler, &SyncScheduler::synced, this, &SyncSources::refresh);
    }
}

void SyncSources::retranslate()
{
    m_intervalChoices.setChoices({{15, tr("15 min")}, {60, tr("1 hour")}, {360, tr("6 hours")}, {1440, tr("1 day")}});
    m_formatChoices.setChoices({{QStringLiteral("auto"), tr("Recognise it")},
                                {QStringLiteral("meta"), tr("Meta catalog")},
                                {QStringLiteral("google"), tr("Google listings")},
                                {QStringLiteral("vitrine"), tr("Vitrine feed")}});
    if (!m_formatChoices.selected().isValid())
        m_formatChoices.setSelected(QStringLiteral("auto"));
}

void SyncSources::setLocale(const QLocale &locale)
{
    m_locale = locale;
    retranslate();
    // A message said in the language before goes; the rows are said again in the new one.
    setMessage(QString());
    show(m_overview);
}

void SyncSources::setStaleAfterHours(int hours)
{
    m_staleAfterHours = hours;
    show(m_overview);
}

void SyncSources::setMessage(const QString &message)
{
    m_message = message;
    emit messageChanged();
}

void SyncSources::refresh()
{
    m_queue->run<std::optional<SyncOverview>>(
        this, [](QSqlDatabase &db) { return SyncOverview::read(db); },
        [this](std::optional<SyncOverview> overview) {
            if (!overview) {
                setMessage(tr("The sources cannot be read from this screen's database."));
                return;
            }
            m_overview = std::move(*overview);
            show(m_overview);
            readIssues();
        });
}

const SyncSource *SyncSources::find(const QString &id) const
{
    for (const SyncSource &s : m_overview.sources) {
        if (s.id() == id)
            return &s;
    }
    return nullptr;
}

QString SyncSources::when(const QDateTime &t) const
{
    if (!t.isValid())
        return tr("never");
    const QDateTime local = t.toLocalTime();
    if (local.date() == QDate::currentDate())
        return LocalTimes::time(m_locale, local.time());
    return LocalTimes::dateTime(m_locale, local);
}

QString SyncSources::statusOf(const SyncSource &source, const SourceState &state) const
{
    if (m_scheduler && m_scheduler->fetching() == source.id())
        return tr("Fetching now…");
    if (!source.source.enabled)
        return tr("Paused");
    switch (state.outcome) {
    case SourceState::Outcome::None:
        return tr("Not fetched yet");
    case SourceState::Outcome::Applied:
        return state.rejected > 0 ? tr("Up to date, with records left out") : tr("Up to date");
    case SourceState::Outcome::Unchanged:
        return tr("Up to date (nothing new)");
    case SourceState::Outcome::Refused:
    case SourceState::Outcome::Failed:
        break;
    }
    switch (state.error.kind) {
    case SyncError::Kind::Unreachable:
        return tr("Cannot reach the server");
    case SyncError::Kind::Timeout:
        return tr("The server did not answer in time");
    case SyncError::Kind::Certificate:
        return tr("The server's certificate is not trusted");
    case SyncError::Kind::Server:
        return tr("The server reported an error");
    case SyncError::Kind::TooLarge:
        return tr("The feed is larger than this source may bring");
    case SyncError::Kind::NotAFeed:
        return tr("What came is not a feed");
    case SyncError::Kind::Interrupted:
        return tr("The download was cut off; it will resume");
    case SyncError::Kind::Missing:
        return tr("The file is not there (is the USB stick in?)");
    case SyncError::Kind::Refused:
        return tr("The feed was refused; the stock from before stays");
    case SyncError::Kind::Storage:
        return tr("This screen could not store it");
    case SyncError::Kind::None:
        break;
    }
    return tr("Failed");
}

void SyncSources::show(const SyncOverview &overview)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SourceRow> rows;
    for (const SyncSource &s : overview.sources) {
        const SourceState state = overview.stateOf(s.id());
        SourceRow row;
        row.id = s.id();
        row.name = s.source.name;
        row.address = addressOf(s.source.url);
        row.status = statusOf(s, state);
        // The cause as it was recorded, in English, for whoever looks further: labelled as such
        // under the headline in the screen's own language.
        row.detail = state.error.text.isEmpty() ? QString() : tr("Technical detail: %1").arg(state.error.text);
        row.lastSuccess = when(state.lastSuccess);
        row.lastAttempt = when(state.lastAttempt);
        row.nextAttempt = !s.source.enabled ? tr("paused") : state.nextAttempt.isValid() ? when(state.nextAttempt) : tr("now");
        row.applied = state.applied;
        row.rejected = state.rejected;
        row.enabled = s.source.enabled;
        row.flagged = s.source.enabled && overview.failingLongerThan(s.id(), std::chrono::hours(m_staleAfterHours), now);
        row.failing = s.source.enabled
            && (state.outcome == SourceState::Outcome::Failed || state.outcome == SourceState::Outcome::Refused);
        row.fetching = m_scheduler && m_scheduler->fetching() == s.id();
        row.selected = s.id() == m_selected;
        rows << row;
    }
    m_sources.setRows(rows);
    if (const SyncSource *s = find(m_selected))
        m_intervalChoices.setSelected(s->source.everyMinutes);
    emit changed();
    emit selectionChanged();
}

int SyncSources::flaggedCount() const
{
    return int(std::count_if(m_sources.rows().cbegin(), m_sources.rows().cend(), [](const SourceRow &r) { return r.flagged; }));
}

QString SyncSources::summary() const
{
    if (m_sources.rows().isEmpty())
        return tr("No feed is fetched by this screen; its stock comes from imports.");
    const int flagged = flaggedCount();
    if (flagged > 0)
        return tr("%n sources need attention: failing for more than %1.", "", flagged).arg(tr("%n hours", "", m_staleAfterHours));
    const auto failing = std::count_if(m_sources.rows().cbegin(), m_sources.rows().cend(),
                                       [](const SourceRow &r) { return r.failing; });
    if (failing > 0)
        return tr("%n of the sources failed at the last attempt and will be tried again as planned.", "", int(failing));
    return tr("%n sources, all working.", "", count());
}

QString SyncSources::selectedName() const
{
    const SyncSource *s = find(m_selected);
    return s ? s->source.name : QString();
}

QString SyncSources::selectedFacts() const
{
    const SyncSource *s = find(m_selected);
    if (!s)
        return {};
    const QString origin = s->origin == SyncSource::Origin::Feed ? tr("listed by the brand's feed")
        : s->origin == SyncSource::Origin::Staff                 ? tr("added on this screen")
                                                                 : tr("listed by the brand's feed, changed on this screen");
    QStringList facts{addressOf(s->source.url), tr("Format: %1").arg(formatWords(s->source)), origin};
    if (!s->source.dealer.isEmpty())
        facts << tr("Rows without a dealer go to %1").arg(s->source.dealer);
    return facts.join(QLatin1Char('\n'));
}

bool SyncSources::selectedEnabled() const
{
    const SyncSource *s = find(m_selected);
    return s && s->source.enabled;
}

bool SyncSources::selectedOwn() const
{
    const SyncSource *s = find(m_selected);
    return s && s->origin == SyncSource::Origin::Staff;
}

QString SyncSources::formatWords(const FeedSource &source) const
{
    if (!source.format)
        return tr("recognised from each file");
    switch (source.format->kind) {
    case FeedFormat::Kind::Vitrine:
        return tr("Vitrine feed");
    case FeedFormat::Kind::Meta:
        return tr("Meta catalog");
    case FeedFormat::Kind::Google:
        return tr("Google listings");
    case FeedFormat::Kind::Unknown:
        break;
    }
    return source.formatName();
}

bool SyncSources::selectedRemovable() const
{
    const SyncSource *s = find(m_selected);
    return s && s->origin != SyncSource::Origin::Feed;
}

QString SyncSources::issuesTitle() const
{
    const SyncSource *s = find(m_selected);
    if (!s)
        return {};
    const SourceState state = m_overview.stateOf(s->id());
    if (state.outcome == SourceState::Outcome::None)
        return tr("Not fetched yet.");
    // Tried and never reached: there is no last feed to have left anything out of.
    if (state.outcome == SourceState::Outcome::Failed && !state.lastSuccess.isValid())
        return tr("No feed has come in from this source yet.");
    if (state.rejected == 0)
        return tr("Nothing was left out of the last feed.");
    return tr("Left out of the last feed: %n records", "", int(state.rejected));
}

void SyncSources::select(const QString &id)
{
    m_selected = id;
    show(m_overview);
    readIssues();
}

void SyncSources::readIssues()
{
    const QString id = m_selected;
    if (id.isEmpty()) {
        m_issues.setRows({});
        return;
    }
    m_queue->run<QList<RecordIssue>>(
        this, [id](QSqlDatabase &db) { return SyncRows(db).issues(id, 200).value_or(QList<RecordIssue>()); },
        [this, id](QList<RecordIssue> issues) {
            if (id != m_selected)
                return;
            QList<IssueRow> rows;
            for (const RecordIssue &i : std::as_const(issues))
                rows << IssueRow{i.recordId.isEmpty() ? i.list : i.list + QLatin1Char('/') + i.recordId,
                                 i.field,
                                 i.problem,
                                 i.line,
                                 i.severity == RecordIssue::Severity::Error,
                                 int(rows.size())};
            m_issues.setRows(rows);
        });
}

void SyncSources::syncNow(const QString &id)
{
    if (m_scheduler)
        m_scheduler->syncNow(id);
    setMessage(id.isEmpty() ? tr("Fetching every source now.") : tr("Fetching %1 now.").arg(id));
}

void SyncSources::saveLocal(const FeedSource &source, const QString &done, bool fetchNow)
{
    m_queue->run<QString>(
        this,
        [source](QSqlDatabase &db) {
            QString error;
            return SyncRows(db).saveLocal(source, &error) ? QString() : error;
        },
        [this, done, fetchNow, id = source.id](QString error) {
            if (!error.isEmpty()) {
                setMessage(tr("Not saved: %1").arg(error));
                return;
            }
            setMessage(done);
            // Saved first, so the sync finds the source it is asked to fetch.
            if (m_scheduler && fetchNow)
                m_scheduler->syncNow(id);
            else if (m_scheduler)
                m_scheduler->replan();
            m_selected = id;
            refresh();
        });
}

void SyncSources::setEnabled(const QString &id, bool enabled)
{
    const SyncSource *s = find(id);
    if (!s)
        return;
    FeedSource changed = s->source;
    changed.enabled = enabled;
    saveLocal(changed, enabled ? tr("%1 is fetched again.").arg(changed.name) : tr("%1 is paused.").arg(changed.name));
}

void SyncSources::setInterval(const QString &id, int minutes)
{
    const SyncSource *s = find(id);
    if (!s)
        return;
    FeedSource changed = s->source;
    changed.everyMinutes = minutes;
    saveLocal(changed, tr("Saved."));
}

void SyncSources::remove(const QString &id)
{
    m_queue->run<bool>(
        this, [id](QSqlDatabase &db) { return SyncRows(db).removeLocal(id); },
        [this](bool) {
            if (m_scheduler)
                m_scheduler->replan();
            m_selected.clear();
            refresh();
        });
}

void SyncSources::add(const QString &address, const QString &format)
{
    QString problem;
    const QUrl url = FeedSource::urlFrom(address, &problem);
    if (!url.isValid()) {
        setMessage(tr("That address cannot be used: %1").arg(problem));
        return;
    }
    FeedSource source;
    const QString base = url.isLocalFile() ? QFileInfo(url.toLocalFile()).completeBaseName()
                                           : url.host() + QLatin1Char('-') + QFileInfo(url.path()).completeBaseName();
    source.id = slug(QStringLiteral("src"), base);
    for (int n = 2; find(source.id); ++n)
        source.id = slug(QStringLiteral("src"), base).left(36) + QLatin1Char('-') + QString::number(n);
    source.name = url.isLocalFile() ? QFileInfo(url.toLocalFile()).fileName() : url.host();
    source.url = url;
    if (format != QLatin1String("auto"))
        source.format = FeedFormat::fromName(format);
    saveLocal(source, tr("%1 was added and is fetched now.").arg(source.name), true);
}

void SyncSources::findFiles()
{
    // The drives are walked on a worker: a slow USB stick never holds the screen.
    const QStringList folders = m_feedFolders;
    auto *watcher = new QFutureWatcher<QList<FeedFileFinder::File>>(this);
    connect(watcher, &QFutureWatcher<QList<FeedFileFinder::File>>::finished, this, [this, watcher] {
        QList<FileRow> rows;
        for (const FeedFileFinder::File &f : watcher->result())
            rows << FileRow{f.path, f.name, f.place, m_locale.formattedDataSize(f.bytes),
                            LocalTimes::dateTime(m_locale, f.modified.toLocalTime())};
        m_files.setRows(rows);
        watcher->deleteLater();
        emit filesChanged();
        if (rows.isEmpty())
            setMessage(tr("No feed file found. Put in the USB stick, then look again."));
    });
    watcher->setFuture(QtConcurrent::run([folders] { return FeedFileFinder(folders).files(); }));
}

void SyncSources::importFile(const QString &path)
{
    FeedSource source;
    const QFileInfo info(path);
    source.id = slug(QStringLiteral("event"), info.completeBaseName());
    source.name = info.fileName();
    source.url = QUrl::fromLocalFile(info.absoluteFilePath());
    saveLocal(source, tr("%1 is being imported.").arg(source.name), true);
}
