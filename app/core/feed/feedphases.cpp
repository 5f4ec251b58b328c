// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedphases.h"

#include <QLoggingCategory>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcFeedPhases, "vitrine.feed.phases", QtInfoMsg)

double FeedPhases::kernelMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_stime.tv_sec) * 1e3 + double(usage.ru_stime.tv_usec) / 1e3;
}

FeedPhases::FeedPhases()
{
    m_step.start();
    if (lcFeedPhases().isDebugEnabled())
        m_kernelMs = kernelMs();
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
    const double kernel = kernelMs();
    qCDebug(lcFeedPhases) << step << m_step.nsecsElapsed() / 1e6 << "ms, resident"
                          << qRound(resident * sysconf(_SC_PAGESIZE) / 1e6) << "MB, in the kernel" << qRound(kernel - m_kernelMs)
                          << "ms";
    m_kernelMs = kernel;
    m_step.restart();
}
