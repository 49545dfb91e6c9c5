// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimApiRoutes.h"

#include "SimTenant.h"

#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace s1sim {

namespace {

constexpr QLatin1String V21Prefix("/web/api/v2.1/");

// --- handlers

SimReply listThreats(const ApiCall &c)
{
    return c.tenant.listThreats(c.query, c.caller);
}

SimReply addThreatNotes(const ApiCall &c)
{
    return c.tenant.addThreatNotes(c.body, c.caller);
}

SimReply listThreatNotes(const ApiCall &c)
{
    return c.tenant.listThreatNotes(c.params[0], c.query, c.caller);
}

SimReply updateThreatNote(const ApiCall &c)
{
    return c.tenant.updateThreatNote(c.params[0], c.params[1], c.body, c.caller);
}

SimReply deleteThreatNote(const ApiCall &c)
{
    return c.tenant.deleteThreatNote(c.params[0], c.params[1], c.caller);
}

SimReply listSites(const ApiCall &c)
{
    return c.tenant.listSites(c.query, c.caller);
}

SimReply listAccounts(const ApiCall &c)
{
    return c.tenant.listAccounts(c.query, c.caller);
}

SimReply listGroups(const ApiCall &c)
{
    return c.tenant.listGroups(c.query, c.caller);
}

SimReply listIocs(const ApiCall &c)
{
    return c.tenant.listIocs(c.query, c.caller);
}

SimReply addIocs(const ApiCall &c)
{
    return c.tenant.addIocs(c.body, c.caller);
}

SimReply deleteIocs(const ApiCall &c)
{
    return c.tenant.deleteIocs(c.body, c.caller);
}

SimReply listFirewallRules(const ApiCall &c)
{
    return c.tenant.listFirewallRules(c.query, c.caller);
}

SimReply addFirewallRule(const ApiCall &c)
{
    return c.tenant.addFirewallRule(c.body, c.caller);
}

SimReply deleteFirewallRules(const ApiCall &c)
{
    return c.tenant.deleteFirewallRules(c.body, c.caller);
}

SimReply updateFirewallRule(const ApiCall &c)
{
    return c.tenant.updateFirewallRule(c.params[0], c.body, c.caller);
}

// --- the table: method, path template under /web/api/v2.1/, handler (, license)

using Method = QHttpServerRequest::Method;
constexpr auto Firewall = ApiRoute::License::FirewallControl;

const ApiRoute ApiRoutes[] = {
    {Method::Get, "threats", listThreats, &query::Threats},
    {Method::Post, "threats/notes", addThreatNotes},
    {Method::Get, "threats/{id}/notes", listThreatNotes, &query::ThreatNotes},
    {Method::Put, "threats/{id}/notes/{noteId}", updateThreatNote},
    {Method::Delete, "threats/{id}/notes/{noteId}", deleteThreatNote},
    {Method::Get, "sites", listSites, &query::Sites},
    {Method::Get, "accounts", listAccounts, &query::Accounts},
    {Method::Get, "groups", listGroups, &query::Groups},
    {Method::Get, "threat-intelligence/iocs", listIocs, &query::Iocs},
    {Method::Post, "threat-intelligence/iocs", addIocs},
    {Method::Delete, "threat-intelligence/iocs", deleteIocs},
    {Method::Get, "firewall-control", listFirewallRules, &query::FirewallRules, Firewall},
    {Method::Post, "firewall-control", addFirewallRule, &query::None, Firewall},
    {Method::Delete, "firewall-control", deleteFirewallRules, &query::None, Firewall},
    {Method::Put, "firewall-control/{id}", updateFirewallRule, &query::None, Firewall},
};

// Unknown paths: numeric segments become {id}, so probing does not create a key per id.
QString genericTemplate(const QString &path)
{
    QStringList segments = path.split(u'/');
    for (QString &segment : segments) {
        bool numeric = !segment.isEmpty();
        for (QChar c : std::as_const(segment))
            numeric = numeric && c >= u'0' && c <= u'9';
        if (numeric)
            segment = u"{id}"_s;
    }
    return segments.join(u'/');
}

// Literal segments must be equal; a {placeholder} takes any non-empty segment.
bool matches(const QStringList &pattern, const QStringList &segments, QStringList *params)
{
    if (pattern.size() != segments.size())
        return false;
    QStringList values;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i].startsWith(u'{')) {
            if (segments[i].isEmpty())
                return false;
            values << segments[i];
        } else if (pattern[i] != segments[i]) {
            return false;
        }
    }
    *params = values;
    return true;
}

} // namespace

const ApiRoute *ApiRouteMatch::route(QHttpServerRequest::Method method) const
{
    for (const ApiRoute *r : routes) {
        if (r->method == method)
            return r;
    }
    return nullptr;
}

ApiRouteMatch matchApiRoute(const QString &path)
{
    static const QList<QStringList> patterns = [] {
        QList<QStringList> list;
        for (const ApiRoute &route : ApiRoutes)
            list << QString::fromLatin1(route.path).split(u'/');
        return list;
    }();

    ApiRouteMatch match;
    if (path.startsWith(V21Prefix)) {
        QString rest = path.mid(V21Prefix.size());
        if (rest.endsWith(u'/'))
            rest.chop(1);
        const QStringList segments = rest.split(u'/');
        const char *found = nullptr;
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            const ApiRoute &route = ApiRoutes[i];
            if (found) {
                if (qstrcmp(route.path, found) == 0)
                    match.routes << &route;
            } else if (matches(patterns[i], segments, &match.params)) {
                found = route.path;
                match.routes << &route;
            }
        }
        if (found) {
            match.templ = V21Prefix + QLatin1String(found);
            return match;
        }
    }
    match.templ = genericTemplate(path);
    return match;
}

} // namespace s1sim
