// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "opencti/ImportStore.h"
#include "storage/Database.h"

#include "config/ConnectorConfigImport.h"
#include "config/Profile.h"
#include "config/ProfileStore.h"
#include "config/SecretStore.h"
#include "jobs/IsoDuration.h"
#include "jobs/Job.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "s1/ThreatFlagJob.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto written = ::write(g_signalFd[0], &c, 1);
}

const char *const kDescription = R"(Runs S1 Bridge's SentinelOne jobs without a window, e.g. from cron.

Commands:
  threats list [--site ID] [--since WHEN] [--query TEXT] [--json]
                          List threats (WHEN: 2026-01-31, 2026-01-31T08:00:00Z or a
                          duration back from now such as P7D).
  threats notes ID        Show the notes of a threat.
  threats flag ID...      Add the flag note to the threats (one request).
  threats unflag ID...    Remove only the flag notes; other notes stay.
  sites list              List the sites the token can see.
  accounts list           List the accounts the token can see.

  opencti import [--once] Import flagged threats into OpenCTI as incidents; without --once,
                          again every sync period (CONNECTOR_DURATION_PERIOD) until stopped.
  opencti bundle ID       Print the STIX bundle a threat would become, for review.
  opencti status [--json] What was imported, what waits for OpenCTI's confirmation, what failed.

  run [--profile NAME]... [--once]
                          Run the scheduler in the foreground: the OpenCTI import of each profile
                          (or of the environment) every sync period, recorded in the job history,
                          until SIGTERM/SIGINT (the running import checkpoints; exit 0). --once:
                          every task once, then exit. Connector-style options: -c/--config DIR,
                          -ll/--loglocation DIR|stdout, -v 1|2|3 (or --verbosity), -n/--name NAME.

  profiles list [--json]  List the saved profiles (shared with the S1 Bridge window).
  profiles show NAME      Show a profile's settings and whether its tokens are in the
                          keychain ("stored", "missing", "session only"); never a token.
  profiles import FILE [--name NAME]
                          Make a profile from the OpenCTI SentinelOne connector's
                          docker-compose.yml, .env or config.yml; its tokens go to the
                          OS keychain, never to the settings file.
  profiles delete NAME    Delete a profile and its keychain entries.

Configuration: --profile NAME uses a saved profile (its tokens from the keychain; when the
keychain has none, from S1_API_KEY). Without --profile, the environment, as the public
OpenCTI connector uses it:
  S1_URL            console URL, e.g. https://yourcompany.sentinelone.net
  S1_API_KEY        API token (never on the command line; or --api-key-file)
  S1_ACCOUNT_ID     account to work in (optional)
  MAX_API_ATTEMPTS  attempts per request, default 5
  SIGN              flag note text, default [OpenCTI_add]
  OPENCTI_URL, OPENCTI_TOKEN, CONNECTOR_ID, CONNECTOR_NAME, CONNECTOR_DURATION_PERIOD
                    the OpenCTI side, for opencti commands (a profile has them built in)
Options (--url, --account, --max-attempts, --sign, --api-key-file) override both.

Exit codes:
  0  success
  2  usage or configuration error (also: unknown or duplicate profile, keychain error)
  3  the console refused the token, or the token lacks rights
  4  API or network failure after every retry (also: some items failed)
)";
} // namespace

CliApp::CliApp() = default;
CliApp::~CliApp() = default;

void CliApp::setUpLogging(int verbosity)
{
    // Default: warnings only; -v: what the jobs do; -vv: every request (never a header or token).
    QString rules = QStringLiteral("*.debug=false\ns1bridge.*.info=false\n");
    if (verbosity >= 1)
        rules = QStringLiteral("*.debug=false\ns1bridge.*.info=true\n");
    if (verbosity >= 2)
        rules = QStringLiteral("s1bridge.*=true\n");
    QLoggingCategory::setFilterRules(rules);
    qSetMessagePattern(QStringLiteral(
        "%{time hh:mm:ss.zzz} %{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{message}"));
}

int CliApp::usage(const QString &message)
{
    m_term.err(QStringLiteral("s1bridge-cli: ") + message);
    m_term.err(tr("Run 's1bridge-cli --help' for the commands and options."));
    return Usage;
}

int CliApp::exitCodeFor(const s1::ApiError &error) const
{
    using Kind = s1::ApiError::Kind;
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

bool CliApp::loadConfig(QString *error)
{
    // Precedence: an option, then the profile (--profile), then the environment.
    std::optional<config::Profile> profile;
    if (!m_profileName.isEmpty() || m_parser.isSet(QStringLiteral("profile"))) {
        profile = findProfile(
            m_profileName.isEmpty() ? m_parser.value(QStringLiteral("profile")) : m_profileName, error);
        if (!profile)
            return false;
        m_config = profile->consoleConfig(QString());
        m_profile = profile;
    }
    auto setting = [this, &profile](const char *option, const char *variable, const QString &fromProfile) {
        if (m_parser.isSet(QLatin1String(option)))
            return m_parser.value(QLatin1String(option));
        return profile ? fromProfile : qEnvironmentVariable(variable);
    };

    const QString url = setting("url", "S1_URL", profile ? profile->consoleUrl.toString() : QString());
    if (url.trimmed().isEmpty()) {
        *error = tr("no console URL: set S1_URL (or --url), e.g. S1_URL=https://yourcompany.sentinelone.net");
        return false;
    }
    m_config.url = s1::ConsoleConfig::normalizeUrl(url, error);
    if (m_config.url.isEmpty())
        return false;

    QString token;
    if (m_parser.isSet(QStringLiteral("api-key-file"))) {
        const QString path = m_parser.value(QStringLiteral("api-key-file"));
        QFile file(path);
        const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : file.open(QIODevice::ReadOnly);
        if (!opened) {
            *error = tr("cannot read the API token file %1: %2").arg(path, file.errorString());
            return false;
        }
        token = QString::fromUtf8(file.readAll());
    } else if (profile) {
        QString keychainError;
        const std::optional<QString> stored = readSecret(
            config::Profile::secretKey(profile->id, config::Profile::Secret::S1ApiToken), &keychainError);
        if (stored) {
            token = *stored;
        } else {
            token = qEnvironmentVariable("S1_API_KEY");
            if (!keychainError.isEmpty())
                m_term.err(tr("warning: %1").arg(keychainError));
            if (token.trimmed().isEmpty()) {
                if (secretStore().status() == config::SecretStore::Status::SessionOnly)
                    *error = tr("no API token for profile \"%1\": there is no keychain (%2) and S1_API_KEY "
                                "is not set")
                                 .arg(profile->name, secretStore().sessionOnlyReason());
                else
                    *error = tr(
                        "no API token for profile \"%1\": the keychain has none (import the profile again, "
                        "or set it in S1 Bridge) and S1_API_KEY is not set")
                                 .arg(profile->name);
                return false;
            }
        }
    } else {
        token = qEnvironmentVariable("S1_API_KEY");
    }
    if (token.trimmed().isEmpty()) {
        *error = tr("no API token: set S1_API_KEY in the environment or use --api-key-file FILE");
        return false;
    }
    m_config.token = s1::ConsoleConfig::normalizeToken(token, error);
    if (m_config.token.isEmpty())
        return false;

    m_config.accountId = setting("account", "S1_ACCOUNT_ID", profile ? profile->accountId : QString());
    const QString attempts = setting(
        "max-attempts", "MAX_API_ATTEMPTS", profile ? QString::number(profile->maxAttempts) : QString());
    if (!attempts.isEmpty()) {
        bool ok = false;
        m_config.maxAttempts = attempts.toInt(&ok);
        if (!ok || m_config.maxAttempts < 1 || m_config.maxAttempts > 100) {
            *error = tr("MAX_API_ATTEMPTS must be a whole number from 1 to 100, not \"%1\"").arg(attempts);
            return false;
        }
    }
    if (m_parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1) {
            *error = tr("--timeout takes a number of seconds (1 or more)");
            return false;
        }
        m_config.timeoutMs = seconds * 1000;
    }
    m_flag = profile ? profile->flag : qEnvironmentVariable("SIGN", QStringLiteral("[OpenCTI_add]"));
    if (m_parser.isSet(QStringLiteral("sign")))
        m_flag = m_parser.value(QStringLiteral("sign"));
    return true;
}

int CliApp::run(const QStringList &arguments)
{
    m_parser.setApplicationDescription(QString::fromUtf8(kDescription));
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(QStringLiteral("command"),
        tr("threats, sites, accounts or profiles, then a subcommand"), QStringLiteral("command [args...]"));
    m_parser.addOptions({
        {QStringLiteral("version"), tr("Print the version and exit.")},
        {QStringLiteral("json"), tr("Print JSON on stdout.")},
        {{QStringLiteral("v"), QStringLiteral("verbose")},
            tr("More log output on stderr (-vv for every request).")},
        {QStringLiteral("site"), tr("Only threats of this site."), QStringLiteral("ID")},
        {QStringLiteral("since"), tr("Only threats created since WHEN."), QStringLiteral("WHEN")},
        {QStringLiteral("query"), tr("Free-text filter."), QStringLiteral("TEXT")},
        {QStringLiteral("url"), tr("Console URL (instead of S1_URL)."), QStringLiteral("URL")},
        {QStringLiteral("account"), tr("Account ID (instead of S1_ACCOUNT_ID)."), QStringLiteral("ID")},
        {QStringLiteral("api-key-file"), tr("Read the API token from FILE ('-' for stdin)."),
            QStringLiteral("FILE")},
        {QStringLiteral("max-attempts"), tr("Attempts per request (instead of MAX_API_ATTEMPTS)."),
            QStringLiteral("N")},
        {QStringLiteral("sign"), tr("Flag note text (instead of SIGN)."), QStringLiteral("TEXT")},
        {QStringLiteral("timeout"), tr("Seconds to wait for an answer, per request (default 60)."),
            QStringLiteral("SECONDS")},
        {QStringLiteral("profile"), tr("Use the saved profile NAME (its tokens from the keychain)."),
            QStringLiteral("NAME")},
        {{QStringLiteral("n"), QStringLiteral("name")},
            tr("profiles import: the new profile's name; run: the run's name in the logs."),
            QStringLiteral("NAME")},
        {QStringLiteral("once"), tr("opencti import, run: run once, then exit.")},
        {{QStringLiteral("c"), QStringLiteral("config")},
            tr("run: use the connector configuration in DIR (docker-compose.yml, .env or config.yml), "
               "without saving it."),
            QStringLiteral("DIR")},
        {{QStringLiteral("loglocation")}, tr("run: write the log to DIR/s1bridge-run.log, or to stdout "
                                             "(default: stderr). -ll is accepted too."),
            QStringLiteral("DIR|stdout")},
        {QStringLiteral("verbosity"), tr("run: 1 warnings, 2 what the jobs do, 3 every request (also "
                                         "-v 1|2|3)."),
            QStringLiteral("1|2|3")},
        {QStringLiteral("history-days"), tr("run: keep the job history this many days (default 30)."),
            QStringLiteral("DAYS")},
    });
    if (!m_parser.parse(normalizeRunArguments(arguments)))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_term.outRaw(m_parser.helpText().toUtf8());
        return Ok;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_term.out(QStringLiteral("s1bridge-cli ") + QCoreApplication::applicationVersion());
        return Ok;
    }
    int verbosity = 0;
    for (const QString &option : m_parser.optionNames())
        if (option == QLatin1String("v") || option == QLatin1String("verbose"))
            ++verbosity;
    QStringList args = m_parser.positionalArguments();
    if (args.contains(QLatin1String("run"))) {
        QString error;
        if (!runVerbosity(&args, &verbosity, &error))
            return usage(error);
    }
    setUpLogging(verbosity);
    m_json = m_parser.isSet(QStringLiteral("json"));

    if (args.isEmpty())
        return usage(tr("no command given."));
    const QString group = args.value(0);
    const QString sub = args.value(1);
    const QStringList rest = args.mid(2);

    using Handler = std::function<int()>;
    Handler handler;
    if (group == QLatin1String("threats") && sub == QLatin1String("list") && rest.isEmpty())
        handler = [this] { return threatsList(); };
    else if (group == QLatin1String("threats") && sub == QLatin1String("notes") && rest.size() == 1)
        handler = [this, rest] { return threatsNotes(rest.first()); };
    else if (group == QLatin1String("threats")
        && (sub == QLatin1String("flag") || sub == QLatin1String("unflag")) && !rest.isEmpty())
        handler = [this, sub, rest] { return threatsFlag(sub == QLatin1String("flag"), rest); };
    else if (group == QLatin1String("opencti") && sub == QLatin1String("import") && rest.isEmpty())
        handler = [this] { return openCtiImport(m_parser.isSet(QStringLiteral("once"))); };
    else if (group == QLatin1String("opencti") && sub == QLatin1String("bundle") && rest.size() == 1)
        handler = [this, rest] { return openCtiBundle(rest.first()); };
    else if (group == QLatin1String("opencti") && sub == QLatin1String("status") && rest.isEmpty())
        handler = [this] { return openCtiStatus(); };
    else if (group == QLatin1String("run") && args.size() == 1)
        handler = [this] { return runCommand(); }; // loads its own configuration, one per profile
    else if (group == QLatin1String("sites") && sub == QLatin1String("list") && rest.isEmpty())
        handler = [this] { return sitesList(); };
    else if (group == QLatin1String("accounts") && sub == QLatin1String("list") && rest.isEmpty())
        handler = [this] { return accountsList(); };
    else if (group == QLatin1String("profiles")) {
        // Local commands: no console, no API token.
        int code = -1;
        if (sub == QLatin1String("list") && rest.isEmpty())
            code = profilesList();
        else if (sub == QLatin1String("show") && rest.size() == 1)
            code = profilesShow(rest.first());
        else if (sub == QLatin1String("import") && rest.size() == 1)
            code = profilesImport(rest.first());
        else if (sub == QLatin1String("delete") && rest.size() == 1)
            code = profilesDelete(rest.first());
        else
            return usage(tr("unknown command or wrong arguments: %1").arg(args.join(u' ')));
        m_term.flush();
        return code;
    } else
        return usage(tr("unknown command or wrong arguments: %1").arg(args.join(u' ')));

    if (group != QLatin1String("run")) {
        QString error;
        if (!loadConfig(&error))
            return usage(error);
        m_client = new s1::S1Client(m_config, this);
    }

    // SIGINT/SIGTERM cancel the running job cleanly.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char c;
            [[maybe_unused]] auto r = ::read(g_signalFd[1], &c, 1);
            m_term.err(tr("Interrupted; stopping."));
            const auto running = findChildren<jobs::Job *>();
            for (jobs::Job *job : running)
                job->cancel();
            Q_EMIT interrupted();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    const int code = handler();
    m_term.flush();
    return code;
}

int CliApp::runJob(jobs::Job *job)
{
    job->setParent(this);
    QEventLoop loop;
    connect(job, &jobs::Job::progressChanged, this, [this, job](qint64 done, qint64 total, const QString &) {
        m_term.progress(done, total, job->title());
    });
    connect(job, &jobs::Job::finished, &loop, &QEventLoop::quit);
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

int CliApp::threatsList()
{
    s1::ThreatQuery query;
    if (m_parser.isSet(QStringLiteral("site")))
        query.siteIds = m_parser.value(QStringLiteral("site")).split(u',', Qt::SkipEmptyParts);
    else if (!m_config.siteIds.isEmpty()) // a profile limited to some sites
        query.siteIds = m_config.siteIds;
    else if (!m_config.accountId.isEmpty())
        query.accountIds = {m_config.accountId};
    if (m_parser.isSet(QStringLiteral("query")))
        query.text = m_parser.value(QStringLiteral("query"));
    if (m_parser.isSet(QStringLiteral("since"))) {
        const QString since = m_parser.value(QStringLiteral("since")).trimmed();
        if (since.startsWith(u'P', Qt::CaseInsensitive)) {
            QString error;
            const auto seconds = jobs::IsoDuration::parseSeconds(since, &error);
            if (!seconds)
                return usage(QStringLiteral("--since: ") + error);
            query.createdAfter = QDateTime::currentDateTimeUtc().addSecs(-*seconds);
        } else {
            query.createdAfter = QDateTime::fromString(since, Qt::ISODateWithMs);
            if (!query.createdAfter.isValid())
                query.createdAfter = QDateTime(QDate::fromString(since, Qt::ISODate), QTime(0, 0), Qt::UTC);
            if (!query.createdAfter.isValid())
                return usage(tr("--since: \"%1\" is neither a date (2026-01-31), a date and time "
                                "(2026-01-31T08:00:00Z) nor a duration (P7D)")
                                 .arg(since));
        }
    }
    query.sortBy = QStringLiteral("createdAt");

    auto *job = new s1::ThreatListJob(m_client, query);
    bool first = true;
    if (m_json)
        m_term.outRaw("[\n");
    else
        m_term.out(
            QStringLiteral("%1  %2  %3  %4  %5  %6")
                .arg(QStringLiteral("ID").leftJustified(19), QStringLiteral("CREATED").leftJustified(20),
                    QStringLiteral("CONFIDENCE").leftJustified(10),
                    QStringLiteral("CLASSIFICATION").leftJustified(14),
                    QStringLiteral("ENDPOINT").leftJustified(16), QStringLiteral("NAME")));
    connect(job, &s1::ThreatListJob::threatsReady, this, [this, &first](const QList<s1::Threat> &threats) {
        QByteArray chunk;
        for (const s1::Threat &t : threats) {
            if (m_json) {
                if (!first)
                    chunk += ",\n";
                chunk += QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact);
            } else {
                QString name = t.name;
                name.replace(u'\n', u' ');
                chunk += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                             .arg(t.id.leftJustified(19), t.createdAt.toString(Qt::ISODate).leftJustified(20),
                                 t.confidenceLevel.leftJustified(10), t.classification.leftJustified(14),
                                 t.computerName.leftJustified(16), name)
                             .toUtf8();
            }
            first = false;
        }
        m_term.outRaw(chunk);
    });
    const int code = runJob(job);
    if (m_json)
        m_term.outRaw(first ? "]\n" : "\n]\n");
    return code;
}

int CliApp::threatsNotes(const QString &threatId)
{
    auto *job = new s1::NoteListJob(m_client, threatId);
    connect(job, &jobs::Job::finished, this, [this, job] {
        if (job->state() != jobs::Job::State::Succeeded)
            return;
        if (m_json) {
            QJsonArray array;
            for (const s1::ThreatNote &n : job->notes())
                array.append(n.toJson());
            m_term.outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return;
        }
        QList<QStringList> rows;
        for (const s1::ThreatNote &n : job->notes())
            rows << QStringList {n.id, n.createdAt.toString(Qt::ISODate), n.creator,
                n.containsFlag(m_flag) ? tr("yes") : QString(), n.text};
        m_term.table({tr("NOTE ID"), tr("CREATED"), tr("BY"), tr("FLAG"), tr("TEXT")}, rows);
    });
    return runJob(job);
}

int CliApp::threatsFlag(bool flag, const QStringList &ids)
{
    auto *job = new s1::ThreatFlagJob(
        m_client, flag ? s1::ThreatFlagJob::Mode::Flag : s1::ThreatFlagJob::Mode::Unflag, ids, m_flag);
    const int code = runJob(job);
    if (m_json && job->state() == jobs::Job::State::Succeeded) {
        QJsonArray failed;
        for (const auto &f : job->failures())
            failed.append(QJsonObject {{QStringLiteral("id"), f.item}, {QStringLiteral("error"), f.message}});
        m_term.outRaw(QJsonDocument(
            QJsonObject {{QStringLiteral("changed"), QJsonArray::fromStringList(job->changedThreats())},
                {QStringLiteral("failed"), failed}})
                          .toJson(QJsonDocument::Indented));
    }
    return code;
}

int CliApp::sitesList()
{
    auto *job = new s1::SiteListJob(
        m_client, m_config.accountId.isEmpty() ? QStringList() : QStringList {m_config.accountId});
    connect(job, &jobs::Job::finished, this, [this, job] {
        if (job->state() != jobs::Job::State::Succeeded)
            return;
        if (m_json) {
            QJsonArray array;
            for (const s1::Site &s : job->sites())
                array.append(s.toJson());
            m_term.outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return;
        }
        QList<QStringList> rows;
        for (const s1::Site &s : job->sites())
            rows << QStringList {s.id, s.state, s.siteType, s.accountName, s.name};
        m_term.table({tr("SITE ID"), tr("STATE"), tr("TYPE"), tr("ACCOUNT"), tr("NAME")}, rows);
    });
    return runJob(job);
}

int CliApp::accountsList()
{
    auto *job = new s1::AccountListJob(m_client);
    connect(job, &jobs::Job::finished, this, [this, job] {
        if (job->state() != jobs::Job::State::Succeeded)
            return;
        if (m_json) {
            QJsonArray array;
            for (const s1::Account &a : job->accounts())
                array.append(a.toJson());
            m_term.outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return;
        }
        QList<QStringList> rows;
        for (const s1::Account &a : job->accounts())
            rows << QStringList {a.id, a.state, a.accountType, QString::number(a.numberOfSites), a.name};
        m_term.table({tr("ACCOUNT ID"), tr("STATE"), tr("TYPE"), tr("SITES"), tr("NAME")}, rows);
    });
    return runJob(job);
}

// ---- profiles -----------------------------------------------------------------------------------

config::ProfileStore &CliApp::profileStore()
{
    if (!m_profiles)
        m_profiles = std::make_unique<config::ProfileStore>();
    return *m_profiles;
}

config::SecretStore &CliApp::secretStore()
{
    if (!m_secrets)
        m_secrets = new config::SecretStore(QStringLiteral("S1 Bridge"), this);
    return *m_secrets;
}

std::optional<config::Profile> CliApp::findProfile(const QString &name, QString *error)
{
    config::ProfileStore &store = profileStore();
    if (!store.errorString().isEmpty()) {
        *error = store.errorString();
        return std::nullopt;
    }
    std::optional<config::Profile> profile = store.find(name);
    if (!profile)
        *error
            = tr("no profile named \"%1\"; 's1bridge-cli profiles list' shows the saved profiles").arg(name);
    return profile;
}

std::optional<QString> CliApp::readSecret(const QString &key, QString *error)
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

bool CliApp::writeSecret(const QString &key, const QString &secret, QString *error)
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

bool CliApp::removeProfileSecrets(const QString &profileId, QString *error)
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

// "stored", "missing" or "session only" (no keychain); empty with *error when the keychain failed.
QString CliApp::secretState(const QString &key, QString *error)
{
    const std::optional<QString> secret = readSecret(key, error);
    if (!error->isEmpty())
        return {};
    if (secretStore().status() == config::SecretStore::Status::SessionOnly)
        return QStringLiteral("session only");
    return secret ? QStringLiteral("stored") : QStringLiteral("missing");
}

int CliApp::profilesList()
{
    config::ProfileStore &store = profileStore();
    if (!store.errorString().isEmpty()) {
        m_term.err(QStringLiteral("s1bridge-cli: ") + store.errorString());
        return Usage;
    }
    const QList<config::Profile> profiles = store.profiles();
    if (m_json) {
        QJsonArray array;
        for (const config::Profile &p : profiles)
            array.append(QJsonObject::fromVariantMap(config::ProfileStore::toVariantMap(p)));
        m_term.outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (profiles.isEmpty()) {
        m_term.err(tr("No profiles yet: create one in S1 Bridge, or import a connector configuration with "
                      "'s1bridge-cli profiles import FILE'."));
        return Ok;
    }
    QList<QStringList> rows;
    for (const config::Profile &p : profiles) {
        QString sites = tr("all");
        if (!p.allSites)
            sites = (p.siteNames.size() == p.siteIds.size() ? p.siteNames : p.siteIds)
                        .join(QLatin1String(", "));
        const QString account
            = p.accountName.isEmpty() ? p.accountId : tr("%1 (%2)").arg(p.accountName, p.accountId);
        rows << QStringList {p.name, p.consoleUrl.toString(), account, sites,
            p.openCtiEnabled ? p.openCtiUrl.toString() : tr("off"), p.demo ? tr("yes") : QString()};
    }
    m_term.table({tr("NAME"), tr("CONSOLE"), tr("ACCOUNT"), tr("SITES"), tr("OPENCTI"), tr("DEMO")}, rows);
    return Ok;
}

int CliApp::profilesShow(const QString &name)
{
    QString error;
    const std::optional<config::Profile> profile = findProfile(name, &error);
    if (!profile)
        return usage(error);
    const QVariantMap settings = config::ProfileStore::toVariantMap(*profile);

    QString s1Error, openCtiError;
    const QString s1State
        = secretState(config::Profile::secretKey(profile->id, config::Profile::Secret::S1ApiToken), &s1Error);
    const QString openCtiState = secretState(
        config::Profile::secretKey(profile->id, config::Profile::Secret::OpenCtiToken), &openCtiError);
    for (const QString &e : {s1Error, openCtiError})
        if (!e.isEmpty())
            m_term.err(tr("warning: %1").arg(e));
    if (secretStore().status() == config::SecretStore::Status::SessionOnly)
        m_term.err(tr("warning: %1").arg(secretStore().sessionOnlyReason()));

    if (m_json) {
        QJsonObject object = QJsonObject::fromVariantMap(settings);
        auto machine = [](const QString &state) {
            return state.isEmpty() ? QStringLiteral("error") : QString(state).replace(u' ', u'-');
        };
        object.insert(QStringLiteral("secrets"),
            QJsonObject {{QStringLiteral("s1ApiToken"), machine(s1State)},
                {QStringLiteral("openCtiToken"), machine(openCtiState)}});
        m_term.outRaw(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Ok;
    }
    // A fixed, readable order; any key added to the profile later is listed after these.
    static const char *const order[]
        = {"name", "id", "demo", "consoleUrl", "accountId", "accountName", "allSites", "siteIds", "siteNames",
            "flag", "importMode", "importStart", "syncPeriod", "maxAttempts", "tlsPolicy", "pinnedCertSha256",
            "openCtiEnabled", "openCtiUrl", "connectorId", "connectorName", "connectorScope", "logLevel", "tlp"};
    QStringList keys;
    for (const char *key : order)
        if (settings.contains(QLatin1String(key)))
            keys << QLatin1String(key);
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        if (!keys.contains(it.key()))
            keys << it.key();
    auto text = [](const QVariant &v) {
        if (v.typeId() == QMetaType::Bool)
            return v.toBool() ? tr("yes") : tr("no");
        if (v.typeId() == QMetaType::QStringList)
            return v.toStringList().join(QLatin1String(", "));
        return v.toString();
    };
    QList<QStringList> rows;
    for (const QString &key : std::as_const(keys))
        rows << QStringList {key, text(settings.value(key))};
    auto state = [](const QString &s) {
        if (s == QLatin1String("stored"))
            return tr("stored");
        if (s == QLatin1String("missing"))
            return tr("missing");
        if (s == QLatin1String("session only"))
            return tr("session only");
        return tr("unknown (keychain error)");
    };
    rows << QStringList {tr("S1 API token"), state(s1State)}
         << QStringList {tr("OpenCTI token"), state(openCtiState)};
    m_term.table({tr("SETTING"), tr("VALUE")}, rows);
    return Ok;
}

int CliApp::profilesImport(const QString &path)
{
    config::ProfileStore &store = profileStore();
    if (!store.errorString().isEmpty()) {
        m_term.err(QStringLiteral("s1bridge-cli: ") + store.errorString());
        return Usage;
    }
    QString error;
    std::optional<config::ImportedConfig> imported = config::importConnectorConfig(path, &error);
    if (!imported) {
        m_term.err(QStringLiteral("s1bridge-cli: ") + error);
        return Usage;
    }
    config::Profile &profile = imported->profile;
    if (m_parser.isSet(QStringLiteral("name")))
        profile.name = m_parser.value(QStringLiteral("name")).trimmed();
    const QList<config::Profile> existing = store.profiles();
    for (const config::Profile &other : existing) {
        if (other.name.trimmed().compare(profile.name, Qt::CaseInsensitive) == 0) {
            m_term.err(tr(
                "s1bridge-cli: a profile named \"%1\" already exists; choose another name with --name NAME, "
                "or delete it first with 's1bridge-cli profiles delete \"%1\"'.")
                           .arg(other.name));
            return Usage;
        }
    }
    for (const QString &warning : std::as_const(imported->warnings))
        m_term.err(tr("warning: %1").arg(warning));
    if (!imported->unknownKeys.isEmpty())
        m_term.err(tr("Not imported (not settings of S1 Bridge): %1")
                       .arg(imported->unknownKeys.join(QLatin1String(", "))));
    if (!store.save(profile, &error)) {
        m_term.err(tr("s1bridge-cli: the profile \"%1\" cannot be saved:").arg(profile.name));
        for (const QString &line : error.split(u'\n'))
            m_term.err(QStringLiteral("  ") + line);
        return Usage;
    }

    // The tokens go to the keychain only. If the keychain fails, nothing is left half-written.
    const QList<std::pair<config::Profile::Secret, QString>> secrets = {
        {config::Profile::Secret::S1ApiToken, imported->s1ApiToken},
        {config::Profile::Secret::OpenCtiToken, imported->openCtiToken},
    };
    for (const auto &[kind, value] : secrets) {
        if (value.isEmpty())
            continue;
        if (!writeSecret(config::Profile::secretKey(profile.id, kind), value, &error)) {
            QString ignored;
            removeProfileSecrets(profile.id, &ignored);
            store.remove(profile.id, &ignored);
            m_term.err(tr("s1bridge-cli: the profile was not imported: %1").arg(error));
            return Usage;
        }
    }
    const bool sessionOnly = secretStore().status() == config::SecretStore::Status::SessionOnly;
    if (sessionOnly && !(imported->s1ApiToken.isEmpty() && imported->openCtiToken.isEmpty()))
        m_term.err(
            tr("warning: the tokens were not stored: %1 With --profile, set S1_API_KEY in the environment.")
                .arg(secretStore().sessionOnlyReason()));

    if (m_json) {
        QJsonObject object = QJsonObject::fromVariantMap(config::ProfileStore::toVariantMap(profile));
        object.insert(QStringLiteral("unknownKeys"), QJsonArray::fromStringList(imported->unknownKeys));
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(imported->warnings));
        m_term.outRaw(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        m_term.out(tr("Imported profile \"%1\" (console %2) from %3.")
                       .arg(profile.name, profile.consoleUrl.toString(), QDir::toNativeSeparators(path)));
        if (!sessionOnly && !imported->s1ApiToken.isEmpty())
            m_term.out(
                tr("Its tokens are in the keychain. Use it with: s1bridge-cli --profile \"%1\" threats list")
                    .arg(profile.name));
    }
    return Ok;
}

int CliApp::profilesDelete(const QString &name)
{
    QString error;
    const std::optional<config::Profile> profile = findProfile(name, &error);
    if (!profile)
        return usage(error);
    // The keychain entries first: a profile is never deleted while its secrets stay behind.
    if (!removeProfileSecrets(profile->id, &error)) {
        m_term.err(tr("s1bridge-cli: the profile \"%1\" was kept: %2").arg(profile->name, error));
        return Usage;
    }
    if (!profileStore().remove(profile->id, &error)) {
        m_term.err(QStringLiteral("s1bridge-cli: ") + error);
        return Usage;
    }
    m_term.out(tr("Deleted profile \"%1\" and its keychain entries.").arg(profile->name));
    return Ok;
}
