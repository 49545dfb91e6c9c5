// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "FirewallPage.h"
#include "IocSharingPage.h"
#include "JobsPage.h"
#include "OpenCtiImportPage.h"
#include "OverviewPage.h"
#include "SettingsPage.h"
#include "ThreatBrowserPage.h"
#include "ThreatListModel.h"
#include "config/AppSettings.h"
#include "jobs/Scheduler.h"
#include "opencti/OpenCtiImportJob.h"
#include "s1/S1Client.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_profileCombo(new QComboBox(this))
    , m_profileLabel(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_overviewPage(new OverviewPage(this))
    , m_browser(new ThreatBrowserPage(this))
    , m_openCtiPage(new OpenCtiImportPage(this))
    , m_iocPage(new IocSharingPage(this))
    , m_firewallPage(new FirewallPage(this))
    , m_settingsPage(new SettingsPage(this))
    , m_jobsPage(new JobsPage(this))
    , m_importNowAction(new QAction(tr("&Import now into OpenCTI"), this))
    , m_jobsRefreshAction(new QAction(tr("&Refresh runs"), this))
    , m_stateLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("S1 Bridge"));
    // Fits a 1366x768 laptop screen with its panel: at most 1280x720, less on a smaller screen.
    QSize size(1280, 720);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(60, 80));
    resize(size);

    const QStringList areas {tr("Overview"), tr("Threats"), tr("OpenCTI import"), tr("IOC sharing"),
        tr("Firewall"), tr("Jobs"), tr("Settings")};
    buildMenusAndToolbar(areas);

    for (QLabel *strip : {m_notice, m_banner}) {
        strip->setTextFormat(Qt::PlainText);
        strip->setWordWrap(true);
        strip->setMargin(8);
        strip->setVisible(false);
    }
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border-bottom: 1px solid #ffd8a8; }"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #611a15; border-bottom: 1px solid #f5c6cb; }"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Areas"));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setStyleSheet(
        QStringLiteral("QListWidget { background: palette(window); } QListWidget::item { padding: 8px; }"));
    m_sidebar->addItems(areas);
    // The desktop theme's icon where it has one, ours (resources/icons/area-*.svg) otherwise.
    const auto setAreaIcon = [this](Area area, const QString &themeName, const QString &ours) {
        m_sidebar->item(area)->setIcon(
            QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/area-") + ours)));
    };
    setAreaIcon(OverviewArea, QStringLiteral("go-home"), QStringLiteral("overview.svg"));
    setAreaIcon(ThreatsArea, QStringLiteral("security-low"), QStringLiteral("threats.svg"));
    setAreaIcon(OpenCtiArea, QStringLiteral("network-server"), QStringLiteral("opencti.svg"));
    setAreaIcon(IocArea, QStringLiteral("emblem-shared"), QStringLiteral("iocs.svg"));
    setAreaIcon(FirewallArea, QStringLiteral("security-high"), QStringLiteral("firewall.svg"));
    setAreaIcon(JobsArea, QStringLiteral("document-open-recent"), QStringLiteral("jobs.svg"));
    setAreaIcon(SettingsArea, QStringLiteral("preferences-system"), QStringLiteral("settings.svg"));
    m_pages->addWidget(m_overviewPage);
    connect(m_overviewPage, &OverviewPage::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_overviewPage, &OverviewPage::editProfileRequested, this, &MainWindow::editProfileRequested);
    connect(m_overviewPage, &OverviewPage::showJobsRequested, this, &MainWindow::showJobRuns);
    connect(m_overviewPage, &OverviewPage::showImportsRequested, this, [this] { showArea(OpenCtiArea); });
    connect(m_overviewPage, &OverviewPage::retryImportRequested, this,
        [this](const QStringList &ids) { m_openCtiPage->importNow(ids); });
    m_pages->addWidget(m_browser);
    m_pages->addWidget(m_openCtiPage);
    m_pages->addWidget(m_iocPage);
    connect(m_iocPage, &IocSharingPage::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_pages->addWidget(m_firewallPage);
    connect(m_firewallPage, &FirewallPage::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_pages->addWidget(m_jobsPage);
    m_pages->addWidget(m_settingsPage);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::onAreaChanged);
    m_sidebar->setCurrentRow(OverviewArea); // what needs attention, first

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_notice);
    column->addWidget(m_banner);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    row->addWidget(m_sidebar);
    row->addWidget(m_pages, 1);
    column->addLayout(row, 1);
    setCentralWidget(central);

    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_profileLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setObjectName(QStringLiteral("threatCount"));
    m_progress->setMaximumWidth(240);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_progress);
    m_stopJob = new QToolButton(this);
    m_stopJob->setObjectName(QStringLiteral("stopJobButton"));
    m_stopJob->setText(tr("Stop"));
    m_stopJob->setAccessibleName(tr("Stop the running job"));
    m_stopJob->setToolTip(tr("Stop the running job: it ends as cancelled, and what the remote side "
                             "confirmed stays recorded; the next run goes on from there."));
    m_stopJob->setVisible(false);
    statusBar()->addPermanentWidget(m_stopJob);
    connect(m_stopJob, &QToolButton::clicked, this, [this] {
        if (m_shownJob && !m_shownJob->isFinished())
            m_shownJob->cancel();
    });

    connect(m_browser, &ThreatBrowserPage::countsChanged, this, [this](const QString &text) {
        m_countLabel->setText(text.isEmpty() ? QString() : tr("Threats: %1").arg(text));
    });
    connect(m_browser, &ThreatBrowserPage::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_browser->model(), &ThreatListModel::loadFailed, this, [this](const QString &text) {
        m_banner->setText(text);
        m_banner->setVisible(true);
    });
    m_importNowAction->setObjectName(QStringLiteral("importNowAction"));
    m_importNowAction->setToolTip(
        tr("Import the selected threats into OpenCTI now, flagged or not (Ctrl+Shift+I)"));
    m_importNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importNowAction->setEnabled(false);
    connect(m_importNowAction, &QAction::triggered, this, &MainWindow::importSelection);
    connect(m_browser, &ThreatBrowserPage::actionSelectionChanged, this, &MainWindow::updateImportNow);
    connect(m_browser->flagAction(), &QAction::changed, this, &MainWindow::updateImportNow);
    connect(m_openCtiPage, &OpenCtiImportPage::importStatesChanged, m_browser->model(),
        &ThreatListModel::setImportStates);
    connect(m_openCtiPage, &OpenCtiImportPage::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 15000); });
}

void MainWindow::rememberViewState()
{
    m_remembersViewState = true;
    restoreViewState();
}

MainWindow::~MainWindow()
{
    if (isVisible()) // QWidget's destructor hides the window without a hideEvent() of ours
        saveViewState();
    for (const QMetaObject::Connection &link : std::as_const(m_sessionLinks))
        disconnect(link);
    m_ownSession.reset(); // before the scheduler: its jobs use the session's clients
    m_ownRegistry.reset();
    m_ownScheduler.reset();
}

ThreatListModel *MainWindow::threatModel() const
{
    return m_browser->model();
}

void MainWindow::showArea(Area area)
{
    m_sidebar->setCurrentRow(area);
}

void MainWindow::setJobHistory(storage::JobHistory *history, const QString &profileId)
{
    m_jobsPage->setHistory(history, profileId);
    m_overviewPage->setHistory(history);
}

void MainWindow::setOpenCti(opencti::OpenCtiClient *client, opencti::ImportStore *store,
    const opencti::ImportSettings &settings, const QString &problem)
{
    m_openCtiPage->setProperty("ready", client && store);
    m_overviewPage->setImportStore(store);
    updateImportNow();
    m_openCtiPage->setContext(
        m_connection ? m_connection->client() : nullptr, client, store, settings, problem);
}

void MainWindow::setIocContext(const IocAreaContext &context)
{
    m_iocPage->setContext(context);
}

void MainWindow::setFirewallContext(const FirewallAreaContext &context)
{
    m_firewallPage->setContext(context);
}

void MainWindow::setSession(session::ProfileSession *session, session::TaskRegistry *registry)
{
    for (const QMetaObject::Connection &link : std::as_const(m_sessionLinks))
        disconnect(link);
    m_sessionLinks.clear();
    m_session = session;
    m_registry = registry;
    m_connection = session->connection();
    m_flag = session->profile().flag;
    m_syncSeconds = int(session->syncPeriodSeconds());
    const QPointer<session::ProfileSession> guard(session);
    auto submit = [registry, guard](jobs::Job *job) { return guard && registry->submit(guard, job); };
    m_browser->setSubmitter(submit);
    m_openCtiPage->setSubmitter(submit);
    jobs::Scheduler *scheduler = registry->scheduler();
    const QString profileId = session->id();
    m_jobsRunning = scheduler->isRunning(profileId) ? 1 : 0;
    m_progress->setVisible(m_jobsRunning > 0);
    m_stopJob->setVisible(false); // shown with the next job started, which it can stop
    m_sessionLinks << connect(scheduler, &jobs::Scheduler::jobStarted, this,
        [this, profileId](const QString &id, const QString &, jobs::Job *job) {
            if (id == profileId)
                onJobStarted(job);
        });
    m_sessionLinks << connect(scheduler, &jobs::Scheduler::jobFinished, this,
        [this, profileId](const QString &id, const QString &, jobs::Job *job) {
            if (id == profileId)
                onJobFinished(job);
        });
    if (m_connection)
        m_sessionLinks << connect(
            m_connection, &s1::ConsoleConnection::stateChanged, this, &MainWindow::onStateChanged);
    m_overviewPage->setSession(session, registry); // before the check below: it sees the answer come
    setWindowTitle(tr("S1 Bridge - %1").arg(session->profile().name));
    m_profileLabel->setText(tr("Profile: %1").arg(session->profile().name));
    if (!m_connection)
        return;
    onStateChanged(m_connection->state());
    m_connection->check();
}

void MainWindow::setConsole(
    const QString &profileName, const s1::ConsoleConfig &config, const QString &flag, int syncSeconds)
{
    config::Profile profile;
    profile.id = QStringLiteral("window");
    profile.name = profileName;
    profile.consoleUrl = config.url;
    profile.flag = flag;
    profile.syncPeriod = QStringLiteral("PT%1S").arg(std::max(1, syncSeconds));
    opencti::ImportSettings settings = opencti::ImportSettings::fromProfile(profile);
    if (!m_ownScheduler) {
        m_ownScheduler = std::make_unique<jobs::Scheduler>();
        m_ownRegistry = std::make_unique<session::TaskRegistry>(m_ownScheduler.get(), nullptr);
    }
    auto next = std::make_unique<session::ProfileSession>(profile, config, std::nullopt, settings);
    setSession(next.get(), m_ownRegistry.get());
    m_syncSeconds = syncSeconds;
    if (m_connection && m_connection->state() == s1::ConsoleConnection::State::Connected)
        m_browser->setConsole(
            m_connection->client(), m_connection->client()->config(), m_flag, m_syncSeconds);
    m_ownSession = std::move(next);
}

void MainWindow::setProfiles(const QList<std::pair<QString, QString>> &profiles, const QString &currentId)
{
    QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const auto &[id, name] : profiles)
        m_profileCombo->addItem(name, id);
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(currentId));
}

void MainWindow::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::refresh()
{
    if (!m_connection)
        return;
    if (m_connection->state() != s1::ConsoleConnection::State::Connected)
        return m_connection->check();
    m_browser->refresh();
}

void MainWindow::onStateChanged(s1::ConsoleConnection::State state)
{
    m_stateLabel->setText(m_connection->stateText());
    const bool problem
        = state != s1::ConsoleConnection::State::Connected && state != s1::ConsoleConnection::State::Checking;
    m_banner->setVisible(problem);
    if (problem)
        m_banner->setText(state == s1::ConsoleConnection::State::NotConfigured
                ? tr("No console is configured.")
                : m_connection->lastError().userMessage());
    if (state == s1::ConsoleConnection::State::Connected)
        m_browser->setConsole(
            m_connection->client(), m_connection->client()->config(), m_flag, m_syncSeconds);
}

void MainWindow::onJobStarted(jobs::Job *job)
{
    ++m_jobsRunning;
    m_progress->setVisible(true);
    m_progress->setToolTip(job->title());
    m_progress->setRange(0, 0);
    m_shownJob = job;
    m_stopJob->setVisible(true);
    connect(job, &jobs::Job::progressChanged, m_progress,
        [this](qint64 done, qint64 total, const QString &phase) {
            m_progress->setRange(0, total > 0 ? int(total) : 0);
            m_progress->setValue(int(done));
            m_progress->setFormat(phase.isEmpty() ? QStringLiteral("%v/%m") : phase);
        });
}

void MainWindow::onJobFinished(jobs::Job *job)
{
    m_jobsRunning = std::max(0, m_jobsRunning - 1);
    if (m_jobsRunning == 0) {
        m_progress->setVisible(false);
        m_stopJob->setVisible(false);
    }
    if (job->state() == jobs::Job::State::Failed)
        statusBar()->showMessage(job->summary(), 15000);
}

MainWindow::Area MainWindow::currentArea() const
{
    return Area(std::max(0, m_sidebar->currentRow()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    if (!event->spontaneous()) // minimising is not leaving
        saveViewState();
    QMainWindow::hideEvent(event);
}

static QList<QSplitter *> pageSplitters(QStackedWidget *pages, int area)
{
    return pages->widget(area)->findChildren<QSplitter *>();
}

void MainWindow::saveViewState()
{
    if (!m_remembersViewState)
        return;
    config::AppSettings settings;
    settings.setViewState(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setViewState(QStringLiteral("mainWindow/area"), QByteArray::number(currentArea()));
    for (int area = 0; area < m_pages->count(); ++area) {
        const QList<QSplitter *> splitters = pageSplitters(m_pages, area);
        for (int i = 0; i < splitters.size(); ++i)
            settings.setViewState(
                QStringLiteral("mainWindow/splitter%1_%2").arg(area).arg(i), splitters.at(i)->saveState());
    }
}

void MainWindow::restoreViewState()
{
    const config::AppSettings settings;
    const QByteArray geometry = settings.viewState(QStringLiteral("mainWindow/geometry"));
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    bool ok = false;
    const int area = settings.viewState(QStringLiteral("mainWindow/area")).toInt(&ok);
    if (ok && area >= 0 && area < m_pages->count())
        showArea(Area(area));
    for (int page = 0; page < m_pages->count(); ++page) {
        const QList<QSplitter *> splitters = pageSplitters(m_pages, page);
        for (int i = 0; i < splitters.size(); ++i) {
            const QByteArray state
                = settings.viewState(QStringLiteral("mainWindow/splitter%1_%2").arg(page).arg(i));
            if (!state.isEmpty())
                splitters.at(i)->restoreState(state);
        }
    }
}

void MainWindow::updateImportNow()
{
    m_importNowAction->setEnabled(m_browser->flagAction()->isEnabled()
        && !m_browser->selectedThreatIds().isEmpty() && m_openCtiPage->property("ready").toBool());
}

void MainWindow::importSelection()
{
    const QStringList ids = m_browser->selectedThreatIds();
    if (ids.isEmpty())
        return;
    int unflagged = 0;
    for (const QString &id : ids)
        if (m_browser->model()->flagState(id) != ThreatListModel::FlagState::Flagged)
            ++unflagged;
    if (unflagged == 0)
        return m_openCtiPage->importNow(ids);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import into OpenCTI"),
        tr("%Ln selected threat(s) not flagged for OpenCTI.", nullptr, unflagged), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("importUnflaggedConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Importing shares them with OpenCTI under this profile's marking, %1.")
                                .arg(m_openCtiPage->marking()));
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *ok
        = box->addButton(tr("Import %Ln threat(s)", nullptr, int(ids.size())), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, ok, ids](QAbstractButton *button) {
        if (button == ok)
            m_openCtiPage->importNow(ids);
    });
    box->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About S1 Bridge"),
        tr("<h3>S1 Bridge %1</h3><p>A SentinelOne administration tool: OpenCTI incident import, "
           "threat-intelligence exchange and firewall export, in one place.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())),
        QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

session::ProfileSession *MainWindow::session() const
{
    return m_session;
}

bool MainWindow::isBusy() const
{
    return m_jobsRunning > 0
        || (m_registry && m_session && m_registry->scheduler()->isRunning(m_session->id()));
}
