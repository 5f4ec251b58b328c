// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// The feed files staff can pick at an event: those on the removable drives mounted now (a USB
/// stick under /media, /run/media or /mnt) and in the folders the screen is given, newest first.
class FeedFileFinder
{
public:
    struct File {
        QString path;
        QString name;
        QString place; ///< the drive's or folder's name, for a person
        qint64 bytes = 0;
        QDateTime modified;
    };

    static constexpr int kMaxFiles = 200;

    /// `folders` are searched beside the removable drives.
    explicit FeedFileFinder(QStringList folders = {});
    /// Looks `depth` folders deep (hidden ones skipped).
    QList<File> files(int depth = 2) const;
    /// What a feed file is called: .csv, .tsv, .txt or .json, possibly gzip-packed (.gz).
    static bool looksLikeFeed(const QString &fileName);
    /// The mount points of removable drives (where a USB stick appears on Debian).
    static QStringList removableRoots();

private:
    QStringList m_folders;
};
