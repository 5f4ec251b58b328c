// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

/// Records what a visitor asks of the staff — "hold this car", "ask an expert" — with the car
/// or build they were looking at and nothing about the person, together with its outbox row.
class VisitorRequests
{
public:
    enum class Kind { Hold, Expert };

    explicit VisitorRequests(QSqlDatabase db);

    /// This device's id, created once (a UUID) so rows it makes never collide with another's.
    std::optional<QString> deviceId(QString *error = nullptr);

    /// Work of a layer above that belongs to the request (an anonymous event of the visit),
    /// written inside its transaction.
    using Alongside = std::function<bool(QSqlDatabase &db)>;

    /// Stores the request and its outbox row (and `alongside`) in one transaction; returns the
    /// request's id. `tradeIn` is the visitor's car in part-exchange when they valued one.
    std::optional<QString> create(Kind kind, const QString &studio, const QString &vehicle, const QString &buildCode,
                                  QString *error = nullptr, const Alongside &alongside = {}, const QJsonObject &tradeIn = {});

    struct Request {
        QString id;
        Kind kind = Kind::Expert;
        QString studio;
        QString vehicle;
        QString buildCode;
        QDateTime created;
        QJsonObject tradeIn; ///< the visitor's car in part-exchange, when they valued one
    };

    /// Open requests of a studio, oldest first (the visitor who waited longest comes first).
    QList<Request> open(const QString &studio) const;
    int openCount(const QString &studio) const;
    /// Staff took care of it.
    bool close(const QString &id, QString *error = nullptr);

    /// A request another screen made, as its outbox sent it (the hub keeps its studio's requests
    /// so that every staff tablet sees them): stored once by its id, open. `error` says why not.
    enum class Received { Stored, Invalid, Failed };
    Received receive(const QJsonObject &payload, QString *error = nullptr);

    enum class Taken {
        Now,     ///< this staff member has it
        Already, ///< someone else took it first
        Unknown, ///< no such request
        Failed,
    };
    /// One staff member takes the request: only one of several tablets taking it at once does.
    Taken take(const QString &id, QString *error = nullptr);

    /// A request as the hub lists it for staff tablets: {id, kind, studio, vehicle, build,
    /// created, tradeIn}; nothing about the visitor.
    static QJsonObject toJson(const Request &request);
    static std::optional<Request> fromJson(const QJsonObject &o);

private:
    QSqlDatabase m_db;
};
