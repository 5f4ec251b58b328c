// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

/// A large catalog whose rules never contradict each other (CatalogConsistency finds nothing):
/// paints, wheels, interiors, packages, equipment, requires chains, exclusions, only-with and
/// one-of groups, for property tests and benchmarks of the rule engine.
class SyntheticCatalog
{
public:
    struct Shape {
        int options = 500;
        int rules = 300;
        int models = 5;
        int trimsPerModel = 3;
        quint32 seed = 1;
    };

    static Catalog generate(const Shape &shape);
};
