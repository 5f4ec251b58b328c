// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include <QSqlDatabase>

/// `vitrinectl insights`: the studio's funnel and findings for a period, and every table as CSV.
namespace InsightCommands {
const char *usage();
int run(QSqlDatabase &db, const CommandLine &line);
} // namespace InsightCommands
