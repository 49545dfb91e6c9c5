// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firewall/Collection.h"
#include "s1/S1Firewall.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace firewall {

// Which entries each rule of a collection holds: slot i is the rule "<name> (i + 1)" (or "<name>"
// alone). Kept between exports (FirewallStore) so an address keeps its rule.
struct Layout
{
    QList<QStringList> slots; // canonical entries, each slot sorted

    int entryCount() const;
    // One line per slot, entries separated by spaces (entries hold no space).
    QString toText() const;
    static Layout fromText(const QString &text);
    friend bool operator==(const Layout &, const Layout &) = default;
};

// A new layout and where each of its slots came from.
struct LayoutChange
{
    Layout layout;
    QList<int> origin; // per new slot: the previous slot it continues (its rule), or -1 (a new rule)
    int added = 0; // entries not in the previous layout
    int removed = 0; // entries of the previous layout no longer wanted
};

// A rule this tool created (or is creating) in one scope: FirewallStore's record.
struct OwnedRule
{
    int slot = 0; // 0-based slot of the layout the rule holds
    bool pending = false; // POST sent, answer not known: the rule may or may not exist
    QString ruleId; // the console's id (empty while pending)
    QString name; // the name it has (or was sent with) at the console
};

// One step of a scope's plan.
struct PlannedAction
{
    enum class Kind { Create, Update, Rename, Delete, Unchanged, Conflict };
    Kind kind = Kind::Unchanged;
    int slot = -1; // the layout slot (Delete: the record's slot, past the layout)
    QString name; // the name the rule has after the step
    QString previousName; // Rename/Update/Delete: the name it has now at the console
    QString ruleId; // the console's id (empty for Create, Conflict)
    QStringList fields; // Update/Rename: the API fields that differ
    s1::FirewallRule rule; // Create/Update/Rename: the rule as it must be
    QStringList added, removed; // entries moving in and out (at most SampleSize each)...
    int addedCount = 0, removedCount = 0; // ...and how many in all
    QString reason; // Conflict: why
    bool adopt = false; // an existing rule becomes ours (a lost POST found, or the user's choice)
    bool forget = false; // Delete of a record whose rule is gone already: no request

    bool isWrite() const;
    static QString kindName(Kind kind); // "create", "update"... (JSON, not translated)
};

struct ScopePlan
{
    QList<PlannedAction> actions;

    int count(PlannedAction::Kind kind) const;
    int writes() const; // requests the export will make (deletes may share one request)
};

class RulePlanner
{
    Q_DECLARE_TR_FUNCTIONS(RulePlanner)
public:
    static constexpr int SampleSize = 50;

    // Stable chunking: every entry of `desired` in exactly one slot of at most maxEntries. Entries
    // keep their slot; new ones fill slots with room in order, then new slots; removed ones leave
    // room. A slot left empty takes the last slot (one rename, not n); when everything fits one rule
    // the rules merge into the first; when there are over twice as many slots as needed, the
    // smallest ones are poured into the others.
    static LayoutChange relayout(const QStringList &desired, const Layout &previous, int maxEntries);

    // "<base>" when count is 1, else "<base> (<slot + 1>)".
    static QString ruleName(const QString &base, int slot, int count);
    // Whether `name` is one of the names a collection of base name `base` gives its rules.
    static bool isRuleName(const QString &base, const QString &name);
    // The rule a slot must be: the template's fields, the entries split by type.
    static s1::FirewallRule ruleFor(
        const RuleTemplate &rule, const QString &name, const QStringList &entries);
    // The rules of a layout.
    static QList<s1::FirewallRule> desiredRules(const Collection &collection, const Layout &layout);
    // owned records keyed by a previous layout's slots, mapped through a change's origins.
    static QList<OwnedRule> relabel(const QList<OwnedRule> &owned, const QList<int> &origin);

    // One scope: the desired rules (slot order) against what the console holds there now (`console`:
    // the rules of the scope whose names a collection of this base name could give) and the records
    // of the rules this tool made. adopt: rules of our names this tool did not create are taken over
    // (else they are conflicts, left alone).
    static ScopePlan plan(const QList<s1::FirewallRule> &desired, const QList<s1::FirewallRule> &console,
        const QList<OwnedRule> &owned, bool adopt);
};

} // namespace firewall
