// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectorConfigImport.h"

#include "Logging.h"
#include "jobs/IsoDuration.h"
#include "s1/ConsoleConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <yaml-cpp/yaml.h>

namespace config {

namespace {

using Format = ConnectorConfigImport::Format;

constexpr qint64 kMaxFileSize = 1024 * 1024;

using Field = ConnectorConfigImport::Setting;

bool isSecret(Field f)
{
    return f == Field::S1ApiKey || f == Field::OpenCtiToken;
}

// generation: which naming wins when a file sets a field twice (the newest names win).
struct KnownKey
{
    const char *name;
    Field field;
    int generation;
};
const KnownKey kEnvKeys[] = {
    {"OPENCTI_URL", Field::OpenCtiUrl, 0},
    {"OPENCTI_TOKEN", Field::OpenCtiToken, 0},
    {"CONNECTOR_ID", Field::ConnectorId, 0},
    {"CONNECTOR_NAME", Field::ConnectorName, 0},
    {"CONNECTOR_SCOPE", Field::ConnectorScope, 0},
    {"CONNECTOR_LOG_LEVEL", Field::LogLevel, 0},
    {"CONNECTOR_DURATION_PERIOD", Field::DurationPeriod, 0},
    {"CONNECTOR_TYPE", Field::Ignored, 0},
    {"S1_URL", Field::S1Url, 0},
    {"S1_API_KEY", Field::S1ApiKey, 0},
    {"S1_ACCOUNT_ID", Field::S1AccountId, 0},
    {"MAX_API_ATTEMPTS", Field::MaxAttempts, 0},
    {"SIGN", Field::Sign, 0},
    {"SENTINELONE_URL", Field::S1Url, 1},
    {"SENTINELONE_API_KEY", Field::S1ApiKey, 1},
    {"SENTINELONE_ACCOUNT_ID", Field::S1AccountId, 1},
    {"SENTINELONE_MAX_API_ATTEMPTS", Field::MaxAttempts, 1},
    {"SENTINELONE_SEARCH_SIGN", Field::Sign, 1},
    {"SENTINELONE_SIGN", Field::Sign, 1},
    {"SENTINELONE_IMPORT_START_DATE", Field::ImportStart, 1},
    {"SENTINELONE_INCIDENTS_URL", Field::S1Url, 2},
    {"SENTINELONE_INCIDENTS_API_KEY", Field::S1ApiKey, 2},
    {"SENTINELONE_INCIDENTS_ACCOUNT_ID", Field::S1AccountId, 2},
    {"SENTINELONE_INCIDENTS_MAX_API_ATTEMPTS", Field::MaxAttempts, 2},
    {"SENTINELONE_INCIDENTS_SIGN", Field::Sign, 2},
    {"SENTINELONE_INCIDENTS_IMPORT_START_DATE", Field::ImportStart, 2},
};

// config.yml: section -> key -> field. Section names compare case-insensitively (the connector's
// generations wrote "SentinelOne", "sentinelOne" and "sentinelone_incidents").
struct YamlKey
{
    const char *key;
    Field field;
};
const YamlKey kOpenCtiKeys[] = {{"url", Field::OpenCtiUrl}, {"token", Field::OpenCtiToken}};
const YamlKey kConnectorKeys[] = {
    {"id", Field::ConnectorId},
    {"name", Field::ConnectorName},
    {"scope", Field::ConnectorScope},
    {"log_level", Field::LogLevel},
    {"duration_period", Field::DurationPeriod},
    {"type", Field::Ignored},
};
const YamlKey kS1Keys[] = {
    {"url", Field::S1Url},
    {"api_key", Field::S1ApiKey},
    {"account_id", Field::S1AccountId},
    {"max_api_attempts", Field::MaxAttempts},
    {"sign", Field::Sign},
    {"search_sign", Field::Sign},
    {"import_start_date", Field::ImportStart},
};

// One setting as found in the file.
struct Entry
{
    QString key; // as the user wrote it: S1_URL, or sentinelone_incidents.url
    Field field = Field::Ignored;
    int generation = 0;
    QString value;
    int line = 0; // 1-based; 0 when unknown
    bool hasValue = true;
    bool interpolated = false; // docker compose would substitute $VARIABLES in this value
};

struct Source
{
    QString name; // for messages
    QStringList unknownKeys;
    QStringList warnings;
    QList<Entry> entries;
};

QString where(const Source &src, int line)
{
    return line > 0 ? ConnectorConfigImport::tr("%1, line %2").arg(src.name).arg(line) : src.name;
}

QString entryWhere(const Entry &e)
{
    return e.line > 0 ? ConnectorConfigImport::tr("%1 (line %2)").arg(e.key).arg(e.line) : e.key;
}

std::optional<KnownKey> knownEnvKey(const QString &name)
{
    for (const KnownKey &k : kEnvKeys)
        if (name == QLatin1String(k.name))
            return k;
    return std::nullopt;
}

void addEnvEntry(
    Source &src, const QString &key, const QString &value, int line, bool hasValue, bool interpolated)
{
    const auto known = knownEnvKey(key);
    if (!known) {
        if (!src.unknownKeys.contains(key))
            src.unknownKeys << key;
        return;
    }
    src.entries << Entry {key, known->field, known->generation, value, line, hasValue, interpolated};
}

// ---- .env ----------------------------------------------------------------------------------------

bool parseDotEnv(const QByteArray &data, Source &src, QString *error)
{
    static const QRegularExpression keyRe(QStringLiteral("^([A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s*(.*)$"));
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(QLatin1String("export ")) || line.startsWith(QLatin1String("export\t")))
            line = line.mid(7).trimmed();
        const QRegularExpressionMatch m = keyRe.match(line);
        if (!m.hasMatch()) {
            // The line itself is not quoted: it could be a pasted token.
            *error = ConnectorConfigImport::tr("%1: expected KEY=VALUE (or a # comment).")
                         .arg(where(src, lineNo));
            return false;
        }
        const QString key = m.captured(1);
        const QString raw = m.captured(2);
        QString value;
        bool interpolated = true;
        if (raw.startsWith(u'"') || raw.startsWith(u'\'')) {
            const QChar quote = raw.at(0);
            int end = -1;
            for (int j = 1; j < raw.size(); ++j) {
                const QChar c = raw.at(j);
                if (quote == u'"' && c == u'\\' && j + 1 < raw.size()) {
                    const QChar next = raw.at(++j);
                    value += next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next;
                    continue;
                }
                if (c == quote) {
                    end = j;
                    break;
                }
                value += c;
            }
            if (end < 0) {
                *error = ConnectorConfigImport::tr("%1: the quoted value of %2 has no closing %3.")
                             .arg(where(src, lineNo), key, quote);
                return false;
            }
            const QString after = raw.mid(end + 1).trimmed();
            if (!after.isEmpty() && !after.startsWith(u'#')) {
                *error = ConnectorConfigImport::tr("%1: unexpected text after the quoted value of %2.")
                             .arg(where(src, lineNo), key);
                return false;
            }
            interpolated = quote == u'"';
        } else {
            value = raw;
            static const QRegularExpression comment(QStringLiteral("\\s+#.*$"));
            value.remove(comment);
            value = value.trimmed();
        }
        addEnvEntry(src, key, value, lineNo, true, interpolated);
    }
    return true;
}

// ---- YAML ----------------------------------------------------------------------------------------

int yamlLine(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return mark.line >= 0 ? mark.line + 1 : 0;
}

QString yamlString(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

bool parseYaml(const QByteArray &data, const Source &src, YAML::Node *root, QString *error)
{
    try {
        *root = YAML::Load(data.toStdString());
    } catch (const YAML::ParserException &e) {
        *error = ConnectorConfigImport::tr("%1: not valid YAML: %2")
                     .arg(where(src, e.mark.line >= 0 ? e.mark.line + 1 : 0), QString::fromStdString(e.msg));
        return false;
    } catch (const YAML::Exception &e) {
        *error = ConnectorConfigImport::tr("%1: not valid YAML: %2")
                     .arg(src.name, QString::fromStdString(e.msg));
        return false;
    }
    if (!root->IsDefined() || root->IsNull()) {
        *error = ConnectorConfigImport::tr("%1: the file is empty.").arg(src.name);
        return false;
    }
    if (!root->IsMap()) {
        *error
            = ConnectorConfigImport::tr("%1: expected a YAML mapping (key: value) at the top.").arg(src.name);
        return false;
    }
    return true;
}

bool hasS1Setting(const Source &src)
{
    for (const Entry &e : src.entries)
        if (e.field == Field::S1Url || e.field == Field::S1ApiKey)
            return true;
    return false;
}

// services.<name>.environment of one service, as a list of "KEY=VALUE" or as a map.
bool readComposeEnvironment(const YAML::Node &env, Source &src, QString *error)
{
    if (env.IsSequence()) {
        for (const YAML::Node &item : env) {
            if (!item.IsScalar()) {
                *error = ConnectorConfigImport::tr("%1: an environment entry must be KEY=VALUE.")
                             .arg(where(src, yamlLine(item)));
                return false;
            }
            const QString text = yamlString(item);
            const qsizetype eq = text.indexOf(u'=');
            if (eq < 0)
                addEnvEntry(src, text.trimmed(), QString(), yamlLine(item), false, true);
            else
                addEnvEntry(src, text.left(eq).trimmed(), text.mid(eq + 1), yamlLine(item), true, true);
        }
        return true;
    }
    if (env.IsMap()) {
        for (auto it = env.begin(); it != env.end(); ++it) {
            const QString key = yamlString(it->first).trimmed();
            // A copy (it shares the node): it-> is a temporary proxy, a reference to its member
            // would dangle (AddressSanitizer: stack-use-after-scope).
            const YAML::Node value = it->second;
            if (value.IsNull()) {
                addEnvEntry(src, key, QString(), yamlLine(it->first), false, true);
            } else if (value.IsScalar()) {
                addEnvEntry(src, key, yamlString(value), yamlLine(it->first), true, true);
            } else {
                *error = ConnectorConfigImport::tr("%1: the value of %2 must be a single value.")
                             .arg(where(src, yamlLine(value)), key);
                return false;
            }
        }
        return true;
    }
    if (env.IsNull())
        return true;
    *error = ConnectorConfigImport::tr("%1: environment must be a list of KEY=VALUE or a map.")
                 .arg(where(src, yamlLine(env)));
    return false;
}

bool parseCompose(const YAML::Node &root, Source &src, QString *service, QString *error)
{
    const YAML::Node services = root["services"];
    if (!services || !services.IsMap()) {
        *error = ConnectorConfigImport::tr("%1: not a docker-compose file: there is no \"services\" section.")
                     .arg(src.name);
        return false;
    }
    QStringList matching;
    Source chosen;
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QString name = yamlString(it->first);
        const YAML::Node definition = it->second; // a copy: see readComposeEnvironment()
        if (!definition.IsMap())
            continue;
        Source candidate;
        candidate.name = src.name;
        if (const YAML::Node env = definition["environment"]) {
            if (!readComposeEnvironment(env, candidate, error))
                return false;
        }
        if (!hasS1Setting(candidate))
            continue;
        if (const YAML::Node envFile = definition["env_file"]) {
            QStringList files;
            if (envFile.IsScalar())
                files << yamlString(envFile);
            else if (envFile.IsSequence())
                for (const YAML::Node &f : envFile)
                    if (f.IsScalar())
                        files << yamlString(f);
            if (!files.isEmpty())
                candidate.warnings << ConnectorConfigImport::tr(
                    "Service %1 also reads variables from %2 (env_file), which this import does "
                    "not open; import that file as well if it holds settings.")
                                          .arg(name, files.join(QLatin1String(", ")));
        }
        matching << name;
        if (matching.size() == 1) {
            chosen = candidate;
            *service = name;
        }
    }
    if (matching.isEmpty()) {
        *error = ConnectorConfigImport::tr(
            "%1: no service sets the SentinelOne connector's variables (S1_URL, S1_API_KEY, "
            "SENTINELONE_INCIDENTS_URL, SENTINELONE_INCIDENTS_API_KEY ...).")
                     .arg(src.name);
        return false;
    }
    src.entries = chosen.entries;
    src.unknownKeys = chosen.unknownKeys;
    src.warnings << chosen.warnings;
    if (matching.size() > 1)
        src.warnings << ConnectorConfigImport::tr(
            "Several services configure SentinelOne (%1); the settings of %2 were imported.")
                            .arg(matching.join(QLatin1String(", ")), *service);
    return true;
}

bool parseConfigYaml(const YAML::Node &root, Source &src, QString *error)
{
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString section = yamlString(it->first);
        const QString lower = section.toLower();
        const YAML::Node body = it->second; // a copy: see readComposeEnvironment()
        const YamlKey *keys = nullptr;
        std::size_t count = 0;
        int generation = 0;
        if (lower == QLatin1String("opencti")) {
            keys = kOpenCtiKeys;
            count = std::size(kOpenCtiKeys);
        } else if (lower == QLatin1String("connector")) {
            keys = kConnectorKeys;
            count = std::size(kConnectorKeys);
        } else if (lower == QLatin1String("sentinelone_incidents") || lower == QLatin1String("sentinelone")
            || lower == QLatin1String("s1")) {
            keys = kS1Keys;
            count = std::size(kS1Keys);
            generation = lower == QLatin1String("sentinelone_incidents") ? 2
                : lower == QLatin1String("sentinelone")                  ? 1
                                                                         : 0;
        }
        if (!keys) {
            src.unknownKeys << section;
            continue;
        }
        if (body.IsNull())
            continue;
        if (!body.IsMap()) {
            *error = ConnectorConfigImport::tr("%1: \"%2\" must be a section of key: value lines.")
                         .arg(where(src, yamlLine(body)), section);
            return false;
        }
        for (auto kv = body.begin(); kv != body.end(); ++kv) {
            const QString key = yamlString(kv->first);
            const QString path = section + u'.' + key;
            const YamlKey *match = nullptr;
            for (std::size_t i = 0; i < count; ++i)
                if (key.toLower() == QLatin1String(keys[i].key))
                    match = &keys[i];
            if (!match) {
                src.unknownKeys << path;
                continue;
            }
            const YAML::Node value = kv->second; // a copy: see readComposeEnvironment()
            if (!value.IsNull() && !value.IsScalar()) {
                *error = ConnectorConfigImport::tr("%1: the value of %2 must be a single value.")
                             .arg(where(src, yamlLine(value)), path);
                return false;
            }
            src.entries << Entry {path, match->field, generation,
                value.IsNull() ? QString() : yamlString(value), yamlLine(kv->first), !value.IsNull(), false};
        }
    }
    return true;
}

// ---- from entries to a profile ------------------------------------------------------------------

bool isSampleValue(const QString &value)
{
    const QString v = value.trimmed();
    return v.compare(QLatin1String("ChangeMe"), Qt::CaseInsensitive) == 0
        || v.compare(QLatin1String("Change_Me"), Qt::CaseInsensitive) == 0;
}

bool hasPlaceholder(const QString &value)
{
    // docker compose substitutes $NAME and ${NAME...}; "$$" is a literal dollar.
    static const QRegularExpression re(QStringLiteral("(?<!\\$)(?:\\$\\$)*\\$(\\{|[A-Za-z_])"));
    return re.match(value).hasMatch();
}

QString describeField(Field f)
{
    switch (f) {
    case Field::OpenCtiUrl:
        return ConnectorConfigImport::tr("the OpenCTI URL");
    case Field::OpenCtiToken:
        return ConnectorConfigImport::tr("the OpenCTI token");
    case Field::ConnectorId:
        return ConnectorConfigImport::tr("the connector ID");
    case Field::ConnectorName:
        return ConnectorConfigImport::tr("the connector name");
    case Field::ConnectorScope:
        return ConnectorConfigImport::tr("the connector scope");
    case Field::LogLevel:
        return ConnectorConfigImport::tr("the log level");
    case Field::DurationPeriod:
        return ConnectorConfigImport::tr("the sync period");
    case Field::S1Url:
        return ConnectorConfigImport::tr("the console URL");
    case Field::S1ApiKey:
        return ConnectorConfigImport::tr("the SentinelOne API token");
    case Field::S1AccountId:
        return ConnectorConfigImport::tr("the account ID");
    case Field::MaxAttempts:
        return ConnectorConfigImport::tr("the maximum API attempts");
    case Field::Sign:
        return ConnectorConfigImport::tr("the flag note text");
    case Field::ImportStart:
        return ConnectorConfigImport::tr("the import start date");
    case Field::Ignored:
        break;
    }
    return {};
}

// forFile: also warn about a missing console URL or token (a profile is being made from the file).
// refused: the settings that hold what a profile cannot (see Profile::unsafeCharacter), one sentence
// each naming the key; they are not used (and a file with one is not imported).
ImportedConfig buildResult(Source &src, bool forFile, QStringList *refused)
{
    ImportedConfig out;
    Profile &p = out.profile;
    p.id = Profile::newId();
    p.connectorId.clear();

    // One value per field: the newest naming wins, then the last line.
    QHash<int, Entry> chosen;
    QHash<int, QStringList> conflicts;
    QList<Field> order;
    for (const Entry &e : std::as_const(src.entries)) {
        if (e.field == Field::Ignored)
            continue;
        const int f = int(e.field);
        if (!chosen.contains(f)) {
            chosen.insert(f, e);
            order << e.field;
            continue;
        }
        const Entry previous = chosen.value(f);
        const bool replace = e.generation >= previous.generation;
        const Entry &used = replace ? e : previous;
        const Entry &other = replace ? previous : e;
        if (replace)
            chosen.insert(f, e);
        if (previous.value != e.value || previous.hasValue != e.hasValue) {
            const QString warning
                = ConnectorConfigImport::tr("%1 and %2 both set %3; %4 was used.")
                      .arg(entryWhere(other), entryWhere(used), describeField(e.field), used.key);
            src.warnings << warning;
            conflicts[f] << warning;
        }
    }

    QString connectorName;
    for (Field field : std::as_const(order)) {
        const Entry e = chosen.value(int(field));
        const QString key = entryWhere(e);
        QString value = e.value;
        ImportedSetting &setting = out.settings[field];
        setting.key = e.key;
        setting.value = isSecret(field) ? QString() : value.trimmed();
        setting.used = true;
        setting.warnings = conflicts.value(int(field));
        // A warning about this setting; reject(): its value was not used.
        const auto note = [&src, &setting](const QString &warning) {
            src.warnings << warning;
            setting.warnings << warning;
        };
        const auto reject = [&note, &setting](const QString &warning) {
            note(warning);
            setting.used = false;
        };
        if (!e.hasValue) {
            reject(ConnectorConfigImport::tr(
                "%1 has no value in the file (docker compose would take it from the environment); "
                "%2 was not imported.")
                       .arg(key, describeField(field)));
            continue;
        }
        if (e.interpolated && hasPlaceholder(value)) {
            if (isSecret(field))
                reject(ConnectorConfigImport::tr(
                    "%1 is a ${VARIABLE} placeholder that docker compose fills in from the "
                    "environment or a .env file; %2 was not imported. Import the .env file too.")
                           .arg(key, describeField(field)));
            else
                reject(ConnectorConfigImport::tr(
                    "%1 is \"%2\", a placeholder that docker compose fills in from the environment "
                    "or a .env file; %3 was not imported. Import the .env file too.")
                           .arg(key, value, describeField(field)));
            continue;
        }
        if (e.interpolated)
            value.replace(QLatin1String("$$"), QLatin1String("$"));
        if (isSampleValue(value)) {
            reject(ConnectorConfigImport::tr("%1 still has the sample value ChangeMe; %2 was not imported.")
                       .arg(key, describeField(field)));
            continue;
        }
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty()) {
            reject(ConnectorConfigImport::tr("%1 is empty; %2 was not imported.")
                       .arg(key, describeField(field)));
            continue;
        }
        if (field == Field::ConnectorName || field == Field::S1AccountId || field == Field::Sign) {
            // Shown on terminals and in the window: no escape sequence, line break or bidi override.
            const QString bad = Profile::unsafeCharacter(trimmed);
            if (!bad.isEmpty()) {
                const QString refusal = ConnectorConfigImport::tr(
                    "%1 holds %2, which %3 cannot hold; use plain text on one line.")
                                            .arg(key, bad, describeField(field));
                reject(refusal);
                *refused << refusal;
                continue;
            }
        }
        QString error;
        switch (field) {
        case Field::S1Url: {
            const QUrl url = s1::ConsoleConfig::normalizeUrl(trimmed, &error);
            if (url.isEmpty())
                reject(ConnectorConfigImport::tr("%1: \"%2\" cannot be used: %3").arg(key, trimmed, error));
            else
                p.consoleUrl = url;
            break;
        }
        case Field::S1ApiKey:
            out.s1ApiToken = s1::ConsoleConfig::normalizeToken(trimmed, &error);
            if (out.s1ApiToken.isEmpty())
                reject(ConnectorConfigImport::tr("%1 cannot be used: %2")
                           .arg(key, error)); // error never quotes the token
            break;
        case Field::S1AccountId:
            p.accountId = trimmed;
            break;
        case Field::MaxAttempts: {
            bool ok = false;
            const int attempts = trimmed.toInt(&ok);
            if (!ok || attempts < 1 || attempts > 100)
                reject(ConnectorConfigImport::tr(
                    "%1: \"%2\" is not a whole number from 1 to 100; the default %3 is used.")
                           .arg(key, trimmed)
                           .arg(p.maxAttempts));
            else
                p.maxAttempts = attempts;
            break;
        }
        case Field::Sign:
            p.flag = trimmed;
            break;
        case Field::DurationPeriod: {
            bool isNumber = false;
            const qint64 seconds = trimmed.toLongLong(&isNumber);
            if (isNumber && seconds > 0) // the first connector versions took seconds
                p.syncPeriod = QStringLiteral("PT%1S").arg(seconds);
            else if (jobs::IsoDuration::parseSeconds(trimmed, &error))
                p.syncPeriod = trimmed.toUpper();
            else
                reject(ConnectorConfigImport::tr("%1: %2 The default %3 is used.")
                           .arg(key, error, p.syncPeriod));
            break;
        }
        case Field::ImportStart: {
            QDateTime when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
            QDate date;
            if (when.isValid()) {
                when = when.toTimeZone(QTimeZone::utc());
                date = when.date();
                if (when.time() != QTime(0, 0))
                    note(ConnectorConfigImport::tr(
                        "%1: threats are imported from the start of %2 (UTC); the time of day "
                        "%3 is not kept.")
                             .arg(key, date.toString(Qt::ISODate), when.time().toString(Qt::ISODate)));
            } else {
                date = QDate::fromString(trimmed, Qt::ISODate);
            }
            if (!date.isValid()) {
                reject(ConnectorConfigImport::tr(
                    "%1: \"%2\" is not a date such as 2026-01-01T00:00:00Z; only flagged threats "
                    "are imported.")
                           .arg(key, trimmed));
            } else {
                p.importMode = Profile::ImportMode::CreatedAfter;
                p.importStart = date;
            }
            break;
        }
        case Field::OpenCtiUrl: {
            const QUrl url(trimmed, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || url.host().isEmpty()
                || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
                reject(ConnectorConfigImport::tr(
                    "%1: \"%2\" is not an http(s) address; the OpenCTI import stays off.")
                           .arg(key, trimmed));
            } else {
                QUrl clean = url.adjusted(QUrl::StripTrailingSlash);
                if (clean.path() == QLatin1String("/"))
                    clean.setPath(QString());
                p.openCtiUrl = clean;
                p.openCtiEnabled = true;
            }
            break;
        }
        case Field::OpenCtiToken:
            out.openCtiToken = trimmed;
            break;
        case Field::ConnectorId: {
            const QUuid uuid = QUuid::fromString(trimmed);
            if (uuid.isNull())
                reject(
                    ConnectorConfigImport::tr("%1: \"%2\" is not a UUID; a new connector ID was generated.")
                        .arg(key, trimmed));
            else
                p.connectorId = uuid.toString(QUuid::WithoutBraces);
            break;
        }
        case Field::ConnectorName:
            connectorName = trimmed;
            p.connectorName = trimmed;
            break;
        case Field::ConnectorScope:
            p.connectorScope = trimmed;
            break;
        case Field::LogLevel: {
            static const QStringList levels = {QStringLiteral("debug"), QStringLiteral("info"),
                QStringLiteral("warn"), QStringLiteral("warning"), QStringLiteral("error")};
            if (levels.contains(trimmed.toLower()))
                p.logLevel = trimmed.toLower();
            else
                reject(ConnectorConfigImport::tr(
                    "%1: \"%2\" is not a log level (debug, info, warn, error); %3 is used.")
                           .arg(key, trimmed, p.logLevel));
            break;
        }
        case Field::Ignored:
            break;
        }
    }

    if (p.connectorId.isEmpty())
        p.connectorId = Profile::newId();
    if (!connectorName.isEmpty())
        p.name = connectorName;
    else if (!p.consoleUrl.host().isEmpty())
        p.name = p.consoleUrl.host().section(u'.', 0, 0);
    if (p.name.isEmpty())
        p.name = ConnectorConfigImport::tr("Imported connector");
    if (forFile && p.consoleUrl.isEmpty())
        src.warnings << ConnectorConfigImport::tr(
            "No usable console URL was found (S1_URL or SENTINELONE_INCIDENTS_URL); enter it before saving.");
    if (forFile && out.s1ApiToken.isEmpty())
        src.warnings << ConnectorConfigImport::tr(
            "No usable SentinelOne API token was found (S1_API_KEY or SENTINELONE_INCIDENTS_API_KEY); "
            "enter it before connecting.");

    out.unknownKeys = src.unknownKeys;
    out.warnings = src.warnings;
    return out;
}

bool looksLikeDotEnv(const QByteArray &data)
{
    static const QRegularExpression line(QStringLiteral("^\\s*(export\\s+)?[A-Za-z_][A-Za-z0-9_.-]*\\s*="));
    const QList<QByteArray> lines = data.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray t = raw.trimmed();
        if (t.isEmpty() || t.startsWith('#'))
            continue;
        return line.match(QString::fromUtf8(t)).hasMatch();
    }
    return false;
}

} // namespace

std::optional<ImportedConfig> ConnectorConfigImport::importData(
    const QByteArray &data, const QString &fileName, const QString &displayName, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    Source src;
    src.name = displayName;

    const QString name = QFileInfo(fileName).fileName().toLower();
    const bool yamlName = name.endsWith(QLatin1String(".yml")) || name.endsWith(QLatin1String(".yaml"));
    const bool envName = name == QLatin1String(".env") || name.endsWith(QLatin1String(".env"))
        || name.startsWith(QLatin1String(".env.")) || name == QLatin1String("env");
    Format format = Format::DotEnv;
    QString service;
    if (envName || (!yamlName && looksLikeDotEnv(data))) {
        if (!parseDotEnv(data, src, error))
            return std::nullopt;
    } else {
        YAML::Node root;
        if (!parseYaml(data, src, &root, error))
            return std::nullopt;
        if (root["services"] || name.contains(QLatin1String("compose"))) {
            format = Format::DockerCompose;
            if (!parseCompose(root, src, &service, error))
                return std::nullopt;
        } else {
            format = Format::ConfigYaml;
            if (!parseConfigYaml(root, src, error))
                return std::nullopt;
        }
    }
    if (format != Format::DockerCompose && !hasS1Setting(src)) {
        *error = ConnectorConfigImport::tr(
            "%1: no SentinelOne settings found (S1_URL, S1_API_KEY, SENTINELONE_INCIDENTS_URL, "
            "SENTINELONE_INCIDENTS_API_KEY, or a sentinelone_incidents section); is this the "
            "connector's configuration?")
                     .arg(src.name);
        return std::nullopt;
    }
    QStringList refused;
    ImportedConfig result = buildResult(src, true, &refused);
    if (!refused.isEmpty()) {
        *error = src.name + QLatin1String(": ") + refused.join(u' ');
        return std::nullopt;
    }
    result.format = format;
    result.service = service;
    qCInfo(lcConfig) << "imported connector settings from" << displayName
                     << "- unknown keys:" << result.unknownKeys.size()
                     << "warnings:" << result.warnings.size();
    return result;
}

std::optional<ImportedConfig> ConnectorConfigImport::importFile(const QString &path, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    const QString display = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        *error = ConnectorConfigImport::tr("%1: no such file.").arg(display);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ConnectorConfigImport::tr("%1: cannot read it: %2").arg(display, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileSize) {
        *error = ConnectorConfigImport::tr("%1: too large for a connector configuration (more than 1 MiB).")
                     .arg(display);
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    return importData(data, path, display, error);
}

ImportedConfig ConnectorConfigImport::importEnvironment(const QProcessEnvironment &environment)
{
    Source src;
    src.name = ConnectorConfigImport::tr("the environment");
    // The table's order: older generations first, so that the newest name wins as in a file.
    for (const KnownKey &k : kEnvKeys) {
        const QString name = QLatin1String(k.name);
        const QString value = environment.value(name);
        if (!value.trimmed().isEmpty())
            addEnvEntry(src, name, value, 0, true, false);
    }
    QStringList refused; // marked unusable, as any other value that cannot be used
    ImportedConfig result = buildResult(src, false, &refused);
    result.format = Format::Environment;
    qCDebug(lcConfig) << "connector settings in the environment:" << result.settings.size()
                      << "warnings:" << result.warnings.size();
    return result;
}

QStringList ConnectorConfigImport::variableNames(Setting setting)
{
    QStringList names;
    for (int generation = 2; generation >= 0; --generation)
        for (const KnownKey &k : kEnvKeys)
            if (k.field == setting && k.generation == generation && setting != Setting::Ignored)
                names << QLatin1String(k.name);
    return names;
}

std::optional<ImportedConfig> importConnectorConfig(const QString &path, QString *error)
{
    return ConnectorConfigImport::importFile(path, error);
}

} // namespace config
