// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <span>

class QUrlQuery;

namespace s1sim {

struct SimReply;

// One query parameter of an endpoint, as SentinelOne's API specification declares it (name, type
// and constraints); the simulator checks every request's query against these before the handler
// runs, as the console does (400 with the error envelope).
struct QueryParam
{
    enum class Kind : quint8 {
        Text,
        Integer, // decimal digits, optional sign
        Boolean, // exactly true or false
        DateTime, // RFC 3339 with a time zone (the spec's format date-time)
        List, // comma-separated values (the spec's collectionFormat csv)
    };

    const char *name;
    Kind kind = Kind::Text;
    int min = 0; // Integer: the smallest value; List: the fewest items
    int max = 0; // Integer: the largest value; List: the most items (0: any number)
    std::span<const char *const> choices = {}; // allowed values (Text) or items (List); empty: any
    int minLength = 0; // of each List item
};

// The query of one endpoint: the parameters the simulator acts on, with their constraints, and the
// names of those the console also accepts but the simulator does not act on (space-separated).
// A parameter of neither kind is not declared by the console's API: 400, as the console answers;
// one of the second kind is refused with 400 too, saying that the simulator does not implement it,
// rather than being ignored (a test that relies on it would pass for the wrong reason).
struct QuerySpec
{
    std::span<const QueryParam> simulated;
    const char *notSimulated = "";
};

// The query specifications of the simulated endpoints (see SimApiRoutes.cpp).
namespace query {
extern const QuerySpec Threats;
extern const QuerySpec ThreatNotes;
extern const QuerySpec Sites;
extern const QuerySpec Accounts;
extern const QuerySpec Groups;
extern const QuerySpec Iocs;
extern const QuerySpec FirewallRules;
extern const QuerySpec None; // endpoints that declare no query parameter
} // namespace query

// nullopt when `query` conforms to `spec`; else the 400 answer naming every offending parameter.
// `operation` ("GET /web/api/v2.1/threats") names the endpoint in the message.
std::optional<SimReply> checkQuery(const QuerySpec &spec, const QUrlQuery &query, const QString &operation);

} // namespace s1sim
