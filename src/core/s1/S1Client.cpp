// SPDX-License-Identifier: GPL-3.0-or-later
#include "S1Client.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace s1 {

namespace {
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString encodePathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}
} // namespace

S1Client::S1Client(const ConsoleConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(new QNetworkAccessManager(this))
{
    // HTTP/2 multiplexing is welcome where the console offers it; the cache is useless for an API.
    m_nam->setAutoDeleteReplies(false);
}

S1Client::~S1Client() = default;

net::ApiCall *S1Client::send(net::ApiRequest request, QObject *parent)
{
    auto *call = new net::ApiCall(m_nam, m_config.endpoint(), std::move(request), parent ? parent : this);
    call->start();
    return call;
}

net::ApiCall *S1Client::listThreats(const ThreatQuery &query, const QString &cursor, int limit, QObject *parent)
{
    net::ApiRequest r;
    r.path = apiPath(QStringLiteral("threats"));
    r.query = query.toUrlQuery();
    if (query.accountIds.isEmpty() && query.siteIds.isEmpty() && !m_config.siteIds.isEmpty())
        r.query.addQueryItem(QStringLiteral("siteIds"), m_config.siteIds.join(u','));
    else if (query.accountIds.isEmpty() && query.siteIds.isEmpty() && !m_config.accountId.isEmpty())
        r.query.addQueryItem(QStringLiteral("accountIds"), m_config.accountId);
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, MaxPageSize)));
    if (!cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), cursor);
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::listNotes(const QString &threatId, const QString &cursor, QObject *parent)
{
    net::ApiRequest r;
    r.path = apiPath(QLatin1String("threats/") + encodePathSegment(threatId) + QLatin1String("/notes"));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(MaxPageSize));
    if (!cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), cursor);
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::addNote(const QStringList &threatIds, const QString &text, QObject *parent)
{
    net::ApiRequest r;
    r.method = "POST";
    r.path = apiPath(QStringLiteral("threats/notes"));
    r.body = compact(QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("text"), text}}},
                                 {QStringLiteral("filter"), QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(threatIds)}}}});
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::editNote(const QString &threatId, const QString &noteId, const QString &text, QObject *parent)
{
    net::ApiRequest r;
    r.method = "PUT";
    r.path = apiPath(QLatin1String("threats/") + encodePathSegment(threatId) + QLatin1String("/notes/") + encodePathSegment(noteId));
    r.body = compact(QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("text"), text}}}});
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::deleteNote(const QString &threatId, const QString &noteId, QObject *parent)
{
    net::ApiRequest r;
    r.method = "DELETE";
    r.path = apiPath(QLatin1String("threats/") + encodePathSegment(threatId) + QLatin1String("/notes/") + encodePathSegment(noteId));
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::listSites(const QStringList &accountIds, const QString &cursor, QObject *parent)
{
    net::ApiRequest r;
    r.path = apiPath(QStringLiteral("sites"));
    if (!accountIds.isEmpty())
        r.query.addQueryItem(QStringLiteral("accountIds"), accountIds.join(u','));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(MaxPageSize));
    if (!cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), cursor);
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::listAccounts(const QString &cursor, QObject *parent)
{
    net::ApiRequest r;
    r.path = apiPath(QStringLiteral("accounts"));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(MaxPageSize));
    if (!cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), cursor);
    return send(std::move(r), parent);
}

} // namespace s1
