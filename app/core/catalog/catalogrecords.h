// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogtypes.h"
#include "catalog/studio.h"
#include "common/recordissue.h"

#include <QJsonObject>
#include <QList>

#include <optional>

/// The JSON form of each catalog record (as the Vitrine feed carries it and storage keeps it),
/// read into a typed value with every problem noted. Used by the feed on the way in and by
/// CatalogRows on the way back out, so a stored record passes the same checks as a new one.
class CatalogRecords
{
public:
    static std::optional<Market> readMarket(const QJsonObject &o, QList<RecordIssue> *issues);
    static std::optional<BodyStyle> readBody(const QJsonObject &o, QList<RecordIssue> *issues);
    static std::optional<ModelLine> readLine(const QJsonObject &o, QList<RecordIssue> *issues);
    static std::optional<CarModel> readModel(const QJsonObject &o, QList<RecordIssue> *issues);
    static std::optional<Trim> readTrim(const QJsonObject &o, QList<RecordIssue> *issues);
    static std::optional<CatalogOption> readOption(const QJsonObject &o, QList<RecordIssue> *issues);
    static std::optional<CatalogRule> readRule(const QJsonObject &o, QList<RecordIssue> *issues);
    static std::optional<Studio> readStudio(const QJsonObject &o, QList<RecordIssue> *issues);
    static std::optional<ModelAlias> readAlias(const QJsonObject &o, QList<RecordIssue> *issues);
};
