// SPDX-License-Identifier: GPL-3.0-or-later
#include "firewall/IpEntry.h"
#include "firewall/IpSet.h"
#include "firewall/ProtectedList.h"

#include "config/Translations.h"
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <bitset>

using namespace Qt::StringLiterals;
using firewall::IpAddress;
using firewall::IpEntry;
using firewall::IpSet;
using firewall::ProtectedList;

namespace {

IpEntry entry(QStringView text)
{
    const firewall::IpEntryResult parsed = IpEntry::parse(text);
    if (!parsed.ok)
        qFatal("bad test entry %s: %s", qPrintable(text.toString()), qPrintable(parsed.reason));
    return parsed.entry;
}

QList<IpEntry> entries(const QString &commaSeparated)
{
    QList<IpEntry> out;
    for (const QString &value : commaSeparated.split(u',', Qt::SkipEmptyParts))
        out.append(entry(value.trimmed()));
    return out;
}

QStringList mergeTexts(const IpSet &set)
{
    QStringList out;
    for (const IpSet::Merge &merge : set.merges())
        out.append(merge.text());
    return out;
}

} // namespace

class TestIpSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }

    void duplicates()
    {
        const IpSet set
            = IpSet::build(entries(u"10.0.0.2, 10.0.0.1, 10.0.0.1, 2001:db8::1, 2001:DB8::1, 10.0.0.2"_s));
        QCOMPARE(set.canonicalValues(), QStringList({u"10.0.0.1"_s, u"10.0.0.2"_s, u"2001:db8::1"_s}));
        QCOMPARE(set.inputCount(), 6);
        QCOMPARE(set.repeatCount(), 3);
        QCOMPARE(mergeTexts(set),
            QStringList(
                {u"10.0.0.1 is repeated."_s, u"10.0.0.2 is repeated."_s, u"2001:db8::1 is repeated."_s}));
        QVERIFY(set.overlaps().isEmpty());
        QVERIFY(!set.aggregated());
        QCOMPARE(set.savedByAggregation(), 0);
    }

    void coveredEntriesMerged()
    {
        const IpSet set = IpSet::build(entries(u"10.0.0.5, 10.0.1.0, 10.0.0.7-10.0.0.9, 10.0.0.0-10.0.0.255, "
                                               u"10.0.0.0/24, 2001:db8::/32, 2001:db8:5::1, 10.0.0.0/24"_s));
        QCOMPARE(set.canonicalValues(), QStringList({u"10.0.0.0/24"_s, u"10.0.1.0"_s, u"2001:db8::/32"_s}));
        QCOMPARE(mergeTexts(set),
            QStringList({u"10.0.0.0/24 is repeated."_s,
                u"10.0.0.0-10.0.0.255 holds the same addresses as 10.0.0.0/24."_s,
                u"10.0.0.5 is inside 10.0.0.0/24."_s, u"10.0.0.7-10.0.0.9 is inside 10.0.0.0/24."_s,
                u"2001:db8:5::1 is inside 2001:db8::/32."_s}));
        QCOMPARE(set.merges().at(2).removed, u"10.0.0.5"_s);
        QCOMPARE(set.merges().at(2).keptBy, u"10.0.0.0/24"_s);
        QCOMPARE(set.repeatCount(), 1);
        QVERIFY(set.covers(entry(u"10.0.0.128/25")));
        QVERIFY(set.covers(entry(u"10.0.1.0")));
        QVERIFY(!set.covers(entry(u"10.0.0.0/23")));
        QVERIFY(!set.covers(entry(u"10.0.1.1")));
        QVERIFY(set.covers(entry(u"2001:db8:ffff::/48")));
        QVERIFY(!set.covers(entry(u"::ffff:10.0.0.1")));
        const QStringList notes = set.notes();
        QCOMPARE(notes.size(), 2);
        QVERIFY(notes.at(0).contains(u"1 repeated entry"));
        QVERIFY(notes.at(1).contains(u"4 entry"));
    }

    void overlapsKept()
    {
        const IpSet set
            = IpSet::build(entries(u"10.0.0.5-10.0.0.20, 10.0.0.0-10.0.0.9, 10.0.0.16/28, 192.0.2.0/24"_s));
        QCOMPARE(set.canonicalValues(),
            QStringList(
                {u"10.0.0.0-10.0.0.9"_s, u"10.0.0.5-10.0.0.20"_s, u"10.0.0.16/28"_s, u"192.0.2.0/24"_s}));
        QVERIFY(set.merges().isEmpty());
        QCOMPARE(set.overlaps().size(), 2);
        QCOMPARE(
            set.overlaps().at(0).text(), u"10.0.0.0-10.0.0.9 overlaps 10.0.0.5-10.0.0.20; both are kept."_s);
        QCOMPARE(set.overlaps().at(1).first, u"10.0.0.5-10.0.0.20"_s);
        QCOMPARE(set.overlaps().at(1).second, u"10.0.0.16/28"_s);
        QVERIFY(set.notes().constFirst().contains(u"overlap"));
    }

    void familiesApart()
    {
        // "::/0" and "0.0.0.0/0" hold every address of their own family only.
        const IpSet set = IpSet::build(entries(u"::/0, 10.0.0.1, ::1, 0.0.0.0/0, ::ffff:10.0.0.1"_s));
        QCOMPARE(set.canonicalValues(), QStringList({u"0.0.0.0/0"_s, u"::/0"_s}));
        QCOMPARE(mergeTexts(set),
            QStringList({u"10.0.0.1 is inside 0.0.0.0/0."_s, u"::1 is inside ::/0."_s,
                u"::ffff:10.0.0.1 is inside ::/0."_s}));
    }

    void stableOrder()
    {
        QList<IpEntry> in
            = entries(u"10.0.0.9, 2001:db8::/48, 10.0.0.0/30, 192.0.2.1-192.0.2.3, ::1, 10.0.0.1"_s);
        const QStringList expected = IpSet::build(in).canonicalValues();
        QCOMPARE(expected,
            QStringList(
                {u"10.0.0.0/30"_s, u"10.0.0.9"_s, u"192.0.2.1-192.0.2.3"_s, u"::1"_s, u"2001:db8::/48"_s}));
        std::reverse(in.begin(), in.end());
        QCOMPARE(IpSet::build(in).canonicalValues(), expected);
        std::rotate(in.begin(), in.begin() + 2, in.end());
        QCOMPARE(IpSet::build(in).canonicalValues(), expected);
    }

    void aggregate_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("saved");
        QTest::newRow("two halves") << u"10.0.0.0/25, 10.0.0.128/25"_s << u"10.0.0.0/24"_s << 1;
        QTest::newRow("range to minimal blocks")
            << u"10.0.0.1-10.0.0.6"_s << u"10.0.0.1, 10.0.0.2/31, 10.0.0.4/31, 10.0.0.6"_s << -3;
        QTest::newRow("range that is a block") << u"10.0.0.0-10.0.0.255"_s << u"10.0.0.0/24"_s << 0;
        QTest::newRow("four addresses")
            << u"10.0.0.3, 10.0.0.1, 10.0.0.0, 10.0.0.2"_s << u"10.0.0.0/30"_s << 3;
        QTest::newRow("unaligned pair") << u"10.0.0.1, 10.0.0.2"_s << u"10.0.0.1, 10.0.0.2"_s << 0;
        QTest::newRow("three blocks")
            << u"10.0.0.0/24, 10.0.1.0/24, 10.0.2.0/24"_s << u"10.0.0.0/23, 10.0.2.0/24"_s << 1;
        QTest::newRow("overlapping ranges")
            << u"10.0.0.0-10.0.0.9, 10.0.0.5-10.0.0.15"_s << u"10.0.0.0/28"_s << 1;
        QTest::newRow("gap kept") << u"10.0.0.0/25, 10.0.1.0/25"_s << u"10.0.0.0/25, 10.0.1.0/25"_s << 0;
        QTest::newRow("covered and adjacent")
            << u"10.0.0.0/24, 10.0.0.7, 10.0.1.0-10.0.1.255"_s << u"10.0.0.0/23"_s << 1;
        QTest::newRow("whole space") << u"0.0.0.0/1, 128.0.0.0/1"_s << u"0.0.0.0/0"_s << 1;
        QTest::newRow("top of the space")
            << u"255.255.255.255, 255.255.255.254"_s << u"255.255.255.254/31"_s << 1;
        QTest::newRow("v6 halves") << u"2001:db8::/33, 2001:db8:8000::/33"_s << u"2001:db8::/32"_s << 1;
        QTest::newRow("v6 range") << u"2001:db8::1-2001:db8::6"_s
                                  << u"2001:db8::1, 2001:db8::2/127, 2001:db8::4/127, 2001:db8::6"_s << -3;
        QTest::newRow("v6 across the 64-bit halves")
            << u"2001:db8::/65, 2001:db8:0:0:8000::/65"_s << u"2001:db8::/64"_s << 1;
        QTest::newRow("v6 unaligned across halves")
            << u"2001:db8::ffff:ffff:ffff:ffff, 2001:db8:0:1::"_s
            << u"2001:db8::ffff:ffff:ffff:ffff, 2001:db8:0:1::"_s << 0;
        QTest::newRow("v6 whole space") << u"::/1, 8000::/1"_s << u"::/0"_s << 1;
        QTest::newRow("v4 and v6 never merged")
            << u"255.255.255.255, ::, ::1, 255.255.255.254"_s << u"255.255.255.254/31, ::/127"_s << 2;
        QTest::newRow("both whole spaces") << u"::/0, 0.0.0.0/0"_s << u"0.0.0.0/0, ::/0"_s << 0;
    }

    void aggregate()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QFETCH(int, saved);
        const IpSet set = IpSet::build(entries(in), {true});
        QStringList expected = out.split(u',');
        for (QString &value : expected)
            value = value.trimmed();
        QCOMPARE(set.canonicalValues(), expected);
        QCOMPARE(set.savedByAggregation(), saved);
        QVERIFY(set.aggregated());
        QVERIFY(set.overlaps().isEmpty());
        for (const IpEntry &e : set.entries())
            QVERIFY(e.kind() != IpEntry::Kind::Range);
    }

    // Random collections inside 10.0.0.0/22 (1,024 addresses): the aggregated set holds exactly the
    // same addresses, in disjoint blocks of which no two are siblings (so no block could be merged
    // with another: the fewest blocks).
    void aggregateRandom()
    {
        QRandomGenerator random(1312);
        const quint32 base = 10u << 24;
        for (int round = 0; round < 300; ++round) {
            QList<IpEntry> in;
            std::bitset<1024> expected;
            const int count = 1 + int(random.bounded(12));
            for (int i = 0; i < count; ++i) {
                const quint32 a = random.bounded(1024u);
                switch (random.bounded(3)) {
                case 0:
                    in.append(IpEntry::address(IpAddress::v4(base + a)));
                    expected.set(a);
                    break;
                case 1: {
                    const int prefix = 22 + int(random.bounded(11));
                    const IpEntry block = IpEntry::cidr(IpAddress::v4(base + a), prefix);
                    in.append(block);
                    for (quint32 x = quint32(block.first().lo) - base; x <= quint32(block.last().lo) - base;
                         ++x)
                        expected.set(x);
                    break;
                }
                default: {
                    const quint32 b = qMin(1023u, a + random.bounded(200u));
                    in.append(*IpEntry::range(IpAddress::v4(base + a), IpAddress::v4(base + b)));
                    for (quint32 x = a; x <= b; ++x)
                        expected.set(x);
                    break;
                }
                }
            }
            const IpSet set = IpSet::build(in, {true});
            std::bitset<1024> got;
            const QList<IpEntry> &out = set.entries();
            for (qsizetype i = 0; i < out.size(); ++i) {
                const IpEntry &e = out.at(i);
                QVERIFY(e.kind() != IpEntry::Kind::Range);
                if (i > 0)
                    QVERIFY(out.at(i - 1).last() < e.first()); // sorted and disjoint
                for (quint32 x = quint32(e.first().lo) - base; x <= quint32(e.last().lo) - base; ++x)
                    got.set(x);
                for (const IpEntry &other : out) {
                    if (&other != &e && other.prefix() == e.prefix() && e.prefix() > 0)
                        QVERIFY2(other.first().network(e.prefix() - 1) != e.first().network(e.prefix() - 1),
                            qPrintable(e.canonical() + u" and "_s + other.canonical() + u" are siblings"_s));
                }
            }
            QCOMPARE(got, expected);
            QCOMPARE(set.savedByAggregation(), IpSet::build(in).size() - set.size());
        }
    }

    void blocksOf()
    {
        QStringList values;
        for (const IpEntry &e :
            IpSet::blocksOf(*IpAddress::parse(u"0.0.0.0"), *IpAddress::parse(u"255.255.255.255")))
            values.append(e.canonical());
        QCOMPARE(values, QStringList({u"0.0.0.0/0"_s}));
        values.clear();
        for (const IpEntry &e : IpSet::blocksOf(*IpAddress::parse(u"::1"), *IpAddress::parse(u"::ffff")))
            values.append(e.canonical());
        QCOMPARE(values.size(), 16);
        QCOMPARE(values.constFirst(), u"::1"_s);
        QCOMPARE(values.constLast(), u"::8000/113"_s);
        QVERIFY(IpSet::blocksOf(*IpAddress::parse(u"10.0.0.2"), *IpAddress::parse(u"10.0.0.1")).isEmpty());
        QVERIFY(IpSet::blocksOf(*IpAddress::parse(u"10.0.0.1"), *IpAddress::parse(u"::1")).isEmpty());
    }

    // entry, private ranges allowed, the expected reason's fragment ("" when the entry may be blocked).
    void protectedBuiltIns_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("allowPrivate");
        QTest::addColumn<QString>("reason");
        auto row = [](const char *name, const QString &value, bool allow, const QString &reason) {
            QTest::newRow(name) << value << allow << reason;
        };
        row("loopback v4", u"127.0.0.1"_s, true,
            u"127.0.0.1 is loopback (127.0.0.0/8), which is never blocked."_s);
        row("loopback v6", u"::1"_s, true, u"::1 is loopback, which is never blocked."_s);
        row("link-local v4", u"169.254.10.0/24"_s, true, u"169.254.10.0/24 is link-local (169.254.0.0/16)"_s);
        row("link-local v6", u"fe80::1"_s, true, u"fe80::1 is link-local (fe80::/10)"_s);
        row("multicast v4", u"224.0.0.251"_s, true, u"224.0.0.251 is multicast (224.0.0.0/4)"_s);
        row("multicast v6", u"ff02::fb"_s, true, u"ff02::fb is multicast (ff00::/8)"_s);
        row("this network", u"0.0.0.0"_s, true, u"0.0.0.0 is \"this network\" (unspecified) (0.0.0.0/8)"_s);
        row("unspecified v6", u"::"_s, true, u":: is \"this network\" (unspecified), which"_s);
        row("broadcast", u"255.255.255.255"_s, true,
            u"255.255.255.255 is the limited broadcast address, which"_s);
        row("partial overlap with loopback", u"120.0.0.0/5"_s, true,
            u"120.0.0.0/5 overlaps 127.0.0.0/8, which is loopback and never blocked."_s);
        row("everything", u"0.0.0.0/0"_s, true, u"0.0.0.0/0 overlaps 0.0.0.0/8"_s);
        row("range over multicast", u"223.255.255.0-224.0.0.5"_s, true,
            u"overlaps 224.0.0.0/4, which is multicast"_s);
        row("private block", u"192.168.1.0/24"_s, false,
            u"192.168.1.0/24 is a private range (inside 192.168.0.0/16); allow private ranges in the "
            u"collection's "
            u"settings to block it."_s);
        row("private block allowed", u"192.168.1.0/24"_s, true, QString());
        row("private address", u"10.0.0.1"_s, false, u"10.0.0.1 is a private address (10.0.0.0/8)"_s);
        row("private 172.16/12", u"172.31.255.255"_s, false, u"private address (172.16.0.0/12)"_s);
        row("just outside 172.16/12", u"172.32.0.1"_s, false, QString());
        row("shared address space", u"100.64.1.1"_s, false, u"private address (100.64.0.0/10)"_s);
        row("unique local v6", u"fd12:3456::/48"_s, false,
            u"fd12:3456::/48 is a private range (inside fc00::/7)"_s);
        row("unique local v6 allowed", u"fd12:3456::/48"_s, true, QString());
        row("range into private", u"9.255.255.0-10.0.0.5"_s, false,
            u"9.255.255.0-10.0.0.5 overlaps the private range 10.0.0.0/8; allow private ranges"_s);
        row("range into private allowed", u"9.255.255.0-10.0.0.5"_s, true, QString());
        row("public v4", u"8.8.8.8"_s, false, QString());
        row("public block", u"198.51.100.0/24"_s, false, QString());
        row("public v6", u"2001:db8::1"_s, false, QString());
        row("mapped public", u"::ffff:8.8.8.8"_s, false, QString());
        row("mapped loopback", u"::ffff:127.0.0.1"_s, true,
            u"::ffff:127.0.0.1 holds IPv4-mapped addresses, which reach 127.0.0.1: 127.0.0.1 is loopback"_s);
        row("mapped private", u"::ffff:192.168.0.0/112"_s, false,
            u"which reach 192.168.0.0-192.168.255.255: 192.168.0.0-192.168.255.255 is a private range"_s);
        row("mapped private allowed", u"::ffff:192.168.0.0/112"_s, true, QString());
        row("across the mapped range", u"::fffe:0:0-::ffff:1.0.0.0"_s, true,
            u"which reach 0.0.0.0-1.0.0.0: 0.0.0.0-1.0.0.0 overlaps 0.0.0.0/8"_s);
    }

    void protectedBuiltIns()
    {
        QFETCH(QString, value);
        QFETCH(bool, allowPrivate);
        QFETCH(QString, reason);
        ProtectedList list;
        list.setAllowPrivate(allowPrivate);
        QCOMPARE(list.allowPrivate(), allowPrivate);
        const std::optional<QString> got = list.reasonFor(entry(value));
        if (reason.isEmpty()) {
            QVERIFY2(!got, qPrintable(got.value_or(QString())));
        } else {
            QVERIFY(got);
            QVERIFY2(got->contains(reason), qPrintable(*got));
        }
    }

    void protectedHosts()
    {
        ProtectedList list;
        list.setAllowPrivate(true);
        const ProtectedList::HostResult console = list.addHost(u" 10.1.2.3 "_s, u"the SentinelOne console"_s);
        QCOMPARE(console.kind, ProtectedList::HostKind::Added);
        QCOMPARE(console.host, u"10.1.2.3"_s);
        QCOMPARE(list.reasonFor(entry(u"10.0.0.0/8")).value_or(QString()),
            u"10.0.0.0/8 overlaps 10.1.2.3, the SentinelOne console, which is never blocked."_s);
        QCOMPARE(list.reasonFor(entry(u"10.1.2.3")).value_or(QString()),
            u"10.1.2.3 is the SentinelOne console, which is never blocked."_s);
        QVERIFY(!list.reasonFor(entry(u"10.1.2.4")));
        QVERIFY(list.reasonFor(entry(u"::ffff:10.1.2.3"))->contains(u"the SentinelOne console"));

        // URLs whose host is an IP literal, with ports and paths.
        QCOMPARE(list.addHost(u"https://203.0.113.7:8443/graphql"_s, u"OpenCTI"_s).host, u"203.0.113.7"_s);
        QVERIFY(list.reasonFor(entry(u"203.0.113.0/24"))->contains(u"overlaps 203.0.113.7, OpenCTI"));
        const ProtectedList::HostResult v6Url = list.addHost(u"https://[2001:DB8::7]/"_s, u"OpenCTI"_s);
        QCOMPARE(v6Url.kind, ProtectedList::HostKind::Added);
        QCOMPARE(v6Url.host, u"2001:db8::7"_s);
        QCOMPARE(list.addHost(u"[2001:db8::8]:443"_s, u"a proxy"_s).host, u"2001:db8::8"_s);
        QCOMPARE(list.addHost(u"198.51.100.1:443"_s, u"a proxy"_s).host, u"198.51.100.1"_s);
        QVERIFY(list.reasonFor(entry(u"2001:db8::/64"))->contains(u"2001:db8::7, OpenCTI"));

        // Host names are resolved by the caller, which adds the addresses.
        const ProtectedList::HostResult name = list.addHost(
            u"https://USEA1-Partners.SentinelOne.net/web/api/v2.1"_s, u"the SentinelOne console"_s);
        QCOMPARE(name.kind, ProtectedList::HostKind::NeedsResolution);
        QCOMPARE(name.host, u"usea1-partners.sentinelone.net"_s);
        QVERIFY(!list.reasonFor(entry(u"192.0.2.50")));
        list.addAddress(*IpAddress::parse(u"192.0.2.50"), u"the SentinelOne console"_s);
        QCOMPARE(list.reasonFor(entry(u"192.0.2.0/24")).value_or(QString()),
            u"192.0.2.0/24 overlaps 192.0.2.50, the SentinelOne console, which is never blocked."_s);
        QCOMPARE(list.addHost(u"opencti.example.org:8080"_s, u"OpenCTI"_s).host, u"opencti.example.org"_s);
        QCOMPARE(list.addHost(u"opencti.example.org"_s, u"OpenCTI"_s).kind,
            ProtectedList::HostKind::NeedsResolution);

        QCOMPARE(list.addHost(QString(), u"x"_s).kind, ProtectedList::HostKind::Invalid);
        QCOMPARE(list.addHost(u"https:///path"_s, u"x"_s).kind, ProtectedList::HostKind::Invalid);
        QCOMPARE(list.addHost(u"two words"_s, u"x"_s).kind, ProtectedList::HostKind::Invalid);

        // Hosts come before private ranges: the reason names the console.
        list.setAllowPrivate(false);
        QVERIFY(list.reasonFor(entry(u"10.1.2.0/24"))->contains(u"the SentinelOne console"));
        list.clearHosts();
        QVERIFY(list.reasonFor(entry(u"10.1.2.0/24"))->contains(u"private range"));
        QVERIFY(!list.reasonFor(entry(u"203.0.113.7")));
    }

    void ownEntries()
    {
        ProtectedList list;
        list.addEntry(entry(u"203.0.113.0/24"), u"office"_s);
        list.addEntry(entry(u"2001:db8:abcd::/48"));
        list.addEntry(entry(u"203.0.113.0/24"), u"office"_s); // once
        QCOMPARE(list.ownEntries(), QStringList({u"203.0.113.0/24 # office"_s, u"2001:db8:abcd::/48"_s}));
        QCOMPARE(list.reasonFor(entry(u"203.0.113.5")).value_or(QString()),
            u"203.0.113.5 is inside 203.0.113.0/24, office, which is never blocked."_s);
        QCOMPARE(list.reasonFor(entry(u"2001:db8::/32")).value_or(QString()),
            u"2001:db8::/32 overlaps 2001:db8:abcd::/48, one of your own networks, which is never blocked."_s);
        QCOMPARE(list.reasonFor(entry(u"2001:db8:abcd::/48")).value_or(QString()),
            u"2001:db8:abcd::/48 is one of your own networks, which is never blocked."_s);

        // Persisted as text and read back.
        ProtectedList loaded;
        QVERIFY(loaded.setOwnEntries(list.ownEntries()).isEmpty());
        QCOMPARE(loaded.ownEntries(), list.ownEntries());
        const QStringList problems
            = loaded.setOwnEntries({u"198.51.100.0/24 # lab"_s, u"300.1.1.1"_s, u""_s});
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().contains(u"300 is over 255"));
        QCOMPARE(loaded.ownEntries(), QStringList({u"198.51.100.0/24 # lab"_s}));
        QVERIFY(!loaded.reasonFor(entry(u"203.0.113.5")));
    }

    void filter()
    {
        ProtectedList list;
        list.addHost(u"https://198.51.100.20"_s, u"the SentinelOne console"_s);
        IpSet set = IpSet::build(entries(u"8.8.8.8, 127.0.0.1, 10.0.0.0/8, 1.1.1.0/24, 9.0.0.0-10.0.0.1, "
                                         u"198.51.100.0/24, 2001:db8::/32, fe80::/64, 172.32.0.0/16"_s));
        const QList<ProtectedList::Protection> removed = list.filter(set);
        QCOMPARE(set.canonicalValues(),
            QStringList({u"1.1.1.0/24"_s, u"8.8.8.8"_s, u"172.32.0.0/16"_s, u"2001:db8::/32"_s}));
        QStringList removedValues;
        for (const ProtectedList::Protection &p : removed)
            removedValues.append(p.entry);
        // A partial overlap leaves the whole entry out.
        QCOMPARE(removedValues,
            QStringList({u"9.0.0.0-10.0.0.1"_s, u"10.0.0.0/8"_s, u"127.0.0.1"_s, u"198.51.100.0/24"_s,
                u"fe80::/64"_s}));
        QVERIFY(removed.at(0).reason.contains(u"overlaps the private range 10.0.0.0/8"));
        QVERIFY(removed.at(1).reason.contains(u"is a private range"));
        QVERIFY(removed.at(2).reason.contains(u"127.0.0.1 is loopback"));
        QCOMPARE(removed.at(3).reason,
            u"198.51.100.0/24 overlaps 198.51.100.20, the SentinelOne console, which is never blocked."_s);
        QVERIFY(removed.at(4).reason.contains(u"link-local"));
        QVERIFY(set.covers(entry(u"1.1.1.1")));

        // With private ranges allowed, only the private entries come back.
        list.setAllowPrivate(true);
        IpSet again = IpSet::build(entries(u"10.0.0.0/8, 9.0.0.0-10.0.0.1, 127.0.0.1"_s));
        QCOMPARE(list.filter(again).size(), 1);
        QCOMPARE(again.canonicalValues(), QStringList({u"9.0.0.0-10.0.0.1"_s, u"10.0.0.0/8"_s}));
    }
};

QTEST_GUILESS_MAIN(TestIpSet)
#include "tst_ipset.moc"
