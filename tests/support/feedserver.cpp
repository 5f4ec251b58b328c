// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-feedserver: a real HTTP/1.1 server on 127.0.0.1 for the sync tests, started and stopped
// by the test as a process of its own. It serves the files of --root, with the faults a feed
// server shows in the wild, chosen per request by the query string:
//   status=N             answer N (with a short body)      retry_after=S|date  add Retry-After
//   fail_first=K         the first K requests of a path answer `status` (default 503), then serve
//   gzip=1               gzip the body when the client accepts it
//   type=T               Content-Type T (default: by extension)
//   slow=MS              send the body 1 KiB at a time, one every MS milliseconds
//   truncate=N           send N bytes of the body (Content-Length says all), then close
//   stall_after=N        send N bytes, then nothing more until the client gives up
//   noranges=1           no Accept-Ranges, Range ignored       noetag=1  no ETag, no Last-Modified
// Every file is served with a strong ETag and Last-Modified, answers 304 to a matching
// conditional request, and serves byte ranges (with If-Range). Each request is printed to
// standard output as one JSON line; the first line is "listening PORT".

#include "gzipwriter.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

namespace {

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray gzip(const QByteArray &data)
{
    return gzipBytes(data, 6);
}

QByteArray typeOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return "text/csv; charset=utf-8";
    if (suffix == QLatin1String("tsv"))
        return "text/tab-separated-values; charset=utf-8";
    if (suffix == QLatin1String("json"))
        return "application/json";
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return "image/jpeg";
    if (suffix == QLatin1String("png"))
        return "image/png";
    return "application/octet-stream";
}

class FeedServer : public QObject
{
public:
    explicit FeedServer(QString root)
        : m_root(std::move(root))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            buffer->clear();
            socket->disconnect(this);
            answer(socket, head);
        });
    }

    void log(const QByteArray &method, const QString &target, const QHash<QByteArray, QByteArray> &headers, int status)
    {
        QJsonObject o{{QStringLiteral("method"), QString::fromLatin1(method)},
                      {QStringLiteral("path"), target},
                      {QStringLiteral("status"), status}};
        for (const char *name : {"range", "if-range", "if-none-match", "if-modified-since", "accept-encoding"}) {
            if (headers.contains(name))
                o.insert(QLatin1String(name), QString::fromLatin1(headers.value(name)));
        }
        QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    }

    void answer(QTcpSocket *socket, const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const QUrl url(QString::fromLatin1(request.value(1)));
        const QUrlQuery query(url);
        const auto option = [&query](const char *name) { return query.queryItemValue(QLatin1String(name)); };
        const QString path = url.path();
        const int count = ++m_requests[path];

        QList<QPair<QByteArray, QByteArray>> out{{"Connection", "close"}};
        const auto send = [&](int status, const QByteArray &reason, const QByteArray &body, qsizetype declared = -1) {
            QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
            for (const auto &[name, value] : std::as_const(out))
                response += name + ": " + value + "\r\n";
            if (status != 304)
                response += "Content-Length: " + QByteArray::number(declared >= 0 ? declared : body.size()) + "\r\n";
            response += "\r\n";
            socket->write(response);
            log(request.value(0), url.toString(), headers, status);
            return body;
        };
        const auto finish = [socket](const QByteArray &body) {
            socket->write(body);
            socket->disconnectFromHost();
        };

        const QString retryAfter = option("retry_after");
        if (!retryAfter.isEmpty())
            out << qMakePair(QByteArray("Retry-After"),
                             retryAfter == QLatin1String("date") ? httpDate(QDateTime::currentDateTimeUtc().addSecs(120))
                                                                 : retryAfter.toLatin1());
        const int failFirst = option("fail_first").toInt();
        const int status = option("status").toInt();
        if ((status >= 400 && failFirst == 0) || (failFirst > 0 && count <= failFirst)) {
            const int code = status > 0 ? status : 503;
            out << qMakePair(QByteArray("Content-Type"), QByteArray("text/plain"));
            finish(send(code, "Error", "error " + QByteArray::number(code) + "\n"));
            return;
        }

        QFile file(QDir(m_root).filePath(path.mid(1)));
        if (path.contains(QLatin1String("..")) || !file.open(QIODevice::ReadOnly)) {
            out << qMakePair(QByteArray("Content-Type"), QByteArray("text/plain"));
            finish(send(404, "Not Found", "no such file\n"));
            return;
        }
        QByteArray content = file.readAll();
        const bool validators = option("noetag").isEmpty();
        const QByteArray etag = '"' + QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex().left(16) + '"';
        const QByteArray modified = httpDate(QFileInfo(file).lastModified());
        const bool ranges = option("noranges").isEmpty();
        const bool packed = !option("gzip").isEmpty() && headers.value("accept-encoding").contains("gzip");
        if (packed) {
            content = gzip(content);
            out << qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip"));
        }
        const QByteArray packedEtag = packed ? etag.chopped(1) + "-gz\"" : etag;
        out << qMakePair(QByteArray("Content-Type"), option("type").isEmpty() ? typeOf(path) : option("type").toLatin1());
        if (validators) {
            out << qMakePair(QByteArray("ETag"), packedEtag) << qMakePair(QByteArray("Last-Modified"), modified);
            if (headers.value("if-none-match") == packedEtag
                || (!headers.contains("if-none-match") && headers.value("if-modified-since") == modified)) {
                finish(send(304, "Not Modified", {}));
                return;
            }
        }
        if (ranges)
            out << qMakePair(QByteArray("Accept-Ranges"), QByteArray("bytes"));

        int code = 200;
        QByteArray reason = "OK";
        QByteArray body = content;
        const QByteArray range = headers.value("range");
        const QByteArray ifRange = headers.value("if-range");
        const bool rangeValid = ifRange.isEmpty() || ifRange == packedEtag || ifRange == modified;
        if (ranges && range.startsWith("bytes=") && range.endsWith('-') && rangeValid) {
            const qsizetype from = range.mid(6).chopped(1).toLongLong();
            if (from >= content.size()) {
                out << qMakePair(QByteArray("Content-Range"), "bytes */" + QByteArray::number(content.size()));
                finish(send(416, "Range Not Satisfiable", {}));
                return;
            }
            code = 206;
            reason = "Partial Content";
            body = content.mid(from);
            out << qMakePair(QByteArray("Content-Range"),
                             "bytes " + QByteArray::number(from) + '-' + QByteArray::number(content.size() - 1) + '/'
                                 + QByteArray::number(content.size()));
        }
        const bool firstPart = range.isEmpty();
        const int truncate = option("truncate").isEmpty() || !firstPart ? -1 : option("truncate").toInt();
        const int stall = option("stall_after").isEmpty() || !firstPart ? -1 : option("stall_after").toInt();
        const int slow = option("slow").toInt();
        const QByteArray payload = send(code, reason, body);
        if (truncate >= 0) {
            socket->write(payload.left(truncate));
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        if (stall >= 0) {
            socket->write(payload.left(stall)); // and then nothing: the client's read timeout decides
            return;
        }
        if (slow <= 0) {
            finish(payload);
            return;
        }
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, payload, sent] {
            socket->write(payload.mid(*sent, 1024));
            *sent += 1024;
            if (*sent >= payload.size()) {
                timer->stop();
                socket->disconnectFromHost();
            }
        });
        timer->start(slow);
    }

    QString m_root;
    QTcpServer m_server;
    QHash<QString, int> m_requests;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype rootAt = args.indexOf(QStringLiteral("--root"));
    const qsizetype portAt = args.indexOf(QStringLiteral("--port"));
    FeedServer server(rootAt > 0 ? args.value(rootAt + 1) : QDir::currentPath());
    if (!server.listen(portAt > 0 ? quint16(args.value(portAt + 1).toUInt()) : 0)) {
        QTextStream(stderr) << "vitrine-feedserver: cannot listen\n";
        return 1;
    }
    QTextStream(stdout) << "listening " << server.port() << Qt::endl;
    return app.exec();
}
