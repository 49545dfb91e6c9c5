// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "jobs/IsoDuration.h"
#include "jobs/Job.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "s1/ThreatFlagJob.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
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

Configuration (environment, as the public OpenCTI connector uses it):
  S1_URL            console URL, e.g. https://yourcompany.sentinelone.net
  S1_API_KEY        API token (never on the command line; or --api-key-file)
  S1_ACCOUNT_ID     account to work in (optional)
  MAX_API_ATTEMPTS  attempts per request, default 5
  SIGN              flag note text, default [OpenCTI_add]

Exit codes:
  0  success
  2  usage or configuration error
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
    qSetMessagePattern(QStringLiteral("%{time hh:mm:ss.zzz} %{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{message}"));
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
    const QString url = m_parser.isSet(QStringLiteral("url")) ? m_parser.value(QStringLiteral("url"))
                                                              : qEnvironmentVariable("S1_URL");
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
        const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
        if (!opened) {
            *error = tr("cannot read the API token file %1: %2").arg(path, file.errorString());
            return false;
        }
        token = QString::fromUtf8(file.readAll());
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

    m_config.accountId = m_parser.isSet(QStringLiteral("account")) ? m_parser.value(QStringLiteral("account"))
                                                                   : qEnvironmentVariable("S1_ACCOUNT_ID");
    const QString attempts = m_parser.isSet(QStringLiteral("max-attempts")) ? m_parser.value(QStringLiteral("max-attempts"))
                                                                            : qEnvironmentVariable("MAX_API_ATTEMPTS");
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
    m_flag = qEnvironmentVariable("SIGN", QStringLiteral("[OpenCTI_add]"));
    if (m_parser.isSet(QStringLiteral("sign")))
        m_flag = m_parser.value(QStringLiteral("sign"));
    return true;
}

int CliApp::run(const QStringList &arguments)
{
    m_parser.setApplicationDescription(QString::fromUtf8(kDescription));
    m_parser.addHelpOption();
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("threats, sites or accounts, then a subcommand"),
                                   QStringLiteral("command [args...]"));
    m_parser.addOptions({
        {QStringLiteral("version"), tr("Print the version and exit.")},
        {QStringLiteral("json"), tr("Print JSON on stdout.")},
        {{QStringLiteral("v"), QStringLiteral("verbose")}, tr("More log output on stderr (-vv for every request).")},
        {QStringLiteral("site"), tr("Only threats of this site."), QStringLiteral("ID")},
        {QStringLiteral("since"), tr("Only threats created since WHEN."), QStringLiteral("WHEN")},
        {QStringLiteral("query"), tr("Free-text filter."), QStringLiteral("TEXT")},
        {QStringLiteral("url"), tr("Console URL (instead of S1_URL)."), QStringLiteral("URL")},
        {QStringLiteral("account"), tr("Account ID (instead of S1_ACCOUNT_ID)."), QStringLiteral("ID")},
        {QStringLiteral("api-key-file"), tr("Read the API token from FILE ('-' for stdin)."), QStringLiteral("FILE")},
        {QStringLiteral("max-attempts"), tr("Attempts per request (instead of MAX_API_ATTEMPTS)."), QStringLiteral("N")},
        {QStringLiteral("sign"), tr("Flag note text (instead of SIGN)."), QStringLiteral("TEXT")},
        {QStringLiteral("timeout"), tr("Seconds to wait for an answer, per request (default 60)."), QStringLiteral("SECONDS")},
    });
    if (!m_parser.parse(arguments))
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
    setUpLogging(verbosity);
    m_json = m_parser.isSet(QStringLiteral("json"));

    const QStringList args = m_parser.positionalArguments();
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
    else if (group == QLatin1String("threats") && (sub == QLatin1String("flag") || sub == QLatin1String("unflag")) && !rest.isEmpty())
        handler = [this, sub, rest] { return threatsFlag(sub == QLatin1String("flag"), rest); };
    else if (group == QLatin1String("sites") && sub == QLatin1String("list") && rest.isEmpty())
        handler = [this] { return sitesList(); };
    else if (group == QLatin1String("accounts") && sub == QLatin1String("list") && rest.isEmpty())
        handler = [this] { return accountsList(); };
    else
        return usage(tr("unknown command or wrong arguments: %1").arg(args.join(u' ')));

    QString error;
    if (!loadConfig(&error))
        return usage(error);
    m_client = new s1::S1Client(m_config, this);

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
    connect(job, &jobs::Job::progressChanged, this,
            [this, job](qint64 done, qint64 total, const QString &) { m_term.progress(done, total, job->title()); });
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
                                "(2026-01-31T08:00:00Z) nor a duration (P7D)").arg(since));
        }
    }
    query.sortBy = QStringLiteral("createdAt");

    auto *job = new s1::ThreatListJob(m_client, query);
    bool first = true;
    if (m_json)
        m_term.outRaw("[\n");
    else
        m_term.out(QStringLiteral("%1  %2  %3  %4  %5  %6")
                       .arg(QStringLiteral("ID").leftJustified(19), QStringLiteral("CREATED").leftJustified(20),
                            QStringLiteral("CONFIDENCE").leftJustified(10), QStringLiteral("CLASSIFICATION").leftJustified(14),
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
            rows << QStringList{n.id, n.createdAt.toString(Qt::ISODate), n.creator, n.containsFlag(m_flag) ? tr("yes") : QString(), n.text};
        m_term.table({tr("NOTE ID"), tr("CREATED"), tr("BY"), tr("FLAG"), tr("TEXT")}, rows);
    });
    return runJob(job);
}

int CliApp::threatsFlag(bool flag, const QStringList &ids)
{
    auto *job = new s1::ThreatFlagJob(m_client, flag ? s1::ThreatFlagJob::Mode::Flag : s1::ThreatFlagJob::Mode::Unflag, ids, m_flag);
    const int code = runJob(job);
    if (m_json && job->state() == jobs::Job::State::Succeeded) {
        QJsonArray failed;
        for (const auto &f : job->failures())
            failed.append(QJsonObject{{QStringLiteral("id"), f.item}, {QStringLiteral("error"), f.message}});
        m_term.outRaw(QJsonDocument(QJsonObject{{QStringLiteral("changed"), QJsonArray::fromStringList(job->changedThreats())},
                                                {QStringLiteral("failed"), failed}})
                          .toJson(QJsonDocument::Indented));
    }
    return code;
}

int CliApp::sitesList()
{
    auto *job = new s1::SiteListJob(m_client, m_config.accountId.isEmpty() ? QStringList() : QStringList{m_config.accountId});
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
            rows << QStringList{s.id, s.state, s.siteType, s.accountName, s.name};
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
            rows << QStringList{a.id, a.state, a.accountType, QString::number(a.numberOfSites), a.name};
        m_term.table({tr("ACCOUNT ID"), tr("STATE"), tr("TYPE"), tr("SITES"), tr("NAME")}, rows);
    });
    return runJob(job);
}
