// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceUrl.h"

#include <QCoreApplication>

namespace net {

namespace {
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ServiceUrl)
};
} // namespace

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
        return fail(
            Words::tr("%1: \"%2\" is not a valid address; %3").arg(field, input.trimmed(), emptyHint));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(
            Words::tr("%1: the scheme \"%2\" is not supported; use https://.").arg(field, url.scheme()));
    if (url.host().isEmpty())
        return fail(Words::tr("%1: \"%2\" has no host name; %3").arg(field, input.trimmed(), emptyHint));
    if (!url.userInfo().isEmpty())
        return fail(Words::tr("%1: do not put a user name or password in the address.").arg(field));
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

} // namespace net
