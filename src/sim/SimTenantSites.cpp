// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTenantPrivate.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace s1sim {

// ------------------------------------------------------------------------------------------------
// Sites and accounts JSON

// The API types description, expiration and externalId as (non-nullable) strings: a site without
// one has no such key, as the other optional fields; a key is never null.
QJsonObject SimTenant::Private::siteJson(int index) const
{
    const Site &s = sites[std::size_t(index)];
    const Account &a = accounts[std::size_t(s.account)];
    QJsonObject o {
        {u"accountId"_s, idString(a.id)},
        {u"accountName"_s, a.name},
        {u"activeLicenses"_s, s.activeLicenses},
        {u"createdAt"_s, SimTenant::formatTimestamp(s.createdAt)},
        {u"creator"_s, QString::fromUtf16(Analysts[0].name)},
        {u"creatorId"_s, idString(Analysts[0].id)},
        {u"healthStatus"_s, true},
        {u"id"_s, idString(s.id)},
        {u"isDefault"_s, s.isDefault},
        {u"name"_s, s.name},
        {u"registrationToken"_s, s.registrationToken},
        {u"siteType"_s, QLatin1String(s.siteType)},
        {u"sku"_s, QLatin1String(s.sku)},
        {u"state"_s, QLatin1String(s.state)},
        {u"suite"_s, QLatin1String(s.sku)},
        {u"totalLicenses"_s, s.totalLicenses},
        {u"unlimitedExpiration"_s, s.expiration == 0},
        {u"unlimitedLicenses"_s, false},
        {u"updatedAt"_s, SimTenant::formatTimestamp(s.updatedAt)},
    };
    if (!s.description.isEmpty())
        o.insert(u"description"_s, s.description);
    if (s.expiration)
        o.insert(u"expiration"_s, SimTenant::formatTimestamp(s.expiration));
    return o;
}

QJsonObject SimTenant::Private::accountJson(int index) const
{
    const Account &a = accounts[std::size_t(index)];
    int siteCount = 0;
    int agentCount = 0;
    int licenses = 0;
    for (const Site &s : sites) {
        if (s.account == index) {
            ++siteCount;
            agentCount += s.activeLicenses;
            licenses += s.totalLicenses;
        }
    }
    // No expiration (unlimitedExpiration) and no externalId: the keys are absent, never null.
    return QJsonObject {
        {u"accountType"_s, QLatin1String(a.accountType)},
        {u"activeAgents"_s, agentCount},
        {u"billingMode"_s, u"subscription"_s},
        {u"createdAt"_s, SimTenant::formatTimestamp(a.createdAt)},
        {u"creator"_s, QString::fromUtf16(Analysts[0].name)},
        {u"creatorId"_s, idString(Analysts[0].id)},
        {u"id"_s, idString(a.id)},
        {u"name"_s, a.name},
        {u"numberOfSites"_s, siteCount},
        {u"state"_s, u"active"_s},
        {u"totalLicenses"_s, licenses},
        {u"unlimitedExpiration"_s, true},
        {u"updatedAt"_s, SimTenant::formatTimestamp(a.updatedAt)},
    };
}

// A static group; "Default Group" is each site's default. createdAt is derived from the site (the
// generator does not keep one per group); every key of the answer is non-null.
QJsonObject SimTenant::Private::groupJson(int index) const
{
    const Group &g = groups[std::size_t(index)];
    const Site &s = sites[std::size_t(g.site)];
    int agentCount = 0;
    for (const Agent &a : agents)
        agentCount += a.group == index ? 1 : 0;
    return QJsonObject {
        {u"createdAt"_s, SimTenant::formatTimestamp(s.createdAt)},
        {u"creator"_s, QString::fromUtf16(Analysts[0].name)},
        {u"creatorId"_s, idString(Analysts[0].id)},
        {u"id"_s, idString(g.id)},
        {u"inherits"_s, true},
        {u"isDefault"_s, g.name == u"Default Group"_s},
        {u"name"_s, g.name},
        {u"rank"_s, 0},
        {u"siteId"_s, idString(s.id)},
        {u"totalAgents"_s, agentCount},
        {u"type"_s, u"static"_s},
        {u"updatedAt"_s, SimTenant::formatTimestamp(s.updatedAt)},
    };
}

// --- sites, accounts and groups

SimReply SimTenant::listSites(const QUrlQuery &query, const SimCaller &caller)
{
    const Params p = paramsOf(query);
    const QStringList accountIds = splitList(p.value(u"accountIds"_s));
    const QStringList siteIds = splitList(p.value(u"siteIds"_s));
    if (auto e = checkIdList(u"accountIds"_s, accountIds))
        return *e;
    if (auto e = checkIdList(u"siteIds"_s, siteIds))
        return *e;
    if (auto e = d->checkScope(accountIds, siteIds, caller))
        return *e;
    int limit = DefaultLimit;
    int offset = 0;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
        return *e;
    if (auto e = parseOffsetCursor(p, u"sites"_s, &offset))
        return *e;
    if (auto e = addSkip(p, &offset))
        return *e;
    const bool hasName = p.contains(u"name"_s);
    const QString name = p.value(u"name"_s).trimmed();
    const QStringList nameContains = splitList(p.value(u"name__contains"_s));
    const QStringList states = splitList(p.value(u"state"_s)) + splitList(p.value(u"states"_s));
    const QStringList siteTypes = splitList(p.value(u"siteType"_s));

    QList<int> matched;
    for (int i = 0; i < siteCount(); ++i) {
        const Site &s = d->sites[std::size_t(i)];
        if (caller.isScoped() && i != caller.siteIndex)
            continue;
        if (hasName && s.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!nameContains.isEmpty() && !containsAny(s.name, nameContains))
            continue;
        if (p.contains(u"accountIds"_s)
            && !accountIds.contains(idString(d->accounts[std::size_t(s.account)].id)))
            continue;
        if (p.contains(u"siteIds"_s) && !siteIds.contains(idString(s.id)))
            continue;
        if (!states.isEmpty() && !states.contains(QLatin1String(s.state), Qt::CaseInsensitive))
            continue;
        if (!siteTypes.isEmpty() && !siteTypes.contains(QLatin1String(s.siteType), Qt::CaseInsensitive))
            continue;
        matched << i;
    }
    int active = 0;
    int total = 0;
    for (const int i : std::as_const(matched)) {
        active += d->sites[std::size_t(i)].activeLicenses;
        total += d->sites[std::size_t(i)].totalLicenses;
    }
    QJsonArray items;
    const qsizetype end = std::min<qsizetype>(matched.size(), qsizetype(offset) + limit);
    for (qsizetype i = offset; i < end; ++i)
        items.append(d->siteJson(matched[i]));
    const QJsonObject data {
        {u"allSites"_s, QJsonObject {{u"activeLicenses"_s, active}, {u"totalLicenses"_s, total}}},
        {u"sites"_s, items},
    };
    return pagedReply(data, matched.size(), end < matched.size() ? offsetCursor(u"sites"_s, end) : QString());
}

SimReply SimTenant::listAccounts(const QUrlQuery &query, const SimCaller &caller)
{
    if (caller.isScoped()) {
        return forbidden(u"This user is restricted to site \"%1\" and may not list accounts"_s.arg(
            d->sites[std::size_t(caller.siteIndex)].name));
    }
    const Params p = paramsOf(query);
    const QStringList ids = splitList(p.value(u"ids"_s)) + splitList(p.value(u"accountIds"_s));
    if (auto e = checkIdList(u"ids"_s, ids))
        return *e;
    int limit = DefaultLimit;
    int offset = 0;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
        return *e;
    if (auto e = parseOffsetCursor(p, u"accounts"_s, &offset))
        return *e;
    if (auto e = addSkip(p, &offset))
        return *e;
    const bool hasName = p.contains(u"name"_s);
    const QString name = p.value(u"name"_s).trimmed();
    const QStringList nameContains = splitList(p.value(u"name__contains"_s));
    const QStringList states = splitList(p.value(u"states"_s)) + splitList(p.value(u"state"_s));

    QList<int> matched;
    for (int i = 0; i < accountCount(); ++i) {
        const Account &a = d->accounts[std::size_t(i)];
        if (!ids.isEmpty() && !ids.contains(idString(a.id)))
            continue;
        if (hasName && a.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!nameContains.isEmpty() && !containsAny(a.name, nameContains))
            continue;
        if (!states.isEmpty() && !states.contains(u"active"_s, Qt::CaseInsensitive))
            continue;
        matched << i;
    }
    QJsonArray items;
    const qsizetype end = std::min<qsizetype>(matched.size(), qsizetype(offset) + limit);
    for (qsizetype i = offset; i < end; ++i)
        items.append(d->accountJson(matched[i]));
    return pagedReply(
        items, matched.size(), end < matched.size() ? offsetCursor(u"accounts"_s, end) : QString());
}

SimReply SimTenant::listGroups(const QUrlQuery &query, const SimCaller &caller)
{
    const Params p = paramsOf(query);
    const QStringList accountIds = splitList(p.value(u"accountIds"_s));
    const QStringList siteIds = splitList(p.value(u"siteIds"_s));
    const QStringList groupIds = splitList(p.value(u"groupIds"_s));
    for (const auto &[name, ids] : {std::pair {u"accountIds"_s, accountIds},
             std::pair {u"siteIds"_s, siteIds}, std::pair {u"groupIds"_s, groupIds}}) {
        if (auto e = checkIdList(name, ids))
            return *e;
    }
    if (auto e = d->checkScope(accountIds, siteIds, caller))
        return *e;
    int limit = DefaultLimit;
    int offset = 0;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
        return *e;
    if (auto e = parseOffsetCursor(p, u"groups"_s, &offset))
        return *e;
    if (auto e = addSkip(p, &offset))
        return *e;
    int isDefault = -1;
    if (auto e = parseBoolParam(p, u"isDefault"_s, &isDefault))
        return *e;
    const bool hasName = p.contains(u"name"_s);
    const QString name = p.value(u"name"_s).trimmed();
    const QString text = p.value(u"query"_s).trimmed();
    const QString type = p.value(u"type"_s);

    QList<int> matched;
    for (int i = 0; i < int(d->groups.size()); ++i) {
        const Group &g = d->groups[std::size_t(i)];
        const Site &s = d->sites[std::size_t(g.site)];
        if (caller.isScoped() && g.site != caller.siteIndex)
            continue;
        if (!accountIds.isEmpty() && !accountIds.contains(idString(d->accounts[std::size_t(s.account)].id)))
            continue;
        if (!siteIds.isEmpty() && !siteIds.contains(idString(s.id)))
            continue;
        if (!groupIds.isEmpty() && !groupIds.contains(idString(g.id)))
            continue;
        if (hasName && g.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!text.isEmpty() && !g.name.contains(text, Qt::CaseInsensitive))
            continue;
        if (!type.isEmpty() && type != u"static"_s)
            continue;
        if (isDefault >= 0 && (g.name == u"Default Group"_s) != (isDefault == 1))
            continue;
        matched << i;
    }
    QJsonArray items;
    const qsizetype end = std::min<qsizetype>(matched.size(), qsizetype(offset) + limit);
    for (qsizetype i = offset; i < end; ++i)
        items.append(d->groupJson(matched[i]));
    return pagedReply(
        items, matched.size(), end < matched.size() ? offsetCursor(u"groups"_s, end) : QString());
}

} // namespace s1sim
