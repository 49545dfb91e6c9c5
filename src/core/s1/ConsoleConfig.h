// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiCall.h"
#include "net/Transport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace s1 {

// What a client needs to talk to one console. The token is held in memory only; it is never
// written to settings, logs or the database (the SecretStore owns it at rest).
struct ConsoleConfig
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleConfig)
public:
    QUrl url; // normalized: scheme://host[:port], no trailing slash
    QString token; // normalized: without an "ApiToken " prefix
    QString accountId;
    QStringList siteIds;
    net::Transport transport; // attempts, timeouts, size limit, pinned certificate

    // Returns a normalized console URL, or an empty QUrl and a message naming the field.
    // Accepts surrounding spaces, a missing scheme (https assumed), a trailing slash, and a pasted
    // API path (…/web/api/v2.1) which is cut off.
    static QUrl normalizeUrl(const QString &input, QString *error = nullptr);
    // Strips spaces and an "ApiToken "/"APIToken " prefix (any case). Empty -> error.
    static QString normalizeToken(const QString &input, QString *error = nullptr);
    // The console page of a threat, for people.
    QUrl threatPage(const QString &threatId) const;
    // The endpoint for a net::ApiCall: SentinelOne dialect, "Authorization: ApiToken <token>".
    net::ApiEndpoint endpoint() const;
};

} // namespace s1
