// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimApiParams.h"

#include "SimApiHelpers.h"
#include "SimTables.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace s1sim {

namespace {

using Kind = QueryParam::Kind;

// Enumerations of SentinelOne's API specification (swagger 2.1) for the parameters below.
constexpr const char *SortOrders[] = {"asc", "desc"};
constexpr const char *ThreatSortFields[] = {"id", "createdAt", "updatedAt", "mitigationStatus",
    "fileDisplayName", "agentVersion", "agentMachineType", "siteId", "siteName", "agentComputerName",
    "filePath", "contentHash", "collectionId", "classification", "createdDate", "cloudAccount", "cloudImage",
    "cloudInstanceId", "cloudInstanceSize", "cloudLocation", "cloudNetwork"};
constexpr const char *SiteStates[] = {"active", "expired", "deleted"};
constexpr const char *SiteTypes[] = {"Trial", "Paid"};
constexpr const char *OsTypes[] = {"macos", "windows", "windows_legacy", "linux"};
constexpr const char *Directions[] = {"any", "inbound", "outbound"};
constexpr const char *Actions[] = {"Allow", "Block"};
constexpr const char *Statuses[] = {"Enabled", "Disabled"};
constexpr const char *IocTypes[] = {"DNS", "IPV4", "IPV6", "MD5", "SHA1", "SHA256", "URL"};

constexpr QueryParam Skip {"skip", Kind::Integer, 0, 1000};
constexpr QueryParam Limit {"limit", Kind::Integer, 1, 1000};
constexpr QueryParam Cursor {"cursor"};

constexpr QueryParam ThreatParams[] = {
    Skip,
    Limit,
    Cursor,
    {"sortBy", Kind::Text, 0, 0, ThreatSortFields},
    {"sortOrder", Kind::Text, 0, 0, SortOrders},
    {"accountIds", Kind::List, 1, 500},
    {"siteIds", Kind::List, 1, 500},
    {"groupIds", Kind::List, 1, 500},
    {"tenant", Kind::Boolean},
    {"createdAt__lt"},
    {"createdAt__gt"},
    {"createdAt__lte"},
    {"createdAt__gte"},
    {"updatedAt__lt"},
    {"updatedAt__gt"},
    {"updatedAt__lte"},
    {"updatedAt__gte"},
    {"contentHashes", Kind::List, 0, 5000},
    {"displayName"},
    {"mitigationStatuses", Kind::List, 0, 5000, tenant::MitigationNames},
    {"ids", Kind::List, 0, 5000},
    {"classifications", Kind::List, 0, 5000},
    {"confidenceLevels", Kind::List, 0, 5000, tenant::ConfidenceNames},
    {"analystVerdicts", Kind::List, 0, 5000, tenant::VerdictNames},
    {"incidentStatuses", Kind::List, 0, 5000, tenant::IncidentNames},
    {"noteExists", Kind::Boolean},
    {"query"},
    {"resolved", Kind::Boolean},
};

constexpr QueryParam ThreatNoteParams[] = {Skip, Limit, Cursor};

constexpr QueryParam SiteParams[] = {
    Skip,
    Limit,
    Cursor,
    {"siteIds", Kind::List, 1, 500},
    {"accountIds", Kind::List, 1, 500},
    {"name"},
    {"name__contains", Kind::List, 0, 10, {}, 2},
    {"state", Kind::Text, 0, 0, SiteStates},
    {"states", Kind::List, 0, 5000},
    {"siteType", Kind::Text, 0, 0, SiteTypes},
};

constexpr QueryParam AccountParams[] = {
    Skip,
    Limit,
    Cursor,
    {"ids", Kind::List, 0, 5000},
    {"accountIds", Kind::List, 0, 5000},
    {"name"},
    {"name__contains", Kind::List, 0, 10, {}, 2},
    {"state", Kind::Text, 0, 0, SiteStates},
    {"states", Kind::List, 0, 5000},
};

constexpr const char *GroupTypes[] = {"static", "dynamic", "pinned"};

constexpr QueryParam GroupParams[] = {
    Skip,
    Limit,
    Cursor,
    {"siteIds", Kind::List, 1, 500},
    {"accountIds", Kind::List, 1, 500},
    {"groupIds", Kind::List, 1, 500},
    {"name"},
    {"query"},
    {"type", Kind::Text, 0, 0, GroupTypes},
    {"isDefault", Kind::Boolean},
};

constexpr QueryParam IocParams[] = {
    Skip,
    Limit,
    Cursor,
    {"accountIds", Kind::List, 0, 5000},
    {"siteIds", Kind::List, 0, 5000},
    {"tenant", Kind::Boolean},
    {"value"},
    {"type", Kind::Text, 0, 0, IocTypes},
    {"source", Kind::List, 0, 5000},
    {"externalId"},
    {"uuids", Kind::List, 0, 5000},
    {"batchId"},
    {"creationTime__lt", Kind::DateTime},
    {"creationTime__lte", Kind::DateTime},
    {"creationTime__gt", Kind::DateTime},
    {"creationTime__gte", Kind::DateTime},
    {"updatedAt__lt", Kind::DateTime},
    {"updatedAt__lte", Kind::DateTime},
    {"updatedAt__gt", Kind::DateTime},
    {"updatedAt__gte", Kind::DateTime},
    {"uploadTime__lt", Kind::DateTime},
    {"uploadTime__lte", Kind::DateTime},
    {"uploadTime__gt", Kind::DateTime},
    {"uploadTime__gte", Kind::DateTime},
    {"name__contains", Kind::List, 0, 5000},
    {"description__contains", Kind::List, 0, 5000},
    {"countOnly", Kind::Boolean},
};

constexpr QueryParam FirewallParams[] = {
    Skip,
    Limit,
    Cursor,
    {"accountIds", Kind::List, 1, 500},
    {"siteIds", Kind::List, 1, 500},
    {"groupIds", Kind::List, 1, 500},
    {"tenant", Kind::Boolean},
    {"name"},
    {"name__contains", Kind::List, 0, 10, {}, 2},
    {"osTypes", Kind::List, 0, 5000, OsTypes},
    {"directions", Kind::List, 0, 5000, Directions},
    {"actions", Kind::List, 0, 5000, Actions},
    {"statuses", Kind::List, 0, 5000, Statuses},
    {"ids", Kind::List, 0, 5000},
};

bool isChoice(std::span<const char *const> choices, QStringView value)
{
    for (const char *choice : choices) {
        if (value == QLatin1String(choice))
            return true;
    }
    return false;
}

QString choiceList(std::span<const char *const> choices)
{
    QStringList names;
    for (const char *choice : choices)
        names << QLatin1String(choice);
    return names.join(u", "_s);
}

// Number of Unicode code points (JSON Schema's string length), not UTF-16 units.
qsizetype codePoints(QStringView s)
{
    qsizetype n = 0;
    for (QChar c : s)
        n += c.isLowSurrogate() ? 0 : 1;
    return n;
}

// The problem with one parameter's value, or an empty string.
QString valueProblem(const QueryParam &p, const QString &value)
{
    const QString name = QLatin1String(p.name);
    switch (p.kind) {
    case Kind::Text:
        if (!p.choices.empty() && !isChoice(p.choices, value))
            return u"%1: \"%2\" is not one of %3"_s.arg(name, value, choiceList(p.choices));
        return {};
    case Kind::Integer: {
        static const QRegularExpression integer(u"^[+-]?[0-9]+$"_s);
        bool ok = integer.match(value).hasMatch();
        const qlonglong n = ok ? value.toLongLong(&ok) : 0;
        if (!ok || n < p.min || n > p.max)
            return u"%1: must be an integer between %2 and %3, got \"%4\""_s.arg(
                name, QString::number(p.min), QString::number(p.max), value);
        return {};
    }
    case Kind::Boolean:
        if (value != u"true"_s && value != u"false"_s)
            return u"%1: must be true or false, got \"%2\""_s.arg(name, value);
        return {};
    case Kind::DateTime:
        if (!tenant::isDateTime(value))
            return u"%1: \"%2\" is not a date-time with a time zone (e.g. 2026-01-31T12:00:00Z)"_s.arg(
                name, value);
        return {};
    case Kind::List: {
        const QStringList items = value.split(u',');
        if (items.size() < p.min || (p.max > 0 && items.size() > p.max))
            return p.max > 0 ? u"%1: must hold %2 to %3 values, got %4"_s.arg(
                       name, QString::number(p.min), QString::number(p.max), QString::number(items.size()))
                             : u"%1: must hold at least %2 values"_s.arg(name, QString::number(p.min));
        for (const QString &item : items) {
            if (codePoints(item) < p.minLength)
                return u"%1: \"%2\" is shorter than %3 characters"_s.arg(
                    name, item, QString::number(p.minLength));
            if (!p.choices.empty() && !isChoice(p.choices, item))
                return u"%1: \"%2\" is not one of %3"_s.arg(name, item, choiceList(p.choices));
        }
        return {};
    }
    }
    return {};
}

} // namespace

namespace query {
const QuerySpec Threats {ThreatParams,
    "countOnly skipCount mitigationStatusesNin agentIds storylines collectionIds engines enginesNin "
    "detectionEngines detectionEnginesNin classificationsNin classificationSources "
    "classificationSourcesNin agentVersions agentVersionsNin agentMachineTypes agentMachineTypesNin "
    "osTypes osTypesNin osArchs osNames osNamesNin agentIsActive initiatedBy initiatedByNin "
    "confidenceLevelsNin analystVerdictsNin incidentStatusesNin failedActions rebootRequired "
    "pendingActions externalTicketExists externalTicketIds mitigatedPreemptively agentTagsData "
    "hasAgentTags contentHash__contains threatDetails__contains filePath__contains "
    "computerName__contains uuid__contains detectionAgentVersion__contains "
    "realtimeAgentVersion__contains detectionAgentDomain__contains commandLineArguments__contains "
    "initiatedByUsername__contains storyline__contains originatedProcess__contains "
    "publisherName__contains signerIdentity__contains k8sClusterName__contains k8sNodeName__contains "
    "k8sNodeLabels__contains k8sNamespaceName__contains k8sNamespaceLabels__contains "
    "k8sControllerName__contains k8sControllerLabels__contains k8sPodName__contains "
    "k8sPodLabels__contains containerName__contains containerImageName__contains "
    "containerLabels__contains externalTicketId__contains countsFor cloudProvider cloudProviderNin "
    "awsSecurityGroups__contains cloudAccount__contains cloudImage__contains "
    "cloudInstanceId__contains cloudInstanceSize__contains cloudLocation__contains "
    "cloudNetwork__contains awsRole__contains awsSubnetIds__contains azureResourceGroup__contains "
    "gcpServiceAccount__contains"};
const QuerySpec ThreatNotes {
    ThreatNoteParams, "countOnly skipCount sortBy sortOrder creator__like creatorId"};
const QuerySpec Sites {SiteParams,
    "countOnly skipCount sortBy sortOrder query isDefault healthStatus expiration totalLicenses "
    "activeLicenses externalId description createdAt updatedAt statesNin suite features sku module "
    "accountId adminOnly availableMoveSites registrationToken accountName__contains "
    "description__contains"};
const QuerySpec Accounts {AccountParams,
    "countOnly skipCount sortBy sortOrder query isDefault accountType expiration totalLicenses "
    "activeLicenses sku module createdAt updatedAt statesNin features usageType billingMode"};
const QuerySpec Groups {GroupParams,
    "countOnly skipCount sortBy sortOrder types id description rank updatedAt__lt updatedAt__gt "
    "updatedAt__lte updatedAt__gte registrationToken"};
const QuerySpec Iocs {IocParams,
    "creator__contains severity malwareNames__in sortBy threatActorTypes__in labels__in "
    "threatActors__in campaignNames__in skipCount sortOrder category__in"};
const QuerySpec FirewallRules {FirewallParams,
    "countOnly skipCount sortBy sortOrder query scopes applications protocols createdAt__lt "
    "createdAt__gt createdAt__lte createdAt__gte createdAt__between locationIds tagIds "
    "tagName__contains application__contains protocol__contains service__contains disablePagination"};
const QuerySpec None {};
} // namespace query

std::optional<SimReply> checkQuery(const QuerySpec &spec, const QUrlQuery &query, const QString &operation)
{
    // The names of the parameters the simulator does not act on, per endpoint (built once; servers
    // may run in several threads).
    static const QHash<const QuerySpec *, QSet<QString>> notSimulatedSets = [] {
        QHash<const QuerySpec *, QSet<QString>> sets;
        for (const QuerySpec *known : {&query::Threats, &query::ThreatNotes, &query::Sites, &query::Accounts,
                 &query::Groups, &query::Iocs, &query::FirewallRules, &query::None}) {
            const QStringList names
                = QString::fromLatin1(known->notSimulated).split(u' ', Qt::SkipEmptyParts);
            sets.insert(known, QSet<QString>(names.cbegin(), names.cend()));
        }
        return sets;
    }();
    const QSet<QString> notSimulated = notSimulatedSets.value(&spec);

    QStringList problems;
    QSet<QString> seen;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        const QueryParam *param = nullptr;
        for (const QueryParam &p : spec.simulated) {
            if (name == QLatin1String(p.name))
                param = &p;
        }
        if (seen.contains(name)) {
            problems << u"%1: sent more than once (give one value; lists are comma-separated)"_s.arg(name);
            continue;
        }
        seen.insert(name);
        if (param) {
            const QString problem = valueProblem(*param, value);
            if (!problem.isEmpty())
                problems << problem;
        } else if (notSimulated.contains(name)) {
            problems
                << u"%1: accepted by the console's API but not implemented by the simulator (s1bridge-sim)"_s
                       .arg(name);
        } else {
            problems << u"%1: unknown query parameter for %2"_s.arg(name, operation);
        }
    }
    if (problems.isEmpty())
        return std::nullopt;
    return tenant::errorsReply(problems);
}

} // namespace s1sim
