// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightcsv.h"
#include "insights/insightfindings.h"
#include "insights/insightreport.h"
#include "insights/insightwording.h"

#include <QLocale>

#include <optional>

/// Every insight table of a period, beside the period before it, ready to show or export:
/// funnel, findings, models viewed, paints, wheels and options chosen, what found nothing,
/// busiest hours and screens. Hidden groups say so instead of giving numbers.
namespace InsightTables {

std::optional<QList<InsightCsv>> all(InsightReport &report, const InsightPeriod &period, const QList<SourceHealth> &sources,
                                     const QDateTime &now, const InsightWording::ModelName &modelName, const QLocale &locale,
                                     QString *error = nullptr);

} // namespace InsightTables
