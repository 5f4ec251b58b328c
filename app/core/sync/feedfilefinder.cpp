// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedfilefinder.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>
#include <functional>

FeedFileFinder::FeedFileFinder(QStringList folders)
    : m_folders(std::move(folders))
{
}

bool FeedFileFinder::looksLikeFeed(const QString &fileName)
{
    QString name = fileName.toLower();
    if (name.endsWith(QLatin1String(".gz")))
        name.chop(3);
    for (const char *ext : {".csv", ".tsv", ".txt", ".json"}) {
        if (name.endsWith(QLatin1String(ext)))
            return true;
    }
    return false;
}

QStringList FeedFileFinder::removableRoots()
{
    QStringList roots;
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        const QString root = volume.rootPath();
        if (volume.isValid() && volume.isReady()
            && (root.startsWith(QLatin1String("/media/")) || root.startsWith(QLatin1String("/run/media/"))
                || root.startsWith(QLatin1String("/mnt/"))))
            roots << root;
    }
    return roots;
}

QList<FeedFileFinder::File> FeedFileFinder::files(int depth) const
{
    QList<File> out;
    const std::function<void(const QString &, const QString &, int)> walk = [&](const QString &folder, const QString &place,
                                                                                int left) {
        const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable,
                                                                 QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (out.size() >= kMaxFiles)
                return;
            if (entry.isDir()) {
                if (left > 0 && !entry.isSymLink())
                    walk(entry.absoluteFilePath(), place, left - 1);
            } else if (looksLikeFeed(entry.fileName())) {
                out << File{entry.absoluteFilePath(), entry.fileName(), place, entry.size(), entry.lastModified().toUTC()};
            }
        }
    };
    QStringList roots = m_folders;
    roots << removableRoots();
    roots.removeDuplicates();
    for (const QString &root : std::as_const(roots)) {
        if (QFileInfo(root).isDir())
            walk(root, QFileInfo(root).fileName().isEmpty() ? root : QFileInfo(root).fileName(), depth);
    }
    std::stable_sort(out.begin(), out.end(), [](const File &a, const File &b) { return a.modified > b.modified; });
    return out;
}
