// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiDialect.h"

#include "Logging.h"

#include <QJsonArray>
#include <QJsonObject>

namespace opencti {

using Kind = net::ApiError::Kind;

const OpenCtiDialect *OpenCtiDialect::instance()
{
    static const OpenCtiDialect dialect;
    return &dialect;
}

const QLoggingCategory &OpenCtiDialect::log() const
{
    return lcOpenCti();
}

QString OpenCtiDialect::notConfigured() const
{
    return tr("OpenCTI URL: not configured.");
}

QString graphQlErrorText(const QJsonDocument &doc)
{
    const QJsonArray errors = doc.object().value(QLatin1String("errors")).toArray();
    QStringList parts;
    for (const QJsonValue &value : errors) {
        const QString message = value.toObject().value(QLatin1String("message")).toString().trimmed();
        if (!message.isEmpty() && !parts.contains(message))
            parts << message;
        if (parts.size() == 3)
            break;
    }
    return parts.join(QLatin1String("; "));
}

Kind OpenCtiDialect::classify(int status, const QByteArray &contentType, const QByteArray &body,
    QJsonDocument *json, QString *detail) const
{
    const Body parsed = parseBody(contentType, body);
    const QJsonObject root = parsed.doc.object();
    const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
    const bool isGraphQl = parsed.isJsonObject
        && (root.contains(QLatin1String("data")) || root.value(QLatin1String("errors")).isArray());
    *detail = isGraphQl ? graphQlErrorText(parsed.doc) : QString();
    if (const auto kind = commonKind(status, parsed, contentType, detail))
        return *kind;
    if (status == 404) // the one endpoint is /graphql: nothing there means no OpenCTI there
        return Kind::NotAConsole;
    if (!parsed.isJsonObject)
        return notJsonKind(parsed, contentType, body, detail);
    if (!isGraphQl) {
        *detail = tr("the JSON answer is not a GraphQL result (no \"data\" or \"errors\")");
        return Kind::NotAConsole;
    }
    if (!errors.isEmpty()) {
        // OpenCTI answers authentication and permission errors with HTTP 200 and a code.
        bool authRequired = false;
        bool forbidden = false;
        for (const QJsonValue &value : errors) {
            const QJsonObject e = value.toObject();
            const QString code
                = e.value(QLatin1String("extensions")).toObject().value(QLatin1String("code")).toString();
            const QString message = e.value(QLatin1String("message")).toString();
            if (code == QLatin1String("AUTH_REQUIRED")
                || message.contains(QLatin1String("You must be logged in"), Qt::CaseInsensitive))
                authRequired = true;
            else if (code == QLatin1String("FORBIDDEN_ACCESS"))
                forbidden = true;
        }
        if (authRequired)
            return Kind::TokenRefused;
        if (forbidden)
            return Kind::Forbidden;
        if (detail->isEmpty())
            *detail = tr("the GraphQL answer lists errors without a message");
        return Kind::BadRequest;
    }
    if (status >= 400)
        return Kind::BadRequest;
    if (!root.value(QLatin1String("data")).isObject()) {
        *detail = tr("the GraphQL answer has no data");
        return Kind::NotAConsole;
    }
    *json = parsed.doc;
    return Kind::None;
}

QString OpenCtiDialect::message(const net::ApiError &e) const
{
    // "OpenCTI at opencti.example.com": the host alone says little when two services are configured.
    const QString where = e.host.isEmpty() ? tr("OpenCTI") : tr("OpenCTI at %1").arg(e.host);
    const QString what = !e.operation.isEmpty() ? e.operation
        : e.endpoint.isEmpty()                  ? tr("the request")
                                                : e.endpoint;
    switch (e.kind) {
    case Kind::None:
    case Kind::InvalidConfig:
    case Kind::Cancelled:
        return {};
    case Kind::TokenRefused:
        return tr("%1 refused the token: it is wrong, expired or revoked. Create or copy the token in "
                  "OpenCTI: your profile, API access; then enter it again.")
            .arg(where);
    case Kind::Forbidden:
        return tr("%1 accepted the token, but its user may not do %2. Give the user the needed "
                  "capabilities in OpenCTI (importing needs a user in the \"Connectors\" group), or "
                  "use the token of another user.")
            .arg(where, what);
    case Kind::NotAvailable:
        return tr("%1 does not offer %2 (HTTP 404). Check the OpenCTI URL and the platform version.")
            .arg(where, what);
    case Kind::BadRequest:
        return tr("%1 rejected %2.").arg(where, what);
    case Kind::RateLimited:
        return tr("%1 kept answering \"too many requests\" (HTTP 429) after every attempt. Wait a few "
                  "minutes, or raise the maximum number of API attempts.")
            .arg(where);
    case Kind::ServerError:
        return tr("%1 answered with a server error (HTTP %2) after every attempt. The platform may be "
                  "down or still starting; try again later.")
            .arg(where)
            .arg(e.httpStatus);
    case Kind::NotAConsole:
        return tr("%1 is not an OpenCTI platform: it answered %2 with a web page or unexpected data "
                  "instead of the GraphQL API. Check the OpenCTI URL (for example "
                  "https://opencti.example.com).")
            .arg(e.host.isEmpty() ? tr("The address") : e.host, e.endpoint.isEmpty() ? what : e.endpoint);
    case Kind::BadResponse:
        return tr("%1 sent an incomplete or malformed answer for %2 after every attempt.").arg(where, what);
    case Kind::TooLarge:
        return tr("%1 sent an answer for %2 larger than the size limit of %3, so reading stopped there "
                  "and nothing of it was used. An API answer that large is not expected: check that "
                  "the OpenCTI URL is the platform's own address (for example "
                  "https://opencti.example.com), not a proxy or a download.")
            .arg(where, what, e.boundText());
    case Kind::Redirected:
        return tr("%1 redirected the request elsewhere, so the token was not sent. Use the final "
                  "OpenCTI address directly if you trust it.")
            .arg(where);
    case Kind::TlsFailure:
        return tr("The secure connection to %1 failed: its certificate is not trusted. If the platform "
                  "uses a private certificate authority, install it or pin the certificate in the "
                  "profile's TLS settings.")
            .arg(where);
    case Kind::Timeout:
        if (e.bound == net::ApiError::Bound::Deadline)
            return tr("The answer of %1 to %2 did not complete within %3, after every attempt. "
                      "The platform or the network is very slow right now; try again later.")
                .arg(where, what, e.boundText());
        if (e.bound == net::ApiError::Bound::IdleTimeout)
            return tr("%1 did not answer in time: nothing came for %2 while it answered %3, after every "
                      "attempt. Check the network or the OpenCTI URL.")
                .arg(where, e.boundText(), what);
        return tr("%1 did not answer in time, after every attempt. Check the network or the OpenCTI URL.")
            .arg(where);
    case Kind::Network:
        return tr("Could not reach %1. Check the OpenCTI URL, your network connection and any proxy.")
            .arg(where);
    }
    return {};
}

} // namespace opencti
