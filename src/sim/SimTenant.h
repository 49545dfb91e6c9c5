// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QUrlQuery;

namespace s1sim {

// The answer to one simulated API call: HTTP status and a JSON body.
struct SimReply
{
    int status = 200;
    QByteArray body;
};

// Who is calling. A tenant-wide token sees everything; a site-scoped user sees one site only
// (403 when it names another site or account, or asks for accounts).
struct SimCaller
{
    int siteIndex = -1; // -1: whole tenant; else the index (see SimTenant::siteId) of the only visible site
    // A user that spans several accounts: sees the whole tenant, but the IOC POST answers 403 with
    // code 4030010 ("does not support multi-scope users yet"), as a real console was seen doing.
    bool multiScope = false;
    bool isScoped() const { return siteIndex >= 0; }
};

// The simulated SentinelOne tenant: seeded accounts, sites, groups, agents and threats (with notes),
// plus what clients create at runtime (notes, threat-intelligence IOCs, firewall rules).
//
// Deterministic for a given (threats, seed, baseTime): every random choice comes from
// QRandomGenerator(seed). baseTime defaults to "now" truncated to the hour; threats are created over
// the 90 days before it. Ids (accounts, sites, groups, agents, threats) depend on (threats, seed)
// only: the same tenant at every start, whatever the clock says; only its dates move. Threats are held in
// compact structs; JSON is written on demand.
//
// The API functions below implement /web/api/v2.1/... (SimServer does HTTP, auth, faults and routing).
// Lists answer {"data":[...],"pagination":{"nextCursor":<opaque string>|null,"totalItems":N}};
// errors answer {"errors":[{"code":...,"title":...,"detail":...}]}. limit defaults to 10 (1..1000).
// Threats default to sortBy=createdAt, sortOrder=desc; their cursor is a keyset position
// (sort key + id), so paging stays consistent while threats are modified.
//
// Implementation, by API area: SimTenant.cpp (seeded-data accessors, shared scope checks),
// SimTenantGenerator.cpp (the seeded tenant), SimTenantThreats.cpp and SimTenantThreatJson.cpp
// (GET /threats), SimTenantNotes.cpp, SimTenantSites.cpp (sites and accounts), SimTenantIocs.cpp,
// SimTenantFirewall.cpp; the shared state is SimTenant::Private (SimTenantPrivate.h); helpers in
// SimTime, SimJsonWriter, SimApiHelpers, SimPaging, SimSyntax, SimRng and SimTables.
class SimTenant
{
public:
    // seedFlags: about 2% of threats carry a "[OpenCTI_add]" note, as if analysts had flagged them.
    explicit SimTenant(
        int threats = 250, quint64 seed = 1, const QDateTime &baseTime = QDateTime(), bool seedFlags = true);
    ~SimTenant();
    SimTenant(const SimTenant &) = delete;
    SimTenant &operator=(const SimTenant &) = delete;

    // --- Seeded data (read-only views, for tests, demos and benchmarks)
    QDateTime baseTime() const;
    quint64 seed() const;
    int threatCount() const;
    int agentCount() const;
    int siteCount() const;
    int accountCount() const;
    QString threatId(int index) const;
    QString siteId(int index) const;
    // The index of the site a group belongs to, or -1 when no group has this id.
    int groupSiteIndex(const QString &groupId) const;
    // The id of the first group of a site ("" when it has none).
    QString firstGroupId(int siteIndex) const;
    QString siteName(int index) const;
    QString siteAccountId(int index) const;
    QString accountId(int index) const;
    QString accountName(int index) const;
    int noteCount(const QString &threatId) const; // -1 when the threat does not exist
    QByteArray threatJson(int index) const; // one threat object, as /threats returns it
    QString userName() const; // the API user that owns the tokens ("Jane Analyst")

    // --- API: threats and notes
    SimReply listThreats(const QUrlQuery &query, const SimCaller &caller);
    SimReply listThreatNotes(const QString &threatId, const QUrlQuery &query, const SimCaller &caller);
    SimReply addThreatNotes(const QByteArray &body, const SimCaller &caller);
    SimReply updateThreatNote(
        const QString &threatId, const QString &noteId, const QByteArray &body, const SimCaller &caller);
    SimReply deleteThreatNote(const QString &threatId, const QString &noteId, const SimCaller &caller);

    // --- API: sites and accounts
    SimReply listSites(const QUrlQuery &query, const SimCaller &caller);
    SimReply listAccounts(const QUrlQuery &query, const SimCaller &caller);
    SimReply listGroups(const QUrlQuery &query, const SimCaller &caller);

    // --- API: threat-intelligence IOCs
    SimReply addIocs(const QByteArray &body, const SimCaller &caller);
    SimReply listIocs(const QUrlQuery &query, const SimCaller &caller);
    SimReply deleteIocs(const QByteArray &body, const SimCaller &caller);
    int iocCount() const; // IOCs stored (all scopes)
    // Counters for tests and benchmarks (resetIocCounters() zeroes them; the stored IOCs stay):
    // POSTs that reached the tenant's handler (not those a fault, the rate limit or a 401 kept
    // away), POSTs accepted (200), and IOC items in the accepted POSTs (one per item and scope).
    qint64 iocPostCount() const;
    qint64 iocPostsAccepted() const;
    qint64 iocItemsReceived() const;
    void resetIocCounters();
    // The validUntil rules: without one an IOC lives 14 days (IPV4, IPV6), 90 days (URL, DNS) or
    // 180 days (hashes) from its upload; a later one is silently cut to 30 days (IPs) or 180 days
    // (everything else). type is an upper-case type name; -1 for an unknown type.
    static int iocDefaultValidDays(QStringView type);
    static int iocMaxValidDays(QStringView type);

    // --- API: firewall control
    SimReply listFirewallRules(const QUrlQuery &query, const SimCaller &caller);
    SimReply addFirewallRule(const QByteArray &body, const SimCaller &caller);
    SimReply updateFirewallRule(const QString &ruleId, const QByteArray &body, const SimCaller &caller);
    SimReply deleteFirewallRules(const QByteArray &body, const SimCaller &caller);
    int firewallRuleCount() const;
    // The most remote host values (addresses, CIDR blocks, ranges, names together) one rule may hold:
    // a POST or PUT with more is answered 400 naming the limit. Default 5,000 (SimOptions::fwMaxEntries).
    void setFirewallMaxEntries(int maxEntries);
    int firewallMaxEntries() const;

    // --- Helpers shared with SimServer and tests
    // {"errors":[{"code":code,"title":title,"detail":detail}]} with the given HTTP status.
    static SimReply errorReply(int status, int code, const QString &title, const QString &detail = QString());
    // 2022-12-20T13:54:53.009117Z (UTC, microseconds).
    static QString formatTimestamp(qint64 usecsSinceEpoch);
    // ISO 8601 date or date-time (fraction and offset optional), or integer epoch milliseconds.
    static std::optional<qint64> parseTimestamp(QStringView text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace s1sim
