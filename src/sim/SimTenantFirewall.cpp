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
    o.insert(u"scopeId"_s,
        rule.scope == ScopeGlobal ? QJsonValue(QJsonValue::Null) : QJsonValue(idString(rule.scopeId)));
    o.insert(u"updatedAt"_s, SimTenant::formatTimestamp(rule.updatedAt));
    return o;
}

QStringList SimTenant::Private::validateRule(const QJsonObject &rule, bool partial) const
{
    QStringList errors;
    const auto wanted = [&](const QString &key) { return !partial || rule.contains(key); };

    if (wanted(u"name"_s)) {
        const QJsonValue v = rule.value(u"name"_s);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            errors << u"data.name: must be a non-empty string"_s;
    }
    if (wanted(u"action"_s)) {
        const QJsonValue v = rule.value(u"action"_s);
        if (indexOfName(RuleActions, v.toString()) < 0 || !v.isString())
            errors << u"data.action: \"%1\" is not one of %2"_s.arg(jsonText(v), joinNames(RuleActions));
    }
    const auto checkEnum = [&](const QString &key, auto &names) {
        if (!rule.contains(key))
            return;
        const QJsonValue v = rule.value(key);
        if (!v.isString() || indexOfName(names, v.toString()) < 0)
            errors << u"data.%1: \"%2\" is not one of %3"_s.arg(key, jsonText(v), joinNames(names));
    };
    checkEnum(u"status"_s, RuleStatuses);
    checkEnum(u"direction"_s, RuleDirections);
    if (rule.contains(u"osTypes"_s)) {
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
    if (rule.contains(u"remoteHosts"_s)) {
        const QJsonValue v = rule.value(u"remoteHosts"_s);
        if (!v.isArray()) {
            errors << u"data.remoteHosts: must be a list of {type, values} objects"_s;
        } else {
            const QJsonArray array = v.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                checkHostSpec(array[i], u"data.remoteHosts[%1]"_s.arg(i), &errors);
        }
    }
    if (rule.contains(u"remoteHost"_s) && !rule.value(u"remoteHost"_s).isNull())
        checkHostSpec(rule.value(u"remoteHost"_s), u"data.remoteHost"_s, &errors);
    static constexpr const char *objectKeys[]
        = {"localHost", "localPort", "remotePort", "application", "location"};
    for (const char *name : objectKeys) {
        const QString key = QString::fromLatin1(name);
        if (rule.contains(key) && !rule.value(key).isObject() && !rule.value(key).isNull())
            errors << u"data.%1: must be an object"_s.arg(key);
    }
    static constexpr const char *stringKeys[] = {"description", "protocol"};
    for (const char *name : stringKeys) {
        const QString key = QString::fromLatin1(name);
        if (rule.contains(key) && !rule.value(key).isString() && !rule.value(key).isNull())
            errors << u"data.%1: must be a string"_s.arg(key);
    }
    return errors;
}

// --- firewall control

SimReply SimTenant::listFirewallRules(const QUrlQuery &query, const SimCaller &caller)
{
    const Params p = paramsOf(query);
    static constexpr const char *filters[] = {"name", "name__contains", "siteIds", "accountIds", "tenant",
        "statuses", "osTypes", "directions", "actions", "ids"};
    bool any = false;
    for (const char *key : filters)
        any = any || p.contains(QString::fromLatin1(key));
    if (!any)
        return validationError(u"At least one filter is required: %1"_s.arg(joinNames(filters)));
    const QStringList accountIds = splitList(p.value(u"accountIds"_s));
    const QStringList siteIds = splitList(p.value(u"siteIds"_s));
    const QStringList ids = splitList(p.value(u"ids"_s));
    if (auto e = checkIdList(u"accountIds"_s, accountIds))
        return *e;
    if (auto e = checkIdList(u"siteIds"_s, siteIds))
        return *e;
    if (auto e = checkIdList(u"ids"_s, ids))
        return *e;
    if (auto e = d->checkScope(accountIds, siteIds, caller))
        return *e;
    int limit = DefaultLimit;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
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
    const QString nameContains = p.value(u"name__contains"_s).trimmed();
    const QStringList statuses = splitList(p.value(u"statuses"_s));
    const QStringList osTypes = splitList(p.value(u"osTypes"_s));
    const QStringList directions = splitList(p.value(u"directions"_s));
    const QStringList actions = splitList(p.value(u"actions"_s));
    const bool scopeFilter = !accountIds.isEmpty() || !siteIds.isEmpty() || tenantFlag == 1;
    const quint64 ownSite = caller.isScoped() ? d->sites[std::size_t(caller.siteIndex)].id : 0;

    QJsonArray items;
    qsizetype total = 0;
    quint64 lastId = 0;
    bool more = false;
    for (const FirewallRule &rule : d->rules) {
        if (caller.isScoped() && !(rule.scope == ScopeSite && rule.scopeId == ownSite))
            continue;
        if (scopeFilter
            && !((rule.scope == ScopeAccount && accountIds.contains(idString(rule.scopeId)))
                || (rule.scope == ScopeSite && siteIds.contains(idString(rule.scopeId)))
                || (rule.scope == ScopeGlobal && tenantFlag == 1)))
            continue;
        const QString ruleName = rule.data.value(u"name"_s).toString();
        if (hasName && ruleName.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!nameContains.isEmpty() && !ruleName.contains(nameContains, Qt::CaseInsensitive))
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
    QJsonObject data = root.value(u"data"_s).toObject();
    const QStringList errors = d->validateRule(data, false);
    if (!errors.isEmpty())
        return errorsReply(errors);
    for (const char *key : RuleServerKeys)
        data.remove(QString::fromLatin1(key));
    const QString name = data.value(u"name"_s).toString().trimmed();
    data.insert(u"name"_s, name);
    if (!data.contains(u"status"_s))
        data.insert(u"status"_s, u"Enabled"_s);
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
    const quint64 ownSite = caller.isScoped() ? d->sites[std::size_t(caller.siteIndex)].id : 0;
    FirewallRule *rule = nullptr;
    for (FirewallRule &r : d->rules) {
        if (id && r.id == *id && (!caller.isScoped() || (r.scope == ScopeSite && r.scopeId == ownSite)))
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
    for (const char *key : RuleServerKeys)
        data.remove(QString::fromLatin1(key));
    if (data.contains(u"name"_s)) {
        const QString name = data.value(u"name"_s).toString().trimmed();
        data.insert(u"name"_s, name);
        for (const FirewallRule &other : d->rules) {
            if (other.id != rule->id && other.scope == rule->scope && other.scopeId == rule->scopeId
                && other.data.value(u"name"_s).toString() == name)
                return alreadyExists(u"A firewall rule named \"%1\" already exists in %2"_s.arg(
                    name, d->scopeLabel(rule->scope, rule->scopeId)));
        }
    }
    for (auto it = data.begin(); it != data.end(); ++it)
        rule->data.insert(it.key(), it.value());
    rule->updatedAt = d->now();
    return dataReply(d->ruleJson(*rule));
}

SimReply SimTenant::deleteFirewallRules(const QByteArray &body, const SimCaller &caller)
{
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    const QJsonValue idsValue = root.value(u"filter"_s).toObject().value(u"ids"_s);
    if (!idsValue.isArray() || idsValue.toArray().isEmpty())
        return validationError(u"filter.ids: must be a non-empty list of firewall rule ids"_s);
    const QStringList ids = jsonIdList(idsValue);
    const quint64 ownSite = caller.isScoped() ? d->sites[std::size_t(caller.siteIndex)].id : 0;
    const auto first = std::remove_if(d->rules.begin(), d->rules.end(), [&](const FirewallRule &r) {
        if (caller.isScoped() && !(r.scope == ScopeSite && r.scopeId == ownSite))
            return false;
        return ids.contains(idString(r.id));
    });
    const int affected = int(d->rules.end() - first);
    d->rules.erase(first, d->rules.end());
    return dataReply(QJsonObject {{u"affected"_s, affected}});
}

} // namespace s1sim
