// SPDX-License-Identifier: GPL-3.0-or-later
// The firewall rule planner: stable chunking of a collection into rules of at most N entries (add,
// remove, grow past a rule, shrink back to one with the rename, holes filled by the last rule), rule
// names, and the plan of one scope against what the console holds (ours unchanged or changed by hand,
// a lost POST found, someone else's rule of the same name, adoption).
#include "firewall/RulePlanner.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace firewall;
using Kind = PlannedAction::Kind;

namespace {

// "10.0.<i / 250>.<i % 250 + 1>" for i in [from, to)
QStringList addresses(int from, int to)
{
    QStringList out;
    for (int i = from; i < to; ++i)
        out << u"10.%1.%2.%3"_s.arg(i / 62500).arg(i / 250 % 250).arg(i % 250 + 1);
    return out;
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// Slot of each entry.
QHash<QString, int> slotOf(const Layout &layout)
{
    QHash<QString, int> out;
    for (int i = 0; i < layout.slots.size(); ++i)
        for (const QString &e : layout.slots.at(i))
            out.insert(e, i);
    return out;
}

void checkInvariants(const LayoutChange &change, const QStringList &desired, int max)
{
    QStringList all;
    for (const QStringList &slot : change.layout.slots) {
        QVERIFY(!slot.isEmpty());
        QVERIFY(slot.size() <= max);
        all += slot;
    }
    QCOMPARE(all.size(), setOf(desired).size()); // each entry once
    QCOMPARE(setOf(all), setOf(desired));
    QCOMPARE(change.origin.size(), change.layout.slots.size());
}

s1::FirewallRule consoleRule(const QString &id, const s1::FirewallRule &like)
{
    s1::FirewallRule r = like;
    r.id = id;
    r.scope = u"site"_s;
    return r;
}

} // namespace

class TestRulePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("name");
        QTest::newRow("one") << 0 << 1 << u"Blocklist"_s;
        QTest::newRow("first of two") << 0 << 2 << u"Blocklist (1)"_s;
        QTest::newRow("twentieth") << 19 << 20 << u"Blocklist (20)"_s;
    }
    void names()
    {
        QFETCH(int, slot);
        QFETCH(int, count);
        QFETCH(QString, name);
        QCOMPARE(RulePlanner::ruleName(u"Blocklist"_s, slot, count), name);
        QVERIFY(RulePlanner::isRuleName(u"Blocklist"_s, name));
        QVERIFY(!RulePlanner::isRuleName(u"Blocklist"_s, name + u"x"_s));
        QVERIFY(!RulePlanner::isRuleName(u"Blocklist"_s, u"Blocklist (0)"_s));
        QVERIFY(!RulePlanner::isRuleName(u"Blocklist"_s, u"Blocklist (a)"_s));
        QVERIFY(!RulePlanner::isRuleName(u"Block"_s, u"Blocklist"_s));
    }

    // Growth, additions and removals as the issue states them, each against the previous layout.
    void chunking_data()
    {
        QTest::addColumn<int>("before"); // entries 0..before in the previous layout (from scratch)
        QTest::addColumn<int>("addFrom");
        QTest::addColumn<int>("addTo");
        QTest::addColumn<int>("removeEvery"); // remove every n-th entry of the previous (0: none)
        QTest::addColumn<int>("rules");
        QTest::addColumn<int>("changedAtMost"); // slots whose entries differ from before (or are new)
        QTest::newRow("first export, 100,000 entries") << 0 << 0 << 100000 << 0 << 20 << 20;
        QTest::newRow("one more address") << 100000 << 100000 << 100001 << 0 << 21 << 1;
        QTest::newRow("1,000 scattered removed") << 100000 << 0 << 0 << 100 << 20 << 20;
        QTest::newRow("nothing changed") << 100000 << 0 << 0 << 0 << 20 << 0;
        QTest::newRow("grow past one rule") << 5000 << 5000 << 5001 << 0 << 2 << 1;
        QTest::newRow("small grows in place") << 10 << 10 << 20 << 0 << 1 << 1;
    }
    void chunking()
    {
        QFETCH(int, before);
        QFETCH(int, addFrom);
        QFETCH(int, addTo);
        QFETCH(int, removeEvery);
        QFETCH(int, rules);
        QFETCH(int, changedAtMost);
        constexpr int max = 5000;
        const LayoutChange first = RulePlanner::relayout(addresses(0, before), {}, max);
        QStringList desired = addresses(0, before);
        if (removeEvery > 0) {
            QStringList kept;
            for (int i = 0; i < desired.size(); ++i)
                if (i % removeEvery != 7)
                    kept << desired.at(i);
            desired = kept;
        }
        desired += addresses(addFrom, addTo);
        const LayoutChange change = RulePlanner::relayout(desired, first.layout, max);
        checkInvariants(change, desired, max);
        QCOMPARE(change.layout.slots.size(), rules);
        int changed = 0;
        for (int i = 0; i < change.layout.slots.size(); ++i) {
            const int from = change.origin.at(i);
            if (from < 0 || change.layout.slots.at(i) != first.layout.slots.value(from) || from != i)
                ++changed;
        }
        QVERIFY2(changed <= changedAtMost, qPrintable(u"%1 rules changed"_s.arg(changed)));
        // an address that stays keeps its rule
        const QHash<QString, int> was = slotOf(first.layout), now = slotOf(change.layout);
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            if (was.contains(it.key())) {
                const int origin = change.origin.at(it.value());
                QCOMPARE(origin, was.value(it.key()));
            }
        }
    }

    // Removed entries leave a gap that later additions fill; an emptied rule takes the last one
    // (renamed), and a collection that fits one rule again becomes "name" (from "name (1)").
    void gapsHolesAndShrink()
    {
        constexpr int max = 10;
        const LayoutChange a = RulePlanner::relayout(addresses(0, 30), {}, max); // 3 full rules
        QCOMPARE(a.layout.slots.size(), 3);
        // remove 3 from the first rule, add 3: they go into the gap of rule 1
        QStringList desired = addresses(3, 30) + addresses(100, 103);
        LayoutChange b = RulePlanner::relayout(desired, a.layout, max);
        checkInvariants(b, desired, max);
        QCOMPARE(b.layout.slots.size(), 3);
        QCOMPARE(b.origin, (QList<int> {0, 1, 2}));
        QVERIFY(setOf(b.layout.slots.at(0)).contains(setOf(addresses(100, 103))));
        QCOMPARE(b.added, 3);
        QCOMPARE(b.removed, 3);
        // empty the first rule entirely: the last rule moves into slot 0 (one rename), slot 1 stays
        desired = addresses(10, 30);
        LayoutChange c = RulePlanner::relayout(desired, a.layout, max);
        checkInvariants(c, desired, max);
        QCOMPARE(c.layout.slots.size(), 2);
        QCOMPARE(c.origin, (QList<int> {2, 1}));
        // shrink to what one rule holds: everything in the first rule, "name (1)" becomes "name"
        desired = addresses(0, 4) + addresses(25, 28);
        LayoutChange d = RulePlanner::relayout(desired, a.layout, max);
        checkInvariants(d, desired, max);
        QCOMPARE(d.layout.slots.size(), 1);
        QCOMPARE(d.origin, (QList<int> {0}));
        QCOMPARE(RulePlanner::ruleName(u"c"_s, 0, 1), u"c"_s);
        // a lower limit splits what no longer fits
        LayoutChange e = RulePlanner::relayout(addresses(0, 30), a.layout, 6);
        checkInvariants(e, addresses(0, 30), 6);
        QCOMPARE(e.layout.slots.size(), 5);
        // nothing wanted: no rule
        QVERIFY(RulePlanner::relayout({}, a.layout, max).layout.slots.isEmpty());
        // many thin rules (over twice as many as needed) are poured together
        const LayoutChange ten = RulePlanner::relayout(addresses(0, 100), {}, max);
        QStringList thin;
        for (const QStringList &slot : ten.layout.slots)
            thin << slot.first();
        LayoutChange f = RulePlanner::relayout(thin + addresses(200, 215), ten.layout, max);
        checkInvariants(f, thin + addresses(200, 215), max);
        QCOMPARE(f.layout.slots.size(), 3);
        QCOMPARE(f.origin, (QList<int> {0, 1, 2}));
        // and when all of them fit one rule, they become one
        LayoutChange g = RulePlanner::relayout(thin, ten.layout, max);
        checkInvariants(g, thin, max);
        QCOMPARE(g.layout.slots.size(), 1);
    }

    void layoutText()
    {
        const LayoutChange a
            = RulePlanner::relayout(addresses(0, 25) + QStringList {u"10.9.0.0/16"_s}, {}, 10);
        QCOMPARE(Layout::fromText(a.layout.toText()), a.layout);
        QVERIFY(Layout::fromText(QString()).slots.isEmpty());
    }

    void ruleForSplitsByType()
    {
        RuleTemplate t;
        t.description = u"from S1 Bridge"_s;
        t.osTypes = {u"linux"_s};
        const s1::FirewallRule r = RulePlanner::ruleFor(t, u"x"_s,
            {u"1.2.3.4"_s, u"10.0.0.0/8"_s, u"1.1.1.1-1.1.1.9"_s, u"2001:db8::1"_s, u"2001:db8::/32"_s});
        QCOMPARE(r.addresses, (QStringList {u"1.2.3.4"_s, u"2001:db8::1"_s}));
        QCOMPARE(r.cidrs, (QStringList {u"10.0.0.0/8"_s, u"2001:db8::/32"_s}));
        QCOMPARE(r.ranges, (QStringList {u"1.1.1.1-1.1.1.9"_s}));
        QCOMPARE(r.action, u"Block"_s);
        QCOMPARE(r.osTypes, (QStringList {u"linux"_s}));
        QCOMPARE(r.description, t.description);
    }

    // The plan against a console that already holds rules.
    void planAgainstTheConsole()
    {
        Collection c;
        c.name = u"bad hosts"_s;
        const LayoutChange two = RulePlanner::relayout(addresses(0, 15), {}, 10);
        const QList<s1::FirewallRule> desired = RulePlanner::desiredRules(c, two.layout);
        QCOMPARE(desired.at(0).name, u"bad hosts (1)"_s);
        QCOMPARE(desired.at(1).name, u"bad hosts (2)"_s);

        // empty console, no record: create both
        ScopePlan p = RulePlanner::plan(desired, {}, {}, false);
        QCOMPARE(p.count(Kind::Create), 2);
        QCOMPARE(p.writes(), 2);

        // ours, both as they must be: nothing to do
        QList<s1::FirewallRule> console {
            consoleRule(u"101"_s, desired.at(0)), consoleRule(u"102"_s, desired.at(1))};
        const QList<OwnedRule> owned {
            {0, false, u"101"_s, desired.at(0).name}, {1, false, u"102"_s, desired.at(1).name}};
        p = RulePlanner::plan(desired, console, owned, false);
        QCOMPARE(p.count(Kind::Unchanged), 2);
        QCOMPARE(p.writes(), 0);

        // ours, changed by hand (disabled, one address removed): updated, with the fields named
        console[1].status = u"Disabled"_s;
        console[1].addresses.removeLast();
        p = RulePlanner::plan(desired, console, owned, false);
        QCOMPARE(p.count(Kind::Update), 1);
        const PlannedAction update = p.actions.at(1);
        QCOMPARE(update.ruleId, u"102"_s);
        QVERIFY(update.fields.contains(u"status"_s) && update.fields.contains(u"remoteHosts"_s));
        QCOMPARE(update.addedCount, 1);
        QCOMPARE(update.removedCount, 0);

        // our rule deleted by hand: created again
        p = RulePlanner::plan(desired, {console.at(0)}, owned, false);
        QCOMPARE(p.count(Kind::Create), 1);
        QCOMPARE(p.count(Kind::Unchanged), 1);

        // someone else's rule of our name, no record: a conflict, left alone; adopted when asked
        const QList<s1::FirewallRule> theirs {consoleRule(u"900"_s, desired.at(0))};
        p = RulePlanner::plan(desired, theirs, {}, false);
        QCOMPARE(p.count(Kind::Conflict), 1);
        QCOMPARE(p.count(Kind::Create), 1);
        QVERIFY(p.actions.at(0).reason.contains(u"bad hosts (1)"_s));
        p = RulePlanner::plan(desired, theirs, {}, true);
        QCOMPARE(p.count(Kind::Conflict), 0);
        QVERIFY(p.actions.at(0).adopt);
        QCOMPARE(p.actions.at(0).kind, Kind::Unchanged);

        // a POST whose answer was lost: the rule is found by name and adopted, not created twice
        const QList<OwnedRule> pending {{0, true, QString(), desired.at(0).name}};
        p = RulePlanner::plan(desired, theirs, pending, false);
        QCOMPARE(p.actions.at(0).kind, Kind::Unchanged);
        QVERIFY(p.actions.at(0).adopt);
        QCOMPARE(p.actions.at(0).ruleId, u"900"_s);
        // ...and one that never arrived is created
        p = RulePlanner::plan(desired, {}, pending, false);
        QCOMPARE(p.actions.at(0).kind, Kind::Create);

        // shrink to one rule: "bad hosts (1)" renamed "bad hosts", "(2)" deleted first
        const LayoutChange one = RulePlanner::relayout(addresses(0, 5), two.layout, 10);
        const QList<OwnedRule> relabelled = RulePlanner::relabel(owned, one.origin);
        const QList<s1::FirewallRule> shrunk = RulePlanner::desiredRules(c, one.layout);
        console[1] = consoleRule(u"102"_s, desired.at(1));
        console[0]
            = consoleRule(u"101"_s, RulePlanner::ruleFor(c.rule, u"bad hosts (1)"_s, one.layout.slots.at(0)));
        p = RulePlanner::plan(shrunk, console, relabelled, false);
        QCOMPARE(p.count(Kind::Delete), 1);
        QCOMPARE(p.count(Kind::Rename), 1);
        QCOMPARE(p.actions.first().kind, Kind::Delete); // deletes come first
        QCOMPARE(p.actions.first().ruleId, u"102"_s);
        QCOMPARE(p.actions.last().name, u"bad hosts"_s);
        QCOMPARE(p.actions.last().previousName, u"bad hosts (1)"_s);

        // a rename onto a name someone else holds: a conflict
        QList<s1::FirewallRule> crowded = console;
        crowded << consoleRule(u"777"_s, RulePlanner::ruleFor(c.rule, u"bad hosts"_s, {u"9.9.9.9"_s}));
        p = RulePlanner::plan(shrunk, crowded, relabelled, false);
        QCOMPARE(p.count(Kind::Conflict), 1);
        QCOMPARE(p.count(Kind::Rename), 0);
    }
};

QTEST_GUILESS_MAIN(TestRulePlanner)
#include "tst_ruleplanner.moc"
