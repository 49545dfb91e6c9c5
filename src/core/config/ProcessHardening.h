// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace config {

// Keeps the tokens a process holds in memory out of core dumps: no core file (RLIMIT_CORE 0, soft and
// hard, so a child cannot raise it again) and not dumpable (PR_SET_DUMPABLE 0: no core either way, no
// ptrace attach by other processes of the user, /proc/<pid>/mem, environ and maps owned by root).
// SIGXFSZ is ignored, so a write beyond a file size limit fails with an error the program reports.
// Call first thing in main() of every program that reads a token (s1bridge, s1bridge-cli). Linux
// only; elsewhere it does nothing. Failures are ignored: the program still works, only less hardened.
void hardenProcess();

} // namespace config
