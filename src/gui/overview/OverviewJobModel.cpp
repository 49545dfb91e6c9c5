// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewJobModel.h"

#include "JobsPage.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

OverviewJobModel::OverviewJobModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OverviewJobModel::setJobs(const QList<session::OverviewJob> &jobs, const QDateTime &now)
{
    beginResetModel();
    m_jobs = jobs;
    m_now = now;
    endResetModel();
}

int OverviewJobModel::rowOf(const QString &kind) const
{
    for (int row = 0; row < m_jobs.size(); ++row)
        if (m_jobs.at(row).kind == kind)
            return row;
    return -1;
}

int OverviewJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int OverviewJobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverviewJobModel::whenText(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    QString day;
    if (days == 0)
        day = time;
    else if (days == 1)
        day = tr("yesterday %1").arg(time);
    else
        day = locale.toString(local, QLocale::ShortFormat);
    const qint64 seconds = when.secsTo(now);
    if (seconds < 0 || days != 0)
        return day;
    if (seconds < 60)
        return tr("%1 (just now)").arg(day);
    if (seconds < 3600)
        return tr("%1 (%n min ago)", nullptr, int(seconds / 60)).arg(day);
    return tr("%1 (%n h ago)", nullptr, int(seconds / 3600)).arg(day);
}

QString OverviewJobModel::nextRunText(const session::OverviewJob &job, const QDateTime &now)
{
    if (job.running)
        return tr("Running now");
    if (job.busy)
        return tr("Queued");
    if (!job.scheduled)
        return tr("Not on a schedule");
    if (!job.nextRun.isValid())
        return tr("Paused");
    const qint64 seconds = now.secsTo(job.nextRun);
    if (seconds <= 0)
        return tr("Due now");
    const QString at = QLocale().toString(job.nextRun.toLocalTime().time(), QLocale::ShortFormat);
    if (seconds < 3600)
        return tr("in %n min (%1)", nullptr, int((seconds + 59) / 60)).arg(at);
    if (seconds < 86400)
        return tr("in %n h (%1)", nullptr, int(seconds / 3600)).arg(at);
    return QLocale().toString(job.nextRun.toLocalTime(), QLocale::ShortFormat);
}

QString OverviewJobModel::outcomeText(const session::OverviewJob &job)
{
    if (!job.lastRun)
        return tr("Never run");
    QString text = JobRunModel::outcomeText(job.lastRun->state);
    if (job.failuresInRow > 1)
        text = tr("%1 (%n times in a row)", nullptr, job.failuresInRow).arg(text);
    return text;
}

QString OverviewJobModel::countsText(const session::OverviewJob &job)
{
    if (!job.lastRun || job.lastRun->state == storage::JobRun::State::Running)
        return {};
    const jobs::Job::Counts &c = job.lastRun->counts;
    QString text = tr("%1 seen, %2 done").arg(QLocale().toString(c.seen), QLocale().toString(c.done));
    if (c.skipped > 0)
        text += tr(", %1 skipped").arg(QLocale().toString(c.skipped));
    if (c.failed > 0)
        text += tr(", %1 failed").arg(QLocale().toString(c.failed));
    return text;
}

QVariant OverviewJobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const session::OverviewJob &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case JobColumn:
            return job.title();
        case LastRunColumn:
            return job.lastRun ? whenText(
                       job.lastRun->finishedAt.isValid() ? job.lastRun->finishedAt : job.lastRun->startedAt,
                       m_now)
                               : QString();
        case OutcomeColumn:
            return outcomeText(job);
        case CountsColumn:
            return countsText(job);
        case NextRunColumn:
            return nextRunText(job, m_now);
        }
        return {};
    case Qt::ToolTipRole:
        // The run's summary in words. It may quote a remote answer and a tooltip guesses rich text:
        // escaped, so it shows as the text it is.
        if (job.lastRun && !job.lastRun->summary.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(job.lastRun->summary.toHtmlEscaped());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == OutcomeColumn && job.failing())
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case KindRole:
        return job.kind;
    case FailingRole:
        return job.failing();
    }
    return {};
}

QVariant OverviewJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case JobColumn:
        return tr("Job");
    case LastRunColumn:
        return tr("Last run");
    case OutcomeColumn:
        return tr("Outcome");
    case CountsColumn:
        return tr("Counts");
    case NextRunColumn:
        return tr("Next run");
    }
    return {};
}
