// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingCommand.h"

#include "CliContext.h"
#include "IocSupport.h"
#include "config/ProfileStore.h"
#include "exchange/BusinessRule.h"
#include "exchange/IocStore.h"
#include "exchange/SharingConfig.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cli {

using namespace exchange;

namespace {

const QString kFormat = QStringLiteral("s1bridge-exchange");
constexpr int kVersion = 1;

QString enabledWord(const QJsonObject &definition)
{
    return definition.value(QLatin1String("enabled")).toBool(true) ? SharingCommand::tr("yes")
                                                                   : SharingCommand::tr("no");
}

// The destination in words ("CSV file /srv/iocs.csv"); the raw key when the definition is not valid.
QString destinationWords(const NamedDefinition &sharing)
{
    const auto config = SharingConfig::fromDefinition(sharing, nullptr);
    return config ? config->destinationText() : IocStore::destinationKey(sharing.definition);
}

} // namespace

SharingCommand::SharingCommand()
    : Command(QStringLiteral("sharing"),
        tr("Sharing configurations (sources and a rule -> a destination), and the whole exchange setup as "
           "JSON."))
{
    Subcommand list;
    list.name = QStringLiteral("list");
    list.summary = tr("List the sharing configurations.");
    list.globals = Json | Console;
    addSubcommand(list);

    Subcommand show;
    show.name = QStringLiteral("show");
    show.arguments = QStringLiteral("NAME");
    show.summary = tr("Show a sharing configuration and how many IOCs it shared, by state.");
    show.minArguments = show.maxArguments = 1;
    show.globals = Json | Console;
    addSubcommand(show);

    Subcommand remove;
    remove.name = QStringLiteral("remove");
    remove.arguments = QStringLiteral("NAME");
    remove.summary = tr("Remove a sharing configuration (refused while IOCs are shared through it).");
    remove.minArguments = remove.maxArguments = 1;
    remove.globals = Console;
    addSubcommand(remove);

    Subcommand exportAll;
    exportAll.name = QStringLiteral("export");
    exportAll.summary
        = tr("Print the profile's sources, the rules and the sharing configurations as one JSON document.");
    exportAll.details
        = tr("{\"format\": \"s1bridge-exchange\", \"version\": 1, \"sources\": [{name, kind, settings}],\n"
             "\"rules\": [{name, definition}], \"sharing\": [{name, definition}]}; sources are named, not\n"
             "numbered, so the document can be kept in version control and imported elsewhere.\n"
             "No checkpoints, no IOCs, never a secret.");
    exportAll.globals = Console;
    addSubcommand(exportAll);

    Subcommand import;
    import.name = QStringLiteral("import");
    import.arguments = QStringLiteral("FILE");
    import.summary
        = tr("Create or replace sources, rules and sharing configurations from an exported document.");
    import.details
        = tr("Everything is checked before anything is written: every problem is listed, naming\n"
             "its place (sources[2].settings.url ...), and then nothing changes (exit 2). Entries are\n"
             "matched by name: an existing one is replaced (a source keeps its checkpoint and its\n"
             "IOCs); what the document does not name stays.");
    import.minArguments = import.maxArguments = 1;
    import.globals = Json | Console;
    addSubcommand(import);

    Subcommand add;
    add.name = QStringLiteral("add");
    add.arguments = QStringLiteral("NAME");
    add.summary = tr("Add a sharing configuration: sources and a rule -> the console's threat intelligence, "
                     "OpenCTI or a file.");
    add.details
        = tr("--destination s1 (the default) needs --scope (account:ID, site:ID or group:ID; never empty);\n"
             "--destination opencti sends indicators to the OpenCTI of the profile (--to-profile NAME);\n"
             "--destination file writes every shared IOC to --path (absolute) as --format csv or stix.\n"
             "Without --sources, every source; without --rule, every IOC of them. --valid-days TYPE=N,...\n"
             "sets how long each type lives at the destination (cut to SentinelOne's caps there: 30 days\n"
             "for IPs, 180 for the others; a note says so; a file keeps each IOC's own valid until).\n"
             "Every problem is named by its option; nothing is saved (exit 2).");
    add.minArguments = add.maxArguments = 1;
    add.globals = Console;
    add.options = {{QStringLiteral("scope"), tr("Where the IOCs go: account:ID, site:ID or group:ID."),
                       QStringLiteral("SCOPE")},
        {QStringLiteral("sources"), tr("The sources (names, separated by commas); default all."),
            QStringLiteral("NAMES")},
        {QStringLiteral("rule"), tr("The business rule that decides what is shared."),
            QStringLiteral("NAME")},
        {QStringLiteral("source-text"), tr("The `source` written on each IOC (default \"S1 Bridge\")."),
            QStringLiteral("TEXT")},
        {QStringLiteral("valid-days"), tr("Days an IOC lives at the console, per type: SHA256=180,IPV4=30."),
            QStringLiteral("TYPE=N,...")},
        {QStringLiteral("batch-size"),
            tr("IOCs per request (1-%1, default %2).")
                .arg(SharingConfig::MaxBatchSize)
                .arg(SharingConfig::DefaultBatchSize),
            QStringLiteral("N")},
        {QStringLiteral("requests-per-minute"),
            tr("Pace below the console's rate limit (default %1; 0: no pacing).")
                .arg(SharingConfig::DefaultRequestsPerMinute),
            QStringLiteral("N")},
        {QStringLiteral("to-profile"),
            tr("Send to the console (or the OpenCTI) of this saved profile (default: the one the sources "
               "belong to)."),
            QStringLiteral("NAME")},
        {QStringLiteral("destination"),
            tr("Where the IOCs go: s1 (the console's threat intelligence, the default), opencti (the "
               "profile's OpenCTI, as indicators) or file (--path, --format)."),
            QStringLiteral("KIND")},
        {QStringLiteral("path"), tr("--destination file: the absolute path of the file written at each run."),
            QStringLiteral("PATH")},
        {QStringLiteral("format"), tr("--destination file: csv (the default) or stix (a STIX 2.1 bundle)."),
            QStringLiteral("FORMAT")},
        {QStringLiteral("disabled"), tr("Saved, but not run by 's1bridge-cli run' on its period.")}};
    addSubcommand(add);

    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Send nothing: say what would be sent."));
    Subcommand test;
    test.name = QStringLiteral("test");
    test.arguments = QStringLiteral("NAME");
    test.summary = tr("How many IOCs would be created, renewed and retracted, with samples; sends nothing.");
    test.minArguments = test.maxArguments = 1;
    test.globals = Json | Console;
    addSubcommand(test);

    Subcommand run;
    run.name = QStringLiteral("run");
    run.arguments = QStringLiteral("NAME");
    run.summary = tr("Share now: send what is new or changed, renew, retract (recorded in the job history).");
    run.details = tr("Progress on stderr; the counts on stdout. A killed run resumes where it stopped: IOCs\n"
                     "sent without a recorded answer are read back first, never sent twice.\n"
                     "Exit 0; 3 when the token is refused or cannot write in the scope; 4 when the console\n"
                     "failed or refused some IOCs.");
    run.minArguments = run.maxArguments = 1;
    run.globals = Json | Console;
    run.options = {dryRun};
    addSubcommand(run);
}

int SharingCommand::run(CliContext &context, const QString &subcommand, const QStringList &arguments)
{
    QString profileId;
    IocStore *store = nullptr;
    if (const int code = IocSupport::open(context, &profileId, &store))
        return code;
    if (subcommand == QLatin1String("list"))
        return list(context, store);
    if (subcommand == QLatin1String("show"))
        return show(context, store, arguments.first());
    if (subcommand == QLatin1String("remove"))
        return remove(context, store, arguments.first());
    if (subcommand == QLatin1String("export"))
        return exportAll(context, store, profileId);
    if (subcommand == QLatin1String("add"))
        return add(context, store, profileId, arguments.first());
    if (subcommand == QLatin1String("test") || subcommand == QLatin1String("run")) {
        QStringList problems;
        const std::optional<SharingConfig> config = SharingConfig::load(*store, arguments.first(), &problems);
        if (!config)
            return context.usage(
                tr("sharing configuration \"%1\": %2; 's1bridge-cli sharing list' shows them")
                    .arg(arguments.first(), problems.join(u' ')));
        return IocSupport::share(context, store, *config,
            subcommand == QLatin1String("test") || parser().isSet(QStringLiteral("dry-run")));
    }
    return importAll(context, store, profileId, arguments.first());
}

int SharingCommand::add(CliContext &context, IocStore *store, const QString &profileId, const QString &name)
{
    const QCommandLineParser &options = parser();
    if (store->sharing(name))
        return context.usage(
            tr("a sharing configuration named \"%1\" exists already ('sharing remove %1' first)").arg(name));
    SharingConfig config;
    config.name = name.trimmed();
    config.enabled = !options.isSet(QStringLiteral("disabled"));
    // The console that receives: the sources' own, or another saved profile's. Only that profile's
    // 's1bridge-cli run' (or the window's schedule for it) runs the configuration.
    config.profileId = profileId;
    QStringList problems;
    if (options.isSet(QStringLiteral("to-profile"))) {
        QString error;
        if (const auto to = context.findProfile(options.value(QStringLiteral("to-profile")), &error))
            config.profileId = to->id;
        else
            problems << tr("--to-profile: %1").arg(error);
    }
    const QString kind = options.value(QStringLiteral("destination")).trimmed().toLower();
    if (kind.isEmpty() || kind == QLatin1String("s1")) {
        config.destination = SharingConfig::DestinationKind::S1ThreatIntel;
        IocSupport::scopeOption(options, &config.scope, &problems);
    } else if (kind == QLatin1String("opencti")) {
        config.destination = SharingConfig::DestinationKind::OpenCti; // the profile's OpenCTI
    } else if (kind == QLatin1String("file")) {
        config.destination = SharingConfig::DestinationKind::File;
        config.filePath = options.value(QStringLiteral("path")).trimmed();
        if (!options.isSet(QStringLiteral("path")))
            problems << tr(
                "--path: required with --destination file: the absolute path of the file to write");
        else
            for (const QString &problem : SharingConfig::filePathProblems(config.filePath))
                problems << QStringLiteral("--path: ") + problem.section(QStringLiteral(": "), 1);
        if (options.isSet(QStringLiteral("format"))) {
            if (const auto format
                = SharingConfig::fileFormatFromName(options.value(QStringLiteral("format"))))
                config.fileFormat = *format;
            else
                problems << tr("--format: \"%1\" is not a file format; expected csv or stix")
                                .arg(options.value(QStringLiteral("format")));
        }
    } else {
        problems << tr("--destination: \"%1\" is not a destination; expected s1, opencti or file").arg(kind);
    }
    if (config.destination != SharingConfig::DestinationKind::S1ThreatIntel
        && options.isSet(QStringLiteral("scope")))
        problems << tr("--scope: only for --destination s1 (a SentinelOne scope)");
    if (config.destination != SharingConfig::DestinationKind::File
        && (options.isSet(QStringLiteral("path")) || options.isSet(QStringLiteral("format"))))
        problems << tr("--path and --format: only for --destination file");
    for (const QString &source : options.value(QStringLiteral("sources")).split(u',', Qt::SkipEmptyParts)) {
        if (const auto s = store->sourceByName(profileId, source.trimmed()))
            config.sourceIds << s->id;
        else
            problems << tr("--sources: no source named \"%1\"; 's1bridge-cli sources list' shows them")
                            .arg(source.trimmed());
    }
    if (options.isSet(QStringLiteral("rule"))) {
        if (const auto rule = store->rule(options.value(QStringLiteral("rule")))) {
            config.ruleId = rule->id;
            config.ruleName = rule->name;
        } else {
            problems << tr("--rule: no business rule named \"%1\"; 's1bridge-cli rules list' shows them")
                            .arg(options.value(QStringLiteral("rule")));
        }
    }
    if (options.isSet(QStringLiteral("source-text")))
        config.sourceText = options.value(QStringLiteral("source-text")).trimmed();
    for (const QString &pair : options.value(QStringLiteral("valid-days")).split(u',', Qt::SkipEmptyParts)) {
        const QString type = pair.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const int days = pair.section(u'=', 1).trimmed().toInt(&ok);
        const auto iocType = iocTypeFromName(type);
        if (!iocType)
            problems << tr("--valid-days: \"%1\" is not an IOC type; expected TYPE=N with TYPE one of %2")
                            .arg(type, s1::threatintel::iocTypeNames().join(QLatin1String(", ")));
        else if (!ok || days < 1 || days > SharingConfig::MaxAgingDays)
            problems << tr("--valid-days: %1: expected a whole number of days from 1 to %2")
                            .arg(type)
                            .arg(SharingConfig::MaxAgingDays);
        else
            config.requestedAgingDays.insert(*iocType, days);
    }
    IocSupport::intOption(
        options, "batch-size", 1, SharingConfig::MaxBatchSize, &config.batchSize, &problems);
    IocSupport::intOption(options, "requests-per-minute", 0, 6000, &config.requestsPerMinute, &problems);
    if (problems.isEmpty())
        problems = config.validate();
    if (!problems.isEmpty()) {
        // The configuration's own words name its JSON fields: here they are options.
        for (QString &problem : problems)
            if (problem.startsWith(QLatin1String("destination.target.path: ")))
                problem = QStringLiteral("--path: ") + problem.section(QStringLiteral(": "), 1);
    }
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            context.term().err(problem);
        return context.usage(
            tr("%n problem(s); the sharing configuration was not saved", nullptr, int(problems.size())));
    }
    QString error;
    if (!config.save(store, &error))
        return context.fail(LocalFailure, error);
    for (const QString &note : config.agingNotes())
        context.term().err(note);
    context.term().err(
        tr("Added the sharing configuration \"%1\" (%2, %3). 'sharing test %1' shows what it "
           "would send.")
            .arg(config.name, config.destinationText(), config.enabled ? tr("enabled") : tr("disabled")));
    return Ok;
}

int SharingCommand::list(CliContext &context, IocStore *store)
{
    const QList<IocSource> sources = store->sources();
    QJsonArray array;
    QList<QStringList> rows;
    for (const NamedDefinition &sharing : store->sharings()) {
        const QJsonObject definition = IocSupport::mapSources(sharing.definition, sources, false);
        if (context.json()) {
            array.append(QJsonObject {{QStringLiteral("name"), sharing.name},
                {QStringLiteral("definition"), definition},
                {QStringLiteral("shared"), store->countShares(sharing.id, IocShare::State::Shared)}});
            continue;
        }
        QStringList names;
        for (const QJsonValue &v : definition.value(QLatin1String("sources")).toArray())
            names << v.toString();
        rows << QStringList {sharing.name, destinationWords(sharing), enabledWord(definition),
            names.isEmpty() ? tr("all") : names.join(QLatin1String(", ")),
            definition.value(QLatin1String("rule")).toVariant().toString(),
            QString::number(store->countShares(sharing.id, IocShare::State::Shared))};
    }
    if (context.json()) {
        context.term().outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (rows.isEmpty()) {
        context.term().err(tr("No sharing configurations yet ('sharing import FILE' brings them in)."));
        return Ok;
    }
    context.term().table(
        {tr("NAME"), tr("DESTINATION"), tr("ENABLED"), tr("SOURCES"), tr("RULE"), tr("SHARED")}, rows);
    return Ok;
}

int SharingCommand::show(CliContext &context, IocStore *store, const QString &name)
{
    const std::optional<NamedDefinition> sharing = store->sharing(name);
    if (!sharing)
        return context.usage(
            tr("no sharing configuration named \"%1\"; 's1bridge-cli sharing list' shows them").arg(name));
    const QJsonObject definition = IocSupport::mapSources(sharing->definition, store->sources(), false);
    QJsonObject counts;
    for (auto state : {IocShare::State::Pending, IocShare::State::Shared, IocShare::State::Failed,
             IocShare::State::Retracted})
        counts.insert(IocShare::stateName(state), store->countShares(sharing->id, state));
    if (context.json()) {
        context.term().outRaw(QJsonDocument(
            QJsonObject {{QStringLiteral("name"), sharing->name}, {QStringLiteral("definition"), definition},
                {QStringLiteral("shares"),
                    counts}}).toJson(QJsonDocument::Indented));
        return Ok;
    }
    context.term().out(tr("Sharing configuration: %1").arg(sharing->name));
    context.term().out(tr("Destination: %1").arg(destinationWords(*sharing)));
    context.term().out(tr("Enabled: %1").arg(enabledWord(definition)));
    context.term().outRaw(QJsonDocument(definition).toJson(QJsonDocument::Indented));
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << tr("%1 %2").arg(it->toInteger()).arg(it.key());
    context.term().out(tr("Shares: %1").arg(parts.join(QLatin1String(", "))));
    return Ok;
}

int SharingCommand::remove(CliContext &context, IocStore *store, const QString &name)
{
    const std::optional<NamedDefinition> sharing = store->sharing(name);
    if (!sharing)
        return context.usage(
            tr("no sharing configuration named \"%1\"; 's1bridge-cli sharing list' shows them").arg(name));
    QString error;
    if (!store->removeSharing(sharing->id, &error))
        return context.usage(error); // still shared somewhere: the store's sentence says what to do
    context.term().err(tr("Removed the sharing configuration \"%1\".").arg(name));
    return Ok;
}

int SharingCommand::exportAll(CliContext &context, IocStore *store, const QString &profileId)
{
    const QList<IocSource> all = store->sources();
    QJsonArray sources;
    for (const IocSource &s : store->sources(profileId))
        sources.append(QJsonObject {{QStringLiteral("name"), s.name}, {QStringLiteral("kind"), s.kind},
            {QStringLiteral("settings"), s.settings}});
    QJsonArray rules;
    for (const NamedDefinition &r : store->rules()) {
        QJsonObject definition = IocSupport::mapSources(r.definition, all, false);
        definition.remove(QStringLiteral("name"));
        rules.append(
            QJsonObject {{QStringLiteral("name"), r.name}, {QStringLiteral("definition"), definition}});
    }
    QJsonArray sharing;
    for (const NamedDefinition &s : store->sharings())
        sharing.append(QJsonObject {{QStringLiteral("name"), s.name},
            {QStringLiteral("definition"), IocSupport::mapSources(s.definition, all, false)}});
    const QJsonObject document {{QStringLiteral("format"), kFormat}, {QStringLiteral("version"), kVersion},
        {QStringLiteral("sources"), sources}, {QStringLiteral("rules"), rules},
        {QStringLiteral("sharing"), sharing}};
    context.term().outRaw(QJsonDocument(document).toJson(QJsonDocument::Indented));
    return Ok;
}

int SharingCommand::importAll(
    CliContext &context, IocStore *store, const QString &profileId, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.usage(tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return context.usage(
            tr("%1: not JSON at offset %2: %3; expected the document 'sharing export' writes")
                .arg(path)
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    QStringList problems;
    if (!document.isObject() || root.value(QLatin1String("format")).toString() != kFormat)
        problems << tr("format: expected \"%1\" (a document written by 'sharing export')").arg(kFormat);
    else if (root.value(QLatin1String("version")).toInt() != kVersion)
        problems << tr("version: expected %1, not %2")
                        .arg(kVersion)
                        .arg(root.value(QLatin1String("version")).toVariant().toString());
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!QStringList {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("sources"),
                QStringLiteral("rules"), QStringLiteral("sharing")}
                 .contains(it.key()))
            problems
                << tr("%1: not a member of the document; expected sources, rules and sharing").arg(it.key());
    for (const char *key : {"sources", "rules", "sharing"})
        if (root.contains(QLatin1String(key)) && !root.value(QLatin1String(key)).isArray())
            problems << tr("%1: expected an array").arg(QLatin1String(key));

    // The sources as they will be: the profile's, with the document's replacing those of their name.
    QList<IocSource> sources = store->sources(profileId);
    QList<IocSource> newSources;
    QSet<QString> seen;
    const QJsonArray sourceArray = root.value(QLatin1String("sources")).toArray();
    for (qsizetype i = 0; i < sourceArray.size(); ++i) {
        const QString at = QStringLiteral("sources[%1]").arg(i);
        const QJsonObject o = sourceArray.at(i).toObject();
        IocSource s;
        s.profileId = profileId;
        s.name = o.value(QLatin1String("name")).toString().trimmed();
        s.kind = o.value(QLatin1String("kind")).toString();
        s.settings = o.value(QLatin1String("settings")).toObject();
        if (s.name.isEmpty()) {
            problems << tr("%1.name: expected a non-empty name").arg(at);
            continue;
        }
        if (seen.contains(s.name))
            problems << tr("%1.name: \"%2\" is named twice in the document").arg(at, s.name);
        seen.insert(s.name);
        for (const QString &problem : IocSupport::sourceProblems(s.kind, s.settings))
            problems << at + u'.' + problem;
        for (const IocSource &existing : std::as_const(sources))
            if (existing.name == s.name)
                s.id = existing.id; // replaced in place: checkpoint and provenance kept
        if (s.id.isEmpty())
            sources << s; // named in the rules and configurations below; its id comes when it is saved
        newSources << s;
    }

    auto readDefinitions = [&](const char *key, bool rules) {
        QList<NamedDefinition> result;
        QSet<QString> names;
        const QJsonArray array = root.value(QLatin1String(key)).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
            const QJsonObject o = array.at(i).toObject();
            NamedDefinition d;
            d.name = o.value(QLatin1String("name")).toString().trimmed();
            if (d.name.isEmpty()) {
                problems << tr("%1.name: expected a non-empty name").arg(at);
                continue;
            }
            if (names.contains(d.name))
                problems << tr("%1.name: \"%2\" is named twice in the document").arg(at, d.name);
            names.insert(d.name);
            if (!o.value(QLatin1String("definition")).isObject()) {
                problems << tr("%1.definition: expected an object").arg(at);
                continue;
            }
            d.definition = o.value(QLatin1String("definition")).toObject();
            // Source names are checked here; their ids are put in when the sources are saved.
            IocSupport::mapSources(
                d.definition, sources, true, &problems, at + QStringLiteral(".definition.sources"));
            if (rules) {
                QJsonObject json = d.definition;
                json.insert(QStringLiteral("name"), d.name);
                QStringList ruleProblems;
                // Validated with placeholder ids (the names were checked above).
                QJsonObject probe = json;
                if (probe.value(QLatin1String("sources")).isArray()) {
                    QJsonArray ids;
                    for (const QJsonValue &v : probe.value(QLatin1String("sources")).toArray())
                        ids.append(v.toString().isEmpty() ? QStringLiteral("?") : v.toString());
                    probe.insert(QStringLiteral("sources"), ids);
                }
                if (!BusinessRule::fromJson(probe, &ruleProblems))
                    for (const QString &problem : std::as_const(ruleProblems))
                        problems << tr("%1 (%2): %3").arg(at, d.name, problem);
            } else {
                // The configuration's own checks (SharingConfig::fromJson), with placeholder source ids.
                QJsonObject probe = d.definition;
                if (probe.value(QLatin1String("sources")).isArray()) {
                    QJsonArray ids;
                    for (const QJsonValue &v : probe.value(QLatin1String("sources")).toArray())
                        ids.append(v.toString().isEmpty() ? QStringLiteral("?") : v.toString());
                    probe.insert(QStringLiteral("sources"), ids);
                }
                QStringList sharingProblems;
                if (!SharingConfig::fromJson(d.name, probe, &sharingProblems))
                    for (const QString &problem : std::as_const(sharingProblems))
                        problems << tr("%1.definition.%2").arg(at, problem);
            }
            result << d;
        }
        return result;
    };
    QList<NamedDefinition> rules = readDefinitions("rules", true);
    QList<NamedDefinition> sharings = readDefinitions("sharing", false);
    // A configuration's rule, when named, is in the document or the store.
    for (qsizetype i = 0; i < sharings.size(); ++i) {
        const QJsonValue rule = sharings.at(i).definition.value(QLatin1String("rule"));
        if (!rule.isString() || rule.toString().isEmpty())
            continue;
        bool known = bool(store->rule(rule.toString()));
        for (const NamedDefinition &r : std::as_const(rules))
            known = known || r.name == rule.toString();
        if (!known)
            problems << tr("sharing (%1).definition.rule: there is no business rule named \"%2\"")
                            .arg(sharings.at(i).name, rule.toString());
    }
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            context.term().err(tr("%1: %2").arg(path, problem));
        return context.usage(
            tr("%1: %n problem(s); nothing was imported", nullptr, int(problems.size())).arg(path));
    }

    QString error;
    int created = 0, replaced = 0;
    const bool ok = store->database()->transaction(
        [&](QSqlDatabase &) {
            for (IocSource &s : newSources) {
                (s.id.isEmpty() ? created : replaced) += 1;
                if (!store->saveSource(&s, &error))
                    return false;
            }
            const QList<IocSource> saved = store->sources(profileId);
            for (NamedDefinition &r : rules) {
                r.definition = IocSupport::mapSources(r.definition, saved, true);
                r.definition.insert(QStringLiteral("name"), r.name);
                QStringList ignored;
                const std::optional<BusinessRule> rule = BusinessRule::fromJson(r.definition, &ignored);
                if (rule)
                    r.definition = rule->toJson();
                if (const std::optional<NamedDefinition> existing = store->rule(r.name))
                    r.id = existing->id;
                (r.id ? replaced : created) += 1;
                if (!store->saveRule(&r, &error))
                    return false;
            }
            for (NamedDefinition &s : sharings) {
                s.definition = IocSupport::mapSources(s.definition, saved, true);
                // The destination profile of another machine means nothing here: this profile's.
                QJsonObject destination = s.definition.value(QLatin1String("destination")).toObject();
                QJsonObject target = destination.value(QLatin1String("target")).toObject();
                const QString to = target.value(QLatin1String("profileId")).toString();
                if (to.isEmpty() || (to != profileId && !context.profileStore().find(to))) {
                    target.insert(QStringLiteral("profileId"), profileId);
                    destination.insert(QStringLiteral("target"), target);
                    s.definition.insert(QStringLiteral("destination"), destination);
                }
                if (const std::optional<NamedDefinition> existing = store->sharing(s.name))
                    s.id = existing->id;
                (s.id ? replaced : created) += 1;
                if (!store->saveSharing(&s, &error))
                    return false;
            }
            return true;
        },
        &error);
    if (!ok)
        return context.fail(LocalFailure, error);
    if (context.json())
        context.term().outRaw(QJsonDocument(
            QJsonObject {{QStringLiteral("sources"), newSources.size()},
                {QStringLiteral("rules"), rules.size()}, {QStringLiteral("sharing"), sharings.size()},
                {QStringLiteral("created"), created},
                {QStringLiteral("replaced"),
                    replaced}}).toJson(QJsonDocument::Indented));
    else
        context.term().out(
            tr("Imported %1 sources, %2 rules and %3 sharing configurations (%4 created, %5 replaced).")
                .arg(newSources.size())
                .arg(rules.size())
                .arg(sharings.size())
                .arg(created)
                .arg(replaced));
    return Ok;
}

} // namespace cli
