// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

namespace net {

struct ApiError;

// The one retry policy (DESIGN.md): 429, 5xx and transport errors are retried with exponential
// back-off and jitter, Retry-After honoured, up to maxAttempts in all. An error whose outcome is
// unknown (a request that is not idempotent may have been carried out) is never retried here: the
// job reads the remote state back first.
class RetryPolicy
{
public:
    RetryPolicy(int maxAttempts = 5, int baseDelayMs = 1000, int maxDelayMs = 60000);

    int maxAttempts() const { return m_maxAttempts; }
    bool shouldRetry(const ApiError &error, int attemptsMade) const;
    // Delay before attempt number attemptsMade + 1. retryAfter is the raw header value (may be empty).
    int delayMs(int attemptsMade, const QByteArray &retryAfter,
        const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Seconds from a Retry-After value (delta-seconds or HTTP-date); -1 when absent or unreadable.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    int m_maxAttempts;
    int m_baseDelayMs;
    int m_maxDelayMs;
};

} // namespace net
