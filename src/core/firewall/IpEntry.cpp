// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpEntry.h"

#include <QtAlgorithms>

using namespace Qt::StringLiterals;

namespace firewall {

namespace {

constexpr quint64 kAllOnes = ~quint64(0);

// The `k` low bits set, as (hi, lo); k from 0 to 128.
void lowMask(int k, quint64 &hi, quint64 &lo)
{
    if (k <= 0) {
        hi = lo = 0;
    } else if (k < 64) {
        hi = 0;
        lo = (quint64(1) << k) - 1;
    } else if (k == 64) {
        hi = 0;
        lo = kAllOnes;
    } else if (k < 128) {
        hi = (quint64(1) << (k - 64)) - 1;
        lo = kAllOnes;
    } else {
        hi = lo = kAllOnes;
    }
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool digitsAndDots(QStringView s)
{
    for (QChar c : s) {
        if (!isDigit(c) && c != u'.')
            return false;
    }
    return !s.isEmpty();
}

bool ipv6Characters(QStringView s)
{
    for (QChar c : s) {
        if (hexValue(c) < 0 && c != u':' && c != u'.')
            return false;
    }
    return true;
}

// A decimal number of at most 9 digits (more is "too big" anyway); -1 when empty or not digits.
qint64 decimal(QStringView s)
{
    if (s.isEmpty() || s.size() > 9)
        return s.isEmpty() ? -1 : 1'000'000'000;
    qint64 value = 0;
    for (QChar c : s) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// The octal reading of an octet with a leading zero, as inet_aton() would take it; -1 when it is
// no octal number (an 8 or a 9) or over 255.
qint64 octal(QStringView s)
{
    if (s.size() > 12)
        return -1;
    qint64 value = 0;
    for (QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'7')
            return -1;
        value = value * 8 + (c.unicode() - u'0');
    }
    return value <= 255 ? value : -1;
}

QString dotted(const qint64 (&octets)[4])
{
    return u"%1.%2.%3.%4"_s.arg(octets[0]).arg(octets[1]).arg(octets[2]).arg(octets[3]);
}

void setReason(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
}

QString shown(QStringView text)
{
    return printableValue(text, 120);
}

QString notAnAddress(QStringView text)
{
    return IpEntry::tr("%1 is not an IP address, CIDR block or range; expected an address such as "
                       "192.0.2.1 or 2001:db8::1, a block such as 10.0.0.0/8, or a range such as "
                       "10.0.0.1-10.0.0.9.")
        .arg(shown(text));
}

std::optional<quint32> parseV4(QStringView text, QString *reason)
{
    if (!digitsAndDots(text)) {
        setReason(reason, notAnAddress(text));
        return std::nullopt;
    }
    QStringView parts[4];
    int count = 0;
    for (QStringView part : qTokenize(text, u'.')) {
        if (count < 4)
            parts[count] = part;
        ++count;
    }
    if (count != 4) {
        setReason(reason,
            IpEntry::tr("%1 has %n number(s); an IPv4 address has four numbers from 0 to 255 separated by "
                        "dots, such as 192.0.2.1.",
                "", count)
                .arg(shown(text)));
        return std::nullopt;
    }
    bool leadingZero = false;
    for (QStringView part : parts) {
        if (part.isEmpty()) {
            setReason(reason,
                IpEntry::tr("%1 has an empty number between dots; an IPv4 address has four numbers from 0 "
                            "to 255 separated by dots, such as 192.0.2.1.")
                    .arg(shown(text)));
            return std::nullopt;
        }
        if (part.size() > 1 && part.front() == u'0') {
            leadingZero = true;
            continue;
        }
        if (decimal(part) > 255) {
            setReason(reason,
                IpEntry::tr("%1: %2 is over 255; each of the four numbers of an IPv4 address is from 0 "
                            "to 255.")
                    .arg(shown(text), shown(part)));
            return std::nullopt;
        }
    }
    if (leadingZero) {
        // Some tools read "010" as octal (8), others as decimal (10): say both readings, when valid.
        qint64 asDecimal[4];
        qint64 asOctal[4];
        bool decimalOk = true;
        bool octalOk = true;
        for (int i = 0; i < 4; ++i) {
            asDecimal[i] = decimal(parts[i]);
            decimalOk = decimalOk && asDecimal[i] <= 255;
            asOctal[i] = parts[i].size() > 1 && parts[i].front() == u'0' ? octal(parts[i]) : asDecimal[i];
            octalOk = octalOk && asOctal[i] >= 0 && asOctal[i] <= 255;
        }
        QString advice;
        if (decimalOk && octalOk && dotted(asDecimal) != dotted(asOctal))
            advice = IpEntry::tr("write %1 or %2").arg(dotted(asDecimal), dotted(asOctal));
        else if (decimalOk)
            advice = IpEntry::tr("write %1").arg(dotted(asDecimal));
        else if (octalOk)
            advice = IpEntry::tr("write %1").arg(dotted(asOctal));
        else
            advice = IpEntry::tr("write each number from 0 to 255 without leading zeros");
        setReason(reason,
            IpEntry::tr("%1: leading zeros are ambiguous (octal or decimal?); %2.").arg(shown(text), advice));
        return std::nullopt;
    }
    quint32 value = 0;
    for (QStringView part : parts)
        value = (value << 8) | quint32(decimal(part));
    return value;
}

bool parseV6(QStringView text, IpAddress &out, QString *reason)
{
    const qsizetype doubleColon = text.indexOf(u"::");
    if (doubleColon >= 0 && text.indexOf(u"::", doubleColon + 1) >= 0) {
        setReason(reason,
            IpEntry::tr("%1 has \"::\" more than once; \"::\" stands for one run of zero groups and is "
                        "written at most once, as in 2001:db8::1.")
                .arg(shown(text)));
        return false;
    }
    // The groups before and after "::" (all of them when there is none).
    const QStringView head = doubleColon >= 0 ? text.left(doubleColon) : text;
    const QStringView tail = doubleColon >= 0 ? text.mid(doubleColon + 2) : QStringView();
    quint16 groups[8] = {};
    quint16 headGroups[8];
    quint16 tailGroups[8];
    int headCount = 0;
    int tailCount = 0;
    auto readGroups = [&](QStringView part, quint16 *into, int &count, bool last) {
        if (part.isEmpty())
            return true;
        qsizetype start = 0;
        while (true) {
            qsizetype colon = part.indexOf(u':', start);
            const QStringView group = part.mid(start, colon < 0 ? part.size() - start : colon - start);
            if (group.contains(u'.')) {
                // An IPv4 address in the last two groups (::ffff:192.0.2.1).
                if (colon >= 0 || !last) {
                    setReason(reason,
                        IpEntry::tr("%1 has an IPv4 address before its last group; an IPv4 part may only "
                                    "end an IPv6 address, as in ::ffff:192.0.2.1.")
                            .arg(shown(text)));
                    return false;
                }
                const std::optional<quint32> v4 = parseV4(group, reason);
                if (!v4)
                    return false;
                if (count + 2 > 8) {
                    count += 2; // too many groups: reported below
                } else {
                    into[count++] = quint16(*v4 >> 16);
                    into[count++] = quint16(*v4 & 0xffff);
                }
                return true;
            }
            if (group.isEmpty() || group.size() > 4) {
                setReason(reason,
                    group.isEmpty()
                        ? IpEntry::tr("%1 has an empty group; IPv6 groups are separated by single colons, "
                                      "with \"::\" written once for a run of zero groups.")
                              .arg(shown(text))
                        : IpEntry::tr("%1: \"%2\" is not a group of 1 to 4 hexadecimal digits.")
                              .arg(shown(text), shown(group)));
                return false;
            }
            quint16 value = 0;
            for (QChar c : group)
                value = quint16((value << 4) | hexValue(c));
            if (count < 8)
                into[count] = value;
            ++count;
            if (colon < 0)
                return true;
            start = colon + 1;
        }
    };
    if (!readGroups(head, headGroups, headCount, doubleColon < 0)
        || !readGroups(tail, tailGroups, tailCount, true))
        return false;
    const int total = headCount + tailCount;
    if ((doubleColon < 0 && total != 8) || (doubleColon >= 0 && total > 7)) {
        setReason(reason,
            IpEntry::tr("%1 has %n group(s); an IPv6 address has eight groups of hexadecimal digits "
                        "separated by colons, or fewer with \"::\" standing for a run of zero groups.",
                "", total)
                .arg(shown(text)));
        return false;
    }
    for (int i = 0; i < headCount; ++i)
        groups[i] = headGroups[i];
    for (int i = 0; i < tailCount; ++i)
        groups[8 - tailCount + i] = tailGroups[i];
    quint64 hi = 0;
    quint64 lo = 0;
    for (int i = 0; i < 4; ++i) {
        hi = (hi << 16) | groups[i];
        lo = (lo << 16) | groups[i + 4];
    }
    out = IpAddress::v6Of(hi, lo);
    return true;
}

} // namespace

QString printableValue(QStringView text, int maxChars)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxChars) + 3);
    int shownChars = 0;
    for (QChar c : text) {
        if (shownChars >= maxChars) {
            out += u"...";
            break;
        }
        const char16_t u = c.unicode();
        if (u == u'\t')
            out += u"\\t";
        else if (u == u'\n')
            out += u"\\n";
        else if (u == u'\r')
            out += u"\\r";
        else if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            out += u"\\x%1"_s.arg(int(u), 2, 16, QChar(u'0'));
        else if ((u >= 0x200b && u <= 0x200f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)
            || u == 0x2028 || u == 0x2029 || u == 0xfeff)
            out += u"\\u%1"_s.arg(int(u), 4, 16, QChar(u'0'));
        else
            out += c;
        ++shownChars;
    }
    return out;
}

// --- IpAddress ---

QString IpAddress::toString() const
{
    if (!v6) {
        const quint32 v = quint32(lo);
        return u"%1.%2.%3.%4"_s.arg(v >> 24).arg((v >> 16) & 0xff).arg((v >> 8) & 0xff).arg(v & 0xff);
    }
    if (hi == 0 && (lo >> 32) == 0xffff)
        return u"::ffff:"_s + IpAddress::v4(quint32(lo)).toString();
    quint16 groups[8];
    for (int i = 0; i < 4; ++i) {
        groups[i] = quint16(hi >> (48 - 16 * i));
        groups[i + 4] = quint16(lo >> (48 - 16 * i));
    }
    // The longest run of at least two zero groups (the first on a tie) becomes "::" (RFC 5952 4.2).
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString out;
    out.reserve(39);
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += u"::";
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(groups[i], 16);
    }
    return out;
}

std::optional<IpAddress> IpAddress::parse(QStringView text, QString *reason)
{
    if (text.isEmpty()) {
        setReason(reason,
            IpEntry::tr("The address is empty; expected an IP address such as 192.0.2.1 or 2001:db8::1."));
        return std::nullopt;
    }
    const qsizetype percent = text.indexOf(u'%');
    if (percent >= 0 && text.contains(u':')) {
        setReason(reason,
            IpEntry::tr("%1 carries the zone id \"%2\", which names a network interface of one machine and "
                        "cannot be blocked; remove \"%2\" and keep the address.")
                .arg(shown(text), shown(text.mid(percent))));
        return std::nullopt;
    }
    if (text.contains(u':')) {
        if (!ipv6Characters(text)) {
            setReason(reason, notAnAddress(text));
            return std::nullopt;
        }
        IpAddress address;
        if (!parseV6(text, address, reason))
            return std::nullopt;
        return address;
    }
    if (!digitsAndDots(text)) {
        setReason(reason, notAnAddress(text));
        return std::nullopt;
    }
    const std::optional<quint32> value = parseV4(text, reason);
    if (!value)
        return std::nullopt;
    return IpAddress::v4(*value);
}

IpAddress IpAddress::next() const
{
    if (!v6)
        return v4(quint32(lo) + 1);
    IpAddress out = *this;
    if (++out.lo == 0)
        ++out.hi;
    return out;
}

IpAddress IpAddress::prev() const
{
    if (!v6)
        return v4(quint32(lo) - 1);
    IpAddress out = *this;
    if (out.lo-- == 0)
        --out.hi;
    return out;
}

bool IpAddress::isMax() const
{
    return v6 ? (hi == kAllOnes && lo == kAllOnes) : lo == 0xffffffffu;
}

IpAddress IpAddress::network(int prefix) const
{
    quint64 mhi;
    quint64 mlo;
    lowMask(bits() - qBound(0, prefix, bits()), mhi, mlo);
    return {hi & ~mhi, lo & ~mlo, v6};
}

IpAddress IpAddress::broadcast(int prefix) const
{
    quint64 mhi;
    quint64 mlo;
    lowMask(bits() - qBound(0, prefix, bits()), mhi, mlo);
    return {hi | mhi, lo | mlo, v6};
}

int IpAddress::trailingZeroBits() const
{
    if (isZero())
        return bits();
    if (lo != 0)
        return qMin(int(qCountTrailingZeroBits(lo)), bits());
    return 64 + int(qCountTrailingZeroBits(hi));
}

// --- IpEntry ---

IpEntry IpEntry::address(const IpAddress &address)
{
    IpEntry e;
    e.m_kind = Kind::Address;
    e.m_first = e.m_last = address;
    e.m_prefix = address.bits();
    return e;
}

IpEntry IpEntry::cidr(const IpAddress &address, int prefix)
{
    prefix = qBound(0, prefix, address.bits());
    if (prefix == address.bits())
        return IpEntry::address(address);
    IpEntry e;
    e.m_kind = Kind::Cidr;
    e.m_first = address.network(prefix);
    e.m_last = address.broadcast(prefix);
    e.m_prefix = prefix;
    return e;
}

std::optional<IpEntry> IpEntry::range(const IpAddress &first, const IpAddress &last)
{
    if (first.v6 != last.v6 || last < first)
        return std::nullopt;
    if (first == last)
        return IpEntry::address(first);
    IpEntry e;
    e.m_kind = Kind::Range;
    e.m_first = first;
    e.m_last = last;
    e.m_prefix = -1;
    return e;
}

QString IpEntry::canonical() const
{
    switch (m_kind) {
    case Kind::Address:
        return m_first.toString();
    case Kind::Cidr:
        return m_first.toString() + u'/' + QString::number(m_prefix);
    case Kind::Range:
        return m_first.toString() + u'-' + m_last.toString();
    }
    return {};
}

quint64 IpEntry::addressCount() const
{
    // last - first as 128 bits, then + 1, saturated.
    const quint64 lo = m_last.lo - m_first.lo;
    const quint64 hi = m_last.hi - m_first.hi - (m_last.lo < m_first.lo ? 1 : 0);
    if (hi != 0 || lo == kAllOnes)
        return kAllOnes;
    return lo + 1;
}

bool IpEntry::contains(const IpEntry &other) const
{
    return isV6() == other.isV6() && m_first <= other.m_first && other.m_last <= m_last;
}

bool IpEntry::contains(const IpAddress &address) const
{
    return isV6() == address.v6 && m_first <= address && address <= m_last;
}

bool IpEntry::overlaps(const IpEntry &other) const
{
    return isV6() == other.isV6() && m_first <= other.m_last && other.m_first <= m_last;
}

namespace {

// Defanged notations as threat reports write them: "10[.]0[.]0[.]1", "2001[:]db8[:][:]1".
QString refang(QStringView text)
{
    QString out = text.toString();
    out.replace(u"[.]"_s, u"."_s);
    out.replace(u"(.)"_s, u"."_s);
    out.replace(u"{.}"_s, u"."_s);
    out.replace(u"[:]"_s, u":"_s);
    return out;
}

// A prefix after "/": a number, or for IPv4 a contiguous netmask (255.255.255.0 = 24). -1 and a
// reason when it is neither; -2 when it is a number too large.
int parsePrefix(QStringView whole, QStringView text, bool v6, QString &reason)
{
    const int bits = v6 ? 128 : 32;
    if (!text.isEmpty() && text.size() <= 4 && decimal(text) >= 0) {
        const qint64 value = decimal(text);
        if (value > bits) {
            reason = v6 ? IpEntry::tr("%1: the prefix /%2 is too long; an IPv6 block has a prefix from /0 "
                                      "to /128.")
                              .arg(shown(whole), shown(text))
                        : IpEntry::tr("%1: the prefix /%2 is too long; an IPv4 block has a prefix from /0 "
                                      "to /32.")
                              .arg(shown(whole), shown(text));
            return -2;
        }
        return int(value);
    }
    if (!v6 && digitsAndDots(text)) {
        if (const std::optional<quint32> mask = parseV4(text, nullptr)) {
            const quint32 inverted = ~*mask;
            if ((inverted & (inverted + 1)) == 0) // ones then zeros
                return 32 - int(qPopulationCount(inverted));
            reason = IpEntry::tr("%1: the netmask %2 is not contiguous; write the block with a prefix "
                                 "length, such as 10.0.0.0/8.")
                         .arg(shown(whole), shown(text));
            return -1;
        }
    }
    reason = v6 ? IpEntry::tr("%1: the prefix \"%2\" is not a number; expected /0 to /128 after an IPv6 "
                              "address, such as 2001:db8::/32.")
                      .arg(shown(whole), shown(text))
                : IpEntry::tr("%1: the prefix \"%2\" is not a number; expected /0 to /32 after an IPv4 "
                              "address, such as 10.0.0.0/8.")
                      .arg(shown(whole), shown(text));
    return -1;
}

} // namespace

IpEntryResult IpEntry::parse(QStringView input)
{
    IpEntryResult result;
    QStringView text = input.trimmed();
    if (text.isEmpty()) {
        result.reason = tr("The entry is empty; expected an IP address (192.0.2.1), a CIDR block "
                           "(10.0.0.0/8) or a range (10.0.0.1-10.0.0.9).");
        return result;
    }
    QString refanged;
    if (text.contains(u'[') || text.contains(u'(') || text.contains(u'{')) {
        refanged = refang(text);
        text = refanged;
    }
    // A port has no place in a collection: "192.0.2.1:443", "[2001:db8::1]:443".
    const qsizetype firstColon = text.indexOf(u':');
    const qsizetype firstDot = text.indexOf(u'.');
    const bool v4WithPort = firstColon > 0 && firstDot >= 0 && firstDot < firstColon && text.count(u':') == 1;
    if (v4WithPort || (text.startsWith(u'[') && text.contains(u"]:"))) {
        const QStringView address = v4WithPort ? text.left(firstColon) : text.mid(1, text.indexOf(u']') - 1);
        result.reason = tr("%1 carries a port; a collection holds addresses only: write %2 (the rule's "
                           "remote port is part of its template).")
                            .arg(shown(input.trimmed()), shown(address));
        return result;
    }
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    // Anything but hexadecimal digits and the separators (a domain, a URL, two addresses on one line)
    // is named whole. A zone id ("%eth0") may hold any letter: IpAddress::parse() explains it.
    if (!text.contains(u'%')) {
        for (QChar c : text) {
            if (hexValue(c) < 0 && c != u'.' && c != u':' && c != u'/' && c != u'-' && c != u' ') {
                result.reason = notAnAddress(input.trimmed());
                return result;
            }
        }
    }

    const qsizetype dash = text.indexOf(u'-');
    if (dash >= 0) {
        const QStringView from = text.left(dash).trimmed();
        const QStringView to = text.mid(dash + 1).trimmed();
        if (from.isEmpty() || to.isEmpty()) {
            result.reason = from.isEmpty() ? tr("%1 is a range without its first address; expected two "
                                                "addresses, as in 10.0.0.1-10.0.0.9.")
                                                 .arg(shown(text))
                                           : tr("%1 is a range without its last address; expected two "
                                                "addresses, as in 10.0.0.1-10.0.0.9.")
                                                 .arg(shown(text));
            return result;
        }
        if (from.contains(u'/') || to.contains(u'/')) {
            result.reason = tr("%1 mixes a range and a CIDR block; write either a block (10.0.0.0/8) or a "
                               "range of two addresses (10.0.0.1-10.0.0.9).")
                                .arg(shown(text));
            return result;
        }
        const std::optional<IpAddress> a = IpAddress::parse(from, &result.reason);
        if (!a)
            return result;
        const std::optional<IpAddress> b = IpAddress::parse(to, &result.reason);
        if (!b)
            return result;
        if (a->v6 != b->v6) {
            result.reason
                = tr("%1 mixes IPv4 and IPv6; both ends of a range are of the same family.").arg(shown(text));
            return result;
        }
        if (*b < *a) {
            result.reason = tr("%1: the end is before the start; write the lower address first (%2-%3).")
                                .arg(shown(text), b->toString(), a->toString());
            return result;
        }
        result.entry = *IpEntry::range(*a, *b);
        result.ok = true;
        return result;
    }

    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0) {
        const std::optional<IpAddress> a = IpAddress::parse(text.left(slash), &result.reason);
        if (!a)
            return result;
        const int prefix = parsePrefix(text, text.mid(slash + 1), a->v6, result.reason);
        if (prefix < 0)
            return result;
        result.entry = IpEntry::cidr(*a, prefix);
        if (result.entry.first() != *a) {
            result.warning
                = tr("%1 has host bits set; taken as %2.").arg(shown(text), result.entry.canonical());
        }
        result.ok = true;
        return result;
    }

    const std::optional<IpAddress> a = IpAddress::parse(text, &result.reason);
    if (!a)
        return result;
    result.entry = IpEntry::address(*a);
    result.ok = true;
    return result;
}

} // namespace firewall
