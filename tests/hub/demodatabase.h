// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed/feedimporter.h"
#include "storage/database.h"

#include <QString>

/// Makes a database at `path` holding the demo catalog, as a screen has it after its first start:
/// made once by a test, then copied for each screen it runs.
inline bool makeDemoDatabase(const QString &path)
{
    const QString connection = QStringLiteral("demo-database");
    if (!Database::open(path, connection).ok())
        return false;
    bool applied = false;
    {
        FeedImporter importer(QSqlDatabase::database(connection));
        applied = importer.importFile(QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")).applied;
    }
    Database::close(connection);
    return applied;
}
