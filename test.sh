#!/usr/bin/env bash
# Same set-up as run.sh, then the whole test suite, headless, ending with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")"
packaging/setup.sh
# The libFuzzer targets run briefly first, so ctest's summary stays the last word.
packaging/fuzz.sh
export QT_QPA_PLATFORM=offscreen
mkdir -p build/screenshots
cd build
ctest --output-on-failure --parallel "$(nproc)" --timeout 600
