// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Ioc.h"
#include "exchange/IocStore.h"
#include "s1/S1ThreatIntel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace exchange {

// A sharing configuration, typed: which sources, through which business rule, to which destination
// and target, and how (aging per type, renewal margin, batch size, pace). Stored as a NamedDefinition
// through IocStore's sharing CRUD (toDefinition(), fromDefinition(), load(), save()).
//
// Destination kinds: SentinelOne threat intelligence ("s1-threat-intel": the target is a profile,
// whose console receives the IOCs, and a scope: account, site or group, never empty); OpenCTI
// ("opencti": the target is a profile whose OpenCTI receives indicators); a file ("file": the target
// is a path and a format, CSV or a STIX 2.1 bundle). A firewall collection comes later.
struct SharingConfig
{
    Q_DECLARE_TR_FUNCTIONS(SharingConfig)
public:
    enum class DestinationKind { S1ThreatIntel, OpenCti, File };
    enum class FileFormat { Csv, Stix };

    static constexpr int DefaultBatchSize = 2500;
    static constexpr int MaxBatchSize = 5000;
    static constexpr int DefaultRequestsPerMinute = 30;
    static constexpr int DefaultRenewMarginHours = 24;
    static constexpr int MaxAgingDays = 3650;

    qint64 id = 0; // the store's id (0: not stored yet)
    QString name;
    bool enabled = true;
    QStringList sourceIds; // empty: every source
    qint64 ruleId = 0; // the business rule (0 and ruleName empty: everything)
    QString ruleName;
    DestinationKind destination = DestinationKind::S1ThreatIntel;
    // SentinelOne threat intelligence: the profile whose console receives the IOCs ('' : the session's
    // own) and the scope there.
    // OpenCTI: the profile whose OpenCTI receives the indicators ('' : the session's own).
    QString profileId;
    s1::IocScope scope;
    // File: where the IOCs are written (atomically, the whole file each run) and how. profileId, when
    // set, is the profile whose session runs it.
    QString filePath;
    FileFormat fileFormat = FileFormat::Csv;
    QString sourceText = QStringLiteral("S1 Bridge"); // the `source` written on each IOC
    // Days an IOC lives at the destination, per type, as asked (missing types: defaultAgingDays()).
    // What is sent to SentinelOne is cut to its cap: agingDays(). OpenCTI takes the IOC's own valid
    // until, else these days uncut; a file writes the IOC's own valid until.
    QMap<IocType, int> requestedAgingDays;
    int renewMarginHours = DefaultRenewMarginHours; // renew when the expiry is this close
    int batchSize = DefaultBatchSize; // IOCs per POST
    int requestsPerMinute = DefaultRequestsPerMinute; // 0: no pacing (a simulator without a limit)

    // SentinelOne's caps (API-NOTES.md): an IP lives at most 30 days after upload, anything else 180.
    static int agingCapDays(IocType type);
    // When nothing is asked: the console's own defaults (14 days IPs, 90 URLs and domains, 180 hashes).
    static int defaultAgingDays(IocType type);
    // The days sent for this type: asked (or the default), cut to the cap.
    int agingDays(IocType type) const;
    // One sentence per type whose asked days exceed the cap ("IPV4: 90 days asked, SentinelOne keeps IP
    // IOCs at most 30 days: 30 are sent and the IOC is renewed before it expires."). SentinelOne
    // destinations only (the others have no cap).
    QStringList agingNotes() const;

    static QString destinationKindName(DestinationKind kind); // "s1-threat-intel", "opencti", "file"
    static std::optional<DestinationKind> destinationKindFromName(QStringView name);
    static QString fileFormatName(FileFormat format); // "csv", "stix"
    static std::optional<FileFormat> fileFormatFromName(QStringView name); // case-insensitive
    // What is wrong with a file destination's path (empty: usable): empty, relative, a directory, or
    // in a directory that does not exist. One sentence each, naming destination.target.path.
    static QStringList filePathProblems(const QString &path);
    // The destination in words, for lists and messages: "SentinelOne threat intelligence, account 1",
    // "OpenCTI of profile ...", "CSV file /path".
    QString destinationText() const;
    // IocStore::destinationKey() of this configuration.
    QString destinationKey() const;

    // {"enabled", "sources": [...], "rule": {"id", "name"}, "destination": {"kind", "target":
    //  {"profileId", "scope": "account:ID"}}, "sourceText", "agingDays": {"IPV4": 30, ...},
    //  (the target of "opencti": {"profileId"}; of "file": {"profileId", "path", "format": "csv"|"stix"},
    //  profileId being the profile whose session writes the file)
    //  "renewMarginHours", "batchSize", "requestsPerMinute"} (the name is the definition's).
    QJsonObject toJson() const;
    // The inverse, validated: nullopt with *problems (one sentence each, naming the field and what is
    // expected) when anything is wrong, unknown fields included.
    static std::optional<SharingConfig> fromJson(
        const QString &name, const QJsonObject &json, QStringList *problems);
    // The same problems for a configuration built in code (empty: valid).
    QStringList validate() const;

    NamedDefinition toDefinition() const;
    static std::optional<SharingConfig> fromDefinition(
        const NamedDefinition &definition, QStringList *problems);
    static std::optional<SharingConfig> load(
        const IocStore &store, const QString &name, QStringList *problems);
    // Validates, then inserts or updates through the store (id written back). False with *error.
    bool save(IocStore *store, QString *error);
};

} // namespace exchange
