// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <optional>

/// The stock's photos kept on disk: content addressed (a photo is kept once, under the SHA-256
/// of its bytes, however many addresses name it), bounded (past its cap the least recently used
/// photos go first), and shared by the threads that fetch and show them.
class PhotoCache
{
public:
    static constexpr qint64 kDefaultCapBytes = 512LL * 1024 * 1024;

    /// `folder` is created when missing; what it holds from an earlier run is kept (and measured
    /// when first needed).
    PhotoCache(const QString &folder, qint64 capBytes = kDefaultCapBytes);

    QString folder() const { return m_folder; }
    qint64 capBytes() const;
    /// A new cap; the cache shrinks to it at once (not on the screen's thread: it may walk the folder).
    void setCapBytes(qint64 bytes);
    /// The bytes held now.
    qint64 sizeBytes();

    /// The file of the photo `url` names, when it is held; it counts as used now.
    std::optional<QString> lookup(const QUrl &url);
    /// Keeps `bytes` as the photo `url` names and returns its file; nullopt (with the reason)
    /// when they are no picture or cannot be written. Older photos go to stay within the cap.
    std::optional<QString> store(const QUrl &url, const QByteArray &bytes, QString *error = nullptr);

    /// Whether `bytes` start like a picture a screen shows (JPEG, PNG, GIF, WebP): anything
    /// else — a web page, a script, an SVG — is never kept.
    static bool isPicture(QByteArrayView bytes);

private:
    QString objectPath(const QString &sha) const;
    QString refPath(const QUrl &url) const;
    /// Removes the least recently used photos until the cache is within `cap` (lock held).
    void shrinkTo(qint64 cap);
    qint64 scan() const;
    /// Measures what the folder holds, once (lock held).
    void measure();

    mutable QMutex m_mutex;
    QString m_folder;
    qint64 m_cap;
    qint64 m_size = -1; ///< unknown until measured
};
