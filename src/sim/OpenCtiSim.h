// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimTenant.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace s1sim {

// What the simulated OpenCTI platform holds. Separate from the SentinelOne tenant (SimTenant):
// the two only share the HTTP server. Connectors, works and pushed bundles will live here.
struct OpenCtiStore
{
    QJsonObject me; // the token's user (MeUser)
    QJsonObject about; // AppInfo
};

// A simulated OpenCTI GraphQL API (POST /graphql, "Authorization: Bearer <token>"), the part of it
// S1 Bridge uses. SimServer does HTTP, faults and statistics; this class parses and executes.
//
// Requests are JSON {"query","variables","operationName"}. The document is parsed for real
// (operations, aliases, arguments with variables, nested selections; no fragments or directives),
// then each top-level field is dispatched by name to a resolver registered in m_query or
// m_mutation. A resolver returns the whole object; the selection set picks the fields asked for,
// and a field the object lacks is a GraphQL error "... is not supported by the simulator".
// Adding an operation = adding one resolver (see the constructor).
//
// As OpenCTI does: a wrong or missing token answers HTTP 200 with
// {"errors":[{"message":"You must be logged in","extensions":{"code":"AUTH_REQUIRED"}}],"data":null};
// a document that does not parse answers 400 GRAPHQL_PARSE_FAILED; a Mutation field used twice in
// one document (or a Query field three times) answers 400 GRAPHQL_VALIDATION_FAILED.
class OpenCtiSim
{
public:
    static constexpr const char *Version = "6.9.17";

    // One field of a selection set.
    struct Field
    {
        QString alias; // the key in the answer: the alias, or the name when there is none
        QString name;
        QJsonObject arguments; // literal values, variables substituted
        QList<Field> selections;
    };

    // A request body, parsed. When it cannot be executed, errorStatus and errorBody say why.
    struct Request
    {
        QString operationType; // "query", "mutation" or "subscription"
        QString operationName;
        QList<Field> fields;
        int errorStatus = 0;
        QByteArray errorBody;

        bool isValid() const { return errorStatus == 0; }
        // For the statistics: the operation name; for an anonymous operation its top-level field
        // names joined with '+'; empty when the body did not parse.
        QString label() const;
    };

    explicit OpenCtiSim(const QString &token);
    OpenCtiSim(const OpenCtiSim &) = delete;
    OpenCtiSim &operator=(const OpenCtiSim &) = delete;

    QString token() const { return m_token; }
    OpenCtiStore &store() { return m_store; }

    static Request parseRequest(const QByteArray &body);
    // Executes a parsed request; authorization is the raw Authorization header value.
    SimReply execute(const Request &request, const QByteArray &authorization);

    // {"errors":[{"message":...,"extensions":{"code":...}}],"data":null}
    static QByteArray errorBody(const QString &message, const QString &code);

private:
    struct Result
    {
        QJsonValue value; // the whole object (or scalar); the selection set picks from it
        QString error; // non-empty: a GraphQL error for this field
        QString code;
    };
    using Resolver = std::function<Result(const Field &field)>;

    QJsonValue select(const QJsonValue &value, const QList<Field> &selections, const QString &path,
        QJsonArray *errors) const;

    QString m_token;
    OpenCtiStore m_store;
    QHash<QString, Resolver> m_query; // Query fields by name
    QHash<QString, Resolver> m_mutation; // Mutation fields by name
};

} // namespace s1sim
