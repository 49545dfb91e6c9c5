// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scheduler.h"

#include "Logging.h"

#include <QTimer>

#include <algorithm>

namespace jobs {

namespace {

// A gap between two ticks longer than this is reported as a clock jump (sleep, time change).
constexpr qint64 kJumpSeconds = 60;

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Scheduler::Scheduler(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
}

Scheduler::~Scheduler()
{
    m_shuttingDown = true;
    stop();
    QList<QPointer<Job>> running;
    for (const Lane &lane : std::as_const(m_lanes))
        if (lane.running && lane.running->job)
            running << lane.running->job;
    // A job that stops at once is recorded as cancelled; one that would stop later stays "running" in
    // the history until JobHistory::markInterrupted() at the next start.
    for (const QPointer<Job> &job : std::as_const(running))
        if (job)
            job->cancel();
    for (const QPointer<Job> &job : std::as_const(running))
        if (job)
            job->disconnect(this);
}

void Scheduler::setHistory(RunRecorder *history)
{
    m_history = history;
}

bool Scheduler::addTask(
    const QString &profileId, const QString &kind, qint64 periodSeconds, JobFactory factory, bool enabled)
{
    if (kind.isEmpty() || periodSeconds <= 0 || !factory) {
        qCWarning(lcJobs) << "scheduler: task" << profileId << kind << "refused (period" << periodSeconds
                          << "s, factory" << bool(factory) << ")";
        return false;
    }
    const Key key {profileId, kind};
    auto it = m_tasks.find(key);
    if (it != m_tasks.end()) {
        it->factory = std::move(factory);
        setTaskEnabled(profileId, kind, enabled);
        setTaskPeriod(profileId, kind, periodSeconds);
        return true;
    }
    Task task;
    task.period = periodSeconds;
    task.enabled = enabled;
    task.factory = std::move(factory);
    const QDateTime now = m_clock->now();
    task.nextDue = now;
    if (m_history) {
        if (const auto end = m_history->lastRunEnd(profileId, kind))
            task.nextDue = std::min(end->addSecs(periodSeconds), now.addSecs(periodSeconds));
    }
    m_tasks.insert(key, task);
    m_lanes[profileId]; // the lane exists from now on
    Q_EMIT nextRunChanged(profileId, kind, enabled ? task.nextDue : QDateTime());
    return true;
}

void Scheduler::removeTask(const QString &profileId, const QString &kind)
{
    if (m_tasks.remove({profileId, kind}) == 0)
        return;
    auto lane = m_lanes.find(profileId);
    if (lane != m_lanes.end())
        lane->queue.removeIf([&kind](const Pending &p) { return p.kind == kind && !p.once; });
    Q_EMIT nextRunChanged(profileId, kind, QDateTime());
    updateState();
}

void Scheduler::removeProfile(const QString &profileId)
{
    const QStringList kinds = taskKinds(profileId);
    for (const QString &kind : kinds)
        removeTask(profileId, kind);
    m_pausedProfiles.remove(profileId);
    auto lane = m_lanes.find(profileId);
    if (lane != m_lanes.end() && !lane->running)
        m_lanes.erase(lane);
}

bool Scheduler::hasTask(const QString &profileId, const QString &kind) const
{
    return m_tasks.contains({profileId, kind});
}

QStringList Scheduler::taskKinds(const QString &profileId) const
{
    QStringList kinds;
    for (auto it = m_tasks.cbegin(); it != m_tasks.cend(); ++it)
        if (it.key().first == profileId)
            kinds << it.key().second;
    return kinds;
}

void Scheduler::setTaskEnabled(const QString &profileId, const QString &kind, bool enabled)
{
    auto it = m_tasks.find({profileId, kind});
    if (it == m_tasks.end() || it->enabled == enabled)
        return;
    it->enabled = enabled;
    if (!enabled && it->queued) {
        it->queued = false;
        m_lanes[profileId].queue.removeIf([&kind](const Pending &p) { return p.kind == kind && !p.once; });
    }
    Q_EMIT nextRunChanged(profileId, kind, enabled ? it->nextDue : QDateTime());
}

bool Scheduler::isTaskEnabled(const QString &profileId, const QString &kind) const
{
    const auto it = m_tasks.constFind({profileId, kind});
    return it != m_tasks.cend() && it->enabled;
}

void Scheduler::setTaskPeriod(const QString &profileId, const QString &kind, qint64 periodSeconds)
{
    auto it = m_tasks.find({profileId, kind});
    if (it == m_tasks.end() || periodSeconds <= 0)
        return;
    // Re-anchor on the last end: nextDue - old delay is when the last run ended (or the task was added).
    const qint64 oldDelay = backoffDelay(it->period, it->failures, m_maxBackoff);
    const QDateTime anchor = it->nextDue.addSecs(-oldDelay);
    it->period = periodSeconds;
    setNextDue({profileId, kind}, anchor.addSecs(backoffDelay(periodSeconds, it->failures, m_maxBackoff)));
}

bool Scheduler::runNow(const QString &profileId, const QString &kind)
{
    const auto it = m_tasks.constFind({profileId, kind});
    if (it == m_tasks.cend() || it->queued)
        return false;
    const auto lane = m_lanes.constFind(profileId);
    if (lane != m_lanes.cend() && lane->running && lane->running->kind == kind)
        return false;
    qCInfo(lcJobs) << "scheduler: run now" << profileId << kind;
    enqueue({profileId, kind});
    startNext(profileId);
    return true;
}

bool Scheduler::runOnce(const QString &profileId, const QString &kind, JobFactory factory)
{
    if (kind.isEmpty() || !factory)
        return false;
    qCInfo(lcJobs) << "scheduler: run once" << profileId << kind;
    m_lanes[profileId].queue.enqueue({kind, std::move(factory)});
    Q_EMIT taskQueued(profileId, kind);
    startNext(profileId);
    return true;
}

bool Scheduler::isBusy(const QString &profileId, const QString &kind) const
{
    const auto lane = m_lanes.constFind(profileId);
    if (lane == m_lanes.cend())
        return false;
    if (lane->running && lane->running->kind == kind)
        return true;
    return std::any_of(
        lane->queue.cbegin(), lane->queue.cend(), [&kind](const Pending &p) { return p.kind == kind; });
}

void Scheduler::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    qCInfo(lcJobs) << "scheduler: paused";
    updateState();
}

void Scheduler::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    qCInfo(lcJobs) << "scheduler: resumed";
    tick(); // starts what waited (the state goes to Running from there)
    updateState();
}

void Scheduler::pauseProfile(const QString &profileId)
{
    if (!m_pausedProfiles.contains(profileId)) {
        m_pausedProfiles.insert(profileId);
        qCInfo(lcJobs) << "scheduler: profile" << profileId << "paused";
    }
}

void Scheduler::resumeProfile(const QString &profileId)
{
    if (m_pausedProfiles.remove(profileId)) {
        qCInfo(lcJobs) << "scheduler: profile" << profileId << "resumed";
        tick();
    }
}

bool Scheduler::isPaused(const QString &profileId) const
{
    return m_paused || m_pausedProfiles.contains(profileId);
}

QDateTime Scheduler::nextRun(const QString &profileId, const QString &kind) const
{
    const auto it = m_tasks.constFind({profileId, kind});
    return it != m_tasks.cend() && it->enabled ? it->nextDue : QDateTime();
}

bool Scheduler::isRunning(const QString &profileId) const
{
    const auto lane = m_lanes.constFind(profileId);
    return lane != m_lanes.cend() && lane->running.has_value();
}

bool Scheduler::isQueued(const QString &profileId, const QString &kind) const
{
    const auto it = m_tasks.constFind({profileId, kind});
    return it != m_tasks.cend() && it->queued;
}

Job *Scheduler::runningJob(const QString &profileId) const
{
    const auto lane = m_lanes.constFind(profileId);
    return lane != m_lanes.cend() && lane->running ? lane->running->job.data() : nullptr;
}

QString Scheduler::runningKind(const QString &profileId) const
{
    const auto lane = m_lanes.constFind(profileId);
    return lane != m_lanes.cend() && lane->running ? lane->running->kind : QString();
}

std::optional<Job::State> Scheduler::lastOutcome(const QString &profileId, const QString &kind) const
{
    const auto it = m_tasks.constFind({profileId, kind});
    return it != m_tasks.cend() ? it->lastOutcome : std::nullopt;
}

int Scheduler::failures(const QString &profileId, const QString &kind) const
{
    const auto it = m_tasks.constFind({profileId, kind});
    return it != m_tasks.cend() ? it->failures : 0;
}

QString Scheduler::stateText() const
{
    switch (m_state) {
    case State::Idle:
        return tr("Idle");
    case State::Paused:
        return tr("Paused");
    case State::Error:
        return tr("A background job failed; it will be tried again later.");
    case State::Running: {
        QStringList titles;
        for (const Lane &lane : m_lanes)
            if (lane.running && lane.running->job)
                titles << lane.running->job->title();
        titles.sort();
        return tr("Running: %1").arg(titles.join(QLatin1String(", ")));
    }
    }
    return {};
}

qint64 Scheduler::backoffDelay(qint64 periodSeconds, int failures, qint64 maxBackoffSeconds)
{
    if (periodSeconds <= 0)
        return 0;
    const qint64 cap
        = std::max(periodSeconds, std::min(maxBackoffSeconds, periodSeconds * MaxBackoffPeriods));
    qint64 delay = periodSeconds;
    for (int i = 0; i < failures && delay < cap; ++i)
        delay *= 2;
    return std::min(delay, cap);
}

void Scheduler::start(int intervalMs)
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &Scheduler::tick);
    }
    m_timer->start(std::max(1, intervalMs));
    tick();
}

void Scheduler::stop()
{
    if (m_timer)
        m_timer->stop();
}

void Scheduler::tick()
{
    if (m_shuttingDown)
        return;
    const QDateTime now = m_clock->now();
    if (m_lastTick.isValid()) {
        const qint64 gap = m_lastTick.secsTo(now);
        if (gap > kJumpSeconds || gap < 0)
            qCInfo(lcJobs) << "scheduler: the clock moved by" << gap
                           << "s since the last tick (sleep or time change); missed runs run once";
    }
    m_lastTick = now;

    QList<std::pair<QDateTime, Key>> due;
    QList<std::pair<Key, QDateTime>> clamped;
    for (auto it = m_tasks.cbegin(); it != m_tasks.cend(); ++it) {
        // The clock went back (or the task was re-timed): never wait longer than one delay from now.
        const qint64 delay = backoffDelay(it->period, it->failures, m_maxBackoff);
        if (it->nextDue > now.addSecs(delay))
            clamped.append({it.key(), now.addSecs(delay)});
        else if (it->enabled && !it->queued && !isPaused(it.key().first) && it->nextDue <= now
            && runningKind(it.key().first) != it.key().second)
            due.append({it->nextDue, it.key()});
    }
    for (const auto &[key, next] : std::as_const(clamped))
        setNextDue(key, next);
    std::sort(due.begin(), due.end());
    QSet<QString> profiles;
    for (const auto &[when, key] : std::as_const(due)) {
        if (!m_tasks.contains(key)) // a slot of taskQueued may have removed it
            continue;
        enqueue(key);
        profiles.insert(key.first);
    }
    for (auto it = m_lanes.cbegin(); it != m_lanes.cend(); ++it)
        if (!it->queue.isEmpty())
            profiles.insert(it.key());
    QStringList ordered = profiles.values();
    ordered.sort();
    for (const QString &profileId : std::as_const(ordered))
        startNext(profileId);
}

void Scheduler::enqueue(const Key &key)
{
    auto it = m_tasks.find(key);
    if (it == m_tasks.end() || it->queued)
        return;
    it->queued = true;
    m_lanes[key.first].queue.enqueue({key.second, {}});
    qCDebug(lcJobs) << "scheduler: queued" << key.first << key.second;
    Q_EMIT taskQueued(key.first, key.second);
}

void Scheduler::startNext(const QString &profileId)
{
    if (m_shuttingDown || m_starting.contains(profileId))
        return; // the loop below, further up the stack, goes on
    m_starting.insert(profileId);
    for (;;) {
        if (isPaused(profileId))
            break;
        auto lane = m_lanes.find(profileId);
        if (lane == m_lanes.end() || lane->running || lane->queue.isEmpty())
            break;
        const Pending pending = lane->queue.dequeue();
        const QString kind = pending.kind;
        const Key key {profileId, kind};
        auto task = m_tasks.find(key);
        const QDateTime now = m_clock->now();
        if (pending.once) {
            if (Job *job = pending.once())
                launch(profileId, kind, job, now);
            else
                qCWarning(lcJobs) << "scheduler: the one-off run" << profileId << kind << "made no job";
            continue;
        }
        if (task == m_tasks.end())
            continue;
        task->queued = false;
        Job *job = task->factory();
        if (!job) {
            qCWarning(lcJobs) << "scheduler: the task" << profileId << kind
                              << "made no job; tried again later";
            task->lastOutcome = Job::State::Failed;
            ++task->failures;
            setNextDue(key, now.addSecs(backoffDelay(task->period, task->failures, m_maxBackoff)));
            updateState();
            continue;
        }
        launch(profileId, kind, job, now);
    }
    m_starting.remove(profileId);
}

void Scheduler::launch(const QString &profileId, const QString &kind, Job *job, const QDateTime &now)
{
    if (!job->parent())
        job->setParent(this); // a job with a parent (a one-off run of the caller's) stays the caller's
    Run run;
    run.job = job;
    run.kind = kind;
    if (m_history)
        run.historyId = m_history->beginRun(profileId, kind, job->title(), now);
    m_lanes[profileId].running = run; // found again: the factory may have added lanes
    connect(job, &Job::finished, this, [this, profileId, job] { onJobFinished(profileId, job); });
    connect(job, &Job::progressChanged, this, [this, profileId, job](qint64, qint64, const QString &phase) {
        auto l = m_lanes.find(profileId);
        if (l == m_lanes.end() || !l->running || l->running->job != job || phase.isEmpty()
            || phase == l->running->lastPhase)
            return;
        l->running->lastPhase = phase;
        logRun(*l->running, phase);
    });
    logRun(run, tr("Started: %1").arg(job->title()));
    qCInfo(lcJobs) << "scheduler: starting" << profileId << kind;
    Q_EMIT jobStarted(profileId, kind, job);
    updateState();
    const QPointer<Job> guard(job);
    if (guard)
        job->start(); // may finish synchronously: onJobFinished() then clears the lane
}

void Scheduler::onJobFinished(const QString &profileId, Job *job)
{
    auto lane = m_lanes.find(profileId);
    if (lane == m_lanes.end() || !lane->running || lane->running->job != job)
        return;
    const Run run = *lane->running;
    lane->running.reset();
    const QDateTime now = m_clock->now();
    const Key key {profileId, run.kind};

    QString line;
    switch (job->state()) {
    case Job::State::Succeeded:
        line = tr("Succeeded: %1").arg(job->summary());
        break;
    case Job::State::Failed:
        line = tr("Failed: %1").arg(job->summary());
        break;
    default:
        line = tr("Cancelled: %1").arg(job->summary());
        break;
    }
    logRun(run, line);
    if (m_history && run.historyId > 0)
        m_history->finishRun(run.historyId, *job, now);

    auto task = m_tasks.find(key);
    if (task != m_tasks.end()) {
        task->lastOutcome = job->state();
        if (job->state() == Job::State::Succeeded)
            task->failures = 0;
        else if (job->state() == Job::State::Failed)
            ++task->failures;
        const qint64 delay = backoffDelay(task->period, task->failures, m_maxBackoff);
        if (task->failures > 0)
            qCInfo(lcJobs) << "scheduler:" << profileId << run.kind << "failed" << task->failures
                           << "times in a row; next try in" << delay << "s";
        setNextDue(key, now.addSecs(delay));
    }
    if (job->parent() == this)
        job->deleteLater();
    if (m_shuttingDown)
        return;
    Q_EMIT jobFinished(profileId, run.kind, job);
    startNext(profileId); // first: the state does not flicker to Idle between two queued jobs
    updateState();
}

void Scheduler::logRun(const Run &run, const QString &line)
{
    if (m_history && run.historyId > 0)
        m_history->appendRunLog(run.historyId, stamp(m_clock->now()) + QLatin1Char(' ') + line);
}

void Scheduler::setNextDue(const Key &key, const QDateTime &next)
{
    auto it = m_tasks.find(key);
    if (it == m_tasks.end() || it->nextDue == next)
        return;
    it->nextDue = next;
    if (!m_shuttingDown)
        Q_EMIT nextRunChanged(key.first, key.second, it->enabled ? next : QDateTime());
}

void Scheduler::updateState()
{
    if (m_shuttingDown)
        return;
    State state = State::Idle;
    if (m_paused) {
        state = State::Paused;
    } else if (std::any_of(
                   m_lanes.cbegin(), m_lanes.cend(), [](const Lane &l) { return l.running.has_value(); })) {
        state = State::Running;
    } else if (std::any_of(m_tasks.cbegin(), m_tasks.cend(), [](const Task &t) { return t.failures > 0; })) {
        state = State::Error;
    }
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace jobs
