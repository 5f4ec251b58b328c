// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real database for booking tests: the demo feed imported once into a template file, copied
// for every test function, opened through Database::open like the app does. No mocks.

#include "booking/bookingstore.h"
#include "catalog/catalog.h"
#include "catalog/catalogrows.h"
#include "feed/feedimporter.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

class BookingFixture
{
public:
    /// Imports the demo feed into the template database. Call from initTestCase().
    bool prepare()
    {
        if (!m_dir.isValid())
            return false;
        const QString path = m_dir.filePath(QStringLiteral("template.sqlite"));
        {
            if (!Database::open(path, QStringLiteral("template")).ok())
                return false;
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("template"));
            const FeedImporter::Report report = FeedImporter(db).importFile(
                QStringLiteral(VITRINE_SOURCE_DIR "/data/demo-feed.json"));
            if (!report.applied)
                return false;
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        Database::close(QStringLiteral("template"));
        return QFile::exists(path);
    }

    /// A fresh copy of the template, opened as `connection`, with its catalog read back.
    bool open(const QString &connection)
    {
        close();
        m_connection = connection;
        m_path = m_dir.filePath(connection + QStringLiteral(".sqlite"));
        QFile::remove(m_path);
        if (!QFile::copy(m_dir.filePath(QStringLiteral("template.sqlite")), m_path))
            return false;
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
        if (!Database::open(m_path, connection).ok())
            return false;
        QString error;
        const auto catalog = CatalogRows(db()).catalog(&error);
        if (!catalog)
            return false;
        m_catalog = *catalog;
        return true;
    }

    /// Another screen's database: a second fresh copy of the template, as `connection`.
    QSqlDatabase openOther(const QString &connection)
    {
        const QString path = m_dir.filePath(connection + QStringLiteral(".sqlite"));
        QFile::remove(path);
        if (!QFile::copy(m_dir.filePath(QStringLiteral("template.sqlite")), path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (!Database::open(path, connection).ok())
            return {};
        m_others.append(connection);
        return QSqlDatabase::database(connection);
    }

    void close()
    {
        if (!m_connection.isEmpty())
            Database::close(m_connection);
        m_connection.clear();
        for (const QString &c : std::as_const(m_others))
            Database::close(c);
        m_others.clear();
    }

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    QString path() const { return m_path; }
    QString dirPath(const QString &name) const { return m_dir.filePath(name); }
    const Catalog &catalog() const { return m_catalog; }
    const Studio &studio(const QString &id) const
    {
        const Studio *s = m_catalog.studio(id);
        if (!s)
            qFatal("no studio %s in the demo feed", qPrintable(id));
        return *s;
    }

    /// The test's clock: whatever `now` is set to.
    Clock clock() const
    {
        auto now = m_now;
        return [now] { return *now; };
    }
    void setNow(const QDateTime &t) { *m_now = t.toUTC(); }
    QDateTime now() const { return *m_now; }

    qint64 scalar(const QString &sql, const QVariantList &bind = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : bind)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    /// A wall-clock time in a studio's zone as the instant it names (the first, when repeated).
    static QDateTime local(const Studio &studio, QDate date, QTime time)
    {
        const auto at = SlotPlanner::instantsOf(date, time, SlotPlanner::zoneOf(studio));
        return at.isEmpty() ? QDateTime() : at.first();
    }

    static QDateTime utc(const char *iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC(); }

    static ContactInput contact(const QString &name = QStringLiteral("Ingrid Solberg"),
                                const QString &phone = QStringLiteral("406 12 345"))
    {
        ContactInput c;
        c.name = name;
        c.channel = ContactChannel::Phone;
        c.value = phone;
        c.privacyAccepted = true;
        return c;
    }

private:
    QTemporaryDir m_dir;
    QString m_connection;
    QStringList m_others;
    QString m_path;
    Catalog m_catalog;
    std::shared_ptr<QDateTime> m_now = std::make_shared<QDateTime>(QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
};
