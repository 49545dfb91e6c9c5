// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace config {

void hardenProcess()
{
#if defined(Q_OS_LINUX)
    const rlimit none {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    // Under a limit on file size (ulimit -f, a quota) a write beyond it would kill the process with
    // SIGXFSZ (and a core); ignored, the write fails with EFBIG and the database says "disk full" in a
    // sentence, its transaction rolled back.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
}

} // namespace config
