// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobHistory.h"

#include "Logging.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace storage {

namespace {

const QLatin1String kRedacted("[redacted]");

// The column order readRun() expects (log last, only when asked for).
const QLatin1String kColumns(
    "id, profile_id, kind, title, started_at, finished_at, state, summary, seen, done, "
    "skipped, failed, errors");

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QDateTime fromStored(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

JobRun readRun(const QSqlQuery &query, bool withLog)
{
    JobRun r;
    r.id = query.value(0).toLongLong();
    r.profileId = query.value(1).toString();
    r.kind = query.value(2).toString();
    r.title = query.value(3).toString();
    r.startedAt = fromStored(query.value(4));
    r.finishedAt = fromStored(query.value(5));
    const QString state = query.value(6).toString();
    if (const auto parsed = JobRun::stateFromName(state))
        r.state = *parsed;
    else
        qCWarning(lcStorage) << "unknown job run state" << state << "in run" << r.id;
    r.summary = query.value(7).toString();
    r.counts.seen = query.value(8).toLongLong();
    r.counts.done = query.value(9).toLongLong();
    r.counts.skipped = query.value(10).toLongLong();
    r.counts.failed = query.value(11).toLongLong();
    const QJsonArray errors = QJsonDocument::fromJson(query.value(12).toString().toUtf8()).array();
    for (const QJsonValue &e : errors)
        r.errors << e.toString();
    if (withLog)
        r.log = query.value(13).toString();
    return r;
}

// WHERE clause and its bound values for a filter.
QString whereClause(const JobRunFilter &filter, QVariantList *values)
{
    QStringList conditions;
    if (!filter.profileId.isEmpty()) {
        conditions << QStringLiteral("profile_id = ?");
        *values << filter.profileId;
    }
    if (!filter.kind.isEmpty()) {
        conditions << QStringLiteral("kind = ?");
        *values << filter.kind;
    }
    if (filter.state) {
        conditions << QStringLiteral("state = ?");
        *values << JobRun::stateName(*filter.state);
    }
    return conditions.isEmpty() ? QString()
                                : QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_UNIX)
    // Signal 0 only checks: EPERM means the process exists (another user's).
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool alive = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return alive;
#else
    return pid == QCoreApplication::applicationPid();
#endif
}

} // namespace

QString redact(const QString &text, const QStringList &secrets)
{
    if (text.isEmpty())
        return text;
    QString out = text;
    // Longest first, so a secret containing another is removed whole.
    QStringList known = secrets;
    known.removeAll(QString());
    std::sort(
        known.begin(), known.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(known))
        out.replace(secret, kRedacted);

    // The value: up to a blank, a quote, a comma, a semicolon, an ampersand or a closing bracket.
    static const QRegularExpression authorization(
        QStringLiteral(
            R"((authorization["']?\s*[:=]\s*["']?(?:(?:apitoken|bearer|basic|token)\s+)?+)(?!\[redacted\])[^\s"',;&)}\]]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scheme(
        QStringLiteral(R"(\b((?:apitoken|bearer)\s+)(?!\[redacted\])[^\s"',;&)}\]]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression assignment(
        QStringLiteral(
            R"(\b((?:access[_-]?token|refresh[_-]?token|api[_-]?token|api[_-]?key|apikey|token|password|passwd|secret)["']?\s*[:=]\s*["']?)(?!\[redacted\])[^\s"',;&)}\]]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString replacement = QLatin1String("\\1") + kRedacted;
    out.replace(authorization, replacement);
    out.replace(scheme, replacement);
    out.replace(assignment, replacement);
    return out;
}

QString JobRun::stateName(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral("running");
    case State::Succeeded:
        return QStringLiteral("succeeded");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("running");
}

std::optional<JobRun::State> JobRun::stateFromName(const QString &name)
{
    for (const State s : {State::Running, State::Succeeded, State::Failed, State::Cancelled})
        if (name == stateName(s))
            return s;
    return std::nullopt;
}

JobHistory::JobHistory(Database *db)
    : m_db(db)
{
    Q_ASSERT(db);
}

void JobHistory::setSecrets(const QStringList &secrets)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets = secrets;
}

QStringList JobHistory::secrets() const
{
    return secretsCopy();
}

QStringList JobHistory::secretsCopy() const
{
    const QMutexLocker lock(&m_mutex);
    return m_secrets;
}

qint64 JobHistory::begin(const QString &profileId, const QString &kind, const QString &title,
    const QDateTime &startedAt, QString *error)
{
    if (kind.isEmpty()) {
        if (error)
            *error
                = tr("Cannot record the start of a job: it has no kind. This is a bug of S1 Bridge, please "
                     "report it.");
        return 0;
    }
    const QStringList secrets = secretsCopy();
    qint64 id = 0;
    const bool ok = storage::write(
        *m_db, "job history begin", error,
        [&](const QString &problem) {
            return tr("Cannot record the start of the job \"%1\" in the job history: %2").arg(title, problem);
        },
        [&](Transaction &transaction) {
            Statement insert = transaction.prepare(
                QStringLiteral("INSERT INTO job_runs (profile_id, kind, title, started_at, state, pid)"
                               " VALUES (?, ?, ?, ?, 'running', ?)"));
            if (!insert.exec({profileId, kind, redact(title, secrets),
                    (startedAt.isValid() ? startedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch(),
                    QCoreApplication::applicationPid()}))
                return false;
            id = insert.lastInsertId().toLongLong();
            return id > 0;
        });
    return ok ? id : 0;
}

bool JobHistory::finish(qint64 id, const jobs::Job &job, const QDateTime &finishedAt, QString *error)
{
    JobRun::State state = JobRun::State::Failed;
    switch (job.state()) {
    case jobs::Job::State::Succeeded:
        state = JobRun::State::Succeeded;
        break;
    case jobs::Job::State::Failed:
        state = JobRun::State::Failed;
        break;
    case jobs::Job::State::Cancelled:
        state = JobRun::State::Cancelled;
        break;
    case jobs::Job::State::Pending:
    case jobs::Job::State::Running:
        if (error)
            *error = tr("Cannot record the end of the job \"%1\": it has not finished. This is a bug of S1 "
                        "Bridge, please report it.")
                         .arg(job.title());
        return false;
    }
    QStringList errors;
    for (const jobs::Job::ItemFailure &f : job.failures())
        errors << f.message;
    QDateTime end = finishedAt;
    if (!end.isValid())
        end = job.finishedAt().isValid() ? job.finishedAt() : QDateTime::currentDateTimeUtc();
    return finish(id, state, job.summary(), job.counts(), errors, end, error);
}

bool JobHistory::finish(qint64 id, JobRun::State state, const QString &summary,
    const jobs::Job::Counts &counts, const QStringList &errors, const QDateTime &finishedAt, QString *error)
{
    if (state == JobRun::State::Running) {
        if (error)
            *error = tr("Cannot record the end of a job as still running. This is a bug of S1 Bridge, please "
                        "report it.");
        return false;
    }
    const QStringList secrets = secretsCopy();
    QJsonArray stored;
    for (qsizetype i = 0; i < errors.size() && i < MaxErrors; ++i)
        stored.append(redact(errors.at(i), secrets));
    int rows = 0;
    const bool ok = storage::write(
        *m_db, "job history finish", error,
        [](const QString &problem) {
            return tr("Cannot record the end of the job in the job history: %1").arg(problem);
        },
        [&](Transaction &transaction) {
            Statement update = transaction.prepare(
                QStringLiteral("UPDATE job_runs SET finished_at = ?, state = ?, summary = ?, seen = ?,"
                               " done = ?, skipped = ?, failed = ?, errors = ?"
                               " WHERE id = ? AND state = 'running'"));
            const qint64 end
                = (finishedAt.isValid() ? finishedAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
            const QString storedErrors
                = QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
            if (!update.exec({end, JobRun::stateName(state), redact(summary, secrets), counts.seen,
                    counts.done, counts.skipped, counts.failed, storedErrors, id}))
                return false;
            rows = update.rowsAffected();
            return true;
        });
    if (!ok)
        return false;
    if (rows != 1) {
        if (error)
            *error = tr("Cannot record the end of the job: run %1 is not running in the job history (it was "
                        "already finished, marked interrupted or removed).")
                         .arg(id);
        qCWarning(lcStorage) << "job history finish: run" << id << "is not running";
        return false;
    }
    return true;
}

bool JobHistory::appendLog(qint64 id, const QString &line, QString *error)
{
    const QString stored = redact(line, secretsCopy()) + QLatin1Char('\n');
    const QString note = tr("[log truncated: further lines were not kept]") + QLatin1Char('\n');
    return storage::write(
        *m_db, "job history log", error,
        [](const QString &problem) {
            return tr("Cannot add to the log of the job in the job history: %1").arg(problem);
        },
        [&](Transaction &transaction) {
            // Below the limit: append; past it: the note, once (the log then no longer grows).
            return transaction
                .prepare(QStringLiteral("UPDATE job_runs SET log = CASE"
                                        " WHEN substr(log, -?) = ? THEN log"
                                        " WHEN length(log) + ? <= ? THEN log || ?"
                                        " ELSE log || ? END"
                                        " WHERE id = ?"))
                .exec({note.size(), note, stored.size(), int(MaxLogChars), stored, note, id});
        });
}

QList<JobRun> JobHistory::list(const JobRunFilter &filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, &values);
    Statement query(*m_db,
        QLatin1String("SELECT ") + kColumns + QLatin1String(" FROM job_runs") + where
            + QLatin1String(" ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?"));
    values << (filter.limit < 0 ? -1 : filter.limit) << std::max(filter.offset, 0);
    QList<JobRun> result;
    if (!query.read("job history list", values))
        return result;
    while (query.next())
        result << readRun(query.query(), false);
    return result;
}

int JobHistory::count(const JobRunFilter &filter) const
{
    QVariantList values;
    const QString where = whereClause(filter, &values);
    Statement query(*m_db, QLatin1String("SELECT count(*) FROM job_runs") + where);
    if (!query.read("job history count", values) || !query.next())
        return 0;
    return query.value(0).toInt();
}

std::optional<JobRun> JobHistory::run(qint64 id) const
{
    Statement query(
        *m_db, QLatin1String("SELECT ") + kColumns + QLatin1String(", log FROM job_runs WHERE id = ?"));
    if (!query.read("job history run", {id}) || !query.next())
        return std::nullopt;
    return readRun(query.query(), true);
}

std::optional<JobRun> JobHistory::last(const QString &profileId, const QString &kind) const
{
    Statement query(*m_db,
        QLatin1String("SELECT ") + kColumns
            + QLatin1String(", log FROM job_runs WHERE profile_id = ? AND kind = ?"
                            " ORDER BY started_at DESC, id DESC LIMIT 1"));
    if (!query.read("job history last", {profileId, kind}) || !query.next())
        return std::nullopt;
    return readRun(query.query(), true);
}

QList<DayCount> JobHistory::perDay(
    const QString &profileId, int days, const QDate &lastDay, int utcOffsetSeconds) const
{
    QList<DayCount> result;
    if (days <= 0)
        return result;
    const qint64 offsetMs = qint64(utcOffsetSeconds) * 1000;
    const QDate last
        = lastDay.isValid() ? lastDay : QDateTime::currentDateTimeUtc().addMSecs(offsetMs).date();
    const QDate first = last.addDays(-(days - 1));
    // Day boundaries in the shifted time: [first 00:00, last + 1 00:00) minus the offset, in UTC.
    const qint64 fromMs = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - offsetMs;
    const qint64 toMs = QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - offsetMs;
    for (QDate d = first; d <= last; d = d.addDays(1))
        result.append({d, 0, 0});

    Statement query(*m_db,
        QLatin1String("SELECT (started_at - ?) / ? AS day, count(*), sum(done) FROM job_runs"
                      " WHERE started_at >= ? AND started_at < ?")
            + (profileId.isEmpty() ? QLatin1String("") : QLatin1String(" AND profile_id = ?"))
            + QLatin1String(" GROUP BY day"));
    QVariantList values {fromMs, kDayMs, fromMs, toMs};
    if (!profileId.isEmpty())
        values << profileId;
    if (!query.read("job history per day", values))
        return result;
    while (query.next()) {
        const qint64 index = query.value(0).toLongLong();
        if (index < 0 || index >= result.size())
            continue;
        result[index].runs = query.value(1).toInt();
        result[index].imported = query.value(2).toLongLong();
    }
    return result;
}

bool JobHistory::markInterrupted(QString *error, int *changed)
{
    if (changed)
        *changed = 0;
    const QString summary = tr("Interrupted (S1 Bridge stopped during the run)");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int rows = 0;
    const bool ok = storage::write(
        *m_db, "job history markInterrupted", error,
        [](const QString &problem) {
            return tr("Cannot mark the interrupted jobs in the job history: %1").arg(problem);
        },
        [&](Transaction &transaction) {
            Statement select = transaction.prepare(
                QStringLiteral("SELECT DISTINCT pid FROM job_runs WHERE state = 'running'"));
            if (!select.exec())
                return false;
            QList<qint64> dead;
            while (select.next()) {
                const qint64 pid = select.value(0).toLongLong();
                if (!processAlive(pid))
                    dead << pid;
            }
            select.finish();
            if (dead.isEmpty())
                return true;
            Statement update
                = transaction.prepare(QStringLiteral("UPDATE job_runs SET state = 'failed', summary = ?,"
                                                     " finished_at = max(started_at, ?)"
                                                     " WHERE state = 'running' AND pid = ?"));
            for (const qint64 pid : std::as_const(dead))
                if (!update.exec({summary, now, pid}))
                    return false;
            rows = update.rowsAffected();
            return true;
        });
    if (!ok)
        return false;
    if (changed)
        *changed = rows;
    if (rows > 0)
        qCInfo(lcStorage) << "job history:" << rows << "runs interrupted by a stop marked failed";
    return true;
}

bool JobHistory::prune(int olderThanDays, QString *error, int *removed, const QDateTime &now)
{
    if (removed)
        *removed = 0;
    if (olderThanDays < 0) {
        if (error)
            *error = tr("Cannot clean up the job history: the retention must be 0 days or more (got %1).")
                         .arg(olderThanDays);
        return false;
    }
    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    const qint64 cutoff = reference.toMSecsSinceEpoch() - qint64(olderThanDays) * kDayMs;
    int rows = 0;
    const bool ok = storage::write(
        *m_db, "job history prune", error,
        [](const QString &problem) { return tr("Cannot clean up the job history: %1").arg(problem); },
        [&](Transaction &transaction) {
            Statement remove = transaction.prepare(
                QStringLiteral("DELETE FROM job_runs WHERE started_at < ? AND state <> 'running'"));
            if (!remove.exec({cutoff}))
                return false;
            rows = remove.rowsAffected();
            return true;
        });
    if (!ok)
        return false;
    if (removed)
        *removed = rows;
    qCDebug(lcStorage) << "job history: pruned" << rows << "runs older than" << olderThanDays << "days";
    return true;
}

qint64 JobHistory::beginRun(
    const QString &profileId, const QString &kind, const QString &title, const QDateTime &startedAt)
{
    return begin(profileId, kind, title, startedAt);
}

void JobHistory::finishRun(qint64 id, const jobs::Job &job, const QDateTime &finishedAt)
{
    finish(id, job, finishedAt);
}

void JobHistory::appendRunLog(qint64 id, const QString &line)
{
    appendLog(id, line);
}

std::optional<QDateTime> JobHistory::lastRunEnd(const QString &profileId, const QString &kind) const
{
    const auto run = last(profileId, kind);
    if (!run)
        return std::nullopt;
    return run->finishedAt.isValid() ? run->finishedAt : run->startedAt;
}

} // namespace storage
