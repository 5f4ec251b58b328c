#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Same set-up as run.sh, then the whole test suite, headless, ending with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")"
packaging/setup.sh
# The sanitizer build first (fuzzers briefly, then the unit and CLI tests under ASan and UBSan),
# so ctest's summary of the whole suite stays the last word.
packaging/sanitize.sh
export QT_QPA_PLATFORM=offscreen
mkdir -p build/screenshots
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
