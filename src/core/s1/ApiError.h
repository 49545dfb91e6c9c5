// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace s1 {

// What went wrong talking to a remote API (a SentinelOne console or an OpenCTI platform), as a
// value: the kind decides retry and exit codes, userMessage() is the sentence shown to a person,
// worded for the service the error speaks of.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    // Which API the error comes from: decides the wording of userMessage().
    enum class Service {
        SentinelOne,     // a SentinelOne management console (REST, "ApiToken" header)
        OpenCti,         // an OpenCTI platform (GraphQL, "Bearer" header)
    };

    enum class Kind {
        None,
        InvalidConfig,   // the configuration cannot be right (no host, bad scheme, empty token)
        TokenRefused,    // 401; OpenCTI: GraphQL error AUTH_REQUIRED
        Forbidden,       // 403: the token has no rights for this account/site; OpenCTI: FORBIDDEN_ACCESS
        NotAvailable,    // 404 on a known endpoint: feature absent or not licensed
        BadRequest,      // 400: the console refused a filter or body; OpenCTI: any other GraphQL error
        RateLimited,     // 429 after every attempt
        ServerError,     // 5xx after every attempt
        NotAConsole,     // HTML or JSON without the SentinelOne envelope / not a GraphQL result
        BadResponse,     // malformed or truncated JSON
        Redirected,      // a redirect to another host or to plain http (the token was not sent)
        TlsFailure,
        Timeout,
        Network,         // connection refused, host not found, connection dropped
        Cancelled,
    };

    Kind kind = Kind::None;
    Service service = Service::SentinelOne;
    int httpStatus = 0;
    QString detail;      // technical detail: the server's error text or Qt's
    QString endpoint;    // path of the request, e.g. /web/api/v2.1/threats or /graphql
    QString operation;   // GraphQL operation name, e.g. CheckConnection; empty for REST
    QString host;
    QByteArray certificateSha256; // TLS failures: hex SHA-256 of the certificate the server presented

    bool isError() const { return kind != Kind::None; }
    bool isTransient() const;  // worth another attempt
    bool isAuthProblem() const { return kind == Kind::TokenRefused || kind == Kind::Forbidden; }
    QString userMessage() const;
    static QString kindName(Kind kind);
    // "SentinelOne" or "OpenCTI" (product names: not translated).
    static QString serviceName(Service service);

private:
    QString sentinelOneMessage() const;
    QString openCtiMessage() const;
};

} // namespace s1
