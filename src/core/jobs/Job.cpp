// SPDX-License-Identifier: GPL-3.0-or-later
#include "Job.h"

#include "Logging.h"

namespace jobs {

Job::Job(const QString &kind, const QString &title, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_title(title)
{ }

void Job::start()
{
    if (m_state != State::Pending)
        return;
    m_startedAt = QDateTime::currentDateTimeUtc();
    setState(State::Running);
    qCInfo(lcJobs).noquote() << "started" << m_kind << '-' << m_title;
    if (m_cancelRequested)
        return finishCancelled();
    run();
}

void Job::cancel()
{
    if (isFinished() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_state == State::Pending)
        return finishCancelled();
    onCancel();
}

void Job::setProgress(qint64 done, qint64 total, const QString &phase)
{
    m_done = done;
    m_total = total;
    if (!phase.isNull())
        m_phase = phase;
    Q_EMIT progressChanged(m_done, m_total, m_phase);
}

void Job::addFailure(const QString &item, const QString &message, bool counted)
{
    if (counted)
        ++m_counts.failed;
    m_failures.append({item, message});
}

void Job::succeed(const QString &summary)
{
    if (isFinished())
        return;
    m_summary = summary;
    setState(State::Succeeded);
}

void Job::fail(const net::ApiError &error)
{
    fail(JobError::fromRemote(error));
}

void Job::fail(const JobError &error)
{
    if (isFinished())
        return;
    if (error.kind == JobError::Kind::Cancelled)
        return finishCancelled();
    m_error = error;
    m_summary = error.userMessage();
    setState(State::Failed);
}

void Job::fail(const QString &message)
{
    fail(JobError::local(JobError::Kind::Input, message));
}

void Job::failLocal(JobError::Kind kind, const QString &message)
{
    fail(JobError::local(kind, message));
}

void Job::finishCancelled()
{
    if (isFinished())
        return;
    m_summary = tr("Cancelled.");
    m_error = JobError::local(JobError::Kind::Cancelled, m_summary);
    setState(State::Cancelled);
}

void Job::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
    if (isFinished()) {
        m_finishedAt = QDateTime::currentDateTimeUtc();
        qCInfo(lcJobs).noquote() << "finished" << m_kind << '-' << QVariant::fromValue(state).toString()
                                 << '-' << m_summary;
        Q_EMIT finished();
    }
}

} // namespace jobs
