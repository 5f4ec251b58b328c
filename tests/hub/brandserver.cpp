// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-brandserver: the brand's endpoint for the relay tests, a real HTTP/1.1 server on
// 127.0.0.1 started and stopped by the test as a process of its own. It takes the hub's batches
// (POST, {"items": [{key, kind, record, payload}, …]}, `Authorization: Bearer` --token) and
// records each item into the SQLite file --db keyed by its idempotency key: the first arrival is
// applied (its order kept in `seq`), every later one only counted. It answers one outcome per
// item, in order, as the hub answers its screens, and holds back the rest of a record after an
// item of it that it did not take. Faults, from flags at start or POST /control {…} later:
//   --status N / "status"           answer every batch N (503, 500, 429) and take nothing
//   --retry-after S / "retryAfter"  with Retry-After: S
//   --reject-kind K / "rejectKind"  reject items of kind K ("the brand does not take K")
//   --delay-ms MS / "delayMs"       answer a batch MS milliseconds late
// With --tls-cert and --tls-key it speaks HTTPS. The first line on standard output is "listening PORT".

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTextStream>
#include <QTimer>

namespace {

struct Faults {
    int status = 0;
    int retryAfter = -1;
    QString rejectKind;
    int delayMs = 0;
};

class BrandServer : public QTcpServer
{
public:
    BrandServer(QSqlDatabase db, QByteArray token, Faults faults)
        : m_db(db)
        , m_token(std::move(token))
        , m_faults(std::move(faults))
    {
    }

    void setTls(const QSslCertificate &certificate, const QSslKey &key)
    {
        m_certificate = certificate;
        m_key = key;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { readFrom(socket); });
        if (!m_certificate.isNull()) {
            socket->setLocalCertificate(m_certificate);
            socket->setPrivateKey(m_key);
            socket->setPeerVerifyMode(QSslSocket::VerifyNone);
            socket->startServerEncryption();
        }
    }

private:
    void readFrom(QSslSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        QByteArray authorization;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
            else if (name == "authorization")
                authorization = line.mid(colon + 1).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        const QByteArray path = requestLine.value(1);
        if (requestLine.value(0) == "POST" && path == "/control")
            return answer(socket, 200, control(body));
        if (requestLine.value(0) != "POST")
            return answer(socket, 405, R"({"error":"use POST"})");
        if (authorization != "Bearer " + m_token)
            return answer(socket, 401, R"({"error":"not authorized"})");
        QPointer<QSslSocket> guard(socket);
        QTimer::singleShot(m_faults.delayMs, this, [this, guard, body] {
            if (!guard)
                return;
            if (m_faults.status)
                return answer(guard, m_faults.status, R"({"error":"the brand is busy"})");
            answer(guard, 200, take(body));
        });
    }

    QByteArray control(const QByteArray &body)
    {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        if (o.contains(QLatin1String("status")))
            m_faults.status = o.value(QLatin1String("status")).toInt();
        if (o.contains(QLatin1String("retryAfter")))
            m_faults.retryAfter = o.value(QLatin1String("retryAfter")).toInt();
        if (o.contains(QLatin1String("rejectKind")))
            m_faults.rejectKind = o.value(QLatin1String("rejectKind")).toString();
        if (o.contains(QLatin1String("delayMs")))
            m_faults.delayMs = o.value(QLatin1String("delayMs")).toInt();
        return "{}";
    }

    QByteArray take(const QByteArray &body)
    {
        const QJsonArray items = QJsonDocument::fromJson(body).object().value(QLatin1String("items")).toArray();
        QJsonArray outcomes;
        QSet<QString> held;
        QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"));
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const QString key = item.value(QLatin1String("key")).toString();
            const QString kind = item.value(QLatin1String("kind")).toString();
            const QString record = item.value(QLatin1String("record")).toString();
            const QJsonObject payload = item.value(QLatin1String("payload")).toObject();
            QJsonObject outcome{{QStringLiteral("key"), key}};
            if (held.contains(record)) {
                outcome.insert(QStringLiteral("outcome"), QStringLiteral("retry"));
                outcome.insert(QStringLiteral("reason"), QStringLiteral("an earlier change of this record waits"));
            } else if (!m_faults.rejectKind.isEmpty() && kind == m_faults.rejectKind) {
                outcome.insert(QStringLiteral("outcome"), QStringLiteral("rejected"));
                outcome.insert(QStringLiteral("reason"), QStringLiteral("the brand does not take %1").arg(kind));
            } else if (apply(key, kind, record, payload)) {
                outcome.insert(QStringLiteral("outcome"), QStringLiteral("delivered"));
            } else {
                outcome.insert(QStringLiteral("outcome"), QStringLiteral("retry"));
                outcome.insert(QStringLiteral("reason"), QStringLiteral("the brand cannot write now"));
                held.insert(record);
            }
            outcomes.append(outcome);
        }
        QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
        return QJsonDocument(QJsonObject{{QStringLiteral("outcomes"), outcomes}}).toJson(QJsonDocument::Compact);
    }

    bool apply(const QString &key, const QString &kind, const QString &record, const QJsonObject &payload)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE received SET arrivals = arrivals + 1 WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return false;
        if (q.numRowsAffected() > 0)
            return true;
        QJsonObject withoutContact = payload;
        withoutContact.remove(QStringLiteral("contact"));
        q.prepare(QStringLiteral("INSERT INTO received (key, kind, record, payload, contact, arrivals, applied_at) "
                                 "VALUES (?, ?, ?, ?, ?, 1, ?)"));
        q.addBindValue(key);
        q.addBindValue(kind);
        q.addBindValue(record);
        q.addBindValue(QString::fromUtf8(QJsonDocument(withoutContact).toJson(QJsonDocument::Compact)));
        q.addBindValue(payload.contains(QLatin1String("contact")) ? QString::fromUtf8(
                           QJsonDocument(payload.value(QLatin1String("contact")).toObject()).toJson(QJsonDocument::Compact))
                                                                  : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        return q.exec();
    }

    void answer(QSslSocket *socket, int status, const QByteArray &body)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
        if (status != 200 && m_faults.retryAfter >= 0)
            head += "Retry-After: " + QByteArray::number(m_faults.retryAfter) + "\r\n";
        socket->write(head + "\r\n" + body);
        socket->disconnectFromHost();
    }

    QSqlDatabase m_db;
    QByteArray m_token;
    Faults m_faults;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QHash<QSslSocket *, QByteArray> m_buffers;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("The SQLite file to record into."), QStringLiteral("FILE")},
         {QStringLiteral("token"), QStringLiteral("The bearer token the hub must send."), QStringLiteral("T")},
         {QStringLiteral("port"), QStringLiteral("The port (0: a free one)."), QStringLiteral("N"), QStringLiteral("0")},
         {QStringLiteral("status"), QStringLiteral("Answer every batch N."), QStringLiteral("N")},
         {QStringLiteral("retry-after"), QStringLiteral("Retry-After seconds."), QStringLiteral("S")},
         {QStringLiteral("reject-kind"), QStringLiteral("Reject items of this kind."), QStringLiteral("K")},
         {QStringLiteral("delay-ms"), QStringLiteral("Answer this late."), QStringLiteral("MS")},
         {QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this certificate."), QStringLiteral("PEM")},
         {QStringLiteral("tls-key"), QStringLiteral("… and this key."), QStringLiteral("PEM")}});
    parser.process(app);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(parser.value(QStringLiteral("db")));
    QSqlQuery q(db);
    if (!db.open() || !q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        || !q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"))
        || !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS received (seq INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
                                  "kind TEXT NOT NULL, record TEXT NOT NULL, payload TEXT NOT NULL, contact TEXT, "
                                  "arrivals INTEGER NOT NULL, applied_at TEXT NOT NULL)"))) {
        QTextStream(stderr) << "vitrine-brandserver: " << q.lastError().text() << db.lastError().text() << "\n";
        return 2;
    }
    Faults faults;
    faults.status = parser.value(QStringLiteral("status")).toInt();
    faults.retryAfter = parser.isSet(QStringLiteral("retry-after")) ? parser.value(QStringLiteral("retry-after")).toInt() : -1;
    faults.rejectKind = parser.value(QStringLiteral("reject-kind"));
    faults.delayMs = parser.value(QStringLiteral("delay-ms")).toInt();
    BrandServer server(db, parser.value(QStringLiteral("token")).toLatin1(), faults);
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        QFile cert(parser.value(QStringLiteral("tls-cert")));
        QFile key(parser.value(QStringLiteral("tls-key")));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return 2;
        server.setTls(QSslCertificate(cert.readAll()), QSslKey(key.readAll(), QSsl::Ec));
    }
    if (!server.listen(QHostAddress::LocalHost, quint16(parser.value(QStringLiteral("port")).toUInt())))
        return 2;
    QTextStream(stdout) << "listening " << server.serverPort() << Qt::endl;
    return app.exec();
}
