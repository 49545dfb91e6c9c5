// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The simulated tenant's shared state and entities, for its implementation files only
// (SimTenant*.cpp). Not part of the library's interface.

#include "SimApiHelpers.h"
#include "SimPaging.h"
#include "SimRng.h"
#include "SimTables.h"
#include "SimTenant.h"
#include "SimTime.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstring>
#include <list>
#include <memory>
#include <optional>
#include <vector>

namespace s1sim {

namespace tenant {
class JsonWriter;

inline constexpr std::size_t CacheCapacity = 16;
inline constexpr int MaxAgents = 5000;

// ------------------------------------------------------------------------------------------------
// Seeded entities

struct Account
{
    quint64 id = 0;
    QString name;
    QString domain; // Windows domain of its endpoints
    const char *accountType = "Paid";
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct Site
{
    quint64 id = 0;
    QString name;
    int account = 0;
    const char *state = "active";
    const char *siteType = "Paid";
    const char *sku = "Complete";
    int totalLicenses = 0;
    int activeLicenses = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 expiration = 0; // 0: unlimited
    bool isDefault = false;
    int netOctet = 0; // 10.<netOctet>.x.y
    QString externalIp;
    QString description;
    QString registrationToken;
};

struct Group
{
    quint64 id = 0;
    QString name;
    int site = 0;
};

struct Agent
{
    quint64 id = 0;
    quint64 interfaceId = 0;
    QString uuid;
    QString computerName;
    QString user;
    QString domain;
    QString processUser;
    QString ipv4;
    QString ipv6;
    QString mac;
    qint64 registeredAt = 0;
    qint64 scanStarted = 0;
    qint64 scanFinished = 0;
    int activeThreats = 0;
    AgentKind kind = KindWinDesktop;
    quint8 osVariant = 0;
    quint8 version = 0;
    quint8 site = 0;
    quint8 group = 0;
    bool active = true;
    bool connected = true;
    bool protect = true;
};

enum ThreatFlag : quint8 { FlagHashes = 1, FlagMd5 = 2 };

// Kept compact: the benchmark holds 100,000 of these.
struct Threat
{
    quint64 id = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 identifiedAt = 0;
    QString name;
    QString filePath; // empty: fileless
    quint32 fileSize = 0;
    quint16 agent = 0;
    quint16 noteCount = 0;
    quint8 tmpl = 0;
    quint8 classification = 0;
    quint8 confidence = 0;
    quint8 verdict = 0;
    quint8 incident = 0;
    quint8 mitigation = 0;
    quint8 engine = 0;
    quint8 initiatedBy = 0;
    quint8 flags = 0;
    quint8 techniqueCount = 0;
    quint8 techniques[3] = {};
    quint8 sha1[20] = {};
    quint8 sha256[32] = {};
    quint8 md5[16] = {};
};

struct Note
{
    quint64 id = 0;
    QString text;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    quint8 analyst = 0;
    bool edited = false;
};

enum IocType : quint8 { IocDns, IocIpv4, IocIpv6, IocMd5, IocSha1, IocSha256, IocUrl };
constexpr const char *IocTypeNames[] = {"DNS", "IPV4", "IPV6", "MD5", "SHA1", "SHA256", "URL"};
enum ScopeKind : quint8 { ScopeGlobal, ScopeAccount, ScopeSite, ScopeGroup };
constexpr const char *ScopeNames[] = {"global", "account", "site", "group"};

struct Ioc
{
    quint64 seq = 0;
    QString uuid;
    QString batchId;
    QString value;
    QString key; // scope|scopeId|type|normalized value
    QString source;
    QString externalId;
    QString name;
    QString description;
    QString creator;
    QString method;
    QString creationTime; // as given; empty: null
    QString validUntil;
    QJsonObject extra; // list fields and anything else the client sent
    qint64 creationTimeUs = TimeMin;
    qint64 uploadTime = 0;
    qint64 updatedAt = 0;
    quint64 scopeId = 0;
    int severity = -1;
    int originalRiskScore = -1;
    quint8 type = 0;
    quint8 scope = ScopeGlobal;
};

struct FirewallRule
{
    quint64 id = 0;
    quint64 scopeId = 0;
    QJsonObject data; // the client's fields (normalized)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int order = 0;
    quint8 scope = ScopeGlobal;
};

// The sort fields of GET /threats (sortBy), as the console's API enumerates them. The simulated
// threats carry no collection or cloud data: sorting by those fields orders by id alone.
enum SortField : quint8 {
    SortId,
    SortCreatedAt,
    SortUpdatedAt,
    SortMitigationStatus,
    SortFileDisplayName,
    SortAgentVersion,
    SortAgentMachineType,
    SortSiteId,
    SortSiteName,
    SortAgentComputerName,
    SortFilePath,
    SortContentHash,
    SortCollectionId,
    SortClassification,
    SortCreatedDate,
    SortCloudAccount,
    SortCloudImage,
    SortCloudInstanceId,
    SortCloudInstanceSize,
    SortCloudLocation,
    SortCloudNetwork,
    SortFieldCount
};
constexpr const char *SortFieldNames[] = {"id", "createdAt", "updatedAt", "mitigationStatus",
    "fileDisplayName", "agentVersion", "agentMachineType", "siteId", "siteName", "agentComputerName",
    "filePath", "contentHash", "collectionId", "classification", "createdDate", "cloudAccount", "cloudImage",
    "cloudInstanceId", "cloudInstanceSize", "cloudLocation", "cloudNetwork"};
static_assert(std::size(SortFieldNames) == SortFieldCount);

// Fields sorted by text (case-insensitively), the others by a number.
constexpr bool isTextSort(SortField f)
{
    return f == SortFileDisplayName || f == SortSiteName || f == SortAgentComputerName || f == SortFilePath
        || f == SortContentHash || f == SortClassification;
}

// A parsed GET /threats request.
struct ThreatQuery
{
    bool hasIds = false;
    QSet<quint64> ids;
    quint64 siteMask = ~quint64(0);
    quint64 groupMask = ~quint64(0);
    qint64 createdMin = TimeMin;
    qint64 createdMax = TimeMax;
    qint64 updatedMin = TimeMin;
    qint64 updatedMax = TimeMax;
    quint32 incidentMask = ~0u;
    quint32 verdictMask = ~0u;
    quint32 classificationMask = ~0u;
    quint32 confidenceMask = ~0u;
    quint32 mitigationMask = ~0u;
    bool hasHashes = false;
    QList<QByteArray> hashes; // raw digests; the size tells the kind
    QString displayName; // whole threat or file name, case-insensitive
    QString text;
    QByteArray textHex; // lower-case hex when text could be (part of) a hash
    quint64 textId = 0;
    int noteExists = -1;
    int resolved = -1;

    SortField sort = SortCreatedAt;
    bool descending = true;
    int limit = DefaultLimit;
    int skip = 0;
    bool hasCursor = false;
    quint64 cursorKey = 0;
    QString cursorText;
    quint64 cursorId = 0;

    QString cacheKey;
};

inline QStringView fileDisplayNameOf(const Threat &t)
{
    if (t.filePath.isEmpty())
        return t.name;
    const qsizetype slash = std::max(t.filePath.lastIndexOf(u'\\'), t.filePath.lastIndexOf(u'/'));
    return QStringView(t.filePath).mid(slash + 1);
}

// The scope a write request targets (IOCs, firewall rules).

struct IocTarget
{
    quint8 scope = ScopeGlobal;
    quint64 id = 0;
};

// The most site, account or group ids the API takes in one scope filter.
inline constexpr int MaxScopeIds = 500;

// object[key], when present: a JSON list of minItems..maxItems ids, each a string of digits, into *out
// (`where` names the object in the error: "filter").
std::optional<SimReply> idListOf(const QJsonObject &object, const QString &where, const QString &key,
    int minItems, int maxItems, QStringList *out);

// Scope targets of a write request: {"siteIds":[...]} | {"accountIds":[...]} | {"tenant":true}.
std::optional<SimReply> writeTargets(const SimTenant &tenant, const QJsonValue &filterValue,
    const SimCaller &caller, QList<IocTarget> *targets, bool single);

} // namespace tenant

// The tenant's implementation files work with tenant's names unqualified.
using namespace tenant;

struct SimTenant::Private
{
    bool seedFlags = true;
    Private(quint64 seedValue, qint64 base)
        : seed(seedValue)
        , baseUs(base)
        , idRng(seedValue, 0x51d5eedu)
    {
        // Rank of each agent version string (sorting by agentVersion sorts these strings).
        std::array<int, AgentVersionCount> order {};
        for (int i = 0; i < AgentVersionCount; ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
            [](int a, int b) { return std::strcmp(AgentVersions[a].version, AgentVersions[b].version) < 0; });
        for (int i = 0; i < AgentVersionCount; ++i)
            versionRank[order[i]] = i;
    }

    // --- seeded data
    // Ids are made as if the base time were this fixed instant (2024-01-01T00:00:00Z), so that they
    // depend on the seed only (see makeId).
    static constexpr qint64 IdEpochUs = 1704067200LL * 1000 * 1000;
    quint64 seed;
    qint64 baseUs;
    std::vector<Account> accounts;
    std::vector<Site> sites;
    std::vector<Group> groups;
    std::vector<Agent> agents;
    std::vector<Threat> threats;
    QHash<quint64, quint32> threatIndex;
    QHash<quint64, QList<Note>> notes;
    QSet<quint64> usedIds;
    std::array<int, AgentVersionCount> versionRank {};

    // --- runtime
    Rng idRng; // ids and uuids of things created at runtime
    qint64 lastNow = 0;
    std::vector<Ioc> iocs; // ascending seq
    QHash<QString, quint64> iocByKey;
    quint64 nextIocSeq = 1;
    quint32 batchCounter = 0;
    qint64 iocPosts = 0; // see SimTenant::iocPostCount()
    qint64 iocPostsOk = 0;
    qint64 iocItems = 0;
    QSet<QString> stringPool;
    std::vector<FirewallRule> rules; // ascending id
    int fwMaxEntries = 5000; // see SimTenant::setFirewallMaxEntries

    // --- caches (threat orders per sort field; filtered results, LRU)
    std::array<std::vector<quint32>, SortFieldCount> orders;
    std::array<bool, SortFieldCount> orderValid {};
    struct CacheEntry
    {
        QString key;
        std::shared_ptr<const std::vector<quint32>> rows;
    };
    std::list<CacheEntry> cache;

    // generation
    void generate(int threatCount);
    quint64 makeId(Rng &rng, qint64 us);
    void generateOrganisation(Rng &rng);
    void generateAgents(Rng &rng, int count);
    void generateThreats(Rng &rng, int count);
    void generateNotes(Rng &rng);

    // helpers
    qint64 now();
    quint64 newId() { return makeId(idRng, now()); }
    QString intern(const QString &s);
    void threatsChanged();
    bool threatVisible(const Threat &t, const SimCaller &caller) const
    {
        return !caller.isScoped() || agents[t.agent].site == caller.siteIndex;
    }
    const Threat *findThreat(const QString &id, const SimCaller &caller) const;
    int siteById(quint64 id) const;
    int accountById(quint64 id) const;
    std::optional<SimReply> checkScope(
        const QStringList &accountIds, const QStringList &siteIds, const SimCaller &caller) const;

    // threats
    void writeThreat(QByteArray &out, const Threat &t) const;
    quint64 numericKey(SortField f, const Threat &t) const;
    QString textKey(SortField f, const Threat &t) const;
    int compareToCursor(const ThreatQuery &q, const Threat &t) const;
    const std::vector<quint32> &sortedOrder(SortField f);
    std::shared_ptr<const std::vector<quint32>> filtered(const ThreatQuery &q);
    std::optional<SimReply> parseThreatQuery(
        const QUrlQuery &query, const SimCaller &caller, ThreatQuery *q) const;
    QString threatCursor(const ThreatQuery &q, const Threat &t) const;
    QJsonObject noteJson(const Note &n) const;

    // sites, accounts
    QJsonObject siteJson(int index) const;
    QJsonObject accountJson(int index) const;
    QJsonObject groupJson(int index) const;

    // IOCs
    // An IOC as the API answers it: written into a JSON writer (a POST's answer), or as an object.
    void writeIocJson(JsonWriter &w, const Ioc &ioc) const;
    QJsonObject iocJson(const Ioc &ioc) const;
    // Whether a site-scoped user of this site sees the IOC: the site's own, or one of its groups'.
    bool visibleToSite(const Ioc &ioc, quint64 siteId) const
    {
        if (ioc.scope == ScopeSite)
            return ioc.scopeId == siteId;
        if (ioc.scope != ScopeGroup)
            return false;
        for (const Group &g : groups)
            if (g.id == ioc.scopeId)
                return sites[std::size_t(g.site)].id == siteId;
        return false;
    }
    QString scopeLabel(quint8 scope, quint64 scopeId) const;

    // firewall
    QJsonObject ruleJson(const FirewallRule &rule) const;
    QStringList validateRule(const QJsonObject &rule, bool partial) const;
    QJsonObject storedRule(QJsonObject data, QJsonObject base) const;
    // Whether the caller sees (and may change) the rule: a tenant-wide user every rule, a site's
    // user that site's rules and those of its groups.
    bool ruleVisible(const FirewallRule &rule, const SimCaller &caller) const;
    // A 400 naming the limit when the rule's remote hosts hold more than fwMaxEntries values.
    std::optional<SimReply> checkRuleSize(const QJsonObject &rule) const;
};

} // namespace s1sim
