// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatQuery.h"

#include "Threat.h"

namespace s1 {

bool ThreatQuery::isValidSortBy(const QString &field)
{
    static const QStringList fields{QStringLiteral("id"),          QStringLiteral("createdAt"),
                                    QStringLiteral("updatedAt"),   QStringLiteral("mitigationStatus"),
                                    QStringLiteral("fileDisplayName"), QStringLiteral("agentVersion"),
                                    QStringLiteral("agentMachineType"), QStringLiteral("siteId")};
    return fields.contains(field);
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
    if (!displayNameLike.isEmpty())
        q.addQueryItem(QStringLiteral("displayName__like"), displayNameLike);
    if (!text.isEmpty())
        q.addQueryItem(QStringLiteral("query"), text);
    if (noteExists)
        q.addQueryItem(QStringLiteral("noteExists"), *noteExists ? QStringLiteral("true") : QStringLiteral("false"));
    if (resolved)
        q.addQueryItem(QStringLiteral("resolved"), *resolved ? QStringLiteral("true") : QStringLiteral("false"));
    if (!sortBy.isEmpty()) {
        q.addQueryItem(QStringLiteral("sortBy"), sortBy);
        q.addQueryItem(QStringLiteral("sortOrder"), descending ? QStringLiteral("desc") : QStringLiteral("asc"));
    }
    if (tenant)
        q.addQueryItem(QStringLiteral("tenant"), QStringLiteral("true"));
    return q;
}

} // namespace s1
