// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a build with AddressSanitizer (scripts/test --sanitize, build-asan/) changes for the tests that
// bound a child process's memory: the bound stays, with the sanitizer's own cost added.

#include <QtGlobal>

namespace testsupport {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool AddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool AddressSanitizer = true;
#else
inline constexpr bool AddressSanitizer = false;
#endif
#else
inline constexpr bool AddressSanitizer = false;
#endif

// AddressSanitizer keeps freed blocks in a quarantine (256 MiB by default, ASAN_OPTIONS
// quarantine_size_mb) before reusing them, puts red zones around every block and maps a shadow of
// one byte for every eight used: a process that peaks at N in a plain build peaks near
// 1.25 N + 256 MiB. The bounds below are the plain build's with that added.
inline constexpr qint64 memoryBoundKiB(qint64 plainKiB)
{
    return AddressSanitizer ? plainKiB + plainKiB / 4 + 256 * 1024 : plainKiB;
}

// A cap on a child's data segment (setrlimit RLIMIT_DATA) cannot be used under AddressSanitizer,
// which maps terabytes of shadow at start (refused: "failed to allocate"). There the child gets
// ASAN_OPTIONS hard_rss_limit_mb instead: the sanitizer ends it once its resident memory passes that.
inline constexpr bool canCapDataSegment = !AddressSanitizer;

} // namespace testsupport
