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
} // namespace

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

ApiCall::ApiCall(QNetworkAccessManager *nam, const ConsoleConfig &config, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(config)
    , m_request(std::move(request))
    , m_policy(config.maxAttempts, config.backoffBaseMs, config.backoffMaxMs)
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

ApiError ApiCall::makeError(ApiError::Kind kind, int status, const QString &detail) const
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    e.detail = detail;
    e.endpoint = m_request.path;
    e.host = m_config.url.host();
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
    if (!m_config.url.isValid() || m_config.url.host().isEmpty())
        return finishWith(makeError(ApiError::Kind::InvalidConfig, 0, tr("Console URL: not configured.")));
    QUrl url = m_config.url;
    url.setPath(m_config.url.path() + m_request.path);
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
    req.setRawHeader("Authorization", "ApiToken " + m_config.token.toUtf8());
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("S1Bridge/" S1_VERSION_STRING));
    if (!m_request.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qCDebug(lcS1Client).noquote() << m_request.method << url.toDisplayString(QUrl::RemoveUserInfo)
                                  << "attempt" << m_attempts;
    QNetworkReply *reply = m_nam->sendCustomRequest(req, m_request.method, m_request.body);
    m_reply = reply;
    if (!m_config.pinnedCertSha256.isEmpty()) {
        connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &) {
            const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
            const QByteArray digest = cert.digest(QCryptographicHash::Sha256).toHex();
            if (!cert.isNull() && digest.compare(m_config.pinnedCertSha256.toLower()) == 0)
                reply->ignoreSslErrors();
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, redirectsLeft] { onReplyFinished(reply, redirectsLeft); });
    connect(reply, &QNetworkReply::downloadProgress, m_timeout, [this] { m_timeout->start(m_config.timeoutMs); });
    connect(reply, &QNetworkReply::uploadProgress, m_timeout, [this] { m_timeout->start(m_config.timeoutMs); });
    m_timeout->start(m_config.timeoutMs);
}

void ApiCall::onReplyFinished(QNetworkReply *reply, int redirectsLeft)
{
    m_timeout->stop();
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_cancelled)
        return finishWith(makeError(ApiError::Kind::Cancelled, 0, {}));

    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        const bool upgrade = reply->url().scheme() == QLatin1String("http") && target.scheme() == QLatin1String("https")
            && reply->url().host().compare(target.host(), Qt::CaseInsensitive) == 0;
        if ((sameOrigin(reply->url(), target) || upgrade) && redirectsLeft > 0) {
            qCDebug(lcS1Client) << "following redirect within" << target.host();
            return sendAttempt(target, redirectsLeft - 1);
        }
        qCInfo(lcS1Client).noquote() << "not following redirect from" << reply->url().host() << "to"
                                        << target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        return finishWith(makeError(ApiError::Kind::Redirected, status,
                                    tr("redirected to %1").arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
    }

    ApiError error = classify(reply, body);
    if (!error.isError())
        return finishWith(error);
    if (m_policy.shouldRetry(error, m_attempts)) {
        const int delay = m_policy.delayMs(m_attempts, reply->rawHeader("Retry-After"));
        qCInfo(lcS1Client).noquote() << m_request.method << m_request.path << "failed:" << ApiError::kindName(error.kind)
                                     << error.httpStatus << "- retry" << (m_attempts + 1) << "of"
                                     << m_policy.maxAttempts() << "in" << delay << "ms";
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
        return makeError(Kind::Timeout, 0, tr("no answer within %1 s").arg(m_config.timeoutMs / 1000));
    if (status == 0 || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        switch (netError) {
        case QNetworkReply::SslHandshakeFailedError:
            return makeError(Kind::TlsFailure, 0, reply->errorString());
        case QNetworkReply::TimeoutError:
            return makeError(Kind::Timeout, 0, reply->errorString());
        case QNetworkReply::OperationCanceledError:
            return makeError(m_cancelled ? Kind::Cancelled : Kind::Timeout, 0, reply->errorString());
        default:
            return makeError(Kind::Network, status, reply->errorString());
        }
    }

    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
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
    m_error = error;
    if (error.isError() && error.kind != ApiError::Kind::Cancelled)
        qCInfo(lcS1Client).noquote() << m_request.method << m_request.path << "failed after" << m_attempts
                                        << "attempt(s):" << ApiError::kindName(error.kind) << error.httpStatus << error.detail;
    Q_EMIT finished();
}

} // namespace s1
