// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/JobHistory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class RunChart;

// The job history as a table model: JobHistory::list() read a page at a time (only the pages shown
// are kept), so 100,000 runs cost a count and a few pages.
class JobRunModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        JobColumn,
        OutcomeColumn,
        SeenColumn,
        DoneColumn,
        FailedColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1 };
    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 20;

    explicit JobRunModel(QObject *parent = nullptr);

    void setHistory(storage::JobHistory *history);
    void setFilter(const storage::JobRunFilter &filter); // limit and offset ignored
    storage::JobRunFilter filter() const { return m_filter; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 runId(int row) const;
    static QString outcomeText(storage::JobRun::State state);

private:
    const storage::JobRun *runAt(int row) const;

    storage::JobHistory *m_history = nullptr;
    storage::JobRunFilter m_filter;
    int m_count = 0;
    mutable QHash<int, QList<storage::JobRun>> m_pages;
};

// The Jobs area: the history (filter by kind and outcome), the selected run's details and log, and
// a chart of the runs and imported items of the last 14 days. Every text from a run is plain text.
class JobsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ChartDays = 14;

    explicit JobsPage(QWidget *parent = nullptr);

    // Not owned; must outlive the page. Empty profileId: every profile.
    void setHistory(storage::JobHistory *history, const QString &profileId);
    storage::JobHistory *history() const { return m_history; }

    JobRunModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RunChart *chart() const { return m_chart; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *outcomeCombo() const { return m_outcome; }
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *summaryLabel() const { return m_summary; }
    qint64 selectedRunId() const { return m_selectedId; }

public Q_SLOTS:
    void reload();

private:
    void applyFilter();
    void showRun(qint64 id);
    void updateKinds();
    // The row of a run after a reload: near its old row moved by shift; -1: gone (or far away).
    int findRun(qint64 id, int near, int shift) const;

    storage::JobHistory *m_history = nullptr;
    QString m_profileId;
    JobRunModel *m_model;
    QComboBox *m_kind;
    QComboBox *m_outcome;
    QLabel *m_total;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_counts;
    QPlainTextEdit *m_errors;
    QPlainTextEdit *m_log;
    RunChart *m_chart;
    qint64 m_selectedId = 0;
    bool m_columnsFitted = false;
};
