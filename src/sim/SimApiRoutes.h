// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimApiParams.h"

#include <QByteArray>
#include <QHttpServerRequest>
#include <QList>
#include <QString>
#include <QStringList>

class QUrlQuery;

namespace s1sim {

class SimTenant;
struct SimCaller;
struct SimReply;

// One call of the simulated console's API, as a route's handler gets it.
struct ApiCall
{
    SimTenant &tenant;
    const SimCaller &caller;
    const QUrlQuery &query;
    const QByteArray &body;
    const QStringList &params; // the values of the template's {placeholders}, in order
};

// One endpoint of /web/api/v2.1/: method, path template ({name} matches one non-empty segment),
// handler, its query parameters (checked before the handler runs, see SimApiParams.h), and the
// license it needs. The table is ApiRoutes in SimApiRoutes.cpp: a new endpoint is one line there
// plus its handler (and its QuerySpec when it takes query parameters).
struct ApiRoute
{
    enum class License { None, FirewallControl };
    using Handler = SimReply (*)(const ApiCall &call);

    QHttpServerRequest::Method method;
    const char *path; // relative to /web/api/v2.1/, e.g. "threats/{id}/notes"
    Handler handler;
    const QuerySpec *querySpec = &query::None;
    License license = License::None;
};

// What a request path matched.
struct ApiRouteMatch
{
    // The key of the statistics: "/web/api/v2.1/" + the route's template; for a path no route
    // matches, the path with its numeric segments as {id} (probing does not create a key per id).
    QString templ;
    QList<const ApiRoute *> routes; // the routes of this template (one per method); empty: no endpoint
    QStringList params;

    bool isEndpoint() const { return !routes.isEmpty(); }
    // The route for this method; nullptr when the endpoint does not support it (405).
    const ApiRoute *route(QHttpServerRequest::Method method) const;
};

// Matches a request path (one trailing '/' ignored) against the route table.
ApiRouteMatch matchApiRoute(const QString &path);

} // namespace s1sim
