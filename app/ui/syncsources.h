// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "choicelistmodel.h"
#include "qmlsingleton.h"
#include "rowlistmodel.h"
#include "sync/syncoverview.h"

#include <QLocale>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class DatabaseQueue;
class SyncScheduler;

/// Staff mode's sources: every feed this screen fetches with when it last worked, when it was
/// last tried and is tried next, what it brought and left out (and why), a source failing too
/// long flagged; fetching one now, pausing it, how often it runs, adding one, and importing a
/// file from a USB stick or folder at an event. All reads and writes run on the database worker.
class SyncSources : public QObject, public QmlSingleton<SyncSources>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// sourceId, name, address, status, detail, lastSuccess, lastAttempt, nextAttempt, applied,
    /// rejected, enabled, flagged, fetching, selected
    Q_PROPERTY(QAbstractItemModel *sources READ sources CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// Sources failing longer than the set time.
    Q_PROPERTY(int flaggedCount READ flaggedCount NOTIFY changed)
    /// One line for staff mode's front page.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    // The source chosen in the list, in detail.
    Q_PROPERTY(QString selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY selectionChanged)
    /// What the selected source is: address, format, where it was listed, its dealer.
    Q_PROPERTY(QString selectedFacts READ selectedFacts NOTIFY selectionChanged)
    Q_PROPERTY(bool selectedEnabled READ selectedEnabled NOTIFY selectionChanged)
    Q_PROPERTY(bool selectedRemovable READ selectedRemovable NOTIFY selectionChanged)
    /// Added on this screen (removing it takes it away), rather than a listed one staff changed.
    Q_PROPERTY(bool selectedOwn READ selectedOwn NOTIFY selectionChanged)
    Q_PROPERTY(ChoiceListModel *intervalChoices READ intervalChoices CONSTANT)
    /// The records the selected source's last feed left out: record, field, problem, line, error.
    Q_PROPERTY(QAbstractItemModel *issues READ issues CONSTANT)
    Q_PROPERTY(QString issuesTitle READ issuesTitle NOTIFY selectionChanged)
    // Adding a source.
    Q_PROPERTY(ChoiceListModel *formatChoices READ formatChoices CONSTANT)
    /// Feed files on USB sticks and in the event folder: path, name, place, size, modified.
    Q_PROPERTY(QAbstractItemModel *files READ files CONSTANT)
    Q_PROPERTY(int fileCount READ fileCount NOTIFY filesChanged)
    /// What the last action came to, for staff.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    struct SourceRow {
        QString id, name, address, status, detail, lastSuccess, lastAttempt, nextAttempt;
        qint64 applied = 0, rejected = 0;
        bool enabled = true, flagged = false, fetching = false, selected = false;
        /// The last attempt failed (not yet for long enough to be flagged).
        bool failing = false;
        QString key() const { return id; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const SourceRow &) const = default;
    };
    struct IssueRow {
        QString record, field, problem;
        int line = 0;
        bool error = true;
        int number = 0;
        QString key() const { return QString::number(number); }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const IssueRow &) const = default;
    };
    struct FileRow {
        QString path, name, place, size, modified;
        QString key() const { return path; }
        QVariant value(int role) const;
        static QHash<int, QByteArray> roleNames();
        bool operator==(const FileRow &) const = default;
    };

    // No default constructor: Qt 6.4 would construct a second instance instead of calling create().
    SyncSources(DatabaseQueue *queue, SyncScheduler *scheduler, QObject *parent);

    QAbstractItemModel *sources() { return &m_sources; }
    const QList<SourceRow> &sourceRows() const { return m_sources.rows(); }
    int count() const { return int(m_sources.rows().size()); }
    int flaggedCount() const;
    QString summary() const;
    QString selected() const { return m_selected; }
    QString selectedName() const;
    QString selectedFacts() const;
    bool selectedEnabled() const;
    bool selectedRemovable() const;
    bool selectedOwn() const;
    ChoiceListModel *intervalChoices() { return &m_intervalChoices; }
    QAbstractItemModel *issues() { return &m_issues; }
    const QList<IssueRow> &issueRows() const { return m_issues.rows(); }
    QString issuesTitle() const;
    ChoiceListModel *formatChoices() { return &m_formatChoices; }
    QAbstractItemModel *files() { return &m_files; }
    int fileCount() const { return int(m_files.rows().size()); }
    QString message() const { return m_message; }

    void setLocale(const QLocale &locale);
    /// A source failing longer than this is flagged to staff.
    void setStaleAfterHours(int hours);
    /// Folders searched for feed files beside the USB sticks.
    void setFeedFolders(const QStringList &folders) { m_feedFolders = folders; }

    /// Reads the sources and their state again.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void select(const QString &id);
    /// Fetches the source now (every source when empty).
    Q_INVOKABLE void syncNow(const QString &id);
    Q_INVOKABLE void setEnabled(const QString &id, bool enabled);
    Q_INVOKABLE void setInterval(const QString &id, int minutes);
    /// Staff's own source, or staff's change to a listed one, goes (a listed one is as listed again).
    Q_INVOKABLE void remove(const QString &id);
    Q_INVOKABLE void pickFormat(const QString &format) { m_formatChoices.setSelected(format); }
    /// Adds a source at `address` (http, https, file, or an absolute path) read as `format`.
    Q_INVOKABLE void add(const QString &address, const QString &format);
    /// Looks for feed files on USB sticks and in the event folder (off the screen's thread).
    Q_INVOKABLE void findFiles();
    /// Imports a picked file now, as a source of its own that can be fetched again.
    Q_INVOKABLE void importFile(const QString &path);

signals:
    void changed();
    void selectionChanged();
    void filesChanged();
    void messageChanged();

private:
    void show(const SyncOverview &overview);
    void readIssues();
    void setMessage(const QString &message);
    /// Saves staff's version of a source, then reads everything again and replans (or fetches
    /// it at once).
    void saveLocal(const FeedSource &source, const QString &done, bool fetchNow = false);
    const SyncSource *find(const QString &id) const;
    QString when(const QDateTime &t) const;
    QString statusOf(const SyncSource &source, const SourceState &state) const;
    QString formatWords(const FeedSource &source) const;
    void retranslate();

    DatabaseQueue *m_queue;
    SyncScheduler *m_scheduler;
    QLocale m_locale;
    int m_staleAfterHours = 24;
    QStringList m_feedFolders;
    SyncOverview m_overview;
    RowListModel<SourceRow> m_sources;
    RowListModel<IssueRow> m_issues;
    RowListModel<FileRow> m_files;
    ChoiceListModel m_intervalChoices;
    ChoiceListModel m_formatChoices;
    QString m_selected;
    QString m_message;
};
