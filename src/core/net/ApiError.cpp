// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include "ServiceDialect.h"

#include <QLocale>

namespace net {

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
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::InvalidConfig:
        return QStringLiteral("invalid-config");
    case Kind::TokenRefused:
        return QStringLiteral("token-refused");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotAvailable:
        return QStringLiteral("not-available");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::NotAConsole:
        return QStringLiteral("not-a-console");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Redirected:
        return QStringLiteral("redirected");
    case Kind::TlsFailure:
        return QStringLiteral("tls-failure");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ApiError::boundText() const
{
    switch (bound) {
    case Bound::None:
        return {};
    case Bound::IdleTimeout:
    case Bound::Deadline:
        return boundValue % 1000 == 0 ? tr("%1 s").arg(boundValue / 1000)
                                      : tr("%1 s").arg(QLocale().toString(boundValue / 1000.0, 'f', 1));
    case Bound::SizeLimit:
        return QLocale().formattedDataSize(boundValue, boundValue % (1024 * 1024) == 0 ? 0 : 1);
    }
    return {};
}

QString ApiError::serviceName() const
{
    return dialect ? dialect->name() : QString();
}

QString ApiError::tlsMessage() const
{
    const QString where = host.isEmpty() ? tr("the server") : host;
    switch (tlsProblem) {
    case TlsProblem::None:
    case TlsProblem::Untrusted:
        return {};
    case TlsProblem::Expired:
        return tr("The secure connection to %1 failed: its certificate expired on %2, so nothing was sent. "
                  "The server's administrator must renew the certificate (check also that this computer's "
                  "date is right).")
            .arg(where, certificateValidUntil.toUTC().date().toString(Qt::ISODate));
    case TlsProblem::NotYetValid:
        return tr("The secure connection to %1 failed: its certificate is valid only from %2, so nothing "
                  "was sent. Check that this computer's date and time are right.")
            .arg(where, certificateValidFrom.toUTC().date().toString(Qt::ISODate));
    case TlsProblem::WrongHost:
        return tr("The secure connection to %1 failed: its certificate is for %2, not for %1, so nothing "
                  "was sent. Use the address the certificate names in the profile, or have the server's "
                  "administrator issue a certificate for %1.")
            .arg(where,
                certificateNames.isEmpty() ? tr("another name") : certificateNames.join(QLatin1String(", ")));
    case TlsProblem::PinMismatch:
        return tr("The secure connection to %1 failed: its certificate (SHA-256 fingerprint %2) is not the "
                  "one pinned in the profile, so nothing was sent. If the server's certificate was replaced "
                  "on purpose, confirm the new fingerprint with its administrator and pin it instead; "
                  "otherwise someone may be intercepting the connection.")
            .arg(where, QString::fromLatin1(certificateSha256));
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
    QString text = kind == Kind::TlsFailure ? tlsMessage() : QString();
    if (text.isEmpty() && dialect)
        text = dialect->message(*this);
    if (text.isEmpty()) {
        const QString where = host.isEmpty() ? tr("The server") : host;
        text = kind == Kind::TooLarge ? tr("%1 sent an answer for %2 larger than the size limit of %3.")
                                            .arg(where, endpoint, boundText())
                                      : tr("The request to %1 failed (%2).").arg(where, kindName(kind));
    }
    if (outcomeUnknown)
        text += u' ' + tr("The answer was lost after the request was sent, so it may have been carried out.");
    if (!detail.isEmpty())
        text += u' ' + tr("(Details: %1)").arg(detail);
    return text;
}

bool ServiceDialect::looksHtml(const QByteArray &contentType, const QByteArray &body)
{
    return contentType.contains("html") || body.trimmed().startsWith('<');
}

ServiceDialect::Body ServiceDialect::parseBody(const QByteArray &contentType, const QByteArray &body)
{
    Body parsed;
    parsed.html = looksHtml(contentType, body);
    if (!parsed.html)
        parsed.doc = QJsonDocument::fromJson(body, &parsed.parseError);
    parsed.isJsonObject
        = !parsed.html && parsed.parseError.error == QJsonParseError::NoError && parsed.doc.isObject();
    return parsed;
}

std::optional<ApiError::Kind> ServiceDialect::commonKind(
    int status, const Body &parsed, const QByteArray &contentType, QString *detail)
{
    using Kind = ApiError::Kind;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500)
        return Kind::ServerError;
    if (status == 401)
        return Kind::TokenRefused;
    if (status == 403)
        return Kind::Forbidden;
    if (parsed.html) {
        *detail = htmlDetail(status, contentType);
        return Kind::NotAConsole;
    }
    return std::nullopt;
}

ApiError::Kind ServiceDialect::notJsonKind(
    const Body &parsed, const QByteArray &contentType, const QByteArray &body, QString *detail)
{
    // JSON that parses but is a list where the API gives an object: a whole answer, from some other
    // server (taken for a cut-off one it was retried, then called "malformed... no error occurred").
    if (!parsed.html && parsed.parseError.error == QJsonParseError::NoError && parsed.doc.isArray()) {
        *detail = ApiError::tr("the answer is a JSON list, where the API gives an object");
        return ApiError::Kind::NotAConsole;
    }
    // A JSON content type that does not parse is a truncated or damaged answer: worth a retry.
    if (contentType.contains("json") || body.isEmpty()) {
        *detail = parsed.parseError.errorString();
        return ApiError::Kind::BadResponse;
    }
    *detail = ApiError::tr("the answer is not JSON");
    return ApiError::Kind::NotAConsole;
}

QString ServiceDialect::htmlDetail(int status, const QByteArray &contentType)
{
    return ApiError::tr("HTTP %1, %2")
        .arg(status)
        .arg(QString::fromLatin1(contentType.isEmpty() ? QByteArray("HTML") : contentType));
}

} // namespace net
