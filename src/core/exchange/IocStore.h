// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Ioc.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace storage {
class Database;
}

namespace exchange {

// Where IOCs come from (table sources). kind: "s1-threats", "feed", "manual", "opencti" (indicators
// of the profile's OpenCTI) or "taxii" (a TAXII 2.1 collection).
struct IocSource
{
    QString id; // a uuid (addSource() makes one when empty)
    QString profileId; // the profile it belongs to ('' for none)
    QString name; // unique per profile
    QString kind;
    QJsonObject settings; // the puller's settings (never a secret)
    QString checkpoint; // opaque: where the next incremental pull starts
    QDateTime lastPullAt; // invalid: never pulled
    QString lastPullState; // e.g. "succeeded", "failed: ..." (the puller's words)
    QJsonObject counts; // the puller's counts of its last pull

    static const QStringList &kinds();
};

// A business rule or a sharing configuration: a unique name and a JSON definition (BusinessRule::
// toJson(); a sharing definition: sources, rule, destination {kind, target}, enabled, aging).
struct NamedDefinition
{
    qint64 id = 0; // 0: not stored yet
    QString name;
    QJsonObject definition;
};

// What a sharing configuration did with one IOC (table ioc_shares).
struct IocShare
{
    enum class State { Pending, Shared, Failed, Retracted };

    qint64 sharingId = 0;
    QString sharingName; // filled by details() only
    qint64 iocId = 0;
    State state = State::Pending;
    QString remoteId; // the destination's id (the console's uuid)
    QString contentHash; // IocStore::contentHash() of what was sent
    QDateTime expiresAt; // at the destination; invalid: unknown or none
    QString reason; // failed: the destination's words
    QString externalId; // what was sent as externalId (read-back reconciliation)
    QDateTime sentAt, confirmedAt;
    int attempts = 0; // sends so far
    bool retractRequested = false; // a user asked for the retraction

    // "pending", "shared", "failed", "retracted": the stored values (not translated).
    static QString stateName(State state);
    static std::optional<State> stateFromName(QStringView name);
};

// One source's report of one IOC (table ioc_sources).
struct IocProvenance
{
    QString sourceId, sourceName;
    QDateTime firstSeen, lastSeen, validUntil; // as that source gave them
    bool present = true; // the source still reports it
};

// A stored IOC.
struct IocRecord
{
    qint64 id = 0;
    Ioc ioc;
    QString contentHash;
    QStringList sourceIds; // the sources that still report it (present), sorted
};

// An IOC with everything known about it (details()).
struct IocDetails
{
    IocRecord record;
    QList<IocProvenance> provenance; // by source name
    QList<IocShare> shares; // by sharing configuration name
};

// Filters of list() and count(); empty members do not filter. All given ones must hold.
struct IocFilter
{
    QList<IocType> types; // any of
    QStringList sourceIds; // reported (present) by any of these sources
    std::optional<IocShare::State> shareState; // has a share in that state (of sharingId when given)
    qint64 sharingId = 0; // has a share row of this sharing configuration
    QString destination; // has a share row of a configuration with this destination ("<kind>:<target>")
    QString text; // in the value, name or description (case-insensitive for ASCII)
};

// What a share job asks: the IOCs of the configuration's sources, as of `now`.
struct ShareQuery
{
    qint64 sharingId = 0;
    QStringList sourceIds; // the configuration's sources; empty: any source
    QDateTime now; // invalid: the current time
    qint64 renewMarginMs = 24LL * 3600 * 1000; // renew when the destination's expiry is this close
};

// What the destination confirmed for one IOC (markShared()).
struct SharedItem
{
    qint64 iocId = 0;
    QString remoteId;
    QString contentHash;
    QDateTime expiresAt;
};

// What was sent for one IOC before the answer (markPending()).
struct PendingItem
{
    qint64 iocId = 0;
    QString externalId;
};

// How an upsert() changed the store.
struct UpsertCounts
{
    int added = 0; // IOCs new to the store
    int updated = 0; // existing IOCs whose fields changed, or that this source reports anew
    int unchanged = 0; // the rest
    int total() const { return added + updated + unchanged; }
};

// The IOC store (storage::Database, tables of schema step 3): IOCs, their provenance, the sources,
// business rules and sharing configurations, and per sharing configuration what was shared. Built for
// 1,000,000 IOCs: batches are written in one transaction each, lists and the share job's queries page
// by id (`afterId`, ascending) so no call loads every row.
//
// Rules served: nothing is marked shared before the destination confirmed it (markPending() records
// the attempt, markShared() the answer), every write is committed before the call returns, a refused
// batch writes nothing. To make several writes atomic together (the last batch of a pull and its
// checkpoint), call them inside Database::transaction() on the same thread: they become savepoints.
// Errors are sentences naming the database file (Database::describe()). Reads log failures
// (lcStorage) and return empty results. Usable from any thread; the Database must outlive the store.
class IocStore
{
    Q_DECLARE_TR_FUNCTIONS(IocStore)
public:
    explicit IocStore(storage::Database *db);

    storage::Database *database() const { return m_db; }

    // The hash a share records of what it sent (IocShare::contentHash), over the fields a destination
    // is sent: type, value, name, description, severity, score, labels (sorted), link. Not the times:
    // expiry is renewed on its own (ShareQuery::renewMarginMs).
    static QString contentHash(const Ioc &ioc);

    // --- IOCs ---------------------------------------------------------------------------------

    // Upserts a batch of normalized IOCs reported by a source, in one transaction: a new IOC is
    // inserted; an existing one gets the batch's report merged (Ioc::mergeFrom: earliest first seen,
    // latest last seen and valid until, labels of both...). The source's provenance row is inserted or
    // updated (its own times merged the same way), marked present, with pullMark (see markAbsent()).
    // An IOC listed twice is merged first and counted once. A value that is empty refuses the batch.
    bool upsert(const QString &sourceId, const QList<Ioc> &batch, qint64 pullMark, UpsertCounts *counts,
        QString *error);
    // After a full pull of a source that replaces its list (a feed): every IOC of that source not
    // upserted with this pullMark is no longer present. *changed: how many were marked.
    bool markAbsent(const QString &sourceId, qint64 pullMark, QString *error, int *changed = nullptr);
    // An incremental source (OpenCTI, TAXII) says these IOCs ended (revoked, expired): this source no
    // longer reports them (its provenance row, when there is one, is marked absent; other sources'
    // rows stay). One transaction; values not in the store are ignored. *changed: rows marked.
    bool markAbsentValues(const QString &sourceId, const QList<std::pair<IocType, QString>> &values,
        QString *error, int *changed = nullptr);

    std::optional<IocRecord> find(IocType type, const QString &value) const;
    // Every IOC with that value, whatever the type (a value is normalized by the caller).
    QList<IocRecord> findValue(const QString &value) const;
    // The IOCs of these ids that exist, in id order.
    QList<IocRecord> iocs(const QList<qint64> &ids) const;
    std::optional<IocDetails> details(qint64 iocId) const;
    // A page of IOCs matching the filter: ids above afterId, ascending, at most limit (1..10000).
    // The next page starts after the last id of this one.
    QList<IocRecord> list(const IocFilter &filter, qint64 afterId = 0, int limit = 1000) const;
    qint64 count(const IocFilter &filter = {}) const;
    // Every id matching the filter, in id order (descending when asked), handed to sink one at a
    // time as SQLite finds them: the first ones come before the scan of a million rows ends. sink
    // returns false to stop. False when the read failed (logged). For a worker thread: a filter on
    // the text reads every row. (IocStoreQueries.cpp)
    bool scanIds(const IocFilter &filter, bool descending, const std::function<bool(qint64 id)> &sink) const;
    // The display names of every source by id ("" for none): one small read.
    QHash<QString, QString> sourceNames() const;

    // --- sources ------------------------------------------------------------------------------

    QList<IocSource> sources(const QString &profileId = {}) const; // every profile's when empty
    std::optional<IocSource> source(const QString &id) const;
    std::optional<IocSource> sourceByName(const QString &profileId, const QString &name) const;
    // Inserts (id empty: a new uuid, written back to *source) or replaces a source's name, kind and
    // settings (checkpoint and pull state are kept: setCheckpoint(), recordPull()).
    bool saveSource(IocSource *source, QString *error);
    // Forgets the source and its provenance rows (the IOCs stay: what no source reports any more is
    // retracted by the share job).
    bool removeSource(const QString &id, QString *error);
    QString checkpoint(const QString &sourceId) const;
    bool setCheckpoint(const QString &sourceId, const QString &checkpoint, QString *error);
    // The outcome of a pull: when, how it ended, its counts, and (unless nullopt) the new checkpoint.
    bool recordPull(const QString &sourceId, const QDateTime &at, const QString &state,
        const QJsonObject &counts, const std::optional<QString> &checkpoint, QString *error);

    // --- business rules and sharing configurations --------------------------------------------

    QList<NamedDefinition> rules() const;
    std::optional<NamedDefinition> rule(const QString &name) const;
    std::optional<NamedDefinition> rule(qint64 id) const;
    // Inserts (id 0; the new id written back) or updates by id. A name already taken is refused.
    bool saveRule(NamedDefinition *rule, QString *error);
    bool removeRule(qint64 id, QString *error);

    QList<NamedDefinition> sharings() const;
    std::optional<NamedDefinition> sharing(const QString &name) const;
    std::optional<NamedDefinition> sharing(qint64 id) const;
    bool saveSharing(NamedDefinition *sharing, QString *error);
    // Refused while the configuration has IOCs shared or pending at its destination (retract them
    // first): what a remote side acknowledged is never forgotten. Else its share rows go with it.
    bool removeSharing(qint64 id, QString *error);
    // "<kind>:<target>" of a sharing definition ({"destination": {"kind", "target"}}; a target that is
    // an object is written as compact JSON with sorted keys).
    static QString destinationKey(const QJsonObject &definition);

    // --- shares -------------------------------------------------------------------------------

    // About to send these IOCs: state pending, externalId recorded, attempts + 1, sent_at now, reason
    // cleared; the remote id, content hash and expiry of an earlier share are kept.
    bool markPending(qint64 sharingId, const QList<PendingItem> &items, QString *error);
    // The destination confirmed: state shared with its id, the hash of what was sent and the expiry;
    // confirmed_at now, reason cleared, a pending user retraction request kept.
    bool markShared(qint64 sharingId, const QList<SharedItem> &items, QString *error);
    // The destination refused these IOCs: state failed with its words (one reason per IOC).
    bool markFailed(qint64 sharingId, const QList<std::pair<qint64, QString>> &items, QString *error);
    // The destination deleted these IOCs: state retracted, expiry cleared. Rows that do not exist are
    // ignored. *changed: rows changed.
    bool markRetracted(qint64 sharingId, const QList<qint64> &iocIds, QString *error, int *changed = nullptr);
    // A user asks to retract these IOCs from one configuration's destination (sharingId 0: from every
    // one): the retract query yields them while shared, and they are never created again there.
    bool requestRetract(
        qint64 sharingId, const QList<qint64> &iocIds, QString *error, int *changed = nullptr);
    // The share rows of these IOCs for one configuration, by IOC id.
    QHash<qint64, IocShare> shares(qint64 sharingId, const QList<qint64> &iocIds) const;
    qint64 countShares(qint64 sharingId, std::optional<IocShare::State> state = {}) const;
    // The share rows of these IOCs for every sharing configuration (sharingName filled), by IOC id,
    // each IOC's by configuration name. (IocStoreQueries.cpp)
    QHash<qint64, QList<IocShare>> sharesOf(const QList<qint64> &iocIds) const;

    // The share job's queries: pages of IOC ids above afterId, ascending, at most limit (1..10000).
    // The business rule is the caller's (BusinessRule::matches() on the iocs() of a page).
    //
    // To create: reported (present, not past valid until at that source) by one of the sources, and
    // with no share row, or one pending or failed, or retracted without a user's request.
    QList<qint64> toCreate(const ShareQuery &query, qint64 afterId, int limit) const;
    // To renew: shared, still reported (as above), not asked to be retracted, and either the IOC's
    // content hash differs from the one sent or the destination's expiry is within the renewal margin.
    QList<qint64> toRenew(const ShareQuery &query, qint64 afterId, int limit) const;
    // To retract: shared, and either a user asked, or none of the sources reports it any more (absent,
    // removed, or past valid until at the source).
    QList<qint64> toRetract(const ShareQuery &query, qint64 afterId, int limit) const;
    // Pending (sent, no answer recorded): to reconcile by reading the destination back.
    QList<qint64> pending(qint64 sharingId, qint64 afterId, int limit) const;

private:
    bool saveDefinition(const char *table, NamedDefinition *definition, QString *error);
    bool removeDefinition(const char *table, qint64 id, QString *error);

    storage::Database *m_db;
};

} // namespace exchange
