// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/photocache.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

/// Brings the stock's photos into the PhotoCache on a thread of its own: from the cache when
/// held, otherwise fetched a few at a time, each capped in size and time; a link that gave no
/// picture is not tried again for a while. Asked from any thread, answered on its own thread.
class PhotoFetcher : public QObject
{
    Q_OBJECT
public:
    struct Limits {
        qint64 maxBytes = 15 * 1024 * 1024;
        int timeoutMs = 20'000;
        int parallel = 4;
        int retryBrokenAfterSeconds = 3600;
    };
    /// Gets the photo's file, or nullopt when there is none to be had (the screen draws the car).
    using Done = std::function<void(std::optional<QString> path)>;

    explicit PhotoFetcher(std::shared_ptr<PhotoCache> cache, QObject *parent = nullptr);
    PhotoFetcher(std::shared_ptr<PhotoCache> cache, Limits limits, QObject *parent = nullptr);
    ~PhotoFetcher() override;

    /// `done` is called once, on the fetcher's thread (or at once, on the caller's, when the
    /// photo is held or `url` can never be one).
    void request(const QUrl &url, Done done);
    std::shared_ptr<PhotoCache> cache() const { return m_cache; }

private:
    class Worker;
    std::shared_ptr<PhotoCache> m_cache;
    QThread m_thread;
    Worker *m_worker = nullptr;
};
