// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firewall/IpEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace firewall {

// The canonical set of a collection: what is exported. Built from parsed entries, it is sorted (IPv4
// before IPv6, then by first and last address), with duplicates removed and every entry that another
// entry covers merged into it (each merge reported). Entries that overlap without one covering the
// other are both kept (reported as overlaps). With aggregation, the addresses are rewritten as the
// fewest CIDR blocks holding exactly the same addresses (adjacent and overlapping entries collapse;
// ranges become blocks); IPv4 and IPv6 never merge.
class IpSet
{
    Q_DECLARE_TR_FUNCTIONS(IpSet)
public:
    struct Options
    {
        bool aggregate = false;
    };

    // An entry left out because another entry holds all its addresses.
    struct Merge
    {
        QString removed; // canonical value of the entry left out
        QString keptBy; // canonical value of the entry that holds it (equal to `removed` for a repeat)
        bool sameAddresses = false; // both hold the same addresses (a range written as a block, a repeat)
        // "10.0.0.5 is inside 10.0.0.0/24.", "10.0.0.1 is repeated.", "10.0.0.0-10.0.0.255 holds the
        // same addresses as 10.0.0.0/24." (translated).
        QString text() const;
    };
    // Two kept entries with some addresses in common, neither holding the other.
    struct Overlap
    {
        QString first;
        QString second;
        QString text() const; // "10.0.0.0-10.0.0.9 overlaps 10.0.0.5-10.0.0.20; both are kept."
    };

    IpSet() = default;
    static IpSet build(const QList<IpEntry> &in, Options options);
    static IpSet build(const QList<IpEntry> &in) { return build(in, Options()); }

    const QList<IpEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    QStringList canonicalValues() const; // in the order of entries() (stable for the same addresses)
    // Binary search: whether an entry of the set holds all of `entry`'s addresses.
    bool covers(const IpEntry &entry) const;

    const QList<Merge> &merges() const { return m_merges; } // in the order of the sorted input
    int repeatCount() const { return m_repeats; } // exact repeats among the merges
    const QList<Overlap> &overlaps() const { return m_overlaps; } // before aggregation (none remain after)
    qsizetype inputCount() const { return m_inputCount; }
    bool aggregated() const { return m_aggregated; }
    // With aggregation: entries before it (after merges) minus entries after it. May be negative when
    // ranges become several blocks (10.0.0.1-10.0.0.6 is four blocks); 0 without aggregation.
    qsizetype savedByAggregation() const { return m_saved; }
    // One-line summaries for a plan or a log: repeats, merges, overlaps, aggregation (translated).
    QStringList notes() const;

    // Removes the entries for which `remove` is true (keeps the order); returns how many were removed.
    qsizetype removeIf(const std::function<bool(const IpEntry &)> &remove);

    // The fewest CIDR blocks (Address entries for single addresses) holding exactly first..last.
    static QList<IpEntry> blocksOf(const IpAddress &first, const IpAddress &last);

private:
    QList<IpEntry> m_entries;
    QList<Merge> m_merges;
    QList<Overlap> m_overlaps;
    qsizetype m_inputCount = 0;
    qsizetype m_saved = 0;
    int m_repeats = 0;
    bool m_aggregated = false;
};

} // namespace firewall
