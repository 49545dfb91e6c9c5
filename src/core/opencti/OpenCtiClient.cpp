// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiClient.h"

#include "GraphQlDocuments.h"
#include "net/ApiCall.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace opencti {

OpenCtiClient::OpenCtiClient(const OpenCtiConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setAutoDeleteReplies(false);
}

OpenCtiClient::~OpenCtiClient() = default;

net::ApiCall *OpenCtiClient::request(const QString &document, const QJsonObject &variables, QObject *parent)
{
    net::ApiRequest r;
    r.method = "POST";
    r.path = graphQlPath();
    r.operation = GraphQlDocuments::operationName(document);
    // Every document this tool sends may be sent again: queries read; registerConnector and
    // stixBundlePush upsert by id (deterministic STIX ids); workEdit sets a state; a repeated
    // workAdd leaves at most an empty work behind.
    r.idempotent = true;
    QJsonObject body {{QStringLiteral("query"), document}, {QStringLiteral("variables"), variables}};
    if (!r.operation.isEmpty())
        body.insert(QStringLiteral("operationName"), r.operation);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto *call = new net::ApiCall(m_nam, m_config.endpoint(), std::move(r), parent ? parent : this);
    call->start();
    return call;
}

} // namespace opencti
