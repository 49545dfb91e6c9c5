// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaxiiDialect.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTaxii, "s1bridge.exchange.taxii", QtInfoMsg)

namespace exchange {

using Kind = net::ApiError::Kind;

const TaxiiDialect *TaxiiDialect::instance()
{
    static const TaxiiDialect dialect;
    return &dialect;
}

const QLoggingCategory &TaxiiDialect::log() const
{
    return lcTaxii();
}

QString TaxiiDialect::notConfigured() const
{
    return tr("TAXII URL: not configured.");
}

Kind TaxiiDialect::classify(int status, const QByteArray &contentType, const QByteArray &body,
    QJsonDocument *json, QString *detail) const
{
    const Body parsed = parseBody(contentType, body);
    // A TAXII error message: {"title", "description", "http_status"}.
    const QJsonObject root = parsed.doc.object();
    if (parsed.isJsonObject)
        *detail = root.value(QLatin1String("description"))
                      .toString(root.value(QLatin1String("title")).toString());
    if (const auto kind = commonKind(status, parsed, contentType, detail))
        return *kind;
    if (status == 404)
        return Kind::NotAvailable;
    if (status == 406 || status == 415) {
        *detail = tr("the server does not offer TAXII 2.1 (HTTP %1)").arg(status);
        return Kind::NotAConsole;
    }
    if (status >= 400)
        return Kind::BadRequest;
    if (!parsed.isJsonObject)
        return notJsonKind(parsed, contentType, body, detail);
    *json = parsed.doc;
    return Kind::None;
}

QString TaxiiDialect::message(const net::ApiError &e) const
{
    const QString where
        = e.host.isEmpty() ? tr("The TAXII server") : tr("The TAXII server at %1").arg(e.host);
    const QString what = e.endpoint.isEmpty() ? tr("the request") : e.endpoint;
    switch (e.kind) {
    case Kind::None:
    case Kind::InvalidConfig:
    case Kind::Cancelled:
        return {};
    case Kind::TokenRefused:
        return tr("%1 refused the credentials (HTTP 401): check the source's authentication, user name and "
                  "password or token.")
            .arg(where);
    case Kind::Forbidden:
        return tr("%1 accepted the credentials but does not let this user read %2 (HTTP 403): ask its "
                  "administrator for read access to the collection.")
            .arg(where, what);
    case Kind::NotAvailable:
        return tr("%1 has nothing at %2 (HTTP 404): check the URL, the API root and the collection.")
            .arg(where, what);
    case Kind::BadRequest:
        return tr("%1 refused %2 (HTTP %3).").arg(where, what).arg(e.httpStatus);
    case Kind::RateLimited:
        return tr("%1 kept answering \"too many requests\" (HTTP 429) after every attempt; try again later.")
            .arg(where);
    case Kind::ServerError:
        return tr("%1 answered with a server error (HTTP %2) after every attempt; try again later.")
            .arg(where)
            .arg(e.httpStatus);
    case Kind::NotAConsole:
        return tr("%1 is not a TAXII 2.1 server: it answered %2 with a web page or data that is not TAXII "
                  "JSON. Check the URL (a login page or a proxy?); it should be the server's discovery "
                  "address (for example https://taxii.example.com/taxii2/) or an API root.")
            .arg(e.host.isEmpty() ? tr("The address") : e.host, what);
    case Kind::BadResponse:
        return tr("%1 sent an incomplete or malformed answer for %2 after every attempt.").arg(where, what);
    case Kind::TooLarge:
        return tr("%1 sent an answer for %2 larger than the size limit of %3; lower the page size.")
            .arg(where, what, e.boundText());
    case Kind::Redirected:
        return tr("%1 redirected the request to another host, so the credentials were not sent. Use the "
                  "final address directly if you trust it.")
            .arg(where);
    case Kind::TlsFailure:
        return tr("The secure connection to %1 failed: its certificate is not trusted.")
            .arg(e.host.isEmpty() ? tr("the TAXII server") : e.host);
    case Kind::Timeout:
        return tr("%1 did not answer in time, after every attempt. Check the network or the URL.").arg(where);
    case Kind::Network:
        return tr("Could not reach %1. Check the URL, your network connection and any proxy.").arg(where);
    }
    return {};
}

} // namespace exchange
