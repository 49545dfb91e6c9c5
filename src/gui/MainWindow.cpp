// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ThreatTableModel.h"
#include "jobs/JobRunner.h"
#include "s1/ListJobs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenuBar>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_profileCombo(new QComboBox(this))
    , m_profileLabel(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_runner(new jobs::JobRunner(1, this))
    , m_model(new ThreatTableModel(this))
    , m_view(new QTableView(this))
    , m_banner(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("S1 Bridge"));
    resize(1200, 720);

    auto *profileMenu = menuBar()->addMenu(tr("&Profile"));
    profileMenu->addAction(tr("&New profile…"), this, &MainWindow::newProfileRequested);
    profileMenu->addAction(tr("&Edit profile…"), this, &MainWindow::editProfileRequested);
    profileMenu->addAction(tr("&Delete profile…"), this, &MainWindow::deleteProfileRequested);
    profileMenu->addSeparator();
    profileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr(" Profile: "), this));
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setMinimumContentsLength(18);
    m_profileCombo->setToolTip(tr("Switch to another console profile"));
    toolbar->addWidget(m_profileCombo);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        Q_EMIT profileChosen(m_profileCombo->itemData(index).toString());
    });
    toolbar->addSeparator();
    m_refreshAction = toolbar->addAction(tr("Refresh"), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Reload the threats from the console (F5)"));

    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border-bottom: 1px solid #f5c6cb; }"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(ThreatTableModel::Name, 260);
    const int dateWidth = m_view->fontMetrics().horizontalAdvance(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)) + 24;
    m_view->horizontalHeader()->resizeSection(ThreatTableModel::Created, dateWidth);
    m_view->horizontalHeader()->resizeSection(ThreatTableModel::Updated, dateWidth);
    m_view->horizontalHeader()->resizeSection(ThreatTableModel::Site, 130);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setMargin(8);
    m_notice->setVisible(false);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border-bottom: 1px solid #ffd8a8; }"));
    layout->addWidget(m_notice);
    layout->addWidget(m_banner);
    layout->addWidget(m_view);
    setCentralWidget(central);

    m_stateLabel->setTextFormat(Qt::PlainText);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_profileLabel);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_runner, &jobs::JobRunner::jobStarted, this, &MainWindow::onJobStarted);
    connect(m_runner, &jobs::JobRunner::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_runner, &jobs::JobRunner::jobProgress, this, [this](jobs::Job *, qint64 done, qint64 total, const QString &phase) {
        m_progress->setRange(0, total > 0 ? int(total) : 0);
        m_progress->setValue(int(done));
        m_progress->setFormat(phase);
        m_countLabel->setText(total > 0 ? tr("%1 of %2 threats").arg(QLocale().toString(done), QLocale().toString(total)) : QString());
    });
}

void MainWindow::setConsole(const QString &profileName, const s1::ConsoleConfig &config)
{
    m_runner->cancelAll();
    m_model->clear();
    if (m_connection)
        m_connection->deleteLater();
    m_connection = new s1::ConsoleConnection(config, this);
    connect(m_connection, &s1::ConsoleConnection::stateChanged, this, &MainWindow::onStateChanged);
    setWindowTitle(tr("S1 Bridge — %1").arg(profileName));
    m_profileLabel->setText(tr("Profile: %1").arg(profileName));
    onStateChanged(m_connection->state());
    m_connection->check();
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

MainWindow::~MainWindow()
{
    m_runner->cancelAll();
}

void MainWindow::refresh()
{
    if (!m_connection)
        return;
    if (m_connection->state() != s1::ConsoleConnection::State::Connected)
        return m_connection->check();
    if (!m_runner->isIdle())
        return;
    m_model->clear();
    s1::ThreatQuery query;
    query.sortBy = QStringLiteral("createdAt");
    auto *job = new s1::ThreatListJob(m_connection->client(), query);
    connect(job, &s1::ThreatListJob::threatsReady, m_model, &ThreatTableModel::append);
    m_runner->enqueue(job);
}

void MainWindow::onStateChanged(s1::ConsoleConnection::State state)
{
    m_stateLabel->setText(m_connection->stateText());
    const bool problem = state != s1::ConsoleConnection::State::Connected && state != s1::ConsoleConnection::State::Checking;
    m_banner->setVisible(problem);
    if (problem)
        m_banner->setText(state == s1::ConsoleConnection::State::NotConfigured
                              ? tr("No console is configured.")
                              : m_connection->lastError().userMessage());
    if (state == s1::ConsoleConnection::State::Connected)
        refresh();
}

void MainWindow::onJobStarted(jobs::Job *)
{
    m_progress->setVisible(true);
    m_refreshAction->setEnabled(false);
}

void MainWindow::onJobFinished(jobs::Job *job)
{
    m_progress->setVisible(false);
    m_refreshAction->setEnabled(true);
    m_countLabel->setText(job->state() == jobs::Job::State::Succeeded
                              ? tr("%Ln threat(s)", nullptr, m_model->rowCount())
                              : QString());
    m_countLabel->setToolTip(job->summary());
    if (job->state() == jobs::Job::State::Failed) {
        m_banner->setText(job->summary());
        m_banner->setVisible(true);
    }
}
