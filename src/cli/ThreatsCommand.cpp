// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatsCommand.h"

#include "CliContext.h"
#include "jobs/IsoDuration.h"
#include "jobs/Job.h"
#include "s1/ListJobs.h"
#include "s1/ThreatCsvExport.h"
#include "s1/ThreatFlagJob.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

namespace cli {

ThreatsCommand::ThreatsCommand()
    : Command(QStringLiteral("threats"),
        tr("The console's threats: list them, read their notes, flag them for the OpenCTI import."))
{
    Subcommand list;
    list.name = QStringLiteral("list");
    list.summary = tr("List threats (filters: --site, --since, --query).");
    list.details
        = tr("Newest first. WHEN is a date (2026-01-31), a date and time (2026-01-31T08:00:00Z) or a\n"
             "duration back from now such as P7D. With a profile limited to some sites, only those.\n"
             "--json prints an array of threat objects. --csv prints the threat browser's CSV export:\n"
             "UTF-8 with a byte order mark, a header row (id, name, classification, ...), one row per\n"
             "threat, CRLF line ends, a field with a comma, quote or line break in double quotes (quotes\n"
             "doubled), a field starting with = + - @ defused with a leading '. Its flagged column\n"
             "stays empty (that would take a request per threat: see 'threats notes'). --csv and\n"
             "--json cannot be combined. Nothing is printed on stdout unless the whole list was read.");
    list.globals = Json | Console;
    list.options = {
        {QStringLiteral("site"), tr("Only threats of this site (IDs separated by commas)."),
            QStringLiteral("ID")},
        {QStringLiteral("since"), tr("Only threats created since WHEN."), QStringLiteral("WHEN")},
        {QStringLiteral("query"), tr("Free-text filter."), QStringLiteral("TEXT")},
        {QStringLiteral("csv"), tr("Print CSV on stdout, as the threat browser exports it.")},
    };
    addSubcommand(list);

    Subcommand notes;
    notes.name = QStringLiteral("notes");
    notes.arguments = QStringLiteral("ID");
    notes.summary = tr("Show the notes of a threat.");
    notes.minArguments = notes.maxArguments = 1;
    notes.globals = Json | Console;
    addSubcommand(notes);

    Subcommand flag;
    flag.name = QStringLiteral("flag");
    flag.arguments = QStringLiteral("ID...");
    flag.summary = tr("Add the flag note to the threats (one request).");
    flag.details = tr("The flag note's text is SIGN (default [OpenCTI_add]), the profile's, or --sign TEXT.");
    flag.minArguments = 1;
    flag.maxArguments = -1;
    flag.globals = Json | Console;
    addSubcommand(flag);

    Subcommand unflag = flag;
    unflag.name = QStringLiteral("unflag");
    unflag.summary = tr("Remove only the flag notes; other notes stay.");
    addSubcommand(unflag);
}

int ThreatsCommand::run(CliContext &context, const QString &subcommand, const QStringList &arguments)
{
    if (subcommand == QLatin1String("list") && context.json() && parser().isSet(QStringLiteral("csv")))
        return context.usage(tr("--csv and --json cannot be combined: choose one output format"));
    // A threat ID is the console's number for it: refuse anything else before asking the console
    // (an empty ID would read GET /threats//notes; a typo would come back as an HTTP 400).
    if (subcommand != QLatin1String("list")) {
        for (const QString &id : arguments) {
            const bool digits = !id.isEmpty() && id.size() <= 30
                && std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
            if (!digits)
                return context.usage(tr("ID: \"%1\" is not a threat ID; give the number the console shows "
                                        "for the threat (see 'threats list'), e.g. 1234567890123456789")
                                         .arg(id));
        }
    }
    QString error;
    if (const int code = context.loadConsole(&error))
        return context.fail(code, error);
    if (subcommand == QLatin1String("list"))
        return list(context);
    if (subcommand == QLatin1String("notes"))
        return notes(context, arguments.first());
    return flag(context, subcommand == QLatin1String("flag"), arguments);
}

int ThreatsCommand::list(CliContext &context)
{
    const QCommandLineParser &options = parser();
    const s1::ConsoleConfig &config = context.consoleConfig();
    s1::ThreatQuery query;
    if (options.isSet(QStringLiteral("site")))
        query.siteIds = options.value(QStringLiteral("site")).split(u',', Qt::SkipEmptyParts);
    else if (!config.siteIds.isEmpty()) // a profile limited to some sites
        query.siteIds = config.siteIds;
    else if (!config.accountId.isEmpty())
        query.accountIds = {config.accountId};
    if (options.isSet(QStringLiteral("query")))
        query.text = options.value(QStringLiteral("query"));
    if (options.isSet(QStringLiteral("since"))) {
        const QString since = options.value(QStringLiteral("since")).trimmed();
        if (since.startsWith(u'P', Qt::CaseInsensitive)) {
            QString error;
            const auto seconds = jobs::IsoDuration::parseSeconds(since, &error);
            if (!seconds)
                return context.usage(QStringLiteral("--since: ") + error);
            query.createdAfter = QDateTime::currentDateTimeUtc().addSecs(-*seconds);
        } else {
            query.createdAfter = QDateTime::fromString(since, Qt::ISODateWithMs);
            if (!query.createdAfter.isValid())
                query.createdAfter = QDateTime(QDate::fromString(since, Qt::ISODate), QTime(0, 0), Qt::UTC);
            if (!query.createdAfter.isValid())
                return context.usage(tr("--since: \"%1\" is neither a date (2026-01-31), a date and time "
                                        "(2026-01-31T08:00:00Z) nor a duration (P7D)")
                                         .arg(since));
        }
    }
    query.sortBy = QStringLiteral("createdAt");

    // The pages go to a spool file (memory if no temporary file can be made) and reach stdout only
    // when the whole list was read: a failure prints nothing there, so a script never reads half a list.
    QTemporaryFile spoolFile;
    QBuffer spoolMemory;
    QIODevice *spool = &spoolFile;
    if (!spoolFile.open()) {
        spoolMemory.open(QIODevice::ReadWrite);
        spool = &spoolMemory;
    }
    bool spoolFailed = false;
    auto write = [&](const QByteArray &bytes) {
        if (spool->write(bytes) != bytes.size())
            spoolFailed = true;
    };
    const bool json = context.json();
    const bool csv = options.isSet(QStringLiteral("csv"));
    if (json)
        write("[\n");
    else if (csv)
        write(s1::ThreatCsvExport::header());
    else
        write(QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                  .arg(QStringLiteral("ID").leftJustified(19), QStringLiteral("CREATED").leftJustified(20),
                      QStringLiteral("CONFIDENCE").leftJustified(10),
                      QStringLiteral("CLASSIFICATION").leftJustified(14),
                      QStringLiteral("ENDPOINT").leftJustified(16), QStringLiteral("NAME"))
                  .toUtf8());

    auto *job = new s1::ThreatListJob(context.client(), query);
    bool first = true;
    QObject::connect(job, &s1::ThreatListJob::threatsReady, job, [&](const QList<s1::Threat> &threats) {
        if (csv) {
            QList<const s1::Threat *> page;
            page.reserve(threats.size());
            for (const s1::Threat &t : threats)
                page << &t;
            write(s1::ThreatCsvExport::rows(page, {}, config));
            return;
        }
        QByteArray chunk;
        for (const s1::Threat &t : threats) {
            if (json) {
                if (!first)
                    chunk += ",\n";
                chunk += QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact);
            } else {
                // The server's text with its control characters escaped (Terminal::printable).
                chunk += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                             .arg(Terminal::printable(t.id).leftJustified(19),
                                 t.createdAt.toString(Qt::ISODate).leftJustified(20),
                                 Terminal::printable(t.confidenceLevel).leftJustified(10),
                                 Terminal::printable(t.classification).leftJustified(14),
                                 Terminal::printable(t.computerName).leftJustified(16),
                                 Terminal::printable(t.name))
                             .toUtf8();
            }
            first = false;
        }
        write(chunk);
    });
    const int code = context.runJob(job);
    if (code != Ok)
        return code;
    if (json)
        write(first ? "]\n" : "\n]\n");
    if (spoolFailed)
        return context.fail(LocalFailure,
            tr("cannot keep the list in the temporary file %1: %2")
                .arg(spoolFile.fileName(), spool->errorString()));
    spool->seek(0);
    while (!spool->atEnd())
        context.term().outRaw(spool->read(1 << 16));
    return Ok;
}

int ThreatsCommand::notes(CliContext &context, const QString &threatId)
{
    auto *job = new s1::NoteListJob(context.client(), threatId);
    QObject::connect(job, &jobs::Job::finished, job, [&context, job] {
        if (job->state() != jobs::Job::State::Succeeded)
            return;
        if (context.json()) {
            QJsonArray array;
            for (const s1::ThreatNote &n : job->notes())
                array.append(n.toJson());
            context.term().outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return;
        }
        QList<QStringList> rows;
        for (const s1::ThreatNote &n : job->notes())
            rows << QStringList {n.id, n.createdAt.toString(Qt::ISODate), n.creator,
                n.containsFlag(context.flag()) ? tr("yes") : QString(), n.text};
        context.term().table({tr("NOTE ID"), tr("CREATED"), tr("BY"), tr("FLAG"), tr("TEXT")}, rows);
    });
    return context.runJob(job);
}

int ThreatsCommand::flag(CliContext &context, bool flag, const QStringList &ids)
{
    auto *job = new s1::ThreatFlagJob(context.client(),
        flag ? s1::ThreatFlagJob::Mode::Flag : s1::ThreatFlagJob::Mode::Unflag, ids, context.flag());
    const int code = context.runJob(job, context.recordKey());
    if (context.json() && job->state() == jobs::Job::State::Succeeded) {
        QJsonArray failed;
        for (const auto &f : job->failures())
            failed.append(QJsonObject {{QStringLiteral("id"), f.item}, {QStringLiteral("error"), f.message}});
        context.term().outRaw(QJsonDocument(
            QJsonObject {{QStringLiteral("changed"), QJsonArray::fromStringList(job->changedThreats())},
                {QStringLiteral("failed"),
                    failed}}).toJson(QJsonDocument::Indented));
    }
    return code;
}

} // namespace cli
