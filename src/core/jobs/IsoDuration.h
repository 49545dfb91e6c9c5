// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace jobs {

// ISO 8601 durations as the connectors use them for periods: "PT5M", "P1D", "P1DT12H", "PT30S".
// Years count 365 days and months 30 days (periods, not calendar arithmetic).
struct IsoDuration
{
    Q_DECLARE_TR_FUNCTIONS(IsoDuration)
public:
    // The longest duration accepted: 100 years of 365 days.
    static constexpr qint64 MaxSeconds = qint64(100) * 365 * 86400;
    static std::optional<qint64> parseSeconds(const QString &text, QString *error = nullptr);
    // "every 5 minutes", "every 1 hour 30 minutes", "every day"
    static QString describeEvery(qint64 seconds);
};

} // namespace jobs
