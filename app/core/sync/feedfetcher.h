// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/certificatepin.h"
#include "sync/syncerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

/// Brings one feed in, from a server or a file, on the thread it lives on: a conditional GET
/// (a 304 costs nothing), gzip, a connect, a read and an overall timeout, a size cap, the
/// server's Retry-After, and a download cut off halfway resumed where the server allows ranges.
/// HTTPS is checked against the system's certificates; nothing is ever let through unchecked.
class FeedFetcher : public QObject
{
    Q_OBJECT
public:
    struct Limits {
        std::chrono::milliseconds connect{15'000}; ///< until the server's answer begins
        std::chrono::milliseconds read{30'000};    ///< the longest silence while the body comes
        std::chrono::milliseconds total{600'000};  ///< the whole download
        qint64 maxBytes = 100 * 1024 * 1024;       ///< downloaded, and again once unpacked
    };
    struct Request {
        QUrl url;
        Limits limits;
        /// The validators of the copy applied last, for a conditional GET.
        QString etag;
        QString lastModified;
        /// Where a download cut off halfway is kept, and its validator (a strong ETag or a
        /// Last-Modified date; empty when it cannot be resumed).
        QString partialPath;
        QString partialValidator;
        /// Sent as the Authorization header (a paired screen asking its hub); redirects are then
        /// not followed, so the token goes nowhere else.
        QByteArray authorization;
        /// The certificate the server must show (hex SHA-256, pinned at pairing) in place of the
        /// system's authorities; empty: the system's authorities decide.
        QByteArray pinnedCertificate;
    };
    struct Result {
        enum class Outcome { Fetched, NotModified, Failed };
        Outcome outcome = Outcome::Failed;
        QByteArray body; ///< unpacked
        QString etag;
        QString lastModified;
        std::optional<QDateTime> retryAfter;
        SyncError error;
        int status = 0;           ///< the HTTP status; 0 for a file
        qint64 resumedFrom = 0;   ///< bytes that came from a download cut off before
        qint64 transferred = 0;   ///< bytes that came over the network this time
        QString partialValidator; ///< after a failure: what the kept partial download resumes with
    };

    explicit FeedFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~FeedFetcher() override;

    /// Starts one fetch (one at a time); `finished` follows, also for a file.
    void fetch(const Request &request);
    /// Stops the fetch under way; `finished` follows with a failure.
    void abort();
    bool busy() const { return m_reply != nullptr; }

signals:
    void finished(const FeedFetcher::Result &result);

private:
    void start(bool withRange);
    void fetchFile();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    /// Stops the transfer for `error`; `keepPartial` keeps what came for a resume.
    void stop(SyncError error, bool keepPartial);
    void finish(Result result);
    QString resumeValidator() const;
    void dropPartial();

    QNetworkAccessManager *m_network;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    std::shared_ptr<CertificatePin::Seen> m_pin; ///< the reply's certificate, when one is pinned
    QFile m_partial;
    QByteArray m_memory;         ///< the body, when there is no file to keep a partial download in
    qint64 m_partialAtStart = 0; ///< bytes of the partial download the request asked to resume
    bool m_askedRange = false;
    bool m_retriedWithoutRange = false;
    std::optional<SyncError> m_stopped;
    bool m_keepPartial = false;
    qint64 m_received = 0;
    QTimer m_connectTimer;
    QTimer m_readTimer;
    QTimer m_totalTimer;
};
Q_DECLARE_METATYPE(FeedFetcher::Result)
