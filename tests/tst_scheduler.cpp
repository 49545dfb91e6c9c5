// SPDX-License-Identifier: GPL-3.0-or-later
// jobs::Scheduler driven by a ManualClock (no sleeping): due times from the period, one job at a time
// per profile and profiles side by side, run now without duplicates, pause and resume (everything and
// per profile), the capped exponential back-off and its reset, one catch-up run after a sleep, the
// clock going back, the tray state, and the runs recorded in a real job history database.
#include "jobs/Clock.h"
#include "jobs/Scheduler.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"

#include "FakeJobs.h"
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

using jobs::Job;
using jobs::ManualClock;
using jobs::Scheduler;

namespace {

const QString kA = QStringLiteral("profile-a");
const QString kB = QStringLiteral("profile-b");
const QString kImport = QStringLiteral("opencti-import");
const QString kPull = QStringLiteral("ioc-pull");

using fake::factory;
using fake::FakeJob;
using fake::Made;

const QDateTime kT0(QDate(2025, 5, 1), QTime(8, 0), Qt::UTC);

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueTimesFromPeriod();
    void oneJobAtATimePerProfile();
    void twoProfilesInParallel();
    void runNowWithoutDuplicates();
    void pauseAndResumeEverything();
    void pauseAndResumeOneProfile();
    void backoffDelay_data();
    void backoffDelay();
    void backoffDoublesIsCappedAndResets();
    void sleepCatchUpRunsOnce();
    void clockGoingBackIsClamped();
    void factoryWithoutJobBacksOff();
    void removedTaskWhileRunning();
    void historyRowsWritten();

private:
    QTemporaryDir m_dir;
};

void TestScheduler::dueTimesFromPeriod()
{
    ManualClock clock(kT0);
    Scheduler s(&clock);
    Made made;
    QSignalSpy nextChanged(&s, &Scheduler::nextRunChanged);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused \\(period 0 s")));
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(QStringLiteral("refused \\(period 300 s, factory false")));
    QVERIFY(!s.addTask(kA, kImport, 0, factory(&made, kImport)));
    QVERIFY(!s.addTask(kA, kImport, 300, nullptr));
    QVERIFY(s.addTask(kA, kImport, 300, factory(&made, kImport)));
    QVERIFY(s.hasTask(kA, kImport));
    QCOMPARE(s.nextRun(kA, kImport), kT0); // a new task with no history: at once
    QCOMPARE(nextChanged.size(), 1);
    QCOMPARE(made.count(), 0); // nothing happens before tick()

    s.tick();
    QCOMPARE(made.count(), 1);
    QCOMPARE(s.lastOutcome(kA, kImport), std::optional<Job::State>(Job::State::Succeeded));
    QCOMPARE(s.nextRun(kA, kImport), kT0.addSecs(300));
    QCOMPARE(nextChanged.last().at(2).toDateTime(), kT0.addSecs(300));

    clock.advance(299);
    s.tick();
    QCOMPARE(made.count(), 1);
    clock.advance(1);
    s.tick();
    QCOMPARE(made.count(), 2);
    QCOMPARE(s.nextRun(kA, kImport), kT0.addSecs(600));
    s.tick(); // same instant: nothing more
    QCOMPARE(made.count(), 2);

    // A new period counts from the last run's end.
    s.setTaskPeriod(kA, kImport, 60);
    QCOMPARE(s.nextRun(kA, kImport), kT0.addSecs(360));

    // Disabled: no next run, not run by ticks; runNow() still runs it.
    Made other;
    QVERIFY(s.addTask(kB, kPull, 60, factory(&other, kPull), false));
    QVERIFY(!s.isTaskEnabled(kB, kPull));
    QVERIFY(!s.nextRun(kB, kPull).isValid());
    clock.advance(3600);
    s.tick();
    QCOMPARE(other.count(), 0);
    QVERIFY(s.runNow(kB, kPull));
    QCOMPARE(other.count(), 1);
    s.setTaskEnabled(kB, kPull, true);
    QCOMPARE(s.nextRun(kB, kPull), clock.now().addSecs(60));
    QCOMPARE(s.taskKinds(kA), QStringList {kImport});
}

void TestScheduler::oneJobAtATimePerProfile()
{
    ManualClock clock(kT0);
    Scheduler s(&clock);
    Made imports, pulls;
    imports.mode = pulls.mode = FakeJob::Mode::Manual;
    QSignalSpy started(&s, &Scheduler::jobStarted);
    QSignalSpy finished(&s, &Scheduler::jobFinished);
    QSignalSpy queued(&s, &Scheduler::taskQueued);
    s.addTask(kA, kImport, 300, factory(&imports, kImport));
    s.addTask(kA, kPull, 300, factory(&pulls, kPull));
    s.tick();
    QCOMPARE(queued.size(), 2);
    QCOMPARE(started.size(), 1);
    QVERIFY(s.isRunning(kA));
    QCOMPARE(s.runningKind(kA), kPull); // equal due times: in key order
    QCOMPARE(s.runningJob(kA), pulls.last());
    QCOMPARE(imports.count(), 0); // the second task waits, its job not even made
    QVERIFY(s.isQueued(kA, kImport));
    QCOMPARE(started.first().at(0).toString(), kA);
    QCOMPARE(started.first().at(1).toString(), kPull);
    QCOMPARE(started.first().at(2).value<Job *>(), pulls.last());

    clock.advance(10);
    s.tick(); // still running: nothing new
    QCOMPARE(started.size(), 1);
    pulls.last()->complete();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), kPull);
    QCOMPARE(started.size(), 2);
    QCOMPARE(s.runningKind(kA), kImport);
    QVERIFY(!s.isQueued(kA, kImport));
    QCOMPARE(s.nextRun(kA, kPull), kT0.addSecs(310)); // from the end of its run
    imports.last()->complete();
    QVERIFY(!s.isRunning(kA));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(s.state(), Scheduler::State::Idle);
}

void TestScheduler::twoProfilesInParallel()
{
    ManualClock clock(kT0);
    Scheduler s(&clock);
    Made a, b;
    a.mode = b.mode = FakeJob::Mode::Manual;
    QSignalSpy state(&s, &Scheduler::stateChanged);
    s.addTask(kA, kImport, 60, factory(&a, kImport));
    s.addTask(kB, kImport, 60, factory(&b, kImport));
    s.tick();
    QVERIFY(s.isRunning(kA));
    QVERIFY(s.isRunning(kB));
    QCOMPARE(a.count(), 1);
    QCOMPARE(b.count(), 1);
    QCOMPARE(s.state(), Scheduler::State::Running);
    QCOMPARE(state.size(), 1);
    QVERIFY2(s.stateText().contains(QLatin1String("opencti-import job")), qPrintable(s.stateText()));
    b.last()->complete();
    QVERIFY(s.isRunning(kA));
    QVERIFY(!s.isRunning(kB));
    QCOMPARE(s.state(), Scheduler::State::Running);
    a.last()->complete();
    QCOMPARE(s.state(), Scheduler::State::Idle);
    QCOMPARE(state.size(), 2);
    QCOMPARE(state.last().at(0).value<Scheduler::State>(), Scheduler::State::Idle);
}

void TestScheduler::runNowWithoutDuplicates()
{
    ManualClock clock(kT0);
    Scheduler s(&clock);
    Made imports, pulls;
    imports.mode = pulls.mode = FakeJob::Mode::Manual;
    QSignalSpy queued(&s, &Scheduler::taskQueued);
    s.addTask(kA, kImport, 3600, factory(&imports, kImport));
    s.addTask(kA, kPull, 3600, factory(&pulls, kPull), false);
    QVERIFY(!s.runNow(kA, QStringLiteral("unknown")));
    QVERIFY(!s.runNow(kB, kImport));

    QVERIFY(s.runNow(kA, kImport)); // starts at once, without a tick
    QCOMPARE(imports.count(), 1);
    QVERIFY(s.isRunning(kA));
    QVERIFY(!s.runNow(kA, kImport)); // running: no duplicate
    QVERIFY(s.runNow(kA, kPull)); // queued behind it
    QVERIFY(s.isQueued(kA, kPull));
    QVERIFY(!s.runNow(kA, kPull)); // queued: no duplicate
    s.tick(); // the import was due at once, but is running: not queued again
    QCOMPARE(queued.size(), 2);
    imports.last()->complete();
    QCOMPARE(pulls.count(), 1);
    QCOMPARE(s.runningKind(kA), kPull);
    pulls.last()->complete();
    QCOMPARE(imports.count(), 1);
    QCOMPARE(s.nextRun(kA, kImport), kT0.addSecs(3600));
    clock.advance(60);
    QVERIFY(s.runNow(kA, kImport)); // long before its time
    QCOMPARE(imports.count(), 2);
    imports.last()->complete();
    QCOMPARE(s.nextRun(kA, kImport), kT0.addSecs(60 + 3600));
    QCOMPARE(queued.size(), 3);
}

void TestScheduler::pauseAndResumeEverything()
{
    ManualClock clock(kT0);
    Scheduler s(&clock);
    Made imports, pulls;
    imports.mode = pulls.mode = FakeJob::Mode::Manual;
    QSignalSpy state(&s, &Scheduler::stateChanged);
    s.addTask(kA, kImport, 60, factory(&imports, kImport));
    s.addTask(kA, kPull, 60, factory(&pulls, kPull));
    s.tick();
    QCOMPARE(pulls.count(), 1);
    s.pause();
    QVERIFY(s.isPaused());
    QVERIFY(s.isPaused(kA));
    QCOMPARE(s.state(), Scheduler::State::Paused);
    QCOMPARE(s.stateText(), QStringLiteral("Paused"));
    // The running job finishes; the queued one does not start, nor does anything due.
    pulls.last()->complete();
    QVERIFY(!s.isRunning(kA));
    QCOMPARE(imports.count(), 0);
    clock.advance(600);
    s.tick();
    QCOMPARE(imports.count(), 0);
    QCOMPARE(pulls.count(), 1);
    QVERIFY(s.runNow(kA, kPull)); // queued, waits for resume
    QCOMPARE(pulls.count(), 1);

    s.resume();
    QVERIFY(!s.isPaused());
    QCOMPARE(imports.count(), 1); // the queued run starts first
    QCOMPARE(s.state(), Scheduler::State::Running);
    imports.last()->complete();
    QCOMPARE(pulls.count(), 2);
    pulls.last()->complete();
    QCOMPARE(s.state(), Scheduler::State::Idle);
    const QList<Scheduler::State> expected {Scheduler::State::Running, Scheduler::State::Paused,
        Scheduler::State::Running, Scheduler::State::Idle};
    QList<Scheduler::State> seen;
    for (const QList<QVariant> &args : std::as_const(state))
        seen << args.at(0).value<Scheduler::State>();
    QCOMPARE(seen, expected);
}

void TestScheduler::pauseAndResumeOneProfile()
{
    ManualClock clock(kT0);
    Scheduler s(&clock);
    Made a, b;
    s.addTask(kA, kImport, 60, factory(&a, kImport));
    s.addTask(kB, kImport, 60, factory(&b, kImport));
    s.pauseProfile(kA);
    QVERIFY(s.isPaused(kA));
    QVERIFY(!s.isPaused(kB));
    QVERIFY(!s.isPaused());
    s.tick();
    QCOMPARE(a.count(), 0);
    QCOMPARE(b.count(), 1);
    clock.advance(60);
    s.tick();
    QCOMPARE(a.count(), 0);
    QCOMPARE(b.count(), 2);
    s.resumeProfile(kA);
    QCOMPARE(a.count(), 1); // due long ago: runs once at resume
    QCOMPARE(s.nextRun(kA, kImport), clock.now().addSecs(60));
}

void TestScheduler::backoffDelay_data()
{
    QTest::addColumn<qint64>("period");
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("maxBackoff");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("no failure") << qint64(60) << 0 << qint64(3600) << qint64(60);
    QTest::newRow("one") << qint64(60) << 1 << qint64(3600) << qint64(120);
    QTest::newRow("two") << qint64(60) << 2 << qint64(3600) << qint64(240);
    QTest::newRow("8 periods cap") << qint64(60) << 3 << qint64(3600) << qint64(480);
    QTest::newRow("8 periods cap holds") << qint64(60) << 50 << qint64(3600) << qint64(480);
    QTest::newRow("hour cap") << qint64(600) << 3 << qint64(3600) << qint64(3600);
    QTest::newRow("hour cap, many") << qint64(600) << 1000000 << qint64(3600) << qint64(3600);
    QTest::newRow("period above cap") << qint64(7200) << 4 << qint64(3600) << qint64(7200);
    QTest::newRow("custom cap") << qint64(10) << 5 << qint64(50) << qint64(50);
    QTest::newRow("no period") << qint64(0) << 3 << qint64(3600) << qint64(0);
}

void TestScheduler::backoffDelay()
{
    QFETCH(qint64, period);
    QFETCH(int, failures);
    QFETCH(qint64, maxBackoff);
    QFETCH(qint64, expected);
    QCOMPARE(Scheduler::backoffDelay(period, failures, maxBackoff), expected);
}

void TestScheduler::backoffDoublesIsCappedAndResets()
{
    ManualClock clock(kT0);
    Scheduler s(&clock);
    Made made;
    made.mode = FakeJob::Mode::Fail;
    s.addTask(kA, kImport, 60, factory(&made, kImport));
    s.tick();
    QCOMPARE(made.count(), 1);
    QCOMPARE(s.failures(kA, kImport), 1);
    QCOMPARE(s.lastOutcome(kA, kImport), std::optional<Job::State>(Job::State::Failed));
    QCOMPARE(s.state(), Scheduler::State::Error);
    // The console stays down: 120, 240, 480, 480 s between tries, never sooner.
    const QList<qint64> waits {120, 240, 480, 480, 480};
    for (qsizetype i = 0; i < waits.size(); ++i) {
        const QDateTime next = s.nextRun(kA, kImport);
        QCOMPARE(clock.now().secsTo(next), waits.at(i));
        clock.advance(waits.at(i) - 1);
        s.tick();
        QCOMPARE(made.count(), int(i + 1));
        clock.advance(1);
        s.tick();
        QCOMPARE(made.count(), int(i + 2));
        QCOMPARE(s.failures(kA, kImport), int(i + 2));
    }
    // It comes back: one success resets the period.
    made.mode = FakeJob::Mode::Succeed;
    clock.advance(480);
    s.tick();
    QCOMPARE(s.failures(kA, kImport), 0);
    QCOMPARE(s.lastOutcome(kA, kImport), std::optional<Job::State>(Job::State::Succeeded));
    QCOMPARE(clock.now().secsTo(s.nextRun(kA, kImport)), 60);
    QCOMPARE(s.state(), Scheduler::State::Idle);

    // The hour cap for a longer period, and a custom cap.
    Made slow;
    slow.mode = FakeJob::Mode::Fail;
    s.addTask(kB, kImport, 600, factory(&slow, kImport));
    for (const qint64 expected : {1200, 2400, 3600, 3600}) {
        s.tick();
        QCOMPARE(clock.now().secsTo(s.nextRun(kB, kImport)), expected);
        clock.advance(expected);
    }
    s.setMaxBackoffSeconds(900);
    QCOMPARE(s.maxBackoffSeconds(), qint64(900));
    s.tick(); // due: fails again, and waits the smaller cap
    QCOMPARE(clock.now().secsTo(s.nextRun(kB, kImport)), 900);
}

void TestScheduler::sleepCatchUpRunsOnce()
{
    ManualClock clock(kT0);
    Scheduler s(&clock);
    Made made;
    QSignalSpy queued(&s, &Scheduler::taskQueued);
    s.addTask(kA, kImport, 60, factory(&made, kImport));
    s.tick();
    QCOMPARE(made.count(), 1);
    clock.advance(10 * 60); // the machine slept through 10 periods
    s.tick();
    QCOMPARE(made.count(), 2); // once, not 10 times
    s.tick();
    QCOMPARE(made.count(), 2);
    QCOMPARE(queued.size(), 2);
    QCOMPARE(s.nextRun(kA, kImport), kT0.addSecs(600 + 60));
    clock.advance(59);
    s.tick();
    QCOMPARE(made.count(), 2);
    clock.advance(1);
    s.tick();
    QCOMPARE(made.count(), 3);
}

void TestScheduler::clockGoingBackIsClamped()
{
    ManualClock clock(kT0);
    Scheduler s(&clock);
    Made made;
    s.addTask(kA, kImport, 60, factory(&made, kImport));
    s.tick();
    QCOMPARE(s.nextRun(kA, kImport), kT0.addSecs(60));
    clock.advance(-7200); // the time was set two hours back
    s.tick();
    QCOMPARE(s.nextRun(kA, kImport), clock.now().addSecs(60)); // not two hours and a minute
    QCOMPARE(made.count(), 1);
    clock.advance(60);
    s.tick();
    QCOMPARE(made.count(), 2);
}

void TestScheduler::factoryWithoutJobBacksOff()
{
    ManualClock clock(kT0);
    Scheduler s(&clock);
    int calls = 0;
    s.addTask(kA, kImport, 60, [&calls]() -> Job * {
        ++calls;
        return nullptr;
    });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("made no job; tried again later")));
    s.tick();
    QCOMPARE(calls, 1);
    QCOMPARE(s.failures(kA, kImport), 1);
    QCOMPARE(s.nextRun(kA, kImport), kT0.addSecs(120));
    QVERIFY(!s.isRunning(kA));
    QCOMPARE(s.state(), Scheduler::State::Error);
}

void TestScheduler::removedTaskWhileRunning()
{
    ManualClock clock(kT0);
    Scheduler s(&clock);
    Made made, pulls;
    made.mode = pulls.mode = FakeJob::Mode::Manual;
    QSignalSpy finished(&s, &Scheduler::jobFinished);
    s.addTask(kA, kImport, 60, factory(&made, kImport));
    s.addTask(kA, kPull, 60, factory(&pulls, kPull));
    s.tick();
    QCOMPARE(s.runningKind(kA), kPull);
    s.removeTask(kA, kImport); // queued: dropped
    s.removeTask(kA, kPull); // running: finishes normally
    QVERIFY(!s.hasTask(kA, kPull));
    QVERIFY(s.isRunning(kA));
    pulls.last()->complete();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!s.isRunning(kA));
    QCOMPARE(made.count(), 0);
    QVERIFY(!s.nextRun(kA, kPull).isValid());
}

void TestScheduler::historyRowsWritten()
{
    QVERIFY(m_dir.isValid());
    storage::Database db(m_dir.filePath(QStringLiteral("scheduler.sqlite")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    storage::JobHistory history(&db);
    const QString token = QStringLiteral("SECRET-TOKEN-123456");
    history.setSecrets({token});

    ManualClock clock(kT0);
    Made imports, pulls;
    pulls.mode = FakeJob::Mode::Fail;
    {
        Scheduler s(&clock);
        s.setHistory(&history);
        QCOMPARE(s.history(), &history);
        s.addTask(kA, kImport, 300, factory(&imports, kImport));
        s.addTask(kB, kPull, 1000, factory(&pulls, kPull));
        s.tick();
        clock.advance(300);
        s.tick(); // the import runs again; the pull waits for its back-off
        QCOMPARE(imports.count(), 2);
        QCOMPARE(pulls.count(), 1);

        // A run in progress when the scheduler goes away is recorded as cancelled.
        imports.mode = FakeJob::Mode::Manual;
        clock.advance(300);
        s.tick();
        QVERIFY(s.isRunning(kA));
    }

    const QList<storage::JobRun> runs = history.list({});
    QCOMPARE(runs.size(), 4);
    QCOMPARE(history.count({kA, kImport, storage::JobRun::State::Succeeded, -1, 0}), 2);
    QCOMPARE(history.count({kA, kImport, storage::JobRun::State::Cancelled, -1, 0}), 1);
    QCOMPARE(history.count({kB, kPull, storage::JobRun::State::Failed, -1, 0}), 1);
    QCOMPARE(history.count({QString(), QString(), storage::JobRun::State::Running, -1, 0}), 0);

    const auto failed = history.last(kB, kPull);
    QVERIFY(failed);
    QCOMPARE(failed->startedAt, kT0);
    QCOMPARE(failed->finishedAt, kT0);
    QVERIFY2(failed->summary.contains(QLatin1String("console down")), qPrintable(failed->summary));
    QVERIFY2(failed->log.contains(QLatin1String("Started: ioc-pull job")), qPrintable(failed->log));
    QVERIFY2(failed->log.contains(QLatin1String("fetching")), qPrintable(failed->log));
    QVERIFY2(failed->log.contains(QLatin1String("Failed: ")), qPrintable(failed->log));
    QVERIFY2(failed->log.startsWith(QLatin1String("2025-05-01T08:00:00.000Z ")), qPrintable(failed->log));

    storage::JobRunFilter f;
    f.profileId = kA;
    f.state = storage::JobRun::State::Succeeded;
    const QList<storage::JobRun> ok = history.list(f);
    QCOMPARE(ok.size(), 2);
    QCOMPARE(ok.first().startedAt, kT0.addSecs(300));
    QCOMPARE(ok.first().counts.seen, 3);
    QCOMPARE(ok.first().counts.done, 2);
    QCOMPARE(ok.first().summary, QStringLiteral("2 done"));
    QCOMPARE(history.perDay(kA, 1, kT0.date()), (QList<storage::DayCount> {{kT0.date(), 3, 4}}));

    // A new session takes up where the history left off: the pull (last run ended at T0) is due a
    // period after it, not at once; a task with no run in the history is due at once.
    clock.setNow(kT0.addSecs(400));
    Scheduler again(&clock);
    again.setHistory(&history);
    Made later;
    again.addTask(kB, kPull, 1000, factory(&later, kPull));
    QCOMPARE(again.nextRun(kB, kPull), kT0.addSecs(1000));
    again.addTask(kA, QStringLiteral("never-ran"), 300, factory(&later, kPull));
    QCOMPARE(again.nextRun(kA, QStringLiteral("never-ran")), clock.now());
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
