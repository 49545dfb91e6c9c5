// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firewall/IpEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace firewall {

class IpSet;

// The addresses a firewall export never blocks. An entry of a collection that overlaps any of them is
// left out whole, and the plan names it with the reason.
// - Built in, always: loopback (127.0.0.0/8, ::1), link-local (169.254.0.0/16, fe80::/10), multicast
//   (224.0.0.0/4, ff00::/8), this network / unspecified (0.0.0.0/8, ::), the limited broadcast
//   255.255.255.255.
// - Private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, fc00::/7): protected
//   unless setAllowPrivate(true).
// - The hosts of the configured SentinelOne console and OpenCTI (addHost / addAddress): recomputed at
//   each run, not persisted.
// - The admin's own entries (addEntry, setOwnEntries): persisted as text (ownEntries).
class ProtectedList
{
    Q_DECLARE_TR_FUNCTIONS(ProtectedList)
public:
    struct Protection
    {
        QString entry; // canonical value of the collection's entry left out
        QString reason; // "10.0.0.0/8 overlaps 10.1.2.3, the SentinelOne console, which is never blocked."
    };

    enum class HostKind {
        Added, // an IP literal (or a URL with one): protected now
        NeedsResolution, // a host name: resolve `host` (QHostInfo) and call addAddress() per address
        Invalid, // empty, or a URL without a host
    };
    struct HostResult
    {
        HostKind kind = HostKind::Invalid;
        QString host; // the host name to resolve (NeedsResolution), or the address added (Added)
    };

    ProtectedList() = default;

    void setAllowPrivate(bool allow) { m_allowPrivate = allow; }
    bool allowPrivate() const { return m_allowPrivate; }

    // `hostOrUrl`: "10.1.2.3", "2001:db8::5", "[2001:db8::5]", "console.example.net",
    // "https://10.1.2.3:8443/path", "https://usea1.sentinelone.net". `why` names it for the reasons:
    // "the SentinelOne console", "OpenCTI".
    HostResult addHost(const QString &hostOrUrl, const QString &why);
    void addAddress(const IpAddress &address, const QString &why);
    // The admin's own networks; `why` may be empty ("one of your own networks").
    void addEntry(const IpEntry &entry, const QString &why = QString());
    // The admin's entries as text, one per value: "10.0.0.0/8" or "10.0.0.0/8 # office" when a `why`
    // was given, so IpCollectionParser reads it back. setOwnEntries() replaces them and returns the
    // refused lines' reasons (none for what ownEntries() wrote).
    QStringList ownEntries() const;
    QStringList setOwnEntries(const QStringList &lines);
    void clearHosts();

    // Why `entry` must not be blocked (the first protection it overlaps: built in, hosts, own
    // entries, private ranges; IPv4-mapped IPv6 addresses as the IPv4 addresses they stand for), or
    // std::nullopt when it may be.
    std::optional<QString> reasonFor(const IpEntry &entry) const;
    // Removes from `set` every entry that overlaps a protected one; returns what it removed, in order.
    QList<Protection> filter(IpSet &set) const;

private:
    enum class Category { BuiltIn, Host, Own, Private };
    struct Item
    {
        IpEntry entry;
        Category category;
        QString why; // what the admin or the caller said ("the SentinelOne console")
        const char *builtInName = nullptr; // untranslated class name of a built-in ("loopback")
    };
    const QList<Item> &builtIns() const;
    const QList<Item> &privateRanges() const;
    static QString reason(const IpEntry &entry, const Item &item);
    std::optional<QString> directReason(const IpEntry &entry) const; // without the IPv4-mapped check

    QList<Item> m_hosts;
    QList<Item> m_own;
    bool m_allowPrivate = false;
};

} // namespace firewall
