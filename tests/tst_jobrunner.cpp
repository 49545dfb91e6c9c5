// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

// A job that finishes after a delay: the runner's order, cancel and history are what is tested.
class TimedJob : public jobs::Job
{
public:
    TimedJob(const QString &name, int ms, QStringList *order)
        : Job(QStringLiteral("timed"), name)
        , m_ms(ms)
        , m_order(order)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            *m_order << title();
            setProgress(1, 1, QStringLiteral("done"));
            succeed(QStringLiteral("ok"));
        });
    }

protected:
    void run() override { m_timer.start(m_ms); }
    void onCancel() override
    {
        m_timer.stop();
        finishCancelled();
    }

private:
    int m_ms;
    QStringList *m_order;
    QTimer m_timer;
};

class TestJobRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOneAtATimeInOrder()
    {
        QStringList order;
        jobs::JobRunner runner(1);
        QSignalSpy idle(&runner, &jobs::JobRunner::idle);
        QSignalSpy started(&runner, &jobs::JobRunner::jobStarted);
        runner.enqueue(new TimedJob(QStringLiteral("a"), 30, &order));
        runner.enqueue(new TimedJob(QStringLiteral("b"), 1, &order));
        runner.enqueue(new TimedJob(QStringLiteral("c"), 1, &order));
        QCOMPARE(runner.runningJobs().size(), 1);
        QCOMPARE(runner.queuedCount(), 2);
        QVERIFY(idle.wait(2000));
        QCOMPARE(order, (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(started.size(), 3);
        QCOMPARE(runner.history().size(), 3);
        QCOMPARE(runner.history().at(1).state, jobs::Job::State::Succeeded);
        QVERIFY(runner.history().at(0).finishedAt >= runner.history().at(0).startedAt);
    }

    void cancelQueuedAndRunning()
    {
        QStringList order;
        jobs::JobRunner runner(1);
        QSignalSpy idle(&runner, &jobs::JobRunner::idle);
        runner.enqueue(new TimedJob(QStringLiteral("long"), 5000, &order));
        runner.enqueue(new TimedJob(QStringLiteral("queued"), 1, &order));
        runner.cancelAll();
        QVERIFY(idle.count() == 1 || idle.wait(1000));
        QVERIFY(order.isEmpty());
        QCOMPARE(runner.history().size(), 2);
        for (const jobs::JobRecord &r : runner.history())
            QCOMPARE(r.state, jobs::Job::State::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
