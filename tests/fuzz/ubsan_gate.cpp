// SPDX-License-Identifier: GPL-3.0-or-later
// A test of the sanitizer build's gate, not a fuzzer of Vitrine: built and linked exactly as the
// fuzz targets are, it converts the number it is given to an integer the way feedparser.cpp once
// converted a rejected mileage of 2.2e103. Given "2.2e103" it must stop with UBSan's report
// (ctest: fuzz/ubsan-gate-stops); given "1500" it must pass (fuzz/ubsan-gate-passes).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const double mileage = std::strtod(text.c_str(), nullptr);
    // Undefined when the value does not fit an int: UBSan must stop the process here.
    const int kilometres = static_cast<int>(mileage);
    std::printf("mileage %d km\n", kilometres);
    return 0;
}
