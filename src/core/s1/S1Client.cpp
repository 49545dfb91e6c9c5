// SPDX-License-Identifier: GPL-3.0-or-later
#include "S1Client.h"

#include "S1Dialect.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace s1 {

namespace {
qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size(); // what the API's minLength/maxLength count
}

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

net::ApiCall *S1Client::refuse(net::ApiRequest request, const QString &reason, QObject *parent)
{
    auto *call = new net::ApiCall(m_nam, m_config.endpoint(), std::move(request), parent ? parent : this);
    call->refuse(reason); // nothing is sent
    // Started from the event loop: the caller connects to finished() first, as for any call.
    QTimer::singleShot(0, call, [call] { call->start(); });
    return call;
}

QString S1Client::noteTextProblem(const QString &text)
{
    const qsizetype length = codePoints(text);
    if (text.trimmed().isEmpty() || length < MinNoteLength || length > MaxNoteLength)
        return tr("A threat note must be %L1 to %L2 characters long and not only spaces; this one has %L3.")
            .arg(MinNoteLength)
            .arg(MaxNoteLength)
            .arg(length);
    return {};
}

QString S1Client::noteThreatsProblem(const QStringList &threatIds)
{
    if (threatIds.isEmpty())
        return tr("A note request must name at least one threat.");
    if (threatIds.size() > MaxNoteThreats)
        return tr("A note can be added to at most %L1 threats in one request, not %L2.")
            .arg(MaxNoteThreats)
            .arg(threatIds.size());
    return {};
}

net::ApiCall *S1Client::listThreats(
    const ThreatQuery &query, const QString &cursor, int limit, QObject *parent)
{
    // A profile limited to some sites (or one account) scopes every list that names no scope itself.
    ThreatQuery scoped = query;
    if (query.accountIds.isEmpty() && query.siteIds.isEmpty() && !m_config.siteIds.isEmpty())
        scoped.siteIds = m_config.siteIds;
    else if (query.accountIds.isEmpty() && query.siteIds.isEmpty() && !m_config.accountId.isEmpty())
        scoped.accountIds = {m_config.accountId};
    net::ApiRequest r;
    r.path = apiPath(QStringLiteral("threats"));
    r.query = scoped.toUrlQuery();
    if (const QString problem = scoped.problem(); !problem.isEmpty())
        return refuse(std::move(r), problem, parent);
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
    r.body = compact(QJsonObject {{QStringLiteral("data"), QJsonObject {{QStringLiteral("text"), text}}},
        {QStringLiteral("filter"),
            QJsonObject {{QStringLiteral("ids"), QJsonArray::fromStringList(threatIds)}}}});
    QString problem = noteTextProblem(text);
    if (problem.isEmpty())
        problem = noteThreatsProblem(threatIds);
    if (!problem.isEmpty())
        return refuse(std::move(r), problem, parent);
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::editNote(
    const QString &threatId, const QString &noteId, const QString &text, QObject *parent)
{
    net::ApiRequest r;
    r.method = "PUT";
    r.path = apiPath(QLatin1String("threats/") + encodePathSegment(threatId) + QLatin1String("/notes/")
        + encodePathSegment(noteId));
    r.body = compact(QJsonObject {{QStringLiteral("data"), QJsonObject {{QStringLiteral("text"), text}}}});
    if (const QString problem = noteTextProblem(text); !problem.isEmpty())
        return refuse(std::move(r), problem, parent);
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::deleteNote(const QString &threatId, const QString &noteId, QObject *parent)
{
    net::ApiRequest r;
    r.method = "DELETE";
    r.path = apiPath(QLatin1String("threats/") + encodePathSegment(threatId) + QLatin1String("/notes/")
        + encodePathSegment(noteId));
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
    if (accountIds.size() > MaxScopeIds)
        return refuse(std::move(r),
            tr("Sites can be listed for at most %L1 accounts in one request, not %L2.")
                .arg(MaxScopeIds)
                .arg(accountIds.size()),
            parent);
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::listGroups(const QStringList &siteIds, const QString &cursor, QObject *parent)
{
    net::ApiRequest r;
    r.path = apiPath(QStringLiteral("groups"));
    if (!siteIds.isEmpty())
        r.query.addQueryItem(QStringLiteral("siteIds"), siteIds.join(u','));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(MaxPageSize));
    if (!cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (siteIds.size() > MaxScopeIds)
        return refuse(std::move(r),
            tr("Groups can be listed for at most %L1 sites in one request, not %L2.")
                .arg(MaxScopeIds)
                .arg(siteIds.size()),
            parent);
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
