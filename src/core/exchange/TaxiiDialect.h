// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ServiceDialect.h"

#include <QCoreApplication>

namespace exchange {

// How a TAXII 2.1 server speaks: GET with "Accept: application/taxii+json;version=2.1", basic or
// bearer authentication; a successful answer is a JSON object (discovery, API root, collections,
// envelope). Errors in plain sentences: refused credentials (401), no right to read (403), nothing at
// the address (404), a web page instead of TAXII (a login page or a proxy), JSON that is not TAXII.
class TaxiiDialect : public net::ServiceDialect
{
    Q_DECLARE_TR_FUNCTIONS(TaxiiDialect)
public:
    static const TaxiiDialect *instance();

    QString name() const override { return QStringLiteral("TAXII"); }
    const QLoggingCategory &log() const override;
    QString notConfigured() const override;
    net::ApiError::Kind classify(int status, const QByteArray &contentType, const QByteArray &body,
        QJsonDocument *json, QString *detail) const override;
    QString message(const net::ApiError &error) const override;
};

} // namespace exchange
