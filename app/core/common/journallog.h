// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Shapes log lines for where they go. Under systemd, where standard error is the journal, each
/// line starts with its syslog priority ("<4>" for a warning) and names its category
/// (vitrine.booking, vitrine.storage, …), so `journalctl -p warning` and `journalctl -g
/// vitrine.booking` both work; elsewhere Qt's own format, which names the category too.
class JournalLog
{
public:
    /// Call first in main(): sets the message pattern unless QT_MESSAGE_PATTERN already does.
    static void install();
    /// Whether standard error is connected to the journal (systemd's JOURNAL_STREAM names it).
    static bool toJournal();
};
