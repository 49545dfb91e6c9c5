// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace s1 {

// What a client needs to talk to one console. The token is held in memory only; it is never
// written to settings, logs or the database (the SecretStore owns it at rest).
// Normalizes a service address typed or pasted by a person: surrounding spaces, a missing scheme
// (https assumed), upper-case host, trailing slashes, a pasted path matching appPath (an API path or
// a page of the web interface) are all fine; no host, a non-http scheme or credentials are refused
// with a message starting with `field` ("Console URL", "OpenCTI URL"). emptyHint: the message when
// nothing was entered.
QUrl normalizeServiceUrl(const QString &input, const QString &field, const QString &emptyHint,
                         const QRegularExpression &appPath, QString *error);

struct ConsoleConfig
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleConfig)
public:
    QUrl url;                 // normalized: scheme://host[:port], no trailing slash
    QString token;            // normalized: without an "ApiToken " prefix
    QString accountId;
    QStringList siteIds;
    int maxAttempts = 5;      // MAX_API_ATTEMPTS
    int timeoutMs = 60000;    // per request (inactivity)
    int backoffBaseMs = 1000; // first back-off delay; doubles each attempt
    int backoffMaxMs = 60000;
    QByteArray pinnedCertSha256;  // hex; when set, a certificate with this digest is accepted

    // Returns a normalized console URL, or an empty QUrl and a message naming the field.
    // Accepts surrounding spaces, a missing scheme (https assumed), a trailing slash, and a pasted
    // API path (…/web/api/v2.1) which is cut off.
    static QUrl normalizeUrl(const QString &input, QString *error = nullptr);
    // Strips spaces and an "ApiToken "/"APIToken " prefix (any case). Empty -> error.
    static QString normalizeToken(const QString &input, QString *error = nullptr);
    // The console page of a threat, for people.
    QUrl threatPage(const QString &threatId) const;
};

} // namespace s1
