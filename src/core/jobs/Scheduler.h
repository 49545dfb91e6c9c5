// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/Clock.h"
#include "jobs/Job.h"
#include "jobs/RunRecorder.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QTimer;

namespace jobs {

// Background sync (after ownCloud's SyncScheduler and Nextcloud's FolderMan): runs the registered
// tasks of each profile every period, one job at a time per profile (a queue per profile; different
// profiles run side by side).
//
// The timers only trigger; every decision is made in tick() from clock()->now(): what is due, the
// back-off after failures, the catch-up after the machine slept (a task that missed N periods runs
// once, not N times, because the next run is always counted from the end of the last one). Call
// tick() from a QTimer (start() makes one) and when the system resumes; the tests call it with a
// ManualClock instead of sleeping.
//
// Timing: a task is due period seconds after its last run ended (after the last failure: the back-off
// delay, see backoffDelay()); a new task, or one added with no run in the history, is due at once.
// "Run now" queues a run at once. Paused (everything or one profile): nothing new starts (queued runs
// wait, due tasks are not queued); a running job finishes.
//
// Jobs: the factory of a task creates a fresh Job for each run; the scheduler owns it and deletes it
// (deleteLater) after jobFinished(), unless the job had a parent when it started (a caller that
// keeps it, e.g. to read its results). With a JobHistory, every run is recorded there (start, end,
// outcome, counts, failures, a log of its phases).
class Scheduler : public QObject
{
    Q_OBJECT
public:
    // The summary for the tray: Paused wins, then Running, then Error (a task's last run failed), Idle.
    enum class State { Idle, Running, Paused, Error };
    Q_ENUM(State)

    using JobFactory = std::function<Job *()>;

    static constexpr qint64 DefaultMaxBackoffSeconds = 3600;
    static constexpr int MaxBackoffPeriods = 8;

    // clock: not owned, must outlive the scheduler; nullptr: the system clock.
    explicit Scheduler(Clock *clock = nullptr, QObject *parent = nullptr);
    ~Scheduler() override; // cancels the running jobs (their runs are recorded as cancelled)

    // Records every run there (not owned; must outlive the scheduler). nullptr: no history.
    void setHistory(RunRecorder *history);
    RunRecorder *history() const { return m_history; }
    Clock *clock() const { return m_clock; }

    // Registers (or replaces: same profile and kind) a task. periodSeconds > 0 and a factory, else
    // false. Its first run: a period after the last run the history holds for it, or at once.
    bool addTask(const QString &profileId, const QString &kind, qint64 periodSeconds, JobFactory factory,
        bool enabled = true);
    // Forgets the task (a queued run is dropped; a running job finishes and is recorded).
    void removeTask(const QString &profileId, const QString &kind);
    void removeProfile(const QString &profileId);
    bool hasTask(const QString &profileId, const QString &kind) const;
    QStringList taskKinds(const QString &profileId) const;
    // A disabled task is not run by its period (its queued run is dropped); runNow() still runs it.
    void setTaskEnabled(const QString &profileId, const QString &kind, bool enabled);
    bool isTaskEnabled(const QString &profileId, const QString &kind) const;
    // The next run: period seconds after the last one ended (or the back-off delay after a failure).
    void setTaskPeriod(const QString &profileId, const QString &kind, qint64 periodSeconds);

    // Queues a run at once (it starts when the profile's current job ended and nothing is paused).
    // False when the task is unknown or a run of it is already queued or running.
    bool runNow(const QString &profileId, const QString &kind);
    // Queues a one-off run of a job that is no periodic task (flag these threats, import now without
    // a schedule): the same lane as the tasks (one job at a time per profile), recorded in the
    // history, started when the profile's current job ended and nothing is paused. The factory is
    // called when the run starts. False without a factory or kind.
    bool runOnce(const QString &profileId, const QString &kind, JobFactory factory);
    // Queued or running, periodic or one-off.
    bool isBusy(const QString &profileId, const QString &kind) const;

    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    void pauseProfile(const QString &profileId);
    void resumeProfile(const QString &profileId);
    bool isPaused(const QString &profileId) const; // everything paused, or this profile

    // Invalid when the task is unknown or disabled; may be in the past while it is queued or paused.
    QDateTime nextRun(const QString &profileId, const QString &kind) const;
    bool isRunning(const QString &profileId) const;
    bool isQueued(const QString &profileId, const QString &kind) const;
    Job *runningJob(const QString &profileId) const;
    QString runningKind(const QString &profileId) const;
    // The outcome of the task's last run in this session (nullopt: none yet).
    std::optional<Job::State> lastOutcome(const QString &profileId, const QString &kind) const;
    int failures(const QString &profileId, const QString &kind) const; // failed runs in a row
    State state() const { return m_state; }
    QString stateText() const; // for the tray tooltip, translated

    // The wait after `failures` failed runs in a row: period * 2^failures, capped at the smaller of
    // maxBackoffSeconds and MaxBackoffPeriods periods, never less than one period.
    static qint64 backoffDelay(
        qint64 periodSeconds, int failures, qint64 maxBackoffSeconds = DefaultMaxBackoffSeconds);
    void setMaxBackoffSeconds(qint64 seconds) { m_maxBackoff = std::max<qint64>(1, seconds); }
    qint64 maxBackoffSeconds() const { return m_maxBackoff; }

    // A QTimer calling tick() every intervalMs (the decisions stay in tick()).
    void start(int intervalMs = 1000);
    void stop();

public Q_SLOTS:
    // Looks at clock()->now(): queues the due tasks and starts what may start. Also call it when the
    // system resumed from sleep.
    void tick();

Q_SIGNALS:
    void taskQueued(const QString &profileId, const QString &kind);
    void jobStarted(const QString &profileId, const QString &kind, jobs::Job *job);
    void jobFinished(const QString &profileId, const QString &kind, jobs::Job *job);
    void stateChanged(jobs::Scheduler::State state);
    void nextRunChanged(const QString &profileId, const QString &kind, const QDateTime &next);

private:
    using Key = std::pair<QString, QString>; // profile id, kind

    struct Task
    {
        qint64 period = 0;
        bool enabled = true;
        JobFactory factory;
        QDateTime nextDue;
        int failures = 0;
        std::optional<Job::State> lastOutcome;
        bool queued = false;
    };

    struct Run
    {
        QPointer<Job> job;
        QString kind;
        qint64 historyId = 0;
        QString lastPhase;
    };

    struct Pending
    {
        QString kind;
        JobFactory once; // set for a one-off run; empty: the task's factory
    };

    struct Lane // one profile
    {
        QQueue<Pending> queue;
        std::optional<Run> running;
    };

    void enqueue(const Key &key);
    void startNext(const QString &profileId);
    void launch(const QString &profileId, const QString &kind, Job *job, const QDateTime &now);
    void onJobFinished(const QString &profileId, Job *job);
    void logRun(const Run &run, const QString &line);
    void setNextDue(const Key &key, const QDateTime &next);
    void updateState();

    Clock *m_clock;
    std::unique_ptr<Clock> m_ownClock;
    RunRecorder *m_history = nullptr;
    QTimer *m_timer = nullptr;
    QMap<Key, Task> m_tasks;
    QHash<QString, Lane> m_lanes;
    QSet<QString> m_pausedProfiles;
    QSet<QString> m_starting; // profiles inside startNext() (a job may finish synchronously)
    bool m_paused = false;
    bool m_shuttingDown = false;
    qint64 m_maxBackoff = DefaultMaxBackoffSeconds;
    QDateTime m_lastTick;
    State m_state = State::Idle;
};

} // namespace jobs
