// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/vehiclerecord.h"
#include "inventory/vehiclerows.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <numeric>
#include <sqlite3.h>

/// Cars encoded ahead of their writes, on another thread (VehicleRows::Ahead), are stored
/// exactly as those a writer encodes itself: the same documents, the same columns, the same NULLs.
class TestVehicleRows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Cars of every kind a feed brings: the brand's configured ones and dealers' listings,
    /// non-ASCII and escaped names, many pictures or none, a null location and an empty model.
    static QList<Vehicle> cars(int n)
    {
        QList<Vehicle> out;
        for (int i = 0; i < n; ++i) {
            Vehicle v;
            v.id = QStringLiteral("car-%1").arg(i);
            v.vin = QStringLiteral("YV9AE2B1%1").arg(i, 9, 10, QLatin1Char('0'));
            v.year = 2015 + i % 12;
            v.condition = Vehicle::Condition(i % 3);
            if (v.condition != Vehicle::Condition::New)
                v.mileage = {1000 + i, i % 2 ? Mileage::Unit::Mi : Mileage::Unit::Km};
            v.price = {100000 + qint64(i) * 37, i % 5 ? QStringLiteral("EUR") : QStringLiteral("NOK")};
            v.location = i % 97 == 5 ? QString() : QStringLiteral("place-%1").arg(i % 7);
            v.added = QDate(2026, 1 + i % 12, 1 + i % 28);
            v.updated = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
            if (i % 2) {
                v.make = i % 4 == 1 ? QStringLiteral("Škoda") : QStringLiteral("Ford");
                v.modelName = QStringLiteral("Fusion \"SE\" \\ %1").arg(i % 13);
                v.trimName = QStringLiteral("Titanium\t%1").arg(QChar(0x00e9));
                v.body = QStringLiteral("saloon");
                v.powertrain = QStringLiteral("petrol");
                v.exteriorColor = QStringLiteral("Rød");
                v.model = i % 3 ? QStringLiteral("") : QStringLiteral("aster-5");
            } else {
                v.model = QStringLiteral("aster-5");
                v.trim = QStringLiteral("aster-5-gt");
                v.paint = QStringLiteral("blue");
                v.options = {QStringLiteral("heat-pump"), QStringLiteral("tow-bar")};
            }
            for (int p = 0; p < i % 6; ++p)
                v.images << QStringLiteral("https://cdn.example/%1/%2.jpg").arg(i).arg(p);
            out << v;
        }
        return out;
    }

    /// Every stored row, its columns with their SQL types, in id order.
    static QStringList rows(const QString &connection)
    {
        QSqlQuery q(QSqlDatabase::database(connection));
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, source, vin, typeof(vin), model, typeof(model), condition, price_minor, "
                                   "typeof(price_minor), location, typeof(location), updated, doc FROM vehicle "
                                   "ORDER BY id")))
            return {QStringLiteral("query failed")};
        QStringList out;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < 13; ++c)
                cells << q.value(c).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    }

    /// cars(n) as the stock holds them: each with a place, the configured ones with every choice.
    static QList<Vehicle> storable(int n)
    {
        QList<Vehicle> out = cars(n);
        out.removeIf([](const Vehicle &v) { return v.location.isEmpty(); });
        for (Vehicle &v : out) {
            if (!v.isListing()) {
                v.wheel = QStringLiteral("aero-19");
                v.interior = QStringLiteral("charcoal");
            }
        }
        return out;
    }

    /// A car's document as VehicleRows stores it.
    static QByteArray stored(const Vehicle &v)
    {
        QByteArray out;
        VehicleRecord::writeStored(v, out);
        return out;
    }

    /// Whether the stock read back from `db`, and exported, is `list` car for car.
    static bool readBackWhole(const QSqlDatabase &db, const QList<Vehicle> &list)
    {
        VehicleRows rows(db);
        QString error;
        const auto read = rows.vehicles(&error);
        const auto documents = rows.documents(&error);
        if (!read || !documents) {
            qWarning() << error;
            return false;
        }
        QHash<QString, QByteArray> written;
        for (const Vehicle &v : list)
            written.insert(v.id, VehicleRecord::write(v));
        bool same = read->size() == list.size() && documents->size() == list.size();
        for (const Vehicle &v : *read)
            same = same && VehicleRecord::write(v) == written.value(v.id);

        for (const QJsonValue &doc : *documents) {
            const QString id = doc.toObject().value(QStringLiteral("id")).toString();
            same = same && doc.toObject() == QJsonDocument::fromJson(written.value(id)).object();
        }
        return same;
    }

    /// Writes `list` into a new database, ahead or each car at its write; the outcome of each.
    QList<DocumentTable::Written> write(const QList<Vehicle> &list, const QString &connection, bool ahead)
    {
        const QString path = m_dir.filePath(connection + QStringLiteral(".sqlite"));
        if (!Database::open(path, connection).ok())
            return {};
        QSqlDatabase db = QSqlDatabase::database(connection);
        QList<DocumentTable::Written> outcomes;
        VehicleRows rows(db);
        QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        std::optional<VehicleRows::Ahead> encoded;
        if (ahead)
            encoded.emplace(list);
        if (encoded && !encoded->started())
            return {};
        for (qsizetype i = 0; i < list.size(); ++i) {
            QString error;
            outcomes << (ahead ? rows.write(list.at(i), QStringLiteral("dealer"), encoded->at(i), &error)
                               : rows.write(list.at(i), QStringLiteral("dealer"), &error));
        }
        rows.table().finishWrites();
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        return outcomes;
    }

private slots:
    void carsEncodedAheadAreStoredAsTheWriterWouldEncodeThem()
    {
        const QList<Vehicle> list = cars(3000);
        const auto itself = write(list, QStringLiteral("itself"), false);
        const auto ahead = write(list, QStringLiteral("ahead"), true);
        QCOMPARE(itself.size(), list.size());
        QCOMPARE(ahead, itself);
        // A car without a location is refused by the table (NOT NULL), the same both ways.
        QCOMPARE(itself.count(DocumentTable::Written::Yes), list.size() - 31);
        const QStringList stored = rows(QStringLiteral("itself"));
        QCOMPARE(stored.size(), list.size() - 31);
        QCOMPARE(rows(QStringLiteral("ahead")), stored);
        // And each document is the car's record.
        QVERIFY(stored.first().endsWith(QString::fromUtf8(TestVehicleRows::stored(list.first()))));
        Database::close(QStringLiteral("itself"));
        Database::close(QStringLiteral("ahead"));
    }

    /// What reads the whole live stock (an import's stored context, its removals, its VIN check,
    /// the stock at start) reads it in the file's order, not through the partial VIN index: that
    /// way SQLite looks each car up where its VIN sorts, a page at random each (a hundred thousand
    /// cars' ids took 120 ms, against 19). Every statement these reads prepare is caught and its
    /// plan asked for; the ids come in the order the cars were written, not their VINs'.
    void theLiveStockIsReadInTheFilesOrder()
    {
        QList<Vehicle> list = cars(40);
        for (qsizetype i = 0; i < list.size(); ++i) // VINs sorting against the order written
            list[i].vin = QStringLiteral("YV9AE2B1%1").arg(999999999 - i, 9, 10, QLatin1Char('0'));
        list.removeIf([](const Vehicle &v) { return v.location.isEmpty(); });
        QVERIFY(!write(list, QStringLiteral("order"), false).contains(DocumentTable::Written::Failed));
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("order"));
        VehicleRows rows(db);
        QString error;
        QVERIFY(rows.table().tombstone(list.at(3).id, &error));

        const QVariant handle = db.driver()->handle();
        QCOMPARE(handle.typeName(), "sqlite3*");
        sqlite3 *const sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        QStringList prepared;
        const auto caught = [](unsigned, void *into, void *statement, void *) {
            static_cast<QStringList *>(into)->append(QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement))));
            return 0;
        };
        QCOMPARE(sqlite3_trace_v2(sqlite, SQLITE_TRACE_STMT, caught, &prepared), SQLITE_OK);
        const auto ids = rows.table().liveIds(QStringLiteral("dealer"), &error);
        const auto listed = rows.listed(QStringLiteral("dealer"), &error);
        const auto vins = rows.liveVins(&error);
        const auto documents = rows.documents(&error);
        sqlite3_trace_v2(sqlite, 0, nullptr, nullptr);
        QVERIFY2(ids && listed && vins && documents, qPrintable(error));

        QStringList written;
        for (const Vehicle &v : std::as_const(list))
            written << v.id;
        written.removeAt(3);
        QCOMPARE(*ids, written);
        QCOMPARE(listed->size(), written.size());
        QCOMPARE(vins->size(), written.size());
        QCOMPARE(documents->size(), written.size());
        QCOMPARE(prepared.size(), 4);
        for (const QString &sql : std::as_const(prepared)) {
            sqlite3_stmt *plan = nullptr;
            const QByteArray explain = "EXPLAIN QUERY PLAN " + sql.toUtf8();
            QCOMPARE(sqlite3_prepare_v2(sqlite, explain.constData(), int(explain.size()), &plan, nullptr), SQLITE_OK);
            QStringList steps;
            while (sqlite3_step(plan) == SQLITE_ROW)
                steps << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(plan, 3)));
            sqlite3_finalize(plan);
            QVERIFY2(!steps.isEmpty() && !steps.join(QLatin1Char(' ')).contains(QLatin1String("INDEX")),
                     qPrintable(sql + QStringLiteral(": ") + steps.join(QStringLiteral("; "))));
        }
        Database::close(QStringLiteral("order"));
    }

    /// The encodings take turns in a few megabytes of room, each still its own car's when it is
    /// taken, however often the room has been used before: cars of every size, one larger than a
    /// whole block. A writer that dawdles finds the thread waiting, no more than its window of
    /// cars and its blocks of bytes ahead.
    void encodingsTakeTurnsInBoundedRoom()
    {
        QList<Vehicle> list = cars(40000);
        for (qsizetype i = 0; i < list.size(); i += 2) // some 2 KB each: the blocks fill before the window
            for (int p = 0; p < 16; ++p)
                list[i].images << QStringLiteral("https://cdn.example/stock/%1/a-long-name-for-picture-%2.jpg").arg(i).arg(p);
        constexpr qsizetype kLarge = 23456;
        for (int p = 0; p < 60000; ++p) // some 3 MB in one car, above a block's 2 MiB
            list[kLarge].images << QStringLiteral("https://cdn.example/large/picture-%1.jpg").arg(p);
        QList<qsizetype> bytes;
        for (const Vehicle &v : std::as_const(list))
            bytes << stored(v).size();
        QVERIFY(bytes.at(kLarge) > VehicleRows::Ahead::kBlockBytes);
        // What is encoded ahead of car `taken`, in cars and bytes: at most the window and the blocks.
        const auto ahead = [&bytes](qsizetype taken, qsizetype ready) {
            return std::accumulate(bytes.cbegin() + taken, bytes.cbegin() + ready, qsizetype(0));
        };
        VehicleRows::Ahead encoder(list);
        QVERIFY(encoder.started());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const VehicleRows::Encoded &e = encoder.at(i);
            if (i % 9000 == 0) {
                // The writer dawdles: the thread fills its room, then waits.
                QTest::qWait(150);
                const qsizetype ready = encoder.ready();
                if (i + VehicleRows::Ahead::kWindow < list.size())
                    QVERIFY2(ready < list.size(), qPrintable(QString::number(ready)));
                QVERIFY2(ready - i <= VehicleRows::Ahead::kWindow, qPrintable(QString::number(ready - i)));
                const qsizetype room = VehicleRows::Ahead::kBlocks * VehicleRows::Ahead::kBlockBytes;
                QVERIFY2(ahead(i, ready) <= room + bytes.at(kLarge), qPrintable(QString::number(ahead(i, ready))));
            }
            if (e.doc != QByteArrayView(stored(list.at(i))))
                QFAIL(qPrintable(QStringLiteral("car %1 was taken with another car's encoding").arg(i)));
            QCOMPARE(e.id, QByteArrayView(list.at(i).id.toUtf8()));
            QCOMPARE(e.location.isNull(), list.at(i).location.isNull());
        }
        QVERIFY(encoder.done());
        QVERIFY(!encoder.at(list.size() - 1).model.isNull());
    }

    /// A writer that passes cars by (the ones it refuses) gives their room back too: taking a car
    /// far beyond the window, or only every third one, wakes the thread and finds the car encoded.
    void carsPassedByGiveTheirRoomBack()
    {
        const QList<Vehicle> list = cars(60000);
        VehicleRows::Ahead ahead(list);
        QVERIFY(ahead.started());
        for (qsizetype i = 0; i < 100; ++i)
            QCOMPARE(ahead.at(i).id, QByteArrayView(list.at(i).id.toUtf8()));
        const qsizetype far = 100 + 3 * VehicleRows::Ahead::kWindow;
        QCOMPARE(ahead.at(far).doc, QByteArrayView(stored(list.at(far))));
        for (qsizetype i = far + 1; i < list.size(); i += 3)
            QCOMPARE(ahead.at(i).id, QByteArrayView(list.at(i).id.toUtf8()));
        QCOMPARE(ahead.at(list.size() - 1).doc, QByteArrayView(stored(list.last())));
        QVERIFY(ahead.done());
    }

    /// A car's document is stored without what its row's columns hold (its id, VIN, condition,
    /// place and change stamp) and without what reading takes for granted (available, no
    /// options); it is read back, and exported, whole: every car as it was written.
    void carsAreReadBackWholeFromTheirDocumentAndColumns()
    {
        QList<Vehicle> list = storable(60);
        list[1].status = Vehicle::Status::Reserved;
        list[2].status = Vehicle::Status::InTransit;
        list[3].registered = QDate(2024, 5, 2);
        QVERIFY(!write(list, QStringLiteral("whole"), false).contains(DocumentTable::Written::Failed));
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("whole"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT doc FROM vehicle")));
        qsizetype documents = 0;
        while (q.next()) {
            ++documents;
            const QString doc = q.value(0).toString();
            for (const char *key : {"\"id\"", "\"vin\"", "\"condition\"", "\"location\"", "\"updated\""})
                QVERIFY2(!doc.contains(QLatin1String(key)), qPrintable(doc));
        }
        QCOMPARE(documents, list.size());
        QVERIFY(readBackWhole(db, list));
        Database::close(QStringLiteral("whole"));
    }

    /// A document stored whole, as every car was before, reads the same.
    void aDocumentStoredWholeReadsTheSame()
    {
        const QList<Vehicle> list = storable(30);
        QVERIFY(!write(list, QStringLiteral("before"), false).contains(DocumentTable::Written::Failed));
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("before"));
        QSqlQuery update(db);
        QVERIFY(update.prepare(QStringLiteral("UPDATE vehicle SET doc = ? WHERE id = ?")));
        for (const Vehicle &v : std::as_const(list)) {
            update.bindValue(0, QString::fromUtf8(VehicleRecord::write(v)));
            update.bindValue(1, v.id);
            QVERIFY(update.exec());
        }
        QVERIFY(readBackWhole(db, list));
        Database::close(QStringLiteral("before"));
    }

    /// A car's digest tells apart cars that differ in any field, those the columns hold too, and
    /// not a car whose change stamp alone moved; listed() reads a stored car's the same.
    void aCarsDigestCoversEveryFieldButItsStamp()
    {
        const Vehicle car = cars(2).at(1);
        const auto digest = [](const Vehicle &v) {
            QByteArray out;
            return VehicleRows::digest(VehicleRows::encode(v, out));
        };
        Vehicle later = car;
        later.updated = later.updated.addDays(3);
        QCOMPARE(digest(later), digest(car));
        const std::function<void(Vehicle &)> changes[] = {
            [](Vehicle &v) { v.vin = QStringLiteral("YV9AE2B14TA000001"); },
            [](Vehicle &v) { v.location = QStringLiteral("place-9"); },
            [](Vehicle &v) { v.condition = Vehicle::Condition::Used; },
            [](Vehicle &v) { v.status = Vehicle::Status::Reserved; },
            [](Vehicle &v) { v.price.minor += 100; },
            [](Vehicle &v) { v.images.append(QStringLiteral("https://cdn.example/x.jpg")); },
        };
        for (const auto &change : changes) {
            Vehicle changed = car;
            change(changed);
            QVERIFY(digest(changed) != digest(car));
        }
        QVERIFY(!write({car}, QStringLiteral("digest"), false).contains(DocumentTable::Written::Failed));
        QString error;
        const auto listed = VehicleRows(QSqlDatabase::database(QStringLiteral("digest")))
                                .listed(QStringLiteral("dealer"), &error);
        QVERIFY2(listed, qPrintable(error));
        QCOMPARE(listed->value(car.id).digest, digest(car));
        Database::close(QStringLiteral("digest"));
    }

    /// Stopped before its thread is through (the import failed on an early car), an Ahead
    /// leaves the rest unencoded rather than finishing a hundred thousand cars first.
    void anAheadStoppedEarlyLeavesTheRest()
    {
        const QList<Vehicle> list = cars(100000);
        VehicleRows::Ahead ahead(list);
        QVERIFY(ahead.started());
        QCOMPARE(ahead.at(10).id, QByteArrayView("car-10"));
        ahead.stop();
        QVERIFY2(ahead.ready() < list.size(), qPrintable(QString::number(ahead.ready())));
        QVERIFY(ahead.ready() > 10);
        QVERIFY(!ahead.done());
    }
};

QTEST_GUILESS_MAIN(TestVehicleRows)
#include "tst_vehiclerows.moc"
