// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

class QProcessEnvironment;

namespace config {

struct ImportedConfig;

// Reads the settings of the public OpenCTI SentinelOne incident connector, in any of the shapes it
// is deployed with, so that an existing set-up becomes a profile without retyping:
//  - a docker-compose file: services.<any>.environment, as a list of "KEY=VALUE" or as a map;
//  - a .env file: KEY=VALUE lines, # comments, optional quotes, an optional "export " prefix;
//  - the connector's config.yml: opencti {url, token}, connector {id, name, scope, log_level,
//    duration_period, type} and a sentinelone_incidents / sentinelone / SentinelOne / s1 section.
// Every generation of variable names is understood: S1_URL, S1_API_KEY, S1_ACCOUNT_ID,
// MAX_API_ATTEMPTS, SIGN; SENTINELONE_URL ... SENTINELONE_SEARCH_SIGN; and the current
// SENTINELONE_INCIDENTS_URL, _API_KEY, _ACCOUNT_ID, _MAX_API_ATTEMPTS, _SIGN, _IMPORT_START_DATE.
// The process environment is read with the same table of names (importEnvironment()), so a container
// set up for the connector configures s1bridge-cli as it is.
// The importer only reads: the tokens come back in ImportedConfig, and nothing is written anywhere.
class ConnectorConfigImport
{
    Q_DECLARE_TR_FUNCTIONS(ConnectorConfigImport)
public:
    enum class Format { DockerCompose, DotEnv, ConfigYaml, Environment };
    // What a connector configuration sets (each under several names, see variableNames()).
    enum class Setting {
        Ignored, // understood, nothing to import (CONNECTOR_TYPE)
        OpenCtiUrl,
        OpenCtiToken,
        ConnectorId,
        ConnectorName,
        ConnectorScope,
        LogLevel,
        DurationPeriod,
        S1Url,
        S1ApiKey,
        S1AccountId,
        MaxAttempts,
        Sign,
        ImportStart,
    };

    // The format is detected from the file name (*.env, .env, *compose*.yml) and the content.
    static std::optional<ImportedConfig> importFile(const QString &path, QString *error);
    // `displayName` names the source in messages; `fileName` (may be empty) helps the detection.
    static std::optional<ImportedConfig> importData(
        const QByteArray &data, const QString &fileName, const QString &displayName, QString *error);
    // The connector's variables in a process environment (QProcessEnvironment::systemEnvironment()),
    // read as a .env file with the same names would be: the newest generation wins, values are taken
    // literally (no $ substitution). Differences: a variable set to an empty value counts as unset,
    // and other variables (PATH ...) are not reported in unknownKeys. Never fails: what is not set is
    // absent from ImportedConfig::settings.
    static ImportedConfig importEnvironment(const QProcessEnvironment &environment);
    // The variable names of a setting, newest generation first (SENTINELONE_INCIDENTS_URL,
    // SENTINELONE_URL, S1_URL), for messages that say what to set.
    static QStringList variableNames(Setting setting);
};

// Where one setting came from, for front ends that mix it with other sources (s1bridge-cli:
// options, then a profile, then the environment) and name the variable in their messages.
struct ImportedSetting
{
    QString key; // as written: SENTINELONE_INCIDENTS_URL, or sentinelone_incidents.url in config.yml
    QString value; // trimmed, as written; empty for the tokens (secrets are not repeated here)
    bool used = false; // false: the value could not be used and the profile keeps its default
    QStringList warnings; // the entries of ImportedConfig::warnings about this setting
};

struct ImportedConfig
{
    ConnectorConfigImport::Format format = ConnectorConfigImport::Format::DotEnv;
    QString service; // DockerCompose: the service the settings came from
    // name (CONNECTOR_NAME, else the console's host name), consoleUrl (normalized), accountId,
    // openCti* (enabled when OPENCTI_URL is usable), connectorId (a new UUID when absent or not a
    // UUID), flag, syncPeriod, maxAttempts, importMode (CreatedAfter + importStart with a start date).
    Profile profile;
    QString s1ApiToken; // normalized (no "APIToken " prefix); empty when not set
    QString openCtiToken;
    QStringList unknownKeys; // keys (or config.yml paths such as "connector.foo") not understood
    QStringList warnings; // values that could not be used, naming the key; never a secret value
    QMap<ConnectorConfigImport::Setting, ImportedSetting> settings; // every setting found, by what it sets
};

// Error (std::nullopt): names the file, the line when known, and what is wrong.
std::optional<ImportedConfig> importConnectorConfig(const QString &path, QString *error);

} // namespace config
