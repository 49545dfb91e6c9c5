// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiConfig.h"

#include "OpenCtiDialect.h"
#include "net/ServiceUrl.h"

#include <QRegularExpression>

namespace opencti {

QUrl OpenCtiConfig::normalizeUrl(const QString &input, QString *error)
{
    // The GraphQL endpoint, or a page of the web interface, pasted from the browser.
    static const QRegularExpression appPath(
        QStringLiteral("/(graphql|dashboard)(/.*)?$"), QRegularExpression::CaseInsensitiveOption);
    return net::normalizeServiceUrl(input, tr("OpenCTI URL"),
        tr("enter the address of your OpenCTI platform, for example https://opencti.example.com."), appPath,
        error);
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

net::ApiEndpoint OpenCtiConfig::endpoint() const
{
    net::ApiEndpoint e;
    e.dialect = OpenCtiDialect::instance();
    e.url = url;
    e.authorization = "Bearer " + token.toUtf8();
    e.transport = transport;
    return e;
}

} // namespace opencti
