// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firewall/CollectionResolver.h"
#include "firewall/FirewallStore.h"
#include "firewall/RulePlanner.h"
#include "jobs/Job.h"

#include <QHash>
#include <QLatin1String>
#include <QPointer>

namespace s1 {
class S1Client;
}
namespace exchange {
class IocStore;
}

namespace firewall {

// The plan and outcome of one target.
struct TargetRun
{
    ExportTarget target;
    ScopePlan plan;
    int created = 0, updated = 0, renamed = 0, deleted = 0, unchanged = 0, conflicts = 0, failed = 0;
    QString error; // the target could not be planned or finished (its sentence)
    QJsonObject counts() const;
};

// Exports a firewall collection to its targets in one profile's console (Export), shows what that
// would change without changing anything (DryRun), or deletes the rules this tool made for it
// (Withdraw: the targets withdrawn are also taken off the collection, so the schedule does not put
// the rules back). Through the scheduler: kind "firewall-export:<collection>" (plan and withdraw have
// their own kinds), one at a time per profile.
//
// Export: resolves the entries (CollectionResolver), lays them out in rules (RulePlanner::relayout, the
// previous layout kept), reads each target's rules of the collection's names from the console, plans,
// saves the layout, then per target deletes, renames and updates, and creates. A POST is recorded
// pending before it is sent; an answer lost is read back by name before anything is sent again, so a
// killed or failed run resumes and ends with exactly the planned rules.
class FirewallExportJob : public jobs::Job
{
    Q_OBJECT
public:
    enum class Mode { Export, DryRun, Withdraw };
    static constexpr QLatin1String KindPrefix {"firewall-export:"};
    // A plan and a withdrawal are recorded under their own kinds (never taken for the last export).
    static constexpr QLatin1String PlanKindPrefix {"firewall-plan:"};
    static constexpr QLatin1String WithdrawKindPrefix {"firewall-withdraw:"};
    static QString kindFor(const QString &collection) { return KindPrefix + collection; }

    // store, client: not owned, must outlive the job. iocStore may be nullptr.
    FirewallExportJob(FirewallStore *store, s1::S1Client *client, const QString &profileId,
        const QString &collection, Mode mode, QObject *parent = nullptr);

    // The targets of this run (of this profile): by default the collection's (Withdraw: wherever its
    // rules are recorded in this profile).
    void setTargets(const QList<ExportTarget> &targets) { m_targetsOverride = targets; }
    // Rules of the collection's names this tool did not create are taken over instead of left alone.
    void setAdopt(bool adopt) { m_adopt = adopt; }
    void setIocStore(exchange::IocStore *store) { m_iocStore = store; }
    // Addresses never blocked besides the built-in ones: the console's and OpenCTI's URLs.
    void setProtectedHosts(const QStringList &hosts) { m_protectedHosts = hosts; }

    Mode mode() const { return m_mode; }
    const Resolution &resolution() const { return m_resolver.result(); }
    const Layout &layout() const { return m_change.layout; }
    const LayoutChange &layoutChange() const { return m_change; }
    const QList<TargetRun> &targets() const { return m_runs; }
    int requests() const { return m_requests; }

protected:
    void run() override;
    void onCancel() override;

private:
    void onResolved();
    void listConsole(int index);
    void planAll();
    void applyTarget(int index);
    void applyNext();
    void sendDeletes();
    void sendUpdate(const PlannedAction &action);
    void sendCreate(const PlannedAction &action, int attempt);
    void readBack(const PlannedAction &action, int attempt);
    void targetDone();
    void finishAll();
    bool record(bool ok, const QString &error);
    void failTarget(const QString &message);
    QString targetText(const ExportTarget &target) const;

    FirewallStore *m_store;
    QPointer<s1::S1Client> m_client;
    exchange::IocStore *m_iocStore = nullptr;
    QString m_profileId;
    QString m_collectionName;
    Mode m_mode;
    QList<ExportTarget> m_targetsOverride;
    QStringList m_protectedHosts;
    bool m_adopt = false;

    Collection m_collection;
    CollectionResolver m_resolver;
    LayoutChange m_change;
    QList<s1::FirewallRule> m_desired;
    QList<TargetRun> m_runs;
    QHash<int, QList<s1::FirewallRule>> m_console; // by target index: the rules of our names there
    int m_target = -1; // the target being applied
    QList<PlannedAction> m_queue; // its remaining updates and creates
    QPointer<QObject> m_pending; // the request or list job in flight
    int m_requests = 0;
    qint64 m_writesDone = 0, m_writesTotal = 0;
};

} // namespace firewall
