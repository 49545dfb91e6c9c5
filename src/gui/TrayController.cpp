// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayController.h"
#include "config/AppSettings.h"

#include "config/ProfileStore.h"
#include "jobs/Job.h"
#include "jobs/Scheduler.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
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

QPixmap drawIcon(TrayController::IconState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QColor color;
    switch (state) {
    case TrayController::IconState::Idle:
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case TrayController::IconState::Syncing:
        color = QColor(0x15, 0x65, 0xc0);
        break;
    case TrayController::IconState::Error:
        color = QColor(0xc6, 0x28, 0x28);
        break;
    case TrayController::IconState::Paused:
        color = QColor(0x75, 0x75, 0x75);
        break;
    }
    // A shield.
    QPainterPath shield;
    shield.moveTo(s * 0.5, s * 0.04);
    shield.lineTo(s * 0.9, s * 0.18);
    shield.cubicTo(s * 0.9, s * 0.6, s * 0.72, s * 0.84, s * 0.5, s * 0.96);
    shield.cubicTo(s * 0.28, s * 0.84, s * 0.1, s * 0.6, s * 0.1, s * 0.18);
    shield.closeSubpath();
    p.setPen(QPen(color.darker(140), qMax(1.0, s / 32)));
    p.setBrush(color);
    p.drawPath(shield);
    // The glyph.
    QPen glyph(Qt::white, qMax(1.5, s / 10), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(glyph);
    p.setBrush(Qt::NoBrush);
    switch (state) {
    case TrayController::IconState::Idle: { // check mark
        QPainterPath check;
        check.moveTo(s * 0.32, s * 0.48);
        check.lineTo(s * 0.45, s * 0.62);
        check.lineTo(s * 0.68, s * 0.36);
        p.drawPath(check);
        break;
    }
    case TrayController::IconState::Syncing: { // circular arrow
        const QRectF r(s * 0.3, s * 0.26, s * 0.4, s * 0.4);
        p.drawArc(r, 30 * 16, 280 * 16);
        p.drawLine(QPointF(s * 0.67, s * 0.3), QPointF(s * 0.68, s * 0.4));
        break;
    }
    case TrayController::IconState::Error: // exclamation mark
        p.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.54));
        p.drawPoint(QPointF(s * 0.5, s * 0.68));
        break;
    case TrayController::IconState::Paused: // two bars
        p.drawLine(QPointF(s * 0.42, s * 0.3), QPointF(s * 0.42, s * 0.6));
        p.drawLine(QPointF(s * 0.58, s * 0.3), QPointF(s * 0.58, s * 0.6));
        break;
    }
    return pixmap;
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
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit"), this, [this] {
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
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(drawIcon(state, size));
    return icon;
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
    const QString summary = job->summary().isEmpty() ? tr("no summary") : job->summary();
    m_lastRunText = tr("Last run: %1 \u2013 %2").arg(job->title(), summary);
    const QFontMetrics metrics(m_menu->font());
    m_lastRun->setText(menuText(metrics.elidedText(m_lastRunText, Qt::ElideRight, 360)));

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
