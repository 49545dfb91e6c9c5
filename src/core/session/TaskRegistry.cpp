// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskRegistry.h"

#include "Logging.h"
#include "ProfileSession.h"
#include "exchange/FeedPullJob.h"
#include "exchange/FileIocDestination.h"
#include "exchange/OpenCtiIndicatorSource.h"
#include "exchange/OpenCtiIocDestination.h"
#include "exchange/S1IocDestination.h"
#include "exchange/S1ThreatSource.h"
#include "exchange/TaxiiPullJob.h"
#include "firewall/FirewallStore.h"
#include "jobs/Scheduler.h"
#include "opencti/ImportStore.h"

#include <algorithm>
#include <memory>

namespace session {

TaskRegistry::TaskRegistry(jobs::Scheduler *scheduler, opencti::ImportStore *store)
    : m_scheduler(scheduler)
    , m_store(store)
{ }

bool TaskRegistry::schedule(ProfileSession *session, QString *why)
{
    const QString profileId = session->id();
    const QPointer<ProfileSession> guard(session);
    const qint64 period = session->syncPeriodSeconds();
    auto add = [this, guard, &profileId, period](const QString &kind) {
        return m_scheduler->addTask(profileId, kind, period,
            [this, guard, kind]() -> jobs::Job * { return guard ? create(kind, guard) : nullptr; });
    };
    QString problem;
    bool any = false;
    if (!session->openCti() || !m_store) {
        m_scheduler->removeTask(profileId, TaskKind::OpenCtiImport);
        problem = !m_store ? tr("The import database could not be opened.") : session->openCtiProblem();
    } else {
        any = add(TaskKind::OpenCtiImport);
    }
    // The IOC tasks: what the store holds now, earlier ones of the profile no longer there removed.
    QStringList kinds;
    if (m_iocStore) {
        for (const exchange::IocSource &source : m_iocStore->sources(profileId))
            if (source.kind == QLatin1String("feed") || source.kind == QLatin1String("s1-threats")
                || source.kind == QLatin1String("taxii")
                || (source.kind == QLatin1String("opencti") && session->openCti()))
                kinds << TaskKind::IocPullPrefix + source.name;
        QSet<QString> ownSources;
        for (const exchange::IocSource &source : m_iocStore->sources(profileId))
            ownSources.insert(source.id);
        for (const exchange::NamedDefinition &d : m_iocStore->sharings()) {
            const auto config = exchange::SharingConfig::fromDefinition(d, nullptr);
            if (config && config->enabled && runsIn(*config, profileId, ownSources))
                kinds << exchange::IocShareJob::kindFor(config->name);
        }
    }
    // Firewall collections enabled, with a target in this profile: exported on its period.
    if (m_firewallStore) {
        for (const firewall::Collection &c : m_firewallStore->collections()) {
            const bool here = std::any_of(c.targets.cbegin(), c.targets.cend(),
                [&profileId](const firewall::ExportTarget &t) { return t.profileId == profileId; });
            if (c.enabled && here)
                kinds << firewall::FirewallExportJob::kindFor(c.name);
        }
    }
    for (const QString &kind : m_scheduler->taskKinds(profileId))
        if ((kind.startsWith(TaskKind::IocPullPrefix) || kind.startsWith(TaskKind::IocSharePrefix)
                || kind.startsWith(TaskKind::FirewallExportPrefix))
            && !kinds.contains(kind))
            m_scheduler->removeTask(profileId, kind);
    for (const QString &kind : std::as_const(kinds))
        any = add(kind) || any;
    if (!any && why)
        *why = problem.isEmpty() ? tr("The profile has nothing to run on a period.") : problem;
    return any;
}

bool TaskRegistry::runsIn(
    const exchange::SharingConfig &config, const QString &profileId, const QSet<QString> &ownSources)
{
    if (!config.profileId.isEmpty())
        return config.profileId == profileId;
    // No destination profile recorded (made before it was): the profile its sources belong to, and
    // never every profile (that would send to every console).
    for (const QString &id : config.sourceIds)
        if (ownSources.contains(id))
            return true;
    return false;
}

firewall::FirewallExportJob *TaskRegistry::createFirewallJob(
    ProfileSession *session, const QString &collection, firewall::FirewallExportJob::Mode mode) const
{
    if (!session || session->state() != ProfileSession::State::Ready || !session->client()
        || !m_firewallStore)
        return nullptr;
    auto *job = new firewall::FirewallExportJob(
        m_firewallStore, session->client(), session->id(), collection, mode);
    job->setIocStore(m_iocStore);
    // Never blocked: the console and the profile's OpenCTI.
    QStringList hosts {session->consoleConfig().url.toString()};
    if (session->profile().openCtiUrl.isValid())
        hosts << session->profile().openCtiUrl.toString();
    job->setProtectedHosts(hosts);
    return job;
}

void TaskRegistry::unschedule(const QString &profileId)
{
    m_scheduler->removeProfile(profileId);
}

jobs::Job *TaskRegistry::create(const QString &kind, ProfileSession *session) const
{
    if (!session || session->state() != ProfileSession::State::Ready || !session->client())
        return nullptr;
    if (kind == TaskKind::OpenCtiImport) {
        if (!session->openCti() || !m_store)
            return nullptr;
        return new opencti::OpenCtiImportJob(
            session->client(), session->openCti(), m_store, session->importSettings());
    }
    if (kind.startsWith(TaskKind::FirewallExportPrefix))
        return createFirewallJob(session, kind.mid(TaskKind::FirewallExportPrefix.size()),
            firewall::FirewallExportJob::Mode::Export);
    if (kind.startsWith(TaskKind::IocSharePrefix) && m_iocStore) {
        const auto config
            = exchange::SharingConfig::load(*m_iocStore, kind.mid(TaskKind::IocSharePrefix.size()), nullptr);
        if (!config || (!config->profileId.isEmpty() && config->profileId != session->id()))
            return nullptr; // another profile's console or OpenCTI: its own session runs it
        exchange::IocDestination *destination = createDestination(*config, session);
        if (!destination)
            return nullptr;
        auto *job = new exchange::IocShareJob(m_iocStore, *config, destination);
        destination->setParent(job); // goes with the job (one destination, so one OpenCTI work, per run)
        return job;
    }
    if (kind.startsWith(TaskKind::IocPullPrefix) && m_iocStore) {
        const auto source = m_iocStore->sourceByName(session->id(), kind.mid(TaskKind::IocPullPrefix.size()));
        if (source && source->kind == QLatin1String("feed")) {
            auto *job = new exchange::FeedPullJob(m_iocStore, *source);
            job->setSecretStore(session->secretStore()); // the feed's credential, read when it runs
            return job;
        }
        if (source && source->kind == QLatin1String("s1-threats"))
            return exchange::S1ThreatPullJob::forSource(session->client(), m_iocStore, *source);
        if (source && source->kind == QLatin1String("opencti"))
            return session->openCti()
                ? new exchange::OpenCtiIndicatorPullJob(session->openCti(), m_iocStore, *source)
                : nullptr;
        if (source && source->kind == QLatin1String("taxii")) {
            auto *job = new exchange::TaxiiPullJob(m_iocStore, *source);
            job->setSecretStore(session->secretStore()); // the password or token, read when it runs
            return job;
        }
    }
    return nullptr;
}

exchange::IocDestination *TaskRegistry::createDestination(
    const exchange::SharingConfig &config, ProfileSession *session, QString *why) const
{
    if (!session || session->state() != ProfileSession::State::Ready || !session->client()) {
        if (why)
            *why = tr("The profile of \"%1\" is not connected.").arg(config.name);
        return nullptr;
    }
    switch (config.destination) {
    case exchange::SharingConfig::DestinationKind::S1ThreatIntel:
        return new exchange::S1IocDestination(session->client(), config);
    case exchange::SharingConfig::DestinationKind::OpenCti:
        // Only this session has this profile's OpenCTI client (profileId is empty or this profile).
        if (!session->openCti() || !m_iocStore) {
            const QString problem = tr("\"%1\" cannot run: the profile sends nothing to OpenCTI. %2")
                                        .arg(config.name, session->openCtiProblem());
            qCInfo(lcJobs).noquote() << problem;
            if (why)
                *why = problem;
            return nullptr;
        }
        return new exchange::OpenCtiIocDestination(
            session->openCti(), session->importSettings(), m_iocStore, config);
    case exchange::SharingConfig::DestinationKind::File:
        if (!m_iocStore)
            return nullptr;
        return new exchange::FileIocDestination(m_iocStore, config);
    }
    return nullptr;
}

bool TaskRegistry::runNow(ProfileSession *session, const QString &kind)
{
    const QString profileId = session->id();
    if (m_scheduler->hasTask(profileId, kind))
        return m_scheduler->runNow(profileId, kind);
    if (m_scheduler->isBusy(profileId, kind))
        return false;
    const QPointer<ProfileSession> guard(session);
    const std::unique_ptr<jobs::Job> probe(create(kind, session)); // can it run at all?
    if (!probe)
        return false;
    return m_scheduler->runOnce(profileId, kind,
        [this, guard, kind]() -> jobs::Job * { return guard ? create(kind, guard) : nullptr; });
}

bool TaskRegistry::submit(ProfileSession *session, jobs::Job *job)
{
    if (!job)
        return false;
    const QPointer<jobs::Job> pending(job);
    if (!job->parent())
        job->setParent(m_scheduler); // the scheduler's; a job with a parent stays its parent's
    return m_scheduler->runOnce(
        session->id(), job->kind(), [pending]() -> jobs::Job * { return pending.data(); });
}

} // namespace session
