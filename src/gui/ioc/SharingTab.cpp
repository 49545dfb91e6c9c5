// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingTab.h"

#include "TableColumns.h"

#include "SharingDialog.h"
#include "SharingListModel.h"
#include "exchange/IocShareJob.h"
#include "jobs/Scheduler.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace exchange;

SharingTab::SharingTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new SharingListModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_test(new QPushButton(tr("Te&st"), this))
    , m_run(new QPushButton(tr("R&un now"), this))
    , m_result(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sharingTab"));
    m_view->setObjectName(QStringLiteral("sharingView"));
    m_view->setAccessibleName(tr("Sharing configurations"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_add->setObjectName(QStringLiteral("sharingAdd"));
    m_edit->setObjectName(QStringLiteral("sharingEdit"));
    m_remove->setObjectName(QStringLiteral("sharingRemove"));
    m_test->setObjectName(QStringLiteral("sharingTest"));
    m_run->setObjectName(QStringLiteral("sharingRun"));
    m_result->setObjectName(QStringLiteral("sharingResult"));
    m_result->setAccessibleName(tr("Result of the test or run"));
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(
        tr("Test shows what a run would create, renew and retract, without sending."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_run);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_result);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_add, &QPushButton::clicked, this, &SharingTab::addSharing);
    connect(m_edit, &QPushButton::clicked, this, &SharingTab::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &SharingTab::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &SharingTab::testSelected);
    connect(m_run, &QPushButton::clicked, this, &SharingTab::runSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != SharingListModel::EnabledColumn)
            editSelected();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SharingTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SharingTab::updateButtons);
    connect(m_model, &SharingListModel::saveFailed, this, &SharingTab::showResult);
    // Reading order: the buttons above the table, the result under it.
    const QList<QWidget *> order {m_add, m_edit, m_remove, m_test, m_run, m_view, m_result};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    updateButtons();
}

void SharingTab::setContext(const IocAreaContext &context)
{
    m_context = context;
    disconnect(m_schedulerConnection);
    if (context.registry && context.registry->scheduler()) {
        // A share ended somewhere: its counts and last run changed.
        m_schedulerConnection = connect(context.registry->scheduler(), &jobs::Scheduler::jobFinished, this,
            [this](const QString &, const QString &kind, jobs::Job *) {
                if (kind.startsWith(session::TaskKind::IocSharePrefix))
                    reload();
            });
    }
    reload();
}

void SharingTab::reload()
{
    const int row = selectedRow();
    const QString selected = row >= 0 ? m_model->row(row).definition.name : QString();
    m_model->setContext(m_context);
    // The one selected before, else the first: Test and Run now are a key away.
    selectSharing(selected.isEmpty() && m_model->rowCount() > 0 ? m_model->row(0).definition.name : selected);
    // Short columns (target, last run, counts) whole; the flow takes the rest.
    if (m_model->rowCount() > 0)
        TableColumns::fit(m_view, SharingListModel::FlowColumn, 220);
}

void SharingTab::selectSharing(const QString &name)
{
    if (const int row = m_model->rowOf(name); row >= 0)
        m_view->selectRow(row);
}

int SharingTab::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void SharingTab::updateButtons()
{
    const int row = selectedRow();
    const bool usable = m_context.store != nullptr;
    const bool readable = row >= 0 && m_model->row(row).config.has_value();
    m_add->setEnabled(usable);
    m_edit->setEnabled(usable && readable);
    m_remove->setEnabled(usable && row >= 0);
    m_test->setEnabled(usable && readable && m_context.registry);
    m_run->setEnabled(usable && readable && m_context.registry);
}

void SharingTab::showResult(const QString &text)
{
    m_result->setPlainText(text);
}

QString SharingTab::resultText() const
{
    return m_result->toPlainText();
}

SharingDialog *SharingTab::addSharing()
{
    if (!m_context.store)
        return nullptr;
    SharingConfig config;
    config.profileId = m_context.session ? m_context.session->id() : QString();
    auto *dialog = new SharingDialog(m_context, config, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SharingDialog::saved, this, [this](const SharingConfig &saved) {
        reload();
        selectSharing(saved.name);
        Q_EMIT statusMessage(tr("Saved the sharing configuration \"%1\".").arg(saved.name));
    });
    dialog->open();
    return dialog;
}

SharingDialog *SharingTab::editSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_model->row(row).config)
        return nullptr;
    auto *dialog = new SharingDialog(m_context, *m_model->row(row).config, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SharingDialog::saved, this, [this](const SharingConfig &saved) {
        reload();
        selectSharing(saved.name);
        Q_EMIT statusMessage(tr("Saved the sharing configuration \"%1\".").arg(saved.name));
    });
    dialog->open();
    return dialog;
}

QMessageBox *SharingTab::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_context.store)
        return nullptr;
    const NamedDefinition definition = m_model->row(row).definition;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove the sharing configuration"),
        tr("Remove the sharing configuration \"%1\"?").arg(definition.name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeSharingQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->button(QMessageBox::Yes)->setText(tr("&Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, definition](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        QString error;
        if (!m_context.store->removeSharing(definition.id, &error)) {
            showResult(error);
            Q_EMIT statusMessage(error);
            return;
        }
        reload();
        showResult(tr("Removed the sharing configuration \"%1\".").arg(definition.name));
    });
    box->open();
    return box;
}

session::ProfileSession *SharingTab::sessionFor(const SharingConfig &config) const
{
    // The destination's profile (its console or its OpenCTI); the shown profile when none is recorded.
    return m_context.sessionOf(config.profileId);
}

bool SharingTab::testSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_model->row(row).config || !m_context.registry)
        return false;
    const SharingConfig config = *m_model->row(row).config;
    session::ProfileSession *s = sessionFor(config);
    QString why;
    IocDestination *destination = m_context.registry->createDestination(config, s, &why);
    if (!destination) {
        showResult(tr("\"%1\" cannot be tested now: %2").arg(config.name, why));
        return false;
    }
    auto *job = new IocShareJob(m_context.store, config, destination, IocShareJob::Mode::DryRun);
    destination->setParent(job);
    connect(job, &jobs::Job::finished, this, [this, job, name = config.name] {
        QStringList lines;
        if (job->state() != jobs::Job::State::Succeeded) {
            lines << tr("The test of \"%1\" failed: %2").arg(name, job->error().userMessage());
        } else {
            const IocShareJob::Plan &plan = job->plan();
            const QLocale locale;
            lines << tr("Test of \"%1\" (nothing was sent): %2 to create, %3 to renew, %4 to retract%5.")
                         .arg(name, locale.toString(plan.toCreate), locale.toString(plan.toRenew),
                             locale.toString(plan.toRetract),
                             plan.pending > 0 ? tr(", %1 pending from an interrupted run").arg(plan.pending)
                                              : QString());
            auto sample = [&lines](const QString &title, const QStringList &values) {
                if (values.isEmpty())
                    return;
                lines << title;
                for (const QString &v : values)
                    lines << QStringLiteral("  ") + v;
            };
            sample(tr("Would create, for example:"), plan.createSample);
            sample(tr("Would renew, for example:"), plan.renewSample);
            sample(tr("Would retract, for example:"), plan.retractSample);
        }
        showResult(lines.join(u'\n'));
        Q_EMIT testFinished();
    });
    if (!m_context.registry->submit(s, job)) {
        delete job;
        showResult(tr("The test of \"%1\" could not be queued.").arg(config.name));
        return false;
    }
    showResult(tr("Testing \"%1\"…").arg(config.name));
    return true;
}

bool SharingTab::runSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_model->row(row).config || !m_context.registry)
        return false;
    const SharingConfig config = *m_model->row(row).config;
    session::ProfileSession *s = sessionFor(config);
    if (!s || s->state() != session::ProfileSession::State::Ready) {
        showResult(tr("The console of \"%1\" is not connected: it cannot run now.").arg(config.name));
        return false;
    }
    if (!m_context.registry->runNow(s, IocShareJob::kindFor(config.name))) {
        showResult(tr("\"%1\" cannot run now: a run of it is queued or running, or its destination belongs "
                      "to another profile's session.")
                       .arg(config.name));
        return false;
    }
    showResult(tr("Running \"%1\": its progress shows in the status bar; the run is recorded in Jobs.")
                   .arg(config.name));
    Q_EMIT statusMessage(tr("Sharing \"%1\"…").arg(config.name));
    return true;
}
