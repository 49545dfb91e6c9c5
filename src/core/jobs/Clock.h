// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace jobs {

// Where the Scheduler reads the time: every scheduling decision is made from now(), so the tests
// drive time explicitly (ManualClock) instead of sleeping, and a jump of the wall clock (the machine
// slept, the user changed the time) is seen as a jump, not as many missed timer shots.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

// The wall clock, in UTC.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that only moves when told to: for the tests (and simulations). Starts at the given time,
// or at 2025-01-01T00:00:00Z.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = {});
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

} // namespace jobs
