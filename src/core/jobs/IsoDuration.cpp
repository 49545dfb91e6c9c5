// SPDX-License-Identifier: GPL-3.0-or-later
#include "IsoDuration.h"

#include <QRegularExpression>

namespace jobs {

std::optional<qint64> IsoDuration::parseSeconds(const QString &text, QString *error)
{
    static const QRegularExpression re(
        QStringLiteral("^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:("
                       "\\d+(?:[.,]\\d+)?)S)?)?$"));
    const QString input = text.trimmed().toUpper();
    const QRegularExpressionMatch m = re.match(input);
    const bool emptyTime = input.endsWith(u'T');
    if (!m.hasMatch() || input == QLatin1String("P") || emptyTime) {
        if (error)
            *error = tr("\"%1\" is not an ISO 8601 duration; write for example PT5M (5 minutes), PT1H "
                        "(1 hour) or P1D (1 day).")
                         .arg(text.trimmed());
        return std::nullopt;
    }
    auto n = [&m](int i) {
        return m.captured(i).isEmpty() ? 0.0 : m.captured(i).replace(u',', u'.').toDouble();
    };
    const double seconds = n(1) * 365 * 86400 + n(2) * 30 * 86400 + n(3) * 7 * 86400 + n(4) * 86400
        + n(5) * 3600 + n(6) * 60 + n(7);
    if (seconds < 1) {
        if (error)
            *error = tr("The duration \"%1\" is zero; use at least one second.").arg(text.trimmed());
        return std::nullopt;
    }
    // A hundred years at most: a longer period is a typing error, and a double beyond the range of
    // qint64 (P99999999999999999999Y) cannot be converted to one at all (undefined behaviour that
    // UBSan reports as float-cast-overflow; tests/fuzz/fuzz_isotime).
    if (seconds > MaxSeconds) {
        if (error)
            *error = tr("The duration \"%1\" is longer than 100 years; write a shorter one, for example "
                        "P1D (1 day).")
                         .arg(text.trimmed());
        return std::nullopt;
    }
    return static_cast<qint64>(seconds);
}

QString IsoDuration::describeEvery(qint64 seconds)
{
    if (seconds == 86400)
        return tr("every day");
    if (seconds == 3600)
        return tr("every hour");
    if (seconds == 60)
        return tr("every minute");
    QStringList parts;
    const qint64 d = seconds / 86400, h = seconds % 86400 / 3600, m = seconds % 3600 / 60, s = seconds % 60;
    if (d)
        parts << tr("%n day(s)", nullptr, int(d));
    if (h)
        parts << tr("%n hour(s)", nullptr, int(h));
    if (m)
        parts << tr("%n minute(s)", nullptr, int(m));
    if (s)
        parts << tr("%n second(s)", nullptr, int(s));
    return tr("every %1").arg(parts.join(u' '));
}

} // namespace jobs
