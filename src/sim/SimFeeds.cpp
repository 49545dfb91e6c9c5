// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimFeeds.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace s1sim {

namespace {

QDateTime wholeSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

SimFeeds::SimFeeds(const QDateTime &baseTime)
{
    const QDateTime t = baseTime.isValid() ? baseTime : QDateTime::currentDateTimeUtc();
    setContent(u"blocklist.txt"_s, builtinText(), t);
    setContent(u"threatfox.csv"_s, builtinCsv(), t);
    setContent(u"stix.json"_s, builtinStix(), t);
    // The built-in feeds start at the base time itself (setContent moved nothing: they are new).
}

bool SimFeeds::isValidName(const QString &fileName)
{
    static const QRegularExpression name(u"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}\\.(txt|csv|json)$"_s);
    return name.match(fileName).hasMatch();
}

QByteArray SimFeeds::contentTypeOf(const QString &fileName)
{
    if (fileName.endsWith(u".csv"))
        return "text/csv; charset=utf-8";
    if (fileName.endsWith(u".json"))
        return "application/json";
    return "text/plain; charset=utf-8";
}

bool SimFeeds::setContent(const QString &fileName, const QByteArray &content, const QDateTime &now)
{
    if (!isValidName(fileName))
        return false;
    Feed &feed = m_feeds[fileName];
    QDateTime modified = wholeSeconds(now);
    if (feed.lastModified.isValid() && modified <= feed.lastModified)
        modified = feed.lastModified.addSecs(1);
    feed.content = content;
    feed.contentType = contentTypeOf(fileName);
    feed.lastModified = modified;
    const QByteArray digest = QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex().left(12);
    feed.etag = '"' + QByteArray::number(++m_version) + '-' + digest + '"';
    return true;
}

bool SimFeeds::remove(const QString &fileName)
{
    return m_feeds.remove(fileName) > 0;
}

const SimFeeds::Feed *SimFeeds::find(const QString &fileName) const
{
    const auto it = m_feeds.constFind(fileName);
    return it == m_feeds.constEnd() ? nullptr : &*it;
}

QStringList SimFeeds::names() const
{
    return m_feeds.keys();
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

bool feedNotModified(
    const SimFeeds::Feed &feed, const QByteArray &ifNoneMatch, const QByteArray &ifModifiedSince)
{
    if (!ifNoneMatch.isEmpty()) {
        // A list of entity tags, or "*"; weak comparison (W/ ignored), as for GET.
        const QList<QByteArray> tags = ifNoneMatch.split(',');
        for (QByteArray tag : tags) {
            tag = tag.trimmed();
            if (tag.startsWith("W/"))
                tag = tag.mid(2);
            if (tag == "*" || tag == feed.etag)
                return true;
        }
        return false;
    }
    if (!ifModifiedSince.isEmpty()) {
        const QDateTime since = QLocale::c().toDateTime(
            QString::fromLatin1(ifModifiedSince), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
        if (!since.isValid())
            return false; // an invalid date is ignored (RFC 9110 13.1.3)
        const QDateTime sinceUtc(since.date(), since.time(), Qt::UTC);
        return feed.lastModified <= sinceUtc;
    }
    return false;
}

QByteArray SimFeeds::builtinText()
{
    return QByteArrayLiteral("# S1 Bridge simulator: demo blocklist (plain text, one indicator a line)\n"
                             "; comments start with '#' or ';'\n"
                             "\n"
                             "198.51.100.23\n"
                             "203.0.113.77 ; C2 seen 2026-11-28\n"
                             "192.0.2.0/24\n"
                             "2001:db8::dead:beef\n"
                             "malware-drop.example.com\n"
                             "login-update.example.net   # phishing kit\n"
                             "https://evil.example.org/payload/stage2.bin\n"
                             "hxxp://cdn-update[.]example[.]net/dl/invoice.exe\n"
                             "44d88612fea8a8f36de82e1278abb02f\n"
                             "3395856ce81f2b7382dee72602f798b642f14140\n"
                             "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f\n"
                             "\n"
                             "# end of list\n");
}

QByteArray SimFeeds::builtinCsv()
{
    return QByteArrayLiteral(
        "################################################################\n"
        "# ThreatFox IOCs: CSV export (S1 Bridge simulator)             #\n"
        "# Last updated: 2026-11-30 12:00:00 UTC                         #\n"
        "#                                                               #\n"
        "# Terms Of Use: https://threatfox.abuse.ch/faq/#tos             #\n"
        "# For questions please contact threatfox [at] abuse.ch          #\n"
        "################################################################\n"
        "#\n"
        "# \"first_seen_utc\",\"ioc_id\",\"ioc_value\",\"ioc_type\",\"threat_type\",\"fk_malware\","
        "\"malware_alias\",\"malware_printable\",\"last_seen_utc\",\"confidence_level\",\"reference\","
        "\"tags\",\"anonymous\",\"reporter\"\n"
        "\"2026-11-30 10:12:44\",\"1400001\",\"198.51.100.40:443\",\"ip:port\",\"botnet_cc\","
        "\"win.cobalt_strike\",\"Agentemis,BEACON,CobaltStrike\",\"Cobalt Strike\",\"\",\"100\",\"\","
        "\"c2,CobaltStrike\",\"0\",\"abuse_ch\"\n"
        "\"2026-11-30 09:58:02\",\"1400002\",\"bad-cdn.example.com\",\"domain\",\"payload_delivery\","
        "\"win.agent_tesla\",\"None\",\"Agent Tesla\",\"\",\"75\",\"https://example.org/report/1\","
        "\"AgentTesla\",\"0\",\"analyst42\"\n"
        "\"2026-11-30 09:41:17\",\"1400003\",\"http://203.0.113.9/bins/x86\",\"url\",\"payload_delivery\","
        "\"elf.mirai\",\"Katana\",\"Mirai\",\"2026-11-30 11:00:00\",\"50\",\"\",\"elf,mirai\",\"0\","
        "\"abuse_ch\"\n"
        "\"2026-11-30 08:30:55\",\"1400004\","
        "\"0f3c2e1d4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\",\"sha256_hash\","
        "\"payload\",\"win.emotet\",\"Geodo,Heodo\",\"Emotet\",\"\",\"100\",\"\",\"dll,Emotet,epoch5\","
        "\"0\",\"abuse_ch\"\n"
        "\"2026-11-30 08:12:09\",\"1400005\",\"e99a18c428cb38d5f260853678922e03\",\"md5_hash\",\"payload\","
        "\"win.redline_stealer\",\"None\",\"RedLine Stealer\",\"\",\"90\",\"\",\"RedLineStealer\",\"1\","
        "\"anonymous\"\n"
        "\"2026-11-29 23:59:59\",\"1400006\",\"[2001:db8::77]:8443\",\"ip:port\",\"botnet_cc\","
        "\"win.qakbot\",\"Pinkslipbot,QakBot\",\"QakBot\",\"\",\"100\",\"\",\"c2\",\"0\",\"abuse_ch\"\n"
        "#\n"
        "# Number of entries: 6\n");
}

QByteArray SimFeeds::builtinStix()
{
    static const char bundle[] = R"json({
  "type": "bundle",
  "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",
  "objects": [
    {
      "type": "identity",
      "spec_version": "2.1",
      "id": "identity--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
      "created": "2026-11-01T00:00:00.000Z",
      "modified": "2026-11-01T00:00:00.000Z",
      "name": "S1 Bridge simulator feed",
      "identity_class": "organization"
    },
    {
      "type": "indicator",
      "spec_version": "2.1",
      "id": "indicator--0f1d6ad6-6b5c-4a37-9a52-4f1d2e1a0001",
      "created_by_ref": "identity--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
      "created": "2026-11-28T10:00:00.000Z",
      "modified": "2026-11-28T10:00:00.000Z",
      "name": "Emotet loader",
      "description": "Emotet loader dropped by a malicious document",
      "indicator_types": ["malicious-activity"],
      "pattern": "[file:hashes.'SHA-256' = 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb']",
      "pattern_type": "stix",
      "valid_from": "2026-11-28T10:00:00Z",
      "labels": ["emotet", "loader"],
      "confidence": 85
    },
    {
      "type": "indicator",
      "spec_version": "2.1",
      "id": "indicator--0f1d6ad6-6b5c-4a37-9a52-4f1d2e1a0002",
      "created": "2026-11-28T10:05:00.000Z",
      "modified": "2026-11-28T10:05:00.000Z",
      "name": "Dropper MD5",
      "indicator_types": ["malicious-activity"],
      "pattern": "[file:hashes.MD5 = '0cc175b9c0f1b6a831c399e269772661']",
      "pattern_type": "stix",
      "valid_from": "2026-11-28T10:05:00Z"
    },
    {
      "type": "indicator",
      "spec_version": "2.1",
      "id": "indicator--0f1d6ad6-6b5c-4a37-9a52-4f1d2e1a0003",
      "created": "2026-11-28T11:00:00.000Z",
      "modified": "2026-11-29T08:00:00.000Z",
      "name": "C2 server",
      "indicator_types": ["malicious-activity"],
      "pattern": "[ipv4-addr:value = '198.51.100.99']",
      "pattern_type": "stix",
      "valid_from": "2026-11-28T11:00:00Z",
      "valid_until": "2026-12-28T11:00:00Z"
    },
    {
      "type": "indicator",
      "spec_version": "2.1",
      "id": "indicator--0f1d6ad6-6b5c-4a37-9a52-4f1d2e1a0004",
      "created": "2026-11-28T11:30:00.000Z",
      "modified": "2026-11-28T11:30:00.000Z",
      "name": "C2 server (IPv6)",
      "indicator_types": ["malicious-activity"],
      "pattern": "[ipv6-addr:value = '2001:db8::c2']",
      "pattern_type": "stix",
      "valid_from": "2026-11-28T11:30:00Z"
    },
    {
      "type": "indicator",
      "spec_version": "2.1",
      "id": "indicator--0f1d6ad6-6b5c-4a37-9a52-4f1d2e1a0005",
      "created": "2026-11-28T12:00:00.000Z",
      "modified": "2026-11-28T12:00:00.000Z",
      "name": "Phishing domain",
      "indicator_types": ["phishing"],
      "pattern": "[domain-name:value = 'secure-login.example.com']",
      "pattern_type": "stix",
      "valid_from": "2026-11-28T12:00:00Z",
      "labels": ["phishing"]
    },
    {
      "type": "indicator",
      "spec_version": "2.1",
      "id": "indicator--0f1d6ad6-6b5c-4a37-9a52-4f1d2e1a0006",
      "created": "2026-11-28T12:30:00.000Z",
      "modified": "2026-11-28T12:30:00.000Z",
      "name": "Payload URL",
      "indicator_types": ["malicious-activity"],
      "pattern": "[url:value = 'https://files.example.org/update/setup.exe']",
      "pattern_type": "stix",
      "valid_from": "2026-11-28T12:30:00Z"
    },
    {
      "type": "indicator",
      "spec_version": "2.1",
      "id": "indicator--0f1d6ad6-6b5c-4a37-9a52-4f1d2e1a0007",
      "created": "2026-11-28T13:00:00.000Z",
      "modified": "2026-11-28T13:00:00.000Z",
      "name": "Two observables (not one IOC)",
      "indicator_types": ["malicious-activity"],
      "pattern": "[ipv4-addr:value = '203.0.113.50'] AND [domain-name:value = 'pair.example.com']",
      "pattern_type": "stix",
      "valid_from": "2026-11-28T13:00:00Z"
    }
  ]
}
)json";
    return QByteArray(bundle);
}

} // namespace s1sim
