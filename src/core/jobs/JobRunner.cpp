// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobRunner.h"

namespace jobs {

JobRunner::JobRunner(int maxConcurrent, QObject *parent)
    : QObject(parent)
    , m_maxConcurrent(std::max(1, maxConcurrent))
{ }

JobRunner::~JobRunner()
{
    for (const QPointer<Job> &job : std::as_const(m_running))
        if (job)
            job->disconnect(this);
}

void JobRunner::enqueue(Job *job)
{
    job->setParent(this);
    connect(job, &Job::finished, this, [this, job] { onFinished(job); });
    connect(job, &Job::progressChanged, this, [this, job](qint64 done, qint64 total, const QString &phase) {
        Q_EMIT jobProgress(job, done, total, phase);
    });
    m_queue.enqueue(job);
    Q_EMIT jobQueued(job);
    startNext();
}

void JobRunner::cancelAll()
{
    const auto queued = m_queue;
    for (const QPointer<Job> &job : queued)
        if (job)
            job->cancel();
    const auto running = m_running;
    for (const QPointer<Job> &job : running)
        if (job)
            job->cancel();
}

QList<Job *> JobRunner::runningJobs() const
{
    QList<Job *> out;
    for (const QPointer<Job> &job : m_running)
        if (job)
            out << job.data();
    return out;
}

void JobRunner::startNext()
{
    while (m_running.size() < m_maxConcurrent && !m_queue.isEmpty()) {
        QPointer<Job> job = m_queue.dequeue();
        if (!job || job->isFinished())
            continue;
        m_running.append(job);
        Q_EMIT jobStarted(job);
        job->start(); // may finish synchronously
    }
}

void JobRunner::onFinished(Job *job)
{
    m_running.removeAll(job);
    m_queue.removeAll(job);
    m_history.append({job->kind(), job->title(), job->state(), job->summary(), job->counts(),
        job->startedAt(), job->finishedAt()});
    while (m_history.size() > m_historyLimit)
        m_history.removeFirst();
    Q_EMIT jobFinished(job);
    job->deleteLater();
    startNext();
    if (isIdle())
        Q_EMIT idle();
}

} // namespace jobs
