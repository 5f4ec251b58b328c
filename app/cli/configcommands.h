// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

class CommandLine;

/// `vitrinectl config`: a build from a configuration code, or from a model and a list of
/// choices, resolved by the rule engine and priced, as JSON.
namespace ConfigCommands {

/// The usage lines for vitrinectl's help.
const char *usage();

/// `line` has been checked against config's options. Exit codes: 0 done, 1 not possible (unknown model, invalid
/// code, no catalog), 3 done but a choice was refused or the code's build changed, 64 bad usage.
int runConfig(QSqlDatabase db, const CommandLine &line);

} // namespace ConfigCommands
