// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunCommand.h"

#include "firewall/FirewallStore.h"

#include "CliContext.h"
#include "RunLog.h"
#include "config/AppSettings.h"
#include "jobs/IsoDuration.h"
#include "jobs/Scheduler.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace cli {

namespace {

const QString kImportKind = session::TaskKind::OpenCtiImport;

// What one profile runs with: its session (clients and settings).
struct Target
{
    QString profileId;
    QString name;
    session::ProfileSession *session = nullptr;
    // Why the profile does not import into OpenCTI (it may still pull and share IOCs), and the exit
    // code that goes with it when it has nothing else to run.
    QString openCtiProblem;
    int openCtiCode = 0;
    bool environment = false; // configured by environment variables (its problems name them)
};

// The file of a connector configuration folder the ThreatQuotient-style -c DIR points at.
QString connectorConfigFile(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return path;
    const QDir dir(path);
    for (const char *name :
        {"docker-compose.yml", "docker-compose.yaml", ".env", "config.yml", "config.yaml"})
        if (QFileInfo(dir.filePath(QLatin1String(name))).isFile())
            return dir.filePath(QLatin1String(name));
    return {};
}

} // namespace

RunCommand::RunCommand()
    : Command(QStringLiteral("run"), tr("The scheduler in the foreground."))
{
    Subcommand run;
    run.summary = tr("Run the scheduler in the foreground: the OpenCTI import, IOC pulls and sharing of each "
                     "profile.");
    run.details = tr(
        "For each --profile NAME (several are allowed; without one, the environment), the OpenCTI import\n"
        "runs every sync period of the profile (CONNECTOR_DURATION_PERIOD), and so do the pulls of its\n"
        "feed, s1-threats, taxii and (with OpenCTI) opencti sources and its enabled sharing\n"
        "configurations, recorded in the job history,\n"
        "until SIGTERM or SIGINT (the running import checkpoints; exit 0). --once: every task once, then\n"
        "exit with the highest exit code of the runs.\n"
        "\n"
        "Verbosity: -v what the jobs do, -vv (or -v -v) every request; or the connector's levels\n"
        "-v 1|2|3, --verbosity 1|2|3 (1 warnings, 2 as -v, 3 as -vv). A level given as a number wins\n"
        "over -v flags (run --once -vv -v 1 logs warnings only); of several numbers, the last counts.");
    run.globals = Console;
    run.options = {
        {QStringLiteral("profile"),
            tr("Run the saved profile NAME (its tokens from the keychain); repeat for more."),
            QStringLiteral("NAME")},
        {QStringLiteral("once"), tr("Run every task once, then exit.")},
        {{QStringLiteral("c"), QStringLiteral("config")},
            tr("Use the connector configuration in DIR (docker-compose.yml, .env or config.yml), without "
               "saving it."),
            QStringLiteral("DIR")},
        {QStringLiteral("loglocation"),
            tr("Write the log to DIR/s1bridge-run.log, or to stdout (default: "
               "stderr). -ll is accepted too."),
            QStringLiteral("DIR|stdout")},
        {QStringLiteral("verbosity"),
            tr("1 warnings, 2 what the jobs do, 3 every request (also -v 1|2|3); "
               "wins over -v flags."),
            QStringLiteral("1|2|3")},
        {{QStringLiteral("n"), QStringLiteral("name")}, tr("The run's name in the logs."),
            QStringLiteral("NAME")},
        {QStringLiteral("history-days"),
            tr("Keep the job history this many days (default: the window's setting, 30 unless changed)."),
            QStringLiteral("DAYS")},
    };
    addSubcommand(run);
}

QStringList RunCommand::normalize(const QStringList &arguments) const
{
    // The connector spells the log location -ll, a single-dash word QCommandLineParser only takes in
    // ParseAsLongOptions mode, which would break -vv. -ll has no other meaning here (there is no -l).
    // Its -v N sets a level, where -v alone is a flag that counts: a number right after -v is the level.
    static const QRegularExpression number(QStringLiteral("^[0-9]+$"));
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            result << arguments.mid(i);
            break;
        }
        if (argument == QLatin1String("-ll"))
            result << QStringLiteral("--loglocation");
        else if (argument.startsWith(QLatin1String("-ll=")))
            result << QStringLiteral("--loglocation=") + argument.mid(4);
        else if ((argument == QLatin1String("-v") || argument == QLatin1String("--verbose"))
            && i + 1 < arguments.size() && number.match(arguments.at(i + 1)).hasMatch())
            result << QStringLiteral("--verbosity") << arguments.at(++i);
        else
            result << argument;
    }
    return result;
}

std::optional<int> RunCommand::verbosity(QString *error) const
{
    // The connector's levels: 1 warnings, 2 information, 3 debug; ours: 0, 1 (-v), 2 (-vv).
    const QStringList levels = parser().values(QStringLiteral("verbosity"));
    if (levels.isEmpty())
        return countedVerbosity();
    bool ok = false;
    const int n = levels.last().trimmed().toInt(&ok);
    if (!ok || n < 1 || n > 3) {
        *error = tr(
            "--verbosity (or -v N) takes 1 (warnings), 2 (what the jobs do) or 3 (every request), not \"%1\"")
                     .arg(levels.last());
        return std::nullopt;
    }
    return n - 1;
}

int RunCommand::run(CliContext &context, const QString &, const QStringList &)
{
    const QCommandLineParser &options = parser();
    const bool once = options.isSet(QStringLiteral("once"));
    const QString runName = options.isSet(QStringLiteral("name"))
        ? options.value(QStringLiteral("name")).trimmed()
        : QStringLiteral("s1bridge-cli run");
    int historyDays = config::AppSettings().retentionDays(); // the window's setting, shared
    if (options.isSet(QStringLiteral("history-days"))) {
        bool ok = false;
        historyDays = options.value(QStringLiteral("history-days")).toInt(&ok);
        if (!ok || historyDays < 1)
            return context.usage(tr("--history-days takes a number of days (1 or more)"));
    }
    // From here SIGTERM/SIGINT stop the run: before the scheduler starts, as soon as it would start.
    context.watchSignals();
    QString error;
    RunLog runLog(context.term());
    QStringList secrets; // redacted from every log line and from the job history
    if (options.isSet(QStringLiteral("loglocation"))) {
        if (const int code = runLog.open(options.value(QStringLiteral("loglocation")), &error))
            return context.fail(code, error);
    }

    // One target per profile: its S1 and OpenCTI clients and import settings. The target's id is
    // the one every other command uses for the profile (its IOC sources, the job history): a saved
    // profile's id, or "env-<console host>" for the environment and a connector configuration. The
    // OpenCTI import state keeps its own key (settings.profileId, "env-<CONNECTOR_ID>" there).
    QList<Target> targets;
    auto addTarget = [&](const QString &id, const std::optional<opencti::OpenCtiConfig> &openCtiConfig,
                         const opencti::ImportSettings &settings, const QString &name,
                         const QString &periodText, const QString &openCtiProblem = {}, int openCtiCode = 0) {
        const auto seconds = jobs::IsoDuration::parseSeconds(periodText, &error);
        if (!seconds || *seconds < 1) {
            error = tr("%1: the sync period (CONNECTOR_DURATION_PERIOD): %2").arg(name, error);
            return false;
        }
        for (const Target &other : std::as_const(targets))
            if (other.profileId == id) {
                error = tr("profile \"%1\" is given twice").arg(name);
                return false;
            }
        config::Profile profile;
        profile.id = id;
        profile.name = name;
        profile.syncPeriod = periodText;
        Target target;
        target.profileId = id;
        target.name = name;
        target.session = new session::ProfileSession(
            profile, context.consoleConfig(), openCtiConfig, settings, &context);
        target.openCtiProblem = openCtiProblem;
        target.openCtiCode = openCtiCode;
        targets << target;
        secrets << context.consoleConfig().token;
        if (openCtiConfig)
            secrets << openCtiConfig->token;
        return true;
    };

    if (options.isSet(QStringLiteral("config"))) {
        if (options.isSet(QStringLiteral("profile")))
            return context.usage(tr("use either --config DIR or --profile NAME, not both"));
        const QString path = connectorConfigFile(options.value(QStringLiteral("config")));
        if (path.isEmpty())
            return context.usage(tr("--config: %1 holds no docker-compose.yml, .env or config.yml")
                                     .arg(options.value(QStringLiteral("config"))));
        opencti::OpenCtiConfig openCti;
        opencti::ImportSettings settings;
        const std::optional<config::Profile> profile
            = context.loadConnectorConfig(path, &openCti, &settings, &error);
        if (!profile)
            return context.usage(error);
        if (!addTarget(context.recordKey(), openCti, settings, profile->name, profile->syncPeriod))
            return context.usage(error);
    } else {
        QStringList names = options.values(QStringLiteral("profile"));
        if (names.isEmpty())
            names << QString(); // the environment
        for (const QString &name : std::as_const(names)) {
            opencti::OpenCtiConfig openCti;
            opencti::ImportSettings settings;
            int code = context.loadConsole(&error, name);
            if (code != Ok)
                return context.fail(code, name.isEmpty() ? error : tr("profile \"%1\": %2").arg(name, error));
            QString openCtiError;
            const int openCtiCode = context.openCtiSetup(&openCti, &settings, &openCtiError);
            const std::optional<config::Profile> &profile = context.profile();
            // A profile (or the environment) without OpenCTI may still pull and share IOCs: decided
            // when it is scheduled.
            const std::optional<QString> period = context.syncPeriod(&error);
            if (!period)
                return context.usage(error);
            std::optional<opencti::OpenCtiConfig> withOpenCti;
            if (openCtiCode == Ok)
                withOpenCti = openCti;
            QString shown = profile ? profile->name : settings.connectorName;
            if (shown.isEmpty())
                shown = context.recordKey(); // the environment without OpenCTI: "env-<console host>"
            if (!addTarget(
                    context.recordKey(), withOpenCti, settings, shown, *period, openCtiError, openCtiCode))
                return context.usage(error);
            targets.last().environment = !profile;
        }
    }

    opencti::ImportStore *store = context.importStore(&error);
    if (!store)
        return context.fail(LocalFailure, error);
    storage::JobHistory history(context.database(&error));
    history.setSecrets(secrets);
    runLog.setSecrets(secrets);
    int changed = 0;
    if (!history.markInterrupted(&error, &changed))
        context.term().err(tr("warning: the job history: %1").arg(error));
    if (!history.prune(historyDays, &error))
        context.term().err(tr("warning: the job history: %1").arg(error));

    if (context.wasInterrupted()) {
        runLog.write(tr("%1: stopped before the first run (signal received)").arg(runName));
        return once ? Interrupted : Ok;
    }
    runLog.captureQtMessages();

    jobs::Scheduler scheduler;
    scheduler.setHistory(&history);
    session::TaskRegistry registry(&scheduler, store);
    // The IOC pulls and sharing configurations of each profile run on its period too.
    if (exchange::IocStore *iocStore = context.iocStore(&error))
        registry.setIocStore(iocStore);
    else
        context.term().err(tr("warning: IOC pulls and sharing are not run: %1").arg(error));
    // And the firewall collections' exports.
    if (firewall::FirewallStore *firewallStore = context.firewallStore(&error))
        registry.setFirewallStore(firewallStore);
    QHash<QString, QString> names; // profile id -> name
    for (const Target &t : std::as_const(targets)) {
        names.insert(t.profileId, t.name);
        if (!registry.schedule(t.session, &error)) {
            if (t.openCtiProblem.isEmpty())
                return context.usage(tr("%1: %2").arg(t.name, error));
            return context.fail(t.openCtiCode,
                t.environment ? t.openCtiProblem : tr("profile \"%1\": %2").arg(t.name, t.openCtiProblem));
        }
        if (!t.openCtiProblem.isEmpty()) // runs its IOC tasks; says once why it does not import
            context.term().err(tr("%1: IOC pulls, sharing and firewall exports only, no OpenCTI import: %2")
                                   .arg(t.name, t.openCtiProblem));
    }

    int worst = Ok;
    int finishedRuns = 0;
    int onceRuns = 0; // --once: the runs started
    bool stopping = false;
    QEventLoop loop;
    QObject::connect(&scheduler, &jobs::Scheduler::jobStarted, &loop,
        [&](const QString &profileId, const QString &, jobs::Job *job) {
            runLog.write(tr("%1 [%2]: started: %3").arg(runName, names.value(profileId), job->title()));
            if (const auto last = history.last(profileId, kImportKind);
                last && last->state == storage::JobRun::State::Running)
                history.appendLog(last->id, tr("Run: %1").arg(runName));
        });
    QObject::connect(&scheduler, &jobs::Scheduler::jobFinished, &loop,
        [&](const QString &profileId, const QString &kind, jobs::Job *job) {
            const QString name = names.value(profileId);
            for (const jobs::Job::ItemFailure &failure : job->failures())
                runLog.write(tr("%1 [%2]: %3: %4").arg(runName, name, failure.item, failure.message));
            int code = Ok;
            if (job->state() == jobs::Job::State::Failed || job->state() == jobs::Job::State::Cancelled)
                code = context.exitCodeFor(job->error());
            else if (job->counts().failed > 0)
                code = ApiFailure;
            worst = std::max(worst, code);
            const storage::JobRun::State state = job->state() == jobs::Job::State::Succeeded
                ? storage::JobRun::State::Succeeded
                : job->state() == jobs::Job::State::Cancelled ? storage::JobRun::State::Cancelled
                                                              : storage::JobRun::State::Failed;
            runLog.write(
                tr("%1 [%2]: %3: %4").arg(runName, name, storage::JobRun::stateName(state), job->summary()));
            if (!once && !stopping) {
                const QDateTime next = scheduler.nextRun(profileId, kind);
                if (next.isValid())
                    runLog.write(kind == kImportKind
                            ? tr("%1 [%2]: next import at %3")
                                  .arg(runName, name, next.toLocalTime().toString(Qt::ISODate))
                            : tr("%1 [%2]: next %3 at %4")
                                  .arg(runName, name, kind, next.toLocalTime().toString(Qt::ISODate)));
            }
            ++finishedRuns;
            bool busy = false;
            for (const Target &t : std::as_const(targets))
                busy = busy || scheduler.isRunning(t.profileId);
            if ((once && finishedRuns >= onceRuns) || (stopping && !busy))
                loop.quit();
        });
    QObject::connect(&context, &CliContext::interrupted, &loop, [&] {
        if (stopping)
            return;
        stopping = true;
        scheduler.stop();
        scheduler.pause();
        bool busy = false;
        for (const Target &t : std::as_const(targets)) {
            if (jobs::Job *job = scheduler.runningJob(t.profileId)) {
                busy = true;
                job->cancel(); // the import checkpoints: Sent records are confirmed by the next run
            }
        }
        runLog.write(tr("%1: stopping (signal received)").arg(runName));
        if (!busy)
            loop.quit();
        else // a job that does not stop in time is recorded as cancelled by the scheduler's destructor
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    });

    QStringList targetNames;
    for (const Target &t : std::as_const(targets))
        targetNames << t.name;
    runLog.write(tr("%1: %2 profile(s): %3%4")
                     .arg(runName)
                     .arg(targets.size())
                     .arg(targetNames.join(QLatin1String(", ")), once ? tr("; once") : QString()));
    if (once) {
        for (const Target &t : std::as_const(targets))
            for (const QString &kind : scheduler.taskKinds(t.profileId))
                onceRuns += registry.runNow(t.session, kind) ? 1 : 0;
    } else {
        scheduler.start();
        scheduler.tick();
    }
    if (!(once && finishedRuns >= onceRuns) && !stopping)
        loop.exec();
    if (stopping)
        worst = once ? Interrupted : Ok;
    runLog.write(tr("%1: stopped (exit code %2)").arg(runName).arg(worst));

    return worst;
}

} // namespace cli
