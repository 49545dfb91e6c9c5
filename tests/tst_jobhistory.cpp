// SPDX-License-Identifier: GPL-3.0-or-later
// storage::JobHistory on real SQLite files: begin/finish round trip (from a finished Job and from
// explicit fields), a run is finished once, list() filters and paging newest first, count(), last(),
// perDay() buckets (UTC and shifted days, zeros included), prune() retention (running rows kept),
// markInterrupted() (rows of a dead process failed, rows of a live one left alone), the log and its
// size limit, redaction (a _data table; tokens in log lines, error messages and summaries never reach
// the file), and the upgrade of a version 1 database (the OpenCTI import rows survive).
#include "opencti/ImportStore.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using storage::Database;
using storage::DayCount;
using storage::JobHistory;
using storage::JobRun;
using storage::JobRunFilter;
using RunState = JobRun::State;

namespace {

const QString kP1 = QStringLiteral("profile-one");
const QString kP2 = QStringLiteral("profile-two");
const QString kImport = QStringLiteral("opencti-import");
const QString kPull = QStringLiteral("ioc-pull");

QDateTime utc(int month, int day, int hour, int minute = 0, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}

// A job whose outcome the test sets before starting it; it ends inside start().
class ScriptedJob : public jobs::Job
{
public:
    ScriptedJob(jobs::Job::State outcome, const QString &summary = QStringLiteral("ok"))
        : Job(QStringLiteral("scripted"), QStringLiteral("Scripted job"))
        , m_outcome(outcome)
        , m_summaryText(summary)
    { }
    jobs::Job::Counts counts;
    QList<jobs::Job::ItemFailure> itemFailures;

protected:
    void run() override
    {
        tally() = counts;
        tally().failed = 0;
        for (const ItemFailure &f : std::as_const(itemFailures))
            addFailure(f.item, f.message);
        if (m_outcome == State::Succeeded)
            succeed(m_summaryText);
        else if (m_outcome == State::Failed)
            fail(m_summaryText);
        else
            cancel();
    }

private:
    State m_outcome;
    QString m_summaryText;
};

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant(QStringLiteral("<error: %1>").arg(query.lastError().text()));
    return query.value(0);
}

qint64 addRun(JobHistory &h, const QString &profile, const QString &kind, const QDateTime &start,
    RunState state = RunState::Succeeded, qint64 done = 0)
{
    const qint64 id = h.begin(profile, kind, kind + QLatin1String(" run"), start);
    if (id > 0 && state != RunState::Running) {
        jobs::Job::Counts counts;
        counts.seen = done;
        counts.done = done;
        h.finish(id, state, QStringLiteral("summary"), counts, {}, start.addSecs(30));
    }
    return id;
}

} // namespace

class TestJobHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void beginFinishRoundTrip();
    void finishExplicitFieldsAndOnce();
    void listFiltersAndPaging();
    void lastRun();
    void perDayBuckets();
    void prunesByRetention();
    void markInterruptedOnlyDeadProcesses();
    void logIsKeptAndBounded();
    void redaction_data();
    void redaction();
    void secretsNeverStored();
    void upgradesVersion1Database();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

void TestJobHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestJobHistory::init()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(++m_counter)));
    QString error;
    QVERIFY2(m_db->open(&error), qPrintable(error));
    QCOMPARE(m_db->schemaVersion(), Database::SchemaVersion);
}

void TestJobHistory::cleanup()
{
    m_db.reset();
}

void TestJobHistory::beginFinishRoundTrip()
{
    JobHistory h(m_db.get());
    const QDateTime start = utc(3, 14, 9, 26, 53, 789);
    QString error;
    const qint64 id = h.begin(kP1, kImport, QStringLiteral("Import into OpenCTI"), start, &error);
    QVERIFY2(id > 0, qPrintable(error));
    auto running = h.run(id);
    QVERIFY(running);
    QCOMPARE(running->state, RunState::Running);
    QCOMPARE(running->profileId, kP1);
    QCOMPARE(running->kind, kImport);
    QCOMPARE(running->title, QStringLiteral("Import into OpenCTI"));
    QCOMPARE(running->startedAt, start);
    QVERIFY(!running->finishedAt.isValid());

    ScriptedJob job(jobs::Job::State::Succeeded, QStringLiteral("12 imported"));
    job.counts = {20, 12, 6, 0};
    job.itemFailures = {{QStringLiteral("t1"), QStringLiteral("bundle refused")},
        {QStringLiteral("t2"), QStringLiteral("timeout \"quoted\"")}};
    job.start();
    QVERIFY(job.isFinished());
    const QDateTime end = start.addSecs(95);
    QVERIFY2(h.finish(id, job, end, &error), qPrintable(error));

    const auto done = h.run(id);
    QVERIFY(done);
    QCOMPARE(done->state, RunState::Succeeded);
    QCOMPARE(done->summary, QStringLiteral("12 imported"));
    QCOMPARE(done->counts.seen, 20);
    QCOMPARE(done->counts.done, 12);
    QCOMPARE(done->counts.skipped, 6);
    QCOMPARE(done->counts.failed, 2);
    QCOMPARE(
        done->errors, (QStringList {QStringLiteral("bundle refused"), QStringLiteral("timeout \"quoted\"")}));
    QCOMPARE(done->startedAt, start);
    QCOMPARE(done->finishedAt, end);
    QCOMPARE(done->finishedAt.timeSpec(), Qt::UTC);

    // A failed job and an unfinished one.
    const qint64 id2 = h.begin(kP1, kImport, QStringLiteral("again"), start.addSecs(3600));
    ScriptedJob pending(jobs::Job::State::Failed, QStringLiteral("console down"));
    QVERIFY(!h.finish(id2, pending, end, &error));
    QVERIFY2(error.contains(QLatin1String("not finished")), qPrintable(error));
    pending.start();
    QVERIFY(h.finish(id2, pending, {}, &error));
    QCOMPARE(h.run(id2)->state, RunState::Failed);
    QVERIFY(h.run(id2)->summary.contains(QLatin1String("console down")));
    QVERIFY(h.run(id2)->finishedAt.isValid());
}

void TestJobHistory::finishExplicitFieldsAndOnce()
{
    JobHistory h(m_db.get());
    const qint64 id = h.begin(kP1, kPull, QStringLiteral("Pull"), utc(3, 1, 8));
    QVERIFY(id > 0);
    QString error;
    QVERIFY(!h.finish(id, RunState::Running, {}, {}, {}, utc(3, 1, 9), &error));
    QVERIFY2(h.finish(id, RunState::Cancelled, QStringLiteral("Cancelled."), {}, {}, utc(3, 1, 9), &error),
        qPrintable(error));
    QCOMPARE(h.run(id)->state, RunState::Cancelled);
    // Once only: a second finish and an unknown id are refused and change nothing.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("run \\d+ is not running")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("run 9999 is not running")));
    QVERIFY(!h.finish(id, RunState::Succeeded, QStringLiteral("late"), {}, {}, utc(3, 1, 10), &error));
    QVERIFY2(error.contains(QLatin1String("not running")), qPrintable(error));
    QCOMPARE(h.run(id)->state, RunState::Cancelled);
    QCOMPARE(h.run(id)->summary, QStringLiteral("Cancelled."));
    QVERIFY(!h.finish(9999, RunState::Succeeded, {}, {}, {}, utc(3, 1, 10), &error));
    QVERIFY(!h.run(9999));
    QCOMPARE(h.begin(kP1, QString(), QStringLiteral("no kind"), utc(3, 1, 8), &error), 0);
    QCOMPARE(h.count(), 1);
}

void TestJobHistory::listFiltersAndPaging()
{
    JobHistory h(m_db.get());
    // 10 runs of P1 import (hourly, every third failed), 4 of P1 pull, 3 of P2 import (one running).
    QList<qint64> p1Import;
    for (int i = 0; i < 10; ++i)
        p1Import << addRun(
            h, kP1, kImport, utc(3, 2, i), i % 3 == 0 ? RunState::Failed : RunState::Succeeded);
    for (int i = 0; i < 4; ++i)
        addRun(h, kP1, kPull, utc(3, 2, i, 30));
    for (int i = 0; i < 3; ++i)
        addRun(h, kP2, kImport, utc(3, 3, i), i == 2 ? RunState::Running : RunState::Succeeded);
    // Two runs at the same time: the newer id first.
    const qint64 tieA = addRun(h, kP2, kPull, utc(3, 4, 0));
    const qint64 tieB = addRun(h, kP2, kPull, utc(3, 4, 0));

    QCOMPARE(h.count(), 19);
    const QList<JobRun> all = h.list({QString(), QString(), std::nullopt, -1, 0});
    QCOMPARE(all.size(), 19);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).startedAt >= all.at(i).startedAt);
    QCOMPARE(all.at(0).id, tieB);
    QCOMPARE(all.at(1).id, tieA);
    QVERIFY(all.at(0).log.isEmpty()); // list() leaves the logs out

    JobRunFilter f;
    f.profileId = kP1;
    f.kind = kImport;
    f.limit = -1;
    QList<JobRun> runs = h.list(f);
    QCOMPARE(runs.size(), 10);
    QCOMPARE(runs.first().id, p1Import.last());
    QCOMPARE(runs.last().id, p1Import.first());
    QCOMPARE(h.count(f), 10);

    f.state = RunState::Failed;
    runs = h.list(f);
    QCOMPARE(runs.size(), 4); // hours 0, 3, 6, 9
    for (const JobRun &r : std::as_const(runs))
        QCOMPARE(r.state, RunState::Failed);
    QCOMPARE(runs.first().startedAt, utc(3, 2, 9));

    JobRunFilter byKind;
    byKind.kind = kImport;
    byKind.limit = -1;
    QCOMPARE(h.count(byKind), 13);
    byKind.state = RunState::Running;
    QCOMPARE(h.list(byKind).size(), 1);
    QCOMPARE(h.list(byKind).first().profileId, kP2);

    // Paging: 4 pages of 3 over P1's 14 runs, no overlap, same order as the whole list.
    JobRunFilter page;
    page.profileId = kP1;
    page.limit = -1;
    const QList<JobRun> whole = h.list(page);
    QCOMPARE(whole.size(), 14);
    QList<qint64> paged;
    page.limit = 3;
    for (int offset = 0; offset < 15; offset += 3) {
        page.offset = offset;
        const QList<JobRun> part = h.list(page);
        QVERIFY(part.size() <= 3);
        for (const JobRun &r : part)
            paged << r.id;
    }
    QList<qint64> wholeIds;
    for (const JobRun &r : whole)
        wholeIds << r.id;
    QCOMPARE(paged, wholeIds);
}

void TestJobHistory::lastRun()
{
    JobHistory h(m_db.get());
    QVERIFY(!h.last(kP1, kImport));
    addRun(h, kP1, kImport, utc(3, 5, 8));
    const qint64 newest = addRun(h, kP1, kImport, utc(3, 5, 10), RunState::Failed);
    addRun(h, kP1, kImport, utc(3, 5, 9));
    addRun(h, kP2, kImport, utc(3, 6, 9));
    QVERIFY(h.appendLog(newest, QStringLiteral("line one")));
    const auto last = h.last(kP1, kImport);
    QVERIFY(last);
    QCOMPARE(last->id, newest);
    QCOMPARE(last->state, RunState::Failed);
    QCOMPARE(last->log, QStringLiteral("line one\n"));
    QVERIFY(!h.last(kP1, kPull));
}

void TestJobHistory::perDayBuckets()
{
    JobHistory h(m_db.get());
    addRun(h, kP1, kImport, utc(3, 10, 0, 0, 0), RunState::Succeeded, 5); // midnight: day 10
    addRun(h, kP1, kImport, utc(3, 10, 23, 59, 59, 999), RunState::Succeeded, 7);
    addRun(h, kP1, kImport, utc(3, 12, 12), RunState::Failed, 1);
    addRun(h, kP1, kImport, utc(3, 12, 13), RunState::Running);
    addRun(h, kP2, kImport, utc(3, 12, 14), RunState::Succeeded, 100);
    addRun(h, kP1, kImport, utc(3, 9, 23, 59, 59), RunState::Succeeded, 1000); // before the window
    addRun(h, kP1, kImport, utc(3, 13, 0), RunState::Succeeded, 1000); // after the window

    const QList<DayCount> p1 = h.perDay(kP1, 3, QDate(2025, 3, 12));
    const QList<DayCount> expected {
        {QDate(2025, 3, 10), 2, 12}, {QDate(2025, 3, 11), 0, 0}, {QDate(2025, 3, 12), 2, 1}};
    QCOMPARE(p1, expected);

    const QList<DayCount> every = h.perDay(QString(), 3, QDate(2025, 3, 12));
    QCOMPARE(every.size(), 3);
    QCOMPARE(every.at(2), (DayCount {QDate(2025, 3, 12), 3, 101}));

    // Days shifted by UTC+02:00: 23:59:59.999 UTC on the 10th is the 11th there, and 23:59:59 UTC on
    // the 9th is the 10th.
    const QList<DayCount> shifted = h.perDay(kP1, 3, QDate(2025, 3, 12), 2 * 3600);
    const QList<DayCount> expectedShifted {
        {QDate(2025, 3, 10), 2, 1005}, {QDate(2025, 3, 11), 1, 7}, {QDate(2025, 3, 12), 2, 1}};
    QCOMPARE(shifted, expectedShifted);

    QVERIFY(h.perDay(kP1, 0).isEmpty());
    const QList<DayCount> today = h.perDay(kP1, 30);
    QCOMPARE(today.size(), 30);
    QCOMPARE(today.last().day, QDateTime::currentDateTimeUtc().date());
}

void TestJobHistory::prunesByRetention()
{
    JobHistory h(m_db.get());
    const QDateTime now = utc(6, 30, 12);
    const qint64 old = addRun(h, kP1, kImport, now.addDays(-40));
    const qint64 oldFailed = addRun(h, kP2, kPull, now.addDays(-31), RunState::Failed);
    const qint64 oldRunning = addRun(h, kP1, kPull, now.addDays(-45), RunState::Running);
    const qint64 recent = addRun(h, kP1, kImport, now.addDays(-29));
    const qint64 fresh = addRun(h, kP1, kImport, now.addSecs(-60));
    QString error;
    int removed = -1;
    QVERIFY2(h.prune(30, &error, &removed, now), qPrintable(error));
    QCOMPARE(removed, 2);
    QVERIFY(!h.run(old));
    QVERIFY(!h.run(oldFailed));
    QVERIFY(h.run(oldRunning)); // a run still going is never removed
    QVERIFY(h.run(recent));
    QVERIFY(h.run(fresh));
    QVERIFY(h.prune(30, &error, &removed, now));
    QCOMPARE(removed, 0);
    QVERIFY(!h.prune(-1, &error));
    QVERIFY2(error.contains(QLatin1String("0 days or more")), qPrintable(error));
    QCOMPARE(h.count(), 3);
    // Retention 0: every finished run before now goes.
    QVERIFY(h.prune(0, &error, &removed, now));
    QCOMPARE(removed, 2);
    QCOMPARE(h.count(), 1);
}

void TestJobHistory::markInterruptedOnlyDeadProcesses()
{
    JobHistory h(m_db.get());
    const qint64 dead = h.begin(kP1, kImport, QStringLiteral("killed mid-way"), utc(3, 20, 8));
    const qint64 alive = h.begin(kP2, kImport, QStringLiteral("still going"), utc(3, 20, 9));
    const qint64 finished = addRun(h, kP1, kPull, utc(3, 20, 7));
    QVERIFY(dead > 0 && alive > 0 && finished > 0);

    // The pid of a process that has ended: the run "dead" was left by it.
    QProcess child;
    child.start(QStringLiteral("true"), QStringList());
    QVERIFY(child.waitForStarted());
    const qint64 deadPid = child.processId();
    QVERIFY(child.waitForFinished());
    QVERIFY(deadPid > 0);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE job_runs SET pid = %1 WHERE id = %2").arg(deadPid).arg(dead)));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT pid FROM job_runs WHERE id = %1").arg(alive))
                 .toLongLong(),
        QCoreApplication::applicationPid());

    QString error;
    int changed = -1;
    QVERIFY2(h.markInterrupted(&error, &changed), qPrintable(error));
    QCOMPARE(changed, 1);
    const auto d = h.run(dead);
    QCOMPARE(d->state, RunState::Failed);
    QCOMPARE(d->summary, QStringLiteral("Interrupted (S1 Bridge stopped during the run)"));
    QVERIFY(d->finishedAt.isValid());
    QCOMPARE(h.run(alive)->state, RunState::Running); // this process is alive
    QCOMPARE(h.run(finished)->state, RunState::Succeeded);
    QCOMPARE(h.run(finished)->summary, QStringLiteral("summary"));
    // The interrupted run cannot be finished any more; again changes nothing.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("run \\d+ is not running")));
    QVERIFY(!h.finish(dead, RunState::Succeeded, QStringLiteral("late"), {}, {}, utc(3, 20, 10)));
    QVERIFY(h.markInterrupted(&error, &changed));
    QCOMPARE(changed, 0);
}

void TestJobHistory::logIsKeptAndBounded()
{
    JobHistory h(m_db.get());
    const qint64 id = h.begin(kP1, kImport, QStringLiteral("log"), utc(3, 21, 8));
    QVERIFY(h.appendLog(id, QStringLiteral("first: 日本 \"q\"")));
    QVERIFY(h.appendLog(id, QStringLiteral("second")));
    QCOMPARE(h.run(id)->log, QStringLiteral("first: 日本 \"q\"\nsecond\n"));

    const QString line(49999, u'x');
    const int lines = JobHistory::MaxLogChars / 50000 + 5;
    for (int i = 0; i < lines; ++i)
        QVERIFY(h.appendLog(id, line));
    const QString log = h.run(id)->log;
    QVERIFY2(log.size() <= JobHistory::MaxLogChars + 200, qPrintable(QString::number(log.size())));
    QVERIFY(log.size() > JobHistory::MaxLogChars - 50000);
    QVERIFY(log.endsWith(QLatin1String("[log truncated: further lines were not kept]\n")));
    QCOMPARE(log.count(QLatin1String("[log truncated")), 1);
}

void TestJobHistory::redaction_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("expected");

    const QString token = QStringLiteral("eyJraWQiOiJ0ZXN0LXRva2VuIn0.s3cr3t");
    QTest::newRow("plain text untouched")
        << QStringLiteral("Imported 12 threats; 3 skipped.") << QStringList()
        << QStringLiteral("Imported 12 threats; 3 skipped.");
    QTest::newRow("known secret anywhere")
        << QStringLiteral("url https://x/?q=%1&z=1 and %1.").arg(token) << QStringList {token}
        << QStringLiteral("url https://x/?q=[redacted]&z=1 and [redacted].");
    QTest::newRow("empty secret ignored")
        << QStringLiteral("nothing secret") << QStringList {QString()} << QStringLiteral("nothing secret");
    QTest::newRow("longest secret first")
        << QStringLiteral("abcdef123456")
        << QStringList {QStringLiteral("abc"), QStringLiteral("abcdef123456")}
        << QStringLiteral("[redacted]");
    QTest::newRow("authorization apitoken")
        << QStringLiteral("Authorization: ApiToken AbC123xyz") << QStringList()
        << QStringLiteral("Authorization: ApiToken [redacted]");
    QTest::newRow("authorization bearer lower")
        << QStringLiteral("header authorization: bearer abc.def-ghi, next") << QStringList()
        << QStringLiteral("header authorization: bearer [redacted], next");
    QTest::newRow("authorization no scheme") << QStringLiteral("AUTHORIZATION=deadbeef") << QStringList()
                                             << QStringLiteral("AUTHORIZATION=[redacted]");
    QTest::newRow("json authorization")
        << QStringLiteral("{\"Authorization\": \"Bearer q1w2e3\"}") << QStringList()
        << QStringLiteral("{\"Authorization\": \"Bearer [redacted]\"}");
    QTest::newRow("bare apitoken") << QStringLiteral("sent ApiToken 0123456789abcdef to the console")
                                   << QStringList()
                                   << QStringLiteral("sent ApiToken [redacted] to the console");
    QTest::newRow("bare bearer") << QStringLiteral("BEARER tok_42") << QStringList()
                                 << QStringLiteral("BEARER [redacted]");
    QTest::newRow("token query") << QStringLiteral("GET /api?token=abc123&limit=10") << QStringList()
                                 << QStringLiteral("GET /api?token=[redacted]&limit=10");
    QTest::newRow("api_key upper") << QStringLiteral("API_KEY=zzz999 rest") << QStringList()
                                   << QStringLiteral("API_KEY=[redacted] rest");
    QTest::newRow("api-key colon") << QStringLiteral("x-api-key: kkk") << QStringList()
                                   << QStringLiteral("x-api-key: [redacted]");
    QTest::newRow("access_token json")
        << QStringLiteral("{\"access_token\":\"a.b.c\",\"n\":1}") << QStringList()
        << QStringLiteral("{\"access_token\":\"[redacted]\",\"n\":1}");
    QTest::newRow("password") << QStringLiteral("password=hunter2") << QStringList()
                              << QStringLiteral("password=[redacted]");
    QTest::newRow("word token alone untouched")
        << QStringLiteral("the token expired; renew it") << QStringList()
        << QStringLiteral("the token expired; renew it");
    QTest::newRow("idempotent") << QStringLiteral("Authorization: ApiToken [redacted]") << QStringList()
                                << QStringLiteral("Authorization: ApiToken [redacted]");
    QTest::newRow("empty") << QString() << QStringList {token} << QString();
}

void TestJobHistory::redaction()
{
    QFETCH(QString, input);
    QFETCH(QStringList, secrets);
    QFETCH(QString, expected);
    QCOMPARE(storage::redact(input, secrets), expected);
}

void TestJobHistory::secretsNeverStored()
{
    const QString s1Token = QStringLiteral("S1TOKEN-9f8e7d6c5b4a");
    const QString ctiToken = QStringLiteral("2b9c1e4a-0000-4d5e-9f00-opencti");
    JobHistory h(m_db.get());
    h.setSecrets({s1Token, ctiToken});
    QCOMPARE(h.secrets().size(), 2);
    const qint64 id = h.begin(kP1, kImport, QStringLiteral("Import (%1)").arg(s1Token), utc(3, 22, 8));
    QVERIFY(h.appendLog(id, QStringLiteral("request with Authorization: ApiToken %1").arg(s1Token)));
    QVERIFY(h.appendLog(id, QStringLiteral("pushed with header Bearer %1").arg(ctiToken)));
    QVERIFY(h.appendLog(id, QStringLiteral("GET /web/api?token=unknown-secret-77")));

    ScriptedJob job(jobs::Job::State::Failed, QStringLiteral("401 for token %1").arg(ctiToken));
    job.itemFailures = {{QStringLiteral("t1"), QStringLiteral("rejected %1").arg(s1Token)},
        {QStringLiteral("t2"), QStringLiteral("api_key=other-secret-55 refused")}};
    job.start();
    QVERIFY(h.finish(id, job, utc(3, 22, 9)));

    const auto run = h.run(id);
    QVERIFY(run);
    const QString everything = run->title + run->summary + run->log + run->errors.join(u'|');
    for (const QString &secret :
        {s1Token, ctiToken, QStringLiteral("unknown-secret-77"), QStringLiteral("other-secret-55")})
        QVERIFY2(!everything.contains(secret), qPrintable(everything));
    QCOMPARE(run->errors,
        (QStringList {QStringLiteral("rejected [redacted]"), QStringLiteral("api_key=[redacted] refused")}));
    QVERIFY(run->log.contains(QLatin1String("Authorization: ApiToken [redacted]")));
    QVERIFY(run->log.contains(QLatin1String("Bearer [redacted]")));

    // Not in the file either (the WAL included): the raw bytes hold no secret.
    m_db.reset();
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(m_counter)) + suffix);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(bytes.size() > 0);
    for (const QString &secret : {s1Token, ctiToken})
        QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(bytes.contains(QByteArrayLiteral("[redacted]")));
}

void TestJobHistory::upgradesVersion1Database()
{
    // A version 1 file as the previous release wrote it: step 1 only, with OpenCTI import rows.
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
    {
        const QString name = QStringLiteral("tst-v1-writer");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            const storage::Migration &v1 = storage::migrations().first();
            QCOMPARE(v1.version, 1);
            for (const QString &statement : v1.statements)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (1, 'x')")));
            for (int i = 0; i < 3; ++i)
                QVERIFY2(query.exec(QStringLiteral(
                             "INSERT INTO opencti_import (profile_id, threat_id, status, sent_at,"
                             " attempts) VALUES ('%1', 'threat-%2', 'imported', %3, 1)")
                                        .arg(kP1)
                                        .arg(i)
                                        .arg(1700000000000LL + i)),
                    qPrintable(query.lastError().text()));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO opencti_import_state VALUES ('%1', 1700000000999)").arg(kP1)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
        Database::SchemaVersion);
    opencti::ImportStore imports(&db);
    QCOMPARE(imports.count(kP1), 3);
    QCOMPARE(imports.list(kP1).first().threatId, QStringLiteral("threat-2"));
    QCOMPARE(imports.highWaterMark(kP1), QDateTime::fromMSecsSinceEpoch(1700000000999LL, Qt::UTC));
    JobHistory h(&db);
    const qint64 id = h.begin(kP1, kImport, QStringLiteral("first run after the upgrade"), utc(4, 1, 8));
    QVERIFY(id > 0);
    QCOMPARE(h.count(), 1);
    QCOMPARE(scalar(db.connection(),
                 QStringLiteral(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'job_runs'"))
                 .toInt(),
        3);
}

QTEST_GUILESS_MAIN(TestJobHistory)
#include "tst_jobhistory.moc"
