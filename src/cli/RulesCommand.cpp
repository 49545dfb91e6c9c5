// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesCommand.h"

#include "CliContext.h"
#include "IocSupport.h"
#include "exchange/BusinessRule.h"
#include "exchange/IocStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

using namespace exchange;

namespace {

QJsonArray splitArray(const QString &text)
{
    QJsonArray array;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            array.append(item.trimmed());
    return array;
}

// One line per condition, for people.
QStringList describe(const QJsonObject &definition)
{
    QStringList lines;
    for (auto it = definition.begin(); it != definition.end(); ++it) {
        if (it.key() == QLatin1String("name"))
            continue;
        QString value;
        if (it->isArray()) {
            QStringList items;
            for (const QJsonValue &v : it->toArray())
                items << v.toString();
            value = items.join(QLatin1String(", "));
        } else {
            value = it->toVariant().toString();
        }
        lines << it.key() + QStringLiteral(": ") + value;
    }
    return lines;
}

} // namespace

RulesCommand::RulesCommand()
    : Command(QStringLiteral("rules"),
        tr("Business rules: named filters over the IOC store that decide what is shared."))
{
    Subcommand list;
    list.name = QStringLiteral("list");
    list.summary = tr("List the business rules and their conditions.");
    list.globals = Json | Console;
    addSubcommand(list);

    Subcommand show;
    show.name = QStringLiteral("show");
    show.arguments = QStringLiteral("NAME");
    show.summary = tr("Show a rule and how many stored IOCs it lets through now.");
    show.minArguments = show.maxArguments = 1;
    show.globals = Json | Console;
    addSubcommand(show);

    Subcommand add;
    add.name = QStringLiteral("add");
    add.arguments = QStringLiteral("NAME");
    add.summary = tr("Add a rule from options or from a JSON file.");
    add.details = tr(
        "Every condition given must hold; the exclusion list always wins (what must never be shared:\n"
        "the organisation's own domains and ranges). A value pattern is a network (10.0.0.0/8,\n"
        "2001:db8::/32) or an address, a domain (example.com: it and everything under it),\n"
        "re:EXPRESSION (a regular expression), or a hash or URL (that value exactly). --include,\n"
        "--exclude and --exclusion-list may be given several times, one pattern each.\n"
        "--from-json FILE reads {\"types\": [...], \"sources\": [...], \"labels\", \"minSeverity\",\n"
        "\"minScore\", \"seenWithinDays\", \"include\", \"exclude\", \"exclusionList\"} instead (sources by\n"
        "name). Every problem is listed, naming its field; then nothing is stored (exit 2).");
    add.minArguments = add.maxArguments = 1;
    add.globals = Json | Console;
    add.options = {{QStringLiteral("types"), tr("IOC types, separated by commas (SHA256, MD5, URL ...)."),
                       QStringLiteral("LIST")},
        {QStringLiteral("sources"), tr("Source names, separated by commas."), QStringLiteral("LIST")},
        {QStringLiteral("labels"), tr("Labels, separated by commas (any of them)."), QStringLiteral("LIST")},
        {QStringLiteral("min-severity"), tr("Minimum severity, 0-7."), QStringLiteral("N")},
        {QStringLiteral("min-score"), tr("Minimum score, 0-100."), QStringLiteral("N")},
        {QStringLiteral("seen-within"), tr("Last seen within this many days."), QStringLiteral("DAYS")},
        {QStringLiteral("include"), tr("Only values matching PATTERN (repeatable)."),
            QStringLiteral("PATTERN")},
        {QStringLiteral("exclude"), tr("No values matching PATTERN (repeatable)."),
            QStringLiteral("PATTERN")},
        {QStringLiteral("exclusion-list"),
            tr("Never share values matching PATTERN (repeatable; always wins)."), QStringLiteral("PATTERN")},
        {QStringLiteral("from-json"), tr("Read the rule from a JSON file instead."), QStringLiteral("FILE")}};
    addSubcommand(add);

    Subcommand remove;
    remove.name = QStringLiteral("remove");
    remove.arguments = QStringLiteral("NAME");
    remove.summary = tr("Remove a rule (refused while a sharing configuration uses it).");
    remove.minArguments = remove.maxArguments = 1;
    remove.globals = Console;
    addSubcommand(remove);
}

int RulesCommand::run(CliContext &context, const QString &subcommand, const QStringList &arguments)
{
    QString profileId;
    IocStore *store = nullptr;
    if (const int code = IocSupport::open(context, &profileId, &store))
        return code;
    if (subcommand == QLatin1String("list"))
        return list(context, store);
    if (subcommand == QLatin1String("show"))
        return show(context, store, arguments.first());
    if (subcommand == QLatin1String("add"))
        return add(context, store, profileId, arguments.first());
    return remove(context, store, arguments.first());
}

int RulesCommand::list(CliContext &context, IocStore *store)
{
    const QList<IocSource> sources = store->sources();
    QJsonArray array;
    QList<QStringList> rows;
    for (const NamedDefinition &rule : store->rules()) {
        const QJsonObject definition = IocSupport::mapSources(rule.definition, sources, false);
        if (context.json()) {
            QJsonObject object = definition;
            object.insert(QStringLiteral("name"), rule.name);
            array.append(object);
        } else {
            rows << QStringList {rule.name, describe(definition).join(QLatin1String("; "))};
        }
    }
    if (context.json()) {
        context.term().outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (rows.isEmpty()) {
        context.term().err(
            tr("No business rules yet: 's1bridge-cli rules add NAME --types SHA256,MD5' adds one."));
        return Ok;
    }
    context.term().table({tr("NAME"), tr("CONDITIONS")}, rows);
    return Ok;
}

int RulesCommand::show(CliContext &context, IocStore *store, const QString &name)
{
    const std::optional<NamedDefinition> rule = store->rule(name);
    if (!rule)
        return context.usage(
            tr("no business rule named \"%1\"; 's1bridge-cli rules list' shows them").arg(name));
    QStringList problems;
    const std::optional<BusinessRule> parsed = BusinessRule::fromJson(rule->definition, &problems);
    const qint64 matching
        = parsed ? countMatchingIocs(*store, *parsed, QDateTime::currentDateTimeUtc()) : qint64(-1);
    const QJsonObject definition = IocSupport::mapSources(rule->definition, store->sources(), false);
    if (context.json()) {
        QJsonObject object = definition;
        object.insert(QStringLiteral("name"), rule->name);
        object.insert(QStringLiteral("matchingIocs"), matching);
        context.term().outRaw(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Ok;
    }
    context.term().out(tr("Rule: %1").arg(rule->name));
    const QStringList lines = describe(definition);
    for (const QString &line : lines)
        context.term().out(QStringLiteral("  ") + line);
    if (lines.isEmpty())
        context.term().out(tr("  (no conditions: every IOC)"));
    for (const QString &problem : std::as_const(problems))
        context.term().err(tr("warning: %1").arg(problem));
    if (matching >= 0)
        context.term().out(tr("Matching IOCs now: %1").arg(matching));
    return Ok;
}

int RulesCommand::add(CliContext &context, IocStore *store, const QString &profileId, const QString &name)
{
    const QCommandLineParser &options = parser();
    if (name.trimmed().isEmpty())
        return context.usage(tr("NAME: a rule needs a name"));
    if (store->rule(name))
        return context.usage(
            tr("a business rule named \"%1\" exists already ('rules remove %1' first)").arg(name));
    QJsonObject json;
    QStringList problems;
    const QStringList flagNames {QStringLiteral("types"), QStringLiteral("sources"), QStringLiteral("labels"),
        QStringLiteral("min-severity"), QStringLiteral("min-score"), QStringLiteral("seen-within"),
        QStringLiteral("include"), QStringLiteral("exclude"), QStringLiteral("exclusion-list")};
    if (options.isSet(QStringLiteral("from-json"))) {
        for (const QString &flag : flagNames)
            if (options.isSet(flag))
                return context.usage(
                    tr("--%1 and --from-json cannot be combined: put it in the file").arg(flag));
        const QString path = options.value(QStringLiteral("from-json"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return context.usage(tr("cannot read %1: %2").arg(path, file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject())
            return context.usage(parseError.error != QJsonParseError::NoError
                    ? tr("%1: not JSON at offset %2: %3; expected a rule object")
                          .arg(path)
                          .arg(parseError.offset)
                          .arg(parseError.errorString())
                    : tr("%1: expected a JSON object (a business rule)").arg(path));
        json = document.object();
    } else {
        auto number = [&](const char *option, const char *field) {
            const QString text = options.value(QLatin1String(option));
            bool ok = false;
            const int value = text.toInt(&ok);
            if (!ok)
                problems << tr("--%1: expected a whole number, not \"%2\"").arg(QLatin1String(option), text);
            else
                json.insert(QLatin1String(field), value);
        };
        if (options.isSet(QStringLiteral("types")))
            json.insert(
                QStringLiteral("types"), splitArray(options.value(QStringLiteral("types")).toUpper()));
        if (options.isSet(QStringLiteral("sources")))
            json.insert(QStringLiteral("sources"), splitArray(options.value(QStringLiteral("sources"))));
        if (options.isSet(QStringLiteral("labels")))
            json.insert(QStringLiteral("labels"), splitArray(options.value(QStringLiteral("labels"))));
        if (options.isSet(QStringLiteral("min-severity")))
            number("min-severity", "minSeverity");
        if (options.isSet(QStringLiteral("min-score")))
            number("min-score", "minScore");
        if (options.isSet(QStringLiteral("seen-within")))
            number("seen-within", "seenWithinDays");
        for (const auto &[option, field] : {std::pair {"include", "include"},
                 std::pair {"exclude", "exclude"}, std::pair {"exclusion-list", "exclusionList"}})
            if (options.isSet(QLatin1String(option)))
                json.insert(
                    QLatin1String(field), QJsonArray::fromStringList(options.values(QLatin1String(option))));
    }
    json.insert(QStringLiteral("name"), name);
    json = IocSupport::mapSources(json, store->sources(profileId), true, &problems);
    std::optional<BusinessRule> rule = BusinessRule::fromJson(json, &problems);
    if (!rule || !problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            context.term().err(problem);
        return context.usage(
            tr("the rule \"%1\" was not added: %n problem(s)", nullptr, int(problems.size())).arg(name));
    }
    NamedDefinition definition;
    definition.name = name;
    definition.definition = rule->toJson();
    QString error;
    if (!store->saveRule(&definition, &error))
        return context.fail(LocalFailure, error);
    const qint64 matching = countMatchingIocs(*store, *rule, QDateTime::currentDateTimeUtc());
    if (context.json())
        context.term().outRaw(QJsonDocument(
            QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("matchingIocs"), matching}})
                                  .toJson(QJsonDocument::Indented));
    else
        context.term().out(
            tr("Added the rule \"%1\"; it lets %2 stored IOCs through now.").arg(name).arg(matching));
    return Ok;
}

int RulesCommand::remove(CliContext &context, IocStore *store, const QString &name)
{
    const std::optional<NamedDefinition> rule = store->rule(name);
    if (!rule)
        return context.usage(
            tr("no business rule named \"%1\"; 's1bridge-cli rules list' shows them").arg(name));
    for (const NamedDefinition &sharing : store->sharings()) {
        const QJsonValue used = sharing.definition.value(QLatin1String("rule"));
        if (used.toString() == rule->name || (used.isDouble() && qint64(used.toDouble()) == rule->id))
            return context.usage(
                tr("the sharing configuration \"%1\" uses the rule \"%2\": remove it or give it "
                   "another rule first")
                    .arg(sharing.name, name));
    }
    QString error;
    if (!store->removeRule(rule->id, &error))
        return context.fail(LocalFailure, error);
    context.term().err(tr("Removed the rule \"%1\".").arg(name));
    return Ok;
}

} // namespace cli
