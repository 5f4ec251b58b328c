// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedphases.h"

#include <QLoggingCategory>

#include <cstdio>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcFeedPhases, "vitrine.feed.phases", QtInfoMsg)

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
    qCDebug(lcFeedPhases) << step << m_step.nsecsElapsed() / 1e6 << "ms, resident"
                          << qRound(resident * sysconf(_SC_PAGESIZE) / 1e6) << "MB";
    m_step.restart();
}
