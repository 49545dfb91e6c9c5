// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTime.h"

#include "SimTenant.h"

#include <QDateTime>

#include <algorithm>
#include <cstdio>

namespace s1sim {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Howard Hinnant's civil calendar algorithms.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int mp = (m + 9) % 12;
    const int doy = (153 * mp + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int *y, int *m, int *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = int(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = int(yoe + era * 400) + (*m <= 2 ? 1 : 0);
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && isLeap(y)) ? 29 : days[m - 1];
}

} // namespace

namespace tenant {

int formatTimestampTo(char *buf, std::size_t size, qint64 us)
{
    const qint64 secs = floorDiv(us, UsPerSec);
    const int micros = int(us - secs * UsPerSec);
    const qint64 days = floorDiv(secs, 86400);
    const int sod = int(secs - days * 86400);
    int y = 0, m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    return std::snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", y, m, d, sod / 3600,
        (sod / 60) % 60, sod % 60, micros);
}

qint64 nowUsecs()
{
    return QDateTime::currentMSecsSinceEpoch() * UsPerMs;
}

} // namespace tenant

using namespace tenant;

QString SimTenant::formatTimestamp(qint64 usecsSinceEpoch)
{
    char buf[64];
    const int n = formatTimestampTo(buf, sizeof buf, usecsSinceEpoch);
    return QString::fromLatin1(buf, n);
}

std::optional<qint64> SimTenant::parseTimestamp(QStringView text)
{
    const QStringView s = text.trimmed();
    const qsizetype n = s.size();
    if (n == 0)
        return std::nullopt;
    const auto digitsAt = [&](qsizetype pos, int count, int *out) {
        if (pos < 0 || pos + count > n)
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = s[pos + i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + int(c - u'0');
        }
        *out = v;
        return true;
    };

    bool allDigits = true;
    for (QChar c : s) {
        if (c < u'0' || c > u'9') {
            allDigits = false;
            break;
        }
    }
    if (allDigits) { // epoch milliseconds
        if (n > 15)
            return std::nullopt;
        return s.toLongLong() * UsPerMs;
    }

    int y = 0, mo = 0, d = 0;
    if (n < 10 || !digitsAt(0, 4, &y) || s[4] != u'-' || !digitsAt(5, 2, &mo) || s[7] != u'-'
        || !digitsAt(8, 2, &d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
        return std::nullopt;
    qsizetype pos = 10;
    int h = 0, mi = 0, sec = 0;
    qint64 fracUs = 0;
    qint64 offsetSecs = 0;
    if (pos < n) {
        if (s[pos] != u'T' && s[pos] != u't' && s[pos] != u' ')
            return std::nullopt;
        ++pos;
        if (!digitsAt(pos, 2, &h) || pos + 2 >= n || s[pos + 2] != u':' || !digitsAt(pos + 3, 2, &mi))
            return std::nullopt;
        pos += 5;
        if (pos < n && s[pos] == u':') {
            if (!digitsAt(pos + 1, 2, &sec))
                return std::nullopt;
            pos += 3;
            if (pos < n && (s[pos] == u'.' || s[pos] == u',')) {
                ++pos;
                int digits = 0;
                qint64 frac = 0;
                while (pos < n && s[pos] >= u'0' && s[pos] <= u'9') {
                    if (digits < 6)
                        frac = frac * 10 + (s[pos].unicode() - u'0');
                    ++digits;
                    ++pos;
                }
                if (digits == 0 || digits > 9)
                    return std::nullopt;
                for (int i = std::min(digits, 6); i < 6; ++i)
                    frac *= 10;
                fracUs = frac;
            }
        }
        if (pos < n) {
            const char16_t z = s[pos].unicode();
            if (z == u'Z' || z == u'z') {
                ++pos;
            } else if (z == u'+' || z == u'-') {
                int oh = 0, om = 0;
                if (!digitsAt(pos + 1, 2, &oh))
                    return std::nullopt;
                pos += 3;
                if (pos < n) {
                    if (s[pos] == u':')
                        ++pos;
                    if (!digitsAt(pos, 2, &om))
                        return std::nullopt;
                    pos += 2;
                }
                if (oh > 23 || om > 59)
                    return std::nullopt;
                offsetSecs = qint64(oh * 3600 + om * 60) * (z == u'-' ? -1 : 1);
            } else {
                return std::nullopt;
            }
        }
        if (pos != n || h > 23 || mi > 59 || sec > 59)
            return std::nullopt;
    }
    const qint64 secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offsetSecs;
    return secs * UsPerSec + fracUs;
}

} // namespace s1sim
