// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetryPolicy.h"

#include "ApiError.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace net {

RetryPolicy::RetryPolicy(int maxAttempts, int baseDelayMs, int maxDelayMs)
    : m_maxAttempts(std::clamp(maxAttempts, 1, 100))
    , m_baseDelayMs(std::max(0, baseDelayMs))
    , m_maxDelayMs(std::max(0, maxDelayMs))
{ }

bool RetryPolicy::shouldRetry(const ApiError &error, int attemptsMade) const
{
    return error.isTransient() && !error.outcomeUnknown && attemptsMade < m_maxAttempts;
}

int RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.secsTo(when));
}

int RetryPolicy::delayMs(int attemptsMade, const QByteArray &retryAfter, const QDateTime &now) const
{
    const int server = parseRetryAfter(retryAfter, now);
    if (server >= 0) // the server knows best; cap only absurd values
        return static_cast<int>(std::min<qint64>(qint64(server) * 1000, 15 * 60 * 1000));
    const int exponent = std::clamp(attemptsMade - 1, 0, 20);
    const qint64 base = std::min<qint64>(qint64(m_baseDelayMs) << exponent, m_maxDelayMs);
    // full jitter in [base/2, base]: spreads clients that failed together
    const qint64 jitter = base / 2 > 0 ? QRandomGenerator::global()->bounded(base / 2 + 1) : 0;
    return static_cast<int>(base / 2 + jitter);
}

} // namespace net
