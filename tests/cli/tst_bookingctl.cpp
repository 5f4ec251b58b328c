// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <memory>

/// Test-drive booking from a shell, on real database files: slots and bookings as JSON, errors
/// with their exit codes, erasure; many vitrinectl processes released at the same instant racing
/// for the last car or the last expert; and a booking process killed with SIGKILL hundreds of
/// times, after which every booking it reported is there exactly once with its outbox row.
class TestBookingCtl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    int m_serial = 0;

    struct Result {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    static Result run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static Result ctl(const QString &db, const QStringList &args)
    {
        return run(QStringLiteral(VITRINECTL_BIN), QStringList{QStringLiteral("--db"), db} + args);
    }

    QString freshDb(const QString &name)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(++m_serial));
        QFile::copy(m_template, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    /// A short-lived connection of the test's own, closed again so it never holds the WAL back.
    template<typename F>
    static auto withDb(const QString &path, F &&f)
    {
        using Value = decltype(f(std::declval<QSqlDatabase &>()));
        const QString name = QStringLiteral("check-%1").arg(QRandomGenerator::global()->generate());
        std::optional<Value> result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
                result = f(db);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!result)
            qWarning("cannot open %s", qPrintable(path));
        return result.value_or(Value());
    }

    static qint64 scalar(const QString &path, const QString &sql, const QVariantList &bind = {})
    {
        return withDb(path, [&](QSqlDatabase &db) -> qint64 {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : bind)
                q.addBindValue(v);
            if (!q.exec() || !q.next())
                return -1;
            return q.value(0).toLongLong();
        });
    }

    static QStringList column(const QString &path, const QString &sql)
    {
        return withDb(path, [&](QSqlDatabase &db) {
            QStringList out;
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next())
                    out << q.value(0).toString();
            } else {
                out << QStringLiteral("ERROR: ") + q.lastError().text();
            }
            return out;
        });
    }

    struct Slot {
        QString start; ///< local ISO with offset, as `slots` prints it
        QString startUtc;
        int capacity;
    };

    static QList<Slot> slotsOf(const QJsonObject &o)
    {
        QList<Slot> out;
        for (const QJsonValue &v : o.value(QStringLiteral("slots")).toArray()) {
            const QJsonObject s = v.toObject();
            out.append({s.value(QStringLiteral("start")).toString(), s.value(QStringLiteral("start_utc")).toString(),
                        s.value(QStringLiteral("capacity")).toInt(-1)});
        }
        return out;
    }

    /// Free slots of `model` at `studio` on the first days from two weeks ahead, at least `wanted`.
    QList<Slot> freeSlots(const QString &db, const QString &studio, const QString &model, int wanted, QDate *firstDay = nullptr)
    {
        QList<Slot> out;
        for (QDate day = QDate::currentDate().addDays(14); out.size() < wanted && day < QDate::currentDate().addDays(60);
             day = day.addDays(1)) {
            const Result r = ctl(db,
                                 {QStringLiteral("slots"), QStringLiteral("--studio"), studio, QStringLiteral("--date"),
                                  day.toString(Qt::ISODate), QStringLiteral("--model"), model});
            if (r.code != 0)
                return {};
            for (const Slot &s : slotsOf(r.json())) {
                if (s.capacity > 0) {
                    if (out.isEmpty() && firstDay)
                        *firstDay = day;
                    out.append(s);
                }
            }
        }
        return out;
    }

    static QStringList bookArgs(const QString &studio, const QString &model, const QString &start, const QString &name,
                                const QString &email)
    {
        return {QStringLiteral("book"),
                QStringLiteral("--studio"),
                studio,
                QStringLiteral("--model"),
                model,
                QStringLiteral("--start"),
                start,
                QStringLiteral("--name"),
                name,
                QStringLiteral("--email"),
                email,
                QStringLiteral("--privacy-consent")};
    }

    static QByteArray fileBytes(const QString &db)
    {
        QByteArray all;
        for (const QString &path : {db, db + QStringLiteral("-wal")}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        const Result r = ctl(m_template, {QStringLiteral("import"), QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!QFile::exists(m_template + QStringLiteral("-wal"))
                || QFileInfo(m_template + QStringLiteral("-wal")).size() == 0);
    }

    void slotsAsJson()
    {
        const QString db = freshDb(QStringLiteral("slots"));
        // A Tuesday two weeks or more ahead: the demo Oslo studio opens 10:00-19:00 on Tuesdays and none is an
        // exception, so the day's slots do not depend on the weekday the test runs on (a Saturday closes at 17:00,
        // New Year's Eve at 14:00).
        QDate day = QDate::currentDate().addDays(14);
        while (day.dayOfWeek() != 2)
            day = day.addDays(1);
        Result r = ctl(db,
                       {QStringLiteral("slots"), QStringLiteral("--studio"), QStringLiteral("oslo"), QStringLiteral("--date"),
                        day.toString(Qt::ISODate), QStringLiteral("--model"), QStringLiteral("aster-5")});
        QCOMPARE(r.code, 0);
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("studio")).toString(), QStringLiteral("oslo"));
        QCOMPARE(o.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Oslo"));
        QCOMPARE(o.value(QStringLiteral("date")).toString(), day.toString(Qt::ISODate));
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("aster-5"));
        const QList<Slot> slotList = slotsOf(o);
        // 60-minute drives with 15 minutes between them, from 10:00 to the last that ends by 19:00: 10:00 ... 17:30.
        QCOMPARE(slotList.size(), 7);
        QVERIFY2(slotList.last().start.startsWith(day.toString(Qt::ISODate) + QStringLiteral("T17:30:00+0")),
                 qPrintable(slotList.last().start));
        // Local times with the studio's offset, the first at opening, each the same instant as its UTC form.
        QVERIFY2(slotList.first().start.startsWith(day.toString(Qt::ISODate) + QStringLiteral("T10:00:00+0")),
                 qPrintable(slotList.first().start));
        for (const Slot &s : slotList) {
            QVERIFY(s.start.endsWith(QLatin1String("+01:00")) || s.start.endsWith(QLatin1String("+02:00")));
            QCOMPARE(QDateTime::fromString(s.start, Qt::ISODate).toUTC(), QDateTime::fromString(s.startUtc, Qt::ISODate).toUTC());
            QCOMPARE(s.capacity, 2);
        }

        // Without a model: the capacity of the whole studio and of each demo model.
        r = ctl(db,
                {QStringLiteral("slots"), QStringLiteral("--studio"), QStringLiteral("oslo"), QStringLiteral("--date"),
                 day.toString(Qt::ISODate)});
        QCOMPARE(r.code, 0);
        const QJsonObject first = r.json().value(QStringLiteral("slots")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("capacity")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("models")).toObject().value(QStringLiteral("aster-3")).toInt(), 1);

        // A closed day says why; a car held elsewhere cannot be driven here.
        QDate sunday = day;
        while (sunday.dayOfWeek() != 7)
            sunday = sunday.addDays(1);
        r = ctl(db,
                {QStringLiteral("slots"), QStringLiteral("--studio"), QStringLiteral("oslo"), QStringLiteral("--date"),
                 sunday.toString(Qt::ISODate), QStringLiteral("--model"), QStringLiteral("aster-5")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json().value(QStringLiteral("slots")).toArray().isEmpty());
        QVERIFY(r.json().value(QStringLiteral("why")).toString().contains(QLatin1String("closed")));

        // Usage and lookup errors.
        QCOMPARE(ctl(db, {QStringLiteral("slots"), QStringLiteral("--studio"), QStringLiteral("oslo")}).code, 64);
        QCOMPARE(ctl(db,
                     {QStringLiteral("slots"), QStringLiteral("--studio"), QStringLiteral("oslo"), QStringLiteral("--date"),
                      QStringLiteral("2027-13-01")})
                     .code,
                 64);
        QCOMPARE(ctl(db,
                     {QStringLiteral("slots"), QStringLiteral("--studio"), QStringLiteral("oslo"), QStringLiteral("--date"),
                      day.toString(Qt::ISODate), QStringLiteral("--model"), QStringLiteral("aster-5"),
                      QStringLiteral("--vehicle"), QStringLiteral("x")})
                     .code,
                 64);
        r = ctl(db,
                {QStringLiteral("slots"), QStringLiteral("--studio"), QStringLiteral("atlantis"), QStringLiteral("--date"),
                 day.toString(Qt::ISODate)});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no studio \"atlantis\""));
        r = ctl(db,
                {QStringLiteral("slots"), QStringLiteral("--vehicle"), QStringLiteral("no-such-car"), QStringLiteral("--date"),
                 day.toString(Qt::ISODate)});
        QCOMPARE(r.code, 1);
    }

    void bookEraseRoundTrip()
    {
        const QString db = freshDb(QStringLiteral("book"));
        const QList<Slot> free = freeSlots(db, QStringLiteral("oslo"), QStringLiteral("aster-3"), 3);
        QVERIFY(free.size() >= 3);
        const QString name = QStringLiteral("Marit Kvalheim");
        const QString email = QStringLiteral("marit.kvalheim@fjordpost.example");
        // The studio's local time, as on the screen, without an offset.
        const QString local = free.at(0).start.left(16);
        const QString ics = m_dir.filePath(QStringLiteral("drive.ics"));
        Result r = ctl(db,
                       bookArgs(QStringLiteral("oslo"), QStringLiteral("aster-3"), local, name, email)
                           << QStringLiteral("--key") << QStringLiteral("kiosk-form-1") << QStringLiteral("--ics") << ics);
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonObject booked = r.json();
        const QString id = booked.value(QStringLiteral("id")).toString();
        const QString code = booked.value(QStringLiteral("code")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(code.size(), 9);
        QCOMPARE(booked.value(QStringLiteral("state")).toString(), QStringLiteral("requested"));
        QCOMPARE(booked.value(QStringLiteral("start")).toString(), free.at(0).start);
        QCOMPARE(booked.value(QStringLiteral("existing")).toBool(), false);
        for (const QByteArray &stream : {r.out, r.err}) {
            QVERIFY(!stream.contains("Kvalheim"));
            QVERIFY(!stream.contains("marit.kvalheim"));
        }
        QFile calendar(ics);
        QVERIFY(calendar.open(QIODevice::ReadOnly));
        const QByteArray icsText = calendar.readAll();
        QVERIFY(icsText.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(icsText.contains("DTSTART;TZID=Europe/Oslo:"
                                 + free.at(0).start.left(19).remove(QLatin1Char('-')).remove(QLatin1Char(':')).toLatin1()));
        QVERIFY(icsText.contains(code.toLatin1()));
        QVERIFY(!icsText.contains("Kvalheim"));

        // The car is out for that slot.
        r = ctl(db,
                {QStringLiteral("slots"), QStringLiteral("--studio"), QStringLiteral("oslo"), QStringLiteral("--date"),
                 free.at(0).start.left(10), QStringLiteral("--model"), QStringLiteral("aster-3")});
        QCOMPARE(slotsOf(r.json()).first().capacity, 0);

        // The same form sent again: the same booking, nothing new written.
        r = ctl(db,
                bookArgs(QStringLiteral("oslo"), QStringLiteral("aster-3"), local, name, email)
                    << QStringLiteral("--key") << QStringLiteral("kiosk-form-1"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("code")).toString(), code);
        QCOMPARE(r.json().value(QStringLiteral("existing")).toBool(), true);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM booking")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), 1);

        // The same key on a different request (another time): refused with its own exit code,
        // never answered with the other booking, nothing written.
        r = ctl(db,
                bookArgs(QStringLiteral("oslo"), QStringLiteral("aster-3"), free.at(2).start.left(16), name, email)
                    << QStringLiteral("--key") << QStringLiteral("kiosk-form-1"));
        QCOMPARE(r.code, 5);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("key-reused"));
        QVERIFY(!r.out.contains(code.toLatin1()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM booking")), 1);
        // …and with another person on the same time.
        r = ctl(db,
                bookArgs(QStringLiteral("oslo"), QStringLiteral("aster-3"), local, QStringLiteral("Per Olsen"),
                         QStringLiteral("per@example.no"))
                    << QStringLiteral("--key") << QStringLiteral("kiosk-form-1"));
        QCOMPARE(r.code, 5);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM booking")), 1);

        // Someone else, same slot: taken (exit 4), in UTC this time.
        r = ctl(db,
                bookArgs(QStringLiteral("oslo"), QStringLiteral("aster-3"), free.at(0).startUtc, QStringLiteral("Per Olsen"),
                         QStringLiteral("per@example.no")));
        QCOMPARE(r.code, 4);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("slot-taken"));
        QVERIFY(r.err.contains("taken"));

        // Every field wrong: exit 65, each field's problem, nothing of the input repeated.
        QStringList bad{QStringLiteral("book"),    QStringLiteral("--studio"),  QStringLiteral("oslo"),
                        QStringLiteral("--model"), QStringLiteral("aster-3"),   QStringLiteral("--start"),
                        free.at(1).start.left(16), QStringLiteral("--name"),    QStringLiteral("Kvalheim2000"),
                        QStringLiteral("--phone"), QStringLiteral("0280884500")};
        r = ctl(db, bad);
        QCOMPARE(r.code, 65);
        QVERIFY(r.err.contains("vitrinectl: name: "));
        QVERIFY(r.err.contains("vitrinectl: phone: "));
        QVERIFY(r.err.contains("vitrinectl: privacy_consent: "));
        const QJsonObject fields = r.json().value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.keys(), QStringList({"name", "phone", "privacy_consent"}));
        QVERIFY(!r.err.contains("Kvalheim2000") && !r.out.contains("Kvalheim2000"));
        QVERIFY(!r.err.contains("0280884500") && !r.out.contains("0280884500"));
        r = ctl(db,
                bookArgs(QStringLiteral("oslo"), QStringLiteral("aster-3"), free.at(1).start.left(16), name,
                         QStringLiteral("marit@")));
        QCOMPARE(r.code, 65);
        QVERIFY(r.err.contains("vitrinectl: email: "));
        QVERIFY(!r.err.contains("marit@"));
        // Not a slot, and a time the clocks skip.
        r = ctl(db,
                bookArgs(QStringLiteral("oslo"), QStringLiteral("aster-3"), free.at(1).start.left(14) + QStringLiteral("07"),
                         name, email));
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("not-bookable"));
        r = ctl(db, bookArgs(QStringLiteral("oslo"), QStringLiteral("aster-3"), QStringLiteral("2027-03-28T02:30"), name, email));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("skip"));
        // Usage: both or neither channel.
        QCOMPARE(ctl(db,
                     bookArgs(QStringLiteral("oslo"), QStringLiteral("aster-3"), local, name, email)
                         << QStringLiteral("--phone") << QStringLiteral("40612345"))
                     .code,
                 64);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM booking")), 1);

        // Erase by code, typed loosely: the contact goes, the drive is cancelled, the car is free.
        QVERIFY(fileBytes(db).contains("Kvalheim"));
        r = ctl(db, {QStringLiteral("erase"), QStringLiteral("--booking"), code.toLower().remove(QLatin1Char('-'))});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("erased")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(r.json().value(QStringLiteral("file_clean")).toBool(), true);
        QVERIFY(!fileBytes(db).contains("Kvalheim"));
        QVERIFY(!fileBytes(db).contains("marit.kvalheim"));
        r = ctl(db,
                {QStringLiteral("slots"), QStringLiteral("--studio"), QStringLiteral("oslo"), QStringLiteral("--date"),
                 free.at(0).start.left(10), QStringLiteral("--model"), QStringLiteral("aster-3")});
        QCOMPARE(slotsOf(r.json()).first().capacity, 1);
        r = ctl(db, {QStringLiteral("erase"), QStringLiteral("--booking"), code});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("erased")).toInt(), 0);
        QCOMPARE(ctl(db, {QStringLiteral("erase"), QStringLiteral("--booking"), QStringLiteral("K7QD-9MWX")}).code, 1);
        QCOMPARE(ctl(db, {QStringLiteral("erase")}).code, 64);
    }

    void bookAStockCar()
    {
        const QString db = freshDb(QStringLiteral("stock"));
        // An Aster 7 in stock at Oslo, a model its demo fleet does not have.
        const QStringList cars = column(db,
                                        QStringLiteral("SELECT id FROM vehicle WHERE deleted = 0 AND location = 'oslo' "
                                                       "AND model = 'aster-7' ORDER BY id LIMIT 1"));
        QCOMPARE(cars.size(), 1);
        const QString car = cars.first();
        QVERIFY(freeSlots(db, QStringLiteral("oslo"), QStringLiteral("aster-7"), 1).isEmpty()); // no demo car
        QDate day = QDate::currentDate().addDays(14);
        QList<Slot> free;
        for (; free.isEmpty(); day = day.addDays(1)) {
            const Result r = ctl(
                db,
                {QStringLiteral("slots"), QStringLiteral("--vehicle"), car, QStringLiteral("--date"), day.toString(Qt::ISODate)});
            QCOMPARE(r.code, 0);
            QCOMPARE(r.json().value(QStringLiteral("studio")).toString(), QStringLiteral("oslo")); // where the car is
            QCOMPARE(r.json().value(QStringLiteral("vehicle")).toString(), car);
            free = slotsOf(r.json());
        }
        QCOMPARE(free.first().capacity, 1);
        QStringList args{QStringLiteral("book"),
                         QStringLiteral("--vehicle"),
                         car,
                         QStringLiteral("--start"),
                         free.first().start,
                         QStringLiteral("--name"),
                         QStringLiteral("Liv Aasen"),
                         QStringLiteral("--phone"),
                         QStringLiteral("+47 913 45 678"),
                         QStringLiteral("--privacy-consent"),
                         QStringLiteral("--marketing-consent")};
        Result r = ctl(db, args);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("vehicle")).toString(), car);
        QCOMPARE(r.json().value(QStringLiteral("model")).toString(), QStringLiteral("aster-7"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM booking WHERE car = ?"), {QStringLiteral("vehicle/") + car}), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT marketing_consent FROM booking_contact")), 1);
        QCOMPARE(column(db, QStringLiteral("SELECT value FROM booking_contact")), QStringList{QStringLiteral("+4791345678")});
        r = ctl(db, args);
        QCOMPARE(r.code, 4); // the car itself is out
        // Booked at a studio where the car is not: refused.
        args[2] = car;
        args << QStringLiteral("--studio") << QStringLiteral("milan");
        r = ctl(db, args);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("another studio"));
    }

    void purgeCounts()
    {
        const QString db = freshDb(QStringLiteral("purge"));
        const QList<Slot> free = freeSlots(db, QStringLiteral("oslo"), QStringLiteral("aster-5"), 3);
        QVERIFY(free.size() >= 3);
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            const Result r = ctl(db,
                                 bookArgs(QStringLiteral("oslo"), QStringLiteral("aster-5"), free.at(i).startUtc,
                                          QStringLiteral("Tormod Skjelbred"), QStringLiteral("tormod%1@example.no").arg(i)));
            QVERIFY2(r.code == 0, r.err.constData());
            ids << r.json().value(QStringLiteral("id")).toString();
        }
        Result r = ctl(db, {QStringLiteral("purge")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("purged")).toInt(), 0);
        QCOMPARE(r.json().value(QStringLiteral("retention_days")).toInt(), 30);

        // As if time had passed: one contact's purge date has come, one drive ended ten days ago.
        const bool updated = withDb(db, [&](QSqlDatabase &conn) {
            QSqlQuery q(conn);
            q.prepare(QStringLiteral("UPDATE booking_contact SET purge_after = '2001-01-01T00:00:00Z' WHERE booking = ?"));
            q.addBindValue(ids.at(0));
            if (!q.exec() || q.numRowsAffected() != 1)
                return false;
            const QDateTime ended = QDateTime::currentDateTimeUtc().addDays(-10);
            q.prepare(QStringLiteral("UPDATE booking SET slot_start = ?, slot_end = ?, busy_until = ? WHERE id = ?"));
            for (const QVariant &v : QVariantList{ended.addSecs(-3600).toString(Qt::ISODate), ended.toString(Qt::ISODate),
                                                  ended.toString(Qt::ISODate), ids.at(1)})
                q.addBindValue(v);
            return q.exec() && q.numRowsAffected() == 1;
        });
        QVERIFY(updated);
        r = ctl(db, {QStringLiteral("purge")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("purged")).toInt(), 1);
        r = ctl(db, {QStringLiteral("purge"), QStringLiteral("--days"), QStringLiteral("30")});
        QCOMPARE(r.json().value(QStringLiteral("purged")).toInt(), 0);
        r = ctl(db, {QStringLiteral("purge"), QStringLiteral("--days"), QStringLiteral("5")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("purged")).toInt(), 1);
        QCOMPARE(r.json().value(QStringLiteral("retention_days")).toInt(), 5);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM booking_contact")), 1);
        QVERIFY(!fileBytes(db).contains("tormod0@"));
        QVERIFY(!fileBytes(db).contains("tormod1@"));
        QVERIFY(fileBytes(db).contains("tormod2@"));
        QCOMPARE(ctl(db, {QStringLiteral("purge"), QStringLiteral("--days"), QStringLiteral("-1")}).code, 64);
        QCOMPARE(ctl(db, {QStringLiteral("purge"), QStringLiteral("--days")}).code, 64);
    }

    void processesRaceForTheLastSlot()
    {
        // Rounds of vitrinectl processes released at the same instant (they wait on a lock the
        // test holds) booking the same slot. Even rounds: the only Aster 3. Odd rounds: one of two
        // experts is already out, and four visitors want four different cars — one expert left.
        const QString db = freshDb(QStringLiteral("race"));
        const int rounds = 24;
        const QList<Slot> slotList = freeSlots(db, QStringLiteral("oslo"), QStringLiteral("aster-3"), rounds).mid(0, rounds);
        QCOMPARE(slotList.size(), rounds);
        const QString lockPath = m_dir.filePath(QStringLiteral("race.lock"));
        const QString flock = QStandardPaths::findExecutable(QStringLiteral("flock"));
        if (flock.isEmpty())
            qInfo("flock(1) not found: processes start back to back instead of at one instant");

        int winners = 0, taken = 0;
        for (int round = 0; round < rounds; ++round) {
            const Slot &slot = slotList.at(round);
            QStringList models;
            if (round % 2 == 0) {
                models = {QStringLiteral("aster-3"), QStringLiteral("aster-3"), QStringLiteral("aster-3")};
            } else {
                const Result pre = ctl(db,
                                       bookArgs(QStringLiteral("oslo"), QStringLiteral("aster-5"), slot.startUtc,
                                                QStringLiteral("Ola Nordmann"), QStringLiteral("ola@example.no")));
                QVERIFY2(pre.code == 0, pre.err.constData());
                models = {QStringLiteral("aster-5"), QStringLiteral("aster-3"), QStringLiteral("vega-e"),
                          QStringLiteral("nord-e")};
            }

            const int lock = ::open(QFile::encodeName(lockPath).constData(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
            QVERIFY(lock >= 0);
            QVERIFY(::flock(lock, LOCK_EX) == 0);
            std::vector<std::unique_ptr<QProcess>> racers;
            for (int i = 0; i < models.size(); ++i) {
                QStringList args = QStringList{QStringLiteral("--db"), db}
                    + bookArgs(QStringLiteral("oslo"), models.at(i), slot.start.left(16), QStringLiteral("Kari Racer"),
                               QStringLiteral("kari%1.%2@example.no").arg(round).arg(i));
                auto p = std::make_unique<QProcess>();
                if (flock.isEmpty()) {
                    p->start(QStringLiteral(VITRINECTL_BIN), args);
                } else {
                    p->start(flock, QStringList{QStringLiteral("-s"), lockPath, QStringLiteral(VITRINECTL_BIN)} + args);
                }
                QVERIFY(p->waitForStarted());
                racers.push_back(std::move(p));
            }
            QThread::msleep(40); // every racer is now waiting for the lock
            if (!flock.isEmpty()) {
                for (const auto &p : racers)
                    QCOMPARE(p->state(), QProcess::Running);
            }
            QVERIFY(::flock(lock, LOCK_UN) == 0);
            ::close(lock);

            int won = 0;
            for (const auto &p : racers) {
                QVERIFY(p->waitForFinished(30000));
                const int code = p->exitCode();
                QVERIFY2(code == 0 || code == 4, p->readAllStandardError().constData());
                won += code == 0;
                taken += code == 4;
            }
            QCOMPARE(won, 1);
            winners += won;

            // In the database: the slot holds exactly as many drives as it had room for.
            const qint64 held = scalar(
                db, QStringLiteral("SELECT count(*) FROM booking WHERE slot_start = ? AND state != 'cancelled'"),
                {slot.startUtc});
            QCOMPARE(held, round % 2 == 0 ? 1 : 2);
        }
        QCOMPARE(winners, rounds);
        QCOMPARE(taken, rounds / 2 * 2 + rounds / 2 * 3);
        // One booking per slot and unit: no expert or car is held twice at any step, every booking
        // has its outbox row.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM booking")), rounds + rounds / 2);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM (SELECT staff, slot_start FROM booking GROUP BY staff, slot_start "
                                       "HAVING count(*) > 1)")),
                 0);
        QCOMPARE(
            scalar(
                db,
                QStringLiteral(
                    "SELECT count(*) FROM (SELECT car, slot_start FROM booking GROUP BY car, slot_start HAVING count(*) > 1)")),
            0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'booking'")), rounds + rounds / 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM booking_slot")), (rounds + rounds / 2) * 2 * 15);
        QCOMPARE(column(db, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    }

    void killedMidBurst()
    {
        // bookingburst prints each code only once create() has returned. Killed at random moments —
        // before opening the database, between bookings, inside a transaction — every printed
        // booking must be there exactly once, whole, with its outbox row.
        const QString db = freshDb(QStringLiteral("crash"));
        const QString firstDay = QDate::currentDate().addDays(10).toString(Qt::ISODate);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill timing seed %u", seed);
        QRandomGenerator rng(seed);
        QStringList printed;
        int kills = 0, completed = 0;
        QElapsedTimer clock;
        clock.start();
        const auto burst = [&](int count, int killAfterMs) {
            QProcess p;
            p.start(QStringLiteral(BOOKINGBURST_BIN),
                    {db, QStringLiteral("shanghai"), QStringLiteral("aster-5"), QString::number(count), firstDay});
            if (!p.waitForStarted())
                return false;
            bool killed = false;
            if (killAfterMs >= 0 && !p.waitForFinished(killAfterMs) && p.state() != QProcess::NotRunning) {
                p.kill(); // SIGKILL
                killed = true;
            }
            p.waitForFinished(60000);
            if (killed) {
                ++kills;
            } else {
                if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
                    qWarning("bookingburst failed: %s", p.readAllStandardError().constData());
                else
                    ++completed;
            }
            // Only whole lines: a line cut by the kill was not reported.
            const QByteArray out = p.readAllStandardOutput();
            const QList<QByteArray> lines = out.split('\n');
            for (qsizetype i = 0; i + 1 < lines.size(); ++i)
                printed << QString::fromLatin1(lines.at(i));
            return true;
        };
        // The kill moments span one whole burst as this machine runs it (a sanitizer build or a
        // busy CI runner is several times slower than a release build on an idle one): from
        // before the database is open to after the last booking.
        QElapsedTimer one;
        one.start();
        QVERIFY(burst(20, -1));
        const int wholeBurstMs = int(std::max<qint64>(one.elapsed(), 40));
        const qsizetype calibration = printed.size();
        QCOMPARE(calibration, qsizetype(20));
        const qint64 allowedMs = std::max<qint64>(80000, qint64(wholeBurstMs) * 200);
        while (kills < 200 && clock.elapsed() < allowedMs)
            QVERIFY(burst(20, int(rng.bounded(wholeBurstMs / 10, wholeBurstMs))));
        const qsizetype printedWhenKilled = printed.size() - calibration;
        qInfo("whole burst %d ms; %d kills, %d bursts completed, %lld codes printed, %lld s", wholeBurstMs, kills, completed,
              qlonglong(printedWhenKilled), qlonglong(clock.elapsed() / 1000));
        QVERIFY2(kills >= 200, qPrintable(QStringLiteral("only %1 kills in the time allowed").arg(kills)));
        QVERIFY(printedWhenKilled > 50); // the kills did not all land before the first booking

        // Restarted, it books on as before.
        const qsizetype before = printed.size();
        QVERIFY(burst(3, -1));
        QCOMPARE(printed.size(), before + 3);

        QCOMPARE(QSet<QString>(printed.cbegin(), printed.cend()).size(), printed.size());
        QCOMPARE(column(db, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        QCOMPARE(column(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
        const QString missing = withDb(db, [&](QSqlDatabase &conn) {
            QStringList problems;
            QSqlQuery q(conn);
            q.prepare(QStringLiteral("SELECT count(*), "
                                     " (SELECT count(*) FROM outbox o WHERE o.idempotency_key = 'booking:' || b.id || ':1'), "
                                     " (SELECT count(*) FROM booking_contact c WHERE c.booking = b.id), "
                                     " (SELECT count(*) FROM booking_slot s WHERE s.booking = b.id) "
                                     "FROM booking b WHERE b.code = ?"));
            for (const QString &code : std::as_const(printed)) {
                q.addBindValue(code);
                if (!q.exec() || !q.next()) {
                    problems << code + QStringLiteral(": ") + q.lastError().text();
                    continue;
                }
                // Shanghai: 45 minutes + 10 of buffer = 11 steps, for an expert and a car.
                if (q.value(0).toInt() != 1 || q.value(1).toInt() != 1 || q.value(2).toInt() != 1 || q.value(3).toInt() != 22)
                    problems << QStringLiteral("%1: %2 bookings, %3 outbox rows, %4 contacts, %5 slot rows")
                                    .arg(code, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         q.value(3).toString());
            }
            return problems.join(QLatin1Char('\n'));
        });
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        // Nothing half-written either, printed or not: every booking whole, with exactly one outbox row.
        const qint64 bookings = scalar(db, QStringLiteral("SELECT count(*) FROM booking"));
        QVERIFY(bookings >= printed.size());
        QVERIFY(bookings <= printed.size() + kills); // at most one unreported commit per kill
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'booking'")), bookings);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM booking_contact")), bookings);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM booking_slot")), bookings * 22);
        QCOMPARE(scalar(db,
                        QStringLiteral(
                            "SELECT count(*) FROM (SELECT slot_start FROM booking GROUP BY slot_start HAVING count(*) > 3)")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestBookingCtl)
#include "tst_bookingctl.moc"
