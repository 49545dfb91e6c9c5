// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiCall.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

namespace s1 {

namespace {
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("http") ? 80 : 443) == b.port(b.scheme() == QLatin1String("http") ? 80 : 443);
}

// "AB:CD:..." or "abcd..." -> "abcd...": people paste what openssl or a browser shows.
QByteArray normalizedDigest(const QByteArray &hex)
{
    QByteArray out;
    out.reserve(hex.size());
    for (const char c : hex) {
        if (c != ':' && c != ' ')
            out += char(QChar::toLower(uint(uchar(c))));
    }
    return out;
}
} // namespace

ApiEndpoint ApiEndpoint::fromConsole(const ConsoleConfig &config)
{
    ApiEndpoint e;
    e.service = ApiError::Service::SentinelOne;
    e.url = config.url;
    e.authorization = "ApiToken " + config.token.toUtf8();
    e.maxAttempts = config.maxAttempts;
    e.timeoutMs = config.timeoutMs;
    e.backoffBaseMs = config.backoffBaseMs;
    e.backoffMaxMs = config.backoffMaxMs;
    e.pinnedCertSha256 = config.pinnedCertSha256;
    return e;
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
                : QString::fromUtf8(QJsonDocument(detail.isArray() ? QJsonDocument(detail.toArray())
                                                                    : QJsonDocument(detail.toObject()))
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

ApiCall::ApiCall(QNetworkAccessManager *nam, const ConsoleConfig &config, ApiRequest request, QObject *parent)
    : ApiCall(nam, ApiEndpoint::fromConsole(config), std::move(request), parent)
{
}

ApiCall::ApiCall(QNetworkAccessManager *nam, const ApiEndpoint &endpoint, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(endpoint)
    , m_request(std::move(request))
    , m_policy(endpoint.maxAttempts, endpoint.backoffBaseMs, endpoint.backoffMaxMs)
    , m_timeout(new QTimer(this))
    , m_backoff(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_backoff->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
    connect(m_backoff, &QTimer::timeout, this, [this] { start(); });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QJsonValue ApiCall::data() const
{
    return m_json.object().value(QLatin1String("data"));
}

const QLoggingCategory &ApiCall::log() const
{
    return m_endpoint.service == ApiError::Service::OpenCti ? lcOpenCti() : lcS1Client();
}

QString ApiCall::what() const
{
    QString text = QString::fromLatin1(m_request.method) + u' ' + m_request.path;
    if (!m_request.operation.isEmpty())
        text += u' ' + m_request.operation;
    return text;
}

ApiError ApiCall::makeError(ApiError::Kind kind, int status, const QString &detail) const
{
    ApiError e;
    e.kind = kind;
    e.service = m_endpoint.service;
    e.httpStatus = status;
    e.detail = detail;
    e.endpoint = m_request.path;
    e.operation = m_request.operation;
    e.host = m_endpoint.url.host();
    return e;
}

void ApiCall::start()
{
    if (m_finished)
        return;
    if (m_cancelled)
        return finishWith(makeError(ApiError::Kind::Cancelled, 0, {}));
    if (!m_nam)
        return finishWith(makeError(ApiError::Kind::Network, 0, QStringLiteral("no network access")));
    if (!m_endpoint.url.isValid() || m_endpoint.url.host().isEmpty())
        return finishWith(makeError(ApiError::Kind::InvalidConfig, 0,
                                    m_endpoint.service == ApiError::Service::OpenCti ? tr("OpenCTI URL: not configured.")
                                                                                     : tr("Console URL: not configured.")));
    QUrl url = m_endpoint.url;
    url.setPath(m_endpoint.url.path() + m_request.path);
    // Encode every value strictly: opaque cursors carry '+', '/' and '=' that a server would misread.
    QByteArray query;
    const auto items = m_request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value, ",:");
    }
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    ++m_attempts;
    m_timedOut = false;
    sendAttempt(url, 5);
}

void ApiCall::sendAttempt(const QUrl &url, int redirectsLeft)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Authorization", m_endpoint.authorization);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("S1Bridge/" S1_VERSION_STRING));
    if (!m_request.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qCDebug(log()).noquote() << m_request.method
                             << url.toDisplayString(QUrl::RemoveUserInfo)
                                    + (m_request.operation.isEmpty() ? QString() : u' ' + m_request.operation)
                             << "attempt" << m_attempts;
    QNetworkReply *reply = m_nam->sendCustomRequest(req, m_request.method, m_request.body);
    m_reply = reply;
    m_pinMismatch.clear();
    m_presentedCertSha256.clear();
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &) {
        const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
        if (cert.isNull())
            return;
        const QByteArray digest = cert.digest(QCryptographicHash::Sha256).toHex();
        m_presentedCertSha256 = digest; // offered to the user, who may choose to pin it
        if (m_endpoint.pinnedCertSha256.isEmpty())
            return;
        if (digest == normalizedDigest(m_endpoint.pinnedCertSha256))
            reply->ignoreSslErrors();
        else
            m_pinMismatch = digest; // named in the error, so the user can compare
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, redirectsLeft] { onReplyFinished(reply, redirectsLeft); });
    connect(reply, &QNetworkReply::downloadProgress, m_timeout, [this] { m_timeout->start(m_endpoint.timeoutMs); });
    connect(reply, &QNetworkReply::uploadProgress, m_timeout, [this] { m_timeout->start(m_endpoint.timeoutMs); });
    m_timeout->start(m_endpoint.timeoutMs);
}

void ApiCall::onReplyFinished(QNetworkReply *reply, int redirectsLeft)
{
    m_timeout->stop();
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // aborted replies are closed
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_cancelled)
        return finishWith(makeError(ApiError::Kind::Cancelled, 0, {}));

    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        const bool upgrade = reply->url().scheme() == QLatin1String("http") && target.scheme() == QLatin1String("https")
            && reply->url().host().compare(target.host(), Qt::CaseInsensitive) == 0;
        if ((sameOrigin(reply->url(), target) || upgrade) && redirectsLeft > 0) {
            qCDebug(log()) << "following redirect within" << target.host();
            return sendAttempt(target, redirectsLeft - 1);
        }
        qCInfo(log()).noquote() << "not following redirect from" << reply->url().host() << "to"
                                        << target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        return finishWith(makeError(ApiError::Kind::Redirected, status,
                                    tr("redirected to %1").arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
    }

    ApiError error = classify(reply, body);
    if (!error.isError())
        return finishWith(error);
    if (m_policy.shouldRetry(error, m_attempts)) {
        const int delay = m_policy.delayMs(m_attempts, reply->rawHeader("Retry-After"));
        qCInfo(log()).noquote() << what() << "failed:" << ApiError::kindName(error.kind) << error.httpStatus
                                << "- retry" << (m_attempts + 1) << "of" << m_policy.maxAttempts() << "in" << delay << "ms";
        Q_EMIT retrying(m_attempts, delay, error);
        m_backoff->start(delay);
        return;
    }
    finishWith(error);
}

ApiError ApiCall::classify(QNetworkReply *reply, const QByteArray &body)
{
    using Kind = ApiError::Kind;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();

    if (m_timedOut)
        return makeError(Kind::Timeout, 0, tr("no answer within %1 s").arg(m_endpoint.timeoutMs / 1000));
    if (status == 0 || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        switch (netError) {
        case QNetworkReply::SslHandshakeFailedError: {
            ApiError e = !m_pinMismatch.isEmpty()
                ? makeError(Kind::TlsFailure, 0,
                            tr("the certificate's SHA-256 fingerprint %1 is not the pinned one; %2")
                                .arg(QString::fromLatin1(m_pinMismatch), reply->errorString()))
                : makeError(Kind::TlsFailure, 0, reply->errorString());
            e.certificateSha256 = m_presentedCertSha256;
            return e;
        }
        case QNetworkReply::TimeoutError:
            return makeError(Kind::Timeout, 0, reply->errorString());
        case QNetworkReply::OperationCanceledError:
            return makeError(m_cancelled ? Kind::Cancelled : Kind::Timeout, 0, reply->errorString());
        default:
            return makeError(Kind::Network, status, reply->errorString());
        }
    }

    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    return m_endpoint.service == ApiError::Service::OpenCti ? classifyGraphQl(status, contentType, body)
                                                           : classifySentinelOne(status, contentType, body);
}

ApiError ApiCall::classifySentinelOne(int status, const QByteArray &contentType, const QByteArray &body)
{
    using Kind = ApiError::Kind;
    const bool looksHtml = contentType.contains("html") || body.trimmed().startsWith('<');
    QJsonParseError parseError{};
    const QJsonDocument doc = looksHtml ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    const bool isJson = !looksHtml && parseError.error == QJsonParseError::NoError && doc.isObject();
    const QString envelopeText = isJson ? errorEnvelopeText(doc) : QString();

    if (status == 429)
        return makeError(Kind::RateLimited, status, envelopeText);
    if (status >= 500)
        return makeError(Kind::ServerError, status, envelopeText);
    if (status == 401)
        return makeError(Kind::TokenRefused, status, envelopeText);
    if (status == 403)
        return makeError(Kind::Forbidden, status, envelopeText);
    if (looksHtml)
        return makeError(Kind::NotAConsole, status, tr("HTTP %1, %2").arg(status).arg(QString::fromLatin1(contentType.isEmpty() ? QByteArray("HTML") : contentType)));
    if (status == 404)
        return makeError(isJson ? Kind::NotAvailable : Kind::NotAConsole, status, envelopeText);
    if (status >= 400)
        return makeError(Kind::BadRequest, status, envelopeText);
    if (!isJson) {
        // A JSON content type that does not parse is a truncated or damaged answer: worth a retry.
        if (contentType.contains("json") || body.isEmpty())
            return makeError(Kind::BadResponse, status, parseError.errorString());
        return makeError(Kind::NotAConsole, status, tr("the answer is not JSON"));
    }
    const QJsonObject root = doc.object();
    if (!root.contains(QLatin1String("data")))
        return makeError(Kind::NotAConsole, status, tr("the JSON answer has no \"data\" member"));
    m_json = doc;
    return {};
}

ApiError ApiCall::classifyGraphQl(int status, const QByteArray &contentType, const QByteArray &body)
{
    using Kind = ApiError::Kind;
    const bool looksHtml = contentType.contains("html") || body.trimmed().startsWith('<');
    QJsonParseError parseError{};
    const QJsonDocument doc = looksHtml ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    const bool isJson = !looksHtml && parseError.error == QJsonParseError::NoError && doc.isObject();
    const QJsonObject root = doc.object();
    const QJsonArray errors = root.value(QLatin1String("errors")).toArray();
    const bool isGraphQl = isJson && (root.contains(QLatin1String("data")) || root.value(QLatin1String("errors")).isArray());
    const QString errorText = isGraphQl ? graphQlErrorText(doc) : QString();

    if (status == 429)
        return makeError(Kind::RateLimited, status, errorText);
    if (status >= 500)
        return makeError(Kind::ServerError, status, errorText);
    if (status == 401)
        return makeError(Kind::TokenRefused, status, errorText);
    if (status == 403)
        return makeError(Kind::Forbidden, status, errorText);
    if (looksHtml)
        return makeError(Kind::NotAConsole, status, tr("HTTP %1, %2").arg(status).arg(QString::fromLatin1(contentType.isEmpty() ? QByteArray("HTML") : contentType)));
    if (status == 404) // the one endpoint is /graphql: nothing there means no OpenCTI there
        return makeError(Kind::NotAConsole, status, errorText);
    if (!isJson) {
        if (contentType.contains("json") || body.isEmpty())
            return makeError(Kind::BadResponse, status, parseError.errorString());
        return makeError(Kind::NotAConsole, status, tr("the answer is not JSON"));
    }
    if (!isGraphQl)
        return makeError(Kind::NotAConsole, status, tr("the JSON answer is not a GraphQL result (no \"data\" or \"errors\")"));
    if (!errors.isEmpty()) {
        // OpenCTI answers authentication and permission errors with HTTP 200 and a code.
        bool authRequired = false;
        bool forbidden = false;
        for (const QJsonValue &value : errors) {
            const QJsonObject e = value.toObject();
            const QString code = e.value(QLatin1String("extensions")).toObject().value(QLatin1String("code")).toString();
            const QString message = e.value(QLatin1String("message")).toString();
            if (code == QLatin1String("AUTH_REQUIRED") || message.contains(QLatin1String("You must be logged in"), Qt::CaseInsensitive))
                authRequired = true;
            else if (code == QLatin1String("FORBIDDEN_ACCESS"))
                forbidden = true;
        }
        if (authRequired)
            return makeError(Kind::TokenRefused, status, errorText);
        if (forbidden)
            return makeError(Kind::Forbidden, status, errorText);
        return makeError(Kind::BadRequest, status, errorText.isEmpty() ? tr("the GraphQL answer lists errors without a message") : errorText);
    }
    if (status >= 400)
        return makeError(Kind::BadRequest, status, errorText);
    if (!root.value(QLatin1String("data")).isObject())
        return makeError(Kind::NotAConsole, status, tr("the GraphQL answer has no data"));
    m_json = doc;
    return {};
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_backoff->stop();
    if (m_reply)
        m_reply->abort(); // finishes through onReplyFinished
    else
        finishWith(makeError(ApiError::Kind::Cancelled, 0, {}));
}

void ApiCall::finishWith(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout->stop();
    m_backoff->stop();
    m_error = error.isError() ? error : makeError(ApiError::Kind::None, 0, {}); // says which service and host
    if (error.isError() && error.kind != ApiError::Kind::Cancelled)
        qCInfo(log()).noquote() << what() << "failed after" << m_attempts << "attempt(s):"
                                << ApiError::kindName(error.kind) << error.httpStatus << error.detail;
    Q_EMIT finished();
}

} // namespace s1
