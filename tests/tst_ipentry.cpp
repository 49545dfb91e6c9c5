// SPDX-License-Identifier: GPL-3.0-or-later
#include "firewall/IpEntry.h"

#include "config/Translations.h"
#include <QHostAddress>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using firewall::IpAddress;
using firewall::IpEntry;

Q_DECLARE_METATYPE(IpEntry::Kind)

class TestIpEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }

    // ok rows: the canonical value, its kind and a fragment of the warning ("" for none);
    // refused rows: fragments of the reason (separated by "|", each must appear).
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<IpEntry::Kind>("kind");
        QTest::addColumn<QString>("warning");

        const auto A = IpEntry::Kind::Address;
        const auto C = IpEntry::Kind::Cidr;
        const auto R = IpEntry::Kind::Range;
        auto good = [](const char *name, const QString &input, const QString &canonical, IpEntry::Kind kind,
                        const QString &warning = QString()) {
            QTest::newRow(name) << input << true << canonical << kind << warning;
        };
        auto bad = [](const char *name, const QString &input, const QString &reason) {
            QTest::newRow(name) << input << false << reason << IpEntry::Kind::Address << QString();
        };

        // IPv4 addresses, blocks and ranges
        good("v4 address", u"10.0.0.1"_s, u"10.0.0.1"_s, A);
        good("v4 whitespace", u"  10.0.0.1\t"_s, u"10.0.0.1"_s, A);
        good("v4 zero", u"0.0.0.0"_s, u"0.0.0.0"_s, A);
        good("v4 all ones", u"255.255.255.255"_s, u"255.255.255.255"_s, A);
        good("v4 cidr", u"10.0.0.0/8"_s, u"10.0.0.0/8"_s, C);
        good("v4 host bits", u"10.1.2.3/8"_s, u"10.0.0.0/8"_s, C,
            u"10.1.2.3/8 has host bits set; taken as 10.0.0.0/8"_s);
        good("v4 /32 is an address", u"10.0.0.1/32"_s, u"10.0.0.1"_s, A);
        good("v4 /0", u"0.0.0.0/0"_s, u"0.0.0.0/0"_s, C);
        good("v4 /31", u"192.0.2.4/31"_s, u"192.0.2.4/31"_s, C);
        good("v4 netmask", u"10.0.0.0/255.0.0.0"_s, u"10.0.0.0/8"_s, C);
        good("v4 range", u"10.0.0.1-10.0.0.9"_s, u"10.0.0.1-10.0.0.9"_s, R);
        good("v4 range spaces", u"10.0.0.1 - 10.0.0.9"_s, u"10.0.0.1-10.0.0.9"_s, R);
        good("v4 range of one", u"10.0.0.5-10.0.0.5"_s, u"10.0.0.5"_s, A);
        good("v4 range that is a block", u"10.0.0.0-10.0.0.255"_s, u"10.0.0.0-10.0.0.255"_s, R);
        good("v4 defanged brackets", u"10[.]0[.]0[.]1"_s, u"10.0.0.1"_s, A);
        good("v4 defanged parentheses", u"192.168(.)1(.)0/24"_s, u"192.168.1.0/24"_s, C);
        good("v4 defanged braces", u" 1{.}2{.}3{.}4 "_s, u"1.2.3.4"_s, A);
        good("v4 defanged range", u"10[.]0[.]0[.]1-10[.]0[.]0[.]2"_s, u"10.0.0.1-10.0.0.2"_s, R);
        // IPv6 (RFC 5952 text)
        good("v6 tie compresses the first run", u"2001:DB8:0:0:1:0:0:1"_s, u"2001:db8::1:0:0:1"_s, A);
        good("v6 unspecified", u"::"_s, u"::"_s, A);
        good("v6 loopback", u"::1"_s, u"::1"_s, A);
        good("v6 loopback long", u"0:0:0:0:0:0:0:1"_s, u"::1"_s, A);
        good("v6 trailing run", u"2001:db8::"_s, u"2001:db8::"_s, A);
        good("v6 one then zeros", u"1:0:0:0:0:0:0:0"_s, u"1::"_s, A);
        good("v6 leading zeros dropped", u"2001:0db8:0000:0000:0000:0000:0000:0001"_s, u"2001:db8::1"_s, A);
        good("v6 single zero not compressed", u"2001:db8:0:1:1:1:1:1"_s, u"2001:db8:0:1:1:1:1:1"_s, A);
        good("v6 longest run wins", u"2001:0:0:1:0:0:0:1"_s, u"2001:0:0:1::1"_s, A);
        good("v6 :: for one group expanded", u"fe80::1:2:3:4:5:6"_s, u"fe80:0:1:2:3:4:5:6"_s, A);
        good("v6 mapped v4", u"::FFFF:1.2.3.4"_s, u"::ffff:1.2.3.4"_s, A);
        good("v6 mapped hex", u"::ffff:0102:0304"_s, u"::ffff:1.2.3.4"_s, A);
        good("v6 cidr", u"2001:db8::/32"_s, u"2001:db8::/32"_s, C);
        good("v6 host bits", u"2001:db8::1/32"_s, u"2001:db8::/32"_s, C,
            u"has host bits set; taken as 2001:db8::/32"_s);
        good("v6 /128 is an address", u"2001:db8::1/128"_s, u"2001:db8::1"_s, A);
        good("v6 /0", u"::/0"_s, u"::/0"_s, C);
        good("v6 range", u"2001:db8::1-2001:db8::ff"_s, u"2001:db8::1-2001:db8::ff"_s, R);
        good("v6 brackets", u"[2001:db8::1]"_s, u"2001:db8::1"_s, A);
        good("v6 defanged", u"2001[:]db8[:][:]1"_s, u"2001:db8::1"_s, A);

        // Refused, with their reasons
        bad("empty", u""_s, u"The entry is empty; expected"_s);
        bad("blank", u" \t "_s, u"The entry is empty"_s);
        bad("a domain", u"example.com"_s, u"example.com is not an IP address, CIDR block or range"_s);
        bad("a url", u"hxxp://1.2.3.4/x"_s, u"hxxp://1.2.3.4/x is not an IP address, CIDR block or range"_s);
        bad("two addresses", u"10.0.0.1 10.0.0.2"_s, u"is not an IP address"_s);
        bad("octet over 255", u"300.1.1.1"_s, u"300.1.1.1: 300 is over 255|from 0 to 255"_s);
        bad("last octet over 255", u"1.2.3.256"_s, u"256 is over 255"_s);
        bad("leading zero", u"010.1.1.1"_s,
            u"010.1.1.1: leading zeros are ambiguous (octal or decimal?); write 10.1.1.1 or 8.1.1.1."_s);
        bad("leading zero not octal", u"09.1.1.1"_s, u"leading zeros are ambiguous|write 9.1.1.1."_s);
        bad("leading zero only octal", u"0300.1.1.1"_s, u"leading zeros are ambiguous|write 192.1.1.1."_s);
        bad("three parts", u"1.2.3"_s, u"1.2.3 has 3 number|an IPv4 address has four numbers"_s);
        bad("five parts", u"1.2.3.4.5"_s, u"has 5 number|four numbers"_s);
        bad("empty part", u"1..2.3"_s, u"empty number between dots"_s);
        bad("v4 prefix too long", u"10.0.0.0/33"_s, u"the prefix /33 is too long|from /0 to /32"_s);
        bad("v6 prefix too long", u"2001:db8::/129"_s, u"the prefix /129 is too long|from /0 to /128"_s);
        bad("prefix not a number", u"10.0.0.0/abc"_s, u"the prefix \"abc\" is not a number|/0 to /32"_s);
        bad("prefix missing", u"10.0.0.0/"_s, u"the prefix \"\" is not a number"_s);
        bad("netmask not contiguous", u"10.0.0.0/255.0.255.0"_s, u"netmask 255.0.255.0 is not contiguous"_s);
        bad("range backwards", u"10.0.0.9-10.0.0.1"_s, u"the end is before the start|(10.0.0.1-10.0.0.9)"_s);
        bad("range v6 backwards", u"2001:db8::9-2001:db8::1"_s, u"end is before the start"_s);
        bad("range mixes families", u"10.0.0.1-2001:db8::1"_s, u"mixes IPv4 and IPv6"_s);
        bad("range with a block", u"10.0.0.0/8-10.0.0.9"_s, u"mixes a range and a CIDR block"_s);
        bad("range end missing", u"10.0.0.1-"_s, u"10.0.0.1- is a range without its last address"_s);
        bad("range start missing", u" -10.0.0.1"_s, u"without its first address"_s);
        bad("range end bad", u"10.0.0.1-10.0.0.300"_s, u"300 is over 255"_s);
        bad("v6 two double colons", u"1:2::3::4"_s, u"has \"::\" more than once"_s);
        bad("v6 triple colon", u"1:::2"_s, u"more than once"_s);
        bad("v6 group too long", u"2001:db8::12345"_s,
            u"\"12345\" is not a group of 1 to 4 hexadecimal digits"_s);
        bad("v6 bad character", u"2001:db8::g"_s, u"is not an IP address"_s);
        bad("v6 zone id", u"fe80::1%eth0"_s, u"zone id \"%eth0\"|cannot be blocked"_s);
        bad("v6 seven groups", u"1:2:3:4:5:6:7"_s, u"has 7 group|eight groups"_s);
        bad("v6 nine groups", u"1:2:3:4:5:6:7:8:9"_s, u"has 9 group"_s);
        bad("v6 eight groups and ::", u"1:2:3:4:5:6:7::8"_s, u"has 8 group"_s);
        bad("v6 leading colon", u":1:2:3:4:5:6:7"_s, u"has an empty group"_s);
        bad("v6 trailing colon", u"1::2:"_s, u"has an empty group"_s);
        bad("v6 v4 part not last", u"1.2.3.4::"_s, u"IPv4 address before its last group"_s);
        bad("v6 mapped octet over 255", u"::ffff:1.2.3.999"_s, u"999 is over 255"_s);
        bad("v4 with port", u"192.0.2.1:443"_s, u"carries a port|write 192.0.2.1"_s);
        bad("v6 with port", u"[2001:db8::1]:443"_s, u"carries a port|write 2001:db8::1"_s);
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        QFETCH(IpEntry::Kind, kind);
        QFETCH(QString, warning);

        const firewall::IpEntryResult result = IpEntry::parse(input);
        QVERIFY2(result.ok == ok, qPrintable(result.reason));
        if (ok) {
            QCOMPARE(result.entry.canonical(), expected);
            QCOMPARE(result.entry.kind(), kind);
            QVERIFY(result.reason.isEmpty());
            if (warning.isEmpty())
                QVERIFY2(result.warning.isEmpty(), qPrintable(result.warning));
            else
                QVERIFY2(result.warning.contains(warning), qPrintable(result.warning));
            // The canonical text reads back as the same entry, without a warning.
            const firewall::IpEntryResult again = IpEntry::parse(result.entry.canonical());
            QVERIFY(again.ok);
            QCOMPARE(again.entry, result.entry);
            QVERIFY(again.warning.isEmpty());
        } else {
            QVERIFY(result.warning.isEmpty());
            for (const QString &fragment : expected.split(u'|'))
                QVERIFY2(result.reason.contains(fragment), qPrintable(result.reason));
            QVERIFY2(result.reason.endsWith(u'.'), qPrintable(result.reason)); // a sentence
        }
    }

    void bounds()
    {
        const IpEntry block = IpEntry::parse(u"10.0.0.0/24").entry;
        QCOMPARE(block.first().toString(), u"10.0.0.0"_s);
        QCOMPARE(block.last().toString(), u"10.0.0.255"_s);
        QCOMPARE(block.prefix(), 24);
        QCOMPARE(block.addressCount(), quint64(256));
        QVERIFY(!block.isV6());

        const IpEntry range = IpEntry::parse(u"10.0.0.1-10.0.0.9").entry;
        QCOMPARE(range.prefix(), -1);
        QCOMPARE(range.addressCount(), quint64(9));

        const IpEntry v6 = IpEntry::parse(u"2001:db8::/65").entry;
        QVERIFY(v6.isV6());
        QCOMPARE(v6.addressCount(), quint64(1) << 63);
        QCOMPARE(v6.last().toString(), u"2001:db8::7fff:ffff:ffff:ffff"_s);
        QCOMPARE(IpEntry::parse(u"2001:db8::/64").entry.addressCount(), ~quint64(0)); // saturated
        QCOMPARE(IpEntry::parse(u"::/0").entry.addressCount(), ~quint64(0));
        QCOMPARE(IpEntry::parse(u"0.0.0.0/0").entry.addressCount(), quint64(1) << 32);

        // Carry between the two halves of an IPv6 address.
        const IpAddress a = *IpAddress::parse(u"2001:db8::ffff:ffff:ffff:ffff");
        QCOMPARE(a.next().toString(), u"2001:db8:0:1::"_s);
        QCOMPARE(a.next().prev(), a);
        QCOMPARE(IpAddress::parse(u"10.0.0.255")->next().toString(), u"10.0.1.0"_s);
        QVERIFY(IpAddress::parse(u"255.255.255.255")->isMax());
        QCOMPARE(IpAddress::parse(u"10.0.0.0")->trailingZeroBits(), 25);
        QCOMPARE(IpAddress::parse(u"::")->trailingZeroBits(), 128);
        QCOMPARE(IpAddress::parse(u"1::")->trailingZeroBits(), 112);
    }

    void containsAndOverlaps_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("aContainsB");
        QTest::addColumn<bool>("overlap");
        QTest::newRow("block holds address") << u"10.0.0.0/24"_s << u"10.0.0.5"_s << true << true;
        QTest::newRow("block holds its edge") << u"10.0.0.0/24"_s << u"10.0.0.255"_s << true << true;
        QTest::newRow("address outside") << u"10.0.0.0/24"_s << u"10.0.1.0"_s << false << false;
        QTest::newRow("itself") << u"10.0.0.0/24"_s << u"10.0.0.0/24"_s << true << true;
        QTest::newRow("range as block") << u"10.0.0.0/24"_s << u"10.0.0.0-10.0.0.255"_s << true << true;
        QTest::newRow("narrower does not hold wider")
            << u"10.0.0.0/25"_s << u"10.0.0.0/24"_s << false << true;
        QTest::newRow("ranges overlap") << u"10.0.0.1-10.0.0.9"_s << u"10.0.0.5-10.0.0.20"_s << false << true;
        QTest::newRow("ranges touch") << u"10.0.0.1-10.0.0.9"_s << u"10.0.0.9-10.0.0.20"_s << false << true;
        QTest::newRow("ranges adjacent")
            << u"10.0.0.1-10.0.0.9"_s << u"10.0.0.10-10.0.0.20"_s << false << false;
        QTest::newRow("v6 block holds") << u"2001:db8::/32"_s << u"2001:db8:1::/48"_s << true << true;
        QTest::newRow("v6 block apart") << u"2001:db8::/32"_s << u"2001:db9::1"_s << false << false;
        QTest::newRow("families never mix") << u"::/0"_s << u"10.0.0.1"_s << false << false;
        QTest::newRow("families never mix 2") << u"0.0.0.0/0"_s << u"::1"_s << false << false;
        QTest::newRow("mapped is v6") << u"0.0.0.0/0"_s << u"::ffff:10.0.0.1"_s << false << false;
    }

    void containsAndOverlaps()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, aContainsB);
        QFETCH(bool, overlap);
        const IpEntry ea = IpEntry::parse(a).entry;
        const IpEntry eb = IpEntry::parse(b).entry;
        QVERIFY(IpEntry::parse(a).ok && IpEntry::parse(b).ok);
        QCOMPARE(ea.contains(eb), aContainsB);
        QCOMPARE(ea.overlaps(eb), overlap);
        QCOMPARE(eb.overlaps(ea), overlap);
        QCOMPARE(ea.contains(eb.first()), aContainsB || (overlap && ea.first() <= eb.first()));
    }

    void ordering()
    {
        QList<IpEntry> entries;
        for (const char16_t *text : {u"::1", u"10.0.0.0/8", u"10.0.0.0-10.0.0.9", u"9.255.255.255",
                 u"10.0.0.0", u"2001:db8::/32", u"10.0.0.0/24"})
            entries.append(IpEntry::parse(QStringView(text)).entry);
        std::sort(entries.begin(), entries.end());
        QStringList values;
        for (const IpEntry &e : entries)
            values.append(e.canonical());
        QCOMPARE(values,
            QStringList({u"9.255.255.255"_s, u"10.0.0.0"_s, u"10.0.0.0-10.0.0.9"_s, u"10.0.0.0/24"_s,
                u"10.0.0.0/8"_s, u"::1"_s, u"2001:db8::/32"_s}));
        QVERIFY(*IpAddress::parse(u"255.255.255.255") < *IpAddress::parse(u"::"));

        // Usable as hash keys: equal entries hash alike, the same bounds of another kind differ.
        QSet<IpEntry> set;
        for (const IpEntry &e : std::as_const(entries))
            set.insert(e);
        set.insert(IpEntry::parse(u"10.0.0.0/8").entry);
        set.insert(IpEntry::parse(u"10.0.0.0-10.255.255.255").entry);
        QCOMPARE(set.size(), entries.size() + 1);
        QVERIFY(set.contains(IpEntry::parse(u"2001:DB8::/32").entry));
    }

    // Random addresses (with runs of zero groups) against QHostAddress, an independent implementation
    // of the same text forms; ::/96 and ::ffff:0:0/96 are left out (QHostAddress writes both with a
    // dotted IPv4 part; RFC 5952 keeps that for the mapped range, which the parse table covers).
    void againstQHostAddress()
    {
        QRandomGenerator random(20261203);
        for (int i = 0; i < 5000; ++i) {
            quint16 groups[8];
            for (quint16 &g : groups) {
                const quint32 r = random.generate();
                g = (r % 3 == 0) ? 0 : quint16(r >> 8) >> (r % 13);
            }
            if (groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
                && (groups[5] == 0xffff || groups[5] == 0))
                continue;
            QString full;
            for (int g = 0; g < 8; ++g)
                full += (g ? u":"_s : QString()) + QString::number(groups[g], 16).toUpper();
            const std::optional<IpAddress> ours = IpAddress::parse(full);
            QVERIFY2(ours, qPrintable(full));
            const QString expected = QHostAddress(full).toString();
            QCOMPARE(ours->toString(), expected);
            QCOMPARE(*IpAddress::parse(expected), *ours);

            const quint32 v4 = random.generate();
            const IpAddress a = IpAddress::v4(v4);
            QCOMPARE(a.toString(), QHostAddress(v4).toString());
            QCOMPARE(*IpAddress::parse(a.toString()), a);
        }
    }

    void printable()
    {
        QCOMPARE(firewall::printableValue(u"a\tb\x1b"_s), u"a\\tb\\x1b"_s);
        QCOMPARE(firewall::printableValue(u"x\u202e"_s), u"x\\u202e"_s);
        QCOMPARE(firewall::printableValue(QString(300, u'a')).size(), 203);
        // A long value in a reason is cut too.
        const firewall::IpEntryResult result = IpEntry::parse(QString(5000, u'x'));
        QVERIFY(!result.ok);
        QVERIFY(result.reason.size() < 400);
    }
};

QTEST_GUILESS_MAIN(TestIpEntry)
#include "tst_ipentry.moc"
