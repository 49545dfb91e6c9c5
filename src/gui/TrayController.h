// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QAction;
class QEvent;
class QFontMetrics;
class QMenu;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace jobs {
class Job;
class Scheduler;
} // namespace jobs
namespace storage {
class JobHistory;
} // namespace storage

// The system tray (DESIGN.md: its own controller): an icon per scheduler state (drawn at runtime),
// the state as tooltip, a menu (Open, Sync now, Pause/Resume, the last run's summary, Quit) and
// notifications: items newly imported (coalesced) and failures (at most one per profile every
// FailureNotifyIntervalSeconds). While the tray is on, closing the window does not quit.
//
// Without a system tray (e.g. the offscreen platform) no icon is created, isAvailable() is false and
// unavailableReason() says so; the menu and its actions exist anyway (tests drive them).
class TrayController : public QObject
{
    Q_OBJECT
public:
    enum class IconState { Idle, Syncing, Error, Paused };
    Q_ENUM(IconState)

    using TimeSource = std::function<QDateTime()>;

    static constexpr qint64 FailureNotifyIntervalSeconds = 600;
    static constexpr int SuccessCoalesceMs = 5000;

    // scheduler and window: not owned, may be null. The time source defaults to the scheduler's clock.
    TrayController(jobs::Scheduler *scheduler, QWidget *window, QObject *parent = nullptr);
    ~TrayController() override;

    // The profile whose tasks "Sync now" runs.
    void setProfileId(const QString &profileId);
    QString profileId() const { return m_profileId; }
    void setTimeSource(TimeSource source) { m_now = std::move(source); }
    // The job history (not owned, may be null; must outlive the tray): the last-run line shows the
    // profile's newest finished run from it, also runs of earlier sessions and of the CLI.
    void setJobHistory(const storage::JobHistory *history);

    bool isAvailable() const { return m_tray != nullptr; }
    QString unavailableReason() const;

    QMenu *menu() const { return m_menu; }
    QAction *openAction() const { return m_open; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *pauseAction() const { return m_pause; }
    QAction *lastRunAction() const { return m_lastRun; }
    QAction *quitAction() const { return m_quit; }
    IconState currentIconState() const { return m_iconState; }
    QString toolTip() const { return m_toolTip; }
    QString lastRunText() const { return m_lastRunText; } // plain, not elided (the action's tooltip)
    // Elides text to at most width pixels at a word boundary, with a trailing ellipsis.
    static QString elideAtWord(const QString &text, const QFontMetrics &metrics, int width);
    static constexpr int LastRunWidth = 420;
    static QIcon iconFor(IconState state);

    // Persisted in ui-state.ini beside the profile settings (group "tray").
    bool startMinimized() const;
    void setStartMinimized(bool on);
    bool startAtLogin() const;
    // Writes or removes the XDG autostart entry (autostartPath()); false with *error on failure.
    bool setStartAtLogin(bool on, QString *error = nullptr);
    // $XDG_CONFIG_HOME (or ~/.config)/autostart/s1bridge.desktop
    static QString autostartPath();

public Q_SLOTS:
    void openWindow();
    void syncNow();
    void togglePause();
    // Shows the coalesced "imported" notification now (normally after SuccessCoalesceMs).
    void flushNotifications();

Q_SIGNALS:
    // Every notification shown (also without a tray, for tests and logs).
    void notified(const QString &message);
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onStateChanged();
    void refreshLastRun(const jobs::Job *finished = nullptr);
    void setLastRunText(const QString &text);
    void afterWindowClosed();
    void onJobFinished(const QString &profileId, const QString &kind, jobs::Job *job);
    void notify(const QString &title, const QString &message, bool failure);
    QDateTime now() const;

    QPointer<jobs::Scheduler> m_scheduler;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu;
    QAction *m_open;
    QAction *m_syncNow;
    QAction *m_pause;
    QAction *m_lastRun;
    QAction *m_quit;
    QTimer *m_coalesce;
    QString m_profileId;
    QString m_toolTip;
    QString m_lastRunText;
    IconState m_iconState = IconState::Idle;
    TimeSource m_now;
    QHash<QString, QDateTime> m_lastFailureNotice; // per profile
    qint64 m_pendingImported = 0;
    int m_pendingRuns = 0;
    bool m_restoreQuitOnClose = false;
    bool m_quitting = false;
    const storage::JobHistory *m_history = nullptr;
};
