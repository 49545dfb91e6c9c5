// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaxiiClient.h"

#include "exchange/TaxiiDialect.h"
#include "net/ApiCall.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace exchange {

std::optional<TaxiiConfig::Auth> TaxiiConfig::authFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("none"))
        return Auth::None;
    if (key == QLatin1String("basic"))
        return Auth::Basic;
    if (key == QLatin1String("bearer"))
        return Auth::Bearer;
    return std::nullopt;
}

QString TaxiiConfig::authName(Auth auth)
{
    switch (auth) {
    case Auth::Basic:
        return QStringLiteral("basic");
    case Auth::Bearer:
        return QStringLiteral("bearer");
    case Auth::None:
        break;
    }
    return QStringLiteral("none");
}

QByteArray TaxiiConfig::authorization() const
{
    switch (auth) {
    case Auth::Basic:
        return "Basic " + (username + u':' + secret).toUtf8().toBase64();
    case Auth::Bearer:
        return "Bearer " + secret.toUtf8();
    case Auth::None:
        break;
    }
    return {};
}

TaxiiClient::TaxiiClient(const TaxiiConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setAutoDeleteReplies(false);
}

TaxiiClient::~TaxiiClient() = default;

QUrl TaxiiClient::withSlash(const QUrl &url)
{
    QUrl out = url;
    QString path = out.path();
    while (path.endsWith(QLatin1String("//")))
        path.chop(1);
    if (!path.endsWith(u'/'))
        path += u'/';
    out.setPath(path);
    return out;
}

QString TaxiiClient::urlProblem(const QString &field, const QString &text)
{
    const QUrl url(text.trimmed());
    if (text.trimmed().isEmpty())
        return tr("%1: give the TAXII server's address, e.g. https://taxii.example.com/taxii2/.").arg(field);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("%1: \"%2\" is not an http or https address, e.g. https://taxii.example.com/taxii2/.")
            .arg(field, text.left(200));
    return {};
}

net::ApiCall *TaxiiClient::get(
    const QUrl &url, const QList<std::pair<QString, QString>> &query, QObject *parent)
{
    net::ApiEndpoint endpoint;
    endpoint.dialect = TaxiiDialect::instance();
    endpoint.url = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    endpoint.authorization = m_config.authorization();
    endpoint.transport = m_config.transport;
    net::ApiRequest request;
    request.method = "GET";
    request.path = url.path();
    for (const auto &[key, value] : query)
        if (!value.isEmpty())
            request.query.addQueryItem(key, value);
    request.accept = MediaType;
    auto *call = new net::ApiCall(m_nam, endpoint, std::move(request), parent ? parent : this);
    call->start();
    return call;
}

net::ApiCall *TaxiiClient::discovery(QObject *parent)
{
    return get(m_config.url, {}, parent);
}

net::ApiCall *TaxiiClient::collections(const QUrl &apiRoot, QObject *parent)
{
    return get(withSlash(apiRoot).resolved(QUrl(QStringLiteral("collections/"))), {}, parent);
}

net::ApiCall *TaxiiClient::objects(const QUrl &apiRoot, const QString &collectionId,
    const QString &addedAfter, const QString &next, int limit, QObject *parent)
{
    QUrl url = withSlash(apiRoot);
    url.setPath(url.path() + QLatin1String("collections/")
        + QString::fromLatin1(QUrl::toPercentEncoding(collectionId)) + QLatin1String("/objects/"));
    return get(url,
        {{QStringLiteral("added_after"), addedAfter}, {QStringLiteral("limit"), QString::number(limit)},
            {QStringLiteral("next"), next}},
        parent);
}

QList<QUrl> TaxiiClient::readRoot(
    const QJsonObject &answer, const QUrl &url, bool *isApiRoot, QString *problem)
{
    *isApiRoot = false;
    QList<QUrl> roots;
    const bool discovery
        = answer.contains(QLatin1String("api_roots")) || answer.contains(QLatin1String("default"));
    if (discovery) {
        const QString fallback = answer.value(QLatin1String("default")).toString();
        QStringList names;
        if (!fallback.isEmpty())
            names << fallback;
        for (const QJsonValue &v : answer.value(QLatin1String("api_roots")).toArray())
            if (!v.toString().isEmpty() && !names.contains(v.toString()))
                names << v.toString();
        for (const QString &name : std::as_const(names))
            roots << withSlash(url.resolved(QUrl(name)));
        if (roots.isEmpty())
            *problem = tr("The TAXII server at %1 lists no API root: ask its administrator which one to use.")
                           .arg(url.host());
        return roots;
    }
    if (answer.contains(QLatin1String("versions")) || answer.contains(QLatin1String("max_content_length"))) {
        *isApiRoot = true;
        return {withSlash(url)};
    }
    *problem
        = tr("%1 answered JSON that is neither a TAXII 2.1 discovery resource nor an API root: check the "
             "URL (for example https://taxii.example.com/taxii2/).")
              .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    return {};
}

QList<TaxiiCollection> TaxiiClient::readCollections(const QJsonObject &answer)
{
    QList<TaxiiCollection> list;
    for (const QJsonValue &v : answer.value(QLatin1String("collections")).toArray()) {
        const QJsonObject o = v.toObject();
        TaxiiCollection c;
        c.id = o.value(QLatin1String("id")).toString();
        c.title = o.value(QLatin1String("title")).toString(c.id);
        c.description = o.value(QLatin1String("description")).toString();
        c.canRead = o.value(QLatin1String("can_read")).toBool();
        if (!c.id.isEmpty())
            list << c;
    }
    return list;
}

} // namespace exchange
