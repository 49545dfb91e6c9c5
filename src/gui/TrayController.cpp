// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayController.h"
#include "config/AppSettings.h"

#include "config/ProfileStore.h"
#include "jobs/Job.h"
#include "jobs/Scheduler.h"
#include "storage/JobHistory.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace {

// Menu texts treat '&' as a mnemonic marker: show attacker-controlled text literally.
QString menuText(const QString &text)
{
    QString plain = text;
    plain.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    plain.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return plain.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

TrayController::IconState iconState(jobs::Scheduler::State state)
{
    switch (state) {
    case jobs::Scheduler::State::Running:
        return TrayController::IconState::Syncing;
    case jobs::Scheduler::State::Error:
        return TrayController::IconState::Error;
    case jobs::Scheduler::State::Paused:
        return TrayController::IconState::Paused;
    case jobs::Scheduler::State::Idle:
        break;
    }
    return TrayController::IconState::Idle;
}

// The tray icons (resources/icons/tray-*.svg): the application's shield, coloured by state.
QString iconPath(TrayController::IconState state)
{
    switch (state) {
    case TrayController::IconState::Syncing:
        return QStringLiteral(":/icons/tray-syncing.svg");
    case TrayController::IconState::Error:
        return QStringLiteral(":/icons/tray-attention.svg");
    case TrayController::IconState::Paused:
        return QStringLiteral(":/icons/tray-paused.svg");
    case TrayController::IconState::Idle:
        break;
    }
    return QStringLiteral(":/icons/tray-normal.svg");
}

QString outcomeText(storage::JobRun::State state)
{
    switch (state) {
    case storage::JobRun::State::Succeeded:
        return TrayController::tr("succeeded");
    case storage::JobRun::State::Failed:
        return TrayController::tr("failed");
    case storage::JobRun::State::Cancelled:
        return TrayController::tr("cancelled");
    case storage::JobRun::State::Running:
        break;
    }
    return TrayController::tr("running");
}

storage::JobRun::State runState(jobs::Job::State state)
{
    switch (state) {
    case jobs::Job::State::Failed:
        return storage::JobRun::State::Failed;
    case jobs::Job::State::Cancelled:
        return storage::JobRun::State::Cancelled;
    default:
        return storage::JobRun::State::Succeeded;
    }
}

// "Last run: <local time, short> – <title>: <outcome> (<summary>)"
QString lastRunLine(
    const QDateTime &at, const QString &title, storage::JobRun::State state, const QString &summary)
{
    const QString when = QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    const QString outcome = summary.isEmpty()
        ? outcomeText(state)
        : TrayController::tr("%1 (%2)").arg(outcomeText(state), summary);
    return TrayController::tr("Last run: %1 \u2013 %2: %3").arg(when, title, outcome);
}

} // namespace

TrayController::TrayController(jobs::Scheduler *scheduler, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_window(window)
    , m_menu(new QMenu)
    , m_coalesce(new QTimer(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_open = m_menu->addAction(tr("Open S1 Bridge"), this, &TrayController::openWindow);
    m_syncNow = m_menu->addAction(tr("Sync now"), this, &TrayController::syncNow);
    m_pause = m_menu->addAction(tr("Pause syncing"), this, &TrayController::togglePause);
    m_menu->addSeparator();
    m_lastRun = m_menu->addAction(tr("No run yet"));
    m_lastRun->setEnabled(false);
    m_menu->setToolTipsVisible(true); // the last run's full text
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit"), this, [this] {
        m_quitting = true;
        Q_EMIT quitRequested();
        QCoreApplication::quit();
    });
    m_syncNow->setEnabled(false);

    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(SuccessCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &TrayController::flushNotifications);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                openWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayController::openWindow);
        m_restoreQuitOnClose = QApplication::quitOnLastWindowClosed();
        QApplication::setQuitOnLastWindowClosed(false);
    }

    if (m_scheduler) {
        connect(m_scheduler, &jobs::Scheduler::stateChanged, this, &TrayController::onStateChanged);
        connect(m_scheduler, &jobs::Scheduler::jobFinished, this, &TrayController::onJobFinished);
    }
    if (m_window)
        m_window->installEventFilter(this);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { m_quitting = true; });
    onStateChanged();
    if (m_tray)
        m_tray->show();
}

TrayController::~TrayController()
{
    if (m_tray) {
        m_tray->hide();
        QApplication::setQuitOnLastWindowClosed(m_restoreQuitOnClose);
    }
    delete m_menu;
}

void TrayController::setProfileId(const QString &profileId)
{
    m_profileId = profileId;
    m_syncNow->setEnabled(m_scheduler && !profileId.isEmpty());
    refreshLastRun();
}

void TrayController::setJobHistory(const storage::JobHistory *history)
{
    m_history = history;
    refreshLastRun();
}

QString TrayController::elideAtWord(const QString &text, const QFontMetrics &metrics, int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString ellipsis = QStringLiteral("\u2026");
    QString cut = text;
    while (!cut.isEmpty()) {
        const int space = cut.lastIndexOf(QLatin1Char(' '));
        if (space <= 0) {
            // One word wider than the space: cut it by characters (rare, e.g. a long URL).
            return metrics.elidedText(text, Qt::ElideRight, width);
        }
        cut.truncate(space);
        while (!cut.isEmpty() && !cut.back().isLetterOrNumber() && cut.back() != QLatin1Char(')'))
            cut.chop(1); // no dangling dash, colon or comma before the ellipsis
        if (metrics.horizontalAdvance(cut + ellipsis) <= width)
            return cut + ellipsis;
    }
    return metrics.elidedText(text, Qt::ElideRight, width);
}

void TrayController::setLastRunText(const QString &text)
{
    m_lastRunText = text;
    const QFontMetrics metrics(m_menu->font());
    m_lastRun->setText(menuText(elideAtWord(text, metrics, LastRunWidth)));
    m_lastRun->setToolTip(text);
}

void TrayController::refreshLastRun(const jobs::Job *finished)
{
    if (m_history && !m_profileId.isEmpty()) {
        storage::JobRunFilter filter;
        filter.profileId = m_profileId;
        filter.limit = 20; // the newest finished one, past runs still going
        const QList<storage::JobRun> runs = m_history->list(filter);
        for (const storage::JobRun &run : runs) {
            if (run.state == storage::JobRun::State::Running)
                continue;
            setLastRunText(lastRunLine(run.finishedAt.isValid() ? run.finishedAt : run.startedAt, run.title,
                run.state, run.summary));
            return;
        }
    }
    if (finished) { // no history (or it could not be read): the run that just ended
        setLastRunText(
            lastRunLine(now(), finished->title(), runState(finished->state()), finished->summary()));
    } else if (m_lastRunText.isEmpty()) {
        m_lastRun->setText(tr("No run yet"));
        m_lastRun->setToolTip(QString());
    }
}

bool TrayController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        QTimer::singleShot(0, this, &TrayController::afterWindowClosed); // once the close took effect
    return QObject::eventFilter(watched, event);
}

void TrayController::afterWindowClosed()
{
    // Only when the window went away and the application keeps running (the tray keeps it).
    if (m_quitting || !m_window || m_window->isVisible() || QApplication::quitOnLastWindowClosed())
        return;
    config::AppSettings settings;
    if (settings.trayCloseNoticeShown())
        return;
    settings.setTrayCloseNoticeShown(true);
    notify(tr("S1 Bridge"),
        tr("S1 Bridge keeps syncing in the background. Open it again from its tray icon; quit it from "
           "the tray menu."),
        false);
}

QString TrayController::unavailableReason() const
{
    if (m_tray)
        return {};
    return tr("This desktop has no system tray (notification area); S1 Bridge keeps syncing only while its "
              "window is open.");
}

QIcon TrayController::iconFor(IconState state)
{
    return QIcon(iconPath(state));
}

QDateTime TrayController::now() const
{
    if (m_now)
        return m_now();
    if (m_scheduler && m_scheduler->clock())
        return m_scheduler->clock()->now();
    return QDateTime::currentDateTimeUtc();
}

void TrayController::onStateChanged()
{
    const auto state = m_scheduler ? m_scheduler->state() : jobs::Scheduler::State::Idle;
    m_iconState = iconState(state);
    m_toolTip = tr("S1 Bridge") + QStringLiteral(" \u2013 ")
        + (m_scheduler ? m_scheduler->stateText() : tr("Background sync is off"));
    const bool paused = m_scheduler && m_scheduler->isPaused();
    m_pause->setText(paused ? tr("Resume syncing") : tr("Pause syncing"));
    m_pause->setEnabled(m_scheduler != nullptr);
    if (m_tray) {
        m_tray->setIcon(iconFor(m_iconState));
        m_tray->setToolTip(m_toolTip);
    }
}

void TrayController::openWindow()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TrayController::syncNow()
{
    if (!m_scheduler || m_profileId.isEmpty())
        return;
    const QStringList kinds = m_scheduler->taskKinds(m_profileId);
    for (const QString &kind : kinds)
        m_scheduler->runNow(m_profileId, kind);
}

void TrayController::togglePause()
{
    if (!m_scheduler)
        return;
    if (m_scheduler->isPaused())
        m_scheduler->resume();
    else
        m_scheduler->pause();
    onStateChanged(); // the state may not change (e.g. nothing ran yet), the action text must
}

void TrayController::onJobFinished(const QString &profileId, const QString &kind, jobs::Job *job)
{
    Q_UNUSED(kind)
    if (!job)
        return;
    if (profileId == m_profileId || m_profileId.isEmpty())
        refreshLastRun(job);
    const QString summary = job->summary().isEmpty() ? tr("no summary") : job->summary();

    if (job->state() == jobs::Job::State::Failed) {
        const QDateTime at = now();
        const QDateTime last = m_lastFailureNotice.value(profileId);
        if (last.isValid() && last.secsTo(at) < FailureNotifyIntervalSeconds && last.secsTo(at) >= 0)
            return;
        m_lastFailureNotice.insert(profileId, at);
        notify(tr("S1 Bridge: a job failed"), tr("%1 failed: %2").arg(job->title(), summary), true);
    } else if (job->counts().done > 0) {
        m_pendingImported += job->counts().done;
        ++m_pendingRuns;
        if (!m_coalesce->isActive())
            m_coalesce->start();
    }
}

void TrayController::flushNotifications()
{
    m_coalesce->stop();
    if (m_pendingRuns == 0)
        return;
    const QString message = tr("New items imported: %1 (runs: %2)").arg(m_pendingImported).arg(m_pendingRuns);
    m_pendingImported = 0;
    m_pendingRuns = 0;
    notify(tr("S1 Bridge"), message, false);
}

void TrayController::notify(const QString &title, const QString &message, bool failure)
{
    // showMessage takes plain text (no markup is interpreted by the notification).
    if (m_tray)
        m_tray->showMessage(
            title, message, failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    Q_EMIT notified(message);
}

bool TrayController::startMinimized() const
{
    return config::AppSettings().trayStartMinimized();
}

void TrayController::setStartMinimized(bool on)
{
    config::AppSettings().setTrayStartMinimized(on);
}

bool TrayController::startAtLogin() const
{
    return config::AppSettings().trayStartAtLogin() && QFile::exists(autostartPath());
}

QString TrayController::autostartPath()
{
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/autostart/s1bridge.desktop");
}

bool TrayController::setStartAtLogin(bool on, QString *error)
{
    const QString path = autostartPath();
    if (on) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            if (error)
                *error = tr("Could not create the folder %1.").arg(QFileInfo(path).absolutePath());
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            if (error)
                *error = tr("Could not write %1: %2").arg(path, file.errorString());
            return false;
        }
        file.write("[Desktop Entry]\n"
                   "Type=Application\n"
                   "Name=S1 Bridge\n"
                   "Comment=SentinelOne and OpenCTI background sync\n"
                   "Exec=s1bridge --minimized\n"
                   "Icon=s1bridge\n"
                   "Terminal=false\n"
                   "X-GNOME-Autostart-enabled=true\n");
        if (!file.commit()) {
            if (error)
                *error = tr("Could not write %1: %2").arg(path, file.errorString());
            return false;
        }
    } else if (QFile::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("Could not remove %1.").arg(path);
        return false;
    }
    config::AppSettings().setTrayStartAtLogin(on);
    return true;
}
