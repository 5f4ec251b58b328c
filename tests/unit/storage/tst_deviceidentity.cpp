// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/deviceidentity.h"
#include "storage/settings.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

/// The device's one identity (one row, the same id for every reader, across connections and
/// threads) and the settings store it sits beside.
class TestDeviceIdentity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void oneIdForEveryReader()
    {
        const QString path = m_dir.filePath(QStringLiteral("d.sqlite"));
        QVERIFY(Database::open(path, QStringLiteral("a")).ok());
        // Eight connections on eight threads ask at once; the table can only keep one row.
        QList<QFuture<QString>> asks;
        for (int i = 0; i < 8; ++i) {
            asks << QtConcurrent::run([path, i] {
                const QString name = QStringLiteral("t%1").arg(i);
                QString id;
                {
                    auto db = Database::openConnection(path, name);
                    if (db)
                        id = DeviceIdentity::id(*db).value_or(QString());
                }
                Database::close(name);
                return id;
            });
        }
        QSet<QString> ids;
        for (auto &f : asks)
            ids.insert(f.result());
        QCOMPARE(ids.size(), 1);
        const QString id = *ids.cbegin();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(DeviceIdentity::id(QSqlDatabase::database(QStringLiteral("a"))).value(), id);
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("a")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM device_identity")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // A second row is refused by the table itself.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO device_identity (one, id, created_at) VALUES (2, 'x', 'y')")));
        Database::close(QStringLiteral("a"));
    }

    void settingsKeepValuesAndSaveAllOrNothing()
    {
        QVERIFY(Database::open(m_dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("s")).ok());
        Settings s(QSqlDatabase::database(QStringLiteral("s")));
        QCOMPARE(s.value(QStringLiteral("studio.id")).value(), QString());
        QVERIFY(s.set(QStringLiteral("studio.id"), QStringLiteral("oslo")));
        QVERIFY(s.setAll(
            {{QStringLiteral("studio.language"), QStringLiteral("de")}, {QStringLiteral("other"), QStringLiteral("x")}}));
        QCOMPARE(s.value(QStringLiteral("studio.id")).value(), QStringLiteral("oslo"));
        const auto studio = s.withPrefix(QStringLiteral("studio."));
        QCOMPARE(studio->size(), 2);
        QCOMPARE(studio->value(QStringLiteral("studio.language")), QStringLiteral("de"));
        // A value the table refuses (NULL) takes the whole batch with it.
        QVERIFY(!s.setAll({{QStringLiteral("studio.id"), QStringLiteral("milan")}, {QStringLiteral("broken"), QString()}}));
        QCOMPARE(s.value(QStringLiteral("studio.id")).value(), QStringLiteral("oslo"));
        Database::close(QStringLiteral("s"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceIdentity)
#include "tst_deviceidentity.moc"
