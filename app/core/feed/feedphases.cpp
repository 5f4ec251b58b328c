// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedphases.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFeedPhases, "vitrine.feed.phases", QtInfoMsg)

void FeedPhases::done(const char *step)
{
    qCDebug(lcFeedPhases) << step << m_step.nsecsElapsed() / 1e6 << "ms";
    m_step.restart();
}
