// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTenantPrivate.h"

#include "SimJsonWriter.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace s1sim {

// ------------------------------------------------------------------------------------------------
// Threat JSON

void SimTenant::Private::writeThreat(QByteArray &out, const Threat &t) const
{
    const Agent &a = agents[t.agent];
    const Site &s = sites[a.site];
    const Account &acc = accounts[std::size_t(s.account)];
    const Group &g = groups[a.group];
    const OsVariant &os = OsVariants[a.osVariant];
    const char *version = AgentVersions[a.version].version;
    const char *mitigationMode = a.protect ? "protect" : "detect";
    const ThreatTemplate &tp = Templates[t.tmpl];
    const Engine &engine = Engines[t.engine];
    const bool fileless = t.filePath.isEmpty();

    JsonWriter w(out);
    w.beginObject();

    w.beginObject("agentDetectionInfo");
    w.id("accountId", acc.id);
    w.str("accountName", acc.name);
    w.str("agentIpV4", a.ipv4);
    w.str("agentIpV6", a.ipv6);
    w.str("agentLastLoggedInUserName", a.user);
    w.latin("agentMitigationMode", mitigationMode);
    w.latin("agentOsName", os.name);
    w.latin("agentVersion", version);
    w.str("externalIp", s.externalIp);
    w.id("siteId", s.id);
    w.str("siteName", s.name);
    w.endObject();

    w.beginObject("agentRealtimeInfo");
    w.id("accountId", acc.id);
    w.str("accountName", acc.name);
    w.integer("activeThreats", a.activeThreats);
    w.str("agentComputerName", a.computerName);
    w.id("agentId", a.id);
    w.boolean("agentIsActive", a.active);
    w.latin("agentMachineType", MachineTypeNames[KindMachine[a.kind]]);
    w.latin("agentNetworkStatus", a.connected ? "connected" : "disconnected");
    w.latin("agentOsName", os.name);
    w.latin("agentOsRevision", os.revision);
    w.latin("agentOsType", OsTypeNames[KindOs[a.kind]]);
    w.str("agentUuid", a.uuid);
    w.latin("agentVersion", version);
    w.id("groupId", g.id);
    w.str("groupName", g.name);
    w.beginArray("networkInterfaces");
    w.beginObject();
    w.beginArray("inet");
    w.str(nullptr, a.ipv4);
    w.endArray();
    w.beginArray("inet6");
    w.str(nullptr, a.ipv6);
    w.endArray();
    w.latin("name", InterfaceNames[a.kind]);
    w.str("physical", a.mac);
    w.endObject();
    w.endArray();
    w.id("siteId", s.id);
    w.str("siteName", s.name);
    w.endObject();

    w.id("id", t.id);

    w.beginArray("indicators");
    for (int k = 0; k < t.techniqueCount; ++k) {
        const Technique &tech = Techniques[t.techniques[k]];
        w.beginObject();
        w.latin("category", tech.category);
        w.latin("description", tech.description);
        w.beginArray("ids");
        w.integer(nullptr, tech.indicatorId);
        w.endArray();
        w.beginArray("tactics");
        w.beginObject();
        w.latin("name", tech.tactic);
        w.latin("source", "MITRE");
        w.beginArray("techniques");
        w.beginObject();
        w.latin("link", tech.link);
        w.latin("name", tech.id);
        w.endObject();
        w.endArray();
        w.endObject();
        w.endArray();
        w.endObject();
    }
    w.endArray();

    w.beginArray("mitigationStatus");
    const auto action = [&](const char *name, qint64 start) {
        w.beginObject();
        w.latin("action", name);
        w.time("mitigationEndedAt", start + 150 * UsPerMs);
        w.time("mitigationStartedAt", start);
        w.latin("status", "success");
        w.endObject();
    };
    const qint64 mitigationStart = t.createdAt + 350 * UsPerMs + qint64(t.id % 1000) * UsPerMs;
    if (t.mitigation == MitigationMitigated) {
        action("kill", mitigationStart);
        if (!fileless)
            action("quarantine", mitigationStart + 480 * UsPerMs);
    } else if (t.mitigation == MitigationNotMitigated && (t.id & 1)) {
        action("kill", mitigationStart);
    }
    w.endArray();

    const QStringView displayName = fileDisplayNameOf(t);
    QStringView extension;
    if (!fileless) {
        const qsizetype dot = displayName.lastIndexOf(u'.');
        if (dot > 0)
            extension = displayName.mid(dot + 1);
    }
    const char *extensionType = "None";
    if (!extension.isEmpty()) {
        static constexpr const char *exe[] = {"exe", "dll", "scr", "sys", "com"};
        static constexpr const char *doc[] = {"docm", "xlsm", "rtf", "pdf", "doc"};
        static constexpr const char *script[] = {"js", "sh", "ps1", "vbs", "hta"};
        if (indexOfName(exe, extension, Qt::CaseInsensitive) >= 0)
            extensionType = "Executable";
        else if (indexOfName(doc, extension, Qt::CaseInsensitive) >= 0)
            extensionType = "Document";
        else if (indexOfName(script, extension, Qt::CaseInsensitive) >= 0)
            extensionType = "Script";
        else
            extensionType = "Archive";
    }
    const char *publisher = fileless ? "" : Publishers[tp.publisher];

    w.beginObject("threatInfo");
    w.latin("analystVerdict", VerdictNames[t.verdict]);
    w.latin("analystVerdictDescription", VerdictDescriptions[t.verdict]);
    w.latin("classification", ClassificationNames[t.classification]);
    w.latin("classificationSource", engine.source);
    w.latin("confidenceLevel", ConfidenceNames[t.confidence]);
    w.time("createdAt", t.createdAt);
    w.beginArray("detectionEngines");
    w.beginObject();
    w.latin("key", engine.key);
    w.latin("title", engine.title);
    w.endObject();
    w.endArray();
    w.latin("detectionType", engine.isStatic ? "static" : "dynamic");
    w.beginArray("engines");
    w.latin(nullptr, engine.title);
    w.endArray();
    w.str("fileDisplayName", displayName);
    w.str("fileExtension", extension);
    w.latin("fileExtensionType", extensionType);
    w.str("filePath", t.filePath);
    w.integer("fileSize", t.fileSize);
    w.time("identifiedAt", t.identifiedAt);
    w.latin("incidentStatus", IncidentNames[t.incident]);
    w.latin("incidentStatusDescription", IncidentDescriptions[t.incident]);
    w.latin("initiatedBy", InitiatedByValues[t.initiatedBy].key);
    w.boolean("isFileless", fileless);
    w.boolean("isValidCertificate", *publisher != 0);
    w.latin("maliciousProcessArguments", tp.arguments);
    if (t.flags & FlagMd5)
        w.hex("md5", t.md5, 16);
    else
        w.null("md5");
    w.latin("mitigationStatus", MitigationNames[t.mitigation]);
    w.latin("mitigationStatusDescription", MitigationDescriptions[t.mitigation]);
    w.latin("originatorProcess", tp.originator);
    w.str("processUser", a.processUser);
    w.latin("publisherName", publisher);
    if (t.flags & FlagHashes) {
        w.hex("sha1", t.sha1, 20);
        w.hex("sha256", t.sha256, 32);
    } else {
        w.null("sha1");
        w.null("sha256");
    }
    {
        char storyline[24];
        std::snprintf(storyline, sizeof storyline, "%016llX",
            static_cast<unsigned long long>(t.id * 0x9E3779B97F4A7C15ull));
        w.latin("storyline", storyline);
    }
    w.id("threatId", t.id);
    w.str("threatName", t.name);
    w.time("updatedAt", t.updatedAt);
    w.endObject();

    w.endObject();
}

} // namespace s1sim
