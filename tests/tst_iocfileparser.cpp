// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/IocFileParser.h"

#include "config/Translations.h"
#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using exchange::Ioc;
using exchange::IocFileFormat;
using exchange::IocFileParser;
using exchange::IocParseResult;
using exchange::IocType;

namespace {

const Ioc *find(const IocParseResult &r, IocType type, const QString &value)
{
    for (const Ioc &ioc : r.iocs) {
        if (ioc.type == type && ioc.value == value)
            return &ioc;
    }
    return nullptr;
}

QString describe(const IocParseResult &r)
{
    QStringList lines;
    lines << u"error: "_s + r.error;
    for (const auto &x : r.rejected)
        lines << u"rejected %1: %2 -- %3"_s.arg(x.line).arg(x.text, x.reason);
    for (const Ioc &ioc : r.iocs)
        lines << u"ioc %1 %2"_s.arg(exchange::iocTypeName(ioc.type), ioc.value);
    lines << r.notes;
    return lines.join(u'\n');
}

} // namespace

class TestIocFileParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }

    void plainText()
    {
        const QByteArray text = "\xEF\xBB\xBF# Feodo Tracker style blocklist\r\n"
                                "; another comment\r\n"
                                "\r\n"
                                "192.0.2.1 ; botnet C2\r\n"
                                "evil[.]example[.]com\r\n"
                                "hxxp://bad.example.org/payload.exe # seen in mail\r\n"
                                "010.1.1.1\r\n"
                                "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08\r\n"
                                "not a value\r\n"
                                "192.0.2.1\r\n"
                                "198.51.100.0/24 ; SBL123\r\n"
                                "198.51.100.7:8080\r\n"
                                "http://example.com/a;b#frag";
        const IocParseResult r = IocFileParser::parse(text);
        QCOMPARE(r.format, IocFileFormat::PlainText);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.lineCount, 13);
        QCOMPARE(r.iocs.size(), 6);
        QVERIFY2(find(r, IocType::Ipv4, u"192.0.2.1"_s), qPrintable(describe(r)));
        QVERIFY(find(r, IocType::Dns, u"evil.example.com"_s));
        QVERIFY(find(r, IocType::Url, u"http://bad.example.org/payload.exe"_s));
        QVERIFY(
            find(r, IocType::Sha256, u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s));
        QVERIFY(find(r, IocType::Ipv4, u"198.51.100.7"_s));
        QVERIFY(find(r, IocType::Url, u"http://example.com/a;b#frag"_s));
        QCOMPARE(r.rejected.size(), 3);
        QCOMPARE(r.rejected[0].line, 7);
        QVERIFY(r.rejected[0].reason.contains(u"octal or decimal"_s));
        QCOMPARE(r.rejected[1].line, 9);
        QCOMPARE(r.rejected[1].text, u"not a value"_s);
        QCOMPARE(r.rejected[2].line, 11);
        QVERIFY(r.rejected[2].reason.contains(u"network range"_s));
        QCOMPARE(r.duplicateCount, 1);
        QVERIFY(r.notes.join(u' ').contains(u"1 repeated value merged"_s));
        QCOMPARE(r.warningCount, 3); // two re-fanged, one port dropped
        QCOMPARE(r.warnings[0].line, 5);
        QVERIFY(r.warnings[0].reason.contains(u"re-fanged"_s));
        QCOMPARE(r.warnings[2].line, 12);
        QVERIFY(r.warnings[2].reason.contains(u"port 8080"_s));
    }

    void rejectedTextIsEscapedAndCut()
    {
        QByteArray text = "evil\x1b[2J.example.com\n";
        text += QByteArray(500, 'x') + "\n";
        const IocParseResult r = IocFileParser::parse(text, IocFileFormat::PlainText);
        QCOMPARE(r.rejected.size(), 2);
        QCOMPARE(r.rejected[0].line, 1);
        QCOMPARE(r.rejected[0].text, u"evil\\x1b[2J.example.com"_s);
        QVERIFY(r.rejected[0].reason.contains(u"control character"_s));
        QCOMPARE(r.rejected[1].line, 2);
        QCOMPARE(r.rejected[1].text.size(), 203);
        QVERIFY(r.rejected[1].text.endsWith(u"..."_s));
    }

    void urlhausCsv()
    {
        const QByteArray text
            = "################################################################\n"
              "# abuse.ch URLhaus Database Dump (CSV - recent URLs only)        #\n"
              "# Last updated: 2024-06-01 10:15:03 UTC                          #\n"
              "#                                                                #\n"
              "# Terms Of Use: https://urlhaus.abuse.ch/api/                    #\n"
              "################################################################\n"
              "#\n"
              "# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter\n"
              "\"2879011\",\"2024-06-01 10:11:12\",\"http://192.0.2.50:45123/i\",\"online\",\"2024-06-01 "
              "10:11:12\","
              "\"malware_download\",\"32-bit,elf,mips,Mozi\",\"https://urlhaus.abuse.ch/url/2879011/"
              "\",\"geenensp\"\n"
              "\"2879010\",\"2024-06-01 10:05:00\",\"https://Evil.Example.NET/x.apk\",\"offline\",\"\","
              "\"malware_download\",\"apk\",\"https://urlhaus.abuse.ch/url/2879010/\",\"anonymous\"\n"
              "\"2879009\",\"2024-06-01 10:00:00\",\"gopher://evil.example/\",\"offline\",\"\","
              "\"malware_download\",\"\",\"https://urlhaus.abuse.ch/url/2879009/\",\"anonymous\"\n";
        const IocParseResult r = IocFileParser::parse(text);
        QCOMPARE(r.format, IocFileFormat::Csv);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.iocs.size(), 2);
        const Ioc *first = find(r, IocType::Url, u"http://192.0.2.50:45123/i"_s);
        QVERIFY2(first, qPrintable(describe(r)));
        QCOMPARE(first->firstSeen, QDateTime(QDate(2024, 6, 1), QTime(10, 11, 12), Qt::UTC));
        QCOMPARE(first->lastSeen, QDateTime(QDate(2024, 6, 1), QTime(10, 11, 12), Qt::UTC));
        QCOMPARE(first->labels,
            (QStringList {u"malware_download"_s, u"32-bit"_s, u"elf"_s, u"mips"_s, u"Mozi"_s}));
        QCOMPARE(first->link, QUrl(u"https://urlhaus.abuse.ch/url/2879011/"_s));
        const Ioc *second = find(r, IocType::Url, u"https://evil.example.net/x.apk"_s);
        QVERIFY(second);
        QVERIFY(!second->lastSeen.isValid());
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected[0].line, 11);
        QVERIFY(r.rejected[0].reason.contains(u"gopher"_s));
        QVERIFY2(r.notes.join(u' ').contains(u"Columns ignored: id, url_status, reporter."_s),
            qPrintable(r.notes.join(u' ')));
    }

    void threatFoxCsv()
    {
        const QByteArray text
            = "################################################################\n"
              "# ThreatFox IOCs: CSV                                          #\n"
              "################################################################\n"
              "#\n"
              "# \"first_seen_utc\",\"ioc_id\",\"ioc_value\",\"ioc_type\",\"threat_type\",\"fk_malware\","
              "\"malware_alias\",\"malware_printable\",\"last_seen_utc\",\"confidence_level\",\"reference\","
              "\"tags\",\"anonymous\",\"reporter\"\n"
              "\"2024-06-01 08:00:00\", \"1290001\", \"192.0.2.77:443\", \"ip:port\", \"botnet_cc\", "
              "\"win.cobalt_strike\", \"None\", \"Cobalt Strike\", \"\", \"100\", \"None\", "
              "\"c2,CobaltStrike\", "
              "\"0\", \"abuse_ch\"\n"
              "\"2024-06-01 08:01:00\", \"1290002\", \"c2.evil.example\", \"domain\", \"botnet_cc\", "
              "\"win.qakbot\", \"None\", \"QakBot\", \"\", \"75\", \"https://example.org/report\", "
              "\"qakbot\", "
              "\"0\", \"abuse_ch\"\n"
              "\"2024-06-01 08:02:00\", \"1290003\", \"44d88612fea8a8f36de82e1278abb02f\", \"md5_hash\", "
              "\"payload\", \"win.x\", \"None\", \"X\", \"\", \"50\", \"None\", \"None\", \"0\", "
              "\"abuse_ch\"\n"
              "\"2024-06-01 08:03:00\", \"1290004\", \"[2001:db8::7]:8443\", \"ip:port\", \"botnet_cc\", "
              "\"win.x\", \"None\", \"X\", \"\", \"50\", \"None\", \"\", \"0\", \"abuse_ch\"\n"
              "\"2024-06-01 08:04:00\", \"1290005\", \"x.example\", \"mutex\", \"botnet_cc\", "
              "\"win.x\", \"None\", \"X\", \"\", \"50\", \"None\", \"\", \"0\", \"abuse_ch\"\n"
              "\"2024-06-01 08:05:00\", \"1290006\", \"192.0.2.78:80\", \"ip:port\", \"botnet_cc\", "
              "\"win.x\", \"None\", \"X\", \"\", \"150\", \"None\", \"\", \"0\", \"abuse_ch\"\n";
        const IocParseResult r = IocFileParser::parse(text);
        QCOMPARE(r.format, IocFileFormat::Csv);
        QCOMPARE(r.iocs.size(), 4);
        const Ioc *ip = find(r, IocType::Ipv4, u"192.0.2.77"_s);
        QVERIFY2(ip, qPrintable(describe(r)));
        QCOMPARE(ip->description, u"Cobalt Strike"_s);
        QCOMPARE(ip->score, 100);
        QCOMPARE(ip->labels, (QStringList {u"botnet_cc"_s, u"c2"_s, u"CobaltStrike"_s}));
        QVERIFY(ip->link.isEmpty());
        QCOMPARE(ip->firstSeen, QDateTime(QDate(2024, 6, 1), QTime(8, 0), Qt::UTC));
        const Ioc *domain = find(r, IocType::Dns, u"c2.evil.example"_s);
        QVERIFY(domain);
        QCOMPARE(domain->link, QUrl(u"https://example.org/report"_s));
        QCOMPARE(domain->score, 75);
        QVERIFY(find(r, IocType::Md5, u"44d88612fea8a8f36de82e1278abb02f"_s));
        QVERIFY(find(r, IocType::Ipv6, u"2001:db8::7"_s));
        QCOMPARE(r.warningCount, 2); // the two ports dropped
        QCOMPARE(r.rejected.size(), 2);
        QCOMPARE(r.rejected[0].line, 10);
        QVERIFY2(r.rejected[0].reason.contains(u"The type \"mutex\" is unknown"_s),
            qPrintable(r.rejected[0].reason));
        QCOMPARE(r.rejected[1].line, 11);
        QVERIFY(r.rejected[1].reason.contains(u"confidence_level"_s));
        QVERIFY(r.rejected[1].reason.contains(u"0 to 100"_s));
        const QString notes = r.notes.join(u' ');
        QVERIFY2(
            notes.contains(u"ioc_id"_s) && notes.contains(u"fk_malware"_s) && notes.contains(u"reporter"_s),
            qPrintable(notes));
    }

    void genericCsv()
    {
        const QByteArray text
            = "Value;Type;Description;Valid Until;Severity;Labels;Owner\n"
              "evil.example.com;DNS;phishing kit;2026-12-31T00:00:00Z;5;\"phish;kit\";ops\n"
              "\"hxxps://evil[.]example[.]com/login\";url;\"says \"\"login\"\"\";2026-12-31;3;a;ops\n"
              "\"broken;DNS;x;;;;ops\n"
              "192.0.2.9;IPV4;too few\n"
              "192.0.2.10;IPV4;x;;9;;ops\n"
              "192.0.2.11;IPV4;x;tomorrow;;;ops\n"
              "192.0.2.12;;auto-detected type;;;;ops\n"
              "EVIL.example.com;dns;the same again;2027-01-31T00:00:00Z;7;more;ops\n";
        const IocParseResult r = IocFileParser::parse(text);
        QCOMPARE(r.format, IocFileFormat::Csv);
        QCOMPARE(r.iocs.size(), 3);
        const Ioc *domain = find(r, IocType::Dns, u"evil.example.com"_s);
        QVERIFY2(domain, qPrintable(describe(r)));
        QCOMPARE(domain->description, u"phishing kit"_s);
        // Merged with line 9: the later valid until, the higher severity, both labels.
        QCOMPARE(domain->validUntil, QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC));
        QCOMPARE(domain->severity, 7);
        QCOMPARE(domain->labels, (QStringList {u"phish;kit"_s, u"more"_s}));
        const Ioc *url = find(r, IocType::Url, u"https://evil.example.com/login"_s);
        QVERIFY(url);
        QCOMPARE(url->description, u"says \"login\""_s);
        QCOMPARE(url->validUntil, QDateTime(QDate(2026, 12, 31), QTime(0, 0), Qt::UTC));
        QVERIFY(find(r, IocType::Ipv4, u"192.0.2.12"_s));
        QCOMPARE(r.duplicateCount, 1);
        QCOMPARE(r.rejected.size(), 4);
        QCOMPARE(r.rejected[0].line, 4);
        QVERIFY(r.rejected[0].reason.contains(u"not closed"_s));
        QCOMPARE(r.rejected[1].line, 5);
        QVERIFY(r.rejected[1].reason.contains(u"3 fields where the header has 7 columns"_s));
        QCOMPARE(r.rejected[2].line, 6);
        QVERIFY(r.rejected[2].reason.contains(u"\"Severity\""_s));
        QCOMPARE(r.rejected[3].line, 7);
        QVERIFY(r.rejected[3].reason.contains(u"\"Valid Until\" holds \"tomorrow\""_s));
        QVERIFY(r.notes.join(u' ').contains(u"Columns ignored: Owner."_s));
    }

    void severalValueColumns()
    {
        // MalwareBazaar's dump: three hash columns on one row give three IOCs.
        const QByteArray text
            = "# \"first_seen_utc\",\"sha256_hash\",\"md5_hash\",\"sha1_hash\",\"reporter\"\n"
              "\"2024-06-01 00:00:00\",\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\","
              "\"098f6bcd4621d373cade4e832627b4f6\",\"a94a8fe5ccb19ba61c4c0873d391e987982fbbd3\",\"x\"\n";
        const IocParseResult r = IocFileParser::parse(text);
        QCOMPARE(r.format, IocFileFormat::Csv);
        QCOMPARE(r.iocs.size(), 3);
        QVERIFY(find(r, IocType::Md5, u"098f6bcd4621d373cade4e832627b4f6"_s));
        QVERIFY(find(r, IocType::Sha1, u"a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"_s));
    }

    void csvWithoutHeader()
    {
        const IocParseResult r = IocFileParser::parse("1.2.3.4,foo\n5.6.7.8,bar\n", IocFileFormat::Csv);
        QVERIFY(r.iocs.isEmpty());
        QVERIFY(r.error.contains(u"Line 1 should be the CSV header"_s));
    }

    void stixBundle()
    {
        const QByteArray text = R"({
  "type": "bundle", "id": "bundle--1",
  "objects": [
    {"type": "identity", "id": "identity--1", "name": "ACME"},
    {"type": "indicator", "id": "indicator--1", "pattern_type": "stix", "name": "Dropper",
     "description": "seen in campaign X", "labels": ["malicious-activity"],
     "valid_from": "2024-06-01T00:00:00Z", "valid_until": "2024-12-01T00:00:00.000Z", "confidence": 80,
     "pattern": "[file:hashes.'SHA-256' = '9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08']"},
    {"type": "indicator", "id": "indicator--2", "pattern_type": "stix",
     "pattern": "[file:hashes.MD5 = '098f6bcd4621d373cade4e832627b4f6']"},
    {"type": "indicator", "id": "indicator--3", "pattern_type": "stix",
     "pattern": "[file:hashes.'SHA-1' = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3']"},
    {"type": "indicator", "id": "indicator--4", "pattern_type": "stix",
     "pattern": "[url:value = 'http://evil.example.com/x?q=AND&r=it\\'s']"},
    {"type": "indicator", "id": "indicator--5", "pattern_type": "stix",
     "pattern": "[domain-name:value = 'Evil.Example.org']"},
    {"type": "indicator", "id": "indicator--6", "pattern_type": "stix",
     "pattern": "[ipv4-addr:value = '192.0.2.1']"},
    {"type": "indicator", "id": "indicator--7", "pattern_type": "stix",
     "pattern": "[ipv6-addr:value = '2001:DB8::1']"},
    {"type": "indicator", "id": "indicator--8", "pattern_type": "stix",
     "pattern": "[ipv4-addr:value = '192.0.2.2'] AND [ipv4-addr:value = '192.0.2.3']"},
    {"type": "indicator", "id": "indicator--9", "pattern_type": "stix",
     "pattern": "[file:name = 'x.exe' OR file:hashes.MD5 = '098f6bcd4621d373cade4e832627b4f6']"},
    {"type": "indicator", "id": "indicator--10", "pattern_type": "sigma", "pattern": "title: x"},
    {"type": "indicator", "id": "indicator--11", "pattern_type": "stix", "revoked": true,
     "pattern": "[ipv4-addr:value = '192.0.2.99']"},
    {"type": "indicator", "id": "indicator--12", "pattern_type": "stix",
     "pattern": "[email-addr:value = 'a@example.com']"},
    {"type": "indicator", "id": "indicator--13", "pattern_type": "stix",
     "pattern": "[ipv4-addr:value = '010.0.0.1']"},
    {"type": "relationship", "id": "relationship--1"}
  ]
})";
        const IocParseResult r = IocFileParser::parse(text);
        QCOMPARE(r.format, IocFileFormat::Stix);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.lineCount, 15);
        QCOMPARE(r.iocs.size(), 7);
        const Ioc *hash
            = find(r, IocType::Sha256, u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s);
        QVERIFY2(hash, qPrintable(describe(r)));
        QCOMPARE(hash->name, u"Dropper"_s);
        QCOMPARE(hash->description, u"seen in campaign X"_s);
        QCOMPARE(hash->labels, QStringList {u"malicious-activity"_s});
        QCOMPARE(hash->validUntil, QDateTime(QDate(2024, 12, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(hash->firstSeen, QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(hash->score, 80);
        QVERIFY(find(r, IocType::Md5, u"098f6bcd4621d373cade4e832627b4f6"_s));
        QVERIFY(find(r, IocType::Sha1, u"a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"_s));
        QVERIFY(find(r, IocType::Url, u"http://evil.example.com/x?q=AND&r=it's"_s)); // its AND is quoted
        QVERIFY(find(r, IocType::Dns, u"evil.example.org"_s));
        QVERIFY(find(r, IocType::Ipv4, u"192.0.2.1"_s));
        QVERIFY(find(r, IocType::Ipv6, u"2001:db8::1"_s));
        QCOMPARE(r.rejected.size(), 5);
        QCOMPARE(r.rejected[0].line, 9);
        QVERIFY(r.rejected[0].text.startsWith(u"indicator--8 "_s));
        QVERIFY(r.rejected[0].reason.contains(u"several comparisons or observations"_s));
        QCOMPARE(r.rejected[1].line, 10);
        QVERIFY(r.rejected[1].reason.contains(u"several comparisons or observations"_s));
        QCOMPARE(r.rejected[2].line, 11);
        QVERIFY(r.rejected[2].reason.contains(u"\"sigma\""_s));
        QCOMPARE(r.rejected[3].line, 13);
        QVERIFY(r.rejected[3].reason.contains(u"email-addr:value"_s));
        QCOMPARE(r.rejected[4].line, 14);
        QVERIFY(r.rejected[4].reason.contains(u"octal or decimal"_s));
        const QString notes = r.notes.join(u' ');
        QVERIFY2(notes.contains(u"1 revoked indicator skipped: indicator--11."_s), qPrintable(notes));
        QVERIFY2(notes.contains(u"2 non-indicator objects ignored (identity, relationship)."_s),
            qPrintable(notes));
    }

    void stixErrors()
    {
        IocParseResult r = IocFileParser::parse("{\"type\": \"bundle\", \"objects\": [", IocFileFormat::Stix);
        QVERIFY(r.error.contains(u"not valid JSON"_s));
        r = IocFileParser::parse("{\"type\": \"indicator\"}");
        QCOMPARE(r.format, IocFileFormat::Stix);
        QVERIFY(r.error.contains(u"not a STIX 2.1 bundle"_s));
        QVERIFY(r.iocs.isEmpty());
    }

    void detectFormat_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<IocFileFormat>("format");
        QTest::newRow("plain") << QByteArray("# list\n192.0.2.1\n") << IocFileFormat::PlainText;
        QTest::newRow("comment with comma")
            << QByteArray("# hello, world\n192.0.2.1\n") << IocFileFormat::PlainText;
        QTest::newRow("comment ip") << QByteArray("# ip\n192.0.2.1\n") << IocFileFormat::PlainText;
        QTest::newRow("csv header") << QByteArray("value,type\n192.0.2.1,IPV4\n") << IocFileFormat::Csv;
        QTest::newRow("csv one column") << QByteArray("\n\nindicator\n192.0.2.1\n") << IocFileFormat::Csv;
        QTest::newRow("commented header")
            << QByteArray("#\n# id,dateadded,url\n\"1\",\"x\",\"y\"\n") << IocFileFormat::Csv;
        QTest::newRow("stix") << QByteArray("  \n{\"type\":\"bundle\"}") << IocFileFormat::Stix;
        QTest::newRow("bracketed ipv6 line") << QByteArray("[2001:db8::1]:443\n") << IocFileFormat::PlainText;
        QTest::newRow("empty") << QByteArray() << IocFileFormat::PlainText;
    }
    void detectFormat()
    {
        QFETCH(QByteArray, head);
        QFETCH(IocFileFormat, format);
        QCOMPARE(IocFileParser::detectFormat(head), format);
    }

    void forcedPlainTextOnCsv()
    {
        const IocParseResult r
            = IocFileParser::parse("value,type\n192.0.2.1,IPV4\n", IocFileFormat::PlainText);
        QCOMPARE(r.format, IocFileFormat::PlainText);
        QCOMPARE(r.iocs.size(), 0);
        QCOMPARE(r.rejected.size(), 2);
    }

    void deviceGivesTheSameAsBytes()
    {
        const QByteArray text = "# id,dateadded,url\n\"1\",\"2024-01-01 00:00:00\",\"http://a.example/x\"\n"
                                "\"2\",\"bad date\",\"http://b.example/x\"\n";
        QByteArray copy = text;
        QBuffer buffer(&copy);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const IocParseResult fromDevice = IocFileParser::parse(&buffer);
        const IocParseResult fromBytes = IocFileParser::parse(text);
        QCOMPARE(fromDevice.format, IocFileFormat::Csv);
        QCOMPARE(describe(fromDevice), describe(fromBytes));
        QCOMPARE(fromDevice.rejected.size(), 1);
        QCOMPARE(fromDevice.rejected[0].line, 3);
    }

    void longLinesFromADevice()
    {
        // Lines longer than the reader's buffer keep their numbers and the lines after them.
        QByteArray text = "192.0.2.1\n";
        text += "http://evil.example.com/" + QByteArray(10000, 'a') + "\n";
        text += QByteArray(9000, 'z') + "\n";
        text += "192.0.2.2";
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const IocParseResult r = IocFileParser::parse(&buffer);
        QCOMPARE(r.lineCount, 4);
        QCOMPARE(r.iocs.size(), 3);
        QCOMPARE(r.iocs[1].value.size(), 24 + 10000);
        QCOMPARE(r.iocs[2].value, u"192.0.2.2"_s);
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected[0].line, 3);
        QCOMPARE(r.rejected[0].text, QString(200, u'z') + u"..."_s);
    }

    void manyLines()
    {
        // 200,000 lines (a quarter of them repeated, one in a thousand bad) parse in well under the
        // time a million may take (a few seconds).
        QByteArray text;
        text.reserve(200000 * 16);
        for (int i = 0; i < 200000; ++i) {
            if (i % 1000 == 999)
                text += "999.1.1.1\n";
            else
                text += "10." + QByteArray::number((i % 150000) / 65536) + '.'
                    + QByteArray::number((i / 256) % 256) + '.' + QByteArray::number(i % 256) + '\n';
        }
        QElapsedTimer timer;
        timer.start();
        const IocParseResult r = IocFileParser::parse(text);
        const qint64 ms = timer.elapsed();
        qInfo("200000 lines in %lld ms", ms);
        QCOMPARE(r.lineCount, 200000);
        QCOMPARE(r.rejected.size(), 200);
        QCOMPARE(r.rejected.last().line, 200000);
        QCOMPARE(r.iocs.size() + r.duplicateCount + r.rejected.size(), 200000);
        // Instrumented builds run slower: scripts/test --sanitize sets S1_TEST_TIME_FACTOR (the bound
        // of the plain run stays 5 s).
        const qint64 factor = std::max(1, qEnvironmentVariableIntValue("S1_TEST_TIME_FACTOR"));
        QVERIFY2(ms < 5000 * factor, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestIocFileParser)
#include "tst_iocfileparser.moc"
