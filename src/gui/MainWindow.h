// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firewall/FirewallAreaContext.h"
#include "ioc/IocAreaContext.h"
#include "s1/ConsoleConfig.h"
#include "s1/ConsoleConnection.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QActionGroup;
class QProgressBar;
class QToolButton;
class QMenu;
class QStackedWidget;
class QToolBar;
class FirewallPage;
class IocSharingPage;
class JobsPage;
class OpenCtiImportPage;
class OverviewPage;
class SettingsPage;
class ThreatBrowserPage;
class ThreatListModel;

namespace opencti {
class ImportStore;
class OpenCtiClient;
struct ImportSettings;
} // namespace opencti
namespace storage {
class JobHistory;
}
namespace jobs {
class Job;
class Scheduler;
} // namespace jobs
namespace session {
class ProfileSession;
class TaskRegistry;
} // namespace session

// The main window: a sidebar of areas (Overview, Threats, OpenCTI import, IOC sharing, Firewall, Jobs,
// Settings), the profile switcher, a status bar with the profile, the
// connection state and the progress of running jobs. A thin front end: it starts jobs and shows
// their signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Area { OverviewArea, ThreatsArea, OpenCtiArea, IocArea, FirewallArea, JobsArea, SettingsArea };
    Q_ENUM(Area)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    // The application's window remembers its size and place, its splitters and the area on screen
    // in config::AppSettings' view state (mainWindow/...): restored now, saved when it closes or
    // hides. Other windows (tests, tools) neither read nor write it.
    void rememberViewState();

    // Shows a profile's session (not owned): its connection's state and threats. Jobs that change
    // something go through the registry's scheduler (recorded, one at a time per profile).
    void setSession(session::ProfileSession *session, session::TaskRegistry *registry);
    // A window on its own (no application controller): a session and a scheduler of its own for
    // this console, replacing any previous one.
    void setConsole(const QString &profileName, const s1::ConsoleConfig &config,
        const QString &flag = QStringLiteral("[OpenCTI_add]"), int syncSeconds = 0);
    // The profile switcher's entries: (id, name) pairs, and the current one.
    void setProfiles(const QList<std::pair<QString, QString>> &profiles, const QString &currentId);
    // A warning strip above the pages (e.g. no keychain); empty hides it.
    void setNotice(const QString &text);
    void showArea(Area area);
    // The OpenCTI side of the current profile (client null: not set up; problem: why, in words).
    void setOpenCti(opencti::OpenCtiClient *client, opencti::ImportStore *store,
        const opencti::ImportSettings &settings, const QString &problem = {});
    OpenCtiImportPage *openCtiPage() const { return m_openCtiPage; }
    // The IOC sharing area's store, registry and sessions (the profile on screen).
    void setIocContext(const IocAreaContext &context);
    IocSharingPage *iocPage() const { return m_iocPage; }
    // The Firewall area's stores, registry and sessions (the profile on screen).
    void setFirewallContext(const FirewallAreaContext &context);
    FirewallPage *firewallPage() const { return m_firewallPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    // The Jobs area: the run history of that profile (history not owned; nullptr: none).
    void setJobHistory(storage::JobHistory *history, const QString &profileId);
    JobsPage *jobsPage() const { return m_jobsPage; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    // The toolbar and menu actions of an area; the toolbar shows those of the area on screen.
    QList<QAction *> areaActions(Area area) const { return m_areaActions.value(area); }
    QToolBar *toolBar() const { return m_toolbar; }
    // View > area actions (Ctrl+1..Ctrl+7), in sidebar order.
    QList<QAction *> areaSwitchActions() const { return m_areaSwitchActions; }
    Area currentArea() const;
    // Every action of the window that has a shortcut, menu order first: (text, shortcut) pairs, as
    // Help > Keyboard shortcuts lists them.
    QList<std::pair<QString, QString>> shortcutList() const;
    // Help > Keyboard shortcuts (window-modal, open()).
    void showShortcuts();

    s1::ConsoleConnection *connection() const { return m_connection; }
    ThreatBrowserPage *threatBrowser() const { return m_browser; }
    ThreatListModel *threatModel() const;
    session::ProfileSession *session() const;
    // A job of the shown profile runs or waits in the scheduler.
    bool isBusy() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void profileChosen(const QString &profileId);
    void newProfileRequested();
    void editProfileRequested();
    void deleteProfileRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void restoreViewState();
    void saveViewState();
    void onStateChanged(s1::ConsoleConnection::State state);
    void onJobStarted(jobs::Job *job);
    void onJobFinished(jobs::Job *job);
    void showAbout();
    void onAreaChanged(int area);
    void updateImportNow();
    // "Import now" for the browser's selection: asks first when a threat in it is not flagged.
    void importSelection();
    // The Overview's "Show in Jobs": the Jobs area filtered on that kind, its newest run selected.
    void showJobRuns(const QString &kind);
    // Menus, toolbar and the areas' actions (MainWindowActions.cpp).
    void buildMenusAndToolbar(const QStringList &areas);

    QPointer<s1::ConsoleConnection> m_connection;
    QPointer<session::ProfileSession> m_session;
    session::TaskRegistry *m_registry = nullptr;
    QList<QMetaObject::Connection> m_sessionLinks;
    int m_jobsRunning = 0;
    bool m_remembersViewState = false;
    // setConsole() only: what an application controller would own.
    std::unique_ptr<jobs::Scheduler> m_ownScheduler;
    std::unique_ptr<session::TaskRegistry> m_ownRegistry;
    std::unique_ptr<session::ProfileSession> m_ownSession;
    QComboBox *m_profileCombo;
    QLabel *m_profileLabel;
    QLabel *m_notice;
    QLabel *m_banner;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    OverviewPage *m_overviewPage;
    ThreatBrowserPage *m_browser;
    OpenCtiImportPage *m_openCtiPage;
    IocSharingPage *m_iocPage;
    FirewallPage *m_firewallPage;
    SettingsPage *m_settingsPage;
    JobsPage *m_jobsPage;
    QAction *m_importNowAction;
    QAction *m_jobsRefreshAction;
    QToolBar *m_toolbar = nullptr;
    QMenu *m_threatMenu = nullptr;
    QHash<int, QList<QAction *>> m_areaActions;
    QList<QAction *> m_areaSwitchActions;
    QLabel *m_stateLabel;
    QLabel *m_countLabel;
    QProgressBar *m_progress;
    // Beside the progress bar: stops the job it shows (the job ends cleanly, as a cancelled run).
    QToolButton *m_stopJob = nullptr;
    QPointer<jobs::Job> m_shownJob;
    QString m_flag;
    int m_syncSeconds = 0;
};
