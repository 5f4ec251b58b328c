// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

/// Database's PostgreSQL side: a hub that shares a server with the chain's other hub processes.
/// The schema is the SQLite schema's, written for PostgreSQL (storage/migrations-pg); the same
/// statements run on both.
namespace DatabaseServer {

/// The advisory lock every writing transaction takes (Database::beginWrite).
constexpr qint64 kWriteLock = 0x56697472'696e6557LL;

/// Connects to the server `url` names, as `connection`; nullopt with the reason for a person.
std::optional<QSqlDatabase> connect(const QString &url, const QString &connection, QString *error);

/// Connects, checks the database (its collation) and brings its schema up to date, under a lock
/// the server holds so that hub processes starting together migrate it once.
Database::OpenResult open(const QString &url, const QString &connection);

/// The newest schema version this build can write on a server.
int latestVersion();

/// Whether `error` came from PostgreSQL (a five-character SQLSTATE; SQLite's codes are numbers
/// below 10000), and if so what it means for a person; empty otherwise.
bool isServerError(const QSqlError &error);
QString plainReason(const QSqlError &error);
bool isConstraint(const QSqlError &error);

} // namespace DatabaseServer
