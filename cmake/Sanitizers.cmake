# SPDX-License-Identifier: GPL-3.0-or-later
# Sanitizer and fuzzing builds (issue 15). Included by the top-level CMakeLists.txt before any target,
# so the flags reach every target of ours (libraries, executables, tests). Qt itself stays
# uninstrumented: that is enough for AddressSanitizer and UndefinedBehaviorSanitizer; ThreadSanitizer
# needs suppressions for Qt's own synchronisation (tests/sanitizers/tsan.supp).
#   -DS1_SANITIZE="address;undefined"   scripts/test --sanitize, in build-asan/
#   -DS1_SANITIZE=thread                the threaded tests, in build-tsan/
#   -DS1_BUILD_FUZZ=ON                  the libFuzzer targets in tests/fuzz/ (clang only; scripts/fuzz)
set(S1_SANITIZE "" CACHE STRING
    "Sanitizers for every target: \"address;undefined\", \"thread\" or empty (none)")
# tests/CMakeLists.txt multiplies every test's TIMEOUT by this in a sanitizer build (slower code,
# not slower tests: the tests themselves stay as they are).
set(S1_SANITIZE_TIMEOUT_FACTOR 4 CACHE STRING "Factor on the tests' timeouts when S1_SANITIZE is set")
option(S1_BUILD_FUZZ "Build the libFuzzer targets in tests/fuzz/ (clang only; with S1_SANITIZE=address;undefined)" OFF)

if(S1_SANITIZE)
    set(s1_known address undefined thread)
    foreach(s IN LISTS S1_SANITIZE)
        if(NOT s IN_LIST s1_known)
            message(FATAL_ERROR "S1_SANITIZE: unknown sanitizer \"${s}\"; use \"address;undefined\" or \"thread\".")
        endif()
    endforeach()
    if("thread" IN_LIST S1_SANITIZE AND "address" IN_LIST S1_SANITIZE)
        message(FATAL_ERROR "S1_SANITIZE: thread and address cannot be combined; build them in two build directories.")
    endif()
    list(JOIN S1_SANITIZE "," s1_list)
    # -O1: fast enough for the whole test suite, still precise stacks with -fno-omit-frame-pointer.
    # The options come after CMAKE_CXX_FLAGS_<CONFIG>, so -O1 wins over Debug's -O0.
    add_compile_options(-fsanitize=${s1_list} -fno-omit-frame-pointer -O1 -g)
    add_link_options(-fsanitize=${s1_list})
    if("undefined" IN_LIST S1_SANITIZE)
        # Every UB report is fatal, so a test with one fails (UBSAN_OPTIONS=halt_on_error=1 too).
        add_compile_options(-fno-sanitize-recover=undefined)
    endif()
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # s1_options carries GCC's -Wshadow=local, which clang does not know.
        add_compile_options(-Wno-unknown-warning-option)
    endif()
    message(STATUS "S1 Bridge: sanitizers ${s1_list}")
endif()

if(S1_BUILD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "S1_BUILD_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++.")
    endif()
    # Coverage instrumentation for the library code the fuzz targets call; the targets themselves
    # link -fsanitize=fuzzer (tests/fuzz/CMakeLists.txt), which brings libFuzzer's main().
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
