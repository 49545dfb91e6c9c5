// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Profile.h"
#include "opencti/OpenCtiConfig.h"
#include "opencti/OpenCtiImportJob.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace config {
class SecretStore;
}
namespace opencti {
class OpenCtiClient;
}
namespace s1 {
class ConsoleConnection;
class S1Client;
} // namespace s1

namespace session {

// Everything one profile needs to work, built in one place for the window, the tray and the CLI:
// its tokens (read from the keychain asynchronously, or given), the SentinelOne console connection
// and client, the OpenCTI client and the import settings. The front ends only show it.
class ProfileSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Loading, ///< the tokens are being read from the keychain
        NeedsToken, ///< the keychain holds no SentinelOne token: provideS1Token() (problem() says why)
        Ready, ///< clients built; connection() checks the console (its own state says how that went)
    };
    Q_ENUM(State)

    struct Tokens
    {
        QString s1;
        QString openCti;
    };

    // A stored profile: load() reads its tokens from the keychain (secrets: not owned).
    ProfileSession(const config::Profile &profile, config::SecretStore *secrets, QObject *parent = nullptr);
    // Tokens already known (the environment, a connector file, the demo tenant): Ready at once.
    ProfileSession(const config::Profile &profile, const Tokens &tokens, QObject *parent = nullptr);
    // Fully prepared configurations (the CLI: options, environment and profile already merged).
    // openCti empty: no OpenCTI. Ready at once.
    ProfileSession(const config::Profile &profile, const s1::ConsoleConfig &console,
        const std::optional<opencti::OpenCtiConfig> &openCti, const opencti::ImportSettings &settings,
        QObject *parent = nullptr);
    ~ProfileSession() override;

    void load();
    // The user typed the SentinelOne token (NeedsToken): used now, and stored in the keychain.
    void provideS1Token(const QString &token);

    const config::Profile &profile() const { return m_profile; }
    QString id() const { return m_profile.id; }
    State state() const { return m_state; }
    QString problem() const { return m_problem; }
    // The keychain's own error when reading the token failed (empty: it simply holds none).
    QString keychainError() const { return m_keychainError; }

    // Ready only; owned by the session.
    s1::ConsoleConnection *connection() const { return m_connection; }
    s1::S1Client *client() const;
    // nullptr when the profile does not send to OpenCTI or its token is missing (openCtiProblem()).
    opencti::OpenCtiClient *openCti() const { return m_openCti; }
    QString openCtiProblem() const { return m_openCtiProblem; }
    // The keychain the session reads its secrets from (IOC sources' too); nullptr for a session made
    // from tokens or prepared configurations.
    config::SecretStore *secretStore() const;
    opencti::ImportSettings importSettings() const { return m_settings; }
    const s1::ConsoleConfig &consoleConfig() const { return m_console; }
    // The sync period (CONNECTOR_DURATION_PERIOD); 300 s when the text is not a duration.
    qint64 syncPeriodSeconds() const;
    // Values redacted from logs and the job history.
    QStringList secrets() const { return {m_tokens.s1, m_tokens.openCti}; }

    // The OpenCTI configuration of a profile: the same transport (attempts, timeout, TLS pin) as its console.
    static opencti::OpenCtiConfig openCtiConfig(
        const config::Profile &profile, const s1::ConsoleConfig &console, const QString &token);

Q_SIGNALS:
    void stateChanged(session::ProfileSession::State state);

private:
    void readOpenCtiToken();
    void prepareFromProfile();
    void build();
    void setState(State state);

    config::Profile m_profile;
    QPointer<config::SecretStore> m_secrets;
    Tokens m_tokens;
    s1::ConsoleConfig m_console;
    std::optional<opencti::OpenCtiConfig> m_openCtiConfig;
    opencti::ImportSettings m_settings;
    State m_state = State::Loading;
    QString m_problem;
    QString m_keychainError;
    QString m_openCtiProblem;
    s1::ConsoleConnection *m_connection = nullptr;
    opencti::OpenCtiClient *m_openCti = nullptr;
};

} // namespace session
