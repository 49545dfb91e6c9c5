// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Ioc.h"
#include "jobs/JobError.h"
#include "net/ApiError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace exchange {

// One IOC on its way to a destination (planned by IocDestination::plan()).
struct ShareItem
{
    qint64 iocId = 0;
    Ioc ioc;
    QString contentHash; // IocStore::contentHash() of ioc
    QString externalId; // deterministic per (sharing configuration, type, value)
    QDateTime validUntil; // what the destination is asked to keep it until
    bool renewal = false; // it was shared before (counts as renewed, not created)
};

// One IOC whose send had no recorded answer (pending): what was sent and when.
struct PendingRef
{
    qint64 iocId = 0;
    IocType type = IocType::Sha256;
    QString value;
    QString externalId;
    QDateTime sentAt;
};

// What the destination confirmed for one IOC.
struct Confirmed
{
    qint64 iocId = 0;
    QString remoteId;
    QDateTime expiresAt; // invalid: unknown
};

// The answer of share(): confirmed items, refused ones with the destination's words, or an error
// (with outcomeUnknown when the request may have been carried out: reconcile before re-sending).
struct ShareOutcome
{
    QList<Confirmed> confirmed;
    QList<std::pair<qint64, QString>> rejected; // ioc id, the destination's words
    net::ApiError error;
    bool outcomeUnknown = false;
};

// The answer of reconcile(): what the destination really holds of the pending items.
struct ReconcileOutcome
{
    QList<Confirmed> found;
    QList<qint64> missing; // not there: safe to send again
    net::ApiError error;
};

// The answer of retract().
struct RetractOutcome
{
    QList<qint64> retracted; // ioc ids the destination no longer holds
    net::ApiError error;
};

// Where a sharing configuration sends IOCs: SentinelOne threat intelligence (S1IocDestination),
// OpenCTI (OpenCtiIocDestination), a file (FileIocDestination); a firewall collection later. The share job
// decides what to send (IocStore's queries, the business rule) and records every step; a destination only
// plans items, sends them, reads them back and deletes them. Every call is asynchronous and answers exactly
// once through its callback (unless cancel() came first), on the destination's thread.
class IocDestination : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // "<kind>:<target>" as IocStore::destinationKey() writes it.
    virtual QString key() const = 0;
    // For messages: "SentinelOne threat intelligence, account 123".
    virtual QString describe() const = 0;
    // IOCs per share() call at most.
    virtual int maxBatchSize() const = 0;
    // How this IOC would be sent (expiry cut to the destination's caps...), or nullopt when the
    // destination does not take its type. externalId and iocId are filled by the caller.
    virtual std::optional<ShareItem> plan(const Ioc &ioc, const QDateTime &now) const = 0;

    virtual void share(const QList<ShareItem> &items, std::function<void(const ShareOutcome &)> done) = 0;
    virtual void reconcile(const QList<PendingRef> &items, std::function<void(const ReconcileOutcome &)> done)
        = 0;
    // Deletes what this tool created, by the destination's ids (remote ids of ioc_shares rows).
    virtual void retract(
        const QList<std::pair<qint64, QString>> &items, std::function<void(const RetractOutcome &)> done)
        = 0;
    // Stops what is in flight; no callback follows.
    virtual void cancel() = 0;
    // The end of a share run (not a dry run) that went through every phase without failing, after
    // every answer was recorded in the store: a destination that writes the whole set at once (a
    // file) writes it here. An error (kind != None) fails the run. Answers once, like the others;
    // the default has nothing to do.
    virtual void finish(std::function<void(const jobs::JobError &)> done) { done({}); }
};

} // namespace exchange
