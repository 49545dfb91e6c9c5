// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Profile.h"
#include "config/ProfileStore.h"
#include "firewall/FirewallAreaContext.h"
#include "ioc/IocAreaContext.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class DemoTenant;
class NoProfileWidget;
class TrayController;
class MainWindow;
class SetupWizard;

namespace config {
class SecretStore;
}
namespace firewall {
class FirewallStore;
}
namespace exchange {
class IocStore;
}
namespace opencti {
class ImportStore;
class OpenCtiClient;
} // namespace opencti
namespace storage {
class Database;
class JobHistory;
} // namespace storage
namespace jobs {
class Scheduler;
}
namespace session {
class ProfileSession;
class TaskRegistry;
} // namespace session

// The desktop application's controller: profiles (settings file), their tokens (keychain), the
// demo tenant, the setup wizard and the main window. With no profile, the wizard opens (and offers
// the demo tenant); otherwise the current profile connects. Dialogs are opened window-modal with
// open(), never exec(): no nested event loops.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(
        const QString &settingsPath = config::ProfileStore::defaultPath(), QObject *parent = nullptr);
    ~AppController() override;

    // minimized: start in the tray without showing the window (when there is a tray).
    void start(bool minimized = false);

    MainWindow *mainWindow() const { return m_window; }
    SetupWizard *wizard() const;
    config::ProfileStore &profileStore() { return m_store; }
    config::SecretStore *secretStore() const { return m_secrets; }
    DemoTenant *demoTenant() const { return m_demo; }
    opencti::ImportStore *importStore() const { return m_importStore.get(); }
    // The IOC store (nullptr when the database could not be opened).
    exchange::IocStore *iocStore() const { return m_iocStore.get(); }
    firewall::FirewallStore *firewallStore() const { return m_firewallStore.get(); }
    jobs::Scheduler *scheduler() const { return m_scheduler; }
    storage::JobHistory *jobHistory() const { return m_history.get(); }
    session::TaskRegistry *registry() const { return m_registry.get(); }
    // The session of a profile (created and loading on first use).
    session::ProfileSession *session(const QString &profileId);
    TrayController *tray() const { return m_tray; }
    // The window shown when the wizard was closed without a profile (null otherwise).
    NoProfileWidget *noProfileWidget() const;

    void openProfile(const QString &id);
    void newProfile();
    void editCurrentProfile();
    void deleteCurrentProfile();
    // Settings > Profile: saves the behaviour the Settings area edited and reopens the session.
    void saveEditedProfile(const config::Profile &profile);

Q_SIGNALS:
    // The main window shows a profile and has started connecting.
    void profileOpened(const QString &id);

private:
    void showWizard(SetupWizard *wizard);
    void showNoProfile();
    // Every profile with something to run in the background (it sends to OpenCTI, or has IOC sources
    // or sharing configurations) gets a session and its tasks.
    void syncProfiles();
    void onSessionState(session::ProfileSession *session);
    void showSession(session::ProfileSession *session);
    // The demo profile's IOC sharing presets, once (DemoPresets), then its tasks again.
    void ensureDemoPresets(session::ProfileSession *session);
    // What the IOC sharing area works with for the profile of this session.
    IocAreaContext iocContext(session::ProfileSession *session);
    // What the Firewall area works with for the profile of this session.
    FirewallAreaContext firewallContext(session::ProfileSession *session);
    void dropSession(const QString &profileId);
    void askForToken(session::ProfileSession *session);
    void refreshProfileList();
    void updateKeychainNotice();

    config::ProfileStore m_store;
    config::SecretStore *m_secrets;
    DemoTenant *m_demo;
    MainWindow *m_window = nullptr;
    QPointer<SetupWizard> m_wizard;
    QPointer<NoProfileWidget> m_noProfile;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<opencti::ImportStore> m_importStore;
    std::unique_ptr<exchange::IocStore> m_iocStore;
    std::unique_ptr<firewall::FirewallStore> m_firewallStore;
    QString m_databaseError;
    std::unique_ptr<storage::JobHistory> m_history;
    jobs::Scheduler *m_scheduler;
    std::unique_ptr<session::TaskRegistry> m_registry;
    QHash<QString, session::ProfileSession *> m_sessions; // owned (children)
    TrayController *m_tray = nullptr;
    bool m_startHidden = false;
    QString m_currentId;
};
