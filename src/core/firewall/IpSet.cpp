// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpSet.h"

#include <algorithm>

namespace firewall {

namespace {

// Sorting for the merge sweep: family, first ascending, last DEscending (the widest entry starting at
// an address comes first, so it covers the narrower ones after it), then Cidr before Range before
// Address for the same addresses (a block is the more compact form), then input order (stable).
bool sweepOrder(const IpEntry &a, const IpEntry &b)
{
    if (a.first() != b.first())
        return a.first() < b.first();
    if (a.last() != b.last())
        return b.last() < a.last();
    auto rank = [](IpEntry::Kind kind) {
        return kind == IpEntry::Kind::Cidr ? 0 : kind == IpEntry::Kind::Range ? 1 : 2;
    };
    return rank(a.kind()) < rank(b.kind());
}

} // namespace

QString IpSet::Merge::text() const
{
    if (removed == keptBy)
        return IpSet::tr("%1 is repeated.").arg(removed);
    if (sameAddresses)
        return IpSet::tr("%1 holds the same addresses as %2.").arg(removed, keptBy);
    return IpSet::tr("%1 is inside %2.").arg(removed, keptBy);
}

QString IpSet::Overlap::text() const
{
    return IpSet::tr("%1 overlaps %2; both are kept.").arg(first, second);
}

IpSet IpSet::build(const QList<IpEntry> &in, Options options)
{
    IpSet set;
    set.m_inputCount = in.size();
    QList<IpEntry> sorted = in;
    std::stable_sort(sorted.begin(), sorted.end(), sweepOrder);

    // One sweep: an entry is covered when the kept entry reaching furthest (of its family) reaches at
    // least as far, since every kept entry starts at or before it.
    set.m_entries.reserve(sorted.size());
    qsizetype reach = -1; // index in m_entries of the kept entry with the greatest last()
    for (const IpEntry &entry : std::as_const(sorted)) {
        if (reach >= 0 && set.m_entries.at(reach).isV6() != entry.isV6())
            reach = -1;
        if (reach >= 0) {
            const IpEntry &widest = set.m_entries.at(reach);
            if (entry.last() <= widest.last()) {
                // Covered: a repeat when it is the same entry as the last kept one.
                const IpEntry &previous = set.m_entries.constLast();
                const bool repeat = previous == entry;
                const IpEntry &keeper = repeat ? previous : widest;
                set.m_merges.append({entry.canonical(), keeper.canonical(), keeper.sameAddresses(entry)});
                if (repeat)
                    ++set.m_repeats;
                continue;
            }
            if (entry.first() <= widest.last())
                set.m_overlaps.append({widest.canonical(), entry.canonical()});
        }
        set.m_entries.append(entry);
        reach = set.m_entries.size() - 1;
    }

    if (options.aggregate) {
        set.m_aggregated = true;
        const qsizetype before = set.m_entries.size();
        QList<IpEntry> blocks;
        blocks.reserve(before);
        qsizetype i = 0;
        while (i < set.m_entries.size()) {
            // Extend the interval over every entry that overlaps it or is adjacent to it.
            const IpAddress start = set.m_entries.at(i).first();
            IpAddress end = set.m_entries.at(i).last();
            qsizetype j = i + 1;
            while (j < set.m_entries.size()) {
                const IpEntry &next = set.m_entries.at(j);
                if (next.isV6() != start.v6 || end.isMax() || end.next() < next.first())
                    break;
                if (end < next.last())
                    end = next.last();
                ++j;
            }
            blocks.append(blocksOf(start, end));
            i = j;
        }
        set.m_entries = std::move(blocks);
        set.m_saved = before - set.m_entries.size();
        set.m_overlaps.clear(); // aggregated blocks never overlap
    }
    return set;
}

QList<IpEntry> IpSet::blocksOf(const IpAddress &first, const IpAddress &last)
{
    QList<IpEntry> out;
    if (first.v6 != last.v6 || last < first)
        return out;
    IpAddress start = first;
    while (true) {
        // The largest aligned block starting at `start` that ends at or before `last`.
        int hostBits = start.trailingZeroBits();
        while (hostBits > 0 && last < start.broadcast(start.bits() - hostBits))
            --hostBits;
        const IpEntry block = IpEntry::cidr(start, start.bits() - hostBits);
        out.append(block);
        if (block.last() == last)
            break;
        start = block.last().next();
    }
    return out;
}

QStringList IpSet::canonicalValues() const
{
    QStringList values;
    values.reserve(m_entries.size());
    for (const IpEntry &entry : m_entries)
        values.append(entry.canonical());
    return values;
}

bool IpSet::covers(const IpEntry &entry) const
{
    // Kept entries are sorted by first() and, since none covers another, by last() too: of the
    // entries starting at or before `entry`, the last one reaches furthest, so it alone is checked.
    auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry.first(),
        [](const IpAddress &address, const IpEntry &e) { return address < e.first(); });
    if (it == m_entries.cbegin())
        return false;
    return std::prev(it)->contains(entry);
}

QStringList IpSet::notes() const
{
    QStringList notes;
    const int merged = int(m_merges.size()) - m_repeats;
    if (m_repeats > 0)
        notes.append(tr("%n repeated entry(s) removed.", "", m_repeats));
    if (merged > 0)
        notes.append(tr("%n entry(s) merged into a wider entry that holds them.", "", merged));
    if (!m_overlaps.isEmpty())
        notes.append(tr("%n entry(s) overlap another entry; both are kept.", "", int(m_overlaps.size())));
    if (m_aggregated) {
        if (m_saved >= 0)
            notes.append(tr("Aggregation into CIDR blocks saved %n entry(s).", "", int(m_saved)));
        else
            notes.append(tr("Aggregation into CIDR blocks added %n entry(s) (ranges split into blocks).", "",
                int(-m_saved)));
    }
    return notes;
}

qsizetype IpSet::removeIf(const std::function<bool(const IpEntry &)> &remove)
{
    return m_entries.removeIf(remove);
}

} // namespace firewall
