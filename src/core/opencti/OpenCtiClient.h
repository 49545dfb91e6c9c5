// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OpenCtiConfig.h"

#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;

namespace net {
class ApiCall;
}

namespace opencti {

// Asynchronous OpenCTI GraphQL client: POST {"query","variables","operationName"} to <url>/graphql
// with "Authorization: Bearer <token>", through the same ApiCall (retry policy, timeouts, redirect
// rule, certificate pinning) as the SentinelOne client. One QNetworkAccessManager per client object;
// it lives in the thread that created it.
class OpenCtiClient : public QObject
{
    Q_OBJECT
public:
    explicit OpenCtiClient(const OpenCtiConfig &config, QObject *parent = nullptr);
    ~OpenCtiClient() override;

    const OpenCtiConfig &config() const { return m_config; }
    void setConfig(const OpenCtiConfig &config) { m_config = config; }

    // Sends one GraphQL document (see GraphQlDocuments). Returns the ApiCall, already started and
    // parented to the client unless a parent is given: connect to its finished(); data() is the
    // result's "data" object.
    net::ApiCall *request(
        const QString &document, const QJsonObject &variables = {}, QObject *parent = nullptr);

    static QString graphQlPath() { return QStringLiteral("/graphql"); }

private:
    OpenCtiConfig m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace opencti
