// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleConfig.h"

#include <QRegularExpression>

namespace s1 {

QUrl normalizeServiceUrl(const QString &input, const QString &field, const QString &emptyHint,
                         const QRegularExpression &appPath, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    QString text = input.trimmed();
    if (text.isEmpty())
        return fail(field + QLatin1String(": ") + emptyHint);
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(ConsoleConfig::tr("%1: \"%2\" is not a valid address.").arg(field, input.trimmed()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(ConsoleConfig::tr("%1: the scheme \"%2\" is not supported; use https://.").arg(field, url.scheme()));
    if (url.host().isEmpty())
        return fail(ConsoleConfig::tr("%1: \"%2\" has no host name.").arg(field, input.trimmed()));
    if (!url.userInfo().isEmpty())
        return fail(ConsoleConfig::tr("%1: do not put a user name or password in the address.").arg(field));
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
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

QUrl ConsoleConfig::normalizeUrl(const QString &input, QString *error)
{
    static const QRegularExpression apiPath(QStringLiteral("/web/api(/v[0-9.]+)?(/.*)?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return normalizeServiceUrl(input, tr("Console URL"),
                               tr("enter the address of your SentinelOne console, for example "
                                  "https://yourcompany.sentinelone.net."),
                               apiPath, error);
}

QString ConsoleConfig::normalizeToken(const QString &input, QString *error)
{
    QString token = input.trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(api[ _-]?token)\\s*[:=]?\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
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

} // namespace s1
