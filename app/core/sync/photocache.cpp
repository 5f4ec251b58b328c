// SPDX-License-Identifier: GPL-3.0-or-later
#include "photocache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace {

QString sha256(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

PhotoCache::PhotoCache(const QString &folder, qint64 capBytes)
    : m_folder(folder)
    , m_cap(capBytes)
{
    QDir().mkpath(QDir(folder).filePath(QStringLiteral("objects")));
    QDir().mkpath(QDir(folder).filePath(QStringLiteral("refs")));
    // What an earlier run left is measured when the cache is first written, on the fetcher's
    // thread: the screen's start never waits for a walk through thousands of photos.
}

void PhotoCache::measure()
{
    if (m_size < 0)
        m_size = scan();
}

qint64 PhotoCache::capBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_cap;
}

void PhotoCache::setCapBytes(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_cap = bytes;
    shrinkTo(m_cap);
}

qint64 PhotoCache::sizeBytes()
{
    QMutexLocker lock(&m_mutex);
    measure();
    return m_size;
}

bool PhotoCache::isPicture(QByteArrayView b)
{
    const auto starts = [&b](const char *magic, qsizetype n) { return b.size() >= n && std::equal(magic, magic + n, b.data()); };
    return starts("\xFF\xD8\xFF", 3) || starts("\x89PNG\r\n\x1A\n", 8) || starts("GIF87a", 6) || starts("GIF89a", 6)
        || (b.size() >= 12 && starts("RIFF", 4) && b.sliced(8, 4) == "WEBP");
}

QString PhotoCache::objectPath(const QString &sha) const
{
    // Two levels, so no folder holds tens of thousands of files.
    return QStringLiteral("%1/objects/%2/%3").arg(m_folder, sha.left(2), sha);
}

QString PhotoCache::refPath(const QUrl &url) const
{
    return QStringLiteral("%1/refs/%2").arg(m_folder, sha256(url.toEncoded()));
}

std::optional<QString> PhotoCache::lookup(const QUrl &url)
{
    QMutexLocker lock(&m_mutex);
    QFile ref(refPath(url));
    if (!ref.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString sha = QString::fromLatin1(ref.readAll().trimmed());
    ref.close();
    const QString path = objectPath(sha);
    QFile object(path);
    if (sha.size() != 64 || !object.exists()) {
        ref.remove(); // its photo went to make room
        return std::nullopt;
    }
    // Used now: the modification time orders the photos for eviction.
    if (object.open(QIODevice::ReadWrite))
        object.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return path;
}

std::optional<QString> PhotoCache::store(const QUrl &url, const QByteArray &bytes, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isPicture(bytes))
        return refuse(QStringLiteral("it is not a JPEG, PNG, GIF or WebP picture"));
    const QString sha = sha256(bytes);
    QMutexLocker lock(&m_mutex);
    measure();
    if (bytes.size() > m_cap)
        return refuse(QStringLiteral("it is larger than the whole photo cache"));
    const QString path = objectPath(sha);
    if (!QFileInfo::exists(path)) {
        shrinkTo(m_cap - bytes.size());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile object(path);
        if (!object.open(QIODevice::WriteOnly) || object.write(bytes) != bytes.size() || !object.commit())
            return refuse(QStringLiteral("the photo cannot be written: %1").arg(object.errorString()));
        m_size += bytes.size();
    } else {
        QFile object(path);
        if (object.open(QIODevice::ReadWrite))
            object.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    }
    QSaveFile ref(refPath(url));
    if (!ref.open(QIODevice::WriteOnly) || ref.write(sha.toLatin1()) != sha.size() || !ref.commit())
        return refuse(QStringLiteral("the photo cannot be written: %1").arg(ref.errorString()));
    return path;
}

qint64 PhotoCache::scan() const
{
    qint64 total = 0;
    QDirIterator it(QDir(m_folder).filePath(QStringLiteral("objects")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

void PhotoCache::shrinkTo(qint64 cap)
{
    measure();
    if (m_size <= cap)
        return;
    struct Held {
        QString path;
        qint64 size;
        QDateTime used;
    };
    std::vector<Held> held;
    QDirIterator it(QDir(m_folder).filePath(QStringLiteral("objects")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        held.push_back({it.filePath(), it.fileInfo().size(), it.fileInfo().lastModified()});
    }
    std::sort(held.begin(), held.end(), [](const Held &a, const Held &b) { return a.used < b.used; });
    m_size = 0;
    for (const Held &h : held)
        m_size += h.size;
    // References to what goes are dropped when next looked up.
    for (const Held &h : held) {
        if (m_size <= cap)
            break;
        if (QFile::remove(h.path))
            m_size -= h.size;
    }
}
