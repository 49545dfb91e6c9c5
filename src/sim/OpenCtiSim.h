// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OpenCtiStore.h"
#include "SimTenant.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace s1sim {

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
// What it implements, with OpenCTI's semantics as far as a simulator reasonably can:
//  Query     me, about, work(id), incident(id) (by STIX id, internal id or x_opencti_stix_ids),
//            indicators(first, after, orderBy, orderMode, filters) over the stored indicators (pushed
//            and seeded: seedIndicators()); filter keys x_opencti_score, updated_at, created_at,
//            valid_until, revoked, objectLabel, objectMarking, pattern_type, entity_type (others: a
//            GraphQL error, as OpenCTI answers), operators eq, not_eq, gt, gte, lt, lte, nil, not_nil
//  Mutation  registerConnector(input) (create, or update the same id keeping its state),
//            workAdd(connectorId, friendlyName) (a work in status "wait"),
//            stixBundlePush(connectorId, bundle, work_id) (see below),
//            workEdit(id) { toReceived, toProcessed, addExpectations, reportExpectation, ping, delete }
// stixBundlePush checks the bundle at once (JSON, type "bundle", a non-empty objects array, a
// registered connector: else a GraphQL error "Invalid bundle: ...") and answers true; without work_id
// it opens a work of its own, as OpenCTI does. The work goes to "progress" and expects one more per
// object (OpenCTI leaves a workAdd work in "wait" until toReceived or completion: clients must treat
// "wait" and "progress" alike, as not finished). Ingestion is asynchronous, as OpenCTI's workers are: one
// bundle per ingestDelayMs (20 ms by default), in push order. Each object must have a known STIX type, an id
// "<type>--<UUID>", the properties its type needs, and every *_ref / *_refs (at any depth) must name an
// object stored already or accepted from the same bundle; otherwise the object is not stored and the work
// records an error {message, source: the object's JSON}. Accepted objects are upserted by STIX id (never
// duplicated; the version counts changes). When every expected object was processed the work is
// "complete" (OpenCTI's reportExpectation); toProcessed records processed_time and the message.
// The TLP marking definitions of STIX 2.1 exist from the start, as on a real platform.
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

    // Default time a simulated worker takes per bundle.
    static constexpr int DefaultIngestDelayMs = 20;

    explicit OpenCtiSim(const QString &token, int ingestDelayMs = DefaultIngestDelayMs);
    OpenCtiSim(const OpenCtiSim &) = delete;
    OpenCtiSim &operator=(const OpenCtiSim &) = delete;

    QString token() const { return m_token; }
    OpenCtiStore &store() { return m_store; }
    const OpenCtiStore &store() const { return m_store; }

    int ingestDelayMs() const { return m_ingestDelayMs; }
    void setIngestDelayMs(int ms);
    // Bundles pushed and not ingested yet.
    int pendingBundles() const { return int(m_queue.size()); }
    // Forgets connectors, works, objects and pending bundles (keeps the built-in objects).
    void reset();

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

    struct PendingBundle
    {
        QString workId;
        QJsonArray objects;
    };

    QJsonValue select(const QJsonValue &value, const QList<Field> &selections, const QString &path,
        QJsonArray *errors) const;

    Result registerConnector(const Field &field);
    Result workAdd(const Field &field);
    Result stixBundlePush(const Field &field);
    Result work(const Field &field);
    Result workEdit(const Field &field);
    Result incident(const Field &field);
    Result indicators(const Field &field); // OpenCtiIndicators.cpp

    OpenCtiWork &createWork(const OpenCtiConnector &connector, const QJsonValue &name, bool received);
    void seedBuiltIns();
    // ~300 deterministic indicators (hash, url, domain, ipv4, ipv6; a few multi-observable patterns,
    // some revoked, some expired; a spread of scores, labels and markings; updated_at over the 60
    // days before the simulator started), present from the start like the markings (OpenCtiIndicators.cpp).
    void seedIndicators();
    void scheduleIngestion();
    void ingestNext(); // one bundle, as a worker would
    static void completeIfDone(OpenCtiWork &work, const QString &now);

    QString m_token;
    QDateTime m_seedTime; // the seeded indicators' updated_at are spread over the 60 days before
    int m_ingestDelayMs;
    OpenCtiStore m_store;
    QList<PendingBundle> m_queue;
    QTimer m_ingestTimer;
    QHash<QString, Resolver> m_query; // Query fields by name
    QHash<QString, Resolver> m_mutation; // Mutation fields by name
};

} // namespace s1sim
