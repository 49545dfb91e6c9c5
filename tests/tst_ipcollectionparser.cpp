// SPDX-License-Identifier: GPL-3.0-or-later
#include "firewall/IpCollectionParser.h"

#include "config/Translations.h"
#include <QTest>

using namespace Qt::StringLiterals;
using firewall::IpCollectionParser;
using firewall::LineProblem;
using firewall::ParsedCollection;

namespace {

QStringList values(const ParsedCollection &parsed)
{
    QStringList out;
    for (const firewall::IpEntry &entry : parsed.entries)
        out.append(entry.canonical());
    return out;
}

// "line: text" of each problem, for compact comparisons.
QStringList lines(const QList<LineProblem> &problems)
{
    QStringList out;
    for (const LineProblem &p : problems)
        out.append(QString::number(p.line) + u": "_s + p.text);
    return out;
}

} // namespace

class TestIpCollectionParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }

    // text: the input ("\n" separated); entries: the canonical values read ("," separated);
    // rejected: "line: text" of each refused line ("|" separated); warned: likewise for warnings.
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("entries");
        QTest::addColumn<QString>("rejected");
        QTest::addColumn<QString>("warned");

        QTest::newRow("plain lines") << u"10.0.0.1\n10.0.0.0/8\n10.0.0.1-10.0.0.9\n2001:db8::1\n"_s
                                     << u"10.0.0.1,10.0.0.0/8,10.0.0.1-10.0.0.9,2001:db8::1"_s << QString()
                                     << QString();
        QTest::newRow("crlf and blank lines")
            << u"\r\n10.0.0.1\r\n\r\n   \r\n10.0.0.2"_s << u"10.0.0.1,10.0.0.2"_s << QString() << QString();
        QTest::newRow("comments") << u"# a feed\n; another comment\n  # indented\n10.0.0.1\n"_s
                                  << u"10.0.0.1"_s << QString() << QString();
        QTest::newRow("trailing comments")
            << u"10.0.0.1 # office\n10.0.0.2\t; lab\n10.0.0.3 ;x\n2001:db8::/32 # v6 block"_s
            << u"10.0.0.1,10.0.0.2,10.0.0.3,2001:db8::/32"_s << QString() << QString();
        QTest::newRow("rejected with line numbers")
            << u"10.0.0.1\n300.1.1.1\n# comment\nexample.com\n\n10.0.0.0/33 # too long\n10.0.0.2"_s
            << u"10.0.0.1,10.0.0.2"_s << u"2: 300.1.1.1|4: example.com|6: 10.0.0.0/33"_s << QString();
        QTest::newRow("warnings") << u"10.1.2.3/8\n10.0.0.1\n192.168.1.77/24 # lan"_s
                                  << u"10.0.0.0/8,10.0.0.1,192.168.1.0/24"_s << QString()
                                  << u"1: 10.1.2.3/8|3: 192.168.1.77/24"_s;
        QTest::newRow("defanged and whitespace") << u"  10[.]0[.]0[.]1  \n\t2001[:]db8[:][:]1\n"_s
                                                 << u"10.0.0.1,2001:db8::1"_s << QString() << QString();
        QTest::newRow("byte order mark") << u"\ufeff10.0.0.1\n"_s << u"10.0.0.1"_s << QString() << QString();
        QTest::newRow("hash without space is not a comment")
            << u"10.0.0.1#x\n"_s << QString() << u"1: 10.0.0.1#x"_s << QString();
        QTest::newRow("csv with header")
            << u"first_seen,ip,comment\n2024-01-01,10.0.0.1,bad\n2024-01-02,\"10.0.0.2\","
               u"\"a, quoted\"\n2024-01-03,999.0.0.1,x\n"_s
            << u"10.0.0.1,10.0.0.2"_s << u"4: 999.0.0.1"_s << QString();
        QTest::newRow("csv header any case")
            << u"Date,IP Address,Note\nx,10.0.0.1,y\n"_s << u"10.0.0.1"_s << QString() << QString();
        QTest::newRow("csv header prefers named column")
            << u"source,value\n10.9.9.9,10.0.0.1\n10.9.9.9,10.0.0.2\n"_s
            // The header row has no entry, so it is a header; "value" names the column even though
            // the first column holds addresses too.
            << u"10.0.0.1,10.0.0.2"_s << QString() << QString();
        QTest::newRow("csv header without a known name")
            << u"when,where,what\nmonday,10.0.0.1,x\ntuesday,10.0.0.2,y\n"_s << u"10.0.0.1,10.0.0.2"_s
            << QString() << QString();
        QTest::newRow("csv without header") << u"scanner,10.0.0.1,high\nscanner,10.0.0.2,low\n"_s
                                            << u"10.0.0.1,10.0.0.2"_s << QString() << QString();
        QTest::newRow("csv without header, bad first row")
            << u"x,10.0.0.300\nx,10.0.0.2\n"_s << u"10.0.0.2"_s << u"1: 10.0.0.300"_s << QString();
        QTest::newRow("csv quoted with escaped quote")
            << u"ip,note\n\"10.0.0.1\",\"he said \"\"hi\"\"\"\n  \"10.0.0.2\" , x\n"_s
            << u"10.0.0.1,10.0.0.2"_s << QString() << QString();
        QTest::newRow("csv unclosed quote")
            << u"ip,note\n\"10.0.0.1,x\n10.0.0.2,y\n"_s << u"10.0.0.2"_s << u"2: \"10.0.0.1,x"_s << QString();
        QTest::newRow("csv short row")
            << u"note,ip\nx,10.0.0.1\nlonely\n"_s << u"10.0.0.1"_s << u"3: lonely"_s << QString();
        QTest::newRow("csv comments and blanks")
            << u"# exported\nip,note\n\n# more\n10.0.0.1,a\n"_s << u"10.0.0.1"_s << QString() << QString();
        QTest::newRow("csv empty value")
            << u"ip,note\n,empty\n10.0.0.1,a\n"_s << u"10.0.0.1"_s << u"2: "_s << QString();
        QTest::newRow("csv warning") << u"ip,note\n10.1.2.3/8,a\n"_s << u"10.0.0.0/8"_s << QString()
                                     << u"2: 10.1.2.3/8"_s;
        QTest::newRow("tab separated")
            << u"ip\tnote\n10.0.0.1\tx\n10.0.0.2\ty\n"_s << u"10.0.0.1,10.0.0.2"_s << QString() << QString();
        QTest::newRow("empty text") << QString() << QString() << QString() << QString();
        QTest::newRow("only comments") << u"# nothing\n; here\n"_s << QString() << QString() << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, entries);
        QFETCH(QString, rejected);
        QFETCH(QString, warned);

        const ParsedCollection parsed = IpCollectionParser::parse(QStringView(text));
        QCOMPARE(values(parsed), entries.split(u',', Qt::SkipEmptyParts));
        QCOMPARE(lines(parsed.rejected), rejected.isNull() ? QStringList() : rejected.split(u'|'));
        QCOMPARE(lines(parsed.warnings), warned.isNull() ? QStringList() : warned.split(u'|'));
        for (const LineProblem &problem : parsed.rejected)
            QVERIFY2(problem.reason.endsWith(u'.'), qPrintable(problem.reason));
        for (const LineProblem &problem : parsed.warnings)
            QVERIFY2(problem.reason.contains(u"host bits set"), qPrintable(problem.reason));

        // The same text as UTF-8 bytes reads the same.
        const ParsedCollection fromBytes = IpCollectionParser::parse(text.toUtf8());
        QCOMPARE(values(fromBytes), values(parsed));
        QCOMPARE(lines(fromBytes.rejected), lines(parsed.rejected));
    }

    void reasonsAndNotes()
    {
        const ParsedCollection parsed
            = IpCollectionParser::parse(u"010.1.1.1\n10.0.0.9-10.0.0.1\n1.2.3.4-::1\nfe80::1%eth0\n"_s);
        QCOMPARE(parsed.rejected.size(), 4);
        QVERIFY(parsed.rejected.at(0).reason.contains(u"leading zeros are ambiguous"));
        QVERIFY(parsed.rejected.at(1).reason.contains(u"end is before the start"));
        QVERIFY(parsed.rejected.at(2).reason.contains(u"mixes IPv4 and IPv6"));
        QVERIFY(parsed.rejected.at(3).reason.contains(u"zone id"));
        QVERIFY(parsed.notes.isEmpty());

        const ParsedCollection csv = IpCollectionParser::parse(u"date,ip\nx,10.0.0.1\n"_s);
        QCOMPARE(csv.notes.size(), 1);
        QVERIFY2(csv.notes.constFirst().contains(u"\"ip\" (column 2)"), qPrintable(csv.notes.constFirst()));
        const ParsedCollection noHeader = IpCollectionParser::parse(u"x,10.0.0.1\n"_s);
        QVERIFY2(noHeader.notes.constFirst().contains(u"without a header row: column 2"),
            qPrintable(noHeader.notes.constFirst()));
        const ParsedCollection shortRow = IpCollectionParser::parse(u"note,ip\nlonely\n"_s);
        QVERIFY2(shortRow.rejected.constFirst().reason.contains(u"column 2"),
            qPrintable(shortRow.rejected.constFirst().reason));
    }

    void forcedFormat()
    {
        // As lines, a comma is part of the value; as CSV, the first column holding an address is read.
        const QString text = u"10.0.0.1,x\n"_s;
        const ParsedCollection asLines = IpCollectionParser::parse(text, IpCollectionParser::Format::Lines);
        QCOMPARE(asLines.entries.size(), 0);
        QCOMPARE(asLines.rejected.size(), 1);
        const ParsedCollection asCsv
            = IpCollectionParser::parse(u"10.0.0.1\n10.0.0.2\n"_s, IpCollectionParser::Format::Csv);
        QCOMPARE(values(asCsv), QStringList({u"10.0.0.1"_s, u"10.0.0.2"_s}));
    }

    void longTextIsCut()
    {
        const QString junk = QString(1000, u'z');
        const ParsedCollection parsed = IpCollectionParser::parse(junk + u"\n10.0.0.1\x1b\n"_s);
        QCOMPARE(parsed.rejected.size(), 2);
        QCOMPARE(parsed.rejected.at(0).text, QString(IpCollectionParser::kTextChars, u'z') + u"..."_s);
        QCOMPARE(parsed.rejected.at(1).line, 2);
        QCOMPARE(parsed.rejected.at(1).text, u"10.0.0.1\\x1b"_s); // shown plain, escaped
    }

    void typedEntries()
    {
        const ParsedCollection parsed = IpCollectionParser::parseEntries(
            {u"10.0.0.1"_s, u" 10.1.2.3/8 "_s, u"nope"_s, QString(), u"2001:db8::1"_s});
        QCOMPARE(values(parsed), QStringList({u"10.0.0.1"_s, u"10.0.0.0/8"_s, u"2001:db8::1"_s}));
        QCOMPARE(lines(parsed.rejected), QStringList({u"3: nope"_s, u"4: "_s}));
        QCOMPARE(lines(parsed.warnings), QStringList({u"2: 10.1.2.3/8"_s}));
        QVERIFY(parsed.rejected.at(1).reason.contains(u"empty"));
        // A "#" is no comment in a typed entry.
        QCOMPARE(IpCollectionParser::parseEntries({u"10.0.0.1 # x"_s}).rejected.size(), 1);
    }

    // 100,000 lines (addresses, blocks, ranges, comments and refused lines) are all accounted for.
    void hundredThousandLines()
    {
        QString text;
        text.reserve(100000 * 24);
        int expectedEntries = 0;
        int expectedRejected = 0;
        int expectedWarnings = 0;
        for (int i = 0; i < 100000; ++i) {
            const int a = (i >> 16) & 0xff;
            const int b = (i >> 8) & 0xff;
            const int c = i & 0xff;
            switch (i % 10) {
            case 0:
                text += u"# comment %1\n"_s.arg(i);
                break;
            case 1:
                text += u"10.%1.%2.0/24 ; block\n"_s.arg(b).arg(c);
                ++expectedEntries;
                break;
            case 2:
                text += u"10.%1.%2.%3/16\n"_s.arg(a).arg(b).arg(c);
                ++expectedEntries;
                if (b != 0 || c != 0)
                    ++expectedWarnings;
                break;
            case 3:
                text += u"2001:db8:%1::%2\n"_s.arg(b, 0, 16).arg(c, 0, 16);
                ++expectedEntries;
                break;
            case 4:
                text += u"45.%1.%2.1-45.%1.%2.9\n"_s.arg(b).arg(c);
                ++expectedEntries;
                break;
            case 5:
                text += u"45.%1.%2.300\n"_s.arg(b).arg(c);
                ++expectedRejected;
                break;
            default:
                text += u"45.%1.%2.%3\n"_s.arg(a).arg(b).arg(c);
                ++expectedEntries;
                break;
            }
        }
        const ParsedCollection parsed = IpCollectionParser::parse(QStringView(text));
        QCOMPARE(parsed.entries.size(), expectedEntries);
        QCOMPARE(parsed.rejected.size(), expectedRejected);
        QCOMPARE(parsed.warnings.size(), expectedWarnings);
        QCOMPARE(parsed.rejected.constFirst().line, 6);
        QCOMPARE(parsed.rejected.constLast().line, 99996);
    }
};

QTEST_GUILESS_MAIN(TestIpCollectionParser)
#include "tst_ipcollectionparser.moc"
