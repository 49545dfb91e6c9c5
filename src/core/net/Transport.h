// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace net {

// How requests to one service travel: held alike by the SentinelOne and the OpenCTI configuration.
struct Transport
{
    int maxAttempts = 5; // MAX_API_ATTEMPTS: attempts per request, the first included
    int timeoutMs = 60000; // idle: no byte for this long ends the attempt
    int deadlineMs = 300000; // total: an attempt that has not ended after this long is stopped
                             // (never before timeoutMs: a longer idle timeout raises it)
    int backoffBaseMs = 1000; // first back-off delay; doubles each attempt
    int backoffMaxMs = 60000;
    qint64 maxResponseBytes
        = 256LL * 1024 * 1024; // an answer past this is refused (a 1,000-threat page is ~3 MB)
    QByteArray pinnedCertSha256; // hex (colons and case ignored); a certificate with this digest is accepted
};

} // namespace net
