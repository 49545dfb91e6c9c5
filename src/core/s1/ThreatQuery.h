// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace s1 {

// Server-side filters of GET /threats (SentinelOne's API specification, ../shared/s1-spec). Empty
// members are not sent. problem() says what the console would refuse; S1Client sends nothing then.
struct ThreatQuery
{
    // Limits of the API: scope lists (accountIds, siteIds, groupIds) hold 1..500 ids; ids, hashes and
    // the enumerated filters at most 5,000 values each.
    static constexpr int MaxScopeIds = 500;
    static constexpr int MaxListValues = 5000;

    QStringList ids, accountIds, siteIds, groupIds;
    QDateTime createdAfter, createdBefore; // createdAt__gte / __lte
    QDateTime updatedAfter, updatedBefore; // updatedAt__gte / __lte
    QStringList incidentStatuses, analystVerdicts, classifications, confidenceLevels, mitigationStatuses;
    QStringList contentHashes;
    // displayName=: the whole display name of a threat. API v2.1 matches it exactly; it replaced
    // v2.0's displayName__like. For a partial name, use text (the console's full-text search).
    QString displayName;
    QString text; // query=: full-text search (threat details, hash, path, computer name...)
    std::optional<bool> noteExists;
    std::optional<bool> resolved;
    QString sortBy; // one of sortFields(); empty: the console's order
    bool descending = true;
    bool tenant = false; // global-scope tokens

    QUrlQuery toUrlQuery() const;
    // Empty when the console would take this query; else a sentence naming the field and what is
    // expected (for people: the GUI and the CLI show it as it is).
    QString problem() const;

    // The sortBy values the API declares for GET /threats.
    static const QStringList &sortFields();
    static bool isValidSortBy(const QString &field);
};

} // namespace s1
