// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace s1 {

struct MitreTechnique
{
    QString id; // "T1059.001" in real data (the API calls it "name")
    QString link;
};

struct MitreTactic
{
    QString name; // "Execution"
    QString source; // "MITRE"
    QList<MitreTechnique> techniques;
};

struct ThreatIndicator
{
    QString category; // "Evasion"
    QString description;
    QList<MitreTactic> tactics;
};

struct NetworkInterface
{
    QString name;
    QStringList inet;
    QStringList inet6;
    QString physical;
};

// A SentinelOne threat (API v2.1, nested shape), reduced to what S1 Bridge uses.
struct Threat
{
    QString id;
    QString name; // threatInfo.threatName
    QString filePath;
    QString fileDisplayName;
    QString sha1, sha256, md5; // empty when absent
    QString classification;
    QString confidenceLevel; // malicious | suspicious | n/a
    QString analystVerdict, analystVerdictDescription;
    QString incidentStatus, incidentStatusDescription;
    QString mitigationStatus, mitigationStatusDescription;
    QStringList detectionEngines; // titles
    QDateTime createdAt, updatedAt, identifiedAt;
    QString identifiedAtRaw; // exactly as the API gave it (OpenCTI ids depend on the text)

    QString computerName, osType, osName;
    QList<NetworkInterface> interfaces;
    QString agentIpV4, agentIpV6, externalIp;
    QString siteId, siteName, accountId, accountName, groupName;

    QList<ThreatIndicator> indicators;

    bool isValid() const { return !id.isEmpty(); }
    // The name for people: threatName, else the file name, else "Unnamed threat" (the API can
    // send an empty threatName; `name` keeps it raw because OpenCTI ids are computed from it).
    QString displayName() const;
    // Every MITRE technique id, once each, in order of appearance.
    QStringList techniqueIds() const;
    // Every endpoint IP address (v4 then v6), once each.
    QStringList ipAddresses() const;

    static Threat fromJson(const QJsonObject &object);
    // A stable, flat JSON form for the CLI's --json output (documented in the README).
    QJsonObject toJson() const;
};

// Parses "2022-12-20T13:54:53.009117Z" (any fraction length) as UTC.
QDateTime parseApiTime(const QString &text);
// Only the form the console writes, "2022-12-20T13:54:53[.fraction]Z" (a space instead of the T
// taken too), fast; anything else, an offset included, gives an invalid QDateTime.
QDateTime parseUtcTime(QStringView text);
// Formats as the API's filters expect: "2022-12-20T13:54:53.009000Z".
QString formatApiTime(const QDateTime &time);

} // namespace s1
