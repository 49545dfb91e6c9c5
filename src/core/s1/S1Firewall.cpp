// SPDX-License-Identifier: GPL-3.0-or-later
// Firewall control: the records of S1Firewall.h and S1Client's listFirewallRules, addFirewallRule,
// updateFirewallRule and deleteFirewallRules (kept here so S1Client.cpp stays about threats, notes,
// sites and accounts).
#include "S1Firewall.h"

#include "S1Client.h"
#include "S1Dialect.h"
#include "Threat.h"
#include "net/ApiCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace s1 {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString encodePathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

const QStringList &actionNames()
{
    static const QStringList names {QStringLiteral("Allow"), QStringLiteral("Block")};
    return names;
}

const QStringList &statusNames()
{
    static const QStringList names {QStringLiteral("Enabled"), QStringLiteral("Disabled")};
    return names;
}

const QStringList &directionNames()
{
    static const QStringList names {
        QStringLiteral("any"), QStringLiteral("inbound"), QStringLiteral("outbound")};
    return names;
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

// The value as the comparison sees it: OS types empty = all four, sorted; host values as a set.
QSet<QString> osTypeSet(const QStringList &osTypes)
{
    const QStringList &all = osTypes.isEmpty() ? firewall_api::osTypeNames() : osTypes;
    QSet<QString> set;
    for (const QString &os : all)
        set.insert(os.toLower());
    return set;
}

QSet<QString> valueSet(const QStringList &values)
{
    return QSet<QString>(values.cbegin(), values.cend());
}

QString normalizedProtocol(const QString &protocol)
{
    const QString p = protocol.trimmed().toLower();
    return p == QLatin1String("any") ? QString() : p;
}

QString normalizedDirection(const QString &direction)
{
    return direction.isEmpty() ? QStringLiteral("any") : direction.toLower();
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// A rule's own path (PUT /firewall-control/{id}), not the collection (GET, POST, DELETE).
bool isRulePath(const QString &endpoint)
{
    const qsizetype at = endpoint.indexOf(QLatin1String("/firewall-control/"));
    return at >= 0 && at + 18 < endpoint.size();
}

// "site 1234" from a request's {"filter":{"siteIds":["1234"]}}; empty when it names none.
QString scopeTextOf(const QJsonObject &filter)
{
    for (const IocScope::Kind kind : {IocScope::Kind::Site, IocScope::Kind::Account, IocScope::Kind::Group}) {
        IocScope scope {kind, {}};
        const QJsonArray ids = filter.value(scope.filterKey()).toArray();
        if (!ids.isEmpty()) {
            scope.id = ids.first().toString();
            return scope.text();
        }
    }
    return {};
}

} // namespace

// --- FirewallRule -----------------------------------------------------------------------------------

QJsonObject FirewallRule::toJson() const
{
    QJsonObject o {{QStringLiteral("name"), name}, {QStringLiteral("action"), action},
        {QStringLiteral("status"), status}, {QStringLiteral("direction"), normalizedDirection(direction)},
        {QStringLiteral("osTypes"),
            QJsonArray::fromStringList(osTypes.isEmpty() ? firewall_api::osTypeNames() : osTypes)}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (!protocol.isEmpty())
        o.insert(QStringLiteral("protocol"), protocol);
    QJsonArray hosts;
    const auto addHosts = [&hosts](const char *type, const QStringList &values) {
        if (!values.isEmpty())
            hosts.append(QJsonObject {{QStringLiteral("type"), QLatin1String(type)},
                {QStringLiteral("values"), QJsonArray::fromStringList(values)}});
    };
    addHosts("addresses", addresses);
    addHosts("cidr", cidrs);
    addHosts("range", ranges);
    if (!hosts.isEmpty())
        o.insert(QStringLiteral("remoteHosts"), hosts);
    return o;
}

FirewallRule FirewallRule::fromJson(const QJsonObject &o)
{
    const auto text = [&o](const char *key) { return textOf(o.value(QLatin1String(key))); };
    FirewallRule rule;
    rule.id = text("id");
    rule.name = text("name");
    rule.description = text("description");
    rule.action = text("action");
    rule.direction = text("direction");
    rule.status = text("status");
    rule.protocol = text("protocol");
    if (o.value(QLatin1String("osTypes")).isArray())
        rule.osTypes = stringsOf(o.value(QLatin1String("osTypes")));
    else if (!text("osType").isEmpty())
        rule.osTypes = {text("osType")};
    QJsonArray hosts = o.value(QLatin1String("remoteHosts")).toArray();
    if (!o.value(QLatin1String("remoteHosts")).isArray() && o.value(QLatin1String("remoteHost")).isObject())
        hosts = {o.value(QLatin1String("remoteHost"))};
    for (const QJsonValue &h : std::as_const(hosts)) {
        const QJsonObject host = h.toObject();
        const QString type = host.value(QLatin1String("type")).toString();
        const QStringList values = stringsOf(host.value(QLatin1String("values")));
        if (type == QLatin1String("addresses"))
            rule.addresses += values;
        else if (type == QLatin1String("cidr"))
            rule.cidrs += values;
        else if (type == QLatin1String("range"))
            rule.ranges += values;
    }
    rule.scope = text("scope");
    rule.scopeId = text("scopeId");
    rule.order = o.value(QLatin1String("order")).toInt();
    rule.createdAt = threatintel::parseIocTime(text("createdAt"));
    rule.updatedAt = threatintel::parseIocTime(text("updatedAt"));
    rule.editable = o.value(QLatin1String("editable")).toBool(true);
    return rule;
}

int FirewallRule::entryCount() const
{
    return int(addresses.size() + cidrs.size() + ranges.size());
}

QStringList FirewallRule::differences(const FirewallRule &other) const
{
    QStringList out;
    if (name != other.name)
        out << QStringLiteral("name");
    if (description != other.description)
        out << QStringLiteral("description");
    if (!sameText(action, other.action))
        out << QStringLiteral("action");
    if (normalizedDirection(direction) != normalizedDirection(other.direction))
        out << QStringLiteral("direction");
    if (osTypeSet(osTypes) != osTypeSet(other.osTypes))
        out << QStringLiteral("osTypes");
    if (!sameText(status, other.status))
        out << QStringLiteral("status");
    if (normalizedProtocol(protocol) != normalizedProtocol(other.protocol))
        out << QStringLiteral("protocol");
    if (valueSet(addresses) != valueSet(other.addresses) || valueSet(cidrs) != valueSet(other.cidrs)
        || valueSet(ranges) != valueSet(other.ranges))
        out << QStringLiteral("remoteHosts");
    return out;
}

QString FirewallRule::problem() const
{
    const QString which = name.trimmed().isEmpty() ? tr("The firewall rule")
                                                   : tr("The firewall rule \"%1\"").arg(name.left(80));
    if (name.trimmed().isEmpty())
        return tr("A firewall rule needs a name.");
    if (name.toUcs4().size() > MaxNameLength)
        return tr("%1: the name has %L2 characters; the console takes at most %L3.")
            .arg(which)
            .arg(name.toUcs4().size())
            .arg(MaxNameLength);
    if (!actionNames().contains(action))
        return tr("%1: the action must be Allow or Block, not \"%2\".").arg(which, action.left(40));
    if (!statusNames().contains(status))
        return tr("%1: the status must be Enabled or Disabled, not \"%2\".").arg(which, status.left(40));
    if (!direction.isEmpty() && !directionNames().contains(direction))
        return tr("%1: the direction must be any, inbound or outbound, not \"%2\".")
            .arg(which, direction.left(40));
    for (const QString &os : osTypes) {
        if (!firewall_api::osTypeNames().contains(os))
            return tr("%1: the OS type \"%2\" is not one the console takes (%3).")
                .arg(which, os.left(40), firewall_api::osTypeNames().join(QLatin1String(", ")));
    }
    const std::pair<const QStringList *, QString> lists[]
        = {{&addresses, tr("addresses")}, {&cidrs, tr("CIDR blocks")}, {&ranges, tr("ranges")}};
    for (const auto &[values, what] : lists) {
        if (values->size() > MaxHostValues)
            return tr("%1 holds %L2 %3; the console takes at most %L4 of one kind in a rule. Split the "
                      "entries over several rules.")
                .arg(which)
                .arg(values->size())
                .arg(what)
                .arg(MaxHostValues);
        if (std::any_of(
                values->cbegin(), values->cend(), [](const QString &v) { return v.trimmed().isEmpty(); }))
            return tr("%1: one of its %2 is empty.").arg(which, what);
    }
    return {};
}

// --- FirewallRuleFilter -------------------------------------------------------------------------------

QString FirewallRuleFilter::problem() const
{
    if (isEmpty())
        return tr("Firewall rules are listed by a scope, a name, part of a name or rule ids: the console "
                  "refuses a request without any of them.");
    if (scope && scope->id.trimmed().isEmpty())
        return tr("Choose the account, site or group whose firewall rules to list.");
    if (scope) {
        if (const QString p = scope->problem(); !p.isEmpty())
            return p;
    }
    if (!nameContains.isEmpty() && nameContains.trimmed().toUcs4().size() < 2)
        return tr("Part of a firewall rule's name to search for must have at least 2 characters, not \"%1\".")
            .arg(nameContains);
    if (ids.size() > 5000)
        return tr("Firewall rules can be listed by at most %L1 ids in one request, not %L2.")
            .arg(5000)
            .arg(ids.size());
    if (std::any_of(ids.cbegin(), ids.cend(), [](const QString &id) { return id.trimmed().isEmpty(); }))
        return tr("A firewall rule id to list is empty.");
    return {};
}

// --- firewall_api ---------------------------------------------------------------------------------------

namespace firewall_api {

const QStringList &osTypeNames()
{
    static const QStringList names {QStringLiteral("windows"), QStringLiteral("windows_legacy"),
        QStringLiteral("macos"), QStringLiteral("linux")};
    return names;
}

QList<FirewallRule> rulesFromData(const QJsonValue &data)
{
    QList<FirewallRule> rules;
    if (data.isObject()) {
        rules.append(FirewallRule::fromJson(data.toObject()));
        return rules;
    }
    const QJsonArray array = data.toArray();
    rules.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (v.isObject())
            rules.append(FirewallRule::fromJson(v.toObject()));
    }
    return rules;
}

bool isAlreadyExists(const net::ApiError &error)
{
    return error.kind == net::ApiError::Kind::BadRequest && isFirewallPath(error.endpoint)
        && error.detail.contains(QLatin1String("already exist"), Qt::CaseInsensitive);
}

bool isRuleNotFound(const net::ApiError &error)
{
    return error.kind == net::ApiError::Kind::NotAvailable && isRulePath(error.endpoint)
        && error.detail.contains(QLatin1String("rule"), Qt::CaseInsensitive)
        && error.detail.contains(QLatin1String("not found"), Qt::CaseInsensitive);
}

bool isUnavailable(const net::ApiError &error)
{
    if (!isFirewallPath(error.endpoint))
        return false;
    if (error.kind == net::ApiError::Kind::Forbidden)
        return true;
    return error.kind == net::ApiError::Kind::NotAvailable && !isRuleNotFound(error);
}

QString errorMessage(const net::ApiCall &call)
{
    const net::ApiError &error = call.error();
    if (!error.isError())
        return {};
    const QJsonObject body = QJsonDocument::fromJson(call.request().body).object();
    const QString name = body.value(QLatin1String("data")).toObject().value(QLatin1String("name")).toString();
    if (isAlreadyExists(error) && !name.isEmpty()) {
        QString where = scopeTextOf(body.value(QLatin1String("filter")).toObject());
        if (where.isEmpty())
            where = FirewallRule::tr("the rule's scope");
        return FirewallRule::tr("The console already has a firewall rule named \"%1\" in %2, and names are "
                                "unique within a scope. Adopt that rule, delete or rename it on the console, "
                                "or choose another name. (Details: %3)")
            .arg(name.left(200), where, error.detail);
    }
    return error.userMessage();
}

} // namespace firewall_api

// --- S1Client's calls ----------------------------------------------------------------------------------

net::ApiCall *S1Client::listFirewallRules(
    const FirewallRuleFilter &filter, const QString &cursor, int limit, QObject *parent)
{
    net::ApiRequest r;
    r.path = apiPath(QStringLiteral("firewall-control"));
    if (const QString problem = filter.problem(); !problem.isEmpty())
        return refuse(std::move(r), problem, parent);
    if (filter.scope)
        r.query.addQueryItem(filter.scope->filterKey(), filter.scope->id);
    if (!filter.name.isEmpty())
        r.query.addQueryItem(
            QStringLiteral("name"), QString(filter.name).replace(u'+', QLatin1String("%2B")));
    if (!filter.nameContains.isEmpty()) {
        // A list of parts in the API (comma-separated, any matches): the longest part of a text with
        // commas finds every rule the whole text would (FirewallRuleListJob keeps those).
        QString part;
        const QStringList parts = filter.nameContains.split(u',');
        for (const QString &p : parts) {
            if (p.size() > part.size())
                part = p;
        }
        r.query.addQueryItem(QStringLiteral("name__contains"), part.replace(u'+', QLatin1String("%2B")));
    }
    if (!filter.ids.isEmpty())
        r.query.addQueryItem(QStringLiteral("ids"), filter.ids.join(u','));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, MaxPageSize)));
    if (!cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), cursor);
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::addFirewallRule(const IocScope &scope, const FirewallRule &rule, QObject *parent)
{
    net::ApiRequest r;
    r.method = "POST";
    r.path = apiPath(QStringLiteral("firewall-control"));
    r.idempotent = false; // creates a rule: never sent again when the answer may have been lost
    r.body = compact(
        QJsonObject {{QStringLiteral("data"), rule.toJson()}, {QStringLiteral("filter"), scope.filter()}});
    QString problem = scope.id.trimmed().isEmpty()
        ? tr("Choose where the firewall rule goes: one account, site or group.")
        : scope.problem();
    if (problem.isEmpty())
        problem = rule.problem();
    if (!problem.isEmpty())
        return refuse(std::move(r), problem, parent);
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::updateFirewallRule(const QString &ruleId, const FirewallRule &rule, QObject *parent)
{
    net::ApiRequest r;
    r.method = "PUT";
    r.path = apiPath(QLatin1String("firewall-control/") + encodePathSegment(ruleId));
    // Every field of the rule, so the console's copy ends equal to it: a field left out would stay
    // as it was, so a cleared one is sent as null (remoteHosts as an empty list).
    QJsonObject data = rule.toJson();
    for (const char *key : {"description", "protocol"}) {
        if (!data.contains(QLatin1String(key)))
            data.insert(QLatin1String(key), QJsonValue::Null);
    }
    if (!data.contains(QLatin1String("remoteHosts")))
        data.insert(QStringLiteral("remoteHosts"), QJsonArray());
    r.body = compact(QJsonObject {{QStringLiteral("data"), data}});
    QString problem = rule.problem();
    if (problem.isEmpty() && ruleId.trimmed().isEmpty())
        problem = tr("The firewall rule to update has no id: read it from the console first.");
    if (!problem.isEmpty())
        return refuse(std::move(r), problem, parent);
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::deleteFirewallRules(const QStringList &ruleIds, QObject *parent)
{
    net::ApiRequest r;
    r.method = "DELETE";
    r.path = apiPath(QStringLiteral("firewall-control"));
    r.body = compact(QJsonObject {{QStringLiteral("filter"),
        QJsonObject {{QStringLiteral("ids"), QJsonArray::fromStringList(ruleIds)}}}});
    QString problem;
    if (ruleIds.isEmpty())
        problem = tr("Name the firewall rules to delete by their ids: a delete request without ids would "
                     "delete every rule its filter matches.");
    else if (ruleIds.size() > MaxFirewallRuleIds)
        problem = tr("At most %L1 firewall rules can be deleted in one request, not %L2.")
                      .arg(MaxFirewallRuleIds)
                      .arg(ruleIds.size());
    else if (std::any_of(
                 ruleIds.cbegin(), ruleIds.cend(), [](const QString &id) { return id.trimmed().isEmpty(); }))
        problem = tr("A firewall rule id to delete is empty.");
    if (!problem.isEmpty())
        return refuse(std::move(r), problem, parent);
    return send(std::move(r), parent);
}

} // namespace s1
