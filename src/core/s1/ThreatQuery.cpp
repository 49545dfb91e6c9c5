// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatQuery.h"

#include "Threat.h"

#include <QCoreApplication>

namespace s1 {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(s1::ThreatQuery)
};

// The values the API enumerates for the list filters (the console refuses any other).
const QStringList &enumFor(const char *field)
{
    static const QStringList incident {
        QStringLiteral("unresolved"), QStringLiteral("in_progress"), QStringLiteral("resolved")};
    static const QStringList verdict {QStringLiteral("undefined"), QStringLiteral("true_positive"),
        QStringLiteral("false_positive"), QStringLiteral("suspicious")};
    static const QStringList confidence {
        QStringLiteral("malicious"), QStringLiteral("suspicious"), QStringLiteral("n/a")};
    static const QStringList mitigation {
        QStringLiteral("not_mitigated"), QStringLiteral("mitigated"), QStringLiteral("marked_as_benign")};
    static const QStringList none;
    const QLatin1String f(field);
    if (f == QLatin1String("incidentStatuses"))
        return incident;
    if (f == QLatin1String("analystVerdicts"))
        return verdict;
    if (f == QLatin1String("confidenceLevels"))
        return confidence;
    if (f == QLatin1String("mitigationStatuses"))
        return mitigation;
    return none;
}

} // namespace

const QStringList &ThreatQuery::sortFields()
{
    static const QStringList fields {QStringLiteral("id"), QStringLiteral("createdAt"),
        QStringLiteral("updatedAt"), QStringLiteral("mitigationStatus"), QStringLiteral("fileDisplayName"),
        QStringLiteral("agentVersion"), QStringLiteral("agentMachineType"), QStringLiteral("siteId"),
        QStringLiteral("siteName"), QStringLiteral("agentComputerName"), QStringLiteral("filePath"),
        QStringLiteral("contentHash"), QStringLiteral("collectionId"), QStringLiteral("classification"),
        QStringLiteral("createdDate"), QStringLiteral("cloudAccount"), QStringLiteral("cloudImage"),
        QStringLiteral("cloudInstanceId"), QStringLiteral("cloudInstanceSize"),
        QStringLiteral("cloudLocation"), QStringLiteral("cloudNetwork")};
    return fields;
}

bool ThreatQuery::isValidSortBy(const QString &field)
{
    return sortFields().contains(field);
}

QString ThreatQuery::problem() const
{
    const struct
    {
        const char *name;
        const QStringList &values;
        int max;
    } lists[] = {
        {"accountIds", accountIds, MaxScopeIds},
        {"siteIds", siteIds, MaxScopeIds},
        {"groupIds", groupIds, MaxScopeIds},
        {"ids", ids, MaxListValues},
        {"contentHashes", contentHashes, MaxListValues},
        {"incidentStatuses", incidentStatuses, MaxListValues},
        {"analystVerdicts", analystVerdicts, MaxListValues},
        {"classifications", classifications, MaxListValues},
        {"confidenceLevels", confidenceLevels, MaxListValues},
        {"mitigationStatuses", mitigationStatuses, MaxListValues},
    };
    for (const auto &list : lists) {
        const QString name = QLatin1String(list.name);
        if (list.values.size() > list.max)
            return Tr::tr(
                "The threat filter %1 holds %L2 values; SentinelOne takes at most %L3 in one request.")
                .arg(name)
                .arg(list.values.size())
                .arg(list.max);
        const QStringList &allowed = enumFor(list.name);
        for (const QString &value : list.values) {
            // Values travel comma-separated: a comma or an empty value would change the filter.
            if (value.trimmed().isEmpty() || value.contains(u','))
                return Tr::tr("The threat filter %1 has an empty value or one with a comma (\"%2\").")
                    .arg(name, value);
            if (!allowed.isEmpty() && !allowed.contains(value))
                return Tr::tr("The threat filter %1 does not take \"%2\"; expected one of: %3.")
                    .arg(name, value, allowed.join(QStringLiteral(", ")));
        }
    }
    if (!sortBy.isEmpty() && !isValidSortBy(sortBy))
        return Tr::tr("Threats cannot be sorted by \"%1\"; expected one of: %2.")
            .arg(sortBy, sortFields().join(QStringLiteral(", ")));
    return {};
}

QUrlQuery ThreatQuery::toUrlQuery() const
{
    QUrlQuery q;
    auto list = [&q](const char *key, const QStringList &values) {
        if (!values.isEmpty())
            q.addQueryItem(QLatin1String(key), values.join(u','));
    };
    auto time = [&q](const char *key, const QDateTime &t) {
        if (t.isValid())
            q.addQueryItem(QLatin1String(key), formatApiTime(t));
    };
    list("ids", ids);
    list("accountIds", accountIds);
    list("siteIds", siteIds);
    list("groupIds", groupIds);
    time("createdAt__gte", createdAfter);
    time("createdAt__lte", createdBefore);
    time("updatedAt__gte", updatedAfter);
    time("updatedAt__lte", updatedBefore);
    list("incidentStatuses", incidentStatuses);
    list("analystVerdicts", analystVerdicts);
    list("classifications", classifications);
    list("confidenceLevels", confidenceLevels);
    list("mitigationStatuses", mitigationStatuses);
    list("contentHashes", contentHashes);
    if (!displayName.isEmpty())
        q.addQueryItem(QStringLiteral("displayName"), displayName);
    if (!text.isEmpty())
        q.addQueryItem(QStringLiteral("query"), text);
    if (noteExists)
        q.addQueryItem(
            QStringLiteral("noteExists"), *noteExists ? QStringLiteral("true") : QStringLiteral("false"));
    if (resolved)
        q.addQueryItem(
            QStringLiteral("resolved"), *resolved ? QStringLiteral("true") : QStringLiteral("false"));
    if (!sortBy.isEmpty()) {
        q.addQueryItem(QStringLiteral("sortBy"), sortBy);
        q.addQueryItem(
            QStringLiteral("sortOrder"), descending ? QStringLiteral("desc") : QStringLiteral("asc"));
    }
    if (tenant)
        q.addQueryItem(QStringLiteral("tenant"), QStringLiteral("true"));
    return q;
}

} // namespace s1
