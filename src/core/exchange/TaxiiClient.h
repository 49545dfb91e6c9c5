// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Transport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace net {
class ApiCall;
}

namespace exchange {

// Where a TAXII 2.1 server is and how to sign in. The secret is held in memory only (the keychain
// keeps it at rest under TaxiiPullJob::credentialKey()).
struct TaxiiConfig
{
    enum class Auth { None, Basic, Bearer };

    QUrl url; // the discovery address (…/taxii2/) or an API root
    Auth auth = Auth::None;
    QString username; // basic
    QString secret; // the password (basic) or the token (bearer)
    net::Transport transport;

    // "none", "basic", "bearer" (the stored form); nullopt for another word.
    static std::optional<Auth> authFromName(const QString &name);
    static QString authName(Auth auth);
    // The Authorization header's value; empty for none.
    QByteArray authorization() const;
};

// A collection of an API root (GET <api root>/collections/).
struct TaxiiCollection
{
    QString id;
    QString title;
    QString description;
    bool canRead = false;
};

// Asynchronous TAXII 2.1 client: every request is a GET with "Accept:
// application/taxii+json;version=2.1" through net::ApiCall (retries, timeouts, size limit, the
// credentials never sent to another host), its answers classified by TaxiiDialect. One
// QNetworkAccessManager per client object, in the thread that created it.
class TaxiiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *MediaType = "application/taxii+json;version=2.1";

    explicit TaxiiClient(const TaxiiConfig &config, QObject *parent = nullptr);
    ~TaxiiClient() override;

    const TaxiiConfig &config() const { return m_config; }

    // GET <url> (the discovery resource, or an API root: see readRoot()).
    net::ApiCall *discovery(QObject *parent = nullptr);
    // GET <api root>/collections/
    net::ApiCall *collections(const QUrl &apiRoot, QObject *parent = nullptr);
    // GET <api root>/collections/<id>/objects/?added_after=&limit=&next= (empty ones left out).
    net::ApiCall *objects(const QUrl &apiRoot, const QString &collectionId, const QString &addedAfter,
        const QString &next, int limit, QObject *parent = nullptr);
    // Any GET below the server (started, parented to parent or the client).
    net::ApiCall *get(
        const QUrl &url, const QList<std::pair<QString, QString>> &query = {}, QObject *parent = nullptr);

    // What the answer of discovery() is: a discovery resource (its API roots, the default first,
    // resolved against `url`, each ending in '/'), or an API root itself (*isApiRoot, the list holds
    // `url`). Empty with *problem when it is neither.
    static QList<QUrl> readRoot(
        const QJsonObject &answer, const QUrl &url, bool *isApiRoot, QString *problem);
    static QList<TaxiiCollection> readCollections(const QJsonObject &answer);
    // The URL with exactly one trailing '/'.
    static QUrl withSlash(const QUrl &url);
    // An http or https address with a host; else a sentence naming `field`.
    static QString urlProblem(const QString &field, const QString &text);

private:
    TaxiiConfig m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace exchange
