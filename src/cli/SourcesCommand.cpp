// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcesCommand.h"

#include "exchange/FeedPullJob.h"
#include "exchange/OpenCtiIndicatorSource.h"
#include "exchange/TaxiiPullJob.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"

#include "CliContext.h"
#include "IocSupport.h"
#include "exchange/IocNormalizer.h"
#include "exchange/IocStore.h"
#include "exchange/S1ThreatSource.h"
#include "jobs/Job.h"
#include "s1/ListJobs.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace cli {

using namespace exchange;

namespace {

QStringList splitList(const QString &text)
{
    QStringList list;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            list << item.trimmed();
    return list;
}

// The counts of a pull, for stdout and the source's record.
QJsonObject pullCounts(const UpsertCounts &counts, qint64 rejected, int absent, bool notModified)
{
    return QJsonObject {{QStringLiteral("new"), counts.added}, {QStringLiteral("updated"), counts.updated},
        {QStringLiteral("unchanged"), counts.unchanged}, {QStringLiteral("rejected"), rejected},
        {QStringLiteral("noLongerListed"), absent}, {QStringLiteral("notModified"), notModified}};
}

void printPull(CliContext &context, const QString &name, const QJsonObject &counts)
{
    if (context.json()) {
        QJsonObject object = counts;
        object.insert(QStringLiteral("source"), name);
        context.term().outRaw(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return;
    }
    if (counts.value(QLatin1String("notModified")).toBool()) {
        context.term().out(
            SourcesCommand::tr("%1: not modified since the last pull; nothing changed").arg(name));
        return;
    }
    auto n = [&counts](const char *key) { return counts.value(QLatin1String(key)).toInteger(); };
    context.term().out(
        SourcesCommand::tr("%1: %2 new, %3 updated, %4 unchanged, %5 rejected, %6 no longer listed")
            .arg(name)
            .arg(n("new"))
            .arg(n("updated"))
            .arg(n("unchanged"))
            .arg(n("rejected"))
            .arg(n("noLongerListed")));
}

} // namespace

SourcesCommand::SourcesCommand()
    : Command(QStringLiteral("sources"),
        tr("Where the profile's IOCs come from: a manual list, a feed or file, the console's threats, "
           "the profile's OpenCTI indicators, a TAXII 2.1 collection."))
{
    Subcommand list;
    list.name = QStringLiteral("list");
    list.summary = tr("List the profile's IOC sources, their last pull and how many IOCs they report.");
    list.globals = Json | Console;
    addSubcommand(list);

    Subcommand add;
    add.name = QStringLiteral("add");
    add.arguments = QStringLiteral("NAME KIND");
    add.summary = tr("Add a source: KIND is manual, feed, s1-threats, opencti or taxii.");
    add.details = tr(
        "manual       values typed with 'iocs add' or imported with 'iocs import'.\n"
        "feed         --url URL (http or https; re-read at every pull, ETag and Last-Modified honoured)\n"
        "             or --file PATH; --format text|csv|stix (default: detected from the content).\n"
        "s1-threats   the console's threats, one IOC per hash: --sites (IDs or names, separated by\n"
        "             commas; names are looked up on the console; default the profile's scope),\n"
        "             --verdicts (analyst verdicts, default suspicious,true_positive,undefined; 'all'\n"
        "             for every one), --days N (the first pull looks N days back, default 7; later\n"
        "             pulls continue from where the last one ended), --hashes (default sha256,md5;\n"
        "             sha1 on request).\n"
        "opencti      the indicators of the profile's OpenCTI, one IOC per single-observable pattern:\n"
        "             --min-score N (0-100, default 0), --labels (any of, separated by commas; default\n"
        "             every label), --max-marking TLP:CLEAR|TLP:GREEN|TLP:AMBER|TLP:AMBER+STRICT|TLP:RED\n"
        "             (default TLP:AMBER; indicators marked above are left out), --days N (default 30),\n"
        "             --page-size N (1-500, default 500). Revoked, expired and decayed indicators end\n"
        "             their IOC at the source.\n"
        "taxii        a TAXII 2.1 collection: --url URL (the discovery address or an API root),\n"
        "             --collection ID (required), --api-root URL (default: the URL's default root),\n"
        "             --auth none|basic|bearer (default none), --username NAME (basic), --days N\n"
        "             (default 30), --page-size N (1-10000, default 1000). The password or token goes\n"
        "             into the keychain with 'sources credential NAME FILE'.\n"
        "An option another kind takes is an error naming it.");
    add.minArguments = add.maxArguments = 2;
    add.globals = Json | Console;
    add.options = {
        {QStringLiteral("url"),
            tr("feed, taxii: the feed's or TAXII server's http(s) URL (not the console's, for this "
               "subcommand)."),
            QStringLiteral("URL")},
        {QStringLiteral("file"), tr("feed: a local file, re-read at every pull."), QStringLiteral("PATH")},
        {QStringLiteral("format"), tr("feed: text, csv, stix or auto (default)."), QStringLiteral("FORMAT")},
        {QStringLiteral("sites"), tr("s1-threats: site IDs or names, separated by commas."),
            QStringLiteral("LIST")},
        {QStringLiteral("verdicts"), tr("s1-threats: analyst verdicts, separated by commas, or all."),
            QStringLiteral("LIST")},
        {QStringLiteral("days"),
            tr("s1-threats, opencti, taxii: how many days the first pull looks back (1-3650)."),
            QStringLiteral("N")},
        {QStringLiteral("hashes"), tr("s1-threats: hash types: sha256, md5, sha1 (separated by commas)."),
            QStringLiteral("LIST")},
        {QStringLiteral("min-score"), tr("opencti: the lowest x_opencti_score taken (0-100)."),
            QStringLiteral("N")},
        {QStringLiteral("labels"), tr("opencti: labels, separated by commas (any of)."),
            QStringLiteral("LIST")},
        {QStringLiteral("max-marking"), tr("opencti: the highest TLP marking taken, e.g. TLP:AMBER."),
            QStringLiteral("TLP")},
        {QStringLiteral("page-size"), tr("opencti, taxii: indicators per request."), QStringLiteral("N")},
        {QStringLiteral("api-root"), tr("taxii: the API root's URL."), QStringLiteral("URL")},
        {QStringLiteral("collection"), tr("taxii: the collection's id."), QStringLiteral("ID")},
        {QStringLiteral("auth"), tr("taxii: none, basic or bearer."), QStringLiteral("KIND")},
        {QStringLiteral("username"), tr("taxii: the user name of basic authentication."),
            QStringLiteral("NAME")}};
    addSubcommand(add);

    Subcommand remove;
    remove.name = QStringLiteral("remove");
    remove.arguments = QStringLiteral("NAME");
    remove.summary = tr("Remove a source (its IOCs stay; the share job retracts what no source reports).");
    remove.minArguments = remove.maxArguments = 1;
    remove.globals = Console;
    addSubcommand(remove);

    Subcommand credential;
    credential.name = QStringLiteral("credential");
    credential.arguments = QStringLiteral("NAME FILE");
    credential.summary
        = tr("Keep a feed's or TAXII source's credential in the keychain (FILE holds it; - reads stdin).");
    credential.details
        = tr("For a feed, FILE holds the value of the Authorization header the feed expects, on one\n"
             "line, e.g. \"Bearer <token>\" or \"Basic <base64 of user:password>\". For a taxii source it\n"
             "holds the password (--auth basic) or the token (--auth bearer), on one line. It goes into\n"
             "the keychain (never into a file, the database or a command line) and is sent to the\n"
             "source's host only: never to another host it redirects to.");
    credential.minArguments = credential.maxArguments = 2;
    credential.globals = Console;
    addSubcommand(credential);

    Subcommand pull;
    pull.name = QStringLiteral("pull");
    pull.arguments = QStringLiteral("NAME");
    pull.summary
        = tr("Pull a feed, the console's threats, OpenCTI's indicators or a TAXII collection into the "
             "IOC store now.");
    pull.details
        = tr("A feed is read again (a URL with If-None-Match / If-Modified-Since: an unchanged feed\n"
             "changes nothing); IOCs it no longer lists stop being reported by it. Refused lines are\n"
             "listed on stderr as URL:LINE: reason and do not fail the pull. s1-threats reads the\n"
             "threats updated since the last successful pull (a job recorded in the job history); its\n"
             "checkpoint moves only when the whole pull succeeded. opencti and taxii read what was\n"
             "updated (added) since the last successful pull; patterns of several observables are\n"
             "listed on stderr with the reason.\n"
             "Prints: N new, M updated, K unchanged, R rejected, A no longer listed.");
    pull.minArguments = pull.maxArguments = 1;
    pull.globals = Json | Console;
    addSubcommand(pull);
}

int SourcesCommand::run(CliContext &context, const QString &subcommand, const QStringList &arguments)
{
    QString profileId;
    IocStore *store = nullptr;
    if (const int code = IocSupport::open(context, &profileId, &store))
        return code;
    if (subcommand == QLatin1String("list"))
        return list(context, store, profileId);
    if (subcommand == QLatin1String("add"))
        return add(context, store, profileId, arguments);
    if (subcommand == QLatin1String("remove"))
        return remove(context, store, profileId, arguments.first());
    if (subcommand == QLatin1String("credential"))
        return setCredential(context, store, profileId, arguments.at(0), arguments.at(1));
    return pull(context, store, profileId, arguments.first());
}

int SourcesCommand::list(CliContext &context, IocStore *store, const QString &profileId)
{
    const QList<IocSource> sources = store->sources(profileId);
    QJsonArray array;
    QList<QStringList> rows;
    for (const IocSource &s : sources) {
        IocFilter filter;
        filter.sourceIds = {s.id};
        const qint64 count = store->count(filter);
        if (context.json()) {
            array.append(QJsonObject {{QStringLiteral("name"), s.name}, {QStringLiteral("kind"), s.kind},
                {QStringLiteral("settings"), s.settings}, {QStringLiteral("iocs"), count},
                {QStringLiteral("lastPullAt"), IocSupport::isoOrEmpty(s.lastPullAt)},
                {QStringLiteral("lastPullState"), s.lastPullState}, {QStringLiteral("counts"), s.counts},
                {QStringLiteral("checkpoint"), s.checkpoint}});
            continue;
        }
        rows << QStringList {s.name, s.kind, QString::number(count),
            s.lastPullAt.isValid() ? IocSupport::isoOrEmpty(s.lastPullAt) : tr("never"), s.lastPullState,
            IocSupport::describeSettings(s)};
    }
    if (context.json()) {
        context.term().outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (rows.isEmpty()) {
        context.term().err(
            tr("No sources yet: 'iocs add' makes the manual one; 'sources add NAME feed --url URL' "
               "adds a feed."));
        return Ok;
    }
    context.term().table(
        {tr("NAME"), tr("KIND"), tr("IOCS"), tr("LAST PULL"), tr("STATE"), tr("SETTINGS")}, rows);
    return Ok;
}

int SourcesCommand::add(
    CliContext &context, IocStore *store, const QString &profileId, const QStringList &arguments)
{
    const QCommandLineParser &options = parser();
    const QString name = arguments.at(0).trimmed();
    const QString kind = arguments.at(1).trimmed().toLower();
    if (name.isEmpty())
        return context.usage(tr("NAME: a source needs a name"));
    if (!IocSource::kinds().contains(kind))
        return context.usage(
            tr("KIND: \"%1\" is not a source kind; expected manual, feed, s1-threats, opencti or taxii")
                .arg(kind));
    if (store->sourceByName(profileId, name))
        return context.usage(
            tr("a source named \"%1\" exists already ('sources remove %1' first)").arg(name));
    // Each option belongs to the kinds that take it.
    const QHash<QString, QStringList> optionsOf {
        {QStringLiteral("feed"), {QStringLiteral("url"), QStringLiteral("file"), QStringLiteral("format")}},
        {QStringLiteral("s1-threats"),
            {QStringLiteral("sites"), QStringLiteral("verdicts"), QStringLiteral("days"),
                QStringLiteral("hashes")}},
        {QStringLiteral("opencti"),
            {QStringLiteral("min-score"), QStringLiteral("labels"), QStringLiteral("max-marking"),
                QStringLiteral("days"), QStringLiteral("page-size")}},
        {QStringLiteral("taxii"),
            {QStringLiteral("url"), QStringLiteral("api-root"), QStringLiteral("collection"),
                QStringLiteral("auth"), QStringLiteral("username"), QStringLiteral("days"),
                QStringLiteral("page-size")}}};
    QStringList every;
    for (const QStringList &list : optionsOf)
        every += list;
    every.removeDuplicates();
    for (const QString &option : std::as_const(every))
        if (options.isSet(option) && !optionsOf.value(kind).contains(option))
            return context.usage(tr("--%1 is not an option of a %2 source").arg(option, kind));
    IocSource source;
    source.profileId = profileId;
    source.name = name;
    source.kind = kind;
    if (kind == QLatin1String("feed")) {
        if (options.isSet(QStringLiteral("url")))
            source.settings.insert(QStringLiteral("url"), options.value(QStringLiteral("url")).trimmed());
        if (options.isSet(QStringLiteral("file")))
            source.settings.insert(QStringLiteral("file"), options.value(QStringLiteral("file")));
        if (options.isSet(QStringLiteral("format")))
            source.settings.insert(
                QStringLiteral("format"), options.value(QStringLiteral("format")).trimmed().toLower());
    } else if (kind == QLatin1String("s1-threats")) {
        S1ThreatSourceSettings settings;
        QStringList siteNames;
        if (options.isSet(QStringLiteral("sites"))) {
            if (const int code = resolveSites(context, splitList(options.value(QStringLiteral("sites"))),
                    &settings.siteIds, &siteNames))
                return code;
        }
        if (options.isSet(QStringLiteral("verdicts"))) {
            settings.analystVerdicts = splitList(options.value(QStringLiteral("verdicts")).toLower());
            if (settings.analystVerdicts == QStringList {QStringLiteral("all")})
                settings.analystVerdicts.clear();
        }
        if (options.isSet(QStringLiteral("days"))) {
            bool ok = false;
            settings.initialDays = options.value(QStringLiteral("days")).toInt(&ok);
            if (!ok || settings.initialDays < 1 || settings.initialDays > 3650)
                return context.usage(tr("--days: expected a whole number of days from 1 to 3650, not \"%1\"")
                                         .arg(options.value(QStringLiteral("days"))));
        }
        if (options.isSet(QStringLiteral("hashes"))) {
            settings.hashTypes.clear();
            for (const QString &word : splitList(options.value(QStringLiteral("hashes")))) {
                const std::optional<IocType> type = iocTypeFromName(word);
                if (!type || !isIocHash(*type))
                    return context.usage(
                        tr("--hashes: \"%1\" is not a hash type; expected sha256, md5 or sha1").arg(word));
                if (!settings.hashTypes.contains(*type))
                    settings.hashTypes << *type;
            }
        }
        source.settings = settings.toJson(siteNames);
    } else if (kind == QLatin1String("opencti") || kind == QLatin1String("taxii")) {
        if (const int code = stixSettings(context, kind, &source.settings))
            return code;
    }
    const QStringList problems = IocSupport::sourceProblems(kind, source.settings);
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            context.term().err(problem);
        return context.usage(tr("the source \"%1\" was not added").arg(name));
    }
    QString error;
    if (!store->saveSource(&source, &error))
        return context.fail(LocalFailure, error);
    if (context.json())
        context.term().outRaw(QJsonDocument(
            QJsonObject {{QStringLiteral("name"), source.name}, {QStringLiteral("kind"), source.kind},
                {QStringLiteral("settings"), source.settings}})
                                  .toJson(QJsonDocument::Indented));
    else
        context.term().out(tr("Added the %1 source \"%2\".").arg(kind, name));
    return Ok;
}

int SourcesCommand::resolveSites(
    CliContext &context, const QStringList &given, QStringList *ids, QStringList *names)
{
    const QRegularExpression numeric(QStringLiteral("^[0-9]+$"));
    bool allIds = true;
    for (const QString &site : given)
        allIds = allIds && numeric.match(site).hasMatch();
    if (allIds) {
        *ids = given;
        return Ok;
    }
    QString error;
    if (const int code = context.loadConsole(&error))
        return context.fail(code, error);
    const QString accountId = context.consoleConfig().accountId;
    auto *job = new s1::SiteListJob(
        context.client(), accountId.isEmpty() ? QStringList() : QStringList {accountId});
    if (const int code = context.runJob(job))
        return code;
    for (const QString &site : given) {
        bool found = false;
        for (const s1::Site &s : job->sites()) {
            if (s.id == site || s.name.compare(site, Qt::CaseInsensitive) == 0) {
                *ids << s.id;
                *names << s.name;
                found = true;
                break;
            }
        }
        if (!found) {
            QStringList known;
            for (const s1::Site &s : job->sites())
                known << s.name;
            return context.usage(tr("--sites: the console has no site \"%1\"; its sites are: %2")
                                     .arg(site, known.join(QLatin1String(", "))));
        }
    }
    return Ok;
}

int SourcesCommand::remove(
    CliContext &context, IocStore *store, const QString &profileId, const QString &name)
{
    const std::optional<IocSource> source = store->sourceByName(profileId, name);
    if (!source)
        return context.usage(tr("no source named \"%1\"; 's1bridge-cli sources list' shows them").arg(name));
    QString error;
    if (!store->removeSource(source->id, &error))
        return context.fail(LocalFailure, error);
    if (FeedPullJob::needsCredential(*source))
        context.removeSecret(FeedPullJob::credentialKey(source->id), &error); // best effort: said below
    if (source->kind == QLatin1String("taxii"))
        context.removeSecret(TaxiiPullJob::credentialKey(source->id), &error); // best effort

    context.term().err(
        tr("Removed the source \"%1\"; its IOCs stay in the store, and the next share run retracts "
           "those no other source reports.")
            .arg(name));
    return Ok;
}

int SourcesCommand::pull(CliContext &context, IocStore *store, const QString &profileId, const QString &name)
{
    const std::optional<IocSource> source = store->sourceByName(profileId, name);
    if (!source)
        return context.usage(tr("no source named \"%1\"; 's1bridge-cli sources list' shows them").arg(name));
    if (source->kind == QLatin1String("feed"))
        return pullFeed(context, store, *source);
    if (source->kind == QLatin1String("s1-threats"))
        return pullThreats(context, store, *source);
    if (source->kind == QLatin1String("opencti"))
        return pullOpenCti(context, store, *source);
    if (source->kind == QLatin1String("taxii"))
        return pullTaxii(context, store, *source);
    return context.usage(
        tr("\"%1\" is a manual source: nothing to pull (fill it with 'iocs add' or 'iocs import')")
            .arg(name));
}

int SourcesCommand::setCredential(
    CliContext &context, IocStore *store, const QString &profileId, const QString &name, const QString &path)
{
    std::optional<IocSource> source = store->sourceByName(profileId, name);
    if (!source)
        return context.usage(tr("no source named \"%1\"; 's1bridge-cli sources list' shows them").arg(name));
    const bool taxii = source->kind == QLatin1String("taxii");
    if (taxii && !TaxiiPullJob::needsSecret(*source))
        return context.usage(tr("\"%1\" signs in with no credential (--auth none): add it again with --auth "
                                "basic or bearer first")
                                 .arg(name));
    if (!taxii
        && (source->kind != QLatin1String("feed")
            || source->settings.value(QLatin1String("url")).toString().isEmpty()))
        return context.usage(
            tr("\"%1\" is no feed read from a URL nor a taxii source: only those take a credential")
                .arg(name));
    QFile file(path);
    const bool opened
        = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return context.usage(tr("cannot read the credential file %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.read(16 * 1024 + 1);
    const QString value = QString::fromUtf8(data).trimmed();
    const QString shown = path == QLatin1String("-") ? tr("(stdin)") : path;
    if (data.size() > 16 * 1024 || value.isEmpty() || value.contains(u'\n') || value.contains(u'\r'))
        return context.usage(taxii
                ? tr("the credential file %1 must hold one line: the password or the token").arg(shown)
                : tr("the credential file %1 must hold one line: the Authorization header's "
                     "value, e.g. \"Bearer <token>\"")
                      .arg(shown));
    QString error;
    if (taxii) {
        if (!context.writeSecret(TaxiiPullJob::credentialKey(source->id), value, &error))
            return context.fail(LocalFailure, error);
        context.term().err(tr("The credential of \"%1\" is in the keychain; it is sent to %2 only.")
                               .arg(name, TaxiiPullJob::configOf(source->settings).url.host()));
        return Ok;
    }
    if (!context.writeSecret(FeedPullJob::credentialKey(source->id), value, &error))
        return context.fail(LocalFailure, error);
    source->settings.insert(QStringLiteral("authorization"), true);
    if (!store->saveSource(&*source, &error))
        return context.fail(LocalFailure, error);
    context.term().err(tr("The credential of \"%1\" is in the keychain; it is sent to %2 only.")
                           .arg(name, QUrl(source->settings.value(QLatin1String("url")).toString()).host()));
    return Ok;
}

std::optional<QString> SourcesCommand::sourceSecret(CliContext &context, const QString &key)
{
    QString keychainError;
    std::optional<QString> secret = context.readSecret(key, &keychainError);
    if (!secret && !keychainError.isEmpty())
        context.term().err(tr("warning: %1").arg(keychainError)); // the job says what is missing
    return secret;
}

int SourcesCommand::pullFeed(CliContext &context, IocStore *store, const IocSource &source)
{
    // The same job the window runs (exchange::FeedPullJob), recorded in the job history.
    auto *job = new FeedPullJob(store, source);
    if (FeedPullJob::needsCredential(source))
        if (const auto secret = sourceSecret(context, FeedPullJob::credentialKey(source.id)))
            job->setAuthorization(*secret);
    const int code = context.runJob(job, context.recordKey());
    IocSupport::printRejected(context, FeedPullJob::sourceLocationOf(source), job->parseResult());
    if (code != Ok)
        return code;
    printPull(context, source.name,
        pullCounts(job->storeCounts(), job->rejectedCount(), job->absentCount(), job->notModified()));
    return Ok;
}

int SourcesCommand::pullThreats(CliContext &context, IocStore *store, const IocSource &source)
{
    QString error;
    if (const int code = context.loadConsole(&error))
        return context.fail(code, error);
    // The same job the window runs: pages upserted, the pull and its checkpoint recorded on success.
    auto *job = S1ThreatPullJob::forSource(context.client(), store, source);
    const int code = context.runJob(job, context.recordKey());
    for (const S1ThreatRejection &r : job->rejected())
        context.term().err(
            tr("threat %1: %2 %3: %4")
                .arg(r.threatId, iocTypeName(r.type), IocNormalizer::printable(r.value), r.reason));
    if (code != Ok)
        return code;
    printPull(context, source.name, pullCounts(job->storeCounts(), job->counts().skipped, 0, false));
    return Ok;
}

int SourcesCommand::stixSettings(CliContext &context, const QString &kind, QJsonObject *settings)
{
    const QCommandLineParser &options = parser();
    auto number = [&](const char *option, const char *key, int low, int high) {
        const QString name = QLatin1String(option);
        if (!options.isSet(name))
            return true;
        bool ok = false;
        const int n = options.value(name).toInt(&ok);
        if (!ok || n < low || n > high)
            return false;
        settings->insert(QLatin1String(key), n);
        return true;
    };
    if (!number("days", "initialDays", 1, 3650))
        return context.usage(tr("--days: expected a whole number of days from 1 to 3650, not \"%1\"")
                                 .arg(options.value(QStringLiteral("days"))));
    const int maxPage = kind == QLatin1String("opencti") ? 500 : 10000;
    if (!number("page-size", "pageSize", 1, maxPage))
        return context.usage(tr("--page-size: expected a whole number from 1 to %1, not \"%2\"")
                                 .arg(maxPage)
                                 .arg(options.value(QStringLiteral("page-size"))));
    if (kind == QLatin1String("opencti")) {
        if (!number("min-score", "minScore", 0, 100))
            return context.usage(tr("--min-score: expected a whole number from 0 to 100, not \"%1\"")
                                     .arg(options.value(QStringLiteral("min-score"))));
        if (options.isSet(QStringLiteral("labels")))
            settings->insert(QStringLiteral("labels"),
                QJsonArray::fromStringList(splitList(options.value(QStringLiteral("labels")))));
        if (options.isSet(QStringLiteral("max-marking"))) {
            const QString marking = options.value(QStringLiteral("max-marking")).trimmed().toUpper();
            const int level = StixIndicatorMapping::tlpLevel(marking);
            if (level < 0)
                return context.usage(
                    tr("--max-marking: \"%1\" is not one of %2")
                        .arg(marking, StixIndicatorMapping::tlpNames().join(QLatin1String(", "))));
            settings->insert(QStringLiteral("maxMarking"), StixIndicatorMapping::tlpNames().at(level));
        }
        return Ok;
    }
    const auto text = [&](const char *option, const char *key) {
        if (options.isSet(QLatin1String(option)))
            settings->insert(QLatin1String(key), options.value(QLatin1String(option)).trimmed());
    };
    if (!options.isSet(QStringLiteral("url")))
        return context.usage(tr("--url: a taxii source needs the TAXII server's address"));
    if (!options.isSet(QStringLiteral("collection")))
        return context.usage(tr("--collection: a taxii source needs the collection's id"));
    text("url", "url");
    text("api-root", "apiRoot");
    text("collection", "collectionId");
    text("username", "username");
    if (options.isSet(QStringLiteral("auth"))) {
        const auto auth = TaxiiConfig::authFromName(options.value(QStringLiteral("auth")));
        if (!auth)
            return context.usage(tr("--auth: expected none, basic or bearer, not \"%1\"")
                                     .arg(options.value(QStringLiteral("auth"))));
        settings->insert(QStringLiteral("auth"), TaxiiConfig::authName(*auth));
    }
    if (settings->value(QLatin1String("auth")).toString() == QLatin1String("basic")
        && !options.isSet(QStringLiteral("username")))
        return context.usage(tr("--username: basic authentication needs the user name"));
    return Ok;
}

int SourcesCommand::pullOpenCti(CliContext &context, IocStore *store, const IocSource &source)
{
    QString error;
    if (const int code = context.loadConsole(&error))
        return context.fail(code, error);
    opencti::OpenCtiConfig config;
    opencti::ImportSettings settings;
    if (const int code = context.openCtiSetup(&config, &settings, &error))
        return context.fail(code, error);
    // The same job the window runs, recorded in the job history.
    opencti::OpenCtiClient client(config);
    auto *job = new OpenCtiIndicatorPullJob(&client, store, source);
    const int code = context.runJob(job, context.recordKey());
    for (const jobs::Job::ItemFailure &f : job->failures())
        context.term().err(tr("%1: %2").arg(f.item, f.message));
    if (code != Ok)
        return code;
    printPull(
        context, source.name, pullCounts(job->storeCounts(), job->refusedCount(), job->endedCount(), false));
    return Ok;
}

int SourcesCommand::pullTaxii(CliContext &context, IocStore *store, const IocSource &source)
{
    auto *job = new TaxiiPullJob(store, source);
    if (TaxiiPullJob::needsSecret(source))
        if (const auto secret = sourceSecret(context, TaxiiPullJob::credentialKey(source.id)))
            job->setSecret(*secret);
    const int code = context.runJob(job, context.recordKey());
    for (const jobs::Job::ItemFailure &f : job->failures())
        context.term().err(tr("%1: %2").arg(f.item, f.message));
    if (code != Ok)
        return code;
    printPull(
        context, source.name, pullCounts(job->storeCounts(), job->refusedCount(), job->endedCount(), false));
    return Ok;
}

} // namespace cli
