// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include "OverviewJobModel.h"
#include "TableColumns.h"
#include "jobs/Scheduler.h"
#include "s1/ConsoleConnection.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"

#include <QAction>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using Problem = session::OverviewProblem;

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_check(new QPushButton(tr("Check &connection"), this))
    , m_attentionTitle(new QLabel(tr("Needs attention"), this))
    , m_attention(new QWidget(this))
    , m_attentionLayout(new QVBoxLayout(m_attention))
    , m_allWell(new QLabel(tr("Nothing needs attention."), this))
    , m_model(new OverviewJobModel(this))
    , m_table(new QTableView(this))
    , m_noJobs(new QLabel(this))
    , m_runNow(new QPushButton(tr("&Run now"), this))
    , m_showInJobs(new QPushButton(tr("Show in &Jobs"), this))
    , m_refreshAction(new QAction(tr("&Refresh overview"), this))
    , m_runAllAction(new QAction(tr("Run &all now"), this))
    , m_refreshTimer(new QTimer(this))
    , m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_title->setObjectName(QStringLiteral("overviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_connection->setObjectName(QStringLiteral("overviewConnection"));
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setWordWrap(true);
    m_check->setObjectName(QStringLiteral("overviewCheck"));
    m_check->setToolTip(tr("Ask the console again whether it accepts the profile's token"));

    QFont bold = m_attentionTitle->font();
    bold.setBold(true);
    m_attentionTitle->setFont(bold);
    m_attentionTitle->setObjectName(QStringLiteral("attentionTitle"));
    m_attention->setObjectName(QStringLiteral("attentionList"));
    m_attentionLayout->setContentsMargins(0, 0, 0, 0);
    m_attentionLayout->setSpacing(6);
    m_allWell->setObjectName(QStringLiteral("attentionNone"));
    m_allWell->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *attentionScroll = m_attentionScroll = new QScrollArea(this);
    attentionScroll->setObjectName(QStringLiteral("attentionScroll"));
    attentionScroll->setWidget(m_attention);
    attentionScroll->setWidgetResizable(true);
    attentionScroll->setFrameShape(QFrame::NoFrame);
    attentionScroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    attentionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A long list scrolls: the jobs table keeps most of a 640-pixel-high window.
    attentionScroll->setMaximumHeight(fontMetrics().lineSpacing() * 11);
    attentionScroll->setFocusPolicy(Qt::NoFocus);

    m_table->setObjectName(QStringLiteral("overviewJobs"));
    m_table->setAccessibleName(tr("Jobs of this profile"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setTextElideMode(Qt::ElideRight);
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { TableColumns::fit(m_table, OverviewJobModel::CountsColumn, 160); });
    m_noJobs->setObjectName(QStringLiteral("overviewNoJobs"));
    m_noJobs->setWordWrap(true);
    m_noJobs->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_runNow->setObjectName(QStringLiteral("overviewRunNow"));
    m_runNow->setToolTip(tr("Run the selected job now"));
    m_showInJobs->setObjectName(QStringLiteral("overviewShowInJobs"));
    m_showInJobs->setToolTip(tr("Show the selected job's runs in the Jobs area"));

    m_refreshAction->setObjectName(QStringLiteral("overviewRefreshAction"));
    m_refreshAction->setToolTip(tr("Read the connection and the jobs again (F5)"));
    m_refreshAction->setShortcut(QKeySequence::Refresh); // only in the toolbar while the Overview is shown
    m_runAllAction->setObjectName(QStringLiteral("overviewRunAllAction"));
    m_runAllAction->setToolTip(tr("Run every job of this profile now"));

    auto *header = new QHBoxLayout;
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(m_title);
    headerText->addWidget(m_connection);
    header->addLayout(headerText, 1);
    header->addWidget(m_check, 0, Qt::AlignTop);

    auto *jobsTitle = new QLabel(tr("Jobs"), this);
    jobsTitle->setFont(bold);
    auto *jobButtons = new QHBoxLayout;
    jobButtons->addWidget(m_noJobs, 1);
    jobButtons->addWidget(m_runNow);
    jobButtons->addWidget(m_showInJobs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addWidget(m_attentionTitle);
    layout->addWidget(m_allWell);
    layout->addWidget(attentionScroll);
    layout->addSpacing(6);
    layout->addWidget(jobsTitle);
    layout->addWidget(m_table, 1);
    layout->addLayout(jobButtons);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(50);
    connect(m_refreshTimer, &QTimer::timeout, this, &OverviewPage::refresh);
    m_clockTimer->setInterval(30000);
    connect(m_clockTimer, &QTimer::timeout, this, &OverviewPage::refresh);
    m_clockTimer->start();

    connect(m_check, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->connection())
            m_session->connection()->check();
    });
    connect(m_runNow, &QPushButton::clicked, this, [this] { runAgain(selectedKind()); });
    connect(m_showInJobs, &QPushButton::clicked, this, [this] { Q_EMIT showJobsRequested(selectedKind()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &OverviewPage::updateButtons);
    connect(m_refreshAction, &QAction::triggered, this, &OverviewPage::refresh);
    connect(m_runAllAction, &QAction::triggered, this, &OverviewPage::runAllNow);
    refresh();
}

OverviewPage::~OverviewPage()
{
    for (const QMetaObject::Connection &link : std::as_const(m_links))
        disconnect(link);
    disconnect(m_connectionLink);
}

void OverviewPage::setSession(session::ProfileSession *session, session::TaskRegistry *registry)
{
    for (const QMetaObject::Connection &link : std::as_const(m_links))
        disconnect(link);
    m_links.clear();
    disconnect(m_connectionLink);
    m_session = session;
    m_registry = registry;
    m_checkedAt = {};
    if (session) {
        const QString profileId = session->id();
        m_links << connect(session, &session::ProfileSession::stateChanged, this, [this] {
            followConnection(); // a new connection once the token is there
            scheduleRefresh();
        });
        followConnection();
        if (registry) {
            jobs::Scheduler *scheduler = registry->scheduler();
            const auto ours = [this, profileId](const QString &id) {
                if (id == profileId)
                    scheduleRefresh();
            };
            m_links << connect(scheduler, &jobs::Scheduler::jobStarted, this,
                [ours](const QString &id, const QString &, jobs::Job *) { ours(id); });
            m_links << connect(scheduler, &jobs::Scheduler::jobFinished, this,
                [ours](const QString &id, const QString &, jobs::Job *) { ours(id); });
            m_links << connect(scheduler, &jobs::Scheduler::taskQueued, this,
                [ours](const QString &id, const QString &) { ours(id); });
            m_links << connect(scheduler, &jobs::Scheduler::nextRunChanged, this,
                [ours](const QString &id, const QString &, const QDateTime &) { ours(id); });
        }
    }
    refresh();
}

void OverviewPage::followConnection()
{
    disconnect(m_connectionLink);
    s1::ConsoleConnection *connection = m_session ? m_session->connection() : nullptr;
    if (!connection)
        return;
    m_connectionLink = connect(
        connection, &s1::ConsoleConnection::stateChanged, this, [this](s1::ConsoleConnection::State state) {
            if (state != s1::ConsoleConnection::State::Checking)
                m_checkedAt = QDateTime::currentDateTimeUtc();
            scheduleRefresh();
        });
}

void OverviewPage::setHistory(storage::JobHistory *history)
{
    m_history = history;
    scheduleRefresh();
}

void OverviewPage::setImportStore(opencti::ImportStore *store)
{
    m_importStore = store;
    scheduleRefresh();
}

void OverviewPage::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

QList<QWidget *> OverviewPage::attentionRows() const
{
    QList<QWidget *> rows;
    for (QWidget *row :
        m_attention->findChildren<QWidget *>(QStringLiteral("attention"), Qt::FindDirectChildrenOnly))
        if (!row->isHidden()) // the rows replaced, waiting for deleteLater(), are hidden
            rows << row;
    return rows;
}

QList<QAction *> OverviewPage::toolbarActions() const
{
    return {m_refreshAction, m_runAllAction};
}

void OverviewPage::refresh()
{
    m_refreshTimer->stop();
    session::OverviewSnapshot::Sources sources;
    sources.session = m_session;
    sources.registry = m_session ? m_registry : nullptr;
    sources.history = m_history;
    sources.importStore = m_importStore;
    m_snapshot = session::OverviewSnapshot::collect(sources);
    const QString kept = selectedKind();
    m_model->setJobs(m_snapshot.jobs, QDateTime::currentDateTimeUtc());
    const int row = m_model->rowOf(kept);
    if (row >= 0)
        m_table->selectRow(row);
    updateHeader();
    rebuildAttention();
    updateButtons();
}

void OverviewPage::updateHeader()
{
    using Connection = session::OverviewSnapshot::Connection;
    if (m_snapshot.connection == Connection::NoSession) {
        m_title->setText(tr("Overview"));
        m_connection->setText(tr("No profile is open."));
        m_check->setEnabled(false);
        return;
    }
    m_title->setText(tr("Overview of %1").arg(m_snapshot.profileName));
    QString line = tr("Console: %1").arg(m_snapshot.connectionText);
    if (m_checkedAt.isValid() && m_snapshot.connection != Connection::Checking)
        line += tr(", checked %1")
                    .arg(OverviewJobModel::whenText(m_checkedAt, QDateTime::currentDateTimeUtc()));
    m_connection->setText(line);
    m_check->setEnabled(
        m_session && m_session->connection() && m_snapshot.connection != Connection::Checking);
}

QWidget *OverviewPage::attentionRow(const Problem &problem)
{
    auto *row = new QFrame(m_attention);
    row->setObjectName(QStringLiteral("attention"));
    row->setProperty("problemKind", int(problem.kind));
    row->setProperty("jobKind", problem.jobKind);
    row->setFrameShape(QFrame::StyledPanel);
    row->setStyleSheet(QStringLiteral(
        "QFrame#attention { background: #fff4e5; border: 1px solid #ffd8a8; border-radius: 4px; }"
        "QFrame#attention QLabel { color: #663c00; }"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *text = new QLabel(problem.text, row);
    text->setObjectName(QStringLiteral("attentionText"));
    text->setTextFormat(Qt::PlainText); // it may quote a console's or OpenCTI's answer
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text, 1);
    // No mnemonics: several rows may offer the same action, and Alt+letter must not be ambiguous.
    const auto button = [&](const QString &label, const char *name, const QString &accessible,
                            const std::function<void()> &action) {
        auto *b = new QPushButton(label, row);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(accessible);
        b->setAccessibleDescription(problem.text);
        connect(b, &QPushButton::clicked, this, action);
        layout->addWidget(b, 0, Qt::AlignVCenter);
        return b;
    };
    switch (problem.kind) {
    case Problem::Kind::TokenRefused:
    case Problem::Kind::NoToken:
        button(tr("Enter a new token…"), "fixEditProfile", tr("Edit the profile and enter a new token"),
            [this] { Q_EMIT editProfileRequested(); });
        break;
    case Problem::Kind::OpenCtiNotReady:
        button(tr("Edit profile…"), "fixEditProfile", tr("Edit the profile's OpenCTI connection"),
            [this] { Q_EMIT editProfileRequested(); });
        break;
    case Problem::Kind::ConsoleProblem:
        button(tr("Check again"), "fixCheckAgain", tr("Check the console connection again"), [this] {
            if (m_session && m_session->connection())
                m_session->connection()->check();
        });
        button(tr("Edit profile…"), "fixEditProfile", tr("Edit the profile's console connection"),
            [this] { Q_EMIT editProfileRequested(); });
        break;
    case Problem::Kind::JobFailing: {
        const QString kind = problem.jobKind;
        QString title = kind;
        for (const session::OverviewJob &job : std::as_const(m_snapshot.jobs))
            if (job.kind == kind)
                title = job.title();
        button(
            tr("Run again"), "fixRunAgain", tr("Run %1 again").arg(title), [this, kind] { runAgain(kind); });
        button(tr("Show in Jobs"), "fixShowInJobs", tr("Show the runs of %1").arg(title),
            [this, kind] { Q_EMIT showJobsRequested(kind); });
        break;
    }
    case Problem::Kind::ImportFailed: {
        const QStringList ids = problem.threatIds;
        button(tr("Retry import"), "fixRetryImport", tr("Import the failed threats into OpenCTI again"),
            [this, ids] { Q_EMIT retryImportRequested(ids); });
        button(tr("Show imports"), "fixShowImports", tr("Show the failed threats in the OpenCTI import area"),
            [this] { Q_EMIT showImportsRequested(); });
        break;
    }
    }
    return row;
}

void OverviewPage::rebuildAttention()
{
    // The rows are rebuilt from the snapshot; a row whose button has the focus keeps it when the
    // same problem is still there (Run again, then the refresh, must not throw the focus away).
    QString focusedName;
    int focusedRow = -1;
    const QList<QWidget *> old = attentionRows();
    for (int i = 0; i < old.size(); ++i)
        if (QWidget *focus = old.at(i)->focusWidget(); focus && focus->hasFocus()) {
            focusedRow = i;
            focusedName = focus->objectName();
        }
    for (QWidget *row : old) {
        row->hide();
        row->deleteLater();
    }
    QWidget *previous = m_check;
    QList<QWidget *> added;
    for (const Problem &problem : std::as_const(m_snapshot.attention)) {
        QWidget *row = attentionRow(problem);
        m_attentionLayout->addWidget(row);
        added << row;
        for (QPushButton *b : row->findChildren<QPushButton *>()) {
            setTabOrder(previous, b);
            previous = b;
        }
    }
    setTabOrder(previous, m_table);
    if (focusedRow >= 0 && focusedRow < added.size())
        if (auto *b = added.at(focusedRow)->findChild<QPushButton *>(focusedName))
            b->setFocus(Qt::OtherFocusReason);
    const bool any = !m_snapshot.attention.isEmpty();
    m_attentionScroll->setVisible(any);
    m_allWell->setVisible(!any && m_snapshot.connection != session::OverviewSnapshot::Connection::NoSession);
    m_attentionTitle->setText(
        any ? tr("Needs attention (%1)").arg(m_snapshot.attention.size()) : tr("Needs attention"));
}

QString OverviewPage::selectedKind() const
{
    const QModelIndexList rows
        = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().data(OverviewJobModel::KindRole).toString();
}

void OverviewPage::updateButtons()
{
    const QString kind = selectedKind();
    m_runNow->setEnabled(!kind.isEmpty() && m_registry && m_session);
    m_showInJobs->setEnabled(!kind.isEmpty());
    const bool hasJobs = m_model->rowCount() > 0;
    m_runAllAction->setEnabled(hasJobs && m_registry && m_session);
    m_noJobs->setText(hasJobs ? QString()
            : m_session       ? tr("This profile runs no job yet: set up OpenCTI, IOC sources or firewall "
                                         "collections for it.")
                              : QString());
}

bool OverviewPage::runAgain(const QString &kind)
{
    if (kind.isEmpty() || !m_registry || !m_session)
        return false;
    QString title = kind;
    for (const session::OverviewJob &job : std::as_const(m_snapshot.jobs))
        if (job.kind == kind)
            title = job.title();
    const bool started = m_registry->runNow(m_session, kind);
    Q_EMIT statusMessage(started
            ? tr("%1: queued to run now.").arg(title)
            : tr("%1 is already queued or running, or cannot run in this profile now.").arg(title));
    scheduleRefresh();
    return started;
}

void OverviewPage::runAllNow()
{
    if (!m_registry || !m_session)
        return;
    int started = 0;
    for (const session::OverviewJob &job : std::as_const(m_snapshot.jobs))
        if (job.scheduled && m_registry->runNow(m_session, job.kind))
            ++started;
    Q_EMIT statusMessage(started > 0 ? tr("%n job(s) queued to run now.", nullptr, started)
                                     : tr("Every job is already queued or running."));
    scheduleRefresh();
}
