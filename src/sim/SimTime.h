// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <limits>

// Time in the simulated tenant: microseconds since the epoch, UTC. The public face of this is
// SimTenant::formatTimestamp and SimTenant::parseTimestamp (defined in SimTime.cpp).
namespace s1sim::tenant {

inline constexpr qint64 UsPerMs = 1000;
inline constexpr qint64 UsPerSec = 1000 * UsPerMs;
inline constexpr qint64 UsPerMin = 60 * UsPerSec;
inline constexpr qint64 UsPerHour = 60 * UsPerMin;
inline constexpr qint64 UsPerDay = 24 * UsPerHour;
inline constexpr qint64 TimeMin = std::numeric_limits<qint64>::min();
inline constexpr qint64 TimeMax = std::numeric_limits<qint64>::max();

// Writes 2022-12-20T13:54:53.009117Z (UTC, microseconds) to buf; returns the length.
int formatTimestampTo(char *buf, std::size_t size, qint64 us);
// The wall clock, in microseconds since the epoch.
qint64 nowUsecs();

} // namespace s1sim::tenant
