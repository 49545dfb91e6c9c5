// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Job.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>

namespace jobs {

// The outcome of a finished job, kept after the job object is gone.
struct JobRecord
{
    QString kind;
    QString title;
    Job::State state = Job::State::Pending;
    QString summary;
    Job::Counts counts;
    QDateTime startedAt, finishedAt;
};

// Queues jobs and runs at most maxConcurrent at once, in order. Takes ownership of the jobs it is
// given and deletes each (deleteLater) after jobFinished() was emitted for it.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(int maxConcurrent = 1, QObject *parent = nullptr);
    ~JobRunner() override;

    void enqueue(Job *job);
    void cancelAll();
    QList<Job *> runningJobs() const;
    int queuedCount() const { return int(m_queue.size()); }
    bool isIdle() const { return m_running.isEmpty() && m_queue.isEmpty(); }
    // Newest last; at most historyLimit records.
    const QList<JobRecord> &history() const { return m_history; }
    void setHistoryLimit(int limit) { m_historyLimit = limit; }

Q_SIGNALS:
    void jobQueued(jobs::Job *job);
    void jobStarted(jobs::Job *job);
    void jobProgress(jobs::Job *job, qint64 done, qint64 total, const QString &phase);
    void jobFinished(jobs::Job *job);
    void idle();

private:
    void startNext();
    void onFinished(Job *job);

    int m_maxConcurrent;
    QQueue<QPointer<Job>> m_queue;
    QList<QPointer<Job>> m_running;
    QList<JobRecord> m_history;
    int m_historyLimit = 500;
};

} // namespace jobs
