// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

namespace s1 {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::BadResponse:
    case Kind::Timeout:
    case Kind::Network:
        return true;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind k)
{
    switch (k) {
    case Kind::None: return QStringLiteral("ok");
    case Kind::InvalidConfig: return QStringLiteral("invalid-config");
    case Kind::TokenRefused: return QStringLiteral("token-refused");
    case Kind::Forbidden: return QStringLiteral("forbidden");
    case Kind::NotAvailable: return QStringLiteral("not-available");
    case Kind::BadRequest: return QStringLiteral("bad-request");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::ServerError: return QStringLiteral("server-error");
    case Kind::NotAConsole: return QStringLiteral("not-a-console");
    case Kind::BadResponse: return QStringLiteral("bad-response");
    case Kind::Redirected: return QStringLiteral("redirected");
    case Kind::TlsFailure: return QStringLiteral("tls-failure");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString ApiError::serviceName(Service s)
{
    switch (s) {
    case Service::SentinelOne: return QStringLiteral("SentinelOne");
    case Service::OpenCti: return QStringLiteral("OpenCTI");
    }
    return {};
}

QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidConfig:
        return detail;
    case Kind::Cancelled:
        return tr("Cancelled.");
    default:
        break;
    }
    QString text = service == Service::OpenCti ? openCtiMessage() : sentinelOneMessage();
    if (!detail.isEmpty())
        text += u' ' + tr("(Details: %1)").arg(detail);
    return text;
}

QString ApiError::sentinelOneMessage() const
{
    const QString where = host.isEmpty() ? tr("the console") : host;
    QString text;
    switch (kind) {
    case Kind::None:
    case Kind::InvalidConfig:
    case Kind::Cancelled:
        break;
    case Kind::TokenRefused:
        text = tr("%1 refused the API token (HTTP 401). The token is wrong, expired or revoked: "
                  "generate a new one in the console (your user menu, Actions, API Token Operations, "
                  "Regenerate API token) and enter it again.")
                   .arg(where);
        break;
    case Kind::Forbidden:
        text = tr("The API token is valid but has no rights for this request (HTTP 403). Check that "
                  "the token's user has a role on the chosen account or site, or choose another scope.");
        break;
    case Kind::NotAvailable:
        text = tr("%1 does not offer %2 (HTTP 404). The feature is probably not licensed for this "
                  "account (Firewall Control needs the Control SKU) or not present in this console "
                  "version.")
                   .arg(where, endpoint);
        break;
    case Kind::BadRequest:
        text = tr("%1 rejected the request to %2 (HTTP 400).").arg(where, endpoint);
        break;
    case Kind::RateLimited:
        text = tr("%1 kept answering \"too many requests\" (HTTP 429) after every attempt. Wait a few "
                  "minutes, or raise the maximum number of API attempts.")
                   .arg(where);
        break;
    case Kind::ServerError:
        text = tr("%1 answered with a server error (HTTP %2) after every attempt. The console may be "
                  "down or under maintenance; try again later.")
                   .arg(where)
                   .arg(httpStatus);
        break;
    case Kind::NotAConsole:
        text = tr("%1 is not a SentinelOne console: it answered %2 with a web page or unexpected data "
                  "instead of the management API. Check the console URL (for example "
                  "https://yourcompany.sentinelone.net).")
                   .arg(where, endpoint);
        break;
    case Kind::BadResponse:
        text = tr("%1 sent an incomplete or malformed answer for %2 after every attempt.").arg(where, endpoint);
        break;
    case Kind::Redirected:
        text = tr("%1 redirected the request elsewhere, so the API token was not sent. Use the final "
                  "console address directly if you trust it.")
                   .arg(where);
        break;
    case Kind::TlsFailure:
        text = tr("The secure connection to %1 failed: its certificate is not trusted. If the console "
                  "uses a private certificate authority, install it or pin the certificate in the "
                  "profile's TLS settings.")
                   .arg(where);
        break;
    case Kind::Timeout:
        text = tr("%1 did not answer in time, after every attempt. Check the network or the console "
                  "URL.")
                   .arg(where);
        break;
    case Kind::Network:
        text = tr("Could not reach %1. Check the console URL, your network connection and any proxy.")
                   .arg(where);
        break;
    }
    return text;
}

QString ApiError::openCtiMessage() const
{
    // "OpenCTI at opencti.example.com": the host alone says little when two services are configured.
    const QString where = host.isEmpty() ? tr("OpenCTI") : tr("OpenCTI at %1").arg(host);
    const QString what = !operation.isEmpty() ? operation : endpoint.isEmpty() ? tr("the request") : endpoint;
    QString text;
    switch (kind) {
    case Kind::None:
    case Kind::InvalidConfig:
    case Kind::Cancelled:
        break;
    case Kind::TokenRefused:
        text = tr("%1 refused the token: it is wrong, expired or revoked. Create or copy the token in "
                  "OpenCTI: your profile, API access; then enter it again.")
                   .arg(where);
        break;
    case Kind::Forbidden:
        text = tr("%1 accepted the token, but its user may not do %2. Give the user the needed "
                  "capabilities in OpenCTI (importing needs a user in the \"Connectors\" group), or "
                  "use the token of another user.")
                   .arg(where, what);
        break;
    case Kind::NotAvailable:
        text = tr("%1 does not offer %2 (HTTP 404). Check the OpenCTI URL and the platform version.")
                   .arg(where, what);
        break;
    case Kind::BadRequest:
        text = tr("%1 rejected %2.").arg(where, what);
        break;
    case Kind::RateLimited:
        text = tr("%1 kept answering \"too many requests\" (HTTP 429) after every attempt. Wait a few "
                  "minutes, or raise the maximum number of API attempts.")
                   .arg(where);
        break;
    case Kind::ServerError:
        text = tr("%1 answered with a server error (HTTP %2) after every attempt. The platform may be "
                  "down or still starting; try again later.")
                   .arg(where)
                   .arg(httpStatus);
        break;
    case Kind::NotAConsole:
        text = tr("%1 is not an OpenCTI platform: it answered %2 with a web page or unexpected data "
                  "instead of the GraphQL API. Check the OpenCTI URL (for example "
                  "https://opencti.example.com).")
                   .arg(host.isEmpty() ? tr("The address") : host, endpoint.isEmpty() ? what : endpoint);
        break;
    case Kind::BadResponse:
        text = tr("%1 sent an incomplete or malformed answer for %2 after every attempt.").arg(where, what);
        break;
    case Kind::Redirected:
        text = tr("%1 redirected the request elsewhere, so the token was not sent. Use the final "
                  "OpenCTI address directly if you trust it.")
                   .arg(where);
        break;
    case Kind::TlsFailure:
        text = tr("The secure connection to %1 failed: its certificate is not trusted. If the platform "
                  "uses a private certificate authority, install it or pin the certificate in the "
                  "profile's TLS settings.")
                   .arg(where);
        break;
    case Kind::Timeout:
        text = tr("%1 did not answer in time, after every attempt. Check the network or the OpenCTI URL.")
                   .arg(where);
        break;
    case Kind::Network:
        text = tr("Could not reach %1. Check the OpenCTI URL, your network connection and any proxy.")
                   .arg(where);
        break;
    }
    return text;
}

} // namespace s1
