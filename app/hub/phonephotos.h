// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/photocache.h"
#include "sync/photofetcher.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>
#include <QUrl>

#include <memory>
#include <optional>

/// The stock's photos as the phone pages show them: a dealer's photo fetched by the core's
/// PhotoFetcher in the background, scaled down for a phone and kept in the same PhotoCache,
/// so that a page (written synchronously) only ever reads what is already held.
class PhonePhotos : public QObject
{
    Q_OBJECT
public:
    /// Large: the page's first photo, across a phone. Small: three to a row below it, sharp at
    /// three device pixels a CSS pixel.
    enum class Size { Large, Small };
    static constexpr int kMaxWidth = 960;
    static constexpr int kSmallWidth = 360;
    static constexpr int kJpegQuality = 80;
    /// Photos asked for at once (the fetcher has its own, higher, limit for the kiosk's grids).
    static constexpr int kParallel = 3;
    /// Photos waiting beyond those: a visitor's page goes first, a warm-up fills what is left.
    static constexpr qsizetype kQueued = 64;

    struct Held {
        QString path;    ///< the scaled JPEG's file
        QSize size;      ///< its pixels
        QString version; ///< a short hash of its bytes, for links that may be kept for long
    };

    /// `folder` beside the hub's database; `background` fills what a transparent picture leaves.
    PhonePhotos(const QString &folder, qint64 capBytes, const QColor &background, QObject *parent = nullptr);
    ~PhonePhotos() override;

    /// Whether `source` may be fetched for a public page at all (http or https).
    static bool fetchable(const QUrl &source);
    /// The photo at `source`, scaled for a phone to `size`, when it is held now.
    std::optional<Held> held(const QUrl &source, Size size = Size::Large) const;
    /// Fetches and scales `source` in the background unless held, waiting or broken; `first`
    /// puts it before the warm-up's photos (a visitor is looking at the page).
    void want(const QUrl &source, bool first = true);
    /// Photos waiting or being fetched now.
    qsizetype waiting() const { return m_waiting.size(); }

private:
    /// The cache's name for the scaled version of `source` (no feed can name it: no such scheme).
    static QUrl scaledKey(const QUrl &source, int width);
    void pump();
    void fetched(const QUrl &source, const std::optional<QString> &original);
    void finished(const QUrl &source, bool usable);

    std::shared_ptr<PhotoCache> m_cache;
    QColor m_background;
    QThreadPool m_scaling;
    QList<QUrl> m_queue;
    qsizetype m_wished = 0; ///< the queue's first, asked for by visitors' pages
    QSet<QUrl> m_waiting;   ///< queued or under way
    int m_running = 0;
    QHash<QUrl, qint64> m_unusable;          ///< fetched but no picture a phone can be given, since (ms)
    std::unique_ptr<PhotoFetcher> m_fetcher; ///< last: it goes first, answering whoever waits
};
