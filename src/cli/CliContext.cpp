// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "SignalWatcher.h"
#include "config/ConnectorConfigImport.h"
#include "config/ProfileStore.h"
#include "config/SecretStore.h"
#include "exchange/IocStore.h"
#include "firewall/FirewallStore.h"
#include "jobs/Job.h"
#include "jobs/Scheduler.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiConfig.h"
#include "opencti/OpenCtiImportJob.h"
#include "s1/S1Client.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QUuid>

#include <cstdio>

namespace cli {

namespace {

// Log lines quote servers (error details, names): on stderr with their control characters escaped.
void logToStderr(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray bytes
        = Terminal::printable(qFormatLogMessage(type, context, message), true).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

} // namespace

CliContext::CliContext() = default;
CliContext::~CliContext() = default;

void CliContext::setCommand(const QString &words, const QCommandLineParser *options)
{
    m_command = words;
    m_options = options;
}

void CliContext::setUpLogging(int verbosity)
{
    // Default: warnings only; -v: what the jobs do; -vv: every request (never a header or token).
    QString rules = QStringLiteral("*.debug=false\ns1bridge.*.info=false\n");
    if (verbosity >= 1)
        rules = QStringLiteral("*.debug=false\ns1bridge.*.info=true\n");
    if (verbosity >= 2)
        rules = QStringLiteral("s1bridge.*=true\n");
    m_logRules = rules;
    QLoggingCategory::setFilterRules(rules);
    qSetMessagePattern(QStringLiteral(
        "%{time hh:mm:ss.zzz} %{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{message}"));
    qInstallMessageHandler(logToStderr);
}

int CliContext::fail(int code, const QString &message)
{
    m_term.err(QStringLiteral("s1bridge-cli: ") + message);
    if (code == Usage) {
        if (m_command.isEmpty())
            m_term.err(tr("Run 's1bridge-cli --help' for the commands and options."));
        else if (!m_options) // a command group: its subcommand is missing or unknown
            m_term.err(tr("Run 's1bridge-cli %1 --help' for its subcommands.").arg(m_command));
        else
            m_term.err(tr("Run 's1bridge-cli %1 --help' for its options.").arg(m_command));
    }
    return code;
}

int CliContext::exitCodeFor(const net::ApiError &error) const
{
    using Kind = net::ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return Ok;
    case Kind::TokenRefused:
    case Kind::Forbidden:
        return Refused;
    case Kind::InvalidConfig:
        return Usage;
    case Kind::Cancelled:
        return Interrupted;
    default:
        return ApiFailure;
    }
}

int CliContext::exitCodeFor(const jobs::JobError &error) const
{
    using Kind = jobs::JobError::Kind;
    switch (error.kind) {
    case Kind::None:
        return Ok;
    case Kind::Remote:
        return exitCodeFor(error.remote);
    case Kind::Input:
        return Usage;
    case Kind::Cancelled:
        return Interrupted;
    case Kind::Disk:
    case Kind::Database:
    case Kind::Keychain:
        return LocalFailure;
    }
    return ApiFailure;
}

// ---- configuration ------------------------------------------------------------------------------

namespace {

using Setting = config::ConnectorConfigImport::Setting;

// A token is under 1 KiB; a bigger --api-key-file is not one (/dev/zero, a log file by mistake).
constexpr qint64 kMaxApiKeyFileBytes = 64 * 1024;

// "S1_URL or SENTINELONE_INCIDENTS_URL": the connector's first name, which the README documents, and
// its current one, from profile import's table.
QString variables(Setting setting)
{
    const QStringList names = config::ConnectorConfigImport::variableNames(setting);
    if (names.size() < 2)
        return names.value(0);
    return CliContext::tr("%1 or %2").arg(names.last(), names.first());
}

} // namespace

const config::ImportedConfig &CliContext::environment()
{
    if (!m_environment)
        m_environment
            = config::ConnectorConfigImport::importEnvironment(QProcessEnvironment::systemEnvironment());
    return *m_environment;
}

const config::ImportedSetting *CliContext::envSetting(Setting setting)
{
    const config::ImportedConfig &env = environment();
    const auto it = env.settings.constFind(setting);
    if (it == env.settings.cend())
        return nullptr;
    if (it->used && !m_warnedSettings.contains(setting)) {
        m_warnedSettings << setting;
        for (const QString &warning : it->warnings)
            m_term.err(tr("warning: %1").arg(warning));
    }
    return &*it;
}

int CliContext::checkEnvSetting(Setting setting, QString *error)
{
    const config::ImportedSetting *found = envSetting(setting);
    if (!found || found->used)
        return Ok;
    *error = found->warnings.isEmpty() ? tr("%1 cannot be used").arg(found->key) : found->warnings.last();
    return Usage;
}

int CliContext::envToken(Setting setting, QString *token, QString *error)
{
    token->clear();
    if (const int code = checkEnvSetting(setting, error))
        return code;
    if (envSetting(setting))
        *token = setting == Setting::S1ApiKey ? environment().s1ApiToken : environment().openCtiToken;
    return Ok;
}

int CliContext::readApiKeyFile(const QString &path, QString *token, QString *error)
{
    QFile file(path);
    const bool opened
        = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = tr("cannot read the API token file %1: %2").arg(path, file.errorString());
        return Usage;
    }
    // Bounded: /dev/zero or a huge file by mistake ends at once instead of filling the memory.
    QByteArray data;
    while (data.size() <= kMaxApiKeyFileBytes) {
        const QByteArray chunk = file.read(kMaxApiKeyFileBytes + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > kMaxApiKeyFileBytes) {
        *error = tr("the API token file %1 is too large to be a token (more than %2 KiB); give a file "
                    "that holds only the token")
                     .arg(path == QLatin1String("-") ? tr("(stdin)") : path)
                     .arg(kMaxApiKeyFileBytes / 1024);
        return Usage;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = tr("cannot read the API token file %1: %2").arg(path, file.errorString());
        return Usage;
    }
    *token = QString::fromUtf8(data);
    return Ok;
}

int CliContext::loadConsole(QString *error, const QString &profileName)
{
    // Precedence: an option, then the profile (--profile), then the environment.
    const QCommandLineParser &options = *m_options;
    auto isSet
        = [&options](const char *option) { return options.optionNames().contains(QLatin1String(option)); };
    m_config = s1::ConsoleConfig();
    m_profile.reset();
    std::optional<config::Profile> profile;
    if (!profileName.isEmpty() || isSet("profile")) {
        int code = Usage;
        profile = findProfile(
            profileName.isEmpty() ? options.value(QStringLiteral("profile")) : profileName, error, &code);
        if (!profile)
            return code;
        m_config = profile->consoleConfig(QString());
        m_profile = profile;
    }
    const config::ImportedConfig &env = environment();
    // The value of a setting, from the option, the profile or the environment; `fromEnv` is only
    // used when the environment sets it (and it is usable).
    int code = Ok;
    auto setting
        = [&](const char *option, Setting variable, const QString &fromProfile, const QString &fromEnv) {
              if (isSet(option))
                  return options.value(QLatin1String(option));
              if (profile)
                  return fromProfile;
              if (code == Ok)
                  code = checkEnvSetting(variable, error);
              return code == Ok && envSetting(variable) ? fromEnv : QString();
          };

    if (profile && profile->demo && !isSet("url")) {
        // The demo tenant's simulator runs inside the window and gets a new address at each start.
        *error = tr("profile \"%1\" is the demo tenant, which lives in the S1 Bridge window (s1bridge). "
                    "For the command line, start the simulator and use the settings it prints:\n"
                    "  s1bridge-sim > sim.env & sleep 1\n"
                    "  set -a; . ./sim.env; set +a\n"
                    "  s1bridge-cli %2")
                     .arg(profile->name, m_command.isEmpty() ? QStringLiteral("threats list") : m_command);
        return Usage;
    }
    const QString url = setting("url", Setting::S1Url, profile ? profile->consoleUrl.toString() : QString(),
        env.profile.consoleUrl.toString());
    if (code != Ok)
        return code;
    if (url.trimmed().isEmpty()) {
        *error = tr("no console URL: set %1 (or --url), e.g. S1_URL=https://yourcompany.sentinelone.net")
                     .arg(variables(Setting::S1Url));
        return Usage;
    }
    m_config.url = s1::ConsoleConfig::normalizeUrl(url, error);
    if (m_config.url.isEmpty())
        return Usage;

    QString token;
    if (isSet("api-key-file")) {
        if (const int fileCode = readApiKeyFile(options.value(QStringLiteral("api-key-file")), &token, error))
            return fileCode;
    } else if (profile) {
        QString keychainError;
        const std::optional<QString> stored = readSecret(
            config::Profile::secretKey(profile->id, config::Profile::Secret::S1ApiToken), &keychainError);
        if (stored) {
            token = *stored;
        } else {
            if (const int envCode = envToken(Setting::S1ApiKey, &token, error))
                return envCode;
            if (!keychainError.isEmpty())
                m_term.err(tr("warning: %1").arg(keychainError));
            if (token.trimmed().isEmpty()) {
                if (secretStore().status() == config::SecretStore::Status::SessionOnly)
                    *error = tr("no API token for profile \"%1\": there is no keychain (%2) and %3 "
                                "is not set")
                                 .arg(profile->name, secretStore().sessionOnlyReason(),
                                     variables(Setting::S1ApiKey));
                else
                    *error = tr(
                        "no API token for profile \"%1\": the keychain has none (import the profile again, "
                        "or set it in S1 Bridge) and %2 is not set")
                                 .arg(profile->name, variables(Setting::S1ApiKey));
                return Usage;
            }
        }
    } else if (const int envCode = envToken(Setting::S1ApiKey, &token, error)) {
        return envCode;
    }
    if (token.trimmed().isEmpty()) {
        *error = tr("no API token: set %1 in the environment or use --api-key-file FILE")
                     .arg(variables(Setting::S1ApiKey));
        return Usage;
    }
    m_config.token = s1::ConsoleConfig::normalizeToken(token, error);
    if (m_config.token.isEmpty())
        return Usage;

    m_config.accountId = setting(
        "account", Setting::S1AccountId, profile ? profile->accountId : QString(), env.profile.accountId);
    if (code != Ok)
        return code;
    QString attempts;
    QString attemptsSource = QStringLiteral("--max-attempts");
    if (isSet("max-attempts")) {
        attempts = options.value(QStringLiteral("max-attempts"));
    } else if (profile) {
        attempts = QString::number(profile->maxAttempts);
    } else if (const config::ImportedSetting *fromEnv = envSetting(Setting::MaxAttempts)) {
        attempts = fromEnv->value; // checked below, with the variable's name
        attemptsSource = fromEnv->key;
    }
    if (!attempts.isEmpty()) {
        bool ok = false;
        m_config.transport.maxAttempts = attempts.toInt(&ok);
        if (!ok || m_config.transport.maxAttempts < 1 || m_config.transport.maxAttempts > 100) {
            *error = tr("%1 must be a whole number from 1 to 100, not \"%2\"").arg(attemptsSource, attempts);
            return Usage;
        }
    }
    if (isSet("timeout")) {
        bool ok = false;
        const int seconds = options.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1) {
            *error = tr("--timeout takes a number of seconds (1 or more)");
            return Usage;
        }
        m_config.transport.timeoutMs = seconds * 1000;
    }
    // A test and diagnostic knob, not an option: S1_NET_DEADLINE_MS bounds each attempt of a request
    // in total (net::Transport::deadlineMs, 5 minutes by default), so a test of a console that
    // trickles its answer need not wait minutes. Unset, empty or not a positive number: the default.
    if (const int deadlineMs = qEnvironmentVariableIntValue("S1_NET_DEADLINE_MS"); deadlineMs > 0)
        m_config.transport.deadlineMs = deadlineMs;
    m_flag = setting("sign", Setting::Sign, profile ? profile->flag : QString(), env.profile.flag);
    if (code != Ok)
        return code;
    if (m_flag.isEmpty())
        m_flag = config::Profile().flag;
    m_client = new s1::S1Client(m_config, this);
    return Ok;
}

int CliContext::openCtiSetup(
    opencti::OpenCtiConfig *openCti, opencti::ImportSettings *settings, QString *error)
{
    QString url, token;
    if (m_profile) {
        *settings = opencti::ImportSettings::fromProfile(*m_profile);
        settings->bundle.consoleUrl = m_config.url;
        if (!m_profile->openCtiEnabled) {
            *error = tr(
                "profile \"%1\" does not send to OpenCTI: edit it in S1 Bridge (OpenCTI page) or import a "
                "configuration with OPENCTI_URL")
                         .arg(m_profile->name);
            return Usage;
        }
        url = m_profile->openCtiUrl.toString();
        QString keychainError;
        const std::optional<QString> stored = readSecret(
            config::Profile::secretKey(m_profile->id, config::Profile::Secret::OpenCtiToken), &keychainError);
        if (stored)
            token = *stored;
        else if (const int code = envToken(Setting::OpenCtiToken, &token, error))
            return code;
    } else {
        // The environment, read as profile import reads a .env file (the same names).
        for (const Setting setting : {Setting::ConnectorName, Setting::ConnectorScope, Setting::ImportStart})
            if (const int code = checkEnvSetting(setting, error))
                return code;
        const config::ImportedConfig &env = environment();
        const config::ImportedSetting *connectorId = envSetting(Setting::ConnectorId);
        if (!connectorId || !connectorId->used) {
            *error = tr("%1 must be a UUID (the connector's identity in OpenCTI), e.g. %2")
                         .arg(connectorId ? connectorId->key : variables(Setting::ConnectorId),
                             QUuid::createUuid().toString(QUuid::WithoutBraces));
            return Usage;
        }
        *settings = opencti::ImportSettings::fromProfile(env.profile);
        // As written (not normalized): the import state is kept under "env-" + CONNECTOR_ID.
        settings->connectorId = connectorId->value;
        settings->profileId = QStringLiteral("env-") + settings->connectorId;
        settings->flag = m_flag;
        settings->bundle.consoleUrl = m_config.url;
        if (const int code = checkEnvSetting(Setting::OpenCtiUrl, error))
            return code; // not an http(s) address: the variable's name and value
        if (!envSetting(Setting::OpenCtiUrl)) {
            *error = tr("no OpenCTI URL: set %1, e.g. OPENCTI_URL=https://opencti.example.com")
                         .arg(variables(Setting::OpenCtiUrl));
            return Usage;
        }
        url = env.profile.openCtiUrl.toString();
        if (const int code = envToken(Setting::OpenCtiToken, &token, error))
            return code;
    }
    settings->bundle.authorName = settings->connectorName;
    openCti->url = opencti::OpenCtiConfig::normalizeUrl(url, error);
    if (openCti->url.isEmpty())
        return Usage;
    if (token.trimmed().isEmpty()) {
        *error = tr("no OpenCTI token: set %1 (or store it with the profile in S1 Bridge)")
                     .arg(variables(Setting::OpenCtiToken));
        return Usage;
    }
    openCti->token = opencti::OpenCtiConfig::normalizeToken(token, error);
    if (openCti->token.isEmpty())
        return Usage;
    openCti->transport.maxAttempts = m_config.transport.maxAttempts;
    openCti->transport.timeoutMs = m_config.transport.timeoutMs;
    openCti->transport.deadlineMs = m_config.transport.deadlineMs;
    return Ok;
}

std::optional<QString> CliContext::syncPeriod(QString *error)
{
    if (m_profile)
        return m_profile->syncPeriod;
    if (checkEnvSetting(Setting::DurationPeriod, error) != Ok)
        return std::nullopt;
    return environment().profile.syncPeriod; // PT5M when CONNECTOR_DURATION_PERIOD is not set
}

std::optional<config::Profile> CliContext::loadConnectorConfig(
    const QString &path, opencti::OpenCtiConfig *openCti, opencti::ImportSettings *settings, QString *error)
{
    std::optional<config::ImportedConfig> imported = config::importConnectorConfig(path, error);
    if (!imported)
        return std::nullopt;
    for (const QString &warning : std::as_const(imported->warnings))
        m_term.err(tr("warning: %1").arg(warning));
    const config::Profile &profile = imported->profile;
    QString token = imported->s1ApiToken;
    if (token.isEmpty() && envToken(Setting::S1ApiKey, &token, error) != Ok)
        return std::nullopt;
    m_profile.reset();
    m_config = profile.consoleConfig(QString());
    m_config.url = s1::ConsoleConfig::normalizeUrl(profile.consoleUrl.toString(), error);
    if (m_config.url.isEmpty()) {
        *error = path + QStringLiteral(": ") + *error;
        return std::nullopt;
    }
    m_config.token = s1::ConsoleConfig::normalizeToken(token, error);
    if (m_config.token.isEmpty()) {
        *error = tr("%1 has no S1_API_KEY and the environment has none (%2)")
                     .arg(path, variables(Setting::S1ApiKey));
        return std::nullopt;
    }
    m_flag = profile.flag;
    if (!profile.openCtiEnabled) {
        *error = tr("%1 has no usable OPENCTI_URL").arg(path);
        return std::nullopt;
    }
    *settings = opencti::ImportSettings::fromProfile(profile);
    settings->bundle.consoleUrl = m_config.url;
    settings->bundle.authorName = settings->connectorName;
    openCti->url = opencti::OpenCtiConfig::normalizeUrl(profile.openCtiUrl.toString(), error);
    if (openCti->url.isEmpty()) {
        *error = path + QStringLiteral(": ") + *error;
        return std::nullopt;
    }
    QString openCtiToken = imported->openCtiToken;
    if (openCtiToken.isEmpty() && envToken(Setting::OpenCtiToken, &openCtiToken, error) != Ok)
        return std::nullopt;
    openCti->token = opencti::OpenCtiConfig::normalizeToken(openCtiToken, error);
    if (openCti->token.isEmpty()) {
        *error = tr("%1 has no OpenCTI token and the environment has none (%2)")
                     .arg(path, variables(Setting::OpenCtiToken));
        return std::nullopt;
    }
    openCti->transport.maxAttempts = m_config.transport.maxAttempts;
    openCti->transport.timeoutMs = m_config.transport.timeoutMs;
    openCti->transport.deadlineMs = m_config.transport.deadlineMs;
    m_client = new s1::S1Client(m_config, this);
    return profile;
}

// ---- local state --------------------------------------------------------------------------------

storage::Database *CliContext::database(QString *error)
{
    if (m_database && m_database->isOpen())
        return m_database.get();
    if (!m_database)
        m_database = std::make_unique<storage::Database>();
    // The sentence is printed once, by the command: not also as the storage category's warning.
    QLoggingCategory::setFilterRules(m_logRules + QStringLiteral("s1bridge.storage.warning=false\n"));
    const bool opened = m_database->open(error);
    QLoggingCategory::setFilterRules(m_logRules);
    if (opened)
        return m_database.get();
    const QString file = QDir::toNativeSeparators(m_database->path());
    if (!error->contains(file))
        *error = tr("Cannot open the database %1: %2").arg(file, *error);
    return nullptr;
}

opencti::ImportStore *CliContext::importStore(QString *error)
{
    if (m_importStore)
        return m_importStore.get();
    storage::Database *db = database(error);
    if (!db)
        return nullptr;
    m_importStore = std::make_unique<opencti::ImportStore>(db);
    return m_importStore.get();
}

exchange::IocStore *CliContext::iocStore(QString *error)
{
    if (m_iocStore)
        return m_iocStore.get();
    storage::Database *db = database(error);
    if (!db)
        return nullptr;
    m_iocStore = std::make_unique<exchange::IocStore>(db);
    return m_iocStore.get();
}

firewall::FirewallStore *CliContext::firewallStore(QString *error)
{
    if (m_firewallStore)
        return m_firewallStore.get();
    storage::Database *db = database(error);
    if (!db)
        return nullptr;
    m_firewallStore = std::make_unique<firewall::FirewallStore>(db);
    return m_firewallStore.get();
}

std::optional<QString> CliContext::sourceProfileId(QString *error, int *code)
{
    if (m_profile)
        return m_profile->id;
    if (m_options && m_options->optionNames().contains(QLatin1String("profile"))) {
        const std::optional<config::Profile> profile
            = findProfile(m_options->value(QStringLiteral("profile")), error, code);
        if (!profile)
            return std::nullopt;
        return profile->id;
    }
    if (!m_config.url.isEmpty())
        return recordKey();
    const QUrl url = environment().profile.consoleUrl;
    if (url.isValid() && !url.host().isEmpty()) {
        QString ignored;
        const QUrl normalized = s1::ConsoleConfig::normalizeUrl(url.toString(), &ignored);
        return QStringLiteral("env-") + (normalized.isEmpty() ? url.host() : normalized.host());
    }
    return QString();
}

config::ProfileStore &CliContext::profileStore()
{
    if (!m_profiles)
        m_profiles = std::make_unique<config::ProfileStore>();
    return *m_profiles;
}

config::SecretStore &CliContext::secretStore()
{
    if (!m_secrets)
        m_secrets = new config::SecretStore(QStringLiteral("S1 Bridge"), this);
    return *m_secrets;
}

std::optional<config::Profile> CliContext::findProfile(const QString &name, QString *error, int *code)
{
    config::ProfileStore &store = profileStore();
    if (!store.errorString().isEmpty()) {
        *error = store.errorString();
        if (code)
            *code = LocalFailure;
        return std::nullopt;
    }
    std::optional<config::Profile> profile = store.find(name);
    if (!profile) {
        *error
            = tr("no profile named \"%1\"; 's1bridge-cli profiles list' shows the saved profiles").arg(name);
        if (code)
            *code = Usage;
    }
    return profile;
}

std::optional<QString> CliContext::readSecret(const QString &key, QString *error)
{
    QEventLoop loop;
    std::optional<QString> result;
    secretStore().read(key, &loop, [&](const std::optional<QString> &secret, const QString &message) {
        result = secret;
        *error = message;
        loop.quit();
    });
    loop.exec(); // the callback never runs inside read()
    return result;
}

bool CliContext::writeSecret(const QString &key, const QString &secret, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    secretStore().write(key, secret, &loop, [&](bool done, const QString &message) {
        ok = done;
        *error = message;
        loop.quit();
    });
    loop.exec();
    return ok;
}

bool CliContext::removeSecret(const QString &key, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    secretStore().remove(key, &loop, [&](bool done, const QString &message) {
        ok = done;
        *error = message;
        loop.quit();
    });
    loop.exec();
    return ok;
}

bool CliContext::removeProfileSecrets(const QString &profileId, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    secretStore().removeProfileSecrets(profileId, &loop, [&](bool done, const QString &message) {
        ok = done;
        *error = message;
        loop.quit();
    });
    loop.exec();
    return ok;
}

QString CliContext::secretState(const QString &key, QString *error)
{
    const std::optional<QString> secret = readSecret(key, error);
    if (!error->isEmpty())
        return {};
    if (secretStore().status() == config::SecretStore::Status::SessionOnly)
        return QStringLiteral("session only");
    return secret ? QStringLiteral("stored") : QStringLiteral("missing");
}

// ---- jobs ---------------------------------------------------------------------------------------

void CliContext::watchSignals()
{
    if (m_signals)
        return;
    m_signals = new SignalWatcher(this);
    if (!m_signals->isActive()) {
        m_term.err(tr("warning: %1").arg(m_signals->errorString()));
        return;
    }
    connect(m_signals, &SignalWatcher::signalReceived, this, [this] {
        m_term.err(tr("Interrupted; stopping."));
        m_interrupted = true;
        const auto running = findChildren<jobs::Job *>();
        for (jobs::Job *job : running)
            job->cancel();
        Q_EMIT interrupted();
    });
}

QString CliContext::recordKey() const
{
    return m_profile ? m_profile->id : QStringLiteral("env-") + m_config.url.host();
}

QString CliContext::importProfileId()
{
    if (m_profile)
        return m_profile->id;
    const config::ImportedSetting *connectorId
        = envSetting(config::ConnectorConfigImport::Setting::ConnectorId);
    return QStringLiteral("env-") + (connectorId ? connectorId->value : QString());
}

int CliContext::runJob(jobs::Job *job, const QString &recordAs)
{
    watchSignals();
    job->setParent(this);
    // A job that changes something runs through the scheduler, as in the window: recorded in the
    // job history under the profile. Without a database it still runs, unrecorded, with a warning.
    std::unique_ptr<storage::JobHistory> history;
    std::unique_ptr<jobs::Scheduler> scheduler;
    if (!recordAs.isEmpty()) {
        QString error;
        if (storage::Database *db = database(&error)) {
            history = std::make_unique<storage::JobHistory>(db);
            history->setSecrets({m_config.token});
            scheduler = std::make_unique<jobs::Scheduler>();
            scheduler->setHistory(history.get());
        } else {
            m_term.err(tr("warning: this run is not recorded in the job history: %1").arg(error));
        }
    }
    if (m_interrupted) { // a signal came between two jobs of the command
        m_term.err(QStringLiteral("s1bridge-cli: ") + tr("interrupted before %1").arg(job->title()));
        return Interrupted;
    }
    QEventLoop loop;
    connect(job, &jobs::Job::progressChanged, this, [this, job](qint64 done, qint64 total, const QString &) {
        m_term.progress(done, total, job->title());
    });
    connect(job, &jobs::Job::finished, &loop, &QEventLoop::quit);
    if (scheduler)
        scheduler->runOnce(recordAs, job->kind(), [job]() -> jobs::Job * { return job; });
    else
        job->start();
    if (!job->isFinished())
        loop.exec();
    m_term.endProgress();
    for (const jobs::Job::ItemFailure &failure : job->failures())
        m_term.err(tr("%1: %2").arg(failure.item, failure.message));
    if (job->state() == jobs::Job::State::Failed || job->state() == jobs::Job::State::Cancelled) {
        m_term.err(QStringLiteral("s1bridge-cli: ") + job->summary());
        return exitCodeFor(job->error());
    }
    if (!m_json || job->kind().contains(QLatin1String("flag")))
        m_term.err(job->summary());
    return job->counts().failed > 0 ? ApiFailure : Ok;
}

} // namespace cli
