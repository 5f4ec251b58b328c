// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk/visitorrequests.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// Hold and expert requests: stored with their outbox row, listed per studio, closed by staff.
class TestVisitorRequests : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(Database::open(m_dir.filePath(QStringLiteral("r.sqlite")), QStringLiteral("r")).ok()); }

    void createListClose()
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("r"));
        VisitorRequests requests(db);
        const auto device = requests.deviceId();
        QVERIFY(device);
        QCOMPARE(*requests.deviceId(), *device); // stable
        const auto a = requests.create(VisitorRequests::Kind::Expert, QStringLiteral("oslo"), QStringLiteral("v-1"), {});
        const auto b = requests.create(VisitorRequests::Kind::Hold, QStringLiteral("oslo"), QStringLiteral("v-2"), {});
        const auto c = requests.create(VisitorRequests::Kind::Expert, QStringLiteral("milan"), {}, QStringLiteral("K7QD-9MWX"));
        QVERIFY(a && b && c);
        QVERIFY(*a != *b);
        QCOMPARE(requests.openCount(QStringLiteral("oslo")), 2);
        const auto open = requests.open(QStringLiteral("oslo"));
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).vehicle, QStringLiteral("v-1"));
        QCOMPARE(open.at(1).kind, VisitorRequests::Kind::Hold);

        // Each request travels with an outbox row carrying its id as idempotency key.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT idempotency_key, payload FROM outbox ORDER BY id")));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QJsonObject payload = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            QCOMPARE(q.value(0).toString(), QStringLiteral("request:") + payload.value(QStringLiteral("id")).toString());
            QCOMPARE(payload.value(QStringLiteral("device")).toString(), *device);
        }
        QCOMPARE(rows, 3);

        QVERIFY(requests.close(*a));
        QString error;
        QVERIFY(!requests.close(*a, &error));
        QVERIFY(error.contains(QLatin1String("no longer open")));
        QCOMPARE(requests.openCount(QStringLiteral("oslo")), 1);
    }
};

QTEST_GUILESS_MAIN(TestVisitorRequests)
#include "tst_visitorrequests.moc"
