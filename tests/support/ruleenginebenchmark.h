// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QString>

/// Times rule resolution the way a visitor drives it — random choices, removals and trim
/// changes from each trim's default build — for vitrine-bench and the tests' figures.
class RuleEngineBenchmark
{
public:
    struct Figures {
        int operations = 0;
        double p50Us = 0; ///< microseconds per select / deselect / trim change
        double p95Us = 0;
        double p99Us = 0;
        double maxUs = 0;
        QString toString() const;
    };

    static Figures run(const Catalog &catalog, int operations = 20000, quint32 seed = 1);
};
