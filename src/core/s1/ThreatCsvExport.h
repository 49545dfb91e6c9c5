// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/ConsoleConfig.h"
#include "s1/Threat.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Threats as CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, a field with a comma,
// quote, CR or LF in double quotes with quotes doubled), UTF-8 with a byte order mark (Excel), one
// header row.
//
// Threat names, paths and hashes are attacker-controlled: a cell starting with = + - @ TAB or CR
// would be a formula to a spreadsheet, so it gets a leading apostrophe (').
//
// The header row is a file format, not a sentence: its column names are stable and not translated
// (scripts read them). Values are the API's own (raw statuses, UTC times in ISO 8601).
// The threat browser's export and `s1bridge-cli threats list --csv` write the same bytes.
namespace s1::ThreatCsvExport {

// Answers whether a threat is flagged for OpenCTI: yes, no, or std::nullopt when not known (that
// threat's cell stays empty). An empty function leaves the whole column empty.
using FlaggedFunction = std::function<std::optional<bool>(const QString &threatId)>;

// id, name, classification, confidence, verdict, incident status, mitigation status, endpoint,
// OS, IPs, site, account, created, updated, sha256, sha1, md5, file path, flagged, console link
QStringList columnNames();

// One field: defused and quoted as needed (no separator).
QString field(const QString &value);

// The start of the file: the byte order mark and the header row.
QByteArray header();
// Rows for these threats (UTF-8, CRLF each), to follow header(): a long list can be written page by
// page. Null pointers are skipped.
QByteArray rows(const QList<const s1::Threat *> &threats, const FlaggedFunction &flagged = {},
    const s1::ConsoleConfig &console = {});

// The whole file (header() then rows()): BOM, header row, one row per threat. The console link is
// ConsoleConfig::threatPage() (empty when the console has no URL).
QByteArray toCsv(const QList<const s1::Threat *> &threats, const FlaggedFunction &flagged = {},
    const s1::ConsoleConfig &console = {});

// Writes toCsv() to path atomically (QSaveFile): all or nothing. On failure returns false and
// says why in *error (naming the file).
bool write(const QString &path, const QList<const s1::Threat *> &threats, QString *error,
    const s1::ConsoleConfig &console = {}, const FlaggedFunction &flagged = {});

} // namespace s1::ThreatCsvExport
