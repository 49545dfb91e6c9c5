// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Profile.h"
#include "s1/Account.h"
#include "s1/Site.h"

#include <QWizard>

class DemoTenant;

namespace config {
class ProfileStore;
class SecretStore;
} // namespace config

// What the pages build up. Tokens are held in memory only until Finish stores them in the keychain.
struct WizardState
{
    enum class Mode { Console, Demo, Import };
    Mode mode = Mode::Console;
    config::Profile profile;
    QString s1Token;
    QString openCtiToken;
    QList<s1::Account> accounts; // what the token sees (filled by the token check)
    QList<s1::Site> sites;
    bool accountsForbidden = false; // a site-scoped token may not list accounts
    bool editing = false; // editing an existing profile
    QStringList importNotes; // unknown keys / warnings of an imported configuration
    int checkTimeoutMs = 20000; // per request of a live check
    int checkAttempts = 3;

    s1::ConsoleConfig consoleConfig() const { return profile.consoleConfig(s1Token); }
};

// The setup wizard (QWizard, one class per page). Finish writes the profile to the settings file and
// the tokens to the keychain, asynchronously, and closes only once both are stored.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        WelcomePageId,
        ConsoleUrlPageId,
        ApiTokenPageId,
        AccountSitePageId,
        OpenCtiPageId,
        BehaviourPageId,
        SummaryPageId
    };
    Q_ENUM(PageId)

    SetupWizard(config::ProfileStore *store, config::SecretStore *secrets, DemoTenant *demo,
        QWidget *parent = nullptr);

    // Edit: the pages start pre-filled from an existing profile and its tokens.
    void editProfile(const config::Profile &profile, const QString &s1Token, const QString &openCtiToken);

    WizardState &state() { return m_state; }
    config::ProfileStore *profileStore() const { return m_store; }
    config::SecretStore *secretStore() const { return m_secrets; }
    // The demo tenant, started on first use; nullptr if it cannot start.
    DemoTenant *demoTenant();
    // On the welcome page: choose the demo tenant and go on (the "Try the demo tenant" button).
    void chooseDemo();
    bool isSaving() const { return m_saving; }

    void accept() override;

Q_SIGNALS:
    // Emitted once the profile and its secrets are stored; then the wizard closes.
    void profileSaved(const config::Profile &profile);
    void saveFailed(const QString &message);

private:
    void storeSecrets(const QList<std::pair<QString, QString>> &secrets);

    WizardState m_state;
    config::ProfileStore *m_store;
    config::SecretStore *m_secrets;
    DemoTenant *m_demo;
    bool m_saving = false;
};
