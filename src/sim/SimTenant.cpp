// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTenantPrivate.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace s1sim {

// ------------------------------------------------------------------------------------------------
// Helpers

qint64 SimTenant::Private::now()
{
    qint64 n = nowUsecs();
    if (n <= lastNow)
        n = lastNow + 1;
    lastNow = n;
    return n;
}

QString SimTenant::Private::intern(const QString &s)
{
    if (s.isEmpty())
        return QString();
    const auto it = stringPool.constFind(s);
    if (it != stringPool.constEnd())
        return *it;
    if (stringPool.size() < 10000)
        stringPool.insert(s);
    return s;
}

void SimTenant::Private::threatsChanged()
{
    cache.clear();
    orderValid[SortUpdatedAt] = false;
}

const Threat *SimTenant::Private::findThreat(const QString &id, const SimCaller &caller) const
{
    const auto parsed = parseId(id);
    if (!parsed)
        return nullptr;
    const auto it = threatIndex.constFind(*parsed);
    if (it == threatIndex.constEnd())
        return nullptr;
    const Threat &t = threats[*it];
    return threatVisible(t, caller) ? &t : nullptr;
}

int SimTenant::Private::siteById(quint64 id) const
{
    for (std::size_t i = 0; i < sites.size(); ++i) {
        if (sites[i].id == id)
            return int(i);
    }
    return -1;
}

int SimTenant::Private::accountById(quint64 id) const
{
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        if (accounts[i].id == id)
            return int(i);
    }
    return -1;
}

std::optional<SimReply> SimTenant::Private::checkScope(
    const QStringList &accountIds, const QStringList &siteIds, const SimCaller &caller) const
{
    if (!caller.isScoped())
        return std::nullopt;
    const Site &own = sites[std::size_t(caller.siteIndex)];
    for (const QString &id : siteIds) {
        if (parseId(id) != own.id)
            return forbidden(
                u"This user is restricted to site \"%1\" and may not access site %2"_s.arg(own.name, id));
    }
    for (const QString &id : accountIds) {
        if (parseId(id) != accounts[std::size_t(own.account)].id)
            return forbidden(
                u"This user is restricted to site \"%1\" and may not access account %2"_s.arg(own.name, id));
    }
    return std::nullopt;
}

// ------------------------------------------------------------------------------------------------
// IOCs and firewall JSON

QString SimTenant::Private::scopeLabel(quint8 scope, quint64 scopeId) const
{
    if (scope == ScopeGlobal)
        return u"the tenant"_s;
    if (scope == ScopeAccount) {
        const int a = accountById(scopeId);
        return u"account \"%1\""_s.arg(a >= 0 ? accounts[std::size_t(a)].name : idString(scopeId));
    }
    if (scope == ScopeGroup) {
        for (const Group &g : groups)
            if (g.id == scopeId)
                return u"group \"%1\""_s.arg(g.name);
        return u"group %1"_s.arg(idString(scopeId));
    }
    const int s = siteById(scopeId);
    return u"site \"%1\""_s.arg(s >= 0 ? sites[std::size_t(s)].name : idString(scopeId));
}

namespace tenant {

std::optional<SimReply> idListOf(const QJsonObject &object, const QString &where, const QString &key,
    int minItems, int maxItems, QStringList *out)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return std::nullopt;
    const QJsonArray array = v.toArray();
    if (!v.isArray() || array.size() < minItems || array.size() > maxItems)
        return validationError(u"%1.%2: must be a list of %3 to %4 ids"_s.arg(
            where, key, QString::number(minItems), QString::number(maxItems)));
    for (const QJsonValue &id : array) {
        if (!id.isString() || !parseId(id.toString()))
            return validationError(
                u"%1.%2: %3 is not an id (a string of digits)"_s.arg(where, key, jsonText(id)));
        out->append(id.toString().trimmed());
    }
    return std::nullopt;
}

// Scope targets of a write request: {"siteIds":[...]} | {"accountIds":[...]} | {"groupIds":[...]} |
// {"tenant":true}.
std::optional<SimReply> writeTargets(const SimTenant &tenant, const QJsonValue &filterValue,
    const SimCaller &caller, QList<IocTarget> *targets, bool single)
{
    if (!filterValue.isObject())
        return validationError(
            u"filter: must be an object: {\"siteIds\":[...]}, {\"accountIds\":[...]} or {\"tenant\":true}"_s);
    const QJsonObject filter = filterValue.toObject();
    QStringList siteIds, accountIds;
    if (auto e = idListOf(filter, u"filter"_s, u"siteIds"_s, 1, MaxScopeIds, &siteIds))
        return e;
    if (auto e = idListOf(filter, u"filter"_s, u"accountIds"_s, 1, MaxScopeIds, &accountIds))
        return e;
    if (filter.contains(u"tenant"_s) && !filter.value(u"tenant"_s).isBool())
        return validationError(u"filter.tenant: must be true or false"_s);
    QStringList groupIds;
    if (auto e = idListOf(filter, u"filter"_s, u"groupIds"_s, 1, MaxScopeIds, &groupIds))
        return e;
    const bool tenantWide = filter.value(u"tenant"_s).toBool(false);
    if (siteIds.isEmpty() && accountIds.isEmpty() && groupIds.isEmpty() && !tenantWide)
        return validationError(
            u"filter: one of siteIds, accountIds, groupIds or tenant (true) is required"_s);
    if (single && (siteIds.size() + accountIds.size() + groupIds.size() + (tenantWide ? 1 : 0)) > 1)
        return validationError(
            u"filter: exactly one scope per request (one site id, one account id, one group id, or tenant)"_s);
    if (!groupIds.isEmpty()) {
        if (!siteIds.isEmpty() || !accountIds.isEmpty())
            return validationError(u"filter: groupIds cannot be combined with siteIds or accountIds"_s);
        for (const QString &id : groupIds) {
            const int site = tenant.groupSiteIndex(id);
            if (site < 0)
                return validationError(u"filter.groupIds: unknown group \"%1\""_s.arg(id));
            if (caller.isScoped() && site != caller.siteIndex)
                return forbidden(u"This user is restricted to site \"%1\" and may not access group %2"_s.arg(
                    tenant.siteName(caller.siteIndex), id));
            targets->append(IocTarget {ScopeGroup, *parseId(id)});
        }
        return std::nullopt;
    }
    if (caller.isScoped()) {
        if (tenantWide && siteIds.isEmpty() && accountIds.isEmpty())
            return forbidden(
                u"This user is restricted to site \"%1\" and may not write at tenant scope"_s.arg(
                    tenant.siteName(caller.siteIndex)));
        if (!accountIds.isEmpty())
            return forbidden(
                u"This user is restricted to site \"%1\" and may not write at account scope"_s.arg(
                    tenant.siteName(caller.siteIndex)));
        for (const QString &id : siteIds) {
            if (id != tenant.siteId(caller.siteIndex))
                return forbidden(u"This user is restricted to site \"%1\" and may not access site %2"_s.arg(
                    tenant.siteName(caller.siteIndex), id));
        }
    }
    if (!siteIds.isEmpty()) {
        for (const QString &id : siteIds) {
            int index = -1;
            for (int i = 0; i < tenant.siteCount(); ++i) {
                if (tenant.siteId(i) == id)
                    index = i;
            }
            if (index < 0)
                return validationError(u"filter.siteIds: unknown site \"%1\""_s.arg(id));
            targets->append(IocTarget {ScopeSite, *parseId(id)});
        }
    } else if (!accountIds.isEmpty()) {
        for (const QString &id : accountIds) {
            int index = -1;
            for (int i = 0; i < tenant.accountCount(); ++i) {
                if (tenant.accountId(i) == id)
                    index = i;
            }
            if (index < 0)
                return validationError(u"filter.accountIds: unknown account \"%1\""_s.arg(id));
            targets->append(IocTarget {ScopeAccount, *parseId(id)});
        }
    } else {
        targets->append(IocTarget {ScopeGlobal, 0});
    }
    return std::nullopt;
}

} // namespace tenant

// ================================================================================================
// Public API

SimTenant::SimTenant(int threats, quint64 seed, const QDateTime &baseTime, bool seedFlags)
{
    qint64 baseMs = 0;
    if (baseTime.isValid()) {
        baseMs = baseTime.toMSecsSinceEpoch();
    } else {
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        baseMs = nowMs - nowMs % (3600 * 1000);
    }
    d = std::make_unique<Private>(seed, baseMs * UsPerMs);
    d->seedFlags = seedFlags;
    d->generate(std::max(0, threats));
}

SimTenant::~SimTenant() = default;

QDateTime SimTenant::baseTime() const
{
    return QDateTime::fromMSecsSinceEpoch(d->baseUs / UsPerMs, Qt::UTC);
}

quint64 SimTenant::seed() const
{
    return d->seed;
}

int SimTenant::threatCount() const
{
    return int(d->threats.size());
}

int SimTenant::agentCount() const
{
    return int(d->agents.size());
}

int SimTenant::siteCount() const
{
    return int(d->sites.size());
}

int SimTenant::accountCount() const
{
    return int(d->accounts.size());
}

QString SimTenant::threatId(int index) const
{
    if (index < 0 || index >= threatCount())
        return QString();
    return idString(d->threats[std::size_t(index)].id);
}

int SimTenant::groupSiteIndex(const QString &groupId) const
{
    const auto id = parseId(groupId);
    for (const Group &g : d->groups)
        if (id && g.id == *id)
            return g.site;
    return -1;
}

QString SimTenant::firstGroupId(int siteIndex) const
{
    for (const Group &g : d->groups)
        if (g.site == siteIndex)
            return idString(g.id);
    return QString();
}

QString SimTenant::siteId(int index) const
{
    if (index < 0 || index >= siteCount())
        return QString();
    return idString(d->sites[std::size_t(index)].id);
}

QString SimTenant::siteName(int index) const
{
    if (index < 0 || index >= siteCount())
        return QString();
    return d->sites[std::size_t(index)].name;
}

QString SimTenant::siteAccountId(int index) const
{
    if (index < 0 || index >= siteCount())
        return QString();
    return idString(d->accounts[std::size_t(d->sites[std::size_t(index)].account)].id);
}

QString SimTenant::accountId(int index) const
{
    if (index < 0 || index >= accountCount())
        return QString();
    return idString(d->accounts[std::size_t(index)].id);
}

QString SimTenant::accountName(int index) const
{
    if (index < 0 || index >= accountCount())
        return QString();
    return d->accounts[std::size_t(index)].name;
}

int SimTenant::noteCount(const QString &threatId) const
{
    const Threat *t = d->findThreat(threatId, SimCaller());
    return t ? int(t->noteCount) : -1;
}

QByteArray SimTenant::threatJson(int index) const
{
    QByteArray out;
    if (index >= 0 && index < threatCount())
        d->writeThreat(out, d->threats[std::size_t(index)]);
    return out;
}

QString SimTenant::userName() const
{
    return QString::fromUtf16(Analysts[0].name);
}

int SimTenant::iocCount() const
{
    return int(d->iocs.size());
}

qint64 SimTenant::iocPostCount() const
{
    return d->iocPosts;
}

qint64 SimTenant::iocPostsAccepted() const
{
    return d->iocPostsOk;
}

qint64 SimTenant::iocItemsReceived() const
{
    return d->iocItems;
}

void SimTenant::resetIocCounters()
{
    d->iocPosts = 0;
    d->iocPostsOk = 0;
    d->iocItems = 0;
}

int SimTenant::firewallRuleCount() const
{
    return int(d->rules.size());
}

void SimTenant::setFirewallMaxEntries(int maxEntries)
{
    d->fwMaxEntries = std::max(1, maxEntries);
}

int SimTenant::firewallMaxEntries() const
{
    return d->fwMaxEntries;
}

SimReply SimTenant::errorReply(int status, int code, const QString &title, const QString &detail)
{
    const QJsonObject error {
        {u"code"_s, code},
        {u"detail"_s, detail.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(detail)},
        {u"title"_s, title},
    };
    return jsonReply(QJsonObject {{u"errors"_s, QJsonArray {error}}}, status);
}

} // namespace s1sim
