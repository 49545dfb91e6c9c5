// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ServiceDialect.h"

#include <QCoreApplication>

namespace s1 {

// How a SentinelOne management console speaks: "Authorization: ApiToken <token>"; success = a JSON
// object with "data"; errors = {"errors":[{code, title, detail}]} with the HTTP status saying which.
class S1Dialect : public net::ServiceDialect
{
    Q_DECLARE_TR_FUNCTIONS(S1Dialect)
public:
    static const S1Dialect *instance();

    QString name() const override { return QStringLiteral("SentinelOne"); }
    const QLoggingCategory &log() const override;
    QString notConfigured() const override;
    net::ApiError::Kind classify(int status, const QByteArray &contentType, const QByteArray &body,
        QJsonDocument *json, QString *detail) const override;
    QString message(const net::ApiError &error) const override;
};

// Extracts "title: detail" of the first entries of an {"errors":[...]} envelope.
QString errorEnvelopeText(const QJsonDocument &doc);

// SentinelOne's code for a user that spans several accounts or sites, refused by operations that
// need one scope (POST /threat-intelligence/iocs: "does not support multi-scope users yet"). The
// dialect marks such an answer's detail with "(code 4030010)".
inline constexpr int MultiScopeUserCode = 4030010;
// True for the path of the threat-intelligence IOC endpoints.
bool isThreatIntelPath(const QString &endpoint);
// True for the path of the firewall-control endpoints.
bool isFirewallPath(const QString &endpoint);

} // namespace s1
