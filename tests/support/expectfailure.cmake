# SPDX-License-Identifier: GPL-3.0-or-later
# A test of a test's gate: runs PROGRAM (with ARGS, a list separated by "|") and passes only when
# it exits non-zero and its output matches each of EXPECT_1 … EXPECT_6. A gate that let the fault
# through, or failed for another reason, fails this check.
#   cmake -DPROGRAM=… [-DARGS=a|b] -DEXPECT_1=regex … -P expectfailure.cmake
string(REPLACE "|" ";" arguments "${ARGS}")
execute_process(COMMAND "${PROGRAM}" ${arguments} RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(status EQUAL 0)
    message(FATAL_ERROR "the gate let the fault through: ${PROGRAM} exited 0")
endif()
foreach(n RANGE 1 6)
    if(DEFINED EXPECT_${n} AND NOT output MATCHES "${EXPECT_${n}}")
        message(FATAL_ERROR "${PROGRAM} failed (${status}), but its output lacks: ${EXPECT_${n}}")
    endif()
endforeach()
message("the gate stopped the fault (${PROGRAM} exited ${status})")
