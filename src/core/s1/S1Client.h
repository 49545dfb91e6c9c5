// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleConfig.h"
#include "ThreatQuery.h"
#include "net/ApiCall.h"

#include <QObject>

class QNetworkAccessManager;

namespace s1 {

// Asynchronous SentinelOne management API client (v2.1). One QNetworkAccessManager per client
// object; it lives in the thread that created it. Each method returns an net::ApiCall, already started,
// parented to the client unless a parent is given: connect to its finished() signal.
//
// The client sends only requests the console's API takes (SentinelOne's specification, in
// ../shared/s1-spec): a request it would refuse (a note of 1 character, 6,000 threats in one note
// request, 600 site ids...) is not sent; its call finishes, after the caller connected, with
// ApiError::Kind::InvalidConfig (for a job: JobError::Kind::Input) and a sentence saying what is
// expected. The *Problem() functions say the same beforehand.
class S1Client : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxPageSize = 1000;
    // POST /threats/notes and PUT /threats/{id}/notes/{noteId}: data.text of 2..10,000 characters;
    // filter.ids of at most 5,000 threats. Scope filters (siteIds, accountIds): at most 500 ids.
    static constexpr int MinNoteLength = 2;
    static constexpr int MaxNoteLength = 10000;
    static constexpr int MaxNoteThreats = 5000;
    static constexpr int MaxScopeIds = 500;

    // Empty when the console takes this note text (addNote, editNote); else what is expected.
    static QString noteTextProblem(const QString &text);
    // Empty when one addNote request may name these threats; else what is expected.
    static QString noteThreatsProblem(const QStringList &threatIds);

    explicit S1Client(const ConsoleConfig &config, QObject *parent = nullptr);
    ~S1Client() override;

    const ConsoleConfig &config() const { return m_config; }
    void setConfig(const ConsoleConfig &config) { m_config = config; }

    net::ApiCall *send(net::ApiRequest request, QObject *parent = nullptr);

    net::ApiCall *listThreats(
        const ThreatQuery &query, const QString &cursor, int limit = MaxPageSize, QObject *parent = nullptr);
    net::ApiCall *listNotes(const QString &threatId, const QString &cursor = {}, QObject *parent = nullptr);
    // One request for every threat: POST /threats/notes with filter.ids.
    net::ApiCall *addNote(const QStringList &threatIds, const QString &text, QObject *parent = nullptr);
    net::ApiCall *editNote(
        const QString &threatId, const QString &noteId, const QString &text, QObject *parent = nullptr);
    net::ApiCall *deleteNote(const QString &threatId, const QString &noteId, QObject *parent = nullptr);
    net::ApiCall *listSites(const QStringList &accountIds, const QString &cursor, QObject *parent = nullptr);
    net::ApiCall *listAccounts(const QString &cursor, QObject *parent = nullptr);

    static QString apiPath(const QString &tail) { return QLatin1String("/web/api/v2.1/") + tail; }

private:
    // A call that ends with `reason` (ApiError::Kind::InvalidConfig) without sending anything.
    net::ApiCall *refuse(net::ApiRequest request, const QString &reason, QObject *parent);

    ConsoleConfig m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace s1
