// SPDX-License-Identifier: GPL-3.0-or-later
#include "photofetcher.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQueue>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

/// Lives on the fetcher's thread with its network access: a queue, a few transfers at once.
class PhotoFetcher::Worker : public QObject
{
public:
    Worker(std::shared_ptr<PhotoCache> cache, Limits limits)
        : m_cache(std::move(cache))
        , m_limits(limits)
    {
    }

    void request(const QUrl &url, Done done)
    {
        if (m_closed) {
            done(std::nullopt);
            return;
        }
        if (const QDateTime broken = m_broken.value(url);
            broken.isValid() && broken.secsTo(QDateTime::currentDateTimeUtc()) < m_limits.retryBrokenAfterSeconds) {
            done(std::nullopt);
            return;
        }
        // The same photo asked for twice (the grid and the detail page) is fetched once.
        auto &waiting = m_waiting[url];
        waiting.append(std::move(done));
        if (waiting.size() == 1) {
            m_queue.enqueue(url);
            pump();
        }
    }

    void close()
    {
        m_closed = true;
        for (QNetworkReply *r : std::as_const(m_running)) {
            r->disconnect();
            r->abort();
            r->deleteLater();
        }
        m_running.clear();
        m_network.reset();
        // Whoever waits is answered: the screen draws the car.
        const auto waiting = std::exchange(m_waiting, {});
        for (const QList<Done> &list : waiting) {
            for (const Done &done : list)
                done(std::nullopt);
        }
    }

private:
    void pump()
    {
        while (!m_closed && !m_queue.isEmpty() && m_running.size() < m_limits.parallel) {
            const QUrl url = m_queue.dequeue();
            if (url.isLocalFile()) {
                QFile file(url.toLocalFile());
                QByteArray bytes;
                if (file.size() <= m_limits.maxBytes && file.open(QIODevice::ReadOnly))
                    bytes = file.read(m_limits.maxBytes);
                answer(url, bytes);
                continue;
            }
            if (!m_network)
                m_network = std::make_unique<QNetworkAccessManager>();
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            request.setMaximumRedirectsAllowed(5);
            request.setTransferTimeout(m_limits.timeoutMs);
            request.setRawHeader("Accept", "image/jpeg, image/png, image/webp, image/gif");
            QNetworkReply *reply = m_network->get(request);
            m_running.append(reply);
            QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [this, reply](qint64 received, qint64 total) {
                if (received > m_limits.maxBytes || total > m_limits.maxBytes)
                    reply->abort(); // no photo is that large: a video, or a mistake
            });
            QTimer::singleShot(m_limits.timeoutMs, reply, [reply] { reply->abort(); });
            QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
                m_running.removeAll(reply);
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                answer(url, reply->error() == QNetworkReply::NoError && status == 200 ? reply->readAll() : QByteArray());
                pump();
            });
        }
    }

    void answer(const QUrl &url, const QByteArray &bytes)
    {
        std::optional<QString> path;
        if (!bytes.isEmpty()) {
            QString problem;
            path = m_cache->store(url, bytes, &problem);
            if (!path)
                qCInfo(lcSync) << "a photo was not kept:" << problem;
        }
        if (!path)
            m_broken.insert(url, QDateTime::currentDateTimeUtc());
        else
            m_broken.remove(url);
        for (const Done &done : m_waiting.take(url))
            done(path);
    }

    std::shared_ptr<PhotoCache> m_cache;
    Limits m_limits;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QQueue<QUrl> m_queue;
    QList<QNetworkReply *> m_running;
    QHash<QUrl, QList<Done>> m_waiting;
    QHash<QUrl, QDateTime> m_broken;
    bool m_closed = false;
};

PhotoFetcher::PhotoFetcher(std::shared_ptr<PhotoCache> cache, QObject *parent)
    : PhotoFetcher(std::move(cache), Limits(), parent)
{
}

PhotoFetcher::PhotoFetcher(std::shared_ptr<PhotoCache> cache, Limits limits, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
{
    m_thread.setObjectName(QStringLiteral("vitrine-photos"));
    m_worker = new Worker(m_cache, limits);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

PhotoFetcher::~PhotoFetcher()
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PhotoFetcher::request(const QUrl &url, Done done)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https") && !url.isLocalFile())) {
        done(std::nullopt);
        return;
    }
    if (auto held = m_cache->lookup(url)) {
        done(held);
        return;
    }
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, url, done = std::move(done)]() mutable { worker->request(url, std::move(done)); }, Qt::QueuedConnection);
}
