// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/// The sub-commands of vitrinectl, each exiting non-zero with a clear message on error.
namespace Commands {
int run(const QStringList &arguments);
}
