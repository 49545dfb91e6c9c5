// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiCall.h"
#include "ConsoleConfig.h"
#include "ThreatQuery.h"

#include <QObject>

class QNetworkAccessManager;

namespace s1 {

// Asynchronous SentinelOne management API client (v2.1). One QNetworkAccessManager per client
// object; it lives in the thread that created it. Each method returns an net::ApiCall, already started,
// parented to the client unless a parent is given: connect to its finished() signal.
class S1Client : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxPageSize = 1000;

    explicit S1Client(const ConsoleConfig &config, QObject *parent = nullptr);
    ~S1Client() override;

    const ConsoleConfig &config() const { return m_config; }
    void setConfig(const ConsoleConfig &config) { m_config = config; }

    net::ApiCall *send(net::ApiRequest request, QObject *parent = nullptr);

    net::ApiCall *listThreats(const ThreatQuery &query, const QString &cursor, int limit = MaxPageSize, QObject *parent = nullptr);
    net::ApiCall *listNotes(const QString &threatId, const QString &cursor = {}, QObject *parent = nullptr);
    // One request for every threat: POST /threats/notes with filter.ids.
    net::ApiCall *addNote(const QStringList &threatIds, const QString &text, QObject *parent = nullptr);
    net::ApiCall *editNote(const QString &threatId, const QString &noteId, const QString &text, QObject *parent = nullptr);
    net::ApiCall *deleteNote(const QString &threatId, const QString &noteId, QObject *parent = nullptr);
    net::ApiCall *listSites(const QStringList &accountIds, const QString &cursor, QObject *parent = nullptr);
    net::ApiCall *listAccounts(const QString &cursor, QObject *parent = nullptr);

    static QString apiPath(const QString &tail) { return QLatin1String("/web/api/v2.1/") + tail; }

private:
    ConsoleConfig m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace s1
