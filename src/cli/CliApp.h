// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Terminal.h"
#include "config/Profile.h"
#include "s1/ApiError.h"
#include "s1/ConsoleConfig.h"

#include <QCommandLineParser>
#include <QObject>
#include <memory>
#include <optional>

class QFile;

namespace config {
class ProfileStore;
class SecretStore;
struct Profile;
} // namespace config
namespace storage {
class Database;
}
namespace opencti {
class ImportStore;
struct ImportSettings;
struct OpenCtiConfig;
}
namespace jobs {
class Job;
}
namespace s1 {
class S1Client;
}

// s1bridge-cli: the headless front end. It reads its configuration from a saved profile (--profile,
// secrets from the OS keychain) or from the public connector's environment variables (or options),
// starts core jobs and prints their results. `profiles ...` manages the profiles.
class CliApp : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
        Ok = 0,
        Usage = 2, // bad command line or configuration
        Refused = 3, // token refused or without rights
        ApiFailure = 4, // the API or the network failed after every retry
        Interrupted = 130,
    };

    CliApp();
    ~CliApp() override;
    int run(const QStringList &arguments);

Q_SIGNALS:
    // SIGINT or SIGTERM arrived (the running job was asked to cancel).
    void interrupted();

private:
    int usage(const QString &message);
    bool loadConfig(QString *error);
    int runJob(jobs::Job *job);
    int exitCodeFor(const s1::ApiError &error) const;
    void setUpLogging(int verbosity);

    int threatsList();
    int threatsNotes(const QString &threatId);
    int threatsFlag(bool flag, const QStringList &ids);
    int sitesList();
    int accountsList();

    // OpenCTI incident import (CliAppOpenCti.cpp)
    int openCtiImport(bool once);
    int openCtiBundle(const QString &threatId);
    int openCtiStatus();
    bool loadOpenCtiConfig(opencti::OpenCtiConfig *openCti, opencti::ImportSettings *settings, QString *error);
    bool openDatabase(QString *error);

    // s1bridge-cli run: the scheduler in the foreground (CliAppRun.cpp)
    int runCommand();
    // run: -v {1,2,3} (ThreatQuotient connector style) or --verbosity {1,2,3}; removes the level from args.
    bool runVerbosity(QStringList *args, int *verbosity, QString *error) const;
    bool openRunLog(QString *error);
    void runLog(const QString &line);
    // How the connector's options that QCommandLineParser cannot take are spelled (-ll DIR).
    static QStringList normalizeRunArguments(const QStringList &arguments);

    int profilesList();
    int profilesShow(const QString &name);
    int profilesImport(const QString &path);
    int profilesDelete(const QString &name);

    config::ProfileStore &profileStore();
    config::SecretStore &secretStore();
    std::optional<config::Profile> findProfile(const QString &name, QString *error);
    // The keychain calls, waited for (the CLI has no window to keep responsive).
    std::optional<QString> readSecret(const QString &key, QString *error);
    bool writeSecret(const QString &key, const QString &secret, QString *error);
    bool removeProfileSecrets(const QString &profileId, QString *error);
    QString secretState(const QString &key, QString *error);

    QCommandLineParser m_parser;
    Terminal m_term;
    s1::ConsoleConfig m_config;
    s1::S1Client *m_client = nullptr;
    std::unique_ptr<config::ProfileStore> m_profiles;
    config::SecretStore *m_secrets = nullptr;
    QString m_flag;
    bool m_json = false;
    std::optional<config::Profile> m_profile;     // --profile, once loadConfig() ran
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<opencti::ImportStore> m_importStore;
    QString m_profileName;                        // run: the profile loadConfig() loads (not --profile)
    std::unique_ptr<QFile> m_runLog;              // run --loglocation DIR
    bool m_runLogStdout = false;                  // run --loglocation stdout
    QStringList m_runSecrets;                     // run: redacted from every log line
};
