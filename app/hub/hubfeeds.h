// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

/// The studio's feeds as the hub fetched them, for its paired screens: GET
/// /v1/sources/<id>/feed answers the copy of source <id> the hub last applied (kept by its
/// SourceSyncer), with a strong ETag so a screen that has it pays a 304. A source the hub does not
/// fetch is 404 `unknown-source` (the screen fetches it itself); one it has not fetched yet is 503
/// `not-fetched-yet` with Retry-After.
class HubFeeds
{
public:
    explicit HubFeeds(QSqlDatabase db);
    /// Where the hub's SourceSyncer keeps the feeds (SourceSyncer::Options::keepFolder).
    void setFolder(const QString &folder) { m_folder = folder; }

    static bool handles(const HttpRequest &request);
    HttpResponse answer(const HttpRequest &request);

private:
    struct Tag {
        QByteArray identity; ///< the kept file's inode, size and time of change
        QByteArray etag;
    };
    QSqlDatabase m_db;
    QString m_folder;
    QHash<QString, Tag> m_tags; ///< per kept file, computed again when it changes
};
