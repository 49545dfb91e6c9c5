// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatBrowserPage.h"

#include "TableColumns.h"
#include "config/AppSettings.h"

#include "ThreatDetailPane.h"
#include "ThreatFilterProxy.h"
#include "ThreatListModel.h"
#include "config/ProfileStore.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "s1/ThreatCsvExport.h"
#include "s1/ThreatCsvExportJob.h"
#include "s1/ThreatFlagJob.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QComboBox *choiceCombo(QWidget *parent, const QString &anyText,
    const QList<std::pair<QString, QString>> &choices, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->addItem(anyText, QString());
    for (const auto &[label, value] : choices)
        combo->addItem(label, value);
    return combo;
}

QStringList comboValue(const QComboBox *combo)
{
    const QString value = combo->currentData().toString();
    return value.isEmpty() ? QStringList() : QStringList {value};
}
} // namespace

ThreatBrowserPage::ThreatBrowserPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ThreatListModel(this))
    , m_proxy(new ThreatFilterProxy(this))
    , m_view(new QTableView(this))
    , m_detail(new ThreatDetailPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_flagStateTimer(new QTimer(this))
    , m_autoRefresh(new QTimer(this))
    , m_textDebounce(new QTimer(this))
    , m_sortColumn(ThreatListModel::Created)
{
    setObjectName(QStringLiteral("threatBrowser"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *filterBar = new QWidget(this);
    buildFilterBar(filterBar);
    layout->addWidget(filterBar);

    m_view->setObjectName(QStringLiteral("threatTable"));
    m_view->setAccessibleName(tr("Threats"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(m_sortColumn, m_sortOrder);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->moveSection(
        header->visualIndex(ThreatListModel::Flagged), 1); // what analysts act on, next to the name
    header->moveSection(header->visualIndex(ThreatListModel::Imported), 2);
    // Widths: the user's from an earlier start, else fitted to the first page of threats (short
    // columns to their contents, the name over the rest).
    const int nameWidth = m_view->fontMetrics().horizontalAdvance(u'x') * 24;
    m_columnsFitted = restoreHeaderState();
    if (m_columnsFitted)
        TableColumns::stretch(m_view, ThreatListModel::Name, nameWidth);
    const auto fitOnce = [this, nameWidth] {
        if (m_columnsFitted || m_proxy->rowCount() == 0)
            return;
        m_columnsFitted = true;
        TableColumns::fit(m_view, ThreatListModel::Name, nameWidth);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, fitOnce);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, fitOnce);

    // The table, or in its place a word when no row matches.
    auto *tableArea = new QWidget(this);
    m_tableStack = new QStackedLayout(tableArea);
    m_tableStack->addWidget(m_view);
    m_emptyResults = new QWidget(tableArea);
    m_emptyResults->setObjectName(QStringLiteral("emptyResults"));
    auto *emptyLayout = new QVBoxLayout(m_emptyResults);
    emptyLayout->addStretch();
    m_emptyText = new QLabel(m_emptyResults);
    m_emptyText->setObjectName(QStringLiteral("emptyResultsText"));
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    emptyLayout->addWidget(m_emptyText);
    auto *clear = new QPushButton(tr("C&lear filters"), m_emptyResults);
    clear->setObjectName(QStringLiteral("clearFilters"));
    connect(clear, &QPushButton::clicked, this, &ThreatBrowserPage::clearFilters);
    emptyLayout->addWidget(clear, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();
    m_tableStack->addWidget(m_emptyResults);
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(m_detail);
    // A wider window widens the table (its name column), not the detail pane.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({900, 340});
    layout->addWidget(m_splitter, 1);
    // Reading order: filters, table (or its Clear filters), detail pane. Widgets made before the
    // filter bar (the table, the pane) would otherwise come first.
    setTabOrder(m_quickEdit, m_view);
    setTabOrder(m_view, clear);
    m_detail->setFocusAfter(clear);

    // Actions: toolbar of the main window, context menu, keyboard.
    m_flagAction = new QAction(tr("&Flag for OpenCTI"), this);
    m_flagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_flagAction->setToolTip(tr("Add the flag note to the selected threats (Ctrl+Shift+F)"));
    m_unflagAction = new QAction(tr("Remove fla&g"), this);
    m_unflagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_unflagAction->setToolTip(
        tr("Remove only the flag from the selected threats; other notes stay (Ctrl+Shift+R)"));
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_exportAction = new QAction(tr("&Export CSV…"), this);
    m_exportAction->setToolTip(
        tr("Export every threat matching the filters, or the selected ones, to a CSV file (Ctrl+E)"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_quickFilterAction = new QAction(tr("&Quick filter"), this);
    m_quickFilterAction->setShortcut(QKeySequence::Find);
    m_copyIdAction = new QAction(tr("&Copy threat ID"), this);
    m_copyIdAction->setShortcut(QKeySequence::Copy);
    m_copyIdAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_copyIdAction);
    for (QAction *a : {m_flagAction, m_unflagAction, m_refreshAction, m_exportAction, m_quickFilterAction})
        addAction(a);
    connect(m_flagAction, &QAction::triggered, this, &ThreatBrowserPage::flagSelection);
    connect(m_unflagAction, &QAction::triggered, this, &ThreatBrowserPage::unflagSelection);
    connect(m_refreshAction, &QAction::triggered, this, &ThreatBrowserPage::refresh);
    connect(m_exportAction, &QAction::triggered, this, [this] { exportCsv(); });
    connect(m_quickFilterAction, &QAction::triggered, this, [this] {
        m_quickEdit->setFocus(Qt::ShortcutFocusReason);
        m_quickEdit->selectAll();
    });
    connect(m_copyIdAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedThreatIds();
        if (!ids.isEmpty())
            QApplication::clipboard()->setText(ids.join(u'\n'));
    });

    connect(m_view, &QTableView::customContextMenuRequested, this, &ThreatBrowserPage::showContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ThreatBrowserPage::showColumnMenu);
    // The name's width follows the table's (TableColumns): derived, so its changes are not written
    // to the settings file at every step of a window resize.
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column != ThreatListModel::Name)
            saveHeaderState();
    });
    connect(header, &QHeaderView::sectionMoved, this, &ThreatBrowserPage::saveHeaderState);
    connect(
        header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
            if (!ThreatListModel::isServerSortable(column)) { // keep the indicator on the real order
                QSignalBlocker blocker(header);
                header->setSortIndicator(m_sortColumn, m_sortOrder);
                Q_EMIT message(tr("The console cannot sort by this column."));
                return;
            }
            m_sortColumn = column;
            m_sortOrder = order;
            m_model->sort(column, order);
        });
    // The actions and the detail pane follow the selection of visible rows: a filter that hides
    // the selected threats takes them out of both.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ThreatBrowserPage::syncSelection);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ThreatBrowserPage::syncSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ThreatBrowserPage::syncSelection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ThreatBrowserPage::syncSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ThreatBrowserPage::syncSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ThreatBrowserPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ThreatBrowserPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ThreatBrowserPage::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ThreatBrowserPage::updateEmptyState);
    connect(m_model, &ThreatListModel::loadingChanged, this, &ThreatBrowserPage::updateEmptyState);
    connect(m_model, &ThreatListModel::totalCountChanged, this, &ThreatBrowserPage::updateEmptyState);

    // Flag states for the visible rows only, a moment after scrolling stops.
    m_flagStateTimer->setSingleShot(true);
    m_flagStateTimer->setInterval(150);
    connect(m_flagStateTimer, &QTimer::timeout, this, &ThreatBrowserPage::requestVisibleFlagStates);
    connect(
        m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ThreatBrowserPage::scheduleFlagStates);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ThreatBrowserPage::scheduleFlagStates);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ThreatBrowserPage::scheduleFlagStates);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ThreatBrowserPage::scheduleFlagStates);

    connect(m_model, &ThreatListModel::totalCountChanged, this, &ThreatBrowserPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ThreatBrowserPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ThreatBrowserPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ThreatBrowserPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ThreatBrowserPage::updateCounts);
    connect(m_model, &ThreatListModel::loadingChanged, this, &ThreatBrowserPage::updateCounts);
    connect(m_model, &ThreatListModel::loadFailed, this, &ThreatBrowserPage::message);
    connect(m_model, &ThreatListModel::refreshed, this, [this] {
        // Refresh keeps the selection and the scroll position.
        QItemSelection selection;
        for (const QString &id : std::as_const(m_keepSelection)) {
            const int row = m_model->rowOfThreat(id);
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (row >= 0 && index.isValid())
                selection.select(index, index.siblingAtColumn(ThreatListModel::ColumnCount - 1));
        }
        m_view->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const int top = m_model->rowOfThreat(m_keepTopId);
        if (top >= 0)
            m_view->scrollTo(
                m_proxy->mapFromSource(m_model->index(top, 0)), QAbstractItemView::PositionAtTop);
        if (!m_keepSelection.isEmpty()) {
            const int current = m_model->rowOfThreat(m_keepSelection.first());
            if (current >= 0) {
                m_view->selectionModel()->setCurrentIndex(
                    m_proxy->mapFromSource(m_model->index(current, 0)), QItemSelectionModel::NoUpdate);
                m_detail->showThreat(m_model->threatAt(current));
            }
        }
    });

    m_autoRefresh->setObjectName(QStringLiteral("autoRefresh"));
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!m_model->isLoading() && m_writesInFlight == 0)
            refresh();
    });
    updateActions();
    updateCounts();
}

ThreatBrowserPage::~ThreatBrowserPage() = default;

void ThreatBrowserPage::buildFilterBar(QWidget *bar)
{
    auto *grid = new QVBoxLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *row1 = new QHBoxLayout;
    auto *row2 = new QHBoxLayout;
    grid->addLayout(row1);
    grid->addLayout(row2);

    m_siteCombo = choiceCombo(bar, tr("All sites"), {}, QStringLiteral("siteFilter"));
    m_statusCombo = choiceCombo(bar, tr("Any status"),
        {{tr("Unresolved"), QStringLiteral("unresolved")}, {tr("In progress"), QStringLiteral("in_progress")},
            {tr("Resolved"), QStringLiteral("resolved")}},
        QStringLiteral("statusFilter"));
    m_classificationCombo
        = choiceCombo(bar, tr("Any classification"), {}, QStringLiteral("classificationFilter"));
    for (const char *c : {"Backdoor", "Downloader", "Exploit", "Hacktool", "Infostealer", "Malware", "Miner",
             "PUA", "Ransomware", "Trojan"})
        m_classificationCombo->addItem(QString::fromLatin1(c), QString::fromLatin1(c));
    m_confidenceCombo = choiceCombo(bar, tr("Any confidence"),
        {{tr("Malicious"), QStringLiteral("malicious")}, {tr("Suspicious"), QStringLiteral("suspicious")}},
        QStringLiteral("confidenceFilter"));
    m_verdictCombo = choiceCombo(bar, tr("Any verdict"),
        {{tr("True positive"), QStringLiteral("true_positive")},
            {tr("False positive"), QStringLiteral("false_positive")},
            {tr("Suspicious"), QStringLiteral("suspicious")}, {tr("Undefined"), QStringLiteral("undefined")}},
        QStringLiteral("verdictFilter"));
    for (QComboBox *combo :
        {m_siteCombo, m_statusCombo, m_classificationCombo, m_confidenceCombo, m_verdictCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row1->addWidget(combo);
        connect(combo, &QComboBox::activated, this, &ThreatBrowserPage::applyFilters);
    }
    row1->addStretch();
    // Named for screen readers: the filters have no labels (their first entry says what they filter).
    m_siteCombo->setAccessibleName(tr("Site filter"));
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_classificationCombo->setAccessibleName(tr("Classification filter"));
    m_confidenceCombo->setAccessibleName(tr("Confidence filter"));
    m_verdictCombo->setAccessibleName(tr("Verdict filter"));

    m_dateCheck = new QCheckBox(tr("Created &between"), bar);
    m_dateCheck->setObjectName(QStringLiteral("dateFilter"));
    m_fromEdit = new QDateEdit(QDate::currentDate().addDays(-30), bar);
    m_toEdit = new QDateEdit(QDate::currentDate(), bar);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_dateCheck->isChecked())
                applyFilters();
        });
    }
    m_fromEdit->setAccessibleName(tr("Created from"));
    m_toEdit->setAccessibleName(tr("Created until"));
    connect(m_dateCheck, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    connect(m_dateCheck, &QCheckBox::toggled, m_toEdit, &QWidget::setEnabled);
    connect(m_dateCheck, &QCheckBox::toggled, this, &ThreatBrowserPage::applyFilters);
    m_textEdit = new QLineEdit(bar);
    m_textEdit->setObjectName(QStringLiteral("textFilter"));
    m_textEdit->setAccessibleName(tr("Search the console"));
    m_textEdit->setPlaceholderText(tr("Search the console (name, path, endpoint, hash)"));
    m_textEdit->setClearButtonEnabled(true);
    m_textDebounce->setSingleShot(true);
    m_textDebounce->setInterval(400);
    connect(m_textEdit, &QLineEdit::textEdited, m_textDebounce, qOverload<>(&QTimer::start));
    connect(m_textEdit, &QLineEdit::returnPressed, this, &ThreatBrowserPage::applyFilters);
    connect(m_textDebounce, &QTimer::timeout, this, &ThreatBrowserPage::applyFilters);
    m_notesCheck = new QCheckBox(tr("Has &notes"), bar);
    m_notesCheck->setObjectName(QStringLiteral("notesFilter"));
    connect(m_notesCheck, &QCheckBox::toggled, this, &ThreatBrowserPage::applyFilters);
    m_quickEdit = new QLineEdit(bar);
    m_quickEdit->setObjectName(QStringLiteral("quickFilter"));
    m_quickEdit->setAccessibleName(tr("Quick filter"));
    m_quickEdit->setPlaceholderText(tr("Quick filter over loaded rows (Ctrl+F)"));
    m_quickEdit->setClearButtonEnabled(true);
    connect(m_quickEdit, &QLineEdit::textChanged, m_proxy, &ThreatFilterProxy::setQuickFilter);
    m_countsLabel = new QLabel(bar);
    m_countsLabel->setObjectName(QStringLiteral("counts"));

    row2->addWidget(m_dateCheck);
    row2->addWidget(m_fromEdit);
    row2->addWidget(new QLabel(tr("and"), bar));
    row2->addWidget(m_toEdit);
    row2->addWidget(m_textEdit, 2);
    row2->addWidget(m_notesCheck);
    row2->addWidget(m_quickEdit, 1);
    row2->addWidget(m_countsLabel);
}

void ThreatBrowserPage::setConsole(
    s1::S1Client *client, const s1::ConsoleConfig &config, const QString &flag, int syncSeconds)
{
    m_client = client;
    m_flag = flag;
    m_detail->setConsole(client, flag);
    m_model->setConsole(config, flag);
    if (syncSeconds > 0)
        m_autoRefresh->start(syncSeconds * 1000);
    else
        m_autoRefresh->stop();
    loadSites();
    applyFilters();
}

void ThreatBrowserPage::loadSites()
{
    while (m_siteCombo->count() > 1)
        m_siteCombo->removeItem(1);
    if (!m_client)
        return;
    auto *job = new s1::SiteListJob(m_client,
        m_client->config().accountId.isEmpty() ? QStringList() : QStringList {m_client->config().accountId},
        this);
    connect(job, &jobs::Job::finished, this, [this, job] {
        job->deleteLater();
        const QStringList allowed = m_client ? m_client->config().siteIds : QStringList();
        for (const s1::Site &site : job->sites())
            if (allowed.isEmpty() || allowed.contains(site.id))
                m_siteCombo->addItem(site.name, site.id);
    });
    job->start();
}

void ThreatBrowserPage::applyFilters()
{
    if (!m_client)
        return;
    s1::ThreatQuery q;
    q.siteIds = comboValue(m_siteCombo);
    q.incidentStatuses = comboValue(m_statusCombo);
    q.classifications = comboValue(m_classificationCombo);
    q.confidenceLevels = comboValue(m_confidenceCombo);
    q.analystVerdicts = comboValue(m_verdictCombo);
    if (m_dateCheck->isChecked()) {
        q.createdAfter = m_fromEdit->date().startOfDay(Qt::UTC);
        q.createdBefore = m_toEdit->date().endOfDay(Qt::UTC);
    }
    q.text = m_textEdit->text().trimmed();
    if (m_notesCheck->isChecked())
        q.noteExists = true;
    // The sort rides in the query: one request, not a list then a re-sorted list.
    q.sortBy = m_sortColumn == ThreatListModel::Updated ? QStringLiteral("updatedAt")
                                                        : QStringLiteral("createdAt");
    q.descending = m_sortOrder == Qt::DescendingOrder;
    m_model->setQuery(q);
}

void ThreatBrowserPage::refresh()
{
    m_keepSelection = selectedThreatIds();
    const QModelIndex top = m_proxy->mapToSource(m_view->indexAt(QPoint(1, 1)));
    const s1::Threat *topThreat = top.isValid() ? m_model->threatAt(top.row()) : nullptr;
    m_keepTopId = topThreat ? topThreat->id : QString();
    m_model->refresh();
    m_detail->reloadNotes();
}

QStringList ThreatBrowserPage::selectedThreatIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const s1::Threat *t = m_model->threatAt(m_proxy->mapToSource(index).row());
        if (t)
            ids << t->id;
    }
    return ids;
}

void ThreatBrowserPage::syncSelection()
{
    // The threat the pane shows: the current row when it is selected, else the first selected row.
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    QModelIndex shown;
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        shown = current;
    else if (const QModelIndexList rows = m_view->selectionModel()->selectedRows(); !rows.isEmpty())
        shown = rows.first();
    const QModelIndex source = m_proxy->mapToSource(shown);
    const s1::Threat *threat = source.isValid() ? m_model->threatAt(source.row()) : nullptr;
    if (!threat)
        m_detail->showThreat(nullptr);
    else if (threat->id != m_detail->threatId())
        m_detail->showThreat(threat);
    updateActions();
    Q_EMIT actionSelectionChanged();
}

void ThreatBrowserPage::updateEmptyState()
{
    const bool filtered = m_siteCombo->currentIndex() > 0 || m_statusCombo->currentIndex() > 0
        || m_classificationCombo->currentIndex() > 0 || m_confidenceCombo->currentIndex() > 0
        || m_verdictCombo->currentIndex() > 0 || m_dateCheck->isChecked()
        || !m_textEdit->text().trimmed().isEmpty() || m_notesCheck->isChecked()
        || !m_quickEdit->text().isEmpty();
    const bool empty
        = m_client && !m_model->isLoading() && m_model->totalCount() >= 0 && m_proxy->rowCount() == 0;
    m_emptyText->setText(
        filtered ? tr("No threat matches these filters.") : tr("The console has no threats."));
    m_emptyResults->findChild<QPushButton *>(QStringLiteral("clearFilters"))->setVisible(filtered);
    m_tableStack->setCurrentWidget(empty ? m_emptyResults : static_cast<QWidget *>(m_view));
}

void ThreatBrowserPage::clearFilters()
{
    for (QComboBox *combo :
        {m_siteCombo, m_statusCombo, m_classificationCombo, m_confidenceCombo, m_verdictCombo})
        combo->setCurrentIndex(0);
    {
        const QSignalBlocker dateBlocker(m_dateCheck);
        const QSignalBlocker notesBlocker(m_notesCheck);
        m_dateCheck->setChecked(false);
        m_notesCheck->setChecked(false);
    }
    m_fromEdit->setEnabled(false);
    m_toEdit->setEnabled(false);
    m_textDebounce->stop();
    m_textEdit->clear();
    m_quickEdit->clear();
    applyFilters();
    updateEmptyState();
}

void ThreatBrowserPage::updateActions()
{
    const int selected = int(selectedThreatIds().size());
    const bool busy = m_writesInFlight > 0;
    m_flagAction->setEnabled(selected > 0 && !busy && m_client);
    m_unflagAction->setEnabled(selected > 0 && !busy && m_client);
    m_copyIdAction->setEnabled(selected > 0);
    m_flagAction->setText(
        selected > 1 ? tr("&Flag %Ln threat(s) for OpenCTI", nullptr, selected) : tr("&Flag for OpenCTI"));
}

QString ThreatBrowserPage::countsText() const
{
    return m_countsLabel->text();
}

void ThreatBrowserPage::updateCounts()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (total >= 0)
        text = tr("%1 of %2").arg(locale.toString(shown), locale.toString(total));
    else if (m_model->isLoading())
        text = tr("Loading…");
    if (m_model->isLoading() && total >= 0)
        text += QStringLiteral(" ") + tr("(loading)");
    m_countsLabel->setText(text);
    Q_EMIT countsChanged(text);
}

void ThreatBrowserPage::scheduleFlagStates()
{
    m_flagStateTimer->start();
}

void ThreatBrowserPage::requestVisibleFlagStates()
{
    if (m_proxy->rowCount() == 0 || m_view->isHidden())
        return;
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    const int sourceFirst = m_proxy->mapToSource(m_proxy->index(first, 0)).row();
    const int sourceLast = m_proxy->mapToSource(m_proxy->index(last, 0)).row();
    if (sourceFirst >= 0 && sourceLast >= 0)
        m_model->requestFlagStates(std::min(sourceFirst, sourceLast), std::max(sourceFirst, sourceLast));
}

void ThreatBrowserPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_flagAction);
    menu.addAction(m_unflagAction);
    menu.addSeparator();
    menu.addAction(m_copyIdAction);
    menu.addAction(m_exportAction);
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ThreatBrowserPage::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != ThreatListModel::Name); // the name always stays
        connect(action, &QAction::toggled, this, [this, header, column](bool on) {
            header->setSectionHidden(column, !on);
            saveHeaderState();
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void ThreatBrowserPage::saveHeaderState()
{
    config::AppSettings().setViewState(
        QStringLiteral("threatBrowser/columns"), m_view->horizontalHeader()->saveState());
}

bool ThreatBrowserPage::restoreHeaderState()
{
    const QByteArray state = config::AppSettings().viewState(QStringLiteral("threatBrowser/columns"));
    const bool restored = !state.isEmpty() && m_view->horizontalHeader()->restoreState(state);
    m_view->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    return restored;
}

void ThreatBrowserPage::flagSelection()
{
    changeFlag(true, selectedThreatIds());
}

void ThreatBrowserPage::unflagSelection()
{
    changeFlag(false, selectedThreatIds());
}

void ThreatBrowserPage::changeFlag(bool flag, const QStringList &ids)
{
    if (ids.isEmpty() || !m_client || !m_submit)
        return;
    auto start = [this, flag, ids] {
        auto *job = new s1::ThreatFlagJob(
            m_client, flag ? s1::ThreatFlagJob::Mode::Flag : s1::ThreatFlagJob::Mode::Unflag, ids, m_flag);
        connect(job, &jobs::Job::finished, this, [this, job, flag] {
            --m_writesInFlight;
            onFlagJobFinished(job, flag);
        });
        ++m_writesInFlight;
        if (!m_submit(job)) {
            --m_writesInFlight;
            delete job;
            Q_EMIT message(tr("The change could not be started."));
        }
        updateActions();
    };
    if (ids.size() == 1)
        return start();
    auto *box = new QMessageBox(QMessageBox::Question, flag ? tr("Flag threats") : tr("Remove flags"),
        flag ? tr("Add the note \"%1\" to %Ln threat(s)? OpenCTI imports flagged threats.", nullptr,
            int(ids.size()))
                   .arg(m_flag)
             : tr("Remove the flag \"%1\" from %Ln threat(s)? Other notes stay.", nullptr, int(ids.size()))
                   .arg(m_flag),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("flagConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *ok = box->addButton(flag ? tr("Flag") : tr("Remove flag"), QMessageBox::AcceptRole);
    box->setDefaultButton(ok);
    connect(box, &QMessageBox::buttonClicked, this, [ok, start](QAbstractButton *button) {
        if (button == ok)
            start();
    });
    box->open();
}

void ThreatBrowserPage::onFlagJobFinished(jobs::Job *job, bool flag)
{
    auto *flagJob = qobject_cast<s1::ThreatFlagJob *>(job);
    if (flagJob && !flagJob->changedThreats().isEmpty())
        m_model->setFlagState(flagJob->changedThreats(), flag);
    if (flagJob && flagJob->changedThreats().contains(m_detail->threatId()))
        m_detail->reloadNotes();
    QTimer::singleShot(0, this, &ThreatBrowserPage::updateActions);
    Q_EMIT message(job->summary());
    if (job->failures().isEmpty())
        return;
    QStringList lines;
    for (const jobs::Job::ItemFailure &failure : job->failures()) {
        const int row = m_model->rowOfThreat(failure.item);
        const s1::Threat *t = row >= 0 ? m_model->threatAt(row) : nullptr;
        lines << (t ? QStringLiteral("%1 (%2): %3").arg(t->displayName(), failure.item, failure.message)
                    : QStringLiteral("%1: %2").arg(failure.item, failure.message));
    }
    Q_EMIT flagFailures(lines);
    auto *box = new QMessageBox(QMessageBox::Warning, flag ? tr("Flag threats") : tr("Remove flags"),
        job->summary(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("flagFailures"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("%Ln threat(s) could not be changed; the details list each one.", nullptr, int(lines.size())));
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ThreatBrowserPage::exportCsv(const QString &path)
{
    if (path.isEmpty()) {
        auto *dialog = new QFileDialog(this, tr("Export threats"), QString(), tr("CSV files (*.csv)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->selectFile(QStringLiteral("threats.csv"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { exportCsv(file); });
        dialog->open();
        return;
    }
    // Flag states the browser knows (rows it has looked at); the others stay empty in the file.
    const QPointer<ThreatListModel> model(m_model);
    const s1::ThreatCsvExport::FlaggedFunction flagged = [model](const QString &id) -> std::optional<bool> {
        const auto state = model ? model->flagState(id) : ThreatListModel::FlagState::Unknown;
        if (state == ThreatListModel::FlagState::Flagged || state == ThreatListModel::FlagState::NotFlagged)
            return state == ThreatListModel::FlagState::Flagged;
        return std::nullopt;
    };
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.size() > 1) { // the selection: loaded rows, written at once
        QList<const s1::Threat *> threats;
        for (const QModelIndex &index : selected)
            if (const s1::Threat *t = m_model->threatAt(m_proxy->mapToSource(index).row()))
                threats << t;
        QString error;
        const bool ok = s1::ThreatCsvExport::write(
            path, threats, &error, m_client ? m_client->config() : s1::ConsoleConfig(), flagged);
        Q_EMIT message(ok ? tr("Exported %Ln threat(s) to %1.", nullptr, int(threats.size()))
                                .arg(QDir::toNativeSeparators(path))
                          : tr("Could not export: %1").arg(error));
        return;
    }
    // Every threat matching the filters, loaded or not: a job fetches the pages and writes them.
    if (!m_client || !m_submit) {
        Q_EMIT message(tr("Could not export: not connected to the console."));
        return;
    }
    auto *job = new s1::ThreatCsvExportJob(
        m_client, m_model->query(), path, m_proxy->quickFilterPredicate(), flagged);
    connect(job, &jobs::Job::finished, this, [this, job] {
        if (job->state() == jobs::Job::State::Succeeded)
            Q_EMIT message(job->summary());
        else if (job->state() == jobs::Job::State::Cancelled)
            Q_EMIT message(tr("The export was cancelled."));
        else
            Q_EMIT message(tr("Could not export: %1").arg(job->summary()));
    });
    if (!m_submit(job)) {
        delete job;
        Q_EMIT message(tr("The export could not be started."));
        return;
    }
    Q_EMIT message(tr("Exporting the threats to %1…").arg(QDir::toNativeSeparators(path)));
}
