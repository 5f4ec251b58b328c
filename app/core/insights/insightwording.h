// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightfindings.h"
#include "insights/insightreport.h"

#include <QLocale>
#include <QString>

#include <functional>

/// Findings, funnel steps and table headings in plain words of the chosen language, for staff
/// mode, vitrinectl and the exported CSV alike.
namespace InsightWording {

/// A model's name from its code (the catalog's, in the chosen language); the code itself when unknown.
using ModelName = std::function<QString(const QString &code)>;

QString finding(const InsightFinding &finding, const ModelName &modelName, const QLocale &locale);
QString stepName(const QString &step);
QString hidden();
QString weekday(int isoWeekday, const QLocale &locale);
QString hour(int hour, const QLocale &locale);

} // namespace InsightWording
