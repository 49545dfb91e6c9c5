// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/BusinessRule.h"
#include "exchange/IocDestination.h"
#include "exchange/IocStore.h"
#include "exchange/SharingConfig.h"
#include "jobs/Job.h"

#include <QPointer>
#include <functional>
#include <optional>

namespace exchange {

// IOC share (one sharing configuration) as a job on the scheduler (issue 11, "Jobs"). In order:
//  1. reconcile: IOCs left pending by an interrupted run (sent, no answer recorded) are read back from
//     the destination; those found are marked shared, the others are sent again below;
//  2. retract: shared IOCs no source reports any more (absent, removed, past valid until at the
//     source) or that a user asked to retract are deleted by the destination's id, then marked retracted;
//  3. renew: shared IOCs whose content changed or whose expiry is within the renewal margin, while a
//     source still reports them and the rule lets them through;
//  4. create: IOCs of the configuration's sources the rule lets through, not shared yet (a row failed
//     by the destination's words is not sent again).
// Everything is read from the store in pages (never every IOC at once) and sent in batches of the
// configuration's size, one request each (two in flight), paced by the destination. Before each send the
// batch is marked pending with its externalIds in one transaction; after the answer it is marked shared (the
// destination's ids, the content hash, the expiry). A refusal naming items marks those failed with
// the destination's words and sends the rest once more; an answer lost after sending is reconciled
// by reading back before anything is sent again. A killed run resumes from the pending rows.
//
// DryRun ("Test") computes how many IOCs would be created, renewed and retracted, with a sample of
// values, and sends nothing.
class IocShareJob : public jobs::Job
{
    Q_OBJECT
public:
    static constexpr QLatin1String KindPrefix {"ioc-share:"};
    // A dry run (Test) is recorded under its own kind, so it is never taken for the last run.
    static constexpr QLatin1String TestKindPrefix {"ioc-share-test:"};
    enum class Mode { Share, DryRun };
    static constexpr int SampleSize = 10;
    static constexpr int ReadPageSize = 1000; // ids per store query
    static constexpr int MaxReadBacks = 3; // lost answers in a row for one batch before giving up
    // Share requests in flight at once: the next batch is read, marked pending and sent while the
    // console stores the previous one (the pacer still spaces them below the rate limit).
    static constexpr int MaxInFlight = 2;

    // "ioc-share:<name>": the kind the scheduler and the job history know this configuration by.
    static QString kindFor(const QString &sharingName);
    // The externalId of an IOC of a sharing configuration: "s1b-" + a UUIDv5 of (configuration id,
    // type, value), the same on every run, so a lost answer can be read back by it.
    static QString externalId(qint64 sharingId, IocType type, const QString &value);

    struct ShareCounts
    {
        qint64 created = 0;
        qint64 renewed = 0;
        qint64 retracted = 0;
        qint64 failed = 0; // refused by the destination in this run
        qint64 unchanged = 0; // shared and up to date
        qint64 reconciled = 0; // found at the destination after a lost answer or an interrupted run
        qint64 resent = 0; // sent again after a read-back showed they were missing
        qint64 excluded = 0; // left out by the business rule or an earlier refusal
        qint64 requests = 0; // share, read-back and delete requests started by this job
        qint64 posts = 0; // share requests
    };

    // What a dry run found (and, after a real run, what it started from).
    struct Plan
    {
        qint64 pending = 0; // from an interrupted run: read back first
        qint64 toCreate = 0, toRenew = 0, toRetract = 0;
        QStringList createSample, renewSample, retractSample; // "TYPE value", SampleSize at most each
    };

    // Neither store nor destination is owned unless parented; both must outlive the job. The
    // configuration must be stored (config.id != 0).
    IocShareJob(IocStore *store, const SharingConfig &config, IocDestination *destination,
        Mode mode = Mode::Share, QObject *parent = nullptr);

    // The time the job plans with (validUntil, renewal margin); the wall clock by default.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    Mode mode() const { return m_mode; }
    const SharingConfig &config() const { return m_config; }
    const ShareCounts &shareCounts() const { return m_counts; }
    const Plan &plan() const { return m_plan; }

Q_SIGNALS:
    // A batch was marked pending and is about to be sent (tests stop here to simulate a kill).
    void batchSending(int items);

protected:
    void run() override;
    void onCancel() override;

private:
    enum class Phase { Reconcile, Retract, Renew, Create };

    void later(void (IocShareJob::*step)());
    bool stopped() const { return isFinished() || isCancelRequested(); }
    void startPhase(Phase phase);
    void nextPage(); // the current phase's next page of ids
    void reconcilePage(const QList<qint64> &ids);
    void retractPage(const QList<qint64> &ids);
    void collectPage(const QList<qint64> &ids); // renew or create: candidates into m_batch
    void planPage(const QList<qint64> &ids); // dry run
    void afterPage();
    // Renew and create: sends full batches (the last one partial) while fewer than MaxInFlight are
    // in flight, reads the next page while the batch is not full, and moves on to the next phase when
    // everything read was answered.
    void pump();
    int batchLimit() const;
    void send(QList<ShareItem> items, int rejectedRounds, int readBacks, std::function<void()> next);
    void readBackThenResend(QList<ShareItem> items, int readBacks, std::function<void()> next);
    bool recordShared(const QList<ShareItem> &items, const QList<Confirmed> &confirmed);
    bool recordFailed(const QList<std::pair<qint64, QString>> &failed, const QList<ShareItem> &items);
    void notePending(); // a read-back failed: say what stays pending
    void finishRun(); // a dry run's summary; a share run asks the destination to finish first
    void concludeShare(); // a share run's counts and summary
    void advance(qint64 items);
    QString phaseText() const;
    QList<qint64> pageIds() const;
    void databaseFailed(const QString &error);

    IocStore *m_store;
    SharingConfig m_config;
    QPointer<IocDestination> m_destination;
    Mode m_mode;
    std::function<QDateTime()> m_now;
    QDateTime m_runNow;
    std::optional<BusinessRule> m_rule;
    ShareQuery m_query;
    Phase m_phase = Phase::Reconcile;
    qint64 m_after = 0;
    QList<ShareItem> m_batch;
    int m_inFlight = 0;
    bool m_reading = false; // a nextPage() is queued
    bool m_readDone = false; // the phase's pages are all read
    qint64 m_done = 0;
    qint64 m_total = 0;
    ShareCounts m_counts;
    Plan m_plan;
};

} // namespace exchange
