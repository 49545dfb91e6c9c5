// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "RetryPolicy.h"
#include "Transport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace net {

class ServiceDialect;

// Where one API lives and how to talk to it: everything an ApiCall needs besides the request.
struct ApiEndpoint
{
    const ServiceDialect *dialect = nullptr; // the service: success envelope, errors, wording
    QUrl url; // normalized base URL: scheme://host[:port][/base path]
    QByteArray authorization; // the whole header value, e.g. "ApiToken <token>"; never logged
    Transport transport;
};

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // below the base URL, e.g. /web/api/v2.1/threats or /graphql
    QUrlQuery query;
    QByteArray body; // JSON; empty for none
    QString operation; // GraphQL operation name (logs, messages); empty for REST
    // May the request be sent again when its answer was lost? By default GET, HEAD, PUT and DELETE
    // may, POST may not (it creates something). A POST that only reads or that the server treats as
    // an upsert says so here.
    std::optional<bool> idempotent;
    // The Accept header; empty: application/json (a TAXII server wants its own media type).
    QByteArray accept;

    bool isIdempotent() const;
};

// One logical API request: sends it, applies the retry policy (429, 5xx, transport errors, with
// Retry-After; a request that is not idempotent only when it surely did not reach the server),
// an idle timeout and a total deadline per attempt, a size limit on the answer, the redirect rule
// (the token never leaves the API's host) and certificate pinning, then classifies the answer in
// the endpoint's dialect. Emits finished() exactly once. Deletes nothing by itself: the owner
// (usually a Job) deletes it, or parents it.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ApiCall(QNetworkAccessManager *nam, const ApiEndpoint &endpoint, ApiRequest request,
        QObject *parent = nullptr);
    ~ApiCall() override;

    void start();
    // Before start(): the request cannot be right (the client checked it against the API's rules),
    // so start() sends nothing and the call fails with InvalidConfig and this sentence.
    void refuse(const QString &reason) { m_refusal = reason; }
    void cancel();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    const QJsonDocument &json() const { return m_json; }
    // The envelope's "data" member (SentinelOne and GraphQL alike).
    QJsonValue data() const;
    // The body of the last error answer (HTTP >= 400) when it was JSON, e.g. SentinelOne's
    // {"errors":[...]} with every entry (error().detail holds the first few only); else empty.
    const QJsonDocument &errorJson() const { return m_errorJson; }
    int attempts() const { return m_attempts; }
    // A header of the last answer (e.g. TAXII's X-TAXII-Date-Added-Last); empty when it had none.
    QByteArray rawHeader(const QByteArray &name) const;
    const ApiRequest &request() const { return m_request; }
    const ServiceDialect *dialect() const { return m_endpoint.dialect; }

Q_SIGNALS:
    void finished();
    // Another attempt follows after delayMs.
    void retrying(int attemptsMade, int delayMs, const net::ApiError &reason);

private:
    void sendAttempt(const QUrl &url, int redirectsLeft);
    void onReadyRead(QNetworkReply *reply);
    void onReplyFinished(QNetworkReply *reply, int redirectsLeft);
    void finishWith(const ApiError &error);
    ApiError classify(QNetworkReply *reply);
    ApiError makeError(ApiError::Kind kind, int status, const QString &detail) const;
    QString what() const; // "POST /graphql CheckConnection", for logs

    QPointer<QNetworkAccessManager> m_nam;
    ApiEndpoint m_endpoint;
    ApiRequest m_request;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout = nullptr; // idle
    QTimer *m_deadline = nullptr; // total, per attempt
    QTimer *m_backoff = nullptr;
    QByteArray m_body; // the answer, joined once it is whole
    QList<QByteArray> m_pieces; // the answer as it comes (see onReadyRead)
    qint64 m_bodyBytes = 0; // in m_pieces
    QJsonDocument m_json;
    QJsonDocument m_errorJson;
    QList<std::pair<QByteArray, QByteArray>> m_headers; // of the last answer
    ApiError m_error;
    QByteArray m_pinMismatch; // digest of a certificate that did not match the pin
    QByteArray m_presentedCertSha256; // digest of the certificate the server presented (TLS errors)
    ApiError::TlsProblem m_tlsProblem = ApiError::TlsProblem::None; // from the last sslErrors
    QSslCertificate m_presentedCert;
    int m_attempts = 0;
    enum class Stop { None, Idle, Deadline, TooLarge } m_stop = Stop::None;
    bool m_cancelled = false;
    QString m_refusal;
    bool m_finished = false;
};

} // namespace net
