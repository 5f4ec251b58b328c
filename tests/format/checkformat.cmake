# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that every C++ file of the tree is formatted as .clang-format says: run with
#   cmake -DROOT=<tree> -DCLANG_FORMAT=<clang-format> -P checkformat.cmake
# Lists the files that differ (fix them with clang-format -i) and fails when there is one.
if(NOT ROOT OR NOT CLANG_FORMAT)
    message(FATAL_ERROR "checkformat: give -DROOT=<source tree> and -DCLANG_FORMAT=<program>")
endif()
file(GLOB_RECURSE files "${ROOT}/app/*.cpp" "${ROOT}/app/*.h" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h")
list(FILTER files EXCLUDE REGEX "/tests/layering/fixture/")
# One clang-format for every file (a process per file took most of a minute); its report names
# each file that differs as "<path>:<line>:<column>: error: code should be clang-formatted".
execute_process(COMMAND "${CLANG_FORMAT}" --style=file --dry-run --Werror ${files}
                RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE report)
set(unformatted "")
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]+:[0-9]+:[0-9]+: (error|warning): code should be clang-formatted" hits "${report}")
    foreach(hit IN LISTS hits)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: (error|warning): code should be clang-formatted$" "" file "${hit}")
        file(RELATIVE_PATH rel "${ROOT}" "${file}")
        list(APPEND unformatted "${rel}")
    endforeach()
    list(REMOVE_DUPLICATES unformatted)
    if(NOT unformatted)
        message(FATAL_ERROR "checkformat: clang-format failed (${result}):\n${report}")
    endif()
endif()
list(LENGTH files total)
list(LENGTH unformatted count)
if(count GREATER 0)
    foreach(f IN LISTS unformatted)
        message("not formatted: ${f}")
    endforeach()
    message(FATAL_ERROR "checkformat: ${count} of ${total} files differ from .clang-format; run clang-format -i on them")
endif()
message("checkformat: ${total} files, all formatted")
