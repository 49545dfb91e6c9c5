// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Ioc.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace exchange {

enum class IocFileFormat {
    Auto, // detected from the content: PlainText, Csv or Stix
    PlainText, // one value a line, type detected; `#` and `;` comments, trailing ` ; comment`
    Csv, // a header row (possibly a `#` comment line, as abuse.ch writes it) naming the columns
    Stix, // a STIX 2.1 bundle of indicators with one-observable patterns
};

// A line (or STIX object) the parser did not take, or took with a change.
struct IocParseIssue
{
    // 1-based line number in the input; for a STIX bundle, the 1-based position of the object in
    // the bundle's "objects" array.
    qint64 line = 0;
    QString text; // the line as read (cut to 200 characters, control characters escaped)
    QString reason; // a sentence naming what is wrong (or what was changed) and what is expected
};

struct IocParseResult
{
    IocFileFormat format = IocFileFormat::Auto; // the format used (detected or forced)
    QList<Ioc> iocs; // accepted, normalized, one per (type, value): duplicates merged
    QList<IocParseIssue> rejected; // every refused line, in input order
    // Lines taken with a change (re-fanged, port dropped, ...): the first maxWarnings of them;
    // warningCount counts them all.
    QList<IocParseIssue> warnings;
    qint64 warningCount = 0;
    qint64 duplicateCount = 0; // values seen again in the same input and merged into the first
    qint64 lineCount = 0; // lines read (objects, for STIX)
    // What was ignored without being an error: unknown CSV columns, revoked STIX indicators,
    // objects that are no indicators, duplicates merged.
    QStringList notes;
    // Set when the input as a whole could not be read (not JSON, no bundle, no CSV header naming
    // a value column); then nothing is accepted.
    QString error;

    static constexpr int maxWarnings = 1000;
};

// Reads a feed or a file of indicators. Every value goes through IocNormalizer; every line that is
// not taken is reported with its number and reason, never dropped silently.
//
// Plain text and CSV are read line by line (a million-line feed is never held twice: only the result
// grows); a STIX bundle is one JSON document and is read whole.
//
// CSV columns (header names compared case-insensitively, spaces and hyphens read as underscores):
//   value:        value, ioc_value, ioc, indicator, observable; typed value columns: url, domain,
//                 hostname, fqdn, ip, ip_address, ipv4, ipv6, sha256 / sha256_hash, sha1 / sha1_hash,
//                 md5 / md5_hash (several on one row give one IOC each, as MalwareBazaar's dump)
//   type:         type, ioc_type, indicator_type (SentinelOne's names or the feeds' own: ip:port,
//                 domain, url, sha256_hash, md5_hash, FileHash-SHA256, ...)
//   description:  description, comment, comments, malware_printable
//   valid until:  valid_until, validuntil, expires, expiration
//   severity:     severity (0-7);  score: score, confidence, confidence_level (0-100)
//   labels:       labels, tags, tag, threat, threat_type (comma-separated inside one field)
//   first seen:   first_seen, first_seen_utc, dateadded, created;  last seen: last_seen,
//                 last_seen_utc, last_online, updated;  link: link, urlhaus_link, reference;  name
// Other columns are ignored and named in the notes. "None" and "null" read as empty.
class IocFileParser
{
    Q_DECLARE_TR_FUNCTIONS(IocFileParser)
public:
    IocFileParser() = delete;

    static IocParseResult parse(const QByteArray &bytes, IocFileFormat format = IocFileFormat::Auto);
    // Reads the device from its current position to its end.
    static IocParseResult parse(QIODevice *device, IocFileFormat format = IocFileFormat::Auto);

    // The format of an input from its first bytes (a few kilobytes are enough).
    static IocFileFormat detectFormat(const QByteArray &head);
    static QString formatName(IocFileFormat format);

    // One CSV line: fields separated by `delimiter`, optionally in double quotes ("" inside quotes is
    // one quote); spaces before an opening quote and after a closing one are allowed (ThreatFox writes
    // `"a", "b"`). False with `error` for an unterminated quote or text after a closing quote. Also
    // the firewall collections' CSV reader.
    static bool splitCsvLine(QStringView line, QChar delimiter, QStringList &fields, QString &error);
};

} // namespace exchange
