#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Same set-up as run.sh, then the whole test suite, headless, ending with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")"
# The unit, CLI and fuzz-corpus tests run once, in the sanitizer build (ASan + UBSan); build/
# holds the kiosk, the hub and every test that needs them (UI, hub, web, packaging).
VITRINE_UNIT_TESTS=OFF packaging/setup.sh
# The sanitizer build first (each fuzzer briefly, then the unit and CLI tests under ASan and
# UBSan), so ctest's summary of the rest of the suite stays the last word.
VITRINE_FUZZ_SECONDS="${VITRINE_FUZZ_SECONDS:-10}" packaging/sanitize.sh
export QT_QPA_PLATFORM=offscreen
mkdir -p build/screenshots
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
