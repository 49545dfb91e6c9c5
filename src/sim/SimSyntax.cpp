// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimSyntax.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace s1sim::tenant {

bool isHexText(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

// Strict dotted quad, no leading zeros.
bool isIpv4(QStringView s)
{
    const auto parts = s.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView p : parts) {
        if (p.isEmpty() || p.size() > 3 || (p.size() > 1 && p[0] == u'0'))
            return false;
        for (QChar c : p) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

bool isIpv6(QStringView s)
{
    if (!s.contains(u':') || s.contains(u'%'))
        return false;
    QHostAddress address;
    return address.setAddress(s.toString()) && address.protocol() == QAbstractSocket::IPv6Protocol;
}

bool isHostName(QStringView s, bool allowWildcard)
{
    if (allowWildcard && s.startsWith(u"*."))
        s = s.mid(2);
    if (s.endsWith(u'.'))
        s.chop(1);
    if (s.isEmpty() || s.size() > 253)
        return false;
    const auto labels = s.split(u'.');
    if (labels.size() < 2)
        return false;
    bool allNumeric = true;
    for (QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (QChar c : label) {
            const char16_t u = c.unicode();
            const bool digit = u >= u'0' && u <= u'9';
            if (!digit)
                allNumeric = false;
            if (!(digit || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'-' || u == u'_'))
                return false;
        }
    }
    return !allNumeric;
}

bool isUrl(QStringView s)
{
    if (s.trimmed().size() != s.size() || s.contains(u' '))
        return false;
    const QUrl url(s.toString(), QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty();
}

bool isIpAddress(QStringView s)
{
    return isIpv4(s) || isIpv6(s);
}

bool isCidr(QStringView s)
{
    const qsizetype slash = s.indexOf(u'/');
    if (slash <= 0)
        return false;
    const QStringView ip = s.left(slash);
    bool ok = false;
    const int bits = s.mid(slash + 1).toInt(&ok);
    if (!ok)
        return false;
    if (isIpv4(ip))
        return bits >= 0 && bits <= 32;
    if (isIpv6(ip))
        return bits >= 0 && bits <= 128;
    return false;
}

bool isIpRange(QStringView s)
{
    const qsizetype dash = s.indexOf(u'-');
    if (dash <= 0)
        return false;
    const QStringView a = s.left(dash).trimmed();
    const QStringView b = s.mid(dash + 1).trimmed();
    return (isIpv4(a) && isIpv4(b)) || (isIpv6(a) && isIpv6(b));
}

} // namespace s1sim::tenant
