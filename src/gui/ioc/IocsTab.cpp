// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocsTab.h"

#include "IocAddDialog.h"
#include "IocDetailPane.h"
#include "IocImportDialog.h"
#include "IocTableModel.h"
#include "TableColumns.h"
#include "exchange/IocCsvExportJob.h"
#include "exchange/IocShareJob.h"
#include "exchange/IocStore.h"
#include "jobs/Scheduler.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace exchange;

namespace {

const QString kManual = QStringLiteral("Manual");

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

QString shortcutTip(const QString &text, const QAction *action)
{
    return action->shortcut().isEmpty()
        ? text
        : QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

IocsTab::IocsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new IocTableModel(this))
    , m_view(new QTableView(this))
    , m_detail(new IocDetailPane(this))
    , m_textDebounce(new QTimer(this))
    , m_refreshDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("iocsTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *actionBar = new QWidget(this);
    buildActions(actionBar);
    auto *filterBar = new QWidget(this);
    buildFilterBar(filterBar);
    layout->addWidget(actionBar);
    layout->addWidget(filterBar);

    m_view->setObjectName(QStringLiteral("iocTable"));
    m_view->setAccessibleName(tr("IOCs"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setToolTip(tr("Newest IOCs first"));
    m_view->addAction(m_copyAction);
    // Widths once, from the first rows: short columns to their contents, the value over the rest.
    const int valueWidth = m_view->fontMetrics().horizontalAdvance(u'x') * 40;
    const auto fitOnce = [this, valueWidth] {
        if (m_columnsFitted || m_model->rowCount() == 0 || !m_view->isVisible())
            return;
        m_columnsFitted = true;
        TableColumns::fit(m_view, IocTableModel::Value, valueWidth);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitOnce);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 340});
    layout->addWidget(splitter, 1);
    setTabOrder(m_textEdit, m_view);

    connect(m_view, &QTableView::customContextMenuRequested, this, &IocsTab::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IocsTab::showCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IocsTab::showCurrent);
    connect(m_detail, &IocDetailPane::copied, this,
        [this](const QString &value) { Q_EMIT statusMessage(tr("Copied %1.").arg(value)); });

    // The selection across a reset (a refresh that changed the rows, a new filter): kept by IOC id.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &IocsTab::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { restoreSelection(false); });
    connect(m_model, &IocTableModel::refreshed, this, [this] { restoreSelection(true); });
    // Same rows, new contents (shares, times): the pane follows.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_detail->iocId() && m_context.store)
            if (const auto details = m_context.store->details(m_detail->iocId()))
                m_detail->showIoc(&*details);
    });
    connect(m_model, &IocTableModel::totalCountChanged, this, &IocsTab::updateCount);
    connect(m_model, &IocTableModel::loadingChanged, this, &IocsTab::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IocsTab::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &IocsTab::updateCount);

    m_textDebounce->setSingleShot(true);
    m_textDebounce->setInterval(300);
    connect(m_textDebounce, &QTimer::timeout, this, &IocsTab::applyFilters);
    // Jobs end in bursts (a schedule runs pulls then shares): one refresh for a burst.
    m_refreshDebounce->setSingleShot(true);
    m_refreshDebounce->setInterval(250);
    connect(m_refreshDebounce, &QTimer::timeout, this, &IocsTab::refresh);
    updateActions();
    updateCount();
}

IocsTab::~IocsTab() = default;

void IocsTab::buildActions(QWidget *bar)
{
    m_addAction = new QAction(tr("&Add…"), this);
    m_addAction->setObjectName(QStringLiteral("addIoc"));
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(
        shortcutTip(tr("Add an IOC by hand to the profile's Manual source"), m_addAction));
    m_importAction = new QAction(tr("&Import file…"), this);
    m_importAction->setObjectName(QStringLiteral("importIocs"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(
        shortcutTip(tr("Import a file of IOCs (text, CSV or STIX 2.1)"), m_importAction));
    m_retractAction = new QAction(tr("&Retract"), this);
    m_retractAction->setObjectName(QStringLiteral("retractIocs"));
    m_retractAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_retractAction->setToolTip(shortcutTip(
        tr("Remove the selected IOCs from every destination they were shared to"), m_retractAction));
    m_copyAction = new QAction(tr("&Copy values"), this);
    m_copyAction->setObjectName(QStringLiteral("copyValues"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut); // the table's: text fields keep their Ctrl+C
    m_exportAction = new QAction(tr("&Export CSV…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportIocs"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(
        shortcutTip(tr("Export every IOC matching the filters to a CSV file"), m_exportAction));
    m_refreshAction = new QAction(tr("Re&fresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshIocs"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_clearAction = new QAction(tr("C&lear filters"), this);
    m_clearAction->setObjectName(QStringLiteral("clearIocFilters"));
    m_clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    for (QAction *a :
        {m_addAction, m_importAction, m_retractAction, m_exportAction, m_refreshAction, m_clearAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // this tab's, while it is shown
        QWidget::addAction(a);
    }
    connect(m_addAction, &QAction::triggered, this, &IocsTab::openAddDialog);
    connect(m_importAction, &QAction::triggered, this, &IocsTab::openImportDialog);
    connect(m_retractAction, &QAction::triggered, this, [this] { retractSelection(0); });
    connect(m_copyAction, &QAction::triggered, this, &IocsTab::copyValues);
    connect(m_exportAction, &QAction::triggered, this, &IocsTab::openExportDialog);
    connect(m_refreshAction, &QAction::triggered, this, &IocsTab::refresh);
    connect(m_clearAction, &QAction::triggered, this, &IocsTab::clearFilters);

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(toolButton(m_addAction, bar));
    row->addWidget(toolButton(m_importAction, bar));
    // Retract: every destination on a click, one configuration from its menu.
    QToolButton *retract = toolButton(m_retractAction, bar);
    m_retractMenu = new QMenu(retract);
    m_retractMenu->setObjectName(QStringLiteral("retractMenu"));
    connect(m_retractMenu, &QMenu::aboutToShow, this, [this] { fillRetractMenu(m_retractMenu); });
    retract->setMenu(m_retractMenu);
    retract->setPopupMode(QToolButton::MenuButtonPopup);
    row->addWidget(retract);
    row->addWidget(toolButton(m_copyAction, bar));
    row->addWidget(toolButton(m_exportAction, bar));
    row->addStretch();
    row->addWidget(toolButton(m_refreshAction, bar));
}

void IocsTab::buildFilterBar(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_typeCombo = new QComboBox(bar);
    m_typeCombo->setObjectName(QStringLiteral("typeFilter"));
    m_typeCombo->addItem(tr("Any type"), QString());
    for (IocType type : allIocTypes())
        m_typeCombo->addItem(iocTypeName(type), iocTypeName(type));
    m_sourceCombo = new QComboBox(bar);
    m_sourceCombo->setObjectName(QStringLiteral("sourceFilter"));
    m_sourceCombo->setAccessibleName(tr("Source filter"));
    m_sourceCombo->addItem(tr("Any source"), QString());
    m_stateCombo = new QComboBox(bar);
    m_stateCombo->setObjectName(QStringLiteral("stateFilter"));
    m_stateCombo->setAccessibleName(tr("State filter"));
    m_stateCombo->addItem(tr("Any share state"), QString());
    m_stateCombo->addItem(tr("Pending"), IocShare::stateName(IocShare::State::Pending));
    m_stateCombo->addItem(tr("Shared"), IocShare::stateName(IocShare::State::Shared));
    m_stateCombo->addItem(tr("Failed"), IocShare::stateName(IocShare::State::Failed));
    m_stateCombo->addItem(tr("Retracted"), IocShare::stateName(IocShare::State::Retracted));
    m_destinationCombo = new QComboBox(bar);
    m_destinationCombo->setObjectName(QStringLiteral("destinationFilter"));
    m_destinationCombo->setAccessibleName(tr("Destination filter"));
    m_destinationCombo->addItem(tr("Any destination"), QString());
    m_textEdit = new QLineEdit(bar);
    m_textEdit->setObjectName(QStringLiteral("textFilter"));
    m_textEdit->setAccessibleName(tr("Search IOCs"));
    m_textEdit->setPlaceholderText(tr("Value, name or description contains…"));
    m_textEdit->setClearButtonEnabled(true);
    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("iocCount"));
    m_countLabel->setTextFormat(Qt::PlainText);
    auto *filterLabel = new QLabel(tr("Filter te&xt:"), bar);
    filterLabel->setBuddy(m_typeCombo);
    row->addWidget(filterLabel);
    for (QComboBox *combo : {m_typeCombo, m_sourceCombo, m_stateCombo, m_destinationCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row->addWidget(combo);
        connect(combo, &QComboBox::activated, this, &IocsTab::applyFilters);
    }
    row->addWidget(m_textEdit, 1);
    row->addWidget(toolButton(m_clearAction, bar));
    row->addWidget(m_countLabel);
    connect(m_textEdit, &QLineEdit::textChanged, this, [this] { m_textDebounce->start(); });
    connect(m_textEdit, &QLineEdit::returnPressed, this, [this] {
        m_textDebounce->stop();
        applyFilters();
    });
}

void IocsTab::setContext(const IocAreaContext &context)
{
    m_context = context;
    QObject::disconnect(m_jobConnection);
    if (m_context.registry && m_context.registry->scheduler()) {
        // Pulls bring IOCs, shares change their states: the rows follow when such a job ends.
        m_jobConnection = connect(m_context.registry->scheduler(), &jobs::Scheduler::jobFinished, this,
            [this](const QString &, const QString &kind, jobs::Job *) {
                if (kind.startsWith(session::TaskKind::IocPullPrefix)
                    || kind.startsWith(session::TaskKind::IocSharePrefix))
                    m_refreshDebounce->start();
            });
    }
    reloadChoices();
    m_model->setStore(nullptr);
    m_model->setFilter(currentFilter());
    m_model->setStore(m_context.store); // scans
    applyFilters();
    updateActions();
    updateCount();
}

QString IocsTab::profileId() const
{
    return m_context.session ? m_context.session->id() : QString();
}

void IocsTab::reloadChoices()
{
    // Kept by value: the choices change under a selected item only when it is gone.
    const QString source = m_sourceCombo->currentData().toString();
    const QString destination = m_destinationCombo->currentData().toString();
    while (m_sourceCombo->count() > 1)
        m_sourceCombo->removeItem(1);
    while (m_destinationCombo->count() > 1)
        m_destinationCombo->removeItem(1);
    if (!m_context.store)
        return;
    QHash<QString, QString> profileNames;
    for (const auto &[id, name] : std::as_const(m_context.profiles))
        profileNames.insert(id, name);
    QList<IocSource> sources = m_context.store->sources();
    // The shown profile's sources first, then the others, each by name.
    const QString shown = profileId();
    std::stable_sort(sources.begin(), sources.end(), [&shown](const IocSource &a, const IocSource &b) {
        if ((a.profileId == shown) != (b.profileId == shown))
            return a.profileId == shown;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const IocSource &s : std::as_const(sources)) {
        const QString label = s.profileId == shown || s.profileId.isEmpty()
            ? s.name
            : tr("%1 (%2)").arg(s.name, profileNames.value(s.profileId, s.profileId));
        m_sourceCombo->addItem(label, s.id);
    }
    // One entry per destination, named by the configurations that share to it.
    QMap<QString, QStringList> byDestination;
    for (const NamedDefinition &sharing : m_context.store->sharings())
        byDestination[IocStore::destinationKey(sharing.definition)] << sharing.name;
    for (auto it = byDestination.cbegin(); it != byDestination.cend(); ++it)
        m_destinationCombo->addItem(it.value().join(QStringLiteral(", ")), it.key());
    m_sourceCombo->setCurrentIndex(std::max(0, m_sourceCombo->findData(source)));
    m_destinationCombo->setCurrentIndex(std::max(0, m_destinationCombo->findData(destination)));
}

IocFilter IocsTab::currentFilter() const
{
    IocFilter filter;
    if (const auto type = iocTypeFromName(m_typeCombo->currentData().toString()))
        filter.types = {*type};
    if (const QString source = m_sourceCombo->currentData().toString(); !source.isEmpty())
        filter.sourceIds = {source};
    filter.shareState = IocShare::stateFromName(m_stateCombo->currentData().toString());
    filter.destination = m_destinationCombo->currentData().toString();
    filter.text = m_textEdit->text().trimmed();
    return filter;
}

void IocsTab::applyFilters()
{
    const IocFilter filter = currentFilter();
    m_clearAction->setEnabled(!filter.types.isEmpty() || !filter.sourceIds.isEmpty() || filter.shareState
        || !filter.destination.isEmpty() || !filter.text.isEmpty());
    const IocFilter &current = m_model->filter();
    if (filter.types == current.types && filter.sourceIds == current.sourceIds
        && filter.shareState == current.shareState && filter.destination == current.destination
        && filter.text == current.text)
        return; // nothing changed (a combo activated on its own item)
    m_model->setFilter(filter);
    updateCount();
}

void IocsTab::clearFilters()
{
    for (QComboBox *combo : {m_typeCombo, m_sourceCombo, m_stateCombo, m_destinationCombo})
        combo->setCurrentIndex(0);
    m_textDebounce->stop();
    {
        const QSignalBlocker blocker(m_textEdit);
        m_textEdit->clear();
    }
    applyFilters();
}

void IocsTab::refresh()
{
    if (!m_context.store)
        return;
    reloadChoices();
    m_model->refresh();
}

QString IocsTab::countText() const
{
    return m_countLabel->text();
}

void IocsTab::updateCount()
{
    const QLocale locale;
    QString text;
    if (!m_context.store)
        text = tr("No IOC store");
    else if (m_model->totalCount() >= 0)
        text = tr("%1 IOC(s)", nullptr, int(std::min<qint64>(m_model->totalCount(), INT_MAX)))
                   .arg(locale.toString(m_model->totalCount()));
    else
        text = tr("Counting…");
    m_countLabel->setText(text);
}

QList<qint64> IocsTab::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        if (const qint64 id = m_model->iocIdAt(index.row()))
            ids << id;
    std::sort(ids.begin(), ids.end(), std::greater<qint64>());
    return ids;
}

void IocsTab::selectIocs(const QList<qint64> &ids)
{
    QItemSelection selection;
    int first = -1;
    for (qint64 id : ids) {
        const int row = m_model->rowOfIoc(id);
        if (row < 0)
            continue;
        if (first < 0)
            first = row;
        selection.select(m_model->index(row, 0), m_model->index(row, IocTableModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(first, 0), QItemSelectionModel::NoUpdate);
    showCurrent();
}

void IocsTab::rememberSelection()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty() || m_keepIds.isEmpty())
        m_keepIds = ids;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (current.isValid())
        m_keepCurrent = m_model->iocIdAt(current.row());
    m_keepTop = m_model->iocIdAt(m_view->rowAt(0));
}

void IocsTab::restoreSelection(bool scroll)
{
    if (m_keepIds.isEmpty()) {
        showCurrent();
        return;
    }
    QList<qint64> ids = m_keepIds;
    if (m_keepCurrent && ids.removeOne(m_keepCurrent))
        ids.prepend(m_keepCurrent);
    selectIocs(ids);
    if (scroll && m_keepTop) {
        const int top = m_model->rowOfIoc(m_keepTop);
        if (top >= 0)
            m_view->scrollTo(m_model->index(top, 0), QAbstractItemView::PositionAtTop);
    }
    if (!selectedIds().isEmpty())
        m_keepIds.clear();
}

void IocsTab::showCurrent()
{
    // The current row when it is selected, else the first selected row.
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    int row = -1;
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {}))
        row = current.row();
    else if (const QModelIndexList rows = m_view->selectionModel()->selectedRows(); !rows.isEmpty())
        row = rows.first().row();
    const qint64 id = m_model->iocIdAt(row);
    if (!id || !m_context.store) {
        m_detail->showIoc(nullptr);
    } else if (id != m_detail->iocId()) {
        const auto details = m_context.store->details(id);
        m_detail->showIoc(details ? &*details : nullptr);
    }
    updateActions();
}

void IocsTab::updateActions()
{
    const bool store = m_context.store;
    const bool selected = store && m_view->selectionModel()->hasSelection();
    m_addAction->setEnabled(store);
    m_importAction->setEnabled(store);
    m_retractAction->setEnabled(selected);
    m_copyAction->setEnabled(selected);
    m_exportAction->setEnabled(store && m_context.registry && m_context.session);
    m_refreshAction->setEnabled(store);
}

void IocsTab::showContextMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_copyAction);
    menu->addSeparator();
    menu->addAction(m_retractAction);
    QMenu *from = menu->addMenu(tr("Retract &from"));
    fillRetractMenu(from);
    from->setEnabled(m_retractAction->isEnabled());
    menu->addSeparator();
    menu->addAction(m_addAction);
    menu->addAction(m_importAction);
    menu->addAction(m_exportAction);
    menu->addSeparator();
    menu->addAction(m_refreshAction);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void IocsTab::fillRetractMenu(QMenu *menu)
{
    menu->clear();
    QAction *all = menu->addAction(tr("From &every destination"));
    connect(all, &QAction::triggered, this, [this] { retractSelection(0); });
    if (!m_context.store)
        return;
    const QList<NamedDefinition> sharings = m_context.store->sharings();
    if (!sharings.isEmpty())
        menu->addSeparator();
    for (const NamedDefinition &sharing : sharings) {
        // The name is the user's: no mnemonic taken from it.
        QString label = sharing.name;
        QAction *one = menu->addAction(label.replace(u'&', QStringLiteral("&&")));
        const qint64 id = sharing.id;
        connect(one, &QAction::triggered, this, [this, id] { retractSelection(id); });
    }
}

void IocsTab::retractSelection(qint64 sharingId)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_context.store)
        return;
    // The configurations that shared these IOCs (or the one chosen) must run to delete them.
    QStringList affected;
    const QHash<qint64, QList<IocShare>> shares = m_context.store->sharesOf(ids);
    for (const QList<IocShare> &list : shares)
        for (const IocShare &s : list)
            if ((sharingId == 0 || s.sharingId == sharingId)
                && (s.state == IocShare::State::Shared || s.state == IocShare::State::Pending)
                && !affected.contains(s.sharingName))
                affected << s.sharingName;
    QString error;
    int changed = 0;
    if (!m_context.store->requestRetract(sharingId, ids, &error, &changed)) {
        Q_EMIT statusMessage(error);
        return;
    }
    const QString what = sharingId == 0
        ? tr("Retraction of %Ln IOC(s) asked from every destination", nullptr, int(ids.size()))
        : tr("Retraction of %Ln IOC(s) asked from %1", nullptr, int(ids.size()))
              .arg(m_context.store->sharing(sharingId) ? m_context.store->sharing(sharingId)->name
                                                       : QString::number(sharingId));
    if (affected.isEmpty()) {
        Q_EMIT statusMessage(what + tr("; none of them is shared there, nothing to remove."));
        m_model->refresh();
        return;
    }
    QStringList started, later;
    for (const QString &name : std::as_const(affected)) {
        const bool ran = m_context.registry && m_context.session
            && m_context.registry->runNow(m_context.session, IocShareJob::kindFor(name));
        (ran ? started : later) << name;
    }
    QString message = what;
    if (!started.isEmpty())
        message += tr("; running %1 now to remove them.").arg(started.join(QStringLiteral(", ")));
    if (!later.isEmpty())
        message += (started.isEmpty() ? QStringLiteral("; ") : QStringLiteral(" "))
            + tr("%1 could not start now (running already, or another profile's): it removes them at "
                 "its next run.")
                  .arg(later.join(QStringLiteral(", ")));
    Q_EMIT statusMessage(message);
    m_model->refresh();
}

void IocsTab::copyValues()
{
    QStringList values;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        if (const IocRecord *r = m_model->recordAt(index.row()))
            values << r->ioc.value;
    if (values.isEmpty())
        return;
    QApplication::clipboard()->setText(values.join(u'\n'));
    Q_EMIT statusMessage(tr("Copied %Ln value(s).", nullptr, int(values.size())));
}

void IocsTab::openAddDialog()
{
    if (!m_context.store)
        return;
    auto *dialog = new IocAddDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto ioc = dialog->ioc();
        if (!ioc || !m_context.store)
            return;
        IocStore *store = m_context.store;
        // The profile's manual source, made on first use.
        std::optional<IocSource> source = store->sourceByName(profileId(), kManual);
        QString error;
        if (source && source->kind != QLatin1String("manual")) {
            Q_EMIT statusMessage(tr("Cannot add the IOC: the profile's source \"%1\" is not a manual "
                                    "source. Rename it in the Sources tab.")
                                     .arg(kManual));
            return;
        }
        if (!source) {
            IocSource made;
            made.profileId = profileId();
            made.name = kManual;
            made.kind = QStringLiteral("manual");
            if (!store->saveSource(&made, &error)) {
                Q_EMIT statusMessage(error);
                return;
            }
            source = made;
        }
        UpsertCounts counts;
        if (!store->upsert(source->id, {*ioc}, QDateTime::currentMSecsSinceEpoch(), &counts, &error)) {
            Q_EMIT statusMessage(error);
            return;
        }
        Q_EMIT statusMessage(counts.added
                ? tr("Added %1 %2 to %3.").arg(iocTypeName(ioc->type), ioc->value, kManual)
                : tr("%1 %2 was known already; %3 reports it now.")
                      .arg(iocTypeName(ioc->type), ioc->value, kManual));
        if (const auto record = store->find(ioc->type, ioc->value))
            m_keepIds = {record->id};
        m_keepCurrent = m_keepIds.value(0);
        refresh();
    });
    dialog->open();
}

void IocsTab::openImportDialog()
{
    if (!m_context.store)
        return;
    auto *dialog = new QFileDialog(
        this, tr("Import IOCs"), QString(), tr("IOC files (*.txt *.csv *.json *.stix);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &IocsTab::importFile);
    dialog->open();
}

void IocsTab::importFile(const QString &path)
{
    if (!m_context.store)
        return;
    auto *dialog = new IocImportDialog(m_context.store, profileId(), path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IocImportDialog::importFinished, this, [this](bool ok, const QString &message) {
        Q_EMIT statusMessage(message);
        if (ok)
            refresh();
    });
    dialog->open();
}

void IocsTab::openExportDialog()
{
    auto *dialog = new QFileDialog(this, tr("Export IOCs"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("iocs.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &IocsTab::exportCsv);
    dialog->open();
}

void IocsTab::exportCsv(const QString &path)
{
    if (!m_context.store || !m_context.registry || !m_context.session) {
        Q_EMIT statusMessage(tr("Could not export: no profile is open to run the export in."));
        return;
    }
    auto *job = new IocCsvExportJob(m_context.store, m_model->filter(), path);
    connect(job, &jobs::Job::finished, this, [this, job] {
        if (job->state() == jobs::Job::State::Succeeded)
            Q_EMIT statusMessage(job->summary());
        else if (job->state() == jobs::Job::State::Cancelled)
            Q_EMIT statusMessage(tr("The export was cancelled."));
        else
            Q_EMIT statusMessage(tr("Could not export: %1").arg(job->summary()));
    });
    if (!m_context.registry->submit(m_context.session, job)) {
        delete job;
        Q_EMIT statusMessage(tr("The export could not be started."));
        return;
    }
    Q_EMIT statusMessage(tr("Exporting the IOCs to %1…").arg(QDir::toNativeSeparators(path)));
}
