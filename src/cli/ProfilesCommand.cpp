// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesCommand.h"

#include "CliContext.h"
#include "config/ConnectorConfigImport.h"
#include "config/ProfileStore.h"
#include "config/SecretStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

ProfilesCommand::ProfilesCommand()
    : Command(QStringLiteral("profiles"),
        tr("The saved profiles, shared with the S1 Bridge window; their tokens are in the OS keychain."))
{
    Subcommand list;
    list.name = QStringLiteral("list");
    list.summary = tr("List the saved profiles (shared with the S1 Bridge window).");
    list.globals = Json;
    addSubcommand(list);

    Subcommand show;
    show.name = QStringLiteral("show");
    show.arguments = QStringLiteral("NAME");
    show.summary = tr("Show a profile; its tokens: \"stored\", \"missing\" or \"session only\".");
    show.details
        = tr("Every setting of the profile, and whether its tokens are in the keychain (\"session only\":\n"
             "there is no keychain). Never a token.");
    show.minArguments = show.maxArguments = 1;
    show.globals = Json;
    addSubcommand(show);

    Subcommand import;
    import.name = QStringLiteral("import");
    import.arguments = QStringLiteral("FILE");
    import.summary = tr("Make a profile from the OpenCTI SentinelOne connector's configuration.");
    import.details
        = tr("FILE is the connector's docker-compose.yml, .env or config.yml. Its tokens go to the OS\n"
             "keychain, never to the settings file. The profile is named after CONNECTOR_NAME (or the\n"
             "console's host name) unless --name is given; a name already taken is refused.");
    import.minArguments = import.maxArguments = 1;
    import.globals = Json;
    import.options
        = {{ {QStringLiteral("n"), QStringLiteral("name")},
              tr("The new profile's name."),
              QStringLiteral("NAME") }};
    addSubcommand(import);

    Subcommand remove;
    remove.name = QStringLiteral("delete");
    remove.arguments = QStringLiteral("NAME");
    remove.summary = tr("Delete a profile and its keychain entries.");
    remove.minArguments = remove.maxArguments = 1;
    addSubcommand(remove);
}

int ProfilesCommand::run(CliContext &context, const QString &subcommand, const QStringList &arguments)
{
    if (subcommand == QLatin1String("list"))
        return list(context);
    if (subcommand == QLatin1String("show"))
        return show(context, arguments.first());
    if (subcommand == QLatin1String("import"))
        return import(context, arguments.first());
    return remove(context, arguments.first());
}

int ProfilesCommand::list(CliContext &context)
{
    config::ProfileStore &store = context.profileStore();
    if (!store.errorString().isEmpty())
        return context.fail(LocalFailure, store.errorString());
    const QList<config::Profile> profiles = store.profiles();
    if (context.json()) {
        QJsonArray array;
        for (const config::Profile &p : profiles)
            array.append(QJsonObject::fromVariantMap(config::ProfileStore::toVariantMap(p)));
        context.term().outRaw(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (profiles.isEmpty()) {
        context.term().err(
            tr("No profiles yet: create one in S1 Bridge, or import a connector configuration with "
               "'s1bridge-cli profiles import FILE'."));
        return Ok;
    }
    QList<QStringList> rows;
    for (const config::Profile &p : profiles) {
        QString sites = tr("all");
        if (!p.allSites)
            sites = (p.siteNames.size() == p.siteIds.size() ? p.siteNames : p.siteIds)
                        .join(QLatin1String(", "));
        const QString account
            = p.accountName.isEmpty() ? p.accountId : tr("%1 (%2)").arg(p.accountName, p.accountId);
        rows << QStringList {p.name, p.consoleUrl.toString(), account, sites,
            p.openCtiEnabled ? p.openCtiUrl.toString() : tr("off"), p.demo ? tr("yes") : QString()};
    }
    context.term().table(
        {tr("NAME"), tr("CONSOLE"), tr("ACCOUNT"), tr("SITES"), tr("OPENCTI"), tr("DEMO")}, rows);
    return Ok;
}

int ProfilesCommand::show(CliContext &context, const QString &name)
{
    QString error;
    int code = Usage;
    const std::optional<config::Profile> profile = context.findProfile(name, &error, &code);
    if (!profile)
        return context.fail(code, error);
    const QVariantMap settings = config::ProfileStore::toVariantMap(*profile);

    QString s1Error, openCtiError;
    const QString s1State = context.secretState(
        config::Profile::secretKey(profile->id, config::Profile::Secret::S1ApiToken), &s1Error);
    const QString openCtiState = context.secretState(
        config::Profile::secretKey(profile->id, config::Profile::Secret::OpenCtiToken), &openCtiError);
    for (const QString &e : {s1Error, openCtiError})
        if (!e.isEmpty())
            context.term().err(tr("warning: %1").arg(e));
    if (context.secretStore().status() == config::SecretStore::Status::SessionOnly)
        context.term().err(tr("warning: %1").arg(context.secretStore().sessionOnlyReason()));

    if (context.json()) {
        QJsonObject object = QJsonObject::fromVariantMap(settings);
        auto machine = [](const QString &state) {
            return state.isEmpty() ? QStringLiteral("error") : QString(state).replace(u' ', u'-');
        };
        object.insert(QStringLiteral("secrets"),
            QJsonObject {{QStringLiteral("s1ApiToken"), machine(s1State)},
                {QStringLiteral("openCtiToken"), machine(openCtiState)}});
        context.term().outRaw(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Ok;
    }
    // A fixed, readable order; any key added to the profile later is listed after these.
    static const char *const order[] = {"name", "id", "demo", "consoleUrl", "accountId", "accountName",
        "allSites", "siteIds", "siteNames", "flag", "importMode", "importStart", "syncPeriod", "maxAttempts",
        "tlsPolicy", "pinnedCertSha256", "openCtiEnabled", "openCtiUrl", "connectorId", "connectorName",
        "connectorScope", "logLevel", "tlp"};
    QStringList keys;
    for (const char *key : order)
        if (settings.contains(QLatin1String(key)))
            keys << QLatin1String(key);
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        if (!keys.contains(it.key()))
            keys << it.key();
    auto text = [](const QVariant &v) {
        if (v.typeId() == QMetaType::Bool)
            return v.toBool() ? tr("yes") : tr("no");
        if (v.typeId() == QMetaType::QStringList)
            return v.toStringList().join(QLatin1String(", "));
        return v.toString();
    };
    QList<QStringList> rows;
    for (const QString &key : std::as_const(keys))
        rows << QStringList {key, text(settings.value(key))};
    auto state = [](const QString &s) {
        if (s == QLatin1String("stored"))
            return tr("stored");
        if (s == QLatin1String("missing"))
            return tr("missing");
        if (s == QLatin1String("session only"))
            return tr("session only");
        return tr("unknown (keychain error)");
    };
    rows << QStringList {tr("S1 API token"), state(s1State)}
         << QStringList {tr("OpenCTI token"), state(openCtiState)};
    context.term().table({tr("SETTING"), tr("VALUE")}, rows);
    return Ok;
}

int ProfilesCommand::import(CliContext &context, const QString &path)
{
    config::ProfileStore &store = context.profileStore();
    if (!store.errorString().isEmpty())
        return context.fail(LocalFailure, store.errorString());
    QString error;
    std::optional<config::ImportedConfig> imported = config::importConnectorConfig(path, &error);
    if (!imported)
        return context.fail(Usage, error);
    config::Profile &profile = imported->profile;
    if (parser().isSet(QStringLiteral("name")))
        profile.name = parser().value(QStringLiteral("name")).trimmed();
    const QList<config::Profile> existing = store.profiles();
    for (const config::Profile &other : existing) {
        if (other.name.trimmed().compare(profile.name, Qt::CaseInsensitive) == 0)
            return context.fail(Usage,
                tr("a profile named \"%1\" already exists; choose another name with --name NAME, or delete "
                   "it "
                   "first with 's1bridge-cli profiles delete \"%1\"'.")
                    .arg(other.name));
    }
    for (const QString &warning : std::as_const(imported->warnings))
        context.term().err(tr("warning: %1").arg(warning));
    if (!imported->unknownKeys.isEmpty())
        context.term().err(tr("Not imported (not settings of S1 Bridge): %1")
                               .arg(imported->unknownKeys.join(QLatin1String(", "))));
    if (!store.save(profile, &error)) {
        context.term().err(tr("s1bridge-cli: the profile \"%1\" cannot be saved:").arg(profile.name));
        for (const QString &line : error.split(u'\n'))
            context.term().err(QStringLiteral("  ") + line);
        // A valid profile that is not saved: the settings file cannot be written.
        return profile.validate().isEmpty() ? LocalFailure : Usage;
    }

    // The tokens go to the keychain only. If the keychain fails, nothing is left half-written.
    const QList<std::pair<config::Profile::Secret, QString>> secrets = {
        {config::Profile::Secret::S1ApiToken, imported->s1ApiToken},
        {config::Profile::Secret::OpenCtiToken, imported->openCtiToken},
    };
    for (const auto &[kind, value] : secrets) {
        if (value.isEmpty())
            continue;
        if (!context.writeSecret(config::Profile::secretKey(profile.id, kind), value, &error)) {
            QString ignored;
            context.removeProfileSecrets(profile.id, &ignored);
            store.remove(profile.id, &ignored);
            return context.fail(LocalFailure, tr("the profile was not imported: %1").arg(error));
        }
    }
    config::SecretStore &keychain = context.secretStore();
    const bool sessionOnly = keychain.status() == config::SecretStore::Status::SessionOnly;
    if (sessionOnly && !(imported->s1ApiToken.isEmpty() && imported->openCtiToken.isEmpty()))
        context.term().err(
            tr("warning: the tokens were not stored: %1 With --profile, set S1_API_KEY in the environment.")
                .arg(keychain.sessionOnlyReason()));

    if (context.json()) {
        QJsonObject object = QJsonObject::fromVariantMap(config::ProfileStore::toVariantMap(profile));
        object.insert(QStringLiteral("unknownKeys"), QJsonArray::fromStringList(imported->unknownKeys));
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(imported->warnings));
        context.term().outRaw(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        context.term().out(
            tr("Imported profile \"%1\" (console %2) from %3.")
                .arg(profile.name, profile.consoleUrl.toString(), QDir::toNativeSeparators(path)));
        if (!sessionOnly && !imported->s1ApiToken.isEmpty())
            context.term().out(
                tr("Its tokens are in the keychain. Use it with: s1bridge-cli --profile \"%1\" threats list")
                    .arg(profile.name));
    }
    return Ok;
}

int ProfilesCommand::remove(CliContext &context, const QString &name)
{
    QString error;
    int code = Usage;
    const std::optional<config::Profile> profile = context.findProfile(name, &error, &code);
    if (!profile)
        return context.fail(code, error);
    // The keychain entries first: a profile is never deleted while its secrets stay behind.
    if (!context.removeProfileSecrets(profile->id, &error))
        return context.fail(LocalFailure, tr("the profile \"%1\" was kept: %2").arg(profile->name, error));
    if (!context.profileStore().remove(profile->id, &error))
        return context.fail(LocalFailure, error);
    context.term().out(tr("Deleted profile \"%1\" and its keychain entries.").arg(profile->name));
    return Ok;
}

} // namespace cli
