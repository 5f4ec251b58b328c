#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the missing system packages (packaging/debian-packages.txt), then configures and
# builds Vitrine in build/. Shared by run.sh and test.sh; idempotent and quick when nothing changed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

mapfile -t wanted < <(grep -v '^\s*#' packaging/debian-packages.txt | sed 's/\s*#.*//' | grep -v '^\s*$')
missing=()
for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
if ((${#missing[@]})); then
    echo "setup: installing ${#missing[@]} missing packages: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build_type="${VITRINE_BUILD_TYPE:-RelWithDebInfo}"
# VITRINE_UNIT_TESTS=OFF (test.sh): the unit, CLI and fuzz-corpus tests are built and run in the
# sanitizer build only. Configured again only when that choice changes.
unit_tests="${VITRINE_UNIT_TESTS:-ON}"
if [ ! -f build/build.ninja ] || ! grep -qx "VITRINE_UNIT_TESTS:BOOL=$unit_tests" build/CMakeCache.txt; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DVITRINE_UNIT_TESTS="$unit_tests"
fi
cmake --build build --parallel "$(nproc)"
