// SPDX-License-Identifier: GPL-3.0-or-later
#include "S1Dialect.h"

#include "Logging.h"

#include <QJsonArray>
#include <QJsonObject>

namespace s1 {

using Kind = net::ApiError::Kind;

const S1Dialect *S1Dialect::instance()
{
    static const S1Dialect dialect;
    return &dialect;
}

const QLoggingCategory &S1Dialect::log() const
{
    return lcS1Client();
}

QString S1Dialect::notConfigured() const
{
    return tr("Console URL: not configured.");
}

QString errorEnvelopeText(const QJsonDocument &doc)
{
    const QJsonArray errors = doc.object().value(QLatin1String("errors")).toArray();
    QStringList parts;
    for (const QJsonValue &value : errors) {
        const QJsonObject e = value.toObject();
        QString title = e.value(QLatin1String("title")).toString();
        const QJsonValue detail = e.value(QLatin1String("detail"));
        QString detailText = detail.isString() ? detail.toString()
            : detail.isUndefined() || detail.isNull()
            ? QString()
            : QString::fromUtf8(QJsonDocument(
                detail.isArray() ? QJsonDocument(detail.toArray()) : QJsonDocument(detail.toObject()))
                                    .toJson(QJsonDocument::Compact));
        if (!detailText.isEmpty())
            title = title.isEmpty() ? detailText : title + QLatin1String(": ") + detailText;
        if (!title.isEmpty())
            parts << title;
        if (parts.size() == 3)
            break;
    }
    return parts.join(QLatin1String("; "));
}

bool isThreatIntelPath(const QString &endpoint)
{
    return endpoint.contains(QLatin1String("/threat-intelligence/"));
}

bool isFirewallPath(const QString &endpoint)
{
    return endpoint.contains(QLatin1String("/firewall-control"));
}

namespace {
// A 404 on PUT /firewall-control/{id} that names a missing rule: the rule is gone, the feature is not.
bool isMissingRule(const net::ApiError &e)
{
    const qsizetype at = e.endpoint.indexOf(QLatin1String("/firewall-control/"));
    return at >= 0 && at + 18 < e.endpoint.size()
        && e.detail.contains(QLatin1String("rule"), Qt::CaseInsensitive)
        && e.detail.contains(QLatin1String("not found"), Qt::CaseInsensitive);
}
} // namespace

Kind S1Dialect::classify(int status, const QByteArray &contentType, const QByteArray &body,
    QJsonDocument *json, QString *detail) const
{
    const Body parsed = parseBody(contentType, body);
    *detail = parsed.isJsonObject ? errorEnvelopeText(parsed.doc) : QString();
    if (status == 403 && parsed.isJsonObject) {
        const QJsonArray errors = parsed.doc.object().value(QLatin1String("errors")).toArray();
        for (const QJsonValue &e : errors) {
            if (e.toObject().value(QLatin1String("code")).toInteger() == MultiScopeUserCode) {
                *detail += (detail->isEmpty() ? QString() : QStringLiteral(" "))
                    + QStringLiteral("(code %1)").arg(MultiScopeUserCode);
                break;
            }
        }
    }
    if (const auto kind = commonKind(status, parsed, contentType, detail))
        return *kind;
    if (status == 404)
        return parsed.isJsonObject ? Kind::NotAvailable : Kind::NotAConsole;
    if (status >= 400)
        return Kind::BadRequest;
    if (!parsed.isJsonObject)
        return notJsonKind(parsed, contentType, body, detail);
    const QJsonDocument &doc = parsed.doc;
    if (!doc.object().contains(QLatin1String("data"))) {
        *detail = tr("the JSON answer has no \"data\" member");
        return Kind::NotAConsole;
    }
    // The envelope's shape: "data" a list or an object, "pagination" an object when present. A
    // string or number there is no console's answer (taking it for "0 threats" would hide it).
    const auto typeName = [](const QJsonValue &v) {
        return v.isString() ? tr("a string")
            : v.isDouble()  ? tr("a number")
            : v.isBool()    ? tr("true or false")
            : v.isArray()   ? tr("a list")
                            : tr("an object");
    };
    const QJsonValue data = doc.object().value(QLatin1String("data"));
    if (!data.isArray() && !data.isObject() && !data.isNull()) {
        *detail = tr("\"data\" is %1, where the API gives a list or an object").arg(typeName(data));
        return Kind::NotAConsole;
    }
    const QJsonValue pagination = doc.object().value(QLatin1String("pagination"));
    if (!pagination.isUndefined() && !pagination.isNull() && !pagination.isObject()) {
        *detail = tr("\"pagination\" is %1, where the API gives an object").arg(typeName(pagination));
        return Kind::NotAConsole;
    }
    *json = doc;
    return Kind::None;
}

QString S1Dialect::message(const net::ApiError &e) const
{
    const QString where = e.host.isEmpty() ? tr("the console") : e.host;
    switch (e.kind) {
    case Kind::None:
    case Kind::InvalidConfig:
    case Kind::Cancelled:
        return {};
    case Kind::TokenRefused:
        return tr("%1 refused the API token (HTTP 401). The token is wrong, expired or revoked: "
                  "generate a new one in the console (your user menu, Actions, API Token Operations, "
                  "Regenerate API token) and enter it again.")
            .arg(where);
    case Kind::Forbidden:
        if (isFirewallPath(e.endpoint))
            return tr("%1 refused the firewall-control request (HTTP 403): the account or site has no "
                      "Firewall Control, which needs the Control (or Complete) licence (the Control SKU), or "
                      "the API token's "
                      "user has no Firewall Control role there. Ask your SentinelOne administrator to "
                      "enable Firewall Control for the account or site (and to give the user a role "
                      "that manages firewall rules), or choose a scope that has it.")
                .arg(where);
        if (isThreatIntelPath(e.endpoint)
            && e.detail.contains(QStringLiteral("(code %1)").arg(MultiScopeUserCode)))
            return tr("The API token's user spans several accounts or sites, and %1 does not take "
                      "threat-intelligence IOCs from such a user yet (HTTP 403, code %2). Choose one "
                      "account or one site as the scope of the IOCs, or use the token of a user of "
                      "that single account or site.")
                .arg(where)
                .arg(MultiScopeUserCode);
        return tr("The API token is valid but has no rights for this request (HTTP 403). Check that "
                  "the token's user has a role on the chosen account or site, or choose another scope.");
    case Kind::NotAvailable:
        if (isFirewallPath(e.endpoint) && isMissingRule(e))
            return tr("The firewall rule is no longer on %1 (HTTP 404): it was deleted there meanwhile. "
                      "Plan again: the export creates it anew.")
                .arg(where);
        if (isFirewallPath(e.endpoint))
            return tr("%1 does not offer Firewall Control (HTTP 404): it needs the Control (or Complete) "
                      "licence (the Control SKU) on the account or site. Ask your SentinelOne administrator "
                      "or account team "
                      "to enable Firewall Control for the account or site, or choose one that has it; "
                      "until then no firewall rules can be exported there.")
                .arg(where);
        return tr("%1 does not offer %2 (HTTP 404). The feature is probably not licensed for this "
                  "account (Firewall Control needs the Control SKU) or not present in this console "
                  "version.")
            .arg(where, e.endpoint);
    case Kind::BadRequest:
        if (isFirewallPath(e.endpoint)
            && e.detail.contains(QLatin1String("already exist"), Qt::CaseInsensitive))
            return tr("%1 already has a firewall rule of that name in the scope (HTTP 400): names are "
                      "unique within a site, account or group. Adopt or delete that rule, or choose "
                      "another name.")
                .arg(where);
        if (isFirewallPath(e.endpoint))
            return tr(
                "%1 refused the firewall-control request to %2 (HTTP 400); its reasons are in the details. "
                "Correct the rule or the filter (name, OS types, addresses, or fewer entries in one "
                "rule) and try again.")
                .arg(where, e.endpoint);
        return tr("%1 rejected the request to %2 (HTTP 400).").arg(where, e.endpoint);
    case Kind::RateLimited:
        return tr("%1 kept answering \"too many requests\" (HTTP 429) after every attempt. Wait a few "
                  "minutes, or raise the maximum number of API attempts.")
            .arg(where);
    case Kind::ServerError:
        if (isThreatIntelPath(e.endpoint) && e.httpStatus == 500)
            return tr("%1 answered the threat-intelligence request with an internal error (HTTP 500). "
                      "It answers so when the request names no scope: choose an account, a site or a "
                      "group as the scope of the IOCs and try again.")
                .arg(where);
        return tr("%1 answered with a server error (HTTP %2) after every attempt. The console may be "
                  "down or under maintenance; try again later.")
            .arg(where)
            .arg(e.httpStatus);
    case Kind::NotAConsole:
        return tr("%1 is not a SentinelOne console: it answered %2 with a web page or unexpected data "
                  "instead of the management API. Check the console URL (for example "
                  "https://yourcompany.sentinelone.net).")
            .arg(where, e.endpoint);
    case Kind::BadResponse:
        return tr("%1 sent an incomplete or malformed answer for %2 after every attempt.")
            .arg(where, e.endpoint);
    case Kind::TooLarge:
        return tr("%1 sent an answer for %2 larger than the size limit of %3, so reading stopped there "
                  "and nothing of it was used. An API answer that large is not expected: check "
                  "that the console URL is the console's own address (for example "
                  "https://yourcompany.sentinelone.net), not a proxy or a download.")
            .arg(where, e.endpoint, e.boundText());
    case Kind::Redirected:
        return tr("%1 redirected the request elsewhere, so the API token was not sent. Use the final "
                  "console address directly if you trust it.")
            .arg(where);
    case Kind::TlsFailure:
        return tr("The secure connection to %1 failed: its certificate is not trusted. If the console "
                  "uses a private certificate authority, install it or pin the certificate in the "
                  "profile's TLS settings.")
            .arg(where);
    case Kind::Timeout:
        if (e.bound == net::ApiError::Bound::Deadline)
            return tr("The answer of %1 to %2 did not complete within %3, after every attempt. "
                      "The console or the network is very slow right now; try again later.")
                .arg(where, e.endpoint, e.boundText());
        if (e.bound == net::ApiError::Bound::IdleTimeout)
            return tr("%1 did not answer in time: nothing came for %2 while it answered %3, after every "
                      "attempt. Check the network or the console URL.")
                .arg(where, e.boundText(), e.endpoint);
        return tr("%1 did not answer in time, after every attempt. Check the network or the console "
                  "URL.")
            .arg(where);
    case Kind::Network:
        return tr("Could not reach %1. Check the console URL, your network connection and any proxy.")
            .arg(where);
    }
    return {};
}

} // namespace s1
