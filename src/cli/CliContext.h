// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Terminal.h"
#include "config/ConnectorConfigImport.h"
#include "config/Profile.h"
#include "jobs/JobError.h"
#include "net/ApiError.h"
#include "s1/ConsoleConfig.h"

#include <QObject>
#include <memory>
#include <optional>

class QCommandLineParser;
class SignalWatcher;

namespace config {
class ProfileStore;
class SecretStore;
} // namespace config
namespace storage {
class Database;
}
namespace opencti {
class ImportStore;
struct ImportSettings;
struct OpenCtiConfig;
} // namespace opencti
namespace jobs {
class Job;
}
namespace exchange {
class IocStore;
}
namespace firewall {
class FirewallStore;
}
namespace s1 {
class S1Client;
}

namespace cli {

// s1bridge-cli's exit codes (documented in --help and README.md).
enum ExitCode {
    Ok = 0,
    Usage = 2, // bad command line or configuration; unknown or duplicate profile
    Refused = 3, // the token was refused or lacks rights
    ApiFailure = 4, // the API or the network failed after every retry; or some items failed
    LocalFailure = 5, // the database, the settings file, the keychain or a log file cannot be used
    Interrupted = 130, // SIGINT or SIGTERM stopped the command
};

// What every command shares: the terminal, the configuration (a saved profile or the public
// connector's environment variables, and the options that override both), the local state (the
// SQLite database, the profiles, the keychain), running a job and turning its outcome into an exit
// code, --json, logging and SIGINT/SIGTERM.
//
// Configuration is loaded only through loadConsole(), openCtiSetup(), loadConnectorConfig() and
// database(), so that it can become a core profile session without touching the commands.
// The loading methods return an ExitCode: Ok, or the code to exit with and *error the sentence.
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext();
    ~CliContext() override;

    Terminal &term() { return m_term; }
    // The running command: its words for messages ("threats list") and its parsed options, where
    // loadConsole() finds the overrides (--url, --account, --api-key-file, ...).
    void setCommand(const QString &words, const QCommandLineParser *options);
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    // 0: warnings only; 1: what the jobs do; 2: every request (never a header or a token).
    void setUpLogging(int verbosity);

    // "s1bridge-cli: message" on stderr; with Usage, also where the help is. Returns code.
    int fail(int code, const QString &message);
    int usage(const QString &message) { return fail(Usage, message); }

    // ---- configuration -------------------------------------------------------------------------
    // The environment is read through the table of connector variable names profile import uses
    // (ConnectorConfigImport::importEnvironment): S1_URL, SENTINELONE_URL and
    // SENTINELONE_INCIDENTS_URL all set the console URL, the newest name winning. A variable that
    // is set but cannot be used is a Usage error naming it, when the command needs that setting.
    //
    // The console: the profile named (empty: --profile NAME if given) with its token from the
    // keychain (else the environment's), or the environment (S1_URL, S1_API_KEY, ...); options
    // override both. Makes client(). Usage, or LocalFailure when the settings file cannot be read.
    int loadConsole(QString *error, const QString &profileName = QString());
    // The OpenCTI side of what loadConsole() loaded: the profile's (token from the keychain) or the
    // environment's (OPENCTI_URL, OPENCTI_TOKEN, CONNECTOR_ID, CONNECTOR_NAME, the import start
    // date ...). Usage on a problem.
    int openCtiSetup(opencti::OpenCtiConfig *openCti, opencti::ImportSettings *settings, QString *error);
    // The import period (ISO 8601) of what loadConsole() loaded: the profile's, else
    // CONNECTOR_DURATION_PERIOD (seconds or ISO 8601), else PT5M. nullopt and *error naming the
    // variable when it cannot be used.
    std::optional<QString> syncPeriod(QString *error);
    // The connector's variables in this process's environment, read once.
    const config::ImportedConfig &environment();
    // A connector configuration file (docker-compose.yml, .env, config.yml) for one run, not saved:
    // the console (makes client()) and OpenCTI. The profile it describes; nullopt and *error if unusable.
    std::optional<config::Profile> loadConnectorConfig(const QString &path, opencti::OpenCtiConfig *openCti,
        opencti::ImportSettings *settings, QString *error);

    const s1::ConsoleConfig &consoleConfig() const { return m_config; }
    const QString &flag() const { return m_flag; }
    const std::optional<config::Profile> &profile() const { return m_profile; } // the saved profile used
    // The client of the last configuration loaded (owned by the context; earlier ones stay valid).
    s1::S1Client *client() const { return m_client; }

    // ---- local state ---------------------------------------------------------------------------
    // The SQLite database and the OpenCTI import state in it, opened on first use. nullptr when it
    // cannot be opened or written: *error is a sentence naming the file (exit with LocalFailure).
    storage::Database *database(QString *error);
    opencti::ImportStore *importStore(QString *error);
    // The IOC store in the same database (sources, rules, sharing configurations, IOCs).
    exchange::IocStore *iocStore(QString *error);
    firewall::FirewallStore *firewallStore(QString *error);
    // The profile the IOC sources belong to, without loading the console: the profile of --profile
    // NAME (its id), else the environment's console ("env-<host>" as recordKey()), else "" (none).
    // nullopt with *error and *code when --profile names no profile.
    std::optional<QString> sourceProfileId(QString *error, int *code);

    config::ProfileStore &profileStore();
    config::SecretStore &secretStore();
    // By name or id. nullopt with *error and *code: Usage (no such profile) or LocalFailure (the
    // settings file cannot be read).
    std::optional<config::Profile> findProfile(const QString &name, QString *error, int *code = nullptr);
    // The keychain calls, waited for (the CLI has no window to keep responsive).
    std::optional<QString> readSecret(const QString &key, QString *error);
    bool writeSecret(const QString &key, const QString &secret, QString *error);
    bool removeSecret(const QString &key, QString *error);
    bool removeProfileSecrets(const QString &profileId, QString *error);
    // "stored", "missing" or "session only" (no keychain); empty with *error when the keychain failed.
    QString secretState(const QString &key, QString *error);

    // ---- jobs ----------------------------------------------------------------------------------
    // Runs the job to its end (owned by the context), with a progress bar on a terminal; prints its
    // item failures and its summary on stderr. Ok, or the exit code of its failure.
    // recordAs: the profile id to record the run under in the job history (through the scheduler).
    int runJob(jobs::Job *job, const QString &recordAs = {});
    // The id runs of this console are recorded under: the profile's, else "env-<console host>".
    QString recordKey() const;
    // The id the OpenCTI import state is kept under: the profile's, else "env-" + CONNECTOR_ID as written.
    QString importProfileId();
    int exitCodeFor(const net::ApiError &error) const;
    int exitCodeFor(const jobs::JobError &error) const;
    // From now on SIGINT/SIGTERM cancel the running jobs and emit interrupted() (runJob() calls it).
    void watchSignals();
    bool wasInterrupted() const { return m_interrupted; }

Q_SIGNALS:
    // SIGINT or SIGTERM arrived (the running jobs were asked to cancel).
    void interrupted();

private:
    // The environment's setting, or nullptr when no variable sets it; its warnings (two names set
    // it) are printed once. With *error: a value that cannot be used makes Usage and the sentence.
    const config::ImportedSetting *envSetting(config::ConnectorConfigImport::Setting setting);
    int checkEnvSetting(config::ConnectorConfigImport::Setting setting, QString *error);
    // The environment's API token or OpenCTI token; empty when unset; Usage when unusable.
    int envToken(config::ConnectorConfigImport::Setting setting, QString *token, QString *error);
    // Reads --api-key-file (at most a token's worth of bytes).
    int readApiKeyFile(const QString &path, QString *token, QString *error);

    Terminal m_term;
    QString m_command;
    const QCommandLineParser *m_options = nullptr;
    QString m_logRules;
    bool m_json = false;
    bool m_interrupted = false;
    s1::ConsoleConfig m_config;
    QString m_flag;
    std::optional<config::Profile> m_profile;
    std::optional<config::ImportedConfig> m_environment;
    QList<config::ConnectorConfigImport::Setting> m_warnedSettings;
    s1::S1Client *m_client = nullptr;
    std::unique_ptr<config::ProfileStore> m_profiles;
    config::SecretStore *m_secrets = nullptr;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<opencti::ImportStore> m_importStore;
    std::unique_ptr<exchange::IocStore> m_iocStore;
    std::unique_ptr<firewall::FirewallStore> m_firewallStore;
    SignalWatcher *m_signals = nullptr;
};

} // namespace cli
