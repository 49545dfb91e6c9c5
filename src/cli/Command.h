// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cli {

class CliContext;

// One command of s1bridge-cli ("threats", "profiles", "run" ...): a name, a one-line description and
// its subcommands ("list", "notes ID" ...; a command without subcommands, like run, has one without
// a name), each with its own options and arguments. execute() gives the subcommand its own
// QCommandLineParser holding only the options it takes (its own, the global ones that mean something
// to it, -v and --help), so an option it does not take is a usage error naming that option; it
// prints the subcommand's --help, sets up --json and the log verbosity, and calls run().
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    // The global options a subcommand takes besides -v/--verbose and -h/--help.
    enum Global {
        NoGlobal = 0x0,
        Json = 0x1, // --json
        Console = 0x2, // --profile, --api-key-file, --url, --account, --max-attempts, --sign, --timeout
    };

    struct Subcommand
    {
        QString name; // empty: the command itself (run)
        QString arguments; // for the usage line: "ID", "ID...", "FILE"; empty: none
        QString summary; // one line, for the command list of s1bridge-cli --help
        QString details; // more, for its own --help (may be empty)
        int minArguments = 0;
        int maxArguments = 0; // -1: no limit
        int globals = NoGlobal;
        QList<QCommandLineOption> options;
    };

    Command(const QString &name, const QString &description);
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    const QList<Subcommand> &subcommands() const { return m_subcommands; }

    // globalArguments: the global options given before the command's name; arguments: what follows
    // the name (the subcommand first). Returns the exit code.
    int execute(CliContext &context, const QStringList &globalArguments, const QStringList &arguments);

    // The whole command line (arguments[0] is the program): the global options, a command, its
    // subcommand, arguments and options. Prints the top-level --help and --version. The exit code.
    static int dispatch(CliContext &context, const QStringList &arguments);

protected:
    void addSubcommand(const Subcommand &subcommand);
    // Rewrites spellings QCommandLineParser cannot take before parsing (run: -ll DIR, -v 2).
    virtual QStringList normalize(const QStringList &arguments) const { return arguments; }
    // The log verbosity (0..2) the parsed options ask for; nullopt and *error when they are wrong.
    // By default -v counts: -v is 1, -vv (or -v -v) 2.
    virtual std::optional<int> verbosity(QString *error) const;
    // Runs the parsed subcommand (its name; empty for a command without subcommands) with its
    // positional arguments; parser() holds its options. Returns the exit code.
    virtual int run(CliContext &context, const QString &subcommand, const QStringList &arguments) = 0;

    const QCommandLineParser &parser() const { return m_parser; }
    int countedVerbosity() const;

private:
    const Subcommand *findSubcommand(const QString &name) const;
    QString words(const Subcommand &subcommand) const; // "threats list"
    QString subcommandHelp(const Subcommand &subcommand) const;
    QString commandHelp() const;

    QString m_name;
    QString m_description;
    QList<Subcommand> m_subcommands;
    QCommandLineParser m_parser;
};

} // namespace cli
