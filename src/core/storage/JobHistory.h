// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/Job.h"
#include "jobs/RunRecorder.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <optional>

namespace storage {

class Database;

// Replaces what could be a secret with "[redacted]": every known secret (the profile's tokens,
// passed in; empty ones ignored) wherever it appears, and, case-insensitively, the value after
// "Authorization:" (with or without an ApiToken/Bearer/Basic scheme), after "ApiToken " and
// "Bearer ", and after token=, api_key=, apikey=, access_token=, password=, secret= (also with ':'
// and JSON quotes). Applied to every log line, error message and summary before it is stored.
QString redact(const QString &text, const QStringList &secrets = {});

// One run of a job, as the job history keeps it.
struct JobRun
{
    // Running: started, not finished (or the process died: see JobHistory::markInterrupted()).
    enum class State { Running, Succeeded, Failed, Cancelled };

    qint64 id = 0;
    QString profileId, kind, title;
    QDateTime startedAt,
        finishedAt; // stored to the millisecond, read back in UTC; finishedAt invalid while running
    State state = State::Running;
    QString summary;
    jobs::Job::Counts counts;
    QStringList errors; // the item failures' messages (redacted)
    QString log; // filled by JobHistory::run() and last(); empty in list()

    // "running", "succeeded", "failed", "cancelled": the stored values (not translated).
    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
};

struct JobRunFilter
{
    QString profileId; // empty: every profile
    QString kind; // empty: every kind
    std::optional<JobRun::State> state;
    int limit = 100; // < 0: no limit
    int offset = 0;
};

// Runs started and items imported (done) on one day, for the history chart.
struct DayCount
{
    QDate day;
    int runs = 0;
    qint64 imported = 0;

    bool operator==(const DayCount &other) const = default;
};

// The job history (table job_runs, schema version 2): one row per run of a job, written when it
// starts (state running) and when it ends, with its counts, the messages of the items that failed
// and its log. Every text that may carry a secret (log lines, error messages, summaries) goes through
// redact() with the secrets given to setSecrets(); nothing secret is stored.
//
// Writes are one transaction each and committed when the call returns. Reads log failures
// (lcStorage) and return empty results. Usable from any thread; the Database must outlive it.
class JobHistory : public jobs::RunRecorder
{
    Q_DECLARE_TR_FUNCTIONS(JobHistory)
public:
    // A log keeps at most this many characters; later lines are dropped (one note says so).
    static constexpr int MaxLogChars = 1 << 20;
    // At most this many item failures are stored per run.
    static constexpr int MaxErrors = 1000;

    explicit JobHistory(Database *db);

    // The secrets to remove from everything stored (tokens of the profiles); replaces the previous ones.
    void setSecrets(const QStringList &secrets);
    QStringList secrets() const;

    // A new row in state running, owned by this process; its id, or 0 on failure (*error says why).
    qint64 begin(const QString &profileId, const QString &kind, const QString &title,
        const QDateTime &startedAt, QString *error = nullptr);
    // Ends the run of that row: state, summary, counts and failures from the finished job; finishedAt
    // invalid: the job's own finishedAt (or now). False when the row is not running (unknown, already
    // finished or marked interrupted) or the job has not finished.
    bool finish(qint64 id, const jobs::Job &job, const QDateTime &finishedAt = {}, QString *error = nullptr);
    bool finish(qint64 id, JobRun::State state, const QString &summary, const jobs::Job::Counts &counts,
        const QStringList &errors, const QDateTime &finishedAt, QString *error = nullptr);
    // Appends one line (redacted) to the run's log.
    bool appendLog(qint64 id, const QString &line, QString *error = nullptr);

    // Newest first (startedAt, then id), without the logs.
    QList<JobRun> list(const JobRunFilter &filter = {}) const;
    int count(const JobRunFilter &filter = {}) const; // limit and offset ignored
    std::optional<JobRun> run(qint64 id) const; // with its log
    std::optional<JobRun> last(const QString &profileId, const QString &kind) const; // with its log

    // jobs::RunRecorder, for the Scheduler.
    qint64 beginRun(const QString &profileId, const QString &kind, const QString &title,
        const QDateTime &startedAt) override;
    void finishRun(qint64 id, const jobs::Job &job, const QDateTime &finishedAt) override;
    void appendRunLog(qint64 id, const QString &line) override;
    std::optional<QDateTime> lastRunEnd(const QString &profileId, const QString &kind) const override;
    // The last `days` days up to lastDay (default: today in UTC), oldest first, one entry per day
    // (zeros included). Days are UTC days shifted by utcOffsetSeconds (pass the local offset for the
    // user's days). Empty profileId: every profile.
    QList<DayCount> perDay(
        const QString &profileId, int days, const QDate &lastDay = {}, int utcOffsetSeconds = 0) const;

    // Turns rows left running by a process that is no longer alive into failed, with the summary
    // "Interrupted (S1 Bridge stopped during the run)"; rows of live processes (another window, the
    // CLI) are left alone. *changed: how many rows. Call once at start-up.
    bool markInterrupted(QString *error = nullptr, int *changed = nullptr);
    // Retention: removes finished runs started more than olderThanDays days before now.
    bool prune(
        int olderThanDays, QString *error = nullptr, int *removed = nullptr, const QDateTime &now = {});

private:
    QStringList secretsCopy() const;

    Database *m_db;
    mutable QMutex m_mutex; // guards m_secrets
    QStringList m_secrets;
};

} // namespace storage
