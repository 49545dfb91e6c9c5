// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/OverviewSnapshot.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The jobs of the Overview: one row per job of the profile (OpenCTI import, IOC pulls and sharing
// configurations, firewall exports) with its last run (when, outcome, counts) and its next run.
// Every text from a run (summaries quote remote answers) is shown as plain text by the view.
class OverviewJobModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { JobColumn, LastRunColumn, OutcomeColumn, CountsColumn, NextRunColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, FailingRole };

    explicit OverviewJobModel(QObject *parent = nullptr);

    // The rows of a snapshot; now: the time the relative texts ("in 4 min") are counted from.
    void setJobs(const QList<session::OverviewJob> &jobs, const QDateTime &now);
    const QList<session::OverviewJob> &jobs() const { return m_jobs; }
    int rowOf(const QString &kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "14:05 (3 min ago)", "yesterday 09:12"...: a time of this machine's day, with how long ago.
    static QString whenText(const QDateTime &when, const QDateTime &now);
    // "in 4 min (14:30)", "due now", "not on a schedule"...
    static QString nextRunText(const session::OverviewJob &job, const QDateTime &now);
    static QString outcomeText(const session::OverviewJob &job);
    static QString countsText(const session::OverviewJob &job);

private:
    QList<session::OverviewJob> m_jobs;
    QDateTime m_now;
};
