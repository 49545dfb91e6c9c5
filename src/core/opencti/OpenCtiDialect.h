// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ServiceDialect.h"

#include <QCoreApplication>

namespace opencti {

// How an OpenCTI platform speaks: "Authorization: Bearer <token>", POST JSON {"query","variables"}
// to <url>/graphql; success = a JSON object with "data" and no "errors"; GraphQL errors arrive with
// HTTP 200 and extensions.code AUTH_REQUIRED / FORBIDDEN_ACCESS / ...
class OpenCtiDialect : public net::ServiceDialect
{
    Q_DECLARE_TR_FUNCTIONS(OpenCtiDialect)
public:
    static const OpenCtiDialect *instance();

    QString name() const override { return QStringLiteral("OpenCTI"); }
    const QLoggingCategory &log() const override;
    QString notConfigured() const override;
    net::ApiError::Kind classify(int status, const QByteArray &contentType, const QByteArray &body,
        QJsonDocument *json, QString *detail) const override;
    QString message(const net::ApiError &error) const override;
};

// Extracts the "message" of the first entries of a GraphQL {"errors":[...]} result.
QString graphQlErrorText(const QJsonDocument &doc);

} // namespace opencti
