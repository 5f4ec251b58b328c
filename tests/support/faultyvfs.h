// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// A SQLite VFS that wraps the system's default one and fails on demand the way a full or a
/// failing disk does. Installed as the default VFS of the test process, so every connection Qt's
/// SQLite driver opens goes through it (Debian's driver uses the system SQLite, as this does).
class FaultyVfs
{
public:
    enum class Fault {
        None,
        DiskFull,  ///< every write and every growth of a file fails with SQLITE_FULL
        ReadError, ///< every read fails with SQLITE_IOERR_READ
    };

    /// Registers the VFS as the default; safe to call more than once.
    static void install();
    static void set(Fault fault);
    /// Writes refused since the last set(), to check a test really met the fault.
    static int refusals();
};
