#pragma once

#include <QSqlDatabase>
#include <QString>

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

    /// Stores the request and its outbox row in one transaction; returns the request's id.
    std::optional<QString> create(Kind kind, const QString &studio, const QString &vehicle,
                                  const QString &buildCode, QString *error = nullptr);

    /// Open requests of a studio, newest first.
    int openCount(const QString &studio) const;

private:
    QSqlDatabase m_db;
};
