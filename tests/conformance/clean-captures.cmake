# SPDX-License-Identifier: GPL-3.0-or-later
# ctest s1_conformance_clean: empties the simulator's capture directory before the suites run, so
# s1_conformance checks only what this run sent and received.
#   cmake -DS1SIM_CAPTURE_DIR=<dir> -P clean-captures.cmake
if(NOT S1SIM_CAPTURE_DIR)
    message(FATAL_ERROR "clean-captures.cmake: pass -DS1SIM_CAPTURE_DIR=<dir>")
endif()
file(REMOVE_RECURSE "${S1SIM_CAPTURE_DIR}")
file(MAKE_DIRECTORY "${S1SIM_CAPTURE_DIR}")
