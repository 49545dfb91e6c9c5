// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace s1 {

// Server-side filters of GET /threats (API-NOTES.md). Empty members are not sent.
struct ThreatQuery
{
    QStringList ids, accountIds, siteIds, groupIds;
    QDateTime createdAfter, createdBefore;   // createdAt__gte / __lte
    QDateTime updatedAfter, updatedBefore;   // updatedAt__gte / __lte
    QStringList incidentStatuses, analystVerdicts, classifications, confidenceLevels, mitigationStatuses;
    QStringList contentHashes;
    QString displayNameLike;
    QString text;                            // query=
    std::optional<bool> noteExists;
    std::optional<bool> resolved;
    QString sortBy;                          // id, createdAt, updatedAt, ...
    bool descending = true;
    bool tenant = false;                     // global-scope tokens

    QUrlQuery toUrlQuery() const;
    static bool isValidSortBy(const QString &field);
};

} // namespace s1
