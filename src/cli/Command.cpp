// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "AccountsCommand.h"
#include "CliContext.h"
#include "FirewallCommand.h"
#include "IocsCommand.h"
#include "OpenCtiCommand.h"
#include "ProfilesCommand.h"
#include "RulesCommand.h"
#include "RunCommand.h"
#include "SharingCommand.h"
#include "SitesCommand.h"
#include "SourcesCommand.h"
#include "ThreatsCommand.h"

#include <memory>
#include <vector>

namespace cli {

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ThreatsCommand>());
    commands.push_back(std::make_unique<SitesCommand>());
    commands.push_back(std::make_unique<AccountsCommand>());
    commands.push_back(std::make_unique<OpenCtiCommand>());
    commands.push_back(std::make_unique<IocsCommand>());
    commands.push_back(std::make_unique<SourcesCommand>());
    commands.push_back(std::make_unique<RulesCommand>());
    commands.push_back(std::make_unique<SharingCommand>());
    commands.push_back(std::make_unique<FirewallCommand>());
    commands.push_back(std::make_unique<RunCommand>());
    commands.push_back(std::make_unique<ProfilesCommand>());
    return commands;
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Command::tr("Show this help."));
}

QCommandLineOption verboseOption()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("verbose")},
        Command::tr("More log output on stderr: -v what the jobs do, -vv (or -v -v) every request."));
}

QList<QCommandLineOption> globalOptions(int globals)
{
    QList<QCommandLineOption> options;
    if (globals & Command::Json)
        options << QCommandLineOption(QStringLiteral("json"), Command::tr("Print JSON on stdout."));
    if (globals & Command::Console) {
        options << QCommandLineOption(QStringLiteral("profile"),
            Command::tr("Use the saved profile NAME (its tokens from the keychain)."), QStringLiteral("NAME"))
                << QCommandLineOption(QStringLiteral("api-key-file"),
                       Command::tr("Read the API token from FILE ('-' for stdin; at most 64 KiB)."),
                       QStringLiteral("FILE"))
                << QCommandLineOption(QStringLiteral("url"), Command::tr("Console URL (instead of S1_URL)."),
                       QStringLiteral("URL"))
                << QCommandLineOption(QStringLiteral("account"),
                       Command::tr("Account ID (instead of S1_ACCOUNT_ID)."), QStringLiteral("ID"))
                << QCommandLineOption(QStringLiteral("max-attempts"),
                       Command::tr("Attempts per request (instead of MAX_API_ATTEMPTS)."),
                       QStringLiteral("N"))
                << QCommandLineOption(QStringLiteral("sign"),
                       Command::tr("Flag note text (instead of SIGN)."), QStringLiteral("TEXT"))
                << QCommandLineOption(QStringLiteral("timeout"),
                       Command::tr("Seconds to wait for an answer, per request (default 60)."),
                       QStringLiteral("SECONDS"))
                << QCommandLineOption(QStringLiteral("deadline"),
                       Command::tr("Seconds one answer may take in all, however slowly it comes, per "
                                   "attempt (default 300)."),
                       QStringLiteral("SECONDS"));
    }
    return options;
}

// "Unknown option --since for 'profiles list'." (QCommandLineParser's own text omits the dashes.)
QString parseError(const QCommandLineParser &parser, const QString &words)
{
    QStringList unknown;
    for (const QString &name : parser.unknownOptionNames())
        unknown << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    unknown.removeDuplicates();
    if (unknown.isEmpty())
        return parser.errorText();
    const QString spelled = unknown.join(QLatin1String(", "));
    if (words.isEmpty())
        return Command::tr("Unknown option %1 (before the command only the global options may be given; "
                           "a command's own options go after it).")
            .arg(spelled);
    return Command::tr("Unknown option %1 for '%2'.").arg(spelled, words);
}

const char *const kConfiguration = QT_TRANSLATE_NOOP("Command",
    R"(Configuration: --profile NAME uses a saved profile (its tokens from the keychain; when the
keychain has none, from S1_API_KEY). Without --profile, the environment, as the public
OpenCTI connector uses it:
  S1_URL            console URL, e.g. https://yourcompany.sentinelone.net
  S1_API_KEY        API token (never on the command line; or --api-key-file FILE, at most 64 KiB)
  S1_ACCOUNT_ID     account to work in (optional)
  MAX_API_ATTEMPTS  attempts per request, default 5
  SIGN              flag note text, default [OpenCTI_add]
  OPENCTI_URL, OPENCTI_TOKEN, CONNECTOR_ID, CONNECTOR_NAME, CONNECTOR_DURATION_PERIOD
                    the OpenCTI side, for opencti commands (a profile has them built in)
Every generation of the connector's names works, as 'profiles import' reads them:
SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY, _ACCOUNT_ID, _MAX_API_ATTEMPTS, _SIGN,
_IMPORT_START_DATE, and the older SENTINELONE_URL ...; when two names of a setting are set, the
newest wins (with a warning). An empty variable counts as unset.
Options (--url, --account, --max-attempts, --sign, --api-key-file) override both.

Verbosity: -v shows what the jobs do, -vv (or -v -v) every request; never a token. run also takes
the connector's levels, -v 1|2|3 or --verbosity 1|2|3 (1 warnings, 2 as -v, 3 as -vv): a level
given that way wins over -v flags; of several levels, the last one given counts.

Exit codes:
    0  success
    2  usage or configuration error (also: unknown or duplicate profile)
    3  the console refused the token, or the token lacks rights
    4  API or network failure after every retry (also: some items failed)
    5  local failure: the database, the settings file, the keychain or a log file cannot be
       read or written (the message names it)
  130  interrupted by SIGINT or SIGTERM before the command finished
)");

QString columns(const QString &left, const QString &right)
{
    constexpr int width = 24;
    if (left.size() <= width)
        return QStringLiteral("  ") + left.leftJustified(width) + right + u'\n';
    return QStringLiteral("  ") + left + u'\n' + QString(width + 2, u' ') + right + u'\n';
}

QString topLevelHelp(const std::vector<std::unique_ptr<Command>> &commands, const QCommandLineParser &parser)
{
    QString text
        = Command::tr("Usage: s1bridge-cli [global options] COMMAND [SUBCOMMAND] [arguments] [options]\n\n"
                      "Runs S1 Bridge's SentinelOne jobs without a window, e.g. from cron.\n\n"
                      "Commands:\n");
    for (const auto &command : commands) {
        for (const Command::Subcommand &sub : command->subcommands()) {
            QStringList words {command->name()};
            if (!sub.name.isEmpty())
                words << sub.name;
            if (!sub.arguments.isEmpty())
                words << sub.arguments;
            text += columns(words.join(u' '), sub.summary);
        }
    }
    text
        += Command::tr("\nEach command has its own options: 's1bridge-cli COMMAND [SUBCOMMAND] --help' lists "
                       "them,\ne.g. 's1bridge-cli threats list --help'. An option a command does not take is "
                       "an error (exit 2).\n\n");
    text += Command::tr(kConfiguration);
    const QString options = parser.helpText();
    const qsizetype at = options.indexOf(QLatin1String("Options:\n"));
    text += Command::tr("\nGlobal options (before or after the command, where it takes them):\n")
        + options.mid(at < 0 ? 0 : at + 9);
    return text;
}

} // namespace

Command::Command(const QString &name, const QString &description)
    : m_name(name)
    , m_description(description)
{ }

Command::~Command() = default;

void Command::addSubcommand(const Subcommand &subcommand)
{
    m_subcommands << subcommand;
}

const Command::Subcommand *Command::findSubcommand(const QString &name) const
{
    for (const Subcommand &sub : m_subcommands)
        if (sub.name == name)
            return &sub;
    return nullptr;
}

QString Command::words(const Subcommand &subcommand) const
{
    return subcommand.name.isEmpty() ? m_name : m_name + u' ' + subcommand.name;
}

int Command::countedVerbosity() const
{
    int count = 0;
    for (const QString &option : m_parser.optionNames())
        if (option == QLatin1String("v") || option == QLatin1String("verbose"))
            ++count;
    return std::min(count, 2);
}

std::optional<int> Command::verbosity(QString *) const
{
    return countedVerbosity();
}

QString Command::subcommandHelp(const Subcommand &subcommand) const
{
    QString text = tr("Usage: s1bridge-cli %1 [options]").arg(words(subcommand));
    if (!subcommand.arguments.isEmpty())
        text += u' ' + subcommand.arguments;
    text += QStringLiteral("\n\n") + subcommand.summary + u'\n';
    if (!subcommand.details.isEmpty())
        text += u'\n' + subcommand.details + u'\n';
    const QString options = m_parser.helpText();
    const qsizetype at = options.indexOf(QLatin1String("Options:\n"));
    text += u'\n' + options.mid(at < 0 ? 0 : at);
    text += tr("\nExit codes: 0 success, 2 usage or configuration, 3 token refused, 4 API failure, 5 local "
               "failure,\n130 interrupted ('s1bridge-cli --help' explains them).\n");
    return text;
}

QString Command::commandHelp() const
{
    QString text = tr("Usage: s1bridge-cli %1 SUBCOMMAND [arguments] [options]\n\n%2\n\nSubcommands:\n")
                       .arg(m_name, m_description);
    for (const Subcommand &sub : m_subcommands)
        text += columns(sub.arguments.isEmpty() ? sub.name : sub.name + u' ' + sub.arguments, sub.summary);
    text += tr("\n's1bridge-cli %1 SUBCOMMAND --help' lists the options of a subcommand.\n").arg(m_name);
    return text;
}

int Command::execute(CliContext &context, const QStringList &globalArguments, const QStringList &arguments)
{
    context.setCommand(m_name, nullptr);
    QStringList rest = arguments;
    const Subcommand *subcommand = nullptr;
    if (m_subcommands.size() == 1 && m_subcommands.first().name.isEmpty()) {
        subcommand = &m_subcommands.first();
    } else {
        QStringList names;
        for (const Subcommand &sub : m_subcommands)
            names << sub.name;
        if (rest.isEmpty() || rest.first().startsWith(u'-')) {
            const QStringList all = globalArguments + rest;
            if (all.contains(QLatin1String("-h")) || all.contains(QLatin1String("--help"))) {
                context.term().outRaw(commandHelp().toUtf8());
                return Ok;
            }
            return context.usage(
                tr("'%1' needs a subcommand: %2").arg(m_name, names.join(QLatin1String(", "))));
        }
        subcommand = findSubcommand(rest.first());
        if (!subcommand)
            return context.usage(tr("unknown command '%1 %2'; '%1' has: %3")
                                     .arg(m_name, rest.first(), names.join(QLatin1String(", "))));
        rest.removeFirst();
    }
    const QString commandWords = words(*subcommand);
    context.setCommand(commandWords, &m_parser);

    // Its own options first (they may redefine a global one's help text), then the global ones.
    QList<QCommandLineOption> options = subcommand->options;
    QStringList defined;
    for (const QCommandLineOption &option : std::as_const(options))
        defined << option.names();
    for (const QCommandLineOption &option : globalOptions(subcommand->globals))
        if (!defined.contains(option.names().constFirst()))
            options << option;
    options << verboseOption() << helpOption();
    m_parser.addOptions(options);
    if (!m_parser.parse(
            QStringList {QCoreApplication::applicationName()} + normalize(globalArguments + rest)))
        return context.usage(parseError(m_parser, commandWords));
    if (m_parser.isSet(QStringLiteral("help"))) {
        context.term().outRaw(subcommandHelp(*subcommand).toUtf8());
        return Ok;
    }

    QString error;
    const std::optional<int> level = verbosity(&error);
    if (!level)
        return context.usage(error);
    context.setUpLogging(*level);
    if (subcommand->globals & Json)
        context.setJson(m_parser.isSet(QStringLiteral("json")));

    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > subcommand->maxArguments && subcommand->maxArguments == 0)
        return context.usage(
            tr("'%1' takes no arguments, not \"%2\"").arg(commandWords, positional.join(u' ')));
    if (positional.size() < subcommand->minArguments
        || (subcommand->maxArguments >= 0 && positional.size() > subcommand->maxArguments))
        return context.usage(positional.isEmpty()
                ? tr("'%1' expects %2").arg(commandWords, subcommand->arguments)
                : tr("'%1' expects %2, not \"%3\"")
                      .arg(commandWords, subcommand->arguments, positional.join(u' ')));
    return run(context, subcommand->name, positional);
}

int Command::dispatch(CliContext &context, const QStringList &arguments)
{
    const std::vector<std::unique_ptr<Command>> commands = allCommands();
    QCommandLineParser parser;
    // Parsing stops at the command's name: what follows is the command's to parse.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(globalOptions(Json | Console));
    parser.addOptions({verboseOption(), helpOption(),
        QCommandLineOption(QStringLiteral("version"), tr("Print the version and exit."))});
    if (!parser.parse(arguments))
        return context.usage(parseError(parser, QString()));
    if (parser.isSet(QStringLiteral("version"))) {
        context.term().out(QStringLiteral("s1bridge-cli ") + QCoreApplication::applicationVersion());
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(QStringLiteral("help"))) {
            context.term().outRaw(topLevelHelp(commands, parser).toUtf8());
            return Ok;
        }
        return context.usage(tr("no command given."));
    }
    Command *command = nullptr;
    QStringList names;
    for (const auto &c : commands) {
        names << c->name();
        if (c->name() == positional.first())
            command = c.get();
    }
    if (!command)
        return context.usage(tr("unknown command \"%1\"; the commands are: %2")
                                 .arg(positional.first(), names.join(QLatin1String(", "))));
    // The global options given before the command go to its parser too (a --help there is its own).
    const QStringList before = arguments.mid(1, arguments.size() - 1 - positional.size());
    const int code = command->execute(context, before, positional.mid(1));
    context.term().flush();
    return code;
}

} // namespace cli
