// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubfeeds.h"

#include "hubanswer.h"

#include "sync/sourcesyncer.h"
#include "sync/syncrows.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QUrl>
#include <algorithm>

#include <sys/stat.h>

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace {

constexpr char kPrefix[] = "/v1/sources/";
constexpr char kSuffix[] = "/feed";
constexpr qsizetype kMaxId = 128;

} // namespace

HubFeeds::HubFeeds(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool HubFeeds::handles(const HttpRequest &request)
{
    return request.path.startsWith(kPrefix) && request.path.endsWith(kSuffix)
        && request.path.size() > qsizetype(sizeof(kPrefix) + sizeof(kSuffix) - 2);
}

HttpResponse HubFeeds::answer(const HttpRequest &request)
{
    if (request.method != "GET") {
        HttpResponse r = HubAnswer::error(405, QStringLiteral("method"), QStringLiteral("use GET"));
        r.addHeader("Allow", "GET");
        return r;
    }
    const QByteArray encoded = request.path.mid(sizeof(kPrefix) - 1,
                                                request.path.size() - (sizeof(kPrefix) - 1) - (sizeof(kSuffix) - 1));
    const QString id = QUrl::fromPercentEncoding(encoded);
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || !HubAnswer::printable(id, kMaxId))
        return HubAnswer::error(404, QStringLiteral("unknown-source"), QStringLiteral("no such source at this hub"));

    QString problem;
    const auto sources = SyncRows(m_db).sources(&problem);
    if (!sources) {
        qCWarning(lcHub) << "cannot read the sources:" << problem;
        return HubAnswer::busy(QStringLiteral("the hub cannot read its sources just now; try again"));
    }
    const bool known = std::any_of(sources->cbegin(), sources->cend(), [&id](const SyncSource &s) {
        return s.id() == id && s.source.enabled && !s.source.url.isLocalFile();
    });
    if (!known)
        return HubAnswer::error(404, QStringLiteral("unknown-source"),
                                QStringLiteral("this hub does not fetch that source; fetch it from its own address"));

    QFile file(SourceSyncer::keptFeedPath(m_folder, id));
    struct stat st { };
    if (m_folder.isEmpty() || !file.open(QIODevice::ReadOnly) || ::fstat(file.handle(), &st) != 0) {
        HttpResponse r = HubAnswer::error(503, QStringLiteral("not-fetched-yet"),
                                          QStringLiteral("the hub has not fetched this feed yet; try again shortly"));
        r.addHeader("Retry-After", "30");
        return r;
    }
    // The file as opened (a new copy is a new file, renamed over the old): its tag is of these bytes.
    const QByteArray identity = QByteArray::number(qulonglong(st.st_ino)) + ':' + QByteArray::number(qlonglong(st.st_size)) + ':'
        + QByteArray::number(qlonglong(st.st_mtim.tv_sec)) + '.' + QByteArray::number(qlonglong(st.st_mtim.tv_nsec));
    Tag &tag = m_tags[id];
    QByteArray body;
    if (tag.identity != identity) {
        body = file.readAll();
        tag.identity = identity;
        tag.etag = '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(40) + '"';
    }
    HttpResponse r;
    r.addHeader("ETag", tag.etag);
    r.addHeader("Cache-Control", "no-cache");
    if (HubAnswer::matchesTag(request.header("if-none-match"), tag.etag)) {
        r.status = 304;
        return r;
    }
    r.body = body.isNull() ? file.readAll() : std::move(body);
    r.contentType = "application/octet-stream";
    return r;
}
