// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultyvfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace {

std::atomic<FaultyVfs::Fault> g_fault{FaultyVfs::Fault::None};
std::atomic<int> g_refusals{0};
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

/// Our file: the real VFS's file lives right behind it.
struct File {
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f)->real;
}

int refuse(int code)
{
    g_refusals.fetch_add(1);
    return code;
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}
int xRead(sqlite3_file *f, void *buf, int n, sqlite3_int64 off)
{
    if (g_fault.load() == FaultyVfs::Fault::ReadError)
        return refuse(SQLITE_IOERR_READ);
    return real(f)->pMethods->xRead(real(f), buf, n, off);
}
int xWrite(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
    if (g_fault.load() == FaultyVfs::Fault::DiskFull)
        return refuse(SQLITE_FULL);
    return real(f)->pMethods->xWrite(real(f), buf, n, off);
}
int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int xSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xLock(real(f), l);
}
int xUnlock(sqlite3_file *f, int l)
{
    return real(f)->pMethods->xUnlock(real(f), l);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    // Growing a file ahead of time is a write too.
    if (op == SQLITE_FCNTL_SIZE_HINT && g_fault.load() == FaultyVfs::Fault::DiskFull)
        return refuse(SQLITE_FULL);
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file *f, int i, int sz, int extend, void volatile **p)
{
    return real(f)->pMethods->xShmMap(real(f), i, sz, extend, p);
}
int xShmLock(sqlite3_file *f, int off, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), off, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file *f, int del)
{
    return real(f)->pMethods->xShmUnmap(real(f), del);
}
int xFetch(sqlite3_file *f, sqlite3_int64 off, int n, void **p)
{
    // Reads through memory mapping would bypass xRead: none while reads fail.
    if (g_fault.load() == FaultyVfs::Fault::ReadError) {
        *p = nullptr;
        return SQLITE_OK;
    }
    return real(f)->pMethods->xFetch(real(f), off, n, p);
}
int xUnfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), off, p);
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = reinterpret_cast<File *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    file->base.pMethods = rc == SQLITE_OK && file->real->pMethods ? &g_methods : nullptr;
    return rc;
}

} // namespace

void FaultyVfs::install()
{
    if (g_real)
        return;
    sqlite3_initialize();
    g_real = sqlite3_vfs_find(nullptr);
    std::memcpy(&g_vfs, g_real, sizeof g_vfs);
    g_vfs.zName = "vitrine-faulty";
    g_vfs.szOsFile = int(sizeof(File)) + g_real->szOsFile;
    g_vfs.xOpen = xOpen;
    g_vfs.pAppData = nullptr;
    g_methods = {3,
                 xClose,
                 xRead,
                 xWrite,
                 xTruncate,
                 xSync,
                 xFileSize,
                 xLock,
                 xUnlock,
                 xCheckReservedLock,
                 xFileControl,
                 xSectorSize,
                 xDeviceCharacteristics,
                 xShmMap,
                 xShmLock,
                 xShmBarrier,
                 xShmUnmap,
                 xFetch,
                 xUnfetch};
    sqlite3_vfs_register(&g_vfs, 1);
}

void FaultyVfs::set(Fault fault)
{
    g_fault.store(fault);
    g_refusals.store(0);
}

int FaultyVfs::refusals()
{
    return g_refusals.load();
}
