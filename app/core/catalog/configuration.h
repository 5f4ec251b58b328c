// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// One build of a model in a trim: the options the visitor pays for, in catalog order. Paint,
/// wheel and interior are among them unless a package brings them; standard equipment and
/// package contents are implied, never listed (so nothing can be charged twice).
struct Configuration {
    QString model;
    QString trim;
    QStringList options;

    bool isEmpty() const { return trim.isEmpty(); }
    bool operator==(const Configuration &other) const = default;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("model"), model},
                {QStringLiteral("trim"), trim},
                {QStringLiteral("options"), QJsonArray::fromStringList(options)}};
    }
};
