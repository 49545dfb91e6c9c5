// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirewallPage.h"

#include "CollectionEditor.h"
#include "CollectionListModel.h"
#include "PlanView.h"
#include "firewall/FirewallStore.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Qt 6.4 has no setTabOrder(list): one pair at a time.
void tabChain(const QList<QWidget *> &order)
{
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}
} // namespace

Q_LOGGING_CATEGORY(lcFirewallPage, "s1bridge.gui.firewall")

using namespace firewall;
using Mode = FirewallExportJob::Mode;

session::ProfileSession *FirewallAreaContext::sessionOf(const QString &profileId) const
{
    if (session && (profileId.isEmpty() || session->id() == profileId))
        return session;
    return sessionFor ? sessionFor(profileId) : nullptr;
}

FirewallPage::FirewallPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new CollectionListModel(this))
    , m_list(new QTableView(this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_plan(new QPushButton(tr("Pl&an"), this))
    , m_export(new QPushButton(tr("E&xport"), this))
    , m_withdraw(new QPushButton(tr("&Withdraw"), this))
    , m_adopt(new QCheckBox(tr("Ta&ke over same-named rules"), this))
    , m_message(new QLabel(this))
    , m_editor(new CollectionEditor(this))
    , m_newAction(new QAction(tr("&New collection"), this))
    , m_planAction(new QAction(tr("&Plan export"), this))
    , m_exportAction(new QAction(tr("E&xport now"), this))
{
    setObjectName(QStringLiteral("firewallPage"));
    // The toolbar's copies of the buttons (the window shows them while this area is on screen).
    m_newAction->setObjectName(QStringLiteral("firewallNewAction"));
    m_newAction->setToolTip(tr("Start a new collection in the editor"));
    m_planAction->setObjectName(QStringLiteral("firewallPlanAction"));
    m_planAction->setToolTip(
        tr("Show what an export of the selected collection would change (changes nothing)"));
    m_exportAction->setObjectName(QStringLiteral("firewallExportAction"));
    m_exportAction->setToolTip(tr("Export the selected collection's rules to its targets now"));
    connect(m_newAction, &QAction::triggered, this, &FirewallPage::newCollection);
    connect(m_planAction, &QAction::triggered, this, &FirewallPage::plan);
    connect(m_exportAction, &QAction::triggered, this, &FirewallPage::exportSelected);
    m_list->setObjectName(QStringLiteral("collectionList"));
    m_list->setAccessibleName(tr("Firewall collections"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->setVisible(false);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(
        CollectionListModel::Entries, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(
        CollectionListModel::Rules, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(
        CollectionListModel::State, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->moveSection(CollectionListModel::State, CollectionListModel::Rules + 1);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 6);
    m_new->setObjectName(QStringLiteral("newCollectionButton"));
    m_new->setToolTip(tr("Start a new collection in the editor"));
    m_delete->setObjectName(QStringLiteral("deleteCollectionButton"));
    m_delete->setToolTip(
        tr("Delete the selected collection (refused while its rules remain: withdraw first)"));
    m_plan->setObjectName(QStringLiteral("planButton"));
    m_plan->setToolTip(tr("Show what an export would change in each target, changing nothing"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Export the collection as firewall rules (recorded in Jobs)"));
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_withdraw->setToolTip(tr("Delete the rules S1 Bridge made for the collection"));
    m_adopt->setObjectName(QStringLiteral("adoptBox"));
    m_adopt->setToolTip(tr("Plan and Export take over rules of these names that S1 Bridge did not make "
                           "(else they are conflicts, left alone)"));
    m_message->setObjectName(QStringLiteral("firewallMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    leftLayout->addWidget(m_list, 1);
    auto *grid = new QGridLayout;
    grid->addWidget(m_new, 0, 0);
    grid->addWidget(m_delete, 0, 1);
    grid->addWidget(m_plan, 1, 0);
    grid->addWidget(m_export, 1, 1);
    grid->addWidget(m_withdraw, 1, 2);
    grid->setColumnStretch(3, 1);
    leftLayout->addLayout(grid);
    leftLayout->addWidget(m_adopt);
    leftLayout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("firewallSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);
    tabChain({m_list, m_new, m_delete, m_plan, m_export, m_withdraw, m_adopt, m_editor->nameEdit()});

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &FirewallPage::onSelectionChanged);
    connect(m_new, &QPushButton::clicked, this, &FirewallPage::newCollection);
    connect(m_delete, &QPushButton::clicked, this, &FirewallPage::deleteSelected);
    connect(m_plan, &QPushButton::clicked, this, &FirewallPage::plan);
    connect(m_export, &QPushButton::clicked, this, &FirewallPage::exportSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &FirewallPage::withdrawSelected);
    connect(m_editor, &CollectionEditor::statusMessage, this, &FirewallPage::statusMessage);
    connect(m_editor, &CollectionEditor::saved, this, [this](const QString &name) {
        reload();
        select(name);
    });
    updateButtons();
}

void FirewallPage::setContext(const FirewallAreaContext &context)
{
    m_context = context;
    m_editor->setContext(context);
    m_model->setStore(context.store);
    m_list->resizeColumnToContents(CollectionListModel::Name);
    m_message->setText(context.store ? QString()
                                     : tr("The database could not be opened: firewall collections cannot be "
                                          "kept. Check the data directory and start S1 Bridge again."));
    if (m_model->rowCount() > 0)
        m_list->selectRow(0);
    updateButtons();
}

void FirewallPage::reload()
{
    const QString current = m_editor->original().name;
    const QSignalBlocker blocker(m_list->selectionModel());
    m_model->reload();
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_list->selectRow(row);
    m_list->resizeColumnToContents(CollectionListModel::Name);
    updateButtons();
}

bool FirewallPage::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_list->selectRow(row);
    return true;
}

void FirewallPage::onSelectionChanged()
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return updateButtons();
    const Collection chosen = m_model->collection(rows.first().row());
    if (chosen.id == m_editor->original().id)
        return updateButtons();
    leaveEditor([this, name = chosen.name] {
        const int row = m_model->rowOf(name);
        if (row >= 0) {
            m_editor->setCollection(m_model->collection(row));
            selectShown();
        }
        updateButtons();
    });
}

void FirewallPage::selectShown()
{
    const QSignalBlocker blocker(m_list->selectionModel());
    const int row = m_editor->original().id != 0 ? m_model->rowOf(m_editor->original().name) : -1;
    if (row >= 0)
        m_list->selectRow(row);
    else
        m_list->clearSelection();
}

void FirewallPage::leaveEditor(const std::function<void()> &then)
{
    if (!m_editor->hasUnsavedWork())
        return then();
    selectShown(); // the list stays on the edited collection while the question is open
    const QString name = m_editor->collection().name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
        tr("The collection \"%1\" has changes that are not saved. Save them?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, then] {
        const auto answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Save) {
            if (!m_editor->save())
                return; // the problems are named under the editor; nothing is left
            then();
        } else if (answer == QMessageBox::Discard) {
            m_editor->setCollection(m_editor->original()); // so that `then` is not asked again
            then();
        }
    });
    box->open();
}

void FirewallPage::updateButtons()
{
    const bool stored = m_editor->original().id != 0 && m_context.store;
    const bool ready = m_context.registry && m_context.session
        && m_context.session->state() == session::ProfileSession::State::Ready;
    const bool idle = m_job.isNull();
    m_new->setEnabled(m_context.store != nullptr);
    m_delete->setEnabled(stored && idle);
    m_plan->setEnabled(stored && ready && idle);
    m_export->setEnabled(stored && ready && idle);
    m_withdraw->setEnabled(stored && ready && idle);
    m_newAction->setEnabled(m_new->isEnabled());
    m_planAction->setEnabled(m_plan->isEnabled());
    m_exportAction->setEnabled(m_export->isEnabled());
}

void FirewallPage::showMessage(const QString &text)
{
    m_message->setText(text);
    Q_EMIT statusMessage(text);
}

void FirewallPage::newCollection()
{
    leaveEditor([this] {
        Collection c;
        c.name = tr("New collection");
        for (int n = 2; m_model->rowOf(c.name) >= 0; ++n)
            c.name = tr("New collection %1").arg(n);
        m_editor->setCollection(c);
        selectShown();
        m_editor->tabs()->setCurrentIndex(CollectionEditor::EntriesTab);
        m_editor->nameEdit()->setFocus();
        m_editor->nameEdit()->selectAll();
        updateButtons();
    });
}

void FirewallPage::deleteSelected()
{
    const Collection c = m_editor->original();
    if (c.id == 0 || !m_context.store)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete the collection"),
        tr("Delete the collection \"%1\" and its %Ln typed entry(ies)? Rules exported from it must be "
           "withdrawn first.",
            nullptr, int(c.entries.size()))
            .arg(c.name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteCollectionBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, c] {
        QString error;
        if (!m_context.store->remove(c.id, &error))
            return showMessage(error);
        showMessage(tr("Deleted the collection \"%1\".").arg(c.name));
        m_editor->setCollection(Collection());
        reload();
        if (m_model->rowCount() > 0)
            m_list->selectRow(0);
    });
    box->open();
}

bool FirewallPage::saveFirst()
{
    if (!m_editor->isModified())
        return true;
    if (!m_editor->save()) {
        showMessage(tr("Save the collection first: correct the problems named under the editor."));
        return false;
    }
    return true;
}

void FirewallPage::plan()
{
    run(Mode::DryRun);
}

void FirewallPage::exportSelected()
{
    run(Mode::Export);
}

void FirewallPage::withdrawSelected()
{
    const Collection c = m_editor->original();
    if (c.id == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Withdraw the rules"),
        tr("Delete every firewall rule S1 Bridge made for \"%1\" in this profile's console? The "
           "collection itself is kept.")
            .arg(c.name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("withdrawBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this] { run(Mode::Withdraw); });
    box->open();
}

void FirewallPage::run(Mode mode)
{
    if (!m_job.isNull() || !m_context.registry)
        return;
    if (!saveFirst())
        return;
    const QString name = m_editor->original().name;
    FirewallExportJob *job = m_context.registry->createFirewallJob(m_context.session, name, mode);
    if (!job)
        return showMessage(tr("The console of this profile is not connected: connect it (Profile > Edit "
                              "profile…) and try again."));
    job->setAdopt(m_adopt->isChecked());
    m_job = job;
    connect(job, &jobs::Job::finished, this, [this, job] { onJobFinished(job); });
    m_editor->planView()->showMessage(mode == Mode::DryRun ? tr("Planning \"%1\"…").arg(name)
            : mode == Mode::Export ? tr("Exporting \"%1\" (see the status bar)…").arg(name)
                                   : tr("Withdrawing \"%1\"…").arg(name));
    m_editor->tabs()->setCurrentIndex(CollectionEditor::PlanTab);
    updateButtons();
    if (mode == Mode::DryRun) {
        // A dry run changes nothing: started at once, not queued behind the profile's jobs.
        job->setParent(this);
        job->start();
        return;
    }
    if (!m_context.registry->submit(m_context.session, job)) {
        m_job.clear();
        job->deleteLater();
        updateButtons();
        return showMessage(
            tr("\"%1\" is exported or withdrawn already: wait for that run to end.").arg(name));
    }
    showMessage(mode == Mode::Export ? tr("Export of \"%1\" queued.").arg(name)
                                     : tr("Withdrawal of \"%1\" queued.").arg(name));
}

void FirewallPage::onJobFinished(FirewallExportJob *job)
{
    const bool ok = job->state() == jobs::Job::State::Succeeded;
    m_editor->planView()->showJob(*job);
    QString text;
    if (!ok)
        text = tr("%1 failed: %2").arg(job->kind(), job->error().userMessage());
    else if (job->mode() == Mode::DryRun)
        text = m_editor->planView()->summaryLabel()->text();
    else
        text = job->summary();
    qCInfo(lcFirewallPage) << job->kind() << job->state() << job->summary();
    if (job->parent() == this)
        job->deleteLater(); // a dry run is ours; the scheduler deletes the others
    m_job.clear();
    showMessage(text);
    reload();
    updateButtons();
    Q_EMIT jobDone(job->mode(), ok);
}
