// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewSnapshot.h"

#include "TaskRegistry.h"
#include "firewall/FirewallStore.h"
#include "jobs/Scheduler.h"
#include "opencti/ImportStore.h"

#include <algorithm>

namespace session {

std::optional<OverviewJob::Category> OverviewJob::categoryOf(const QString &kind, QString *name)
{
    const auto found = [&](Category category, qsizetype prefix) -> std::optional<Category> {
        if (name)
            *name = kind.mid(prefix);
        return category;
    };
    if (kind == TaskKind::OpenCtiImport)
        return found(Category::OpenCtiImport, kind.size());
    if (kind.startsWith(TaskKind::IocPullPrefix))
        return found(Category::IocPull, TaskKind::IocPullPrefix.size());
    if (kind.startsWith(TaskKind::IocSharePrefix))
        return found(Category::IocShare, TaskKind::IocSharePrefix.size());
    if (kind.startsWith(TaskKind::FirewallExportPrefix))
        return found(Category::FirewallExport, TaskKind::FirewallExportPrefix.size());
    return std::nullopt;
}

QString OverviewJob::title() const
{
    switch (category) {
    case Category::OpenCtiImport:
        return OverviewSnapshot::tr("OpenCTI import");
    case Category::IocPull:
        return OverviewSnapshot::tr("IOC pull: %1").arg(name);
    case Category::IocShare:
        return OverviewSnapshot::tr("IOC sharing: %1").arg(name);
    case Category::FirewallExport:
        return OverviewSnapshot::tr("Firewall export: %1").arg(name);
    }
    return kind;
}

OverviewSnapshot::Connection OverviewSnapshot::connectionOf(const ProfileSession *session)
{
    if (!session)
        return Connection::NoSession;
    switch (session->state()) {
    case ProfileSession::State::Loading:
        return Connection::LoadingToken;
    case ProfileSession::State::NeedsToken:
        return Connection::NeedsToken;
    case ProfileSession::State::Ready:
        break;
    }
    const s1::ConsoleConnection *connection = session->connection();
    if (!connection)
        return Connection::Problem;
    using State = s1::ConsoleConnection::State;
    switch (connection->state()) {
    case State::NotConfigured: // before the first check(), or nothing to check with
        return session->consoleConfig().url.isEmpty() || session->consoleConfig().token.isEmpty()
            ? Connection::Problem
            : Connection::NotChecked;
    case State::Checking:
        return Connection::Checking;
    case State::Connected:
        return Connection::Connected;
    case State::TokenRefused:
        return Connection::TokenRefused;
    case State::Forbidden:
    case State::NotAConsole:
    case State::Unreachable:
        return Connection::Problem;
    }
    return Connection::Problem;
}

OverviewSnapshot OverviewSnapshot::collect(const Sources &sources)
{
    OverviewSnapshot snapshot;
    ProfileSession *session = sources.session;
    snapshot.connection = connectionOf(session);
    if (!session)
        return snapshot;
    snapshot.profileId = session->id();
    snapshot.profileName = session->profile().name;
    const s1::ConsoleConnection *connection = session->connection();

    // The connection, in words, and what to do about it.
    switch (snapshot.connection) {
    case Connection::NoSession:
        break;
    case Connection::LoadingToken:
        snapshot.connectionText = tr("Reading the token from the keychain…");
        break;
    case Connection::NeedsToken:
        snapshot.connectionText = session->problem().isEmpty()
            ? tr("The keychain holds no SentinelOne token for this profile.")
            : session->problem();
        snapshot.attention.append({OverviewProblem::Kind::NoToken,
            tr("No SentinelOne token: enter it to connect to the console."), {}, {}, 0});
        break;
    case Connection::NotChecked:
        snapshot.connectionText = tr("Not checked yet");
        break;
    case Connection::Checking:
    case Connection::Connected:
        snapshot.connectionText = connection->stateText();
        break;
    case Connection::TokenRefused:
        snapshot.connectionText = connection->stateText();
        snapshot.attention.append({OverviewProblem::Kind::TokenRefused,
            tr("Token refused: the console did not accept the profile's API token (wrong, expired or "
               "revoked). Enter a new one."),
            {}, {}, 0});
        break;
    case Connection::Problem: {
        snapshot.connectionText = connection ? connection->stateText() : tr("Not configured");
        const QString detail = connection && connection->lastError().isError()
            ? connection->lastError().userMessage()
            : snapshot.connectionText;
        snapshot.attention.append({OverviewProblem::Kind::ConsoleProblem, detail, {}, {}, 0});
        break;
    }
    }
    if (session->state() == ProfileSession::State::Ready && session->profile().openCtiEnabled
        && !session->openCti())
        snapshot.attention.append({OverviewProblem::Kind::OpenCtiNotReady,
            tr("OpenCTI is not ready: %1")
                .arg(session->openCtiProblem().isEmpty() ? tr("no OpenCTI connection.")
                                                         : session->openCtiProblem()),
            {}, {}, 0});

    // The jobs: the scheduler's periodic tasks, the import when it ever ran, and the firewall
    // collections with a target here (exported by hand when they are not on the schedule).
    const QString profileId = session->id();
    jobs::Scheduler *scheduler = sources.registry ? sources.registry->scheduler() : nullptr;
    QStringList kinds = scheduler ? scheduler->taskKinds(profileId) : QStringList();
    const auto lastRun = [&](const QString &kind) -> std::optional<storage::JobRun> {
        if (!sources.history)
            return std::nullopt;
        storage::JobRunFilter filter;
        filter.profileId = profileId;
        filter.kind = kind;
        filter.limit = 1;
        const QList<storage::JobRun> runs = sources.history->list(filter);
        return runs.isEmpty() ? std::nullopt : std::optional<storage::JobRun>(runs.first());
    };
    if (!kinds.contains(TaskKind::OpenCtiImport) && lastRun(TaskKind::OpenCtiImport))
        kinds << TaskKind::OpenCtiImport;
    if (firewall::FirewallStore *fw = sources.registry ? sources.registry->firewallStore() : nullptr) {
        for (const firewall::Collection &c : fw->collections()) {
            const bool here = std::any_of(c.targets.cbegin(), c.targets.cend(),
                [&profileId](const firewall::ExportTarget &t) { return t.profileId == profileId; });
            const QString kind = firewall::FirewallExportJob::kindFor(c.name);
            if (here && !kinds.contains(kind))
                kinds << kind;
        }
    }
    for (const QString &kind : std::as_const(kinds)) {
        OverviewJob job;
        job.kind = kind;
        const auto category = OverviewJob::categoryOf(kind, &job.name);
        if (!category)
            continue;
        job.category = *category;
        if (scheduler) {
            job.scheduled = scheduler->hasTask(profileId, kind);
            job.busy = scheduler->isBusy(profileId, kind);
            job.running = scheduler->isRunning(profileId) && scheduler->runningKind(profileId) == kind;
            job.nextRun = scheduler->nextRun(profileId, kind);
            job.failuresInRow = scheduler->failures(profileId, kind);
        }
        job.lastRun = lastRun(kind);
        snapshot.jobs << job;
    }
    std::sort(snapshot.jobs.begin(), snapshot.jobs.end(), [](const OverviewJob &a, const OverviewJob &b) {
        if (a.category != b.category)
            return a.category < b.category;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const OverviewJob &job : std::as_const(snapshot.jobs)) {
        if (!job.failing() || job.busy)
            continue;
        const QString why
            = job.lastRun->summary.isEmpty() ? tr("no reason was recorded.") : job.lastRun->summary;
        snapshot.attention.append(
            {OverviewProblem::Kind::JobFailing, tr("%1 failed: %2").arg(job.title(), why), job.kind, {}, 0});
    }

    // Threats flagged and sent, but OpenCTI reported an error for them.
    if (sources.importStore) {
        snapshot.failedImports = sources.importStore->count(profileId, opencti::ImportRecord::Status::Failed);
        if (snapshot.failedImports > 0) {
            OverviewProblem problem;
            problem.kind = OverviewProblem::Kind::ImportFailed;
            problem.count = snapshot.failedImports;
            const QList<opencti::ImportRecord> failed = sources.importStore->list(
                profileId, opencti::ImportRecord::Status::Failed, MaxListedThreats);
            for (const opencti::ImportRecord &r : failed)
                problem.threatIds << r.threatId;
            problem.text = tr("%n threat(s) flagged but failed in OpenCTI", nullptr, snapshot.failedImports);
            if (!failed.isEmpty() && !failed.first().error.isEmpty())
                problem.text += tr(" (latest: %1)").arg(failed.first().error);
            snapshot.attention.append(problem);
        }
    }
    return snapshot;
}

} // namespace session
