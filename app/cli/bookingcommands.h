#pragma once

#include <QSqlDatabase>
#include <QStringList>

/// `vitrinectl slots | book | purge | erase`: test-drive booking from a shell, on the same core as
/// the kiosk. Results are JSON on standard output; problems go to standard error (and, for `book`,
/// as JSON on standard output too). Neither ever carries a visitor's name, number or address.
///
/// Exit codes: 0 done; 1 not possible (unknown studio, model, car or code; not a slot; storage);
/// 4 the slot was taken by someone else; 64 bad usage; 65 the contact details do not validate;
/// 75 the database stayed locked by another screen (try again).
namespace BookingCommands {

/// The usage lines for vitrinectl's help.
const char *usage();

/// `args` are what follows the command's name.
int runSlots(QSqlDatabase db, const QStringList &args);
int runBook(QSqlDatabase db, const QStringList &args);
int runPurge(QSqlDatabase db, const QStringList &args);
int runErase(QSqlDatabase db, const QStringList &args);

} // namespace BookingCommands
