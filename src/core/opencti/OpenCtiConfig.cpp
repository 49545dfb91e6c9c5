// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiConfig.h"

#include <QRegularExpression>

namespace opencti {

QUrl OpenCtiConfig::normalizeUrl(const QString &input, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("OpenCTI URL: enter the address of your OpenCTI platform, for example "
                       "https://opencti.example.com."));
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("OpenCTI URL: \"%1\" is not a valid address.").arg(input.trimmed()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(tr("OpenCTI URL: the scheme \"%1\" is not supported; use https://.").arg(url.scheme()));
    if (url.host().isEmpty())
        return fail(tr("OpenCTI URL: \"%1\" has no host name.").arg(input.trimmed()));
    if (!url.userInfo().isEmpty())
        return fail(tr("OpenCTI URL: do not put a user name or password in the address."));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // The GraphQL endpoint, or a page of the web interface, pasted from the browser.
    static const QRegularExpression appPath(
        QStringLiteral("/(graphql|dashboard)(/.*)?$"), QRegularExpression::CaseInsensitiveOption);
    path.remove(appPath);
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString OpenCtiConfig::normalizeToken(const QString &input, QString *error)
{
    QString token = input.trimmed();
    static const QRegularExpression prefix(
        QStringLiteral("^bearer(\\s+|$)"), QRegularExpression::CaseInsensitiveOption);
    token.remove(prefix);
    token = token.trimmed();
    if (token.isEmpty()) {
        if (error)
            *error = tr("OpenCTI token: paste the API token shown in OpenCTI: your profile, API access.");
        return {};
    }
    for (const QChar c : std::as_const(token)) {
        if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e) {
            if (error)
                *error = tr("OpenCTI token: the token contains spaces or characters an OpenCTI token never "
                            "has; paste it again, without line breaks.");
            return {};
        }
    }
    return token;
}

s1::ApiEndpoint OpenCtiConfig::endpoint() const
{
    s1::ApiEndpoint e;
    e.service = s1::ApiError::Service::OpenCti;
    e.url = url;
    e.authorization = "Bearer " + token.toUtf8();
    e.maxAttempts = maxAttempts;
    e.timeoutMs = timeoutMs;
    e.backoffBaseMs = backoffBaseMs;
    e.backoffMaxMs = backoffMaxMs;
    e.pinnedCertSha256 = pinnedCertSha256;
    return e;
}

} // namespace opencti
