// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

/// Reads the JSON text a Meta catalog may hold in one column for a nested field (address, image,
/// mileage): JSON itself, or Meta's own looser form with bare keys and single quotes, as in its
/// examples: {addr1: '550 Auto Center Dr', city: 'Watsonville', region: 'CA'}.
class MetaNestedText
{
public:
    /// The value, or nullopt with what is wrong (and where) in `problem`.
    static std::optional<QJsonValue> read(QStringView text, QString *problem);
};
