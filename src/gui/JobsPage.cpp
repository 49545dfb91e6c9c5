// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobsPage.h"

#include "TableColumns.h"

#include "RunChart.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using storage::JobRun;

JobRunModel::JobRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JobRunModel::setHistory(storage::JobHistory *history)
{
    m_history = history;
    reload();
}

void JobRunModel::setFilter(const storage::JobRunFilter &filter)
{
    m_filter = filter;
    reload();
}

void JobRunModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_count = m_history ? std::max(0, m_history->count(m_filter)) : 0;
    endResetModel();
}

int JobRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int JobRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const JobRun *JobRunModel::runAt(int row) const
{
    if (!m_history || row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxCachedPages)
            m_pages.clear();
        storage::JobRunFilter filter = m_filter;
        filter.limit = PageSize;
        filter.offset = page * PageSize;
        it = m_pages.insert(page, m_history->list(filter));
    }
    const int index = row % PageSize;
    return index < it->size() ? &it->at(index) : nullptr;
}

qint64 JobRunModel::runId(int row) const
{
    const JobRun *run = runAt(row);
    return run ? run->id : 0;
}

QString JobRunModel::outcomeText(JobRun::State state)
{
    switch (state) {
    case JobRun::State::Running:
        return tr("Running");
    case JobRun::State::Succeeded:
        return tr("Succeeded");
    case JobRun::State::Failed:
        return tr("Failed");
    case JobRun::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant JobRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRun *run = runAt(index.row());
    if (!run)
        return {};
    if (role == RunIdRole)
        return run->id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == SeenColumn || index.column() == DoneColumn || index.column() == FailedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn)
        return run->summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StartedColumn:
        return QLocale().toString(run->startedAt.toLocalTime(), QLocale::ShortFormat);
    case JobColumn:
        return run->title.isEmpty() ? run->kind : run->title;
    case OutcomeColumn:
        return outcomeText(run->state);
    case SeenColumn:
        return run->counts.seen;
    case DoneColumn:
        return run->counts.done;
    case FailedColumn:
        return run->counts.failed;
    case SummaryColumn: {
        QString summary = run->summary;
        return summary.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    default:
        return {};
    }
}

QVariant JobRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case JobColumn:
        return tr("Job");
    case OutcomeColumn:
        return tr("Outcome");
    case SeenColumn:
        return tr("Seen");
    case DoneColumn:
        return tr("Done");
    case FailedColumn:
        return tr("Failed");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

JobsPage::JobsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new JobRunModel(this))
    , m_kind(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_total(new QLabel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_errors(new QPlainTextEdit(this))
    , m_log(new QPlainTextEdit(this))
    , m_chart(new RunChart(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    m_kind->setObjectName(QStringLiteral("jobKindFilter"));
    m_outcome->setObjectName(QStringLiteral("jobOutcomeFilter"));
    m_table->setObjectName(QStringLiteral("jobTable"));
    m_table->setAccessibleName(tr("Runs"));
    m_summary->setObjectName(QStringLiteral("jobSummary"));
    m_counts->setObjectName(QStringLiteral("jobCounts"));
    m_errors->setObjectName(QStringLiteral("jobErrors"));
    m_log->setObjectName(QStringLiteral("jobLog"));

    m_kind->addItem(tr("All jobs"), QString());
    m_outcome->addItem(tr("All outcomes"), QString());
    for (auto state :
        {JobRun::State::Succeeded, JobRun::State::Failed, JobRun::State::Cancelled, JobRun::State::Running})
        m_outcome->addItem(JobRunModel::outcomeText(state), JobRun::stateName(state));

    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("jobRefresh"));
    connect(refresh, &QPushButton::clicked, this, &JobsPage::reload);

    auto *filters = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Job:"), this);
    kindLabel->setBuddy(m_kind);
    auto *outcomeLabel = new QLabel(tr("O&utcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(outcomeLabel);
    filters->addWidget(m_outcome);
    filters->addStretch(1);
    filters->addWidget(m_total);
    filters->addWidget(refresh);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    // Short columns to their contents once there are runs, the summary over the rest.
    const auto fitOnce = [this] {
        if (m_columnsFitted || m_model->rowCount() == 0)
            return;
        m_columnsFitted = true;
        TableColumns::fit(m_table, JobRunModel::SummaryColumn);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitOnce);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitOnce);

    for (QLabel *label : {m_summary, m_counts}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (QPlainTextEdit *edit : {m_errors, m_log}) {
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_errors->setMaximumHeight(m_errors->fontMetrics().height() * 5);

    auto *details = new QWidget(this);
    auto *form = new QFormLayout(details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Summary:"), m_summary);
    form->addRow(tr("Counts:"), m_counts);
    form->addRow(tr("Failures:"), m_errors);
    form->addRow(tr("Log:"), m_log);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chart);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    // Reading order: filters, Refresh, the runs, the selected run's failures and log.
    setTabOrder(m_kind, m_outcome);
    setTabOrder(m_outcome, refresh);
    setTabOrder(refresh, m_table);
    setTabOrder(m_table, m_errors);
    setTabOrder(m_errors, m_log);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &JobsPage::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &JobsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](
            const QModelIndex &current) { showRun(current.isValid() ? m_model->runId(current.row()) : 0); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showRun(0); });
    showRun(0);
}

void JobsPage::setHistory(storage::JobHistory *history, const QString &profileId)
{
    m_history = history;
    m_profileId = profileId;
    m_model->setHistory(history);
    reload();
}

void JobsPage::updateKinds()
{
    const QString current = m_kind->currentData().toString();
    QStringList kinds;
    if (m_history) {
        storage::JobRunFilter filter;
        filter.profileId = m_profileId;
        filter.limit = 1000; // the kinds of the recent runs
        QSet<QString> seen;
        for (const auto &run : m_history->list(filter)) {
            if (!seen.contains(run.kind)) {
                seen.insert(run.kind);
                kinds << run.kind;
            }
        }
    }
    if (!current.isEmpty() && !kinds.contains(current))
        kinds << current;
    kinds.sort();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All jobs"), QString());
    for (const QString &kind : kinds)
        m_kind->addItem(kind, kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(current)));
}

int JobsPage::findRun(qint64 id, int near, int shift) const
{
    // New runs come in at the top: a run moved down by the count of runs added since, give or take
    // runs that ended or were pruned. Look there first, then around it, then from the top.
    if (id <= 0)
        return -1;
    const int rows = m_model->rowCount();
    const int guess = std::clamp(near + shift, 0, std::max(0, rows - 1));
    for (int delta = 0; delta <= JobRunModel::PageSize; ++delta)
        for (int row : {guess + delta, guess - delta})
            if (row >= 0 && row < rows && m_model->runId(row) == id)
                return row;
    return -1;
}

void JobsPage::reload()
{
    // A reload (a run ended, Refresh) keeps the run being read and the scroll position.
    const qint64 selected = m_selectedId;
    const int selectedRow = m_table->currentIndex().row();
    const int topRow = m_table->rowAt(0);
    const qint64 topId = topRow >= 0 ? m_model->runId(topRow) : 0;
    const int before = m_model->rowCount();
    updateKinds();
    applyFilter();
    const int shift = m_model->rowCount() - before;
    m_table->doItemsLayout(); // the scroll range of the new rows, before scrolling in them
    if (const int row = findRun(selected, selectedRow, shift); row >= 0)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (const int top = findRun(topId, topRow, shift); top >= 0)
        m_table->scrollTo(m_model->index(top, 0), QAbstractItemView::PositionAtTop);
    if (m_history)
        m_chart->setDays(m_history->perDay(
            m_profileId, ChartDays, QDate::currentDate(), int(QDateTime::currentDateTime().offsetFromUtc())));
    else
        m_chart->setDays({});
}

void JobsPage::applyFilter()
{
    storage::JobRunFilter filter;
    filter.profileId = m_profileId;
    filter.kind = m_kind->currentData().toString();
    filter.state = JobRun::stateFromName(m_outcome->currentData().toString());
    m_model->setFilter(filter);
    m_total->setText(tr("Runs: %1").arg(m_model->rowCount()));
}

void JobsPage::showRun(qint64 id)
{
    m_selectedId = id;
    const std::optional<JobRun> run = (m_history && id > 0) ? m_history->run(id) : std::nullopt;
    if (!run) {
        m_selectedId = 0;
        m_summary->setText(tr("Select a run to see what it did."));
        m_counts->clear();
        m_errors->clear();
        m_log->clear();
        return;
    }
    QString summary = run->summary.isEmpty() ? JobRunModel::outcomeText(run->state) : run->summary;
    m_summary->setText(tr("%1 (%2): %3")
                           .arg(run->title.isEmpty() ? run->kind : run->title,
                               JobRunModel::outcomeText(run->state), summary));
    m_counts->setText(tr("seen %1, done %2, skipped %3, failed %4")
                          .arg(run->counts.seen)
                          .arg(run->counts.done)
                          .arg(run->counts.skipped)
                          .arg(run->counts.failed));
    m_errors->setPlainText(run->errors.join(QLatin1Char('\n')));
    m_log->setPlainText(run->log);
}
