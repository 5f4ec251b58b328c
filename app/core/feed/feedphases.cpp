// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedphases.h"

#include <QLoggingCategory>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcFeedPhases, "vitrine.feed.phases", QtInfoMsg)

namespace {
double ms(const timeval &t)
{
    return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
}
} // namespace

FeedPhases::Cpu FeedPhases::cpu()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return {ms(usage.ru_stime), ms(usage.ru_utime)};
}

double FeedPhases::kernelMs()
{
    return cpu().kernel;
}

FeedPhases::FeedPhases()
{
    m_step.start();
    if (lcFeedPhases().isDebugEnabled())
        m_cpu = cpu();
}

void FeedPhases::done(const char *step)
{
    if (!lcFeedPhases().isDebugEnabled()) {
        m_step.restart();
        return;
    }
    // With the memory held at its end: where an import's memory goes, beside its time.
    long pages = 0, resident = 0;
    if (FILE *f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    // And the process's time in the kernel, mostly clearing new memory (see vitrine-bench).
    // The process's time on all its threads: a phase whose work runs on two cores shows more than
    // its own time here.
    const Cpu now = cpu();
    qCDebug(lcFeedPhases) << step << m_step.nsecsElapsed() / 1e6 << "ms, resident"
                          << qRound(resident * sysconf(_SC_PAGESIZE) / 1e6) << "MB, in the kernel"
                          << qRound(now.kernel - m_cpu.kernel) << "ms, outside it" << qRound(now.user - m_cpu.user) << "ms";
    m_cpu = now;
    m_step.restart();
}
