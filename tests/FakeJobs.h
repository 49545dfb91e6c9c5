// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Jobs for scheduler-driven tests (tst_scheduler, tst_tray): they end inside start() (Succeed,
// Fail) or when the test says so (Manual), and a task factory that keeps the jobs it made.
#include "jobs/Job.h"
#include "jobs/Scheduler.h"

#include <QList>
#include <QPointer>

namespace fake {

class FakeJob : public jobs::Job
{
public:
    enum class Mode { Succeed, Fail, Manual };

    FakeJob(const QString &kind, Mode mode, const QString &summary)
        : Job(kind, kind + QLatin1String(" job"))
        , m_mode(mode)
        , m_summary(summary)
    { }

    void complete()
    {
        tally().seen = 3;
        tally().done = 2;
        succeed(m_summary);
    }
    void failNow() { fail(QStringLiteral("console down")); }

protected:
    void run() override
    {
        setProgress(0, 3, QStringLiteral("fetching"));
        if (m_mode == Mode::Succeed)
            complete();
        else if (m_mode == Mode::Fail)
            failNow();
    }

private:
    Mode m_mode;
    QString m_summary;
};

// The jobs a task's factory made, and how the next ones end.
struct Made
{
    explicit Made(FakeJob::Mode m = FakeJob::Mode::Succeed, const QString &s = QStringLiteral("2 done"))
        : mode(m)
        , summary(s)
    { }
    FakeJob::Mode mode;
    QString summary;
    QList<QPointer<FakeJob>> jobs;
    int count() const { return int(jobs.size()); }
    FakeJob *last() const { return jobs.isEmpty() ? nullptr : jobs.last().data(); }
};

inline jobs::Scheduler::JobFactory factory(Made *made, const QString &kind)
{
    return [made, kind]() -> jobs::Job * {
        auto *job = new FakeJob(kind, made->mode, made->summary);
        made->jobs << job;
        return job;
    };
}

} // namespace fake
