// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <optional>

namespace firewall {

// One IPv4 or IPv6 address as a 128-bit value (hi, lo). An IPv4 address keeps v6 = false and its 32
// bits in the low part of lo; IPv4 and IPv6 are never mixed (an IPv4-mapped IPv6 address is IPv6).
// Ordering: every IPv4 address before every IPv6 address, then by value.
struct IpAddress
{
    quint64 hi = 0;
    quint64 lo = 0;
    bool v6 = false;

    static IpAddress v4(quint32 value) { return {0, value, false}; }
    static IpAddress v6Of(quint64 hi, quint64 lo) { return {hi, lo, true}; }

    int bits() const { return v6 ? 128 : 32; }
    // IPv4 dotted quad; IPv6 in the canonical text of RFC 5952 (lower case, no leading zeros, the
    // longest run of two or more zero groups compressed to "::", the first one on a tie;
    // ::ffff:a.b.c.d for an IPv4-mapped address).
    QString toString() const;

    // One address, strictly: no surrounding spaces, no prefix, no range, no zone id. On failure
    // std::nullopt and, when `reason` is given, a sentence naming the value and what is expected.
    static std::optional<IpAddress> parse(QStringView text, QString *reason = nullptr);

    // Arithmetic within the family (callers check the bounds: next() of the last address and prev()
    // of 0 wrap around).
    IpAddress next() const;
    IpAddress prev() const;
    bool isZero() const { return hi == 0 && lo == 0; }
    bool isMax() const; // 255.255.255.255 or ffff:...:ffff
    // The first and last address of the block of `prefix` bits holding this address.
    IpAddress network(int prefix) const;
    IpAddress broadcast(int prefix) const;
    // How many low bits are zero (bits() for the address 0): the largest block starting here.
    int trailingZeroBits() const;

    friend bool operator==(const IpAddress &a, const IpAddress &b)
    {
        return a.v6 == b.v6 && a.hi == b.hi && a.lo == b.lo;
    }
    friend bool operator!=(const IpAddress &a, const IpAddress &b) { return !(a == b); }
    friend bool operator<(const IpAddress &a, const IpAddress &b)
    {
        if (a.v6 != b.v6)
            return !a.v6;
        if (a.hi != b.hi)
            return a.hi < b.hi;
        return a.lo < b.lo;
    }
    friend bool operator>(const IpAddress &a, const IpAddress &b) { return b < a; }
    friend bool operator<=(const IpAddress &a, const IpAddress &b) { return !(b < a); }
    friend bool operator>=(const IpAddress &a, const IpAddress &b) { return !(a < b); }
};

class IpEntry;

// What IpEntry::parse made of one value.
struct IpEntryResult;

// One entry of an IP collection: an address, a CIDR block or an inclusive range, always of one family.
// Every entry is a contiguous interval [first(), last()]; canonical() is the text stored, compared
// and sent to SentinelOne:
// - Address: "10.0.0.1", "2001:db8::1" (a /32, a /128 and a range of one address become an Address);
// - Cidr: "10.0.0.0/8" (host bits cleared);
// - Range: "10.0.0.1-10.0.0.9" (kept as the user wrote it even when it is exactly one CIDR block;
//   IpSet's aggregation turns ranges into blocks).
class IpEntry
{
    Q_DECLARE_TR_FUNCTIONS(IpEntry)
public:
    enum class Kind { Address, Cidr, Range };

    IpEntry() = default; // the IPv4 address 0.0.0.0
    static IpEntry address(const IpAddress &address);
    // The block of `prefix` bits holding `address` (host bits cleared); an Address for /32 or /128.
    static IpEntry cidr(const IpAddress &address, int prefix);
    // first <= last of one family (else std::nullopt); an Address when first == last.
    static std::optional<IpEntry> range(const IpAddress &first, const IpAddress &last);

    // Parses one value as a user typed it (see the .cpp for every rule and reason): surrounding
    // white space trimmed, defanged dots ("[.]", "(.)", "{.}") and colons ("[:]") accepted.
    static IpEntryResult parse(QStringView text);

    Kind kind() const { return m_kind; }
    const IpAddress &first() const { return m_first; }
    const IpAddress &last() const { return m_last; }
    int prefix() const { return m_prefix; } // the prefix of a Cidr; bits() for an Address; -1 for a Range
    bool isV6() const { return m_first.v6; }
    QString canonical() const;

    // How many addresses the entry holds, saturated at the largest quint64 (an IPv6 /64 or wider).
    quint64 addressCount() const;
    // Every address of `other` is in this entry (same family).
    bool contains(const IpEntry &other) const;
    bool contains(const IpAddress &address) const;
    // At least one address in common (same family).
    bool overlaps(const IpEntry &other) const;
    // The same addresses (a Cidr and a Range may hold the same).
    bool sameAddresses(const IpEntry &other) const
    {
        return m_first == other.m_first && m_last == other.m_last;
    }

    // Equality of the canonical entry (kind and bounds).
    friend bool operator==(const IpEntry &a, const IpEntry &b)
    {
        return a.m_kind == b.m_kind && a.m_first == b.m_first && a.m_last == b.m_last;
    }
    friend bool operator!=(const IpEntry &a, const IpEntry &b) { return !(a == b); }
    // By family, first, then last; equal bounds by kind (Address, Cidr, Range).
    friend bool operator<(const IpEntry &a, const IpEntry &b)
    {
        if (a.m_first != b.m_first)
            return a.m_first < b.m_first;
        if (a.m_last != b.m_last)
            return a.m_last < b.m_last;
        return int(a.m_kind) < int(b.m_kind);
    }

private:
    Kind m_kind = Kind::Address;
    IpAddress m_first;
    IpAddress m_last;
    int m_prefix = 32;
};

struct IpEntryResult
{
    bool ok = false;
    IpEntry entry; // when ok
    QString reason; // unless ok: a sentence naming the value and what is expected
    QString warning; // when ok: what was changed on the way (host bits cleared); else empty
};

// `text` for a message: control characters escaped, cut to `maxChars` characters with "..." after.
QString printableValue(QStringView text, int maxChars = 200);

// For QHash / QSet keys (an address's rule in the planner, say).
inline size_t qHash(const IpAddress &address, size_t seed = 0) noexcept
{
    return qHashMulti(seed, address.hi, address.lo, address.v6);
}
inline size_t qHash(const IpEntry &entry, size_t seed = 0) noexcept
{
    return qHashMulti(seed, entry.first(), entry.last(), int(entry.kind()));
}

} // namespace firewall

Q_DECLARE_TYPEINFO(firewall::IpAddress, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(firewall::IpEntry, Q_RELOCATABLE_TYPE);
