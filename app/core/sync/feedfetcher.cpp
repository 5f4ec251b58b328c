// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedfetcher.h"

#include "sync/gzipinflater.h"
#include "sync/httpfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

/// Content types that are never a feed: a login or error page, a picture, a document.
QString notAFeedType(const QString &contentType)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == QLatin1String("text/html") || type == QLatin1String("application/xhtml+xml"))
        return QStringLiteral("the server sent a web page (%1) instead of the feed; is the address right, or does it "
                              "need a login?")
            .arg(type);
    if (type.startsWith(QLatin1String("image/")) || type.startsWith(QLatin1String("audio/"))
        || type.startsWith(QLatin1String("video/")) || type == QLatin1String("application/pdf"))
        return QStringLiteral("the server sent %1, which is no feed").arg(type);
    return {};
}

SyncError networkError(QNetworkReply::NetworkError code, int status)
{
    using E = QNetworkReply::NetworkError;
    switch (code) {
    case E::ConnectionRefusedError:
        return {SyncError::Kind::Unreachable, QStringLiteral("the server refused the connection")};
    case E::HostNotFoundError:
        return {SyncError::Kind::Unreachable, QStringLiteral("the server's name is not known (no network, or a typo?)")};
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::UnknownNetworkError:
        return {SyncError::Kind::Unreachable, QStringLiteral("there is no network connection")};
    case E::TimeoutError:
        return {SyncError::Kind::Timeout, QStringLiteral("the server did not answer in time")};
    case E::SslHandshakeFailedError:
        return {SyncError::Kind::Certificate,
                QStringLiteral("the server's HTTPS certificate is not trusted by this screen, so nothing was taken from it")};
    case E::RemoteHostClosedError:
    case E::ProxyConnectionClosedError:
        return {SyncError::Kind::Interrupted, QStringLiteral("the server closed the connection before the feed was complete")};
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        return {SyncError::Kind::Server, QStringLiteral("the server sends the request round in redirects")};
    default:
        break;
    }
    if (status >= 400)
        return {SyncError::Kind::Server, QStringLiteral("the server answered with error %1").arg(status)};
    if (status >= 300)
        return {SyncError::Kind::Server,
                QStringLiteral("the server sent the request elsewhere (%1), which a request carrying this screen's "
                               "token never follows")
                    .arg(status)};
    return {SyncError::Kind::Unreachable, QStringLiteral("the connection failed (network error %1)").arg(int(code))};
}

} // namespace

FeedFetcher::FeedFetcher(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    for (QTimer *t : {&m_connectTimer, &m_readTimer, &m_totalTimer})
        t->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        stop({SyncError::Kind::Timeout,
              QStringLiteral("the server did not answer within %1 s").arg(m_request.limits.connect.count() / 1000.0)},
             false);
    });
    connect(&m_readTimer, &QTimer::timeout, this, [this] {
        stop({SyncError::Kind::Timeout,
              QStringLiteral("the server stopped sending for %1 s; the download resumes next time "
                             "where the server allows it")
                  .arg(m_request.limits.read.count() / 1000.0)},
             true);
    });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        stop({SyncError::Kind::Timeout,
              QStringLiteral("the download took longer than %1 s; it resumes next time where the "
                             "server allows it")
                  .arg(m_request.limits.total.count() / 1000.0)},
             true);
    });
}

FeedFetcher::~FeedFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FeedFetcher::fetch(const Request &request)
{
    Q_ASSERT(!m_reply);
    m_request = request;
    m_retriedWithoutRange = false;
    if (request.url.isLocalFile()) {
        // Answered on the next turn of the event loop, as a download would be.
        QMetaObject::invokeMethod(this, &FeedFetcher::fetchFile, Qt::QueuedConnection);
        return;
    }
    start(true);
}

void FeedFetcher::abort()
{
    if (m_reply)
        stop({SyncError::Kind::Interrupted, QStringLiteral("the download was stopped")}, true);
}

void FeedFetcher::fetchFile()
{
    Result r;
    QFile file(m_request.url.toLocalFile());
    if (!file.exists()) {
        r.error = {SyncError::Kind::Missing,
                   QStringLiteral("the file %1 is not there (is the USB stick or folder in?)").arg(QFileInfo(file).fileName())};
    } else if (file.size() > m_request.limits.maxBytes) {
        r.error = {SyncError::Kind::TooLarge,
                   QStringLiteral("the file is %1 MB; this source may bring at most %2 MB")
                       .arg(megabytes(file.size()), megabytes(m_request.limits.maxBytes))};
    } else if (!file.open(QIODevice::ReadOnly)) {
        r.error = {SyncError::Kind::Missing,
                   QStringLiteral("the file %1 cannot be read: %2").arg(QFileInfo(file).fileName(), file.errorString())};
    } else {
        r.body = file.read(m_request.limits.maxBytes + 1);
        r.transferred = r.body.size();
        r.outcome = Result::Outcome::Fetched;
    }
    if (r.outcome == Result::Outcome::Fetched && GzipInflater::isGzip(r.body)) {
        GzipInflater::Result unpacked = GzipInflater::inflate(r.body, m_request.limits.maxBytes);
        if (unpacked.ok) {
            r.body = std::move(unpacked.bytes);
        } else {
            r.outcome = Result::Outcome::Failed;
            r.body.clear();
            r.error = {SyncError::Kind::NotAFeed, QStringLiteral("the file is gzip, but %1").arg(unpacked.problem)};
        }
    }
    emit finished(r);
}

void FeedFetcher::start(bool withRange)
{
    m_stopped.reset();
    m_keepPartial = false;
    m_received = 0;
    m_memory.clear();
    m_askedRange = false;
    m_partialAtStart = 0;

    QNetworkRequest request(m_request.url);
    // Asked for by hand, so Qt leaves the body as it comes: a partial download is kept, and
    // resumed, as the bytes the server sent, and unpacked once whole.
    request.setRawHeader("Accept-Encoding", "gzip");
    request.setRawHeader("Accept", "text/csv, text/tab-separated-values, application/json, text/plain;q=0.8, */*;q=0.1");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Vitrine/%1 (feed sync)").arg(QCoreApplication::applicationVersion()));
    if (m_request.authorization.isEmpty()) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(5);
    } else {
        request.setRawHeader("Authorization", m_request.authorization);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    }
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (!m_request.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.etag.toLatin1());
    if (!m_request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.lastModified.toLatin1());

    if (!m_request.partialPath.isEmpty()) {
        QDir().mkpath(QFileInfo(m_request.partialPath).absolutePath());
        m_partial.setFileName(m_request.partialPath);
        const qint64 have = QFileInfo(m_partial).size();
        if (withRange && have > 0 && !m_request.partialValidator.isEmpty() && have < m_request.limits.maxBytes) {
            // If-Range: the rest of this very version, or the whole of a newer one.
            request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
            request.setRawHeader("If-Range", m_request.partialValidator.toLatin1());
            m_askedRange = true;
            m_partialAtStart = have;
        }
        if (!m_partial.open(m_askedRange ? QIODevice::Append : (QIODevice::WriteOnly | QIODevice::Truncate))) {
            Result failed;
            failed.error = {SyncError::Kind::Storage,
                            QStringLiteral("the download cannot be written: %1").arg(m_partial.errorString())};
            finish(failed);
            return;
        }
    }
    m_reply = m_network->get(request);
    m_pin = m_request.pinnedCertificate.isEmpty() ? nullptr : CertificatePin::watch(m_reply, m_request.pinnedCertificate);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FeedFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &FeedFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &FeedFetcher::onFinished);
    m_connectTimer.start(m_request.limits.connect);
    m_totalTimer.start(m_request.limits.total);
}

void FeedFetcher::onMetaData()
{
    m_connectTimer.stop();
    m_readTimer.start(m_request.limits.read);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect (followed) or a 304: nothing to take
    if (status >= 400)
        return; // the error is read when the reply finishes
    if (status == 206) {
        const auto range = HttpFields::parseContentRange(m_reply->rawHeader("Content-Range"));
        if (!m_askedRange || !range || range->first != m_partialAtStart) {
            // Not the rest of what is kept: start over once, from the beginning.
            stop({SyncError::Kind::Interrupted, QStringLiteral("the server sent another part of the feed than asked")}, false);
            return;
        }
    } else if (m_askedRange) {
        // A 200 to a range request: the feed changed, or the server does not do ranges.
        m_partial.resize(0);
        m_partial.seek(0);
        m_partialAtStart = 0;
    }
    const QString refused = notAFeedType(m_reply->header(QNetworkRequest::ContentTypeHeader).toString());
    if (!refused.isEmpty()) {
        stop({SyncError::Kind::NotAFeed, refused}, false);
        return;
    }
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (m_partialAtStart + length > m_request.limits.maxBytes) {
        stop({SyncError::Kind::TooLarge,
              QStringLiteral("the feed is %1 MB; this source may bring at most %2 MB")
                  .arg(megabytes(m_partialAtStart + length), megabytes(m_request.limits.maxBytes))},
             false);
    }
}

void FeedFetcher::onReadyRead()
{
    if (m_stopped)
        return;
    m_readTimer.start(m_request.limits.read);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (status != 200 && status != 206)
        return; // an error page's body, or a redirect's: not the feed
    m_received += chunk.size();
    if (m_partialAtStart + m_received > m_request.limits.maxBytes) {
        stop({SyncError::Kind::TooLarge,
              QStringLiteral("the feed is larger than %1 MB, the most this source may bring")
                  .arg(megabytes(m_request.limits.maxBytes))},
             false);
        return;
    }
    if (!m_partial.isOpen())
        m_memory += chunk;
    else if (m_partial.write(chunk) != chunk.size())
        stop({SyncError::Kind::Storage, QStringLiteral("the download cannot be written: %1").arg(m_partial.errorString())},
             false);
}

QString FeedFetcher::resumeValidator() const
{
    // Only what can go in If-Range, from a server that says it serves ranges.
    if (!m_reply || m_reply->rawHeader("Accept-Ranges").trimmed().toLower() != "bytes")
        return {};
    const QByteArray etag = m_reply->rawHeader("ETag").trimmed();
    if (HttpFields::isStrongEtag(etag))
        return QString::fromLatin1(etag);
    const QByteArray modified = m_reply->rawHeader("Last-Modified").trimmed();
    return HttpFields::parseDate(modified) ? QString::fromLatin1(modified) : QString();
}

void FeedFetcher::stop(SyncError error, bool keepPartial)
{
    if (!m_reply || m_stopped)
        return;
    m_stopped = std::move(error);
    m_keepPartial = keepPartial;
    m_reply->abort(); // finished follows
}

void FeedFetcher::dropPartial()
{
    if (m_partial.isOpen())
        m_partial.close();
    if (!m_request.partialPath.isEmpty())
        QFile::remove(m_request.partialPath);
}

void FeedFetcher::onFinished()
{
    m_connectTimer.stop();
    m_readTimer.stop();
    m_totalTimer.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    if (m_reply) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Result r;
        r.status = status;
        r.transferred = m_received;
        r.etag = QString::fromLatin1(reply->rawHeader("ETag").trimmed());
        r.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified").trimmed());
        if (reply->hasRawHeader("Retry-After"))
            r.retryAfter = HttpFields::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).isValid()
            ? reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
            : -1;
        const bool gzip = reply->rawHeader("Content-Encoding").trimmed().toLower() == "gzip";
        const QString validator = resumeValidator();
        const std::optional<SyncError> stopped = m_stopped;
        const bool networkFailed = reply->error() != QNetworkReply::NoError;
        const bool wrongCertificate = m_pin && CertificatePin::wrongAtEnd(reply, m_request.pinnedCertificate, *m_pin);
        m_reply = nullptr;
        m_pin.reset();

        if (wrongCertificate) {
            m_network->clearConnectionCache(); // never again a request on that connection
            dropPartial();
            r.error = {SyncError::Kind::Certificate,
                       QStringLiteral("the hub's certificate is not the one this screen paired with, so nothing was "
                                      "taken from it")};
            finish(r);
            return;
        }

        if (stopped && stopped->kind == SyncError::Kind::Interrupted && !m_retriedWithoutRange && m_askedRange
            && (status == 206 || status == 416)) {
            // The kept part does not fit what the server has now: once more, from the start.
            m_retriedWithoutRange = true;
            dropPartial();
            start(false);
            return;
        }
        if (status == 416 && !m_retriedWithoutRange) {
            m_retriedWithoutRange = true;
            dropPartial();
            start(false);
            return;
        }
        if (stopped || networkFailed || (status != 200 && status != 206 && status != 304)) {
            r.error = stopped ? *stopped : networkError(reply->error(), status);
            // Cut off with a body under way: kept to resume, where the server can resume it.
            const bool cutOff = stopped ? m_keepPartial : r.error.kind == SyncError::Kind::Interrupted;
            if (cutOff && !validator.isEmpty() && (status == 200 || status == 206) && m_partial.isOpen()
                && m_partial.size() > 0) {
                m_partial.close();
                r.partialValidator = validator;
            } else {
                dropPartial();
            }
            finish(r);
            return;
        }
        if (status == 304) {
            // Nothing new; whatever was kept of a cut-off download is of an older version.
            r.outcome = Result::Outcome::NotModified;
            dropPartial();
            finish(r);
            return;
        }
        // A body with Content-Length that stopped short without an error (a proxy, a close).
        if (length >= 0 && m_received < length) {
            r.error = {SyncError::Kind::Interrupted,
                       QStringLiteral("the feed stopped after %1 of %2 bytes")
                           .arg(m_partialAtStart + m_received)
                           .arg(m_partialAtStart + length)};
            if (!validator.isEmpty() && m_partial.isOpen()) {
                m_partial.close();
                r.partialValidator = validator;
            } else {
                dropPartial();
            }
            finish(r);
            return;
        }
        QByteArray body = std::exchange(m_memory, {});
        if (m_partial.isOpen()) {
            m_partial.close();
            if (m_partial.open(QIODevice::ReadOnly)) {
                body = m_partial.readAll();
                m_partial.close();
            }
            QFile::remove(m_request.partialPath);
        }
        r.resumedFrom = m_partialAtStart;
        if (gzip || GzipInflater::isGzip(body)) {
            GzipInflater::Result unpacked = GzipInflater::inflate(body, m_request.limits.maxBytes);
            if (!unpacked.ok) {
                r.error = {unpacked.problem.contains(QLatin1String("MB")) ? SyncError::Kind::TooLarge : SyncError::Kind::NotAFeed,
                           QStringLiteral("the feed came gzip-packed, but %1").arg(unpacked.problem)};
                finish(r);
                return;
            }
            body = std::move(unpacked.bytes);
        }
        r.outcome = Result::Outcome::Fetched;
        r.body = std::move(body);
        finish(r);
    }
}

void FeedFetcher::finish(Result result)
{
    if (result.outcome == Result::Outcome::Failed)
        qCInfo(lcSync) << "fetch failed:" << SyncError::nameOf(result.error.kind) << "status" << result.status;
    emit finished(result);
}
