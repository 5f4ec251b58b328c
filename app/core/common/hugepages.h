// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

/// Asks the kernel to back the whole 2 MiB pages inside [data, data + bytes) with huge pages, for
/// a large block that is about to be filled at once (the hundred thousand cars of a dealer's
/// feed, 50 MB): a few dozen page faults instead of twelve thousand, a tenth of a second on the
/// kiosk's machine. Only where transparent huge pages are left to the program (Debian's default,
/// "madvise"); elsewhere, and for a small block, nothing. Memory use stays the same: the block
/// is filled whole.
namespace HugePages {
void prefer(const void *data, std::size_t bytes);
/// Has glibc grow each heap (and keep it when memory is freed) this much beyond what is asked, as
/// its M_TOP_PAD: a thread that reads half of a dealer's hundred-thousand-car feed into a heap of
/// its own grows it a few times, not some hundreds, each a call that stalls the other thread's page
/// faults. Set at start by the programs that import feeds; the GLIBC_TUNABLES alias does not
/// reach the kiosk under systemd. False where malloc has no such setting.
bool growHeapsBy(std::size_t bytes);
/// What the programs that import feeds set growHeapsBy() to.
constexpr std::size_t kHeapGrowth = std::size_t(64) << 20;
} // namespace HugePages
