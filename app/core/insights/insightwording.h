// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights/insightfindings.h"
#include "insights/insightreport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <functional>

/// Findings, funnel steps and table headings in plain words of the chosen language, for staff
/// mode, vitrinectl and the exported CSV alike.
class InsightWording
{
    Q_DECLARE_TR_FUNCTIONS(InsightWording)

public:
    /// A model's name from its code (the catalog's, in the chosen language); the code itself when unknown.
    using ModelName = std::function<QString(const QString &code)>;

    static QString finding(const InsightFinding &finding, const ModelName &modelName, const QLocale &locale);
    static QString stepName(const QString &step);
    static QString hidden();
    /// A share (0.33) as a whole percent in the locale's way, one piece inside any sentence: in
    /// Arabic isolated, as its percent sign carries a left-to-right mark.
    static QString percent(double share, const QLocale &locale);
    static QString weekday(int isoWeekday, const QLocale &locale);
    static QString hour(int hour, const QLocale &locale);
};
