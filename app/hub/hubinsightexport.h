// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QSqlDatabase>

/// `vitrine-hub insights`: the chain's (or, with --studio, one studio's) insight tables of a
/// period as the hub counted them from every screen, written as CSV files to a folder, or the
/// funnel and findings printed.
namespace HubInsightExport {
int run(QSqlDatabase db, const QCommandLineParser &parser);
} // namespace HubInsightExport
