// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocShareJob.h"
#include "firewall/FirewallExportJob.h"
#include "opencti/OpenCtiImportJob.h"
#include "s1/ThreatCsvExportJob.h"
#include "s1/ThreatFlagJob.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

namespace jobs {
class Job;
class Scheduler;
} // namespace jobs
namespace opencti {
class ImportStore;
}
namespace exchange {
class IocStore;
}

namespace session {

class ProfileSession;

// The kinds of jobs the scheduler runs and the job history records, by name.
namespace TaskKind {
inline constexpr QLatin1String OpenCtiImport = opencti::OpenCtiImportJob::KindName;
inline constexpr QLatin1String ThreatFlag = s1::ThreatFlagJob::FlagKind;
inline constexpr QLatin1String ThreatUnflag = s1::ThreatFlagJob::UnflagKind;
inline constexpr QLatin1String ThreatExport = s1::ThreatCsvExportJob::Kind; // the browser's CSV export
// IOC share of one sharing configuration: "ioc-share:<configuration name>" (exchange::IocShareJob::kindFor).
inline constexpr QLatin1String IocSharePrefix = exchange::IocShareJob::KindPrefix;
// IOC pull of one source of the profile (feed, s1-threats, opencti or taxii): "ioc-pull:<source name>".
inline constexpr QLatin1String IocPullPrefix {"ioc-pull:"};
// Firewall export of one collection to its targets in the profile: "firewall-export:<collection>".
inline constexpr QLatin1String FirewallExportPrefix = firewall::FirewallExportJob::KindPrefix;
} // namespace TaskKind

// The one job path: every job that changes something (import, flag, unflag; later push and export)
// goes through the scheduler, so it is recorded in the job history and runs one at a time per
// profile, whether a period, the tray, a button or the CLI started it. One factory per kind.
class TaskRegistry
{
    Q_DECLARE_TR_FUNCTIONS(TaskRegistry)
public:
    // Neither is owned; both must outlive the registry (store may be nullptr: no import).
    TaskRegistry(jobs::Scheduler *scheduler, opencti::ImportStore *store);

    jobs::Scheduler *scheduler() const { return m_scheduler; }
    // The IOC store the "ioc-share:<name>" kinds read (not owned; nullptr: no IOC sharing).
    void setIocStore(exchange::IocStore *store) { m_iocStore = store; }
    exchange::IocStore *iocStore() const { return m_iocStore; }
    // The firewall collections the "firewall-export:<name>" kinds export (not owned; nullptr: none).
    void setFirewallStore(firewall::FirewallStore *store) { m_firewallStore = store; }
    firewall::FirewallStore *firewallStore() const { return m_firewallStore; }
    // A firewall job of a collection for the session (Export: what the schedule and Export run; DryRun:
    // the plan; Withdraw), unparented; nullptr when the session is not ready or there is no store.
    firewall::FirewallExportJob *createFirewallJob(
        ProfileSession *session, const QString &collection, firewall::FirewallExportJob::Mode mode) const;

    // The periodic tasks of a ready session, replacing earlier ones of its profile, each on the
    // profile's sync period: the OpenCTI import (when OpenCTI is set up); with an IOC store, a pull of
    // each of its feed, s1-threats, taxii and (OpenCTI set up) opencti sources ("ioc-pull:<name>")
    // and each enabled sharing
    // configuration whose destination is this profile's console ("ioc-share:<name>"; a configuration
    // without a profile runs in the session of the profile its sources belong to). False, with *why, when it
    // has none.
    bool schedule(ProfileSession *session, QString *why = nullptr);
    void unschedule(const QString &profileId);

    // A new job of the kind for the session; nullptr when the session cannot run it (not ready,
    // OpenCTI missing; for "ioc-share:<name>": no IOC store, no such configuration, or one whose
    // destination is another profile's console; for "ioc-pull:<name>": no such feed, s1-threats,
    // opencti or taxii source of the profile, or an opencti source without the profile's OpenCTI).
    // The scheduler calls it when a run starts.
    jobs::Job *create(const QString &kind, ProfileSession *session) const;
    // The destination of a sharing configuration in this session (SentinelOne: its console; OpenCTI:
    // its OpenCTI; a file), unparented; nullptr with *why when the session cannot reach it. Used by
    // create() and by Test (a dry run plans with the same destination a run sends to).
    exchange::IocDestination *createDestination(
        const exchange::SharingConfig &config, ProfileSession *session, QString *why = nullptr) const;

    // Runs the kind now: the periodic task when the profile has one (no duplicate while it is
    // queued or running), else once. False when it is already queued or running, or cannot run.
    bool runNow(ProfileSession *session, const QString &kind);
    // Runs a job the caller built (flag these threats, import those): queued behind the profile's
    // current job. A job without a parent is the scheduler's from here (deleted after it ended);
    // one with a parent stays its parent's.
    bool submit(ProfileSession *session, jobs::Job *job);

private:
    // Whether a sharing configuration runs in this profile's session: its destination profile, or
    // (none recorded) the profile one of its sources belongs to.
    static bool runsIn(
        const exchange::SharingConfig &config, const QString &profileId, const QSet<QString> &ownSources);

    jobs::Scheduler *m_scheduler;
    opencti::ImportStore *m_store;
    exchange::IocStore *m_iocStore = nullptr;
    firewall::FirewallStore *m_firewallStore = nullptr;
};

} // namespace session
