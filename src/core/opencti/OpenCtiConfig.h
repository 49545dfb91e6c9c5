// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiCall.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace opencti {

// What a client needs to talk to one OpenCTI platform. The token is held in memory only; it is
// never written to settings, logs or the database (the SecretStore owns it at rest).
struct OpenCtiConfig
{
    Q_DECLARE_TR_FUNCTIONS(OpenCtiConfig)
public:
    QUrl url; // normalized: scheme://host[:port][/base path], no trailing slash, no /graphql
    QString token; // normalized: without a "Bearer " prefix
    net::Transport transport; // attempts, timeouts, size limit, pinned certificate

    // Returns a normalized OpenCTI URL, or an empty QUrl and a message naming the field
    // ("OpenCTI URL: ..."). Accepts surrounding spaces, a missing scheme (https assumed), trailing
    // slashes, and a pasted GraphQL endpoint (…/graphql) or browser address (…/dashboard/…),
    // which are cut off.
    static QUrl normalizeUrl(const QString &input, QString *error = nullptr);
    // Strips spaces and a "Bearer " prefix (any case). Empty or with inner spaces -> error.
    static QString normalizeToken(const QString &input, QString *error = nullptr);

    // The endpoint for an ApiCall: OpenCTI dialect, "Authorization: Bearer <token>".
    net::ApiEndpoint endpoint() const;
};

} // namespace opencti
