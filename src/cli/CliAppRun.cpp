// SPDX-License-Identifier: GPL-3.0-or-later
// s1bridge-cli run: the scheduler in the foreground, for a server (systemd, a container, a terminal).
// Every profile given gets an "opencti-import" task; the runs are recorded in the job history.
#include "CliApp.h"

#include "config/ConnectorConfigImport.h"
#include "jobs/IsoDuration.h"
#include "jobs/Scheduler.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "s1/S1Client.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QTimer>

#include <algorithm>

namespace {

const QString kImportKind = QStringLiteral("opencti-import");

// --loglocation: Qt's own messages (warnings, -v output) go to the same place as the run lines.
QMutex g_logMutex;
QFile *g_logFile = nullptr;
QStringList g_logSecrets;

void logToFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = qFormatLogMessage(type, context, message);
    QMutexLocker lock(&g_logMutex);
    if (!g_logFile)
        return;
    g_logFile->write((storage::redact(line, g_logSecrets) + u'\n').toUtf8());
    g_logFile->flush();
}

// What one profile runs with.
struct Target
{
    QString profileId;
    QString name;
    qint64 period = 0;
    s1::S1Client *s1 = nullptr;
    opencti::OpenCtiClient *openCti = nullptr;
    opencti::ImportSettings settings;
};

// The file of a connector configuration folder the ThreatQuotient-style -c DIR points at.
QString connectorConfigFile(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return path;
    const QDir dir(path);
    for (const char *name : {"docker-compose.yml", "docker-compose.yaml", ".env", "config.yml", "config.yaml"})
        if (QFileInfo(dir.filePath(QLatin1String(name))).isFile())
            return dir.filePath(QLatin1String(name));
    return {};
}

} // namespace

QStringList CliApp::normalizeRunArguments(const QStringList &arguments)
{
    // The connector spells the log location -ll, a single-dash word QCommandLineParser only takes in
    // ParseAsLongOptions mode, which would break -vv. -ll has no other meaning here (there is no -l).
    QStringList result = arguments;
    for (qsizetype i = 1; i < result.size(); ++i) {
        QString &argument = result[i];
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("-ll"))
            argument = QStringLiteral("--loglocation");
        else if (argument.startsWith(QLatin1String("-ll=")))
            argument = QStringLiteral("--loglocation=") + argument.mid(4);
    }
    return result;
}

bool CliApp::runVerbosity(QStringList *args, int *verbosity, QString *error) const
{
    // The connector's levels: 1 warnings, 2 information, 3 debug; ours: 0, 1 (-v), 2 (-vv).
    auto level = [](const QString &text) {
        bool ok = false;
        const int n = text.trimmed().toInt(&ok);
        return ok && n >= 1 && n <= 3 ? n : 0;
    };
    if (m_parser.isSet(QStringLiteral("verbosity"))) {
        const int n = level(m_parser.value(QStringLiteral("verbosity")));
        if (n == 0) {
            *error = tr("--verbosity takes 1 (warnings), 2 (what the jobs do) or 3 (every request), not \"%1\"")
                         .arg(m_parser.value(QStringLiteral("verbosity")));
            return false;
        }
        *verbosity = n - 1;
        return true;
    }
    // -v 2: QCommandLineParser takes -v as a flag and 2 as a positional argument.
    if (*verbosity == 1 && args->size() == 2) {
        const qsizetype at = args->first() == QLatin1String("run") ? 1 : 0;
        const int n = level(args->at(at));
        if (n > 0) {
            args->removeAt(at);
            *verbosity = n - 1;
        }
    }
    return true;
}

bool CliApp::openRunLog(QString *error)
{
    if (!m_parser.isSet(QStringLiteral("loglocation")))
        return true;
    const QString location = m_parser.value(QStringLiteral("loglocation"));
    if (location.compare(QLatin1String("stdout"), Qt::CaseInsensitive) == 0) {
        m_runLogStdout = true;
        return true;
    }
    if (location.trimmed().isEmpty() || !QDir().mkpath(location)) {
        *error = tr("--loglocation: \"%1\" is not a folder that can be created or written; give a folder or "
                    "stdout")
                     .arg(location);
        return false;
    }
    auto file = std::make_unique<QFile>(QDir(location).filePath(QStringLiteral("s1bridge-run.log")));
    const bool existed = file->exists();
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = tr("--loglocation: cannot write %1: %2").arg(file->fileName(), file->errorString());
        return false;
    }
    if (!existed)
        file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_runLog = std::move(file);
    return true;
}

void CliApp::runLog(const QString &line)
{
    const QString text = QDateTime::currentDateTime().toString(Qt::ISODate) + u' '
        + storage::redact(line, m_runSecrets);
    if (m_runLog) {
        QMutexLocker lock(&g_logMutex);
        m_runLog->write((text + u'\n').toUtf8());
        m_runLog->flush();
    } else if (m_runLogStdout) {
        m_term.out(text);
        m_term.flush();
    } else {
        m_term.err(text);
    }
}

int CliApp::runCommand()
{
    const bool once = m_parser.isSet(QStringLiteral("once"));
    const QString runName = m_parser.isSet(QStringLiteral("name"))
        ? m_parser.value(QStringLiteral("name")).trimmed()
        : QStringLiteral("s1bridge-cli run");
    int historyDays = 30;
    if (m_parser.isSet(QStringLiteral("history-days"))) {
        bool ok = false;
        historyDays = m_parser.value(QStringLiteral("history-days")).toInt(&ok);
        if (!ok || historyDays < 1)
            return usage(tr("--history-days takes a number of days (1 or more)"));
    }
    QString error;
    if (!openRunLog(&error))
        return usage(error);

    // One target per profile: its S1 and OpenCTI clients and import settings.
    QList<Target> targets;
    auto addTarget = [&](const opencti::OpenCtiConfig &openCtiConfig, const opencti::ImportSettings &settings,
                         const QString &name, const QString &periodText) {
        const auto seconds = jobs::IsoDuration::parseSeconds(periodText, &error);
        if (!seconds || *seconds < 1) {
            error = tr("%1: the sync period (CONNECTOR_DURATION_PERIOD): %2").arg(name, error);
            return false;
        }
        for (const Target &other : std::as_const(targets))
            if (other.profileId == settings.profileId) {
                error = tr("profile \"%1\" is given twice").arg(name);
                return false;
            }
        Target target;
        target.profileId = settings.profileId;
        target.name = name;
        target.period = *seconds;
        target.s1 = new s1::S1Client(m_config, this);
        target.openCti = new opencti::OpenCtiClient(openCtiConfig, this);
        target.settings = settings;
        targets << target;
        m_runSecrets << m_config.token << openCtiConfig.token;
        return true;
    };

    if (m_parser.isSet(QStringLiteral("config"))) {
        if (m_parser.isSet(QStringLiteral("profile")))
            return usage(tr("use either --config DIR or --profile NAME, not both"));
        const QString path = connectorConfigFile(m_parser.value(QStringLiteral("config")));
        if (path.isEmpty())
            return usage(tr("--config: %1 holds no docker-compose.yml, .env or config.yml")
                             .arg(m_parser.value(QStringLiteral("config"))));
        std::optional<config::ImportedConfig> imported = config::importConnectorConfig(path, &error);
        if (!imported)
            return usage(error);
        for (const QString &warning : std::as_const(imported->warnings))
            m_term.err(tr("warning: %1").arg(warning));
        const config::Profile &profile = imported->profile;
        const QString token = imported->s1ApiToken.isEmpty() ? qEnvironmentVariable("S1_API_KEY")
                                                             : imported->s1ApiToken;
        m_config = profile.consoleConfig(QString());
        m_config.url = s1::ConsoleConfig::normalizeUrl(profile.consoleUrl.toString(), &error);
        if (m_config.url.isEmpty())
            return usage(path + QStringLiteral(": ") + error);
        m_config.token = s1::ConsoleConfig::normalizeToken(token, &error);
        if (m_config.token.isEmpty())
            return usage(tr("%1 has no S1_API_KEY and the environment has none").arg(path));
        m_flag = profile.flag;
        if (!profile.openCtiEnabled)
            return usage(tr("%1 has no usable OPENCTI_URL").arg(path));
        opencti::ImportSettings settings = opencti::ImportSettings::fromProfile(profile);
        settings.bundle.consoleUrl = m_config.url;
        settings.bundle.authorName = settings.connectorName;
        opencti::OpenCtiConfig openCti;
        openCti.url = opencti::OpenCtiConfig::normalizeUrl(profile.openCtiUrl.toString(), &error);
        if (openCti.url.isEmpty())
            return usage(path + QStringLiteral(": ") + error);
        const QString openCtiToken = imported->openCtiToken.isEmpty() ? qEnvironmentVariable("OPENCTI_TOKEN")
                                                                      : imported->openCtiToken;
        openCti.token = opencti::OpenCtiConfig::normalizeToken(openCtiToken, &error);
        if (openCti.token.isEmpty())
            return usage(tr("%1 has no OPENCTI_TOKEN and the environment has none").arg(path));
        openCti.maxAttempts = m_config.maxAttempts;
        openCti.timeoutMs = m_config.timeoutMs;
        if (!addTarget(openCti, settings, profile.name, profile.syncPeriod))
            return usage(error);
    } else {
        QStringList names = m_parser.values(QStringLiteral("profile"));
        const bool fromEnvironment = names.isEmpty();
        if (fromEnvironment)
            names << QString();
        for (const QString &name : std::as_const(names)) {
            m_profileName = name;
            m_profile.reset();
            opencti::OpenCtiConfig openCti;
            opencti::ImportSettings settings;
            if (!loadConfig(&error) || !loadOpenCtiConfig(&openCti, &settings, &error))
                return usage(name.isEmpty() ? error : tr("profile \"%1\": %2").arg(name, error));
            const QString period = m_profile
                ? m_profile->syncPeriod
                : qEnvironmentVariable("CONNECTOR_DURATION_PERIOD", QStringLiteral("PT5M"));
            if (!addTarget(openCti, settings, m_profile ? m_profile->name : settings.connectorName, period))
                return usage(error);
        }
        m_profileName.clear();
    }

    if (!openDatabase(&error))
        return usage(error);
    storage::JobHistory history(m_database.get());
    history.setSecrets(m_runSecrets);
    int changed = 0;
    if (!history.markInterrupted(&error, &changed))
        m_term.err(tr("warning: the job history: %1").arg(error));
    if (!history.prune(historyDays, &error))
        m_term.err(tr("warning: the job history: %1").arg(error));

    if (m_runLog) {
        QMutexLocker lock(&g_logMutex);
        g_logFile = m_runLog.get();
        g_logSecrets = m_runSecrets;
    }
    if (m_runLog)
        qInstallMessageHandler(logToFile);

    jobs::Scheduler scheduler;
    scheduler.setHistory(&history);
    QHash<QString, QString> names; // profile id -> name
    for (const Target &t : std::as_const(targets)) {
        names.insert(t.profileId, t.name);
        opencti::ImportStore *store = m_importStore.get();
        const Target target = t;
        scheduler.addTask(target.profileId, kImportKind, target.period, [target, store]() -> jobs::Job * {
            return new opencti::OpenCtiImportJob(target.s1, target.openCti, store, target.settings);
        });
    }

    int worst = Ok;
    int finishedRuns = 0;
    bool stopping = false;
    QEventLoop loop;
    connect(&scheduler, &jobs::Scheduler::jobStarted, &loop,
        [&](const QString &profileId, const QString &, jobs::Job *job) {
            runLog(tr("%1 [%2]: started: %3").arg(runName, names.value(profileId), job->title()));
            if (const auto last = history.last(profileId, kImportKind); last && last->state == storage::JobRun::State::Running)
                history.appendLog(last->id, tr("Run: %1").arg(runName));
        });
    connect(&scheduler, &jobs::Scheduler::jobFinished, &loop,
        [&](const QString &profileId, const QString &kind, jobs::Job *job) {
            const QString name = names.value(profileId);
            for (const jobs::Job::ItemFailure &failure : job->failures())
                runLog(tr("%1 [%2]: %3: %4").arg(runName, name, failure.item, failure.message));
            int code = Ok;
            if (job->state() == jobs::Job::State::Failed || job->state() == jobs::Job::State::Cancelled)
                code = exitCodeFor(job->error());
            else if (job->counts().failed > 0)
                code = ApiFailure;
            worst = std::max(worst, code);
            runLog(tr("%1 [%2]: %3: %4").arg(runName, name, storage::JobRun::stateName(
                                                                   job->state() == jobs::Job::State::Succeeded
                                                                       ? storage::JobRun::State::Succeeded
                                                                   : job->state() == jobs::Job::State::Cancelled
                                                                       ? storage::JobRun::State::Cancelled
                                                                       : storage::JobRun::State::Failed),
                job->summary()));
            if (!once && !stopping) {
                const QDateTime next = scheduler.nextRun(profileId, kind);
                if (next.isValid())
                    runLog(tr("%1 [%2]: next import at %3")
                               .arg(runName, name, next.toLocalTime().toString(Qt::ISODate)));
            }
            ++finishedRuns;
            bool busy = false;
            for (const Target &t : std::as_const(targets))
                busy = busy || scheduler.isRunning(t.profileId);
            if ((once && finishedRuns >= targets.size()) || (stopping && !busy))
                loop.quit();
        });
    connect(this, &CliApp::interrupted, &loop, [&] {
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
        runLog(tr("%1: stopping (signal received)").arg(runName));
        if (!busy)
            loop.quit();
        else // a job that does not stop in time is recorded as cancelled by the scheduler's destructor
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    });

    QStringList targetNames;
    for (const Target &t : std::as_const(targets))
        targetNames << t.name;
    runLog(tr("%1: %2 profile(s): %3%4")
               .arg(runName)
               .arg(targets.size())
               .arg(targetNames.join(QLatin1String(", ")),
                   once ? tr("; once") : QString()));
    if (once) {
        for (const Target &t : std::as_const(targets))
            scheduler.runNow(t.profileId, kImportKind);
    } else {
        scheduler.start();
        scheduler.tick();
    }
    if (!(once && finishedRuns >= targets.size()) && !stopping)
        loop.exec();
    if (stopping)
        worst = once ? Interrupted : Ok;
    runLog(tr("%1: stopped (exit code %2)").arg(runName).arg(worst));

    if (m_runLog) {
        qInstallMessageHandler(nullptr);
        QMutexLocker lock(&g_logMutex);
        g_logFile = nullptr;
        g_logSecrets.clear();
    }
    return worst;
}
