// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace jobs {

class Job;

// Where the Scheduler records its runs (storage::JobHistory implements it): the jobs layer needs
// no storage code, and storage depends on jobs, never the other way round.
class RunRecorder
{
public:
    virtual ~RunRecorder() = default;

    // A new running row; returns its id (> 0), or 0 when it could not be written.
    virtual qint64 beginRun(
        const QString &profileId, const QString &kind, const QString &title, const QDateTime &startedAt)
        = 0;
    virtual void finishRun(qint64 id, const Job &job, const QDateTime &finishedAt) = 0;
    virtual void appendRunLog(qint64 id, const QString &line) = 0;
    // When the last run of that kind ended (or started, if it never ended); nullopt: never ran.
    virtual std::optional<QDateTime> lastRunEnd(const QString &profileId, const QString &kind) const = 0;
};

} // namespace jobs
