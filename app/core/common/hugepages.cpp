// SPDX-License-Identifier: GPL-3.0-or-later
#include "hugepages.h"

#include <algorithm>
#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

void HugePages::prefer(const void *data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    const auto from = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto to = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE); // advice: a refusal changes nothing
#else
    (void)data;
    (void)bytes;
#endif
}

bool HugePages::growHeapsBy(std::size_t bytes)
{
#if defined(__GLIBC__) && defined(M_TOP_PAD)
    return mallopt(M_TOP_PAD, int(std::min<std::size_t>(bytes, std::size_t(1) << 30))) == 1;
#else
    (void)bytes;
    return false;
#endif
}
