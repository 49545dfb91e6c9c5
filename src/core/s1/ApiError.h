// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace s1 {

// What went wrong talking to a console, as a value: the kind decides retry and exit codes,
// userMessage() is the sentence shown to a person.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        InvalidConfig,   // the configuration cannot be right (no host, bad scheme, empty token)
        TokenRefused,    // 401
        Forbidden,       // 403: the token has no rights for this account/site
        NotAvailable,    // 404 on a known endpoint: feature absent or not licensed
        BadRequest,      // 400: the console refused a filter or body
        RateLimited,     // 429 after every attempt
        ServerError,     // 5xx after every attempt
        NotAConsole,     // HTML or JSON without the SentinelOne envelope
        BadResponse,     // malformed or truncated JSON
        Redirected,      // a redirect to another host or to plain http (the token was not sent)
        TlsFailure,
        Timeout,
        Network,         // connection refused, host not found, connection dropped
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString detail;      // technical detail: the console's error text or Qt's
    QString endpoint;    // path of the request, e.g. /web/api/v2.1/threats
    QString host;

    bool isError() const { return kind != Kind::None; }
    bool isTransient() const;  // worth another attempt
    bool isAuthProblem() const { return kind == Kind::TokenRefused || kind == Kind::Forbidden; }
    QString userMessage() const;
    static QString kindName(Kind kind);
};

} // namespace s1
