// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcesCommand.h"

#include "exchange/FeedPullJob.h"

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
        tr("Where the profile's IOCs come from: a manual list, a feed or file, the console's threats."))
{
    Subcommand list;
    list.name = QStringLiteral("list");
    list.summary = tr("List the profile's IOC sources, their last pull and how many IOCs they report.");
    list.globals = Json | Console;
    addSubcommand(list);

    Subcommand add;
    add.name = QStringLiteral("add");
    add.arguments = QStringLiteral("NAME KIND");
    add.summary = tr("Add a source: KIND is manual, feed or s1-threats.");
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
        "An option another kind takes is an error naming it.");
    add.minArguments = add.maxArguments = 2;
    add.globals = Json | Console;
    add.options = {
        {QStringLiteral("url"), tr("feed: the feed's http(s) URL (not the console's, for this subcommand)."),
            QStringLiteral("URL")},
        {QStringLiteral("file"), tr("feed: a local file, re-read at every pull."), QStringLiteral("PATH")},
        {QStringLiteral("format"), tr("feed: text, csv, stix or auto (default)."), QStringLiteral("FORMAT")},
        {QStringLiteral("sites"), tr("s1-threats: site IDs or names, separated by commas."),
            QStringLiteral("LIST")},
        {QStringLiteral("verdicts"), tr("s1-threats: analyst verdicts, separated by commas, or all."),
            QStringLiteral("LIST")},
        {QStringLiteral("days"), tr("s1-threats: how many days the first pull looks back (1-3650)."),
            QStringLiteral("N")},
        {QStringLiteral("hashes"), tr("s1-threats: hash types: sha256, md5, sha1 (separated by commas)."),
            QStringLiteral("LIST")}};
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
    credential.summary = tr("Keep a feed's credential in the keychain (FILE holds it; - reads stdin).");
    credential.details
        = tr("FILE holds the value of the Authorization header the feed expects, on one line, e.g.\n"
             "\"Bearer <token>\" or \"Basic <base64 of user:password>\". It goes into the keychain (never\n"
             "into a file, the database or a command line) and is sent to the feed's host only: never\n"
             "to another host the feed redirects to.");
    credential.minArguments = credential.maxArguments = 2;
    credential.globals = Console;
    addSubcommand(credential);

    Subcommand pull;
    pull.name = QStringLiteral("pull");
    pull.arguments = QStringLiteral("NAME");
    pull.summary = tr("Pull a feed or the console's threats into the IOC store now.");
    pull.details
        = tr("A feed is read again (a URL with If-None-Match / If-Modified-Since: an unchanged feed\n"
             "changes nothing); IOCs it no longer lists stop being reported by it. Refused lines are\n"
             "listed on stderr as URL:LINE: reason and do not fail the pull. s1-threats reads the\n"
             "threats updated since the last successful pull (a job recorded in the job history); its\n"
             "checkpoint moves only when the whole pull succeeded.\n"
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
            tr("KIND: \"%1\" is not a source kind; expected manual, feed or s1-threats").arg(kind));
    if (store->sourceByName(profileId, name))
        return context.usage(
            tr("a source named \"%1\" exists already ('sources remove %1' first)").arg(name));
    // Each option belongs to one kind.
    const QStringList feedOptions {QStringLiteral("url"), QStringLiteral("file"), QStringLiteral("format")};
    const QStringList threatOptions {QStringLiteral("sites"), QStringLiteral("verdicts"),
        QStringLiteral("days"), QStringLiteral("hashes")};
    for (const QString &option : feedOptions + threatOptions) {
        const bool ok = (kind == QLatin1String("feed") && feedOptions.contains(option))
            || (kind == QLatin1String("s1-threats") && threatOptions.contains(option));
        if (options.isSet(option) && !ok)
            return context.usage(tr("--%1 is not an option of a %2 source").arg(option, kind));
    }
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
    if (source->kind != QLatin1String("feed")
        || source->settings.value(QLatin1String("url")).toString().isEmpty())
        return context.usage(tr("\"%1\" is no feed read from a URL: only those take a credential").arg(name));
    QFile file(path);
    const bool opened
        = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return context.usage(tr("cannot read the credential file %1: %2").arg(path, file.errorString()));
    const QByteArray data = file.read(16 * 1024 + 1);
    const QString value = QString::fromUtf8(data).trimmed();
    if (data.size() > 16 * 1024 || value.isEmpty() || value.contains(u'\n') || value.contains(u'\r'))
        return context.usage(tr("the credential file %1 must hold one line: the Authorization header's "
                                "value, e.g. \"Bearer <token>\"")
                                 .arg(path == QLatin1String("-") ? tr("(stdin)") : path));
    QString error;
    if (!context.writeSecret(FeedPullJob::credentialKey(source->id), value, &error))
        return context.fail(LocalFailure, error);
    source->settings.insert(QStringLiteral("authorization"), true);
    if (!store->saveSource(&*source, &error))
        return context.fail(LocalFailure, error);
    context.term().err(tr("The credential of \"%1\" is in the keychain; it is sent to %2 only.")
                           .arg(name, QUrl(source->settings.value(QLatin1String("url")).toString()).host()));
    return Ok;
}

int SourcesCommand::pullFeed(CliContext &context, IocStore *store, const IocSource &source)
{
    // The same job the window runs (exchange::FeedPullJob), recorded in the job history.
    auto *job = new FeedPullJob(store, source);
    if (FeedPullJob::needsCredential(source)) {
        QString keychainError;
        if (const std::optional<QString> secret
            = context.readSecret(FeedPullJob::credentialKey(source.id), &keychainError))
            job->setAuthorization(*secret);
        else if (!keychainError.isEmpty())
            context.term().err(tr("warning: %1").arg(keychainError)); // the job says what is missing
    }
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

} // namespace cli
