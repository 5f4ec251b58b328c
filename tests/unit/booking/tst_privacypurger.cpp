// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingfixture.h"

#include "booking/bookingcode.h"
#include "booking/privacypurger.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

namespace {

// Everything Qt logs while a test runs, whatever the category or level.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QStringLiteral("%1: %2").arg(QLatin1String(context.category ? context.category : ""), message));
    }
    if (g_previousHandler && type >= QtWarningMsg)
        g_previousHandler(type, context, message);
}

} // namespace

/// Personal data is kept only as long as it is needed and then really goes: after the retention
/// period, or at once by booking code. Checked where it would survive — in the raw bytes of the
/// database file and of its write-ahead log — and in everything logged on the way.
class TestPrivacyPurger : public QObject
{
    Q_OBJECT

    BookingFixture m_fx;
    int m_serial = 0;

    struct Person {
        QString name;
        ContactChannel channel;
        QString typed;  ///< as entered on the form
        QString stored; ///< as kept: E.164 or the address
    };

    const Studio &oslo() const { return m_fx.studio(QStringLiteral("oslo")); }

    static BookingStore::Request request(const Person &p, const QDateTime &start,
                                         const QString &model = QStringLiteral("aster-5"))
    {
        BookingStore::Request r;
        r.target = DriveTarget::fleet(model);
        r.start = start;
        r.contact.name = p.name;
        r.contact.channel = p.channel;
        r.contact.value = p.typed;
        r.contact.privacyAccepted = true;
        r.contact.marketingAccepted = true;
        return r;
    }

    /// The needles to look for in the files: the name (and each part of it), the number or address
    /// as stored, and the number's digits alone or the address's local part.
    static QList<QByteArray> traces(const Person &p)
    {
        QList<QByteArray> out{p.name.toUtf8(), p.stored.toUtf8()};
        for (const QString &part : p.name.split(QLatin1Char(' ')))
            out.append(part.toUtf8());
        if (p.channel == ContactChannel::Phone)
            out.append(p.stored.mid(1).toUtf8());
        else
            out.append(p.stored.section(QLatin1Char('@'), 0, 0).toUtf8());
        return out;
    }

    /// In the log, also what was typed.
    static QList<QByteArray> logTraces(const Person &p) { return traces(p) << p.typed.toUtf8(); }

    QByteArray fileBytes() const
    {
        QByteArray all;
        for (const QString &path :
             {m_fx.path(), m_fx.path() + QStringLiteral("-wal"), m_fx.path() + QStringLiteral("-journal")}) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    /// Which traces of `p` are in the database files (empty: none).
    QStringList foundOnDisk(const Person &p) const
    {
        const QByteArray bytes = fileBytes();
        QStringList found;
        for (const QByteArray &needle : traces(p)) {
            if (bytes.contains(needle))
                found << QString::fromUtf8(needle);
        }
        return found;
    }

    bool checkpoint() const
    {
        QSqlQuery q(m_fx.db());
        return q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() && q.value(0).toInt() == 0;
    }

    static Person person(const QString &name, const QString &phone)
    {
        const auto e164 = ContactValidator(QStringLiteral("NO")).phone(phone, nullptr);
        return {name, ContactChannel::Phone, phone, e164.value_or(QString())};
    }

    static Person emailPerson(const QString &name, const QString &email) { return {name, ContactChannel::Email, email, email}; }

private slots:
    void initTestCase() { QVERIFY(m_fx.prepare()); }

    void init()
    {
        m_fx.setNow(BookingFixture::utc("2026-05-20T09:00:00Z"));
        QVERIFY(m_fx.open(QStringLiteral("purge%1").arg(++m_serial)));
    }

    void cleanup() { m_fx.close(); }

    void retentionSetting()
    {
        PrivacyPurger purger(m_fx.db(), m_fx.clock());
        QCOMPARE(PrivacyPurger::retentionDays(m_fx.db()), 30);
        QString error;
        QVERIFY(!purger.setRetentionDays(-1, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!purger.setRetentionDays(3651, &error));
        QVERIFY(purger.setRetentionDays(7, &error));
        QCOMPARE(PrivacyPurger::retentionDays(m_fx.db()), 7);
        QVERIFY(purger.setRetentionDays(0, &error));
        QCOMPARE(PrivacyPurger::retentionDays(m_fx.db()), 0);
        QVERIFY(QSqlQuery(m_fx.db()).exec(
            QStringLiteral("UPDATE setting SET value = 'forever' WHERE key = 'studio.retention_days'")));
        QCOMPARE(PrivacyPurger::retentionDays(m_fx.db()), 30);
        QVERIFY(!purger.purge(-3, &error));
        QVERIFY(!purger.purge(4000, &error));
    }

    void purgeAfterRetentionLeavesNoTrace()
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        const Person early = person(QStringLiteral("Solveig Brekkestad"), QStringLiteral("412 87 653"));
        const Person late = emailPerson(QStringLiteral("Åsmund Østbø"), QStringLiteral("asmund.ostbo@kvernmoen.example"));
        QCOMPARE(early.stored, QStringLiteral("+4741287653"));
        BookingStore::Error error;
        const auto a = store.create(oslo(), request(early, BookingFixture::local(oslo(), QDate(2026, 6, 1), QTime(10, 0))),
                                    &error);
        QVERIFY2(a, qPrintable(error.message));
        const auto b = store.create(oslo(), request(late, BookingFixture::local(oslo(), QDate(2026, 6, 22), QTime(10, 0))),
                                    &error);
        QVERIFY2(b, qPrintable(error.message));
        // Changes rewrite the contact's row: older copies must not survive either.
        QVERIFY(store.confirm(a->booking.id, &error));
        QVERIFY(store.reschedule(oslo(), a->booking.id, BookingFixture::local(oslo(), QDate(2026, 6, 1), QTime(12, 30)), &error));
        // The search finds what is there (a control for the checks below).
        QCOMPARE(foundOnDisk(early).size(), traces(early).size());
        QVERIFY(!foundOnDisk(late).isEmpty());

        // Not yet: 30 days after 1 June is 1 July.
        m_fx.setNow(BookingFixture::utc("2026-06-30T12:00:00Z"));
        PrivacyPurger purger(m_fx.db(), m_fx.clock());
        QString problem;
        auto report = purger.purge(&problem);
        QVERIFY2(report, qPrintable(problem));
        QCOMPARE(report->removed, 0);

        m_fx.setNow(BookingFixture::utc("2026-07-02T12:00:00Z"));
        report = purger.purge(&problem);
        QVERIFY2(report, qPrintable(problem));
        QCOMPARE(report->removed, 1);
        QVERIFY(report->fileClean);
        QVERIFY(!store.find(a->booking.id, true)->contact);
        QVERIFY(store.find(b->booking.id, true)->contact);
        // The booking itself stays (the funnel counts drives), without anyone's name.
        QCOMPARE(store.find(a->booking.id)->state, BookingState::Confirmed);

        QVERIFY(checkpoint());
        QCOMPARE(QFileInfo(m_fx.path() + QStringLiteral("-wal")).size(), 0);
        QCOMPARE(foundOnDisk(early), QStringList());
        QVERIFY(!foundOnDisk(late).isEmpty()); // still within its time

        // A shorter setting takes effect on contacts already stored.
        QVERIFY(purger.setRetentionDays(7));
        m_fx.setNow(BookingFixture::utc("2026-06-30T12:00:00Z"));
        report = purger.purge(&problem);
        QCOMPARE(report->removed, 1);
        QVERIFY(checkpoint());
        QCOMPARE(foundOnDisk(late), QStringList());
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM booking_contact")), 0);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM booking")), 2);
    }

    void manyContactsAcrossPages()
    {
        // Enough visitors to fill several pages of the contact table, so that page splits and
        // rebalancing have moved rows around before they are deleted.
        BookingStore store(m_fx.db(), m_fx.clock());
        QList<Person> people;
        BookingStore::Error error;
        const QList<QDate> days{QDate(2026, 6, 1), QDate(2026, 6, 2), QDate(2026, 6, 3), QDate(2026, 6, 4), QDate(2026, 6, 5)};
        for (const QDate &day : days) {
            for (const auto &slot : store.daySlots(oslo(), day, DriveTarget::fleet(QStringLiteral("aster-5")))) {
                for (int unit = 0; unit < slot.capacity; ++unit) {
                    const int n = int(people.size());
                    // Letters g–z only, so that no part of a name can turn up in a hexadecimal id.
                    QString name = QStringLiteral("Besøkende Kvx");
                    for (int k = n + 20 * 20 * 20; k > 0; k /= 20)
                        name += QChar(u'g' + k % 20);
                    const Person p = n % 2
                        ? emailPerson(name, QStringLiteral("gjest.%1.%2@besok.example").arg(n).arg(name.mid(10).toLower()))
                        : person(name,
                                 QStringLiteral("+47 9%1 %2")
                                     .arg(137 + n * 7, 3, 10, QLatin1Char('0'))
                                     .arg(9371 - n * 13, 4, 10, QLatin1Char('0')));
                    QVERIFY2(!p.stored.isEmpty(), qPrintable(p.typed));
                    const auto made = store.create(oslo(), request(p, slot.start), &error);
                    QVERIFY2(made, qPrintable(error.message));
                    if (n % 3 == 0)
                        QVERIFY(store.confirm(made->booking.id, &error));
                    people.append(p);
                }
            }
        }
        QVERIFY(people.size() >= 70);
        QCOMPARE(foundOnDisk(people.first()).size(), traces(people.first()).size());
        QCOMPARE(foundOnDisk(people.last()).size(), traces(people.last()).size());
        m_fx.setNow(BookingFixture::utc("2026-07-06T12:00:00Z"));
        const auto report = PrivacyPurger(m_fx.db(), m_fx.clock()).purge();
        QVERIFY(report);
        QCOMPARE(report->removed, int(people.size()));
        QVERIFY(report->fileClean);
        QVERIFY(checkpoint());
        for (const Person &p : people) {
            const QStringList found = foundOnDisk(p);
            QVERIFY2(found.isEmpty(), qPrintable(p.name + QStringLiteral(": ") + found.join(QStringLiteral(", "))));
        }
    }

    void eraseByCodeLeavesNoTrace()
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        const Person visitor = emailPerson(QStringLiteral("Henrikke Lysebotn"),
                                           QStringLiteral("henrikke.lysebotn@fjordpost.example"));
        const Person other = person(QStringLiteral("Gunnvor Skarsvåg"), QStringLiteral("+47 934 56 781"));
        QVERIFY(!other.stored.isEmpty());
        BookingStore::Error error;
        const QDateTime start = BookingFixture::local(oslo(), QDate(2026, 6, 3), QTime(13, 45));
        const auto made = store.create(oslo(), request(visitor, start, QStringLiteral("aster-3")), &error);
        QVERIFY(made);
        QVERIFY(store.create(oslo(), request(other, start), &error));
        QVERIFY(store.confirm(made->booking.id, &error));
        QVERIFY(!foundOnDisk(visitor).isEmpty());

        PrivacyPurger purger(m_fx.db(), m_fx.clock());
        QString problem;
        QVERIFY(!purger.erase(QStringLiteral("nonsense"), &problem));
        QVERIFY(!problem.isEmpty());
        QString unknown = BookingCode::generate();
        QVERIFY(!purger.erase(unknown, &problem) || unknown == made->booking.code);

        // Read out loud from the confirmation, in lower case with a space.
        const QString typed = made->booking.code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        auto report = purger.erase(typed, &problem);
        QVERIFY2(report, qPrintable(problem));
        QCOMPARE(report->removed, 1);
        QVERIFY(report->fileClean);
        // The drive was still to come: nobody could be reached about it, so it is cancelled and
        // its car freed; other screens are told, with no personal data.
        const auto after = store.find(made->booking.id, true);
        QCOMPARE(after->state, BookingState::Cancelled);
        QVERIFY(!after->contact);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM booking_slot WHERE booking = ?"), {made->booking.id}), 0);
        QSqlQuery q(m_fx.db());
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM outbox WHERE idempotency_key = 'erase:%1'").arg(made->booking.id)));
        QVERIFY(q.next());
        QCOMPARE(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("booking-erase"));
        q.finish();
        // What the sync would send for the first revision no longer carries the contact.
        QVERIFY(
            q.exec(QStringLiteral("SELECT payload FROM outbox WHERE idempotency_key = 'booking:%1:1'").arg(made->booking.id)));
        QVERIFY(q.next());
        const QJsonObject stored = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        q.finish();
        QVERIFY(!store.outgoing(stored).contains(QStringLiteral("contact")));

        QVERIFY(checkpoint());
        QCOMPARE(foundOnDisk(visitor), QStringList());
        QCOMPARE(foundOnDisk(other).size(), traces(other).size()); // the other visitor is untouched

        // Erasing twice is fine; the outbox is told once.
        report = purger.erase(made->booking.code, &problem);
        QVERIFY2(report, qPrintable(problem));
        QCOMPARE(report->removed, 0);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'booking-erase'")), 1);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM booking_erased")), 1);
    }

    void erasingAPastDriveKeepsItsState()
    {
        BookingStore store(m_fx.db(), m_fx.clock());
        const Person visitor = person(QStringLiteral("Eirik Haugland"), QStringLiteral("913 45 678"));
        BookingStore::Error error;
        const auto made = store.create(oslo(), request(visitor, BookingFixture::local(oslo(), QDate(2026, 6, 1), QTime(10, 0))),
                                       &error);
        QVERIFY(made);
        QVERIFY(store.checkIn(made->booking.id, &error));
        QVERIFY(store.complete(made->booking.id, &error));
        m_fx.setNow(BookingFixture::utc("2026-06-02T09:00:00Z"));
        const auto report = PrivacyPurger(m_fx.db(), m_fx.clock()).erase(made->booking.code);
        QVERIFY(report);
        QCOMPARE(report->removed, 1);
        QCOMPARE(store.find(made->booking.id)->state, BookingState::Completed);
        QVERIFY(checkpoint());
        QCOMPARE(foundOnDisk(visitor), QStringList());
    }

    void nothingPersonalIsLogged()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("vitrine.*=true"));
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        g_previousHandler = qInstallMessageHandler(captureMessage);
        const auto restore = qScopeGuard([] {
            qInstallMessageHandler(g_previousHandler);
            QLoggingCategory::setFilterRules(QString());
        });

        const Person visitor = person(QStringLiteral("Ragnhild Tveitane"), QStringLiteral("482 19 736"));
        const Person second = emailPerson(QStringLiteral("Sigbjørn Hovdenak"),
                                          QStringLiteral("sigbjorn.hovdenak@lofotpost.example"));
        QVERIFY(!visitor.stored.isEmpty());
        BookingStore store(m_fx.db(), m_fx.clock());
        BookingStore::Error error;
        const QDateTime start = BookingFixture::local(oslo(), QDate(2026, 6, 4), QTime(10, 0));

        // Every path a visitor's data takes: booking, retry, refusal, changes, another screen's
        // copy, the purge and an erasure.
        BookingStore::Request r = request(visitor, start, QStringLiteral("aster-3"));
        r.idempotencyKey = QStringLiteral("log-check");
        const auto made = store.create(oslo(), r, &error);
        QVERIFY(made);
        QVERIFY(store.create(oslo(), r, &error)->existing);
        QVERIFY(!store.create(oslo(), request(second, start, QStringLiteral("aster-3")), &error));
        QCOMPARE(error.kind, BookingStore::Error::Kind::SlotTaken);
        BookingStore::Request bad = request(second, start);
        bad.contact.value = QStringLiteral("sigbjorn.hovdenak@lofotpost");
        bad.contact.name = QStringLiteral("Sigbjørn Hovdenak 2");
        QVERIFY(!store.create(oslo(), bad, &error));
        QVERIFY(store.confirm(made->booking.id, &error));
        QVERIFY(
            store.reschedule(oslo(), made->booking.id, BookingFixture::local(oslo(), QDate(2026, 6, 4), QTime(11, 15)), &error));
        const auto other = store.create(oslo(), request(second, start), &error);
        QVERIFY(other);

        QSqlDatabase screenB = m_fx.openOther(QStringLiteral("logB%1").arg(m_serial));
        BookingStore b(screenB, m_fx.clock());
        QSqlQuery q(m_fx.db());
        QVERIFY(q.exec(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'booking' ORDER BY id")));
        int received = 0;
        while (q.next()) {
            const QJsonObject payload = store.outgoing(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
            received += b.receive(payload, m_fx.catalog(), &error).has_value();
        }
        q.finish();
        QVERIFY(received >= 3);
        QVERIFY(store.cancelByCode(other->booking.code, &error));
        QVERIFY(PrivacyPurger(m_fx.db(), m_fx.clock()).erase(made->booking.code));
        m_fx.setNow(BookingFixture::utc("2026-08-01T12:00:00Z"));
        QVERIFY(PrivacyPurger(m_fx.db(), m_fx.clock()).purge());
        QVERIFY(PrivacyPurger(screenB, m_fx.clock()).purge());

        qInstallMessageHandler(g_previousHandler);
        QStringList log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        // Something was logged — booking ids and codes are fine to log — …
        QVERIFY(log.size() >= 8);
        QVERIFY(log.join(QLatin1Char('\n')).contains(made->booking.code));
        // … but never a name, a number or an address.
        for (const QString &line : log) {
            for (const Person &p : {visitor, second}) {
                for (const QByteArray &needle : logTraces(p))
                    QVERIFY2(!line.toUtf8().contains(needle), qPrintable(line));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPrivacyPurger)
#include "tst_privacypurger.moc"
