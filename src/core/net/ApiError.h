// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace net {

class ServiceDialect;

// What went wrong talking to a remote API, as a value: the kind decides retry and exit codes,
// userMessage() is the sentence shown to a person, worded by the service's dialect (a SentinelOne
// console, an OpenCTI platform, ...: see ServiceDialect).
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        InvalidConfig, // the configuration cannot be right (no host, bad scheme, empty token)
        TokenRefused, // 401; OpenCTI: GraphQL error AUTH_REQUIRED
        Forbidden, // 403: the token has no rights for this account/site; OpenCTI: FORBIDDEN_ACCESS
        NotAvailable, // 404 on a known endpoint: feature absent or not licensed
        BadRequest, // 400: the server refused a filter or body; OpenCTI: any other GraphQL error
        RateLimited, // 429 after every attempt
        ServerError, // 5xx after every attempt
        NotAConsole, // HTML or JSON without the service's envelope
        BadResponse, // malformed or truncated JSON
        TooLarge, // the answer passed the size limit (not retried: it would be as large again)
        Redirected, // a redirect to another host or to plain http (the token was not sent)
        TlsFailure,
        Timeout, // no byte within the idle timeout, or no complete answer within the deadline
        Network, // connection refused, host not found, connection dropped
        Cancelled,
    };

    Kind kind = Kind::None;
    const ServiceDialect *dialect = nullptr; // who speaks: decides the wording; null: generic words
    int httpStatus = 0;
    QString detail; // technical detail: the server's error text or Qt's
    QString endpoint; // path of the request, e.g. /web/api/v2.1/threats or /graphql
    QString operation; // GraphQL operation name, e.g. CheckConnection; empty for REST
    QString host;
    QByteArray certificateSha256; // TLS failures: hex SHA-256 of the certificate the server presented
    // TLS failures: what was wrong with that certificate, for a sentence of its own. Untrusted (an
    // unknown authority, self-signed without a pin) and None (no certificate seen) leave the wording
    // to the dialect; the others are worded here, the same for every service.
    enum class TlsProblem { None, Untrusted, Expired, NotYetValid, WrongHost, PinMismatch };
    TlsProblem tlsProblem = TlsProblem::None;
    QStringList certificateNames; // WrongHost: the names the certificate is for
    QDateTime certificateValidFrom, certificateValidUntil; // Expired, NotYetValid
    // A request that is not idempotent (a POST that creates something) may have been carried out
    // although its answer was lost: it is not retried blindly, the caller reads the remote state back.
    bool outcomeUnknown = false;
    // Which bound of the transport (net::Transport) ended the request, and its figure: people are
    // told the limit that was hit. None for every other error, and for a timeout of Qt's own.
    enum class Bound { None, IdleTimeout, Deadline, SizeLimit };
    Bound bound = Bound::None;
    qint64 boundValue = 0; // milliseconds (IdleTimeout, Deadline) or bytes (SizeLimit)

    bool isError() const { return kind != Kind::None; }
    bool isTransient() const; // worth another attempt (when the request may be repeated)
    bool isAuthProblem() const { return kind == Kind::TokenRefused || kind == Kind::Forbidden; }
    QString userMessage() const;
    // "SentinelOne", "OpenCTI", ... (product names: not translated); empty without a dialect.
    QString serviceName() const;
    static QString kindName(Kind kind);
    // The bound's figure for a sentence: "1.5 s", "60 s", "256 MiB"; empty without a bound.
    QString boundText() const;

private:
    QString tlsMessage() const;
};

} // namespace net
