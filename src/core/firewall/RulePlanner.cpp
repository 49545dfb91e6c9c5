// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulePlanner.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace firewall {

// --- Layout

int Layout::entryCount() const
{
    int n = 0;
    for (const QStringList &slot : slots)
        n += int(slot.size());
    return n;
}

QString Layout::toText() const
{
    QStringList lines;
    lines.reserve(slots.size());
    for (const QStringList &slot : slots)
        lines << slot.join(u' ');
    return lines.join(u'\n');
}

Layout Layout::fromText(const QString &text)
{
    Layout layout;
    if (text.isEmpty())
        return layout;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        layout.slots << line.split(u' ', Qt::SkipEmptyParts);
    return layout;
}

// --- actions

bool PlannedAction::isWrite() const
{
    switch (kind) {
    case Kind::Create:
    case Kind::Update:
    case Kind::Rename:
        return true;
    case Kind::Delete:
        return !forget;
    case Kind::Unchanged:
    case Kind::Conflict:
        return false;
    }
    return false;
}

QString PlannedAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Create:
        return u"create"_s;
    case Kind::Update:
        return u"update"_s;
    case Kind::Rename:
        return u"rename"_s;
    case Kind::Delete:
        return u"delete"_s;
    case Kind::Unchanged:
        return u"unchanged"_s;
    case Kind::Conflict:
        return u"conflict"_s;
    }
    return {};
}

int ScopePlan::count(PlannedAction::Kind kind) const
{
    return int(std::count_if(actions.cbegin(), actions.cend(),
        [kind](const PlannedAction &a) { return a.kind == kind && !a.forget; }));
}

int ScopePlan::writes() const
{
    return int(
        std::count_if(actions.cbegin(), actions.cend(), [](const PlannedAction &a) { return a.isWrite(); }));
}

// --- layout

LayoutChange RulePlanner::relayout(const QStringList &desired, const Layout &previous, int maxEntries)
{
    maxEntries = std::max(1, maxEntries);
    LayoutChange change;
    const QSet<QString> wanted(desired.cbegin(), desired.cend());
    QList<QStringList> slots;
    QList<int> origin;
    QSet<QString> placed;
    QStringList overflow; // entries of a slot over the (lowered) limit
    for (int i = 0; i < previous.slots.size(); ++i) {
        QStringList kept;
        for (const QString &entry : previous.slots.at(i)) {
            if (!wanted.contains(entry) || placed.contains(entry)) {
                ++change.removed;
                continue;
            }
            placed.insert(entry);
            if (kept.size() < maxEntries)
                kept << entry;
            else
                overflow << entry;
        }
        slots << kept;
        origin << i;
    }
    QStringList fresh = overflow;
    for (const QString &entry : desired) {
        if (!placed.contains(entry)) {
            placed.insert(entry);
            fresh << entry;
            ++change.added;
        }
    }
    const int total = int(wanted.size());
    if (total == 0)
        return change; // no rule at all
    const int needed = (total + maxEntries - 1) / maxEntries;
    QList<int> nonEmpty;
    for (int i = 0; i < slots.size(); ++i)
        if (!slots.at(i).isEmpty())
            nonEmpty << i;

    // Consolidation: everything into one rule when it fits; the smallest slots poured into the
    // others when there are over twice as many as needed.
    if (needed == 1 && nonEmpty.size() > 1) {
        const int keep = nonEmpty.first();
        for (int i : std::as_const(nonEmpty)) {
            if (i != keep) {
                slots[keep] += slots.at(i);
                slots[i].clear();
            }
        }
    } else if (nonEmpty.size() > 2 * needed) {
        QList<int> bySize = nonEmpty;
        std::stable_sort(bySize.begin(), bySize.end(),
            [&slots](int a, int b) { return slots.at(a).size() > slots.at(b).size(); });
        for (qsizetype k = needed; k < bySize.size(); ++k) {
            fresh = slots.at(bySize.at(k)) + fresh;
            slots[bySize.at(k)].clear();
        }
    }
    // New entries fill the slots with room (empty ones too: their rule is reused), then new slots.
    qsizetype next = 0;
    for (int i = 0; i < slots.size() && next < fresh.size(); ++i) {
        const qsizetype room = maxEntries - slots.at(i).size();
        if (room <= 0)
            continue;
        const qsizetype take = std::min(room, fresh.size() - next);
        slots[i] += fresh.mid(next, take);
        next += take;
    }
    while (next < fresh.size()) {
        const qsizetype take = std::min<qsizetype>(maxEntries, fresh.size() - next);
        slots << fresh.mid(next, take);
        origin << -1;
        next += take;
    }
    // Holes: the last slot moves into the first empty one (one rename), until none is left inside.
    for (int hole = 0; hole < slots.size(); ++hole) {
        if (!slots.at(hole).isEmpty())
            continue;
        int last = int(slots.size()) - 1;
        while (last > hole && slots.at(last).isEmpty())
            --last;
        if (last <= hole)
            break;
        slots[hole] = slots.at(last);
        origin[hole] = origin.at(last);
        slots[last].clear();
    }
    while (!slots.isEmpty() && slots.last().isEmpty()) {
        slots.removeLast();
        origin.removeLast();
    }
    for (QStringList &slot : slots)
        slot.sort();
    change.layout.slots = slots;
    change.origin = origin;
    return change;
}

QString RulePlanner::ruleName(const QString &base, int slot, int count)
{
    return count == 1 ? base : u"%1 (%2)"_s.arg(base).arg(slot + 1);
}

bool RulePlanner::isRuleName(const QString &base, const QString &name)
{
    if (name == base)
        return true;
    if (!name.startsWith(base + u" ("_s) || !name.endsWith(u')'))
        return false;
    bool ok = false;
    const int n = QStringView(name).mid(base.size() + 2, name.size() - base.size() - 3).toInt(&ok);
    return ok && n >= 1;
}

s1::FirewallRule RulePlanner::ruleFor(const RuleTemplate &t, const QString &name, const QStringList &entries)
{
    s1::FirewallRule r;
    r.name = name;
    r.description = t.description;
    r.action = t.action;
    r.direction = t.direction;
    r.osTypes = t.osTypes;
    r.status = t.status;
    r.protocol = t.protocol;
    for (const QString &entry : entries) {
        if (entry.contains(u'/'))
            r.cidrs << entry;
        else if (entry.contains(u'-'))
            r.ranges << entry;
        else
            r.addresses << entry;
    }
    return r;
}

QList<s1::FirewallRule> RulePlanner::desiredRules(const Collection &collection, const Layout &layout)
{
    QList<s1::FirewallRule> rules;
    const int count = int(layout.slots.size());
    for (int i = 0; i < count; ++i)
        rules << ruleFor(collection.rule, ruleName(collection.baseName(), i, count), layout.slots.at(i));
    return rules;
}

QList<OwnedRule> RulePlanner::relabel(const QList<OwnedRule> &owned, const QList<int> &origin)
{
    QHash<int, int> newSlotOf;
    for (int i = 0; i < origin.size(); ++i)
        if (origin.at(i) >= 0)
            newSlotOf.insert(origin.at(i), i);
    QList<OwnedRule> out;
    int orphan = int(origin.size());
    for (OwnedRule r : owned) {
        // a rule whose slot is gone keeps a slot number past the layout: the plan deletes it
        r.slot = newSlotOf.value(r.slot, orphan++);
        out << r;
    }
    return out;
}

namespace {

QStringList entriesOf(const s1::FirewallRule &r)
{
    return r.addresses + r.cidrs + r.ranges;
}

void describeMoves(PlannedAction *a, const s1::FirewallRule &now)
{
    const QStringList want = entriesOf(a->rule);
    const QStringList have = entriesOf(now);
    const QSet<QString> wantSet(want.cbegin(), want.cend()), haveSet(have.cbegin(), have.cend());
    for (const QString &e : want) {
        if (!haveSet.contains(e)) {
            ++a->addedCount;
            if (a->added.size() < RulePlanner::SampleSize)
                a->added << e;
        }
    }
    for (const QString &e : have) {
        if (!wantSet.contains(e)) {
            ++a->removedCount;
            if (a->removed.size() < RulePlanner::SampleSize)
                a->removed << e;
        }
    }
}

} // namespace

ScopePlan RulePlanner::plan(const QList<s1::FirewallRule> &desired, const QList<s1::FirewallRule> &console,
    const QList<OwnedRule> &owned, bool adopt)
{
    QHash<QString, const s1::FirewallRule *> byId, byName;
    for (const s1::FirewallRule &r : console) {
        byId.insert(r.id, &r);
        byName.insert(r.name, &r);
    }
    QHash<int, OwnedRule> ownedBySlot;
    QSet<QString> ownedIds;
    for (const OwnedRule &r : owned) {
        ownedBySlot.insert(r.slot, r);
        if (!r.ruleId.isEmpty() && byId.contains(r.ruleId))
            ownedIds.insert(r.ruleId);
    }
    // A pending record's rule, found by its name: ours (the POST went through), unless another
    // record owns that id.
    const auto pendingRule = [&](const OwnedRule &r) -> const s1::FirewallRule * {
        const s1::FirewallRule *c = byName.value(r.name);
        return c && !ownedIds.contains(c->id) ? c : nullptr;
    };
    QHash<int, const s1::FirewallRule *> pendingFound; // by the record's slot
    for (const OwnedRule &r : owned) {
        if (r.pending) {
            if (const s1::FirewallRule *c = pendingRule(r)) {
                pendingFound.insert(r.slot, c);
                ownedIds.insert(c->id);
            }
        }
    }

    ScopePlan plan;
    QSet<QString> deleted; // ids of rules the plan deletes (their names become free first)
    QList<PlannedAction> keep;
    // Records no slot wants: their rules are deleted.
    for (const OwnedRule &r : owned) {
        if (r.slot < desired.size())
            continue;
        PlannedAction a;
        a.kind = PlannedAction::Kind::Delete;
        a.slot = r.slot; // the record's (past the layout)
        const s1::FirewallRule *c = !r.ruleId.isEmpty() ? byId.value(r.ruleId) : pendingFound.value(r.slot);
        a.name = a.previousName = c ? c->name : r.name;
        a.ruleId = c ? c->id : QString();
        a.forget = !c;
        if (c) {
            deleted.insert(c->id);
            a.removedCount = int(entriesOf(*c).size());
        }
        plan.actions << a;
    }
    for (int slot = 0; slot < desired.size(); ++slot) {
        PlannedAction a;
        a.slot = slot;
        a.rule = desired.at(slot);
        a.name = a.rule.name;
        const auto record = ownedBySlot.constFind(slot);
        const s1::FirewallRule *c = nullptr;
        if (record != ownedBySlot.cend()) {
            if (!record->ruleId.isEmpty())
                c = byId.value(record->ruleId);
            else if (record->pending && (c = pendingFound.value(slot)))
                a.adopt = true; // the lost POST's rule: ours
        }
        if (!c) {
            const s1::FirewallRule *other = byName.value(a.name);
            if (other && !ownedIds.contains(other->id)) {
                if (adopt) {
                    c = other;
                    a.adopt = true;
                    ownedIds.insert(c->id);
                } else {
                    a.kind = PlannedAction::Kind::Conflict;
                    a.ruleId = other->id;
                    a.reason
                        = tr("A rule named \"%1\" is already in this scope and was not created by S1 Bridge: "
                             "it is left alone. Rename or delete it on the console, or adopt it.")
                              .arg(a.name);
                    keep << a;
                    continue;
                }
            }
        }
        if (!c) {
            a.kind = PlannedAction::Kind::Create;
            a.addedCount = int(entriesOf(a.rule).size());
            a.added = entriesOf(a.rule).mid(0, SampleSize);
            keep << a;
            continue;
        }
        a.ruleId = c->id;
        a.previousName = c->name;
        a.rule.id = c->id;
        a.fields = a.rule.differences(*c);
        a.kind = a.fields.isEmpty()               ? PlannedAction::Kind::Unchanged
            : a.fields == QStringList {u"name"_s} ? PlannedAction::Kind::Rename
                                                  : PlannedAction::Kind::Update;
        if (a.fields.contains(u"remoteHosts"_s))
            describeMoves(&a, *c);
        // A new name another rule holds: fine when the plan deletes that rule first or it is ours
        // (it moves away); else a conflict.
        if (a.fields.contains(u"name"_s)) {
            const s1::FirewallRule *holder = byName.value(a.name);
            if (holder && holder->id != c->id && !deleted.contains(holder->id)
                && !ownedIds.contains(holder->id)) {
                a.kind = PlannedAction::Kind::Conflict;
                a.reason = tr(
                    "The rule \"%1\" must be renamed \"%2\", but a rule of that name that S1 Bridge did not "
                    "create is in this scope: rename or delete it on the console, or adopt it.")
                               .arg(c->name, a.name);
            }
        }
        keep << a;
    }
    plan.actions += keep;
    return plan;
}

} // namespace firewall
