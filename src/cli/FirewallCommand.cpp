// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirewallCommand.h"

#include "CliContext.h"
#include "firewall/FirewallExportJob.h"
#include "firewall/FirewallStore.h"
#include "firewall/IpCollectionParser.h"
#include "firewall/IpSet.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cli {

using namespace firewall;

namespace {

QJsonArray problemsJson(const QList<LineProblem> &problems)
{
    QJsonArray out;
    for (const LineProblem &p : problems)
        out.append(QJsonObject {{u"line"_s, p.line}, {u"text"_s, p.text}, {u"reason"_s, p.reason}});
    return out;
}

QJsonObject actionJson(const PlannedAction &a)
{
    QJsonObject o {{u"kind"_s, PlannedAction::kindName(a.kind)}, {u"name"_s, a.name},
        {u"entries"_s, a.rule.entryCount()}};
    if (!a.previousName.isEmpty() && a.previousName != a.name)
        o.insert(u"previousName"_s, a.previousName);
    if (!a.ruleId.isEmpty())
        o.insert(u"ruleId"_s, a.ruleId);
    if (!a.fields.isEmpty())
        o.insert(u"fields"_s, QJsonArray::fromStringList(a.fields));
    if (a.addedCount)
        o.insert(u"added"_s,
            QJsonObject {{u"count"_s, a.addedCount}, {u"sample"_s, QJsonArray::fromStringList(a.added)}});
    if (a.removedCount)
        o.insert(u"removed"_s,
            QJsonObject {{u"count"_s, a.removedCount}, {u"sample"_s, QJsonArray::fromStringList(a.removed)}});
    if (!a.reason.isEmpty())
        o.insert(u"reason"_s, a.reason);
    if (a.adopt)
        o.insert(u"adopt"_s, true);
    return o;
}

QString actionLine(const PlannedAction &a)
{
    using Kind = PlannedAction::Kind;
    switch (a.kind) {
    case Kind::Create:
        return FirewallCommand::tr("  create    \"%1\" (%L2 entries)").arg(a.name).arg(a.rule.entryCount());
    case Kind::Update:
        return FirewallCommand::tr("  update    \"%1\": %2 (+%L3 -%L4 entries)")
            .arg(a.name, a.fields.join(u", "_s))
            .arg(a.addedCount)
            .arg(a.removedCount);
    case Kind::Rename:
        return FirewallCommand::tr("  rename    \"%1\" to \"%2\"").arg(a.previousName, a.name);
    case Kind::Delete:
        return FirewallCommand::tr("  delete    \"%1\"").arg(a.name);
    case Kind::Unchanged:
        return FirewallCommand::tr("  unchanged \"%1\" (%L2 entries)").arg(a.name).arg(a.rule.entryCount());
    case Kind::Conflict:
        return FirewallCommand::tr("  conflict  \"%1\": %2").arg(a.name, a.reason);
    }
    return {};
}

} // namespace

FirewallCommand::FirewallCommand()
    : Command(u"firewall"_s, tr("IP collections exported as SentinelOne firewall-control rules."))
{
    const QCommandLineOption site(u"site"_s, tr("A site's ID (repeat for several)."), u"ID"_s);
    const QCommandLineOption group(u"group"_s, tr("A group's ID (repeat for several)."), u"ID"_s);

    Subcommand collections;
    collections.name = u"collections"_s;
    collections.arguments = u"list | show NAME | delete NAME | import NAME FILE|URL | add NAME ENTRY... | "
                            u"remove NAME ENTRY... | set NAME"_s;
    collections.summary
        = tr("The IP collections: list, show, delete, import a file or URL, add or remove entries, "
             "set the rule template.");
    collections.details = tr(
        "Entries are IPv4 and IPv6 addresses, CIDR blocks and ranges (a-b). import and add create the\n"
        "collection when it does not exist; refused entries are listed on stderr with their line\n"
        "numbers and reasons, and nothing of a refused 'add' is saved. import --follow keeps the file or\n"
        "URL as a source re-read at every export instead of copying its entries now.\n"
        "set takes --rule-name, --description, --action Block|Allow, --direction any|inbound|outbound,\n"
        "--os windows,linux,..., --status Enabled|Disabled, --max-entries N, --aggregate yes|no,\n"
        "--allow-private yes|no, --protect ENTRY,... (your own networks, never blocked), --disabled.");
    collections.minArguments = 1;
    collections.maxArguments = -1;
    collections.globals = Json;
    collections.options
        = {{u"follow"_s, tr("import: keep the file or URL as a source, re-read at every export.")},
            {u"rule-name"_s, tr("set: the rules' name (default: the collection's)."), u"NAME"_s},
            {u"description"_s, tr("set: the rules' description."), u"TEXT"_s},
            {u"action"_s, tr("set: Block (default) or Allow."), u"ACTION"_s},
            {u"direction"_s, tr("set: any (default), inbound or outbound."), u"DIRECTION"_s},
            {u"os"_s, tr("set: OS types, separated by commas (default: all)."), u"LIST"_s},
            {u"status"_s, tr("set: Enabled (default) or Disabled."), u"STATUS"_s},
            {u"max-entries"_s, tr("set: entries per rule (default 5,000)."), u"N"_s},
            {u"aggregate"_s, tr("set: collapse adjacent entries into CIDR blocks (yes|no)."), u"YES|NO"_s},
            {u"allow-private"_s, tr("set: private ranges may be blocked (yes|no)."), u"YES|NO"_s},
            {u"protect"_s, tr("set: your own networks, never blocked, separated by commas."), u"LIST"_s},
            {u"disabled"_s, tr("set: not exported by 's1bridge-cli run' on its period.")}};
    addSubcommand(collections);

    Subcommand plan;
    plan.name = u"plan"_s;
    plan.arguments = u"NAME"_s;
    plan.summary
        = tr("What an export would change in each scope (create, update, rename, delete, conflicts).");
    plan.minArguments = plan.maxArguments = 1;
    plan.globals = Json | Console;
    plan.options = {site, group, {u"adopt"_s, tr("Take over rules of these names not made by S1 Bridge.")}};
    addSubcommand(plan);

    Subcommand exportRun;
    exportRun.name = u"export"_s;
    exportRun.arguments = u"NAME"_s;
    exportRun.summary
        = tr("Export the collection as firewall rules: change only what differs (recorded in Jobs).");
    exportRun.details = tr(
        "Scopes: --site ID (repeat), --account ID (the global option: that account), --group ID (repeat).\n"
        "Without a scope option, the collection's saved scopes of this profile; scopes given here are\n"
        "saved with the collection. A killed export resumes: rules sent without a recorded answer are\n"
        "read back by name, never created twice. Exit 0; 3 token refused; 4 the console failed; 2 usage.");
    exportRun.minArguments = exportRun.maxArguments = 1;
    exportRun.globals = Json | Console;
    exportRun.options = {site, group, {u"dry-run"_s, tr("Change nothing: show the plan.")},
        {u"adopt"_s, tr("Take over rules of these names not made by S1 Bridge.")}};
    addSubcommand(exportRun);

    Subcommand withdraw;
    withdraw.name = u"withdraw"_s;
    withdraw.arguments = u"NAME"_s;
    withdraw.summary
        = tr("Delete the rules S1 Bridge made for the collection (in the scopes given, else everywhere).");
    withdraw.minArguments = withdraw.maxArguments = 1;
    withdraw.globals = Json | Console;
    withdraw.options = {site, group};
    addSubcommand(withdraw);

    Subcommand rules;
    rules.name = u"rules"_s;
    rules.arguments = u"list"_s;
    rules.summary = tr("The console's firewall rules of a scope (--site, --account or --group).");
    rules.minArguments = rules.maxArguments = 1;
    rules.globals = Json | Console;
    rules.options = {site, group};
    addSubcommand(rules);
}

bool FirewallCommand::scopes(CliContext &context, QList<s1::IocScope> *out, int *code)
{
    const auto add = [&](const QString &option, s1::IocScope (*make)(const QString &)) {
        for (const QString &id : parser().values(option)) {
            const s1::IocScope scope = make(id.trimmed());
            if (const QString problem = scope.problem(); !problem.isEmpty()) {
                *code = context.usage(tr("--%1: %2").arg(option, problem));
                return false;
            }
            out->append(scope);
        }
        return true;
    };
    return add(u"site"_s, &s1::IocScope::site) && add(u"account"_s, &s1::IocScope::account)
        && add(u"group"_s, &s1::IocScope::group);
}

int FirewallCommand::run(CliContext &context, const QString &subcommand, const QStringList &arguments)
{
    if (subcommand == u"rules")
        return rules(context, arguments);
    QString error;
    FirewallStore *store = context.firewallStore(&error);
    if (!store)
        return context.fail(LocalFailure, error);
    if (subcommand == u"collections")
        return collections(context, store, arguments);
    return exportRun(context, store, subcommand, arguments.first());
}

int FirewallCommand::collections(CliContext &context, FirewallStore *store, const QStringList &arguments)
{
    const QString action = arguments.first();
    const QStringList rest = arguments.mid(1);
    const auto need = [&](int min, int max) { return rest.size() >= min && (max < 0 || rest.size() <= max); };
    if (action == u"list" && need(0, 0))
        return list(context, store);
    if (action == u"show" && need(1, 1))
        return show(context, store, rest.first());
    if (action == u"delete" && need(1, 1)) {
        const auto c = store->collection(rest.first());
        if (!c)
            return context.usage(tr("there is no collection named \"%1\"").arg(rest.first()));
        QString error;
        if (!store->remove(c->id, &error))
            return context.usage(error);
        context.term().err(tr("Deleted the collection \"%1\".").arg(c->name));
        return Ok;
    }
    if (action == u"import" && need(2, 2))
        return importEntries(context, store, rest.at(0), rest.at(1));
    if ((action == u"add" || action == u"remove") && need(2, -1))
        return addOrRemove(context, store, rest.first(), rest.mid(1), action == u"add");
    if (action == u"set" && need(1, 1))
        return set(context, store, rest.first());
    return context.usage(
        tr("firewall collections: use list, show NAME, delete NAME, import NAME FILE|URL, add NAME "
           "ENTRY..., remove NAME ENTRY... or set NAME"));
}

int FirewallCommand::list(CliContext &context, FirewallStore *store)
{
    QJsonArray array;
    QList<QStringList> rows;
    for (const Collection &c : store->collections()) {
        const Layout layout = store->layout(c.id);
        QStringList exported;
        for (const ExportRecord &r : store->exports(c.id))
            exported << tr("%1 %2 (%3)")
                            .arg(r.target.section(u'|', 1), r.state.section(u':', 0, 0),
                                r.exportedAt.toString(Qt::ISODate));
        if (context.json()) {
            array.append(QJsonObject {{u"name"_s, c.name}, {u"entries"_s, c.entries.size()},
                {u"sources"_s, c.sources.size()}, {u"rules"_s, layout.slots.size()},
                {u"exportedEntries"_s, layout.entryCount()}, {u"targets"_s, c.targets.size()},
                {u"definition"_s, c.toDefinition()}});
            continue;
        }
        rows << QStringList {c.name, QString::number(c.entries.size()), QString::number(c.sources.size()),
            QString::number(layout.slots.size()),
            exported.isEmpty() ? tr("never exported") : exported.join(u"; "_s)};
    }
    if (context.json()) {
        context.term().outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    context.term().table({tr("NAME"), tr("ENTRIES"), tr("SOURCES"), tr("RULES"), tr("LAST EXPORT")}, rows);
    return Ok;
}

int FirewallCommand::show(CliContext &context, FirewallStore *store, const QString &name)
{
    const auto c = store->collection(name);
    if (!c)
        return context.usage(tr("there is no collection named \"%1\"").arg(name));
    if (context.json()) {
        QJsonObject o {{u"name"_s, c->name}, {u"entries"_s, QJsonArray::fromStringList(c->entries)},
            {u"definition"_s, c->toDefinition()}};
        context.term().outRaw(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    auto &t = context.term();
    t.out(tr("Collection: %1").arg(c->name));
    t.out(tr("Rules: \"%1\", %2 %3, OS %4, %5, at most %L6 entries each%7")
              .arg(c->baseName(), c->rule.action, c->rule.direction,
                  c->rule.osTypes.isEmpty() ? tr("all") : c->rule.osTypes.join(u", "_s), c->rule.status)
              .arg(c->maxEntries)
              .arg(c->aggregates() ? tr(", aggregated") : QString()));
    for (const ExportTarget &target : c->targets)
        t.out(tr("Target: %1 (profile %2)").arg(target.scope.text(), target.profileId));
    for (const CollectionSource &s : c->sources)
        t.out(tr("Source: %1").arg(s.text()));
    t.out(tr("Typed entries: %L1").arg(c->entries.size()));
    for (const QString &e : c->entries)
        t.out(u"  "_s + e);
    return Ok;
}

int FirewallCommand::importEntries(
    CliContext &context, FirewallStore *store, const QString &name, const QString &from)
{
    std::optional<Collection> c = store->collection(name);
    if (!c) {
        c = Collection();
        c->name = name;
    }
    const QUrl url(from);
    const bool isUrl = url.scheme() == u"http" || url.scheme() == u"https";
    if (parser().isSet(u"follow"_s)) {
        CollectionSource source;
        source.kind = isUrl ? CollectionSource::Kind::Url : CollectionSource::Kind::File;
        source.url = isUrl ? url : QUrl();
        source.path = isUrl ? QString() : QFileInfo(from).absoluteFilePath();
        if (!c->sources.contains(source))
            c->sources << source;
        QString error;
        if (!store->save(&*c, &error))
            return context.fail(LocalFailure, error);
        context.term().err(
            tr("The collection \"%1\" now reads %2 at every export.").arg(c->name, source.text()));
        return Ok;
    }
    QByteArray body;
    if (isUrl) {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setTransferTimeout(60000);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status >= 400)
            return context.fail(ApiFailure,
                tr("%1 could not be read (%2): check the address.")
                    .arg(url.toDisplayString(), reply->errorString()));
        body = reply->readAll();
    } else {
        QFile file(from);
        if (!file.open(QIODevice::ReadOnly))
            return context.usage(tr("%1 cannot be read: %2").arg(from, file.errorString()));
        body = file.readAll();
    }
    const ParsedCollection parsed = IpCollectionParser::parse(body);
    for (const LineProblem &p : parsed.rejected)
        context.term().err(tr("line %1: %2").arg(p.line).arg(p.reason));
    for (const LineProblem &p : parsed.warnings)
        context.term().err(tr("line %1: %2").arg(p.line).arg(p.reason));
    QSet<QString> have(c->entries.cbegin(), c->entries.cend());
    int added = 0;
    for (const IpEntry &e : parsed.entries) {
        if (!have.contains(e.canonical())) {
            have.insert(e.canonical());
            c->entries << e.canonical();
            ++added;
        }
    }
    QString error;
    if (!store->save(&*c, &error))
        return context.fail(LocalFailure, error);
    const QJsonObject result {{u"collection"_s, c->name}, {u"added"_s, added},
        {u"entries"_s, c->entries.size()}, {u"rejected"_s, problemsJson(parsed.rejected)}};
    if (context.json())
        context.term().outRaw(QJsonDocument(result).toJson(QJsonDocument::Indented));
    else
        context.term().out(tr("%1: %L2 entries added, %L3 refused; %L4 in all.")
                               .arg(c->name)
                               .arg(added)
                               .arg(parsed.rejected.size())
                               .arg(c->entries.size()));
    return parsed.rejected.isEmpty() ? Ok : ApiFailure;
}

int FirewallCommand::addOrRemove(
    CliContext &context, FirewallStore *store, const QString &name, const QStringList &entries, bool add)
{
    std::optional<Collection> c = store->collection(name);
    if (!c && !add)
        return context.usage(tr("there is no collection named \"%1\"").arg(name));
    if (!c) {
        c = Collection();
        c->name = name;
    }
    const ParsedCollection parsed = IpCollectionParser::parseEntries(entries);
    if (!parsed.rejected.isEmpty()) {
        for (const LineProblem &p : parsed.rejected)
            context.term().err(tr("entry %1: %2").arg(p.line).arg(p.reason));
        return context.usage(tr("nothing was changed: correct the entries above"));
    }
    for (const LineProblem &p : parsed.warnings)
        context.term().err(tr("entry %1: %2").arg(p.line).arg(p.reason));
    int changed = 0;
    for (const IpEntry &e : parsed.entries) {
        const QString value = e.canonical();
        qsizetype index = c->entries.indexOf(value);
        if (index < 0) { // typed another way ("10.0.0.1/32", "010..."): compare canonically
            for (qsizetype i = 0; i < c->entries.size() && index < 0; ++i) {
                const IpEntryResult r = IpEntry::parse(c->entries.at(i));
                if (r.ok && r.entry.canonical() == value)
                    index = i;
            }
        }
        if (add && index < 0) {
            c->entries << value;
            ++changed;
        } else if (!add && index >= 0) {
            c->entries.removeAt(index);
            ++changed;
        }
    }
    QString error;
    if (!store->save(&*c, &error))
        return context.fail(LocalFailure, error);
    context.term().out(add
            ? tr("%1: %L2 entries added; %L3 in all.").arg(c->name).arg(changed).arg(c->entries.size())
            : tr("%1: %L2 entries removed; %L3 in all.").arg(c->name).arg(changed).arg(c->entries.size()));
    return Ok;
}

int FirewallCommand::set(CliContext &context, FirewallStore *store, const QString &name)
{
    std::optional<Collection> c = store->collection(name);
    if (!c) {
        c = Collection();
        c->name = name;
    }
    const QCommandLineParser &p = parser();
    const auto yesNo = [&](const QString &option, bool *out) {
        const QString v = p.value(option).toLower();
        if (v != u"yes" && v != u"no")
            return false;
        *out = v == u"yes";
        return true;
    };
    if (p.isSet(u"rule-name"_s))
        c->rule.name = p.value(u"rule-name"_s).trimmed();
    if (p.isSet(u"description"_s))
        c->rule.description = p.value(u"description"_s);
    if (p.isSet(u"action"_s))
        c->rule.action = p.value(u"action"_s);
    if (p.isSet(u"direction"_s))
        c->rule.direction = p.value(u"direction"_s);
    if (p.isSet(u"status"_s))
        c->rule.status = p.value(u"status"_s);
    if (p.isSet(u"os"_s))
        c->rule.osTypes = p.value(u"os"_s).split(u',', Qt::SkipEmptyParts);
    if (p.isSet(u"max-entries"_s)) {
        bool ok = false;
        c->maxEntries = p.value(u"max-entries"_s).toInt(&ok);
        if (!ok)
            return context.usage(tr("--max-entries: \"%1\" is not a number").arg(p.value(u"max-entries"_s)));
    }
    if (p.isSet(u"aggregate"_s)) {
        bool v = false;
        if (!yesNo(u"aggregate"_s, &v))
            return context.usage(tr("--aggregate: yes or no, not \"%1\"").arg(p.value(u"aggregate"_s)));
        c->aggregate = v;
    }
    if (p.isSet(u"allow-private"_s) && !yesNo(u"allow-private"_s, &c->allowPrivate))
        return context.usage(tr("--allow-private: yes or no, not \"%1\"").arg(p.value(u"allow-private"_s)));
    if (p.isSet(u"protect"_s)) {
        c->ownNetworks = p.value(u"protect"_s).split(u',', Qt::SkipEmptyParts);
        ProtectedList check;
        if (const QStringList refused = check.setOwnEntries(c->ownNetworks); !refused.isEmpty())
            return context.usage(tr("--protect: %1").arg(refused.join(u"; "_s)));
    }
    c->enabled = !p.isSet(u"disabled"_s);
    if (const QStringList problems = c->problems(); !problems.isEmpty())
        return context.usage(problems.join(u' '));
    QString error;
    if (!store->save(&*c, &error))
        return context.fail(LocalFailure, error);
    context.term().err(tr("Saved the collection \"%1\".").arg(c->name));
    return Ok;
}

int FirewallCommand::exportRun(
    CliContext &context, FirewallStore *store, const QString &mode, const QString &name)
{
    std::optional<Collection> c = store->collection(name);
    if (!c)
        return context.usage(
            tr("there is no collection named \"%1\"; 'firewall collections list' shows them").arg(name));
    QList<s1::IocScope> given;
    int code = Ok;
    if (!scopes(context, &given, &code))
        return code;
    QString error;
    if (const int failed = context.loadConsole(&error))
        return context.fail(failed, error);
    const QString profileId = context.recordKey();
    QList<ExportTarget> targets;
    for (const s1::IocScope &scope : std::as_const(given))
        targets << ExportTarget {profileId, scope};
    // withdraw has neither --dry-run nor --adopt: asking the parser about them printed a Qt warning.
    const bool withdrawing = mode == u"withdraw";
    const bool dryRun = mode == u"plan" || (mode == u"export" && parser().isSet(u"dry-run"_s));
    if (mode == u"export" && !dryRun && !targets.isEmpty()) {
        // Scopes given on the command line are saved with the collection (this profile's replaced).
        QList<ExportTarget> kept;
        for (const ExportTarget &t : std::as_const(c->targets))
            if (t.profileId != profileId)
                kept << t;
        c->targets = kept + targets;
        if (!store->save(&*c, &error))
            return context.fail(LocalFailure, error);
    }
    const auto jobMode = withdrawing ? FirewallExportJob::Mode::Withdraw
        : dryRun                     ? FirewallExportJob::Mode::DryRun
                                     : FirewallExportJob::Mode::Export;
    auto *job = new FirewallExportJob(store, context.client(), profileId, c->name, jobMode);
    job->setTargets(targets);
    job->setAdopt(!withdrawing && parser().isSet(u"adopt"_s));
    QString iocError;
    job->setIocStore(context.iocStore(&iocError));
    // Never blocked: this console and the profile's OpenCTI.
    QStringList hosts {context.consoleConfig().url.toString()};
    if (context.profile() && context.profile()->openCtiUrl.isValid())
        hosts << context.profile()->openCtiUrl.toString();
    else if (const QString url = qEnvironmentVariable("OPENCTI_URL"); !url.isEmpty())
        hosts << url;
    job->setProtectedHosts(hosts);
    code = context.runJob(job, dryRun ? QString() : context.recordKey());
    if (job->state() != jobs::Job::State::Succeeded)
        return code;
    const Resolution &r = job->resolution();
    QJsonArray targetArray;
    for (const TargetRun &run : job->targets()) {
        QJsonArray actions;
        for (const PlannedAction &a : run.plan.actions)
            if (!a.forget)
                actions.append(actionJson(a));
        QJsonObject t {{u"target"_s, run.target.scope.toString()}, {u"actions"_s, actions},
            {u"writes"_s, run.plan.writes()}};
        if (!dryRun)
            t.insert(u"counts"_s, run.counts());
        targetArray.append(t);
    }
    QJsonArray protectedArray;
    for (const ProtectedList::Protection &p : r.protectedEntries)
        protectedArray.append(QJsonObject {{u"entry"_s, p.entry}, {u"reason"_s, p.reason}});
    const QJsonObject result {{u"collection"_s, c->name}, {u"entries"_s, job->layout().entryCount()},
        {u"rules"_s, job->layout().slots.size()}, {u"savedByAggregation"_s, qint64(r.savedByAggregation)},
        {u"protected"_s, protectedArray}, {u"rejected"_s, problemsJson(r.rejected)},
        {u"targets"_s, targetArray}, {u"requests"_s, job->requests()}};
    if (context.json()) {
        context.term().outRaw(QJsonDocument(result).toJson(QJsonDocument::Indented));
        return Ok;
    }
    auto &t = context.term();
    if (jobMode != FirewallExportJob::Mode::Withdraw) {
        t.out(tr("%1: %L2 entries in %Ln rule(s)", nullptr, int(job->layout().slots.size()))
                  .arg(c->name)
                  .arg(job->layout().entryCount()));
        if (r.savedByAggregation > 0)
            t.out(tr("Aggregation saved %L1 entries.").arg(r.savedByAggregation));
        for (const ProtectedList::Protection &p : r.protectedEntries)
            t.out(tr("Left out: %1").arg(p.reason));
    }
    for (const TargetRun &run : job->targets()) {
        t.out(tr("%1: %Ln change(s)", nullptr, run.plan.writes()).arg(run.target.scope.text()));
        for (const PlannedAction &a : run.plan.actions)
            if (!a.forget)
                t.out(actionLine(a));
    }
    return Ok;
}

int FirewallCommand::rules(CliContext &context, const QStringList &arguments)
{
    if (arguments.first() != u"list")
        return context.usage(tr("firewall rules: use list with --site ID, --account ID or --group ID"));
    QList<s1::IocScope> given;
    int code = Ok;
    if (!scopes(context, &given, &code))
        return code;
    if (given.size() != 1)
        return context.usage(
            tr("firewall rules list: give one scope (--site ID, --account ID or --group ID)"));
    QString error;
    if (const int failed = context.loadConsole(&error))
        return context.fail(failed, error);
    s1::FirewallRuleFilter filter;
    filter.scope = given.first();
    auto *job = new s1::FirewallRuleListJob(context.client(), filter);
    code = context.runJob(job);
    if (job->state() != jobs::Job::State::Succeeded)
        return code;
    QJsonArray array;
    QList<QStringList> rows;
    for (const s1::FirewallRule &rule : job->rules()) {
        QJsonObject o = rule.toJson();
        o.insert(u"id"_s, rule.id);
        array.append(o);
        rows << QStringList {
            rule.id, rule.name, rule.action, rule.direction, rule.status, QString::number(rule.entryCount())};
    }
    if (context.json())
        context.term().outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
    else
        context.term().table(
            {tr("ID"), tr("NAME"), tr("ACTION"), tr("DIRECTION"), tr("STATUS"), tr("ENTRIES")}, rows);
    return Ok;
}

} // namespace cli
