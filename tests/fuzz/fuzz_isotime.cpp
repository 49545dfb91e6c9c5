// SPDX-License-Identifier: GPL-3.0-or-later
// ISO 8601 text from outside: durations (jobs::IsoDuration, the connectors' periods in an imported
// configuration) and the console's times (s1::parseApiTime, parseUtcTime, formatApiTime).

#include "FuzzSupport.h"

#include "jobs/IsoDuration.h"
#include "s1/Threat.h"

#include <QDateTime>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    QString error;
    const std::optional<qint64> seconds = jobs::IsoDuration::parseSeconds(text, &error);
    if (seconds) {
        if (*seconds < 1)
            __builtin_trap();
        Q_UNUSED(jobs::IsoDuration::describeEvery(*seconds));
    } else if (error.isEmpty()) {
        __builtin_trap();
    }

    const QDateTime api = s1::parseApiTime(text);
    if (api.isValid())
        Q_UNUSED(s1::formatApiTime(api));
    const QDateTime utc = s1::parseUtcTime(text);
    if (utc.isValid()) {
        Q_UNUSED(s1::formatApiTime(utc));
    }
    return 0;
}
