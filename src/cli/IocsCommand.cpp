// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocsCommand.h"

#include "CliContext.h"
#include "IocSupport.h"
#include "exchange/IocFileParser.h"
#include "exchange/IocNormalizer.h"
#include "exchange/IocPush.h"
#include "exchange/IocStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

using namespace exchange;

namespace {

const QString kManual = QStringLiteral("manual");

QString typeNames()
{
    QStringList names;
    for (IocType type : allIocTypes())
        names << iocTypeName(type);
    return names.join(QLatin1String(", "));
}

QJsonObject countsJson(const UpsertCounts &counts, qint64 rejected)
{
    return QJsonObject {{QStringLiteral("new"), counts.added}, {QStringLiteral("updated"), counts.updated},
        {QStringLiteral("unchanged"), counts.unchanged}, {QStringLiteral("rejected"), rejected}};
}

// "N new, M updated, K unchanged, R rejected" (or the JSON object) on stdout.
void printCounts(CliContext &context, const UpsertCounts &counts, qint64 rejected)
{
    if (context.json())
        context.term().outRaw(QJsonDocument(countsJson(counts, rejected)).toJson(QJsonDocument::Indented));
    else
        context.term().out(IocsCommand::tr("%1 new, %2 updated, %3 unchanged, %4 rejected")
                               .arg(counts.added)
                               .arg(counts.updated)
                               .arg(counts.unchanged)
                               .arg(rejected));
}

QString shareStateNames()
{
    QStringList names;
    for (auto state : {IocShare::State::Pending, IocShare::State::Shared, IocShare::State::Failed,
             IocShare::State::Retracted})
        names << IocShare::stateName(state);
    return names.join(QLatin1String(", "));
}

} // namespace

IocsCommand::IocsCommand()
    : Command(QStringLiteral("iocs"),
        tr("The IOC store of the profile: add, import, list, show and retract indicators of compromise."))
{
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
        tr("Store the valid values even when some are refused (they are still listed on stderr)."));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
        tr("Into the manual source NAME (default \"manual\")."), QStringLiteral("NAME"));

    Subcommand add;
    add.name = QStringLiteral("add");
    add.arguments = QStringLiteral("TYPE VALUE...");
    add.summary = tr("Add values of one type to the manual source of the profile.");
    add.details = tr("TYPE is one of %1. Each value is normalized and checked (hex length of hashes,\n"
                     "URL scheme and host, IDNA domains, canonical IP addresses; defanged text re-fanged\n"
                     "with a warning). A refused value is listed on stderr with the reason and nothing is\n"
                     "stored (exit 2) unless --skip-invalid is given. The source \"manual\" (or --source\n"
                     "NAME) of the profile is created on first use. Prints: N new, M updated, K unchanged,\n"
                     "R rejected.")
                      .arg(typeNames());
    add.minArguments = 2;
    add.maxArguments = -1;
    add.globals = Json | Console;
    add.options = {sourceOption, skipInvalid,
        {QStringLiteral("description"), tr("A description for the values."), QStringLiteral("TEXT")},
        {QStringLiteral("labels"), tr("Labels, separated by commas."), QStringLiteral("LIST")}};
    addSubcommand(add);

    Subcommand import;
    import.name = QStringLiteral("import");
    import.arguments = QStringLiteral("FILE|URL");
    import.summary = tr("Import a file or an http(s) URL of IOCs (text, CSV or STIX 2.1).");
    import.details
        = tr("The format is detected from the content unless --format is given: plain text (one value a\n"
             "line, type detected, # and ; comments), CSV (a header naming the columns: value, type,\n"
             "description, valid until, severity, labels ...) or a STIX 2.1 bundle. Every refused line is\n"
             "listed on stderr as FILE:LINE: reason; then nothing is stored (exit 2) unless\n"
             "--skip-invalid is given. Prints: N new, M updated, K unchanged, R rejected.\n"
             "For a feed re-read on every pull, add it as a source: 'sources add NAME feed --url URL'.");
    import.minArguments = import.maxArguments = 1;
    import.globals = Json | Console;
    import.options = {sourceOption, skipInvalid,
        { QStringLiteral("format"),
            tr("text, csv, stix or auto (default)."),
            QStringLiteral("FORMAT") }};
    addSubcommand(import);

    Subcommand list;
    list.name = QStringLiteral("list");
    list.summary = tr("List the stored IOCs (filters: --type, --source, --state).");
    list.details = tr("Columns: type, value, sources, last seen, valid until, state (per sharing\n"
                      "configuration). Read from the store page by page. --json prints an array of objects,\n"
                      "--csv a header row and one row per IOC (CRLF line ends, RFC 4180 quoting; a field\n"
                      "starting with = + - @ defused with a leading ').");
    list.globals = Json | Console;
    list.options = {{QStringLiteral("type"), tr("Only IOCs of these types (separated by commas)."),
                        QStringLiteral("TYPE")},
        {QStringLiteral("source"), tr("Only IOCs the source NAME reports."), QStringLiteral("NAME")},
        {QStringLiteral("state"), tr("Only IOCs with a share in this state: %1.").arg(shareStateNames()),
            QStringLiteral("STATE")},
        {QStringLiteral("csv"), tr("Print CSV on stdout.")}};
    addSubcommand(list);

    Subcommand show;
    show.name = QStringLiteral("show");
    show.arguments = QStringLiteral("VALUE");
    show.summary = tr("Show an IOC: its fields, every source that reported it, its shares.");
    show.minArguments = show.maxArguments = 1;
    show.globals = Json | Console;
    addSubcommand(show);

    Subcommand retract;
    retract.name = QStringLiteral("retract");
    retract.arguments = QStringLiteral("VALUE...");
    retract.summary = tr("Ask for IOCs to be retracted from every sharing configuration's destination.");
    retract.details = tr("The next share run deletes them at the destination and never creates them there\n"
                         "again. A value that is not in the store is an error (exit 2); nothing is changed.");
    retract.minArguments = 1;
    retract.maxArguments = -1;
    retract.globals = Json | Console;
    addSubcommand(retract);

    Subcommand push;
    push.name = QStringLiteral("push");
    push.arguments = QStringLiteral("FILE|URL");
    push.summary = tr("Share a file's IOCs to the console at once (text, CSV or STIX 2.1).");
    push.details
        = tr("The values go through the same checks as 'iocs import' into the manual source \"push\" of the\n"
             "profile, then the sharing configuration \"push SCOPE\" (everything from that source, saved\n"
             "disabled so 'run' does not repeat it) shares them to the scope at once. Refused lines are\n"
             "listed on stderr as FILE:LINE: reason; the valid values are still shared. Pushing the same\n"
             "file again sends nothing; a push that was killed resumes when run again, nothing sent twice.\n"
             "Prints the store's and the share's counts. Exit codes as 'sharing run'.");
    push.minArguments = push.maxArguments = 1;
    push.globals = Json | Console;
    push.options = {{QStringLiteral("scope"), tr("Where the IOCs go: account:ID, site:ID or group:ID."),
                        QStringLiteral("SCOPE")},
        {QStringLiteral("valid-days"), tr("Days the IOCs live at the console (cut to SentinelOne's caps)."),
            QStringLiteral("N")},
        {QStringLiteral("source-text"), tr("The `source` written on each IOC (default \"S1 Bridge\")."),
            QStringLiteral("TEXT")},
        {QStringLiteral("batch-size"),
            tr("IOCs per request (default %1).").arg(SharingConfig::DefaultBatchSize), QStringLiteral("N")},
        {QStringLiteral("requests-per-minute"),
            tr("Pace below the console's rate limit (default %1; 0: no pacing).")
                .arg(SharingConfig::DefaultRequestsPerMinute),
            QStringLiteral("N")},
        {QStringLiteral("dry-run"), tr("Store the values, send nothing: say what would be sent.")},
        {QStringLiteral("format"), tr("text, csv, stix or auto (default)."), QStringLiteral("FORMAT")}};
    addSubcommand(push);
}

int IocsCommand::run(CliContext &context, const QString &subcommand, const QStringList &arguments)
{
    if (subcommand == QLatin1String("list") && context.json() && parser().isSet(QStringLiteral("csv")))
        return context.usage(tr("--csv and --json cannot be combined: choose one output format"));
    QString profileId;
    IocStore *store = nullptr;
    if (const int code = IocSupport::open(context, &profileId, &store))
        return code;
    if (subcommand == QLatin1String("add"))
        return add(context, store, profileId, arguments);
    if (subcommand == QLatin1String("import"))
        return import(context, store, profileId, arguments.first());
    if (subcommand == QLatin1String("list"))
        return list(context, store, profileId);
    if (subcommand == QLatin1String("push"))
        return push(context, store, profileId, arguments.first());
    if (subcommand == QLatin1String("show"))
        return show(context, store, arguments.first());
    return retract(context, store, arguments);
}

int IocsCommand::add(
    CliContext &context, IocStore *store, const QString &profileId, const QStringList &arguments)
{
    const std::optional<IocType> type = iocTypeFromName(arguments.first());
    if (!type)
        return context.usage(
            tr("unknown IOC type \"%1\"; expected one of %2").arg(arguments.first(), typeNames()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Ioc> iocs;
    qint64 rejected = 0;
    for (const QString &text : arguments.mid(1)) {
        const IocNormalizeResult result = IocNormalizer::normalize(*type, text);
        if (!result.ok) {
            context.term().err(tr("%1: %2").arg(IocNormalizer::printable(text), result.reason));
            ++rejected;
            continue;
        }
        if (!result.warning.isEmpty())
            context.term().err(tr("%1: warning: %2").arg(IocNormalizer::printable(text), result.warning));
        Ioc ioc;
        ioc.type = *type;
        ioc.value = result.value;
        ioc.firstSeen = ioc.lastSeen = now;
        ioc.description = parser().value(QStringLiteral("description"));
        ioc.labels = parser().value(QStringLiteral("labels")).split(u',', Qt::SkipEmptyParts);
        for (QString &label : ioc.labels)
            label = label.trimmed();
        iocs << ioc;
    }
    if (rejected > 0 && !parser().isSet(QStringLiteral("skip-invalid")))
        return context.usage(
            tr("%n value(s) refused; nothing was stored (correct them, or give --skip-invalid "
               "to store the others)",
                nullptr, int(rejected)));
    QString error;
    int code = Usage;
    const QString name
        = parser().isSet(QStringLiteral("source")) ? parser().value(QStringLiteral("source")) : kManual;
    const std::optional<IocSource> source
        = IocSupport::source(context, store, profileId, name, true, &error, &code);
    if (!source)
        return context.fail(code, error);
    if (source->kind != QLatin1String("manual"))
        return context.usage(
            tr("the source \"%1\" is a %2 source, filled by 'sources pull'; add values to a manual source")
                .arg(name, source->kind));
    UpsertCounts counts;
    if (!IocSupport::upsertAll(store, source->id, iocs, now.toMSecsSinceEpoch(), &counts, &error))
        return context.fail(LocalFailure, error);
    printCounts(context, counts, rejected);
    return Ok;
}

int IocsCommand::import(CliContext &context, IocStore *store, const QString &profileId, const QString &input)
{
    const std::optional<IocFileFormat> format
        = IocSupport::formatFromName(parser().value(QStringLiteral("format")));
    if (!format)
        return context.usage(tr("--format: \"%1\" is not a format; expected text, csv, stix or auto")
                                 .arg(parser().value(QStringLiteral("format"))));
    QString error;
    int code = Usage;
    const QString name
        = parser().isSet(QStringLiteral("source")) ? parser().value(QStringLiteral("source")) : kManual;
    if (const std::optional<IocSource> existing = store->sourceByName(profileId, name);
        existing && existing->kind != QLatin1String("manual"))
        return context.usage(
            tr("the source \"%1\" is a %2 source, filled by 'sources pull'; import into a manual source")
                .arg(name, existing->kind));
    IocSupport::Input in;
    if (const int readCode = IocSupport::read(context, input, &in, &error))
        return context.fail(readCode, error);
    const IocParseResult parsed = IocFileParser::parse(in.bytes, *format);
    if (!parsed.error.isEmpty())
        return context.usage(tr("%1: %2").arg(input, parsed.error));
    IocSupport::printRejected(context, input, parsed);
    if (!parsed.rejected.isEmpty() && !parser().isSet(QStringLiteral("skip-invalid")))
        return context.usage(tr("%1: %n line(s) refused; nothing was stored (correct them, or give "
                                "--skip-invalid to store the others)",
            nullptr, int(parsed.rejected.size()))
                                 .arg(input));
    const std::optional<IocSource> source
        = IocSupport::source(context, store, profileId, name, true, &error, &code);
    if (!source)
        return context.fail(code, error);
    UpsertCounts counts;
    if (!IocSupport::upsertAll(
            store, source->id, parsed.iocs, QDateTime::currentMSecsSinceEpoch(), &counts, &error))
        return context.fail(LocalFailure, error);
    printCounts(context, counts, parsed.rejected.size());
    return Ok;
}

int IocsCommand::push(CliContext &context, IocStore *store, const QString &profileId, const QString &input)
{
    const QCommandLineParser &options = parser();
    IocPush::Options push;
    push.profileId = profileId;
    QStringList problems;
    IocSupport::scopeOption(options, &push.scope, &problems);
    IocSupport::intOption(options, "valid-days", 1, SharingConfig::MaxAgingDays, &push.validDays, &problems);
    IocSupport::intOption(options, "batch-size", 1, SharingConfig::MaxBatchSize, &push.batchSize, &problems);
    IocSupport::intOption(options, "requests-per-minute", 0, 6000, &push.requestsPerMinute, &problems);
    push.sourceText = options.value(QStringLiteral("source-text"));
    const std::optional<IocFileFormat> format
        = IocSupport::formatFromName(options.value(QStringLiteral("format")));
    if (!format)
        problems << tr("--format: \"%1\" is not a format; expected text, csv, stix or auto")
                        .arg(options.value(QStringLiteral("format")));
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems).mid(0, problems.size() - 1))
            context.term().err(QStringLiteral("s1bridge-cli: ") + problem);
        return context.usage(problems.last());
    }
    QString error;
    IocSupport::Input in;
    if (const int readCode = IocSupport::read(context, input, &in, &error))
        return context.fail(readCode, error);
    const IocParseResult parsed = IocFileParser::parse(in.bytes, *format);
    if (!parsed.error.isEmpty())
        return context.usage(tr("%1: %2").arg(input, parsed.error));
    IocSupport::printRejected(context, input, parsed);
    const std::optional<SharingConfig> config = IocPush::prepare(store, push, &error);
    if (!config)
        return context.usage(error);
    for (const QString &note : config->agingNotes())
        context.term().err(note);
    UpsertCounts counts;
    if (!IocPush::store(store, config->sourceIds.first(), parsed.iocs, &counts, &error))
        return context.fail(LocalFailure, error);
    if (!parsed.rejected.isEmpty())
        context.term().err(tr(
            "%1: %n line(s) refused; the %2 valid value(s) are shared", nullptr, int(parsed.rejected.size()))
                               .arg(input)
                               .arg(parsed.iocs.size()));
    return IocSupport::share(context, store, *config, options.isSet(QStringLiteral("dry-run")),
        QJsonObject {{QStringLiteral("stored"), countsJson(counts, parsed.rejected.size())},
            {QStringLiteral("sharing"), config->name}},
        tr("%1 new, %2 updated, %3 unchanged, %4 rejected")
            .arg(counts.added)
            .arg(counts.updated)
            .arg(counts.unchanged)
            .arg(parsed.rejected.size()));
}

int IocsCommand::list(CliContext &context, IocStore *store, const QString &profileId)
{
    const QCommandLineParser &options = parser();
    IocFilter filter;
    if (options.isSet(QStringLiteral("type"))) {
        for (const QString &name : options.value(QStringLiteral("type")).split(u',', Qt::SkipEmptyParts)) {
            const std::optional<IocType> type = iocTypeFromName(name);
            if (!type)
                return context.usage(
                    tr("--type: unknown IOC type \"%1\"; expected %2").arg(name, typeNames()));
            filter.types << *type;
        }
    }
    QHash<QString, QString> sourceNames; // every profile's: an IOC may come from another profile's source
    for (const IocSource &s : store->sources())
        sourceNames.insert(s.id, s.name);
    if (options.isSet(QStringLiteral("source"))) {
        const std::optional<IocSource> s
            = store->sourceByName(profileId, options.value(QStringLiteral("source")));
        if (!s)
            return context.usage(
                tr("--source: no source named \"%1\"; 's1bridge-cli sources list' shows them")
                    .arg(options.value(QStringLiteral("source"))));
        filter.sourceIds << s->id;
    }
    if (options.isSet(QStringLiteral("state"))) {
        filter.shareState
            = IocShare::stateFromName(options.value(QStringLiteral("state")).trimmed().toLower());
        if (!filter.shareState)
            return context.usage(tr("--state: \"%1\" is not a share state; expected %2")
                                     .arg(options.value(QStringLiteral("state")), shareStateNames()));
    }
    const QList<NamedDefinition> sharings = store->sharings();
    const bool json = context.json();
    const bool csv = options.isSet(QStringLiteral("csv"));
    const QStringList header {
        tr("TYPE"), tr("VALUE"), tr("SOURCES"), tr("LAST SEEN"), tr("VALID UNTIL"), tr("STATE")};
    if (json)
        context.term().outRaw("[\n");
    else if (csv)
        context.term().outRaw("type,value,sources,first_seen,last_seen,valid_until,severity,score,labels,"
                              "description,state\r\n");
    // The table in fixed columns (a page at a time: the widths cannot wait for the last row).
    auto line = [](const QStringList &cells) {
        static const int widths[] = {6, 64, 16, 20, 20};
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QString cell = Terminal::printable(cells.at(i));
            text += i + 1 < cells.size() ? cell.leftJustified(widths[i]) + QStringLiteral("  ") : cell;
        }
        return (text + u'\n').toUtf8();
    };
    if (!json && !csv)
        context.term().outRaw(line(header));
    bool first = true;
    qint64 afterId = 0;
    for (;;) {
        const QList<IocRecord> page = store->list(filter, afterId, 1000);
        if (page.isEmpty())
            break;
        afterId = page.last().id;
        QList<qint64> ids;
        for (const IocRecord &r : page)
            ids << r.id;
        QList<QHash<qint64, IocShare>> shares;
        for (const NamedDefinition &sharing : sharings)
            shares << store->shares(sharing.id, ids);
        QByteArray chunk;
        for (const IocRecord &r : page) {
            QStringList names;
            for (const QString &id : r.sourceIds)
                names << sourceNames.value(id, id);
            QStringList states;
            QJsonObject stateJson;
            for (qsizetype i = 0; i < sharings.size(); ++i) {
                const auto it = shares.at(i).constFind(r.id);
                if (it == shares.at(i).constEnd())
                    continue;
                const QString state = IocShare::stateName(it->state)
                    + (it->retractRequested && it->state != IocShare::State::Retracted
                            ? tr(" (retract asked)")
                            : QString());
                states << (sharings.size() == 1 ? state : sharings.at(i).name + u':' + state);
                stateJson.insert(sharings.at(i).name, IocShare::stateName(it->state));
            }
            const Ioc &ioc = r.ioc;
            if (json) {
                QJsonObject o {{QStringLiteral("id"), r.id}, {QStringLiteral("type"), iocTypeName(ioc.type)},
                    {QStringLiteral("value"), ioc.value},
                    {QStringLiteral("sources"), QJsonArray::fromStringList(names)},
                    {QStringLiteral("firstSeen"), IocSupport::isoOrEmpty(ioc.firstSeen)},
                    {QStringLiteral("lastSeen"), IocSupport::isoOrEmpty(ioc.lastSeen)},
                    {QStringLiteral("validUntil"), IocSupport::isoOrEmpty(ioc.validUntil)},
                    {QStringLiteral("severity"), ioc.severity}, {QStringLiteral("score"), ioc.score},
                    {QStringLiteral("labels"), QJsonArray::fromStringList(ioc.labels)},
                    {QStringLiteral("description"), ioc.description}, {QStringLiteral("shares"), stateJson}};
                if (!first)
                    chunk += ",\n";
                chunk += QJsonDocument(o).toJson(QJsonDocument::Compact);
            } else if (csv) {
                const QStringList fields {iocTypeName(ioc.type), ioc.value, names.join(u','),
                    IocSupport::isoOrEmpty(ioc.firstSeen), IocSupport::isoOrEmpty(ioc.lastSeen),
                    IocSupport::isoOrEmpty(ioc.validUntil),
                    ioc.severity < 0 ? QString() : QString::number(ioc.severity),
                    ioc.score < 0 ? QString() : QString::number(ioc.score), ioc.labels.join(u','),
                    ioc.description, states.join(u',')};
                QStringList quoted;
                for (const QString &f : fields)
                    quoted << IocSupport::csvField(f);
                chunk += quoted.join(u',').toUtf8() + "\r\n";
            } else {
                chunk += line({iocTypeName(ioc.type), ioc.value,
                    names.isEmpty() ? tr("(none)") : names.join(QLatin1String(", ")),
                    IocSupport::isoOrEmpty(ioc.lastSeen), IocSupport::isoOrEmpty(ioc.validUntil),
                    states.isEmpty() ? tr("not shared") : states.join(QLatin1String(", "))});
            }
            first = false;
        }
        context.term().outRaw(chunk);
    }
    if (json)
        context.term().outRaw(first ? "]\n" : "\n]\n");
    else if (!csv && first)
        context.term().err(tr("No IOCs match."));
    return Ok;
}

int IocsCommand::show(CliContext &context, IocStore *store, const QString &value)
{
    const QList<IocRecord> records = IocSupport::findValue(store, value);
    if (records.isEmpty())
        return context.usage(tr("\"%1\" is not in the IOC store").arg(IocNormalizer::printable(value)));
    QJsonArray array;
    for (const IocRecord &record : records) {
        const std::optional<IocDetails> details = store->details(record.id);
        if (!details)
            continue;
        const Ioc &ioc = details->record.ioc;
        QJsonArray provenance;
        for (const IocProvenance &p : details->provenance)
            provenance.append(QJsonObject {{QStringLiteral("source"), p.sourceName},
                {QStringLiteral("firstSeen"), IocSupport::isoOrEmpty(p.firstSeen)},
                {QStringLiteral("lastSeen"), IocSupport::isoOrEmpty(p.lastSeen)},
                {QStringLiteral("validUntil"), IocSupport::isoOrEmpty(p.validUntil)},
                {QStringLiteral("present"), p.present}});
        QJsonArray shares;
        for (const IocShare &s : details->shares)
            shares.append(QJsonObject {{QStringLiteral("sharing"), s.sharingName},
                {QStringLiteral("state"), IocShare::stateName(s.state)},
                {QStringLiteral("remoteId"), s.remoteId},
                {QStringLiteral("expiresAt"), IocSupport::isoOrEmpty(s.expiresAt)},
                {QStringLiteral("reason"), s.reason},
                {QStringLiteral("retractRequested"), s.retractRequested},
                {QStringLiteral("sentAt"), IocSupport::isoOrEmpty(s.sentAt)},
                {QStringLiteral("confirmedAt"), IocSupport::isoOrEmpty(s.confirmedAt)},
                {QStringLiteral("attempts"), s.attempts}});
        if (context.json()) {
            array.append(QJsonObject {{QStringLiteral("type"), iocTypeName(ioc.type)},
                {QStringLiteral("value"), ioc.value},
                {QStringLiteral("firstSeen"), IocSupport::isoOrEmpty(ioc.firstSeen)},
                {QStringLiteral("lastSeen"), IocSupport::isoOrEmpty(ioc.lastSeen)},
                {QStringLiteral("validUntil"), IocSupport::isoOrEmpty(ioc.validUntil)},
                {QStringLiteral("severity"), ioc.severity}, {QStringLiteral("score"), ioc.score},
                {QStringLiteral("name"), ioc.name}, {QStringLiteral("description"), ioc.description},
                {QStringLiteral("labels"), QJsonArray::fromStringList(ioc.labels)},
                {QStringLiteral("link"), ioc.link.toString()},
                {QStringLiteral("contentHash"), details->record.contentHash},
                {QStringLiteral("provenance"), provenance}, {QStringLiteral("shares"), shares}});
            continue;
        }
        Terminal &term = context.term();
        auto line = [&term](const QString &label, const QString &text) {
            if (!text.isEmpty())
                term.out(QStringLiteral("%1 %2").arg(label.leftJustified(13), Terminal::printable(text)));
        };
        line(tr("Type:"), iocTypeName(ioc.type));
        line(tr("Value:"), ioc.value);
        line(tr("First seen:"), IocSupport::isoOrEmpty(ioc.firstSeen));
        line(tr("Last seen:"), IocSupport::isoOrEmpty(ioc.lastSeen));
        line(tr("Valid until:"), IocSupport::isoOrEmpty(ioc.validUntil));
        line(tr("Severity:"), ioc.severity < 0 ? QString() : QString::number(ioc.severity));
        line(tr("Score:"), ioc.score < 0 ? QString() : QString::number(ioc.score));
        line(tr("Name:"), ioc.name);
        line(tr("Description:"), ioc.description);
        line(tr("Labels:"), ioc.labels.join(QLatin1String(", ")));
        line(tr("Link:"), ioc.link.toString());
        term.out(tr("Sources:"));
        QList<QStringList> rows;
        for (const IocProvenance &p : details->provenance)
            rows << QStringList {QStringLiteral("  ") + p.sourceName, IocSupport::isoOrEmpty(p.firstSeen),
                IocSupport::isoOrEmpty(p.lastSeen), IocSupport::isoOrEmpty(p.validUntil),
                p.present ? tr("reported") : tr("no longer reported")};
        term.table({tr("  SOURCE"), tr("FIRST SEEN"), tr("LAST SEEN"), tr("VALID UNTIL"), tr("STATE")}, rows);
        if (details->shares.isEmpty()) {
            term.out(tr("Shares: none"));
        } else {
            term.out(tr("Shares:"));
            rows.clear();
            for (const IocShare &s : details->shares)
                rows << QStringList {QStringLiteral("  ") + s.sharingName,
                    IocShare::stateName(s.state) + (s.retractRequested ? tr(" (retract asked)") : QString()),
                    s.remoteId, IocSupport::isoOrEmpty(s.expiresAt), s.reason};
            term.table({tr("  SHARING"), tr("STATE"), tr("REMOTE ID"), tr("EXPIRES"), tr("REASON")}, rows);
        }
        if (records.size() > 1)
            term.out(QString());
    }
    if (context.json())
        context.term().outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Ok;
}

int IocsCommand::retract(CliContext &context, IocStore *store, const QStringList &values)
{
    QList<qint64> ids;
    QStringList missing;
    for (const QString &value : values) {
        const QList<IocRecord> found = IocSupport::findValue(store, value);
        if (found.isEmpty())
            missing << value;
        for (const IocRecord &r : found)
            ids << r.id;
    }
    for (const QString &value : std::as_const(missing))
        context.term().err(tr("%1: not in the IOC store").arg(IocNormalizer::printable(value)));
    if (!missing.isEmpty())
        return context.usage(
            tr("%n value(s) not in the IOC store; nothing was changed", nullptr, int(missing.size())));
    QString error;
    int changed = 0;
    if (!store->requestRetract(0, ids, &error, &changed))
        return context.fail(LocalFailure, error);
    if (context.json()) {
        context.term().outRaw(QJsonDocument(
            QJsonObject {{QStringLiteral("iocs"), ids.size()}, {QStringLiteral("shares"), changed}})
                                  .toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (changed == 0) {
        context.term().out(
            tr("%n IOC(s) found, but none is shared or pending at a destination: nothing to retract "
               "(to keep an IOC from ever being shared, put it on a rule's exclusion list).",
                nullptr, int(ids.size())));
        return Ok;
    }
    context.term().out(tr("%n IOC(s) marked for retraction (%1 share(s) in sharing configurations); the next "
                          "share run deletes them at the destination and does not share them there again.",
        nullptr, int(ids.size()))
                           .arg(changed));
    return Ok;
}

} // namespace cli
