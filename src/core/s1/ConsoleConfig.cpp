// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleConfig.h"

#include "S1Dialect.h"
#include "net/ServiceUrl.h"

#include <QRegularExpression>

namespace s1 {

QUrl ConsoleConfig::normalizeUrl(const QString &input, QString *error)
{
    static const QRegularExpression apiPath(
        QStringLiteral("/web/api(/v[0-9.]+)?(/.*)?$"), QRegularExpression::CaseInsensitiveOption);
    return net::normalizeServiceUrl(input, tr("Console URL"),
        tr("enter the address of your SentinelOne console, for example "
           "https://yourcompany.sentinelone.net."),
        apiPath, error);
}

QString ConsoleConfig::normalizeToken(const QString &input, QString *error)
{
    QString token = input.trimmed();
    static const QRegularExpression prefix(
        QStringLiteral("^(api[ _-]?token)\\s*[:=]?\\s*"), QRegularExpression::CaseInsensitiveOption);
    token.remove(prefix);
    token = token.trimmed();
    if (token.isEmpty()) {
        if (error)
            *error = tr("API token: paste the token generated in the console (it is shown only once).");
        return {};
    }
    for (const QChar c : std::as_const(token)) {
        if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e) {
            if (error)
                *error = tr("API token: the token contains spaces or characters a SentinelOne token "
                            "never has; paste it again, without line breaks.");
            return {};
        }
    }
    return token;
}

QUrl ConsoleConfig::threatPage(const QString &threatId) const
{
    QUrl page = url;
    page.setPath(url.path() + QLatin1String("/incidents/threats/") + threatId + QLatin1String("/overview"));
    return page;
}

net::ApiEndpoint ConsoleConfig::endpoint() const
{
    net::ApiEndpoint e;
    e.dialect = S1Dialect::instance();
    e.url = url;
    e.authorization = "ApiToken " + token.toUtf8();
    e.transport = transport;
    return e;
}

} // namespace s1
