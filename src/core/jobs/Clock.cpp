// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

namespace jobs {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &start)
    : m_now(start.isValid() ? start.toUTC() : QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC))
{ }

} // namespace jobs
