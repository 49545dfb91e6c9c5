// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace s1sim {

// IOC feeds the simulator serves at /__sim/feeds/<name>.txt|.csv|.json, for tests and the demo
// tenant: the same bytes at every start. Three are built in:
//   blocklist.txt  plain text: one value a line (IPv4, IPv6, CIDR, domain, URL, MD5, SHA1, SHA256),
//                  '#' and ';' comments, a trailing " ; comment", a blank line and a defanged URL
//   threatfox.csv  abuse.ch ThreatFox style: '#' comment lines, the header itself a comment line,
//                  every field quoted, ioc_type ip:port, domain, url, sha256_hash, md5_hash
//   stix.json      a STIX 2.1 bundle: indicators with one-observable patterns (and an identity,
//                  and one indicator with a two-observable pattern, that a reader skips)
// Each feed has an ETag (a strong validator that changes with every new content) and a
// Last-Modified time (whole seconds, later with every new content).
class SimFeeds
{
public:
    struct Feed
    {
        QByteArray content;
        QByteArray contentType;
        QByteArray etag; // with its quotes: "\"3-1a2b3c4d\""
        QDateTime lastModified; // UTC, whole seconds
    };

    // baseTime: the Last-Modified of the built-in feeds (whole seconds are kept).
    explicit SimFeeds(const QDateTime &baseTime);

    // Sets (or adds) a feed's content: a new ETag, and a Last-Modified of max(now, previous + 1 s),
    // so a client that re-reads sees a change either way. fileName: "<name>.txt|.csv|.json" (letters,
    // digits, '-', '_' and '.'); returns false for another name.
    bool setContent(const QString &fileName, const QByteArray &content, const QDateTime &now);
    bool remove(const QString &fileName);
    const Feed *find(const QString &fileName) const;
    QStringList names() const;

    static bool isValidName(const QString &fileName);
    // The Content-Type for a feed's extension.
    static QByteArray contentTypeOf(const QString &fileName);
    // The built-in feeds' contents (deterministic).
    static QByteArray builtinText();
    static QByteArray builtinCsv();
    static QByteArray builtinStix();

private:
    QMap<QString, Feed> m_feeds;
    quint32 m_version = 0;
};

// What a GET of a feed answers, given the request's If-None-Match and If-Modified-Since headers
// (If-None-Match wins when both are present, RFC 9110 13.2.2): true when the client's copy is current (304).
bool feedNotModified(
    const SimFeeds::Feed &feed, const QByteArray &ifNoneMatch, const QByteArray &ifModifiedSince);
// An HTTP date (IMF-fixdate): "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &time);

} // namespace s1sim
