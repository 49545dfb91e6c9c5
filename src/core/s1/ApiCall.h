// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ConsoleConfig.h"
#include "RetryPolicy.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class QLoggingCategory;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace s1 {

// Where one API lives and how to talk to it: everything an ApiCall needs besides the request.
// The service is the dialect: it decides the success envelope, the classification of errors and
// the wording of ApiError::userMessage().
//   SentinelOne: "Authorization: ApiToken <token>"; success = JSON object with "data";
//                errors = {"errors":[{title, detail}]} with the HTTP status saying which.
//   OpenCti:     "Authorization: Bearer <token>", POST JSON {"query","variables"} to <url>/graphql;
//                success = JSON object with "data" and no "errors"; GraphQL errors arrive with
//                HTTP 200 and extensions.code AUTH_REQUIRED / FORBIDDEN_ACCESS / ...
struct ApiEndpoint
{
    ApiError::Service service = ApiError::Service::SentinelOne;
    QUrl url;                     // normalized base URL: scheme://host[:port][/base path]
    QByteArray authorization;     // the whole header value, e.g. "ApiToken <token>"; never logged
    int maxAttempts = 5;
    int timeoutMs = 60000;        // per attempt (inactivity)
    int backoffBaseMs = 1000;
    int backoffMaxMs = 60000;
    QByteArray pinnedCertSha256;  // hex (colons and case ignored); a certificate with this digest is accepted

    static ApiEndpoint fromConsole(const ConsoleConfig &config);
};

struct ApiRequest
{
    QByteArray method = "GET";
    QString path;          // below the base URL, e.g. /web/api/v2.1/threats or /graphql
    QUrlQuery query;
    QByteArray body;       // JSON; empty for none
    QString operation;     // GraphQL operation name (logs, messages); empty for REST
};

// One logical API request: sends it, applies the retry policy (429, 5xx, transport errors, with
// Retry-After), a timeout per attempt, the redirect rule (the token never leaves the API's host)
// and certificate pinning, then classifies the answer in the endpoint's dialect. Emits finished()
// exactly once. Deletes nothing by itself: the owner (usually a Job) deletes it, or parents it.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ApiCall(QNetworkAccessManager *nam, const ApiEndpoint &endpoint, ApiRequest request, QObject *parent = nullptr);
    // A SentinelOne request (ApiEndpoint::fromConsole).
    ApiCall(QNetworkAccessManager *nam, const ConsoleConfig &config, ApiRequest request, QObject *parent = nullptr);
    ~ApiCall() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    const QJsonDocument &json() const { return m_json; }
    // The envelope's "data" member (SentinelOne and GraphQL alike).
    QJsonValue data() const;
    int attempts() const { return m_attempts; }
    const ApiRequest &request() const { return m_request; }
    ApiError::Service service() const { return m_endpoint.service; }

Q_SIGNALS:
    void finished();
    // Another attempt follows after delayMs.
    void retrying(int attemptsMade, int delayMs, const s1::ApiError &reason);

private:
    void sendAttempt(const QUrl &url, int redirectsLeft);
    void onReplyFinished(QNetworkReply *reply, int redirectsLeft);
    void finishWith(const ApiError &error);
    ApiError classify(QNetworkReply *reply, const QByteArray &body);
    ApiError classifySentinelOne(int status, const QByteArray &contentType, const QByteArray &body);
    ApiError classifyGraphQl(int status, const QByteArray &contentType, const QByteArray &body);
    ApiError makeError(ApiError::Kind kind, int status, const QString &detail) const;
    const QLoggingCategory &log() const;
    QString what() const; // "POST /graphql CheckConnection", for logs

    QPointer<QNetworkAccessManager> m_nam;
    ApiEndpoint m_endpoint;
    ApiRequest m_request;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout = nullptr;
    QTimer *m_backoff = nullptr;
    QJsonDocument m_json;
    ApiError m_error;
    QByteArray m_pinMismatch;          // digest of a certificate that did not match the pin
    QByteArray m_presentedCertSha256;  // digest of the certificate the server presented (TLS errors)
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

// Extracts "title: detail" of the first entries of an {"errors":[...]} envelope.
QString errorEnvelopeText(const QJsonDocument &doc);
// Extracts the "message" of the first entries of a GraphQL {"errors":[...]} result.
QString graphQlErrorText(const QJsonDocument &doc);

} // namespace s1
