// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleConfig.h"
#include "S1Firewall.h"
#include "S1ThreatIntel.h"
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
    // The groups of the given sites (all the token sees when none is given).
    net::ApiCall *listGroups(const QStringList &siteIds, const QString &cursor, QObject *parent = nullptr);

    // Threat-intelligence IOCs (S1ThreatIntel.cpp; records in S1ThreatIntel.h). Every call names one
    // scope; a call without one, or with items the API would refuse, is refused without sending.
    // POST /threat-intelligence/iocs: creates (or refreshes) the items in the scope. Not idempotent:
    // when the answer may have been lost after sending, it is not sent again and the call's error
    // has outcomeUnknown set (read back with listIocs by externalId). IocAddResult::fromCall() reads
    // the answer: the stored IOCs, or the items a 400 rejected.
    net::ApiCall *addIocs(const IocScope &scope, const QList<IocItem> &items, QObject *parent = nullptr);
    // GET /threat-intelligence/iocs, one page (limit 1..1000); data[] is read with
    // threatintel::iocsFromData(), the next cursor with PageInfo.
    net::ApiCall *listIocs(const IocFilter &filter, const QString &cursor = {}, int limit = MaxPageSize,
        QObject *parent = nullptr);
    // DELETE /threat-intelligence/iocs with {"filter":{<scope>,"uuids":[...]}}: by uuid only (never by
    // value, which would delete other people's IOCs of the same value), at most MaxIocUuids.
    net::ApiCall *deleteIocs(const IocScope &scope, const QStringList &uuids, QObject *parent = nullptr);
    static constexpr int MaxIocUuids = 5000;
    // Empty when one addIocs request may carry these items; else what is expected.
    static QString iocItemsProblem(const QList<IocItem> &items);

    // Firewall control (S1Firewall.cpp; records in S1Firewall.h). A request the API would refuse (an
    // empty list filter, a rule without a name, more than FirewallRule::MaxHostValues values of one
    // type, an empty id list to delete) is refused without sending.
    // GET /firewall-control, one page (limit 1..1000); data[] is read with firewall_api::rulesFromData(),
    // the next cursor with PageInfo. The API needs at least one filter.
    net::ApiCall *listFirewallRules(const FirewallRuleFilter &filter, const QString &cursor = {},
        int limit = MaxPageSize, QObject *parent = nullptr);
    // POST /firewall-control {"data": rule, "filter": scope.filter()}. Not idempotent: when the answer
    // may have been lost after sending, it is not sent again and the call's error has outcomeUnknown
    // set (read the rules back by name within the scope). A taken name: firewall_api::isAlreadyExists.
    net::ApiCall *addFirewallRule(const IocScope &scope, const FirewallRule &rule, QObject *parent = nullptr);
    // PUT /firewall-control/{id} {"data": rule}: every field, cleared ones as null, so the console's
    // rule ends equal to `rule` (differences() empty).
    net::ApiCall *updateFirewallRule(
        const QString &ruleId, const FirewallRule &rule, QObject *parent = nullptr);
    // DELETE /firewall-control {"filter":{"ids":[...]}}: by id only, 1..MaxFirewallRuleIds (never an
    // empty list, which would match every rule); answers {"affected": N}.
    net::ApiCall *deleteFirewallRules(const QStringList &ruleIds, QObject *parent = nullptr);
    static constexpr int MaxFirewallRuleIds = 5000;

    static QString apiPath(const QString &tail) { return QLatin1String("/web/api/v2.1/") + tail; }

private:
    // A call that ends with `reason` (ApiError::Kind::InvalidConfig) without sending anything.
    net::ApiCall *refuse(net::ApiRequest request, const QString &reason, QObject *parent);

    ConsoleConfig m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace s1
