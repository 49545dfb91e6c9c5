// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcesTab.h"

#include "SourceDialog.h"
#include "SourceListModel.h"
#include "config/SecretStore.h"
#include "exchange/FeedPullJob.h"
#include "jobs/Scheduler.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace exchange;

SourcesTab::SourcesTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new SourceListModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_pull(new QPushButton(tr("P&ull now"), this))
{
    setObjectName(QStringLiteral("sourcesTab"));
    m_view->setObjectName(QStringLiteral("sourcesView"));
    m_view->setAccessibleName(tr("IOC sources"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_add->setObjectName(QStringLiteral("sourcesAdd"));
    m_edit->setObjectName(QStringLiteral("sourcesEdit"));
    m_remove->setObjectName(QStringLiteral("sourcesRemove"));
    m_pull->setObjectName(QStringLiteral("sourcesPull"));

    auto *menu = new QMenu(m_add);
    for (const QString &kind : IocSource::kinds()) {
        QAction *action = menu->addAction(SourceListModel::kindText(kind) + QStringLiteral("…"));
        connect(action, &QAction::triggered, this, [this, kind] { addSource(kind); });
    }
    m_add->setMenu(menu);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_pull);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_edit, &QPushButton::clicked, this, &SourcesTab::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &SourcesTab::removeSelected);
    connect(m_pull, &QPushButton::clicked, this, &SourcesTab::pullSelected);
    connect(m_view, &QTableView::doubleClicked, this, &SourcesTab::editSelected);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SourcesTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesTab::updateButtons);
    // Reading order: the buttons above the table.
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_pull);
    setTabOrder(m_pull, m_view);
    updateButtons();
}

void SourcesTab::setContext(const IocAreaContext &context)
{
    m_context = context;
    disconnect(m_schedulerConnection);
    if (context.registry && context.registry->scheduler()) {
        // A pull of this profile ended: its time, counts and state changed.
        m_schedulerConnection = connect(context.registry->scheduler(), &jobs::Scheduler::jobFinished, this,
            [this](const QString &profileId, const QString &kind, jobs::Job *) {
                if (m_context.session && profileId == m_context.session->id()
                    && kind.startsWith(session::TaskKind::IocPullPrefix))
                    reload();
            });
    }
    reload();
}

void SourcesTab::reload()
{
    const QString selected = selectedRow() >= 0 ? m_model->source(selectedRow()).id : QString();
    // No profile on screen: no sources (an empty profile id would list every profile's).
    m_model->setStore(m_context.session ? m_context.store : nullptr,
        m_context.session ? m_context.session->id() : QString());
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->selectRow(row);
    m_view->resizeColumnsToContents();
}

int SourcesTab::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SourcesTab::selectSource(const QString &name)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->source(row).name == name)
            return m_view->selectRow(row);
    }
}

void SourcesTab::updateButtons()
{
    const int row = selectedRow();
    const bool usable = m_context.store && m_context.session;
    m_add->setEnabled(usable);
    m_edit->setEnabled(usable && row >= 0);
    m_remove->setEnabled(usable && row >= 0);
    m_pull->setEnabled(
        usable && row >= 0 && m_context.registry && m_model->source(row).kind != QLatin1String("manual"));
}

SourceDialog *SourcesTab::addSource(const QString &kind)
{
    if (!m_context.store || !m_context.session)
        return nullptr;
    IocSource source;
    source.kind = kind;
    source.profileId = m_context.session->id();
    auto *dialog = new SourceDialog(m_context, source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SourceDialog::statusMessage, this, &SourcesTab::statusMessage);
    connect(dialog, &SourceDialog::saved, this, [this](const IocSource &saved) {
        reload();
        selectSource(saved.name);
        Q_EMIT statusMessage(tr("Saved the source \"%1\".").arg(saved.name));
    });
    dialog->open();
    return dialog;
}

SourceDialog *SourcesTab::editSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_context.store)
        return nullptr;
    auto *dialog = new SourceDialog(m_context, m_model->source(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SourceDialog::statusMessage, this, &SourcesTab::statusMessage);
    connect(dialog, &SourceDialog::saved, this, [this](const IocSource &saved) {
        reload();
        selectSource(saved.name);
        Q_EMIT statusMessage(tr("Saved the source \"%1\".").arg(saved.name));
    });
    dialog->open();
    return dialog;
}

QMessageBox *SourcesTab::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_context.store)
        return nullptr;
    const IocSource source = m_model->source(row);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove the source"),
        tr("Remove the source \"%1\"? Its IOCs stay in the store; the next share run retracts those no "
           "other source reports.")
            .arg(source.name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeSourceQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->button(QMessageBox::Yes)->setText(tr("&Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, source](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        QString error;
        if (!m_context.store->removeSource(source.id, &error)) {
            Q_EMIT statusMessage(error);
            return;
        }
        if (FeedPullJob::needsCredential(source) && m_context.secrets)
            m_context.secrets->remove(
                FeedPullJob::credentialKey(source.id), this, [](bool, const QString &) {});
        reload();
        Q_EMIT statusMessage(tr("Removed the source \"%1\".").arg(source.name));
    });
    box->open();
    return box;
}

bool SourcesTab::pullSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_context.registry || !m_context.session)
        return false;
    const IocSource source = m_model->source(row);
    const QString kind = session::TaskKind::IocPullPrefix + source.name;
    if (!m_context.registry->runNow(m_context.session, kind)) {
        Q_EMIT statusMessage(
            tr("\"%1\" cannot be pulled now: a pull of it is already queued or running, or the console "
               "is not connected.")
                .arg(source.name));
        return false;
    }
    Q_EMIT statusMessage(tr("Pulling \"%1\"…").arg(source.name));
    return true;
}
