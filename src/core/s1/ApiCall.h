// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ConsoleConfig.h"
#include "RetryPolicy.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace s1 {

struct ApiRequest
{
    QByteArray method = "GET";
    QString path;          // below the console URL, e.g. /web/api/v2.1/threats
    QUrlQuery query;
    QByteArray body;       // JSON; empty for none
};

// One logical API request: sends it, applies the retry policy (429, 5xx, transport errors, with
// Retry-After), a timeout per attempt, and the redirect rule (the token never leaves the console's
// host), then classifies the answer. Emits finished() exactly once. Deletes nothing by itself:
// the owner (usually a Job) deletes it, or parents it.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ApiCall(QNetworkAccessManager *nam, const ConsoleConfig &config, ApiRequest request, QObject *parent = nullptr);
    ~ApiCall() override;

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    const QJsonDocument &json() const { return m_json; }
    // The envelope's "data" member.
    QJsonValue data() const;
    int attempts() const { return m_attempts; }
    const ApiRequest &request() const { return m_request; }

Q_SIGNALS:
    void finished();
    // Another attempt follows after delayMs.
    void retrying(int attemptsMade, int delayMs, const s1::ApiError &reason);

private:
    void sendAttempt(const QUrl &url, int redirectsLeft);
    void onReplyFinished(QNetworkReply *reply, int redirectsLeft);
    void finishWith(const ApiError &error);
    ApiError classify(QNetworkReply *reply, const QByteArray &body);
    ApiError makeError(ApiError::Kind kind, int status, const QString &detail) const;

    QPointer<QNetworkAccessManager> m_nam;
    ConsoleConfig m_config;
    ApiRequest m_request;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout = nullptr;
    QTimer *m_backoff = nullptr;
    QJsonDocument m_json;
    ApiError m_error;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

// Extracts "title: detail" of the first entries of an {"errors":[...]} envelope.
QString errorEnvelopeText(const QJsonDocument &doc);

} // namespace s1
