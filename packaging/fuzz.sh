#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for a short while
# (VITRINE_FUZZ_SECONDS, default 20). New crash inputs are left in build-fuzz/crashes/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${VITRINE_FUZZ_SECONDS:-20}"
if [ ! -f build-fuzz/build.ninja ]; then
    CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja -DVITRINE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build build-fuzz --parallel "$(nproc)"
mkdir -p build-fuzz/crashes
status=0
for fuzzer in build-fuzz/fuzz/fuzz_*; do
    name="$(basename "$fuzzer")"
    corpus="tests/fuzz/corpus/${name#fuzz_}"
    work="build-fuzz/corpus/${name#fuzz_}"
    mkdir -p "$work"
    echo "fuzz: $name for ${seconds}s"
    if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/crashes/$name-" "$work" "$corpus" >"build-fuzz/$name.log" 2>&1; then
        echo "fuzz: $name FAILED — see build-fuzz/$name.log and build-fuzz/crashes/"
        tail -30 "build-fuzz/$name.log"
        status=1
    else
        grep -E "stat::number_of_executed_units|Done" "build-fuzz/$name.log" | tail -2
    fi
done
exit $status
