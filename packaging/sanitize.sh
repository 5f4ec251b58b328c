#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The sanitizer build (clang, AddressSanitizer + UndefinedBehaviorSanitizer) in build-sanitize/:
# builds the core, vitrinectl, their unit and CLI tests and the libFuzzer targets; runs each fuzzer
# for a short while (VITRINE_FUZZ_SECONDS, default 20; new crash inputs in build-sanitize/crashes/),
# then the unit and CLI tests. Any memory error or undefined behaviour fails the run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${VITRINE_FUZZ_SECONDS:-20}"
if [ ! -f build-sanitize/build.ninja ]; then
    CC=clang-14 CXX=clang++-14 cmake -S . -B build-sanitize -G Ninja -DVITRINE_SANITIZE=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" >/dev/null
fi
cmake --build build-sanitize --parallel "$(nproc)"

# Stop at the first report; leaks are reported too (LeakSanitizer).
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# A quarter of the randomised rounds: every step costs several times as much here.
export VITRINE_TEST_SCALE=0.25
export LSAN_OPTIONS="suppressions=$root/packaging/lsan.supp:print_suppressions=0"

mkdir -p build-sanitize/crashes
status=0
for fuzzer in build-sanitize/fuzz/fuzz_*; do
    name="$(basename "$fuzzer")"
    corpus="tests/fuzz/corpus/${name#fuzz_}"
    work="build-sanitize/corpus/${name#fuzz_}"
    mkdir -p "$work"
    echo "fuzz: $name for ${seconds}s"
    if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build-sanitize/crashes/$name-" "$work" "$corpus" >"build-sanitize/$name.log" 2>&1; then
        echo "fuzz: $name FAILED — see build-sanitize/$name.log and build-sanitize/crashes/"
        tail -30 "build-sanitize/$name.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|Done" "build-sanitize/$name.log" | tail -2 || true
    fi
done

echo "sanitize: unit and CLI tests under ASan and UBSan"
if ! (cd build-sanitize && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900 \
        -L 'unit|cli|fuzz' >ctest.log 2>&1); then
    tail -120 build-sanitize/ctest.log
    echo "sanitize: FAILED — the whole log is build-sanitize/ctest.log"
    status=1
else
    grep -E "tests passed|Total Test time" build-sanitize/ctest.log
fi
exit $status
