// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobError.h"

#include <QDateTime>
#include <QObject>

namespace jobs {

// A long operation (DESIGN.md): reports progress (done/total, phase text), can be cancelled,
// ends with an outcome, and never blocks the thread it runs in (everything is asynchronous).
class Job : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Pending, // created or queued, not started
        Running,
        Succeeded, // everything done (counts.failed may still be > 0 for partial results: see below)
        Failed, // stopped by an error; error() says which
        Cancelled,
    };
    Q_ENUM(State)

    struct Counts
    {
        qint64 seen = 0; // items looked at
        qint64 done = 0; // items acted on / confirmed by the remote side
        qint64 skipped = 0;
        qint64 failed = 0;
    };

    // One item the job could not handle, with the reason in plain words.
    struct ItemFailure
    {
        QString item;
        QString message;
    };

    Job(const QString &kind, const QString &title, QObject *parent = nullptr);

    QString kind() const { return m_kind; } // stable identifier, e.g. "threat-list"
    QString title() const { return m_title; } // for people
    State state() const { return m_state; }
    bool isFinished() const { return m_state >= State::Succeeded; }
    qint64 progressDone() const { return m_done; }
    qint64 progressTotal() const { return m_total; } // -1 while unknown
    QString phase() const { return m_phase; }
    const Counts &counts() const { return m_counts; }
    const QList<ItemFailure> &failures() const { return m_failures; }
    QString summary() const { return m_summary; }
    const JobError &error() const { return m_error; }
    QDateTime startedAt() const { return m_startedAt; }
    QDateTime finishedAt() const { return m_finishedAt; }

    void start();
    void cancel();
    bool isCancelRequested() const { return m_cancelRequested; }

Q_SIGNALS:
    void stateChanged(jobs::Job::State state);
    void progressChanged(qint64 done, qint64 total, const QString &phase);
    void finished();

protected:
    virtual void run() = 0;
    // Stop outstanding work; then call finishCancelled() (now or once the work stopped).
    virtual void onCancel() { finishCancelled(); }

    void setProgress(qint64 done, qint64 total, const QString &phase = {});
    Counts &tally() { return m_counts; }
    // An item that went wrong, listed with the run. counted: it is a failure of this job (counts().failed);
    // false for a problem of the input the job reports but that does not fail it (a feed's bad line).
    void addFailure(const QString &item, const QString &message, bool counted = true);
    void succeed(const QString &summary);
    void fail(const net::ApiError &error);
    void fail(const JobError &error);
    // Input or configuration that cannot be right.
    void fail(const QString &message);
    // This machine failed: kind is Disk, Database or Keychain.
    void failLocal(JobError::Kind kind, const QString &message);
    void finishCancelled();

private:
    void setState(State state);

    QString m_kind;
    QString m_title;
    State m_state = State::Pending;
    qint64 m_done = 0;
    qint64 m_total = -1;
    QString m_phase;
    Counts m_counts;
    QList<ItemFailure> m_failures;
    QString m_summary;
    JobError m_error;
    QDateTime m_startedAt, m_finishedAt;
    bool m_cancelRequested = false;
};

} // namespace jobs
