// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTenantPrivate.h"

#include "SimSyntax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace s1sim {

namespace {

QString quotedList(const QStringList &values, int max = 50)
{
    QStringList quoted;
    for (qsizetype i = 0; i < values.size() && i < max; ++i)
        quoted << u'"' + values[i] + u'"';
    QString out = quoted.join(u", "_s);
    if (values.size() > max)
        out += u" and %1 more"_s.arg(values.size() - max);
    return out;
}

constexpr const char *RuleActions[] = {"Allow", "Block"};
constexpr const char *RuleStatuses[] = {"Enabled", "Disabled"};
constexpr const char *RuleDirections[] = {"any", "inbound", "outbound"};
constexpr const char *RuleOsTypes[] = {"windows", "windows_legacy", "macos", "linux"};
constexpr const char *RuleHostTypes[] = {"any", "addresses", "cidr", "range", "fqdn"};
constexpr const char *RulePortTypes[] = {"any", "ports", "range"};
constexpr const char *RuleApplicationTypes[] = {"any", "path", "sha1", "system"};
constexpr const char *RuleLocationTypes[] = {"all", "specific", "fallback"};
constexpr qsizetype MaxRuleNameLength = 200;
constexpr const char *RuleServerKeys[] = {"id", "order", "scope", "scopeId", "ruleCategory", "createdAt",
    "updatedAt", "editable", "creator", "creatorId"};

void checkHostSpec(const QJsonValue &entry, const QString &where, QStringList *errors)
{
    if (!entry.isObject()) {
        *errors << where + u": must be an object with \"type\" and \"values\""_s;
        return;
    }
    const QJsonObject o = entry.toObject();
    const QString type = o.value(u"type"_s).toString();
    const int kind = indexOfName(RuleHostTypes, type);
    if (kind < 0) {
        *errors << u"%1.type: \"%2\" is not one of %3"_s.arg(
            where, jsonText(o.value(u"type"_s)), joinNames(RuleHostTypes));
        return;
    }
    if (kind == 0)
        return; // "any": values are ignored
    const QJsonValue values = o.value(u"values"_s);
    if (!values.isArray() || values.toArray().isEmpty()) {
        *errors << where + u".values: must be a non-empty list"_s;
        return;
    }
    QStringList bad;
    const QJsonArray array = values.toArray();
    for (const QJsonValue &v : array) {
        const QString s = v.toString();
        bool ok = v.isString();
        if (ok) {
            switch (kind) {
            case 1:
                ok = isIpAddress(s);
                break;
            case 2:
                ok = isCidr(s);
                break;
            case 3:
                ok = isIpRange(s);
                break;
            default:
                ok = isHostName(s, true);
                break;
            }
        }
        if (!ok)
            bad << jsonText(v);
    }
    if (!bad.isEmpty())
        *errors << u"%1.values: invalid %2 value(s): %3"_s.arg(where, type, quotedList(bad));
}

// {"type": any|ports|range, "values": [0..65535, ...]}
void checkPortSpec(const QJsonValue &entry, const QString &where, QStringList *errors)
{
    const QJsonObject o = entry.toObject();
    if (!entry.isObject() || indexOfName(RulePortTypes, o.value(u"type"_s).toString()) < 0) {
        *errors << u"%1.type: must be one of %2"_s.arg(where, joinNames(RulePortTypes));
        return;
    }
    const QJsonArray values = o.value(u"values"_s).toArray();
    for (const QJsonValue &v : values) {
        const double port = v.toDouble(-1);
        if (!v.isDouble() || port < 0 || port > 65535 || port != double(int(port)))
            *errors << u"%1.values: %2 is not a port number (0..65535)"_s.arg(where, jsonText(v));
    }
}

} // namespace

QJsonObject SimTenant::Private::ruleJson(const FirewallRule &rule) const
{
    QJsonObject o = rule.data;
    o.insert(u"createdAt"_s, SimTenant::formatTimestamp(rule.createdAt));
    o.insert(u"creator"_s, QString::fromUtf16(Analysts[0].name));
    o.insert(u"creatorId"_s, idString(Analysts[0].id));
    o.insert(u"editable"_s, true);
    o.insert(u"id"_s, idString(rule.id));
    o.insert(u"order"_s, rule.order);
    o.insert(u"ruleCategory"_s, u"firewall"_s);
    o.insert(u"scope"_s, QLatin1String(ScopeNames[rule.scope]));
    if (rule.scope != ScopeGlobal) // a tenant-wide rule has no scope id (the key is absent, not null)
        o.insert(u"scopeId"_s, idString(rule.scopeId));
    o.insert(u"updatedAt"_s, SimTenant::formatTimestamp(rule.updatedAt));
    return o;
}

// The rule fields of POST (partial: PUT) /firewall-control as the API declares them: POST requires
// name (at most 200 characters), action and status; PUT takes any of them. Every other field may be
// null (it is then unset: see storedRule).
QStringList SimTenant::Private::validateRule(const QJsonObject &rule, bool partial) const
{
    QStringList errors;
    // Present and not null; a missing required field (POST) is an error of its own.
    const auto given = [&](const char *key, bool required) {
        const QJsonValue v = rule.value(QLatin1String(key));
        if (v.isUndefined() && required && !partial)
            errors << u"data.%1: required"_s.arg(QLatin1String(key));
        if (v.isNull() && required && !partial)
            errors << u"data.%1: may not be null"_s.arg(QLatin1String(key));
        return !v.isUndefined() && !v.isNull();
    };
    const auto checkEnum = [&](const char *key, auto &names, bool required) {
        if (!given(key, required))
            return;
        const QJsonValue v = rule.value(QLatin1String(key));
        if (!v.isString() || indexOfName(names, v.toString()) < 0)
            errors << u"data.%1: \"%2\" is not one of %3"_s.arg(
                QLatin1String(key), jsonText(v), joinNames(names));
    };

    if (given("name", true)) {
        const QJsonValue v = rule.value(u"name"_s);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            errors << u"data.name: must be a non-empty string"_s;
        else if (v.toString().toUcs4().size() > MaxRuleNameLength)
            errors << u"data.name: at most %1 characters"_s.arg(MaxRuleNameLength);
    }
    checkEnum("action", RuleActions, true);
    checkEnum("status", RuleStatuses, true);
    checkEnum("direction", RuleDirections, false);
    checkEnum("osType", RuleOsTypes, false);
    if (given("osTypes", false)) {
        const QJsonValue v = rule.value(u"osTypes"_s);
        if (!v.isArray() || v.toArray().isEmpty()) {
            errors << u"data.osTypes: must be a non-empty list of %1"_s.arg(joinNames(RuleOsTypes));
        } else {
            const QJsonArray array = v.toArray();
            for (const QJsonValue &os : array) {
                if (!os.isString() || indexOfName(RuleOsTypes, os.toString()) < 0)
                    errors << u"data.osTypes: \"%1\" is not one of %2"_s.arg(
                        jsonText(os), joinNames(RuleOsTypes));
            }
        }
    }
    if (given("remoteHosts", false)) {
        const QJsonValue v = rule.value(u"remoteHosts"_s);
        if (!v.isArray()) {
            errors << u"data.remoteHosts: must be a list of {type, values} objects"_s;
        } else {
            const QJsonArray array = v.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                checkHostSpec(array[i], u"data.remoteHosts[%1]"_s.arg(i), &errors);
        }
    }
    for (const char *key : {"remoteHost", "localHost"}) {
        if (given(key, false))
            checkHostSpec(rule.value(QLatin1String(key)), u"data."_s + QLatin1String(key), &errors);
    }
    for (const char *key : {"localPort", "remotePort"}) {
        if (given(key, false))
            checkPortSpec(rule.value(QLatin1String(key)), u"data."_s + QLatin1String(key), &errors);
    }
    if (given("application", false)) {
        const QJsonObject o = rule.value(u"application"_s).toObject();
        if (!rule.value(u"application"_s).isObject()
            || indexOfName(RuleApplicationTypes, o.value(u"type"_s).toString()) < 0)
            errors << u"data.application.type: must be one of %1"_s.arg(joinNames(RuleApplicationTypes));
    }
    if (given("location", false)) {
        const QJsonObject o = rule.value(u"location"_s).toObject();
        if (!rule.value(u"location"_s).isObject()
            || indexOfName(RuleLocationTypes, o.value(u"type"_s).toString()) < 0)
            errors << u"data.location.type: required, one of %1"_s.arg(joinNames(RuleLocationTypes));
    }
    for (const char *key : {"description", "protocol", "tag"}) {
        if (given(key, false) && !rule.value(QLatin1String(key)).isString())
            errors << u"data.%1: must be a string"_s.arg(QLatin1String(key));
    }
    return errors;
}

// What the console keeps of a rule's fields: server-side ones dropped, null ones unset (the API
// answers with non-nullable types for most of them: an unset field is an absent key, never null).
// For an update, a null name, action or status leaves the rule's own.
QJsonObject SimTenant::Private::storedRule(QJsonObject data, QJsonObject base) const
{
    for (const char *key : RuleServerKeys)
        data.remove(QString::fromLatin1(key));
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else
            base.insert(it.key(), it.value());
    }
    if (base.contains(u"name"_s))
        base.insert(u"name"_s, base.value(u"name"_s).toString().trimmed());
    return base;
}

bool SimTenant::Private::ruleVisible(const FirewallRule &rule, const SimCaller &caller) const
{
    if (!caller.isScoped())
        return true;
    const quint64 ownSite = sites[std::size_t(caller.siteIndex)].id;
    if (rule.scope == ScopeSite)
        return rule.scopeId == ownSite;
    if (rule.scope == ScopeGroup) {
        for (const Group &g : groups) {
            if (g.id == rule.scopeId)
                return g.site == caller.siteIndex;
        }
    }
    return false;
}

// Every value counts, whatever its type (the ThreatQuotient connector's guide gives 5,000 addresses
// per rule; no public source confirms the figure, hence --fw-max-entries).
std::optional<SimReply> SimTenant::Private::checkRuleSize(const QJsonObject &rule) const
{
    qsizetype count = 0;
    const QJsonArray hosts = rule.value(u"remoteHosts"_s).toArray();
    for (const QJsonValue &host : hosts)
        count += host.toObject().value(u"values"_s).toArray().size();
    count += rule.value(u"remoteHost"_s).toObject().value(u"values"_s).toArray().size();
    if (count <= fwMaxEntries)
        return std::nullopt;
    return validationError(
        u"data.remoteHosts: a firewall rule holds at most %1 remote host values (addresses, CIDR blocks "
        "and ranges together); this one has %2"_s.arg(QString::number(fwMaxEntries), QString::number(count)));
}

// --- firewall control

SimReply SimTenant::listFirewallRules(const QUrlQuery &query, const SimCaller &caller)
{
    const Params p = paramsOf(query);
    static constexpr const char *filters[] = {"name", "name__contains", "siteIds", "accountIds", "groupIds",
        "tenant", "statuses", "osTypes", "directions", "actions", "ids"};
    bool any = false;
    for (const char *key : filters)
        any = any || p.contains(QString::fromLatin1(key));
    if (!any)
        return validationError(u"At least one filter is required: %1"_s.arg(joinNames(filters)));
    const QStringList accountIds = splitList(p.value(u"accountIds"_s));
    const QStringList siteIds = splitList(p.value(u"siteIds"_s));
    const QStringList groupIds = splitList(p.value(u"groupIds"_s));
    const QStringList ids = splitList(p.value(u"ids"_s));
    if (auto e = checkIdList(u"accountIds"_s, accountIds))
        return *e;
    if (auto e = checkIdList(u"siteIds"_s, siteIds))
        return *e;
    if (auto e = checkIdList(u"groupIds"_s, groupIds))
        return *e;
    if (auto e = checkIdList(u"ids"_s, ids))
        return *e;
    if (auto e = d->checkScope(accountIds, siteIds, caller))
        return *e;
    // A site's user may name the groups of its site only (as for writes).
    for (const QString &id : groupIds) {
        const int site = groupSiteIndex(id);
        if (caller.isScoped() && site >= 0 && site != caller.siteIndex)
            return forbidden(u"This user is restricted to site \"%1\" and may not access group %2"_s.arg(
                siteName(caller.siteIndex), id));
    }
    int limit = DefaultLimit;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
        return *e;
    int skip = 0;
    if (auto e = parseIntParam(p, u"skip"_s, 0, MaxSkip, 0, &skip))
        return *e;
    int tenantFlag = -1;
    if (auto e = parseBoolParam(p, u"tenant"_s, &tenantFlag))
        return *e;
    quint64 after = 0;
    const QString cursor = p.value(u"cursor"_s);
    if (!cursor.isEmpty()) {
        const auto o = decodeCursor(cursor, u"firewall"_s);
        const auto id = o ? parseId(o->value(u"after"_s).toString()) : std::nullopt;
        if (!id)
            return badCursor(cursor);
        after = *id;
    }
    const bool hasName = p.contains(u"name"_s);
    const QString name = p.value(u"name"_s).trimmed();
    const QStringList nameContains = splitList(p.value(u"name__contains"_s));
    const QStringList statuses = splitList(p.value(u"statuses"_s));
    const QStringList osTypes = splitList(p.value(u"osTypes"_s));
    const QStringList directions = splitList(p.value(u"directions"_s));
    const QStringList actions = splitList(p.value(u"actions"_s));
    // Scope filters select the rules of those scopes (a union), each rule by its own scope: a site's
    // filter does not bring its groups' rules.
    const bool scopeFilter
        = !accountIds.isEmpty() || !siteIds.isEmpty() || !groupIds.isEmpty() || tenantFlag == 1;

    QJsonArray items;
    qsizetype total = 0;
    quint64 lastId = 0;
    bool more = false;
    for (const FirewallRule &rule : d->rules) {
        if (!d->ruleVisible(rule, caller))
            continue;
        if (scopeFilter
            && !((rule.scope == ScopeAccount && accountIds.contains(idString(rule.scopeId)))
                || (rule.scope == ScopeSite && siteIds.contains(idString(rule.scopeId)))
                || (rule.scope == ScopeGroup && groupIds.contains(idString(rule.scopeId)))
                || (rule.scope == ScopeGlobal && tenantFlag == 1)))
            continue;
        const QString ruleName = rule.data.value(u"name"_s).toString();
        if (hasName && ruleName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!nameContains.isEmpty() && !containsAny(ruleName, nameContains))
            continue;
        if (!statuses.isEmpty()
            && !statuses.contains(rule.data.value(u"status"_s).toString(), Qt::CaseInsensitive))
            continue;
        if (!directions.isEmpty()
            && !directions.contains(rule.data.value(u"direction"_s).toString(), Qt::CaseInsensitive))
            continue;
        if (!actions.isEmpty()
            && !actions.contains(rule.data.value(u"action"_s).toString(), Qt::CaseInsensitive))
            continue;
        if (!ids.isEmpty() && !ids.contains(idString(rule.id)))
            continue;
        if (!osTypes.isEmpty()) {
            bool hit = false;
            const QJsonArray ruleOs = rule.data.value(u"osTypes"_s).toArray();
            for (const QJsonValue &os : ruleOs)
                hit = hit || osTypes.contains(os.toString(), Qt::CaseInsensitive);
            if (!hit)
                continue;
        }
        ++total;
        if (rule.id <= after)
            continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        if (items.size() < limit) {
            items.append(d->ruleJson(rule));
            lastId = rule.id;
        } else {
            more = true;
        }
    }
    const QString next = more
        ? encodeCursor(QJsonObject {{u"kind"_s, u"firewall"_s}, {u"after"_s, idString(lastId)}})
        : QString();
    return pagedReply(items, total, next);
}

SimReply SimTenant::addFirewallRule(const QByteArray &body, const SimCaller &caller)
{
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    if (!root.value(u"data"_s).isObject())
        return validationError(u"data: must be a firewall rule object"_s);
    QList<IocTarget> targets;
    if (auto e = writeTargets(*this, root.value(u"filter"_s), caller, &targets, true))
        return *e;
    const QJsonObject given = root.value(u"data"_s).toObject();
    const QStringList errors = d->validateRule(given, false);
    if (!errors.isEmpty())
        return errorsReply(errors);
    if (auto e = d->checkRuleSize(given))
        return *e;
    QJsonObject data = d->storedRule(given, {});
    const QString name = data.value(u"name"_s).toString();
    if (!data.contains(u"direction"_s))
        data.insert(u"direction"_s, u"any"_s);
    if (!data.contains(u"osTypes"_s))
        data.insert(u"osTypes"_s, QJsonArray {u"windows"_s, u"windows_legacy"_s, u"macos"_s, u"linux"_s});

    const IocTarget target = targets.first();
    int order = 0;
    for (const FirewallRule &rule : d->rules) {
        if (rule.scope != target.scope || rule.scopeId != target.id)
            continue;
        if (rule.data.value(u"name"_s).toString() == name)
            return alreadyExists(u"A firewall rule named \"%1\" already exists in %2"_s.arg(
                name, d->scopeLabel(target.scope, target.id)));
        order = std::max(order, rule.order);
    }
    FirewallRule rule;
    rule.createdAt = d->now();
    rule.updatedAt = rule.createdAt;
    rule.id = d->makeId(d->idRng, rule.createdAt);
    rule.scope = target.scope;
    rule.scopeId = target.id;
    rule.order = order + 1;
    rule.data = data;
    d->rules.push_back(rule);
    std::sort(d->rules.begin(), d->rules.end(),
        [](const FirewallRule &a, const FirewallRule &b) { return a.id < b.id; });
    return dataReply(d->ruleJson(rule));
}

SimReply SimTenant::updateFirewallRule(const QString &ruleId, const QByteArray &body, const SimCaller &caller)
{
    const auto id = parseId(ruleId);
    FirewallRule *rule = nullptr;
    for (FirewallRule &r : d->rules) {
        if (id && r.id == *id && d->ruleVisible(r, caller))
            rule = &r;
    }
    if (!rule)
        return notFound(u"Firewall rule %1 was not found"_s.arg(ruleId));
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    if (!root.value(u"data"_s).isObject())
        return validationError(u"data: must be a firewall rule object"_s);
    QJsonObject data = root.value(u"data"_s).toObject();
    const QStringList errors = d->validateRule(data, true);
    if (!errors.isEmpty())
        return errorsReply(errors);
    for (const char *key : {"name", "action", "status"}) {
        if (data.value(QLatin1String(key)).isNull())
            data.remove(QLatin1String(key)); // null: unchanged
    }
    if (data.contains(u"name"_s)) {
        const QString name = data.value(u"name"_s).toString().trimmed();
        for (const FirewallRule &other : d->rules) {
            if (other.id != rule->id && other.scope == rule->scope && other.scopeId == rule->scopeId
                && other.data.value(u"name"_s).toString() == name)
                return alreadyExists(u"A firewall rule named \"%1\" already exists in %2"_s.arg(
                    name, d->scopeLabel(rule->scope, rule->scopeId)));
        }
    }
    const QJsonObject updated = d->storedRule(data, rule->data);
    if (auto e = d->checkRuleSize(updated))
        return *e;
    rule->data = updated;
    rule->updatedAt = d->now();
    return dataReply(d->ruleJson(*rule));
}

SimReply SimTenant::deleteFirewallRules(const QByteArray &body, const SimCaller &caller)
{
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    // The console deletes the rules a filter matches; the simulator takes filter.ids only (and
    // requires it: an empty filter would delete every rule in scope).
    const QJsonObject filter = root.value(u"filter"_s).toObject();
    for (const QString &key : filter.keys()) {
        if (key != u"ids"_s)
            return validationError(
                u"filter.%1: not implemented by the simulator (s1bridge-sim), which takes filter.ids"_s.arg(
                    key));
    }
    QStringList ids;
    if (auto e = idListOf(filter, u"filter"_s, u"ids"_s, 1, 5000, &ids))
        return *e;
    if (ids.isEmpty())
        return validationError(u"filter.ids: must be a non-empty list of firewall rule ids"_s);
    const auto first = std::remove_if(d->rules.begin(), d->rules.end(),
        [&](const FirewallRule &r) { return d->ruleVisible(r, caller) && ids.contains(idString(r.id)); });
    const int affected = int(d->rules.end() - first);
    d->rules.erase(first, d->rules.end());
    return dataReply(QJsonObject {{u"affected"_s, affected}});
}

} // namespace s1sim
