// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

class CommandLine;

/// `vitrinectl slots | book | purge | erase`: test-drive booking from a shell, on the same core as
/// the kiosk. Results are JSON on standard output; problems go to standard error (and, for `book`,
/// as JSON on standard output too). Neither ever carries a visitor's name, number or address.
///
/// Exit codes: 0 done; 1 not possible (unknown studio, model, car or code; not a slot; storage);
/// 4 the slot was taken by someone else; 5 the idempotency key already booked something else;
/// 64 bad usage; 65 the contact details do not validate;
/// 75 the database stayed locked by another screen (try again).
namespace BookingCommands {

enum class Command { Slots, Book, Purge, Erase };

/// The usage lines of one command for vitrinectl's help.
const char *usage(Command command);

/// `line` has been checked against the command's options.
int runSlots(QSqlDatabase db, const CommandLine &line);
int runBook(QSqlDatabase db, const CommandLine &line);
int runPurge(QSqlDatabase db, const CommandLine &line);
int runErase(QSqlDatabase db, const CommandLine &line);

} // namespace BookingCommands
