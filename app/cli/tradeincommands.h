// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

class CommandLine;

/// `vitrinectl tradein`: a visitor's car valued from the comparable cars in stock, as the kiosk
/// values it, with the cars the estimate rests on, as JSON.
namespace TradeInCommands {

/// The usage lines for vitrinectl's help.
const char *usage();

/// What is wrong with the line before anything is opened (a missing or unreadable option), or
/// empty when the request can be read.
QString problem(const CommandLine &line);

/// `line` has been checked by problem(). Exit codes: 0 answered (valued or not), 1 not possible
/// (no catalog, an unknown market or studio).
int run(QSqlDatabase db, const CommandLine &line);

} // namespace TradeInCommands
