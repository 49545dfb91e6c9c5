// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectorConfigImport: the public OpenCTI SentinelOne connector's docker-compose files, .env files
// and config.yml, in every generation of variable names; errors name file and line; placeholders,
// sample values and unusable values become warnings that never quote a secret.
#include "config/ConnectorConfigImport.h"

#include <QDir>
#include <QDirIterator>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using config::ConnectorConfigImport;
using config::ImportedConfig;
using config::Profile;
using Format = ConnectorConfigImport::Format;
using Setting = ConnectorConfigImport::Setting;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(config::ConnectorConfigImport::Format)

namespace {

QString fixture(const char *name)
{
    return QDir(QStringLiteral(S1_CONNECTOR_FIXTURES)).filePath(QLatin1String(name));
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() && !text.startsWith(u'{');
}

QString joined(const QStringList &lines)
{
    return lines.join(QStringLiteral("\n  "));
}

} // namespace

class TestConnectorImport : public QObject
{
    Q_OBJECT

    static std::optional<ImportedConfig> load(const char *name)
    {
        QString error;
        auto result = config::importConnectorConfig(fixture(name), &error);
        if (!result)
            qWarning("%s", qPrintable(error));
        else if (!error.isEmpty())
            qWarning("error set on success: %s", qPrintable(error));
        return result;
    }
    static std::optional<ImportedConfig> parse(
        const QByteArray &data, const QString &fileName, QString *error = nullptr)
    {
        QString local;
        return ConnectorConfigImport::importData(data, fileName, fileName, error ? error : &local);
    }
    // A warning never quotes a token.
    static bool warningsFreeOf(const ImportedConfig &c, const QStringList &secrets)
    {
        for (const QString &w : c.warnings)
            for (const QString &s : secrets)
                if (!s.isEmpty() && w.contains(s))
                    return false;
        return true;
    }

private Q_SLOTS:
    void composeWithEnvironmentList()
    {
        const auto c = load("docker-compose-list.yml");
        QVERIFY(c);
        QCOMPARE(c->format, Format::DockerCompose);
        QCOMPARE(c->service, QStringLiteral("connector-sentinelone-incidents")); // not the platform service
        const Profile &p = c->profile;
        QVERIFY(isUuid(p.id));
        QCOMPARE(p.name, QStringLiteral("Acme SentinelOne"));
        QCOMPARE(p.demo, false);
        QCOMPARE(p.consoleUrl, QUrl(QStringLiteral("https://acme.sentinelone.net")));
        QCOMPARE(p.accountId, QStringLiteral("1234567890123456789"));
        QVERIFY(p.accountName.isEmpty());
        QVERIFY(p.allSites);
        QVERIFY(p.siteIds.isEmpty());
        QCOMPARE(p.openCtiEnabled, true);
        QCOMPARE(p.openCtiUrl, QUrl(QStringLiteral("http://opencti:8080")));
        QCOMPARE(p.connectorId, QStringLiteral("2f0c3a57-9a1e-4c55-8d2b-7c4f6e1d0a93"));
        QCOMPARE(p.connectorName, QStringLiteral("Acme SentinelOne"));
        QCOMPARE(p.connectorScope, QStringLiteral("sentinelone"));
        QCOMPARE(p.logLevel, QStringLiteral("error"));
        QCOMPARE(p.flag, QStringLiteral("[OpenCTI_add]"));
        QCOMPARE(p.syncPeriod, QStringLiteral("PT10M"));
        QCOMPARE(p.maxAttempts, 7);
        QCOMPARE(p.importMode, Profile::ImportMode::CreatedAfter);
        QCOMPARE(p.importStart, QDate(2026, 1, 1));
        QCOMPARE(p.tlsPolicy, Profile::TlsPolicy::SystemTrust);
        QCOMPARE(c->s1ApiToken,
            QStringLiteral("eyJraWQiOiJmaXh0dXJlLWxpc3QifQ.compose-list-token")); // "APIToken " dropped
        QCOMPARE(c->openCtiToken, QStringLiteral("6c1a34a0-7e0b-4a4c-9d3f-1b0e2a8f9c77"));
        QCOMPARE(c->unknownKeys, QStringList {QStringLiteral("CONNECTOR_QUEUE_THRESHOLD")});
        QVERIFY2(c->warnings.isEmpty(), qPrintable(joined(c->warnings)));
        QVERIFY2(p.validate().isEmpty(), qPrintable(joined(p.validate())));
    }

    void composeWithEnvironmentMap()
    {
        const auto c = load("docker-compose-map.yml");
        QVERIFY(c);
        QCOMPARE(c->format, Format::DockerCompose);
        QCOMPARE(c->service, QStringLiteral("sentinelone"));
        const Profile &p = c->profile;
        QCOMPARE(p.name, QStringLiteral("globex")); // no CONNECTOR_NAME: from the console's host
        QCOMPARE(p.consoleUrl, QUrl(QStringLiteral("https://globex.sentinelone.net"))); // https assumed
        QCOMPARE(p.accountId, QStringLiteral("555666777888999000"));
        QCOMPARE(p.openCtiEnabled, false);
        QVERIFY(p.openCtiUrl.isEmpty());
        QVERIFY(isUuid(p.connectorId)); // generated
        QCOMPARE(p.connectorName, Profile().connectorName);
        QCOMPARE(p.connectorScope, Profile().connectorScope);
        QCOMPARE(p.logLevel, QStringLiteral("warning"));
        QCOMPARE(p.flag, QStringLiteral("[S1_to_CTI]"));
        QCOMPARE(p.syncPeriod, QStringLiteral("PT300S")); // the first versions took seconds
        QCOMPARE(p.maxAttempts, 4);
        QCOMPARE(p.importMode, Profile::ImportMode::FlaggedOnly);
        QVERIFY(!p.importStart.isValid());
        QCOMPARE(c->s1ApiToken, QStringLiteral("compose-map-token-9f8e7d6c5b4a"));
        QVERIFY(c->openCtiToken.isEmpty());
        QCOMPARE(c->unknownKeys,
            (QStringList {QStringLiteral("CONNECTOR_UPDATE_EXISTING_DATA"), QStringLiteral("HTTPS_PROXY")}));
        QVERIFY2(c->warnings.isEmpty(), qPrintable(joined(c->warnings)));
        QVERIFY2(p.validate().isEmpty(), qPrintable(joined(p.validate())));

        const auto again = load("docker-compose-map.yml");
        QVERIFY(again->profile.id != p.id);
        QVERIFY(again->profile.connectorId != p.connectorId);
    }

    void dotEnvFile()
    {
        const auto c = load("connector.env");
        QVERIFY(c);
        QCOMPARE(c->format, Format::DotEnv);
        QVERIFY(c->service.isEmpty());
        const Profile &p = c->profile;
        QCOMPARE(p.name, QStringLiteral("Initech \"SOC\" # EU")); // quoted: escapes kept, # is not a comment
        QCOMPARE(p.connectorName, p.name);
        QCOMPARE(p.consoleUrl, QUrl(QStringLiteral("https://initech.sentinelone.net")));
        QCOMPARE(p.accountId, QStringLiteral("987654321098765432"));
        QCOMPARE(p.openCtiEnabled, true);
        QCOMPARE(p.openCtiUrl, QUrl(QStringLiteral("https://opencti.initech.example")));
        QCOMPARE(p.connectorId, QStringLiteral("8d7e6f5a-4b3c-4d2e-9f1a-0b1c2d3e4f5a"));
        QCOMPARE(p.logLevel, QStringLiteral("info")); // inline comment cut
        QCOMPARE(p.syncPeriod, QStringLiteral("P1D"));
        QCOMPARE(p.flag, QStringLiteral("[Initech_add]"));
        QCOMPARE(p.maxAttempts, Profile().maxAttempts);
        QCOMPARE(p.importMode, Profile::ImportMode::FlaggedOnly);
        QCOMPARE(c->s1ApiToken, QStringLiteral("env-file-token-0123456789abcdef"));
        QCOMPARE(c->openCtiToken, QStringLiteral("f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"));
        QCOMPARE(c->unknownKeys, QStringList {QStringLiteral("UNRELATED_SETTING")});
        QCOMPARE(c->warnings.size(), 1);
        const QString &w = c->warnings.first();
        QVERIFY2(w.contains(QLatin1String("SENTINELONE_MAX_API_ATTEMPTS"))
                && w.contains(QLatin1String("line 13")) && w.contains(QLatin1String("\"many\"")),
            qPrintable(w));
        QVERIFY2(p.validate().isEmpty(), qPrintable(joined(p.validate())));
    }

    void connectorConfigYml()
    {
        const auto c = load("config.yml");
        QVERIFY(c);
        QCOMPARE(c->format, Format::ConfigYaml);
        const Profile &p = c->profile;
        QCOMPARE(p.name, QStringLiteral("Umbrella SentinelOne"));
        QCOMPARE(p.consoleUrl, QUrl(QStringLiteral("https://umbrella.sentinelone.net")));
        QCOMPARE(p.accountId, QStringLiteral("1112223334445556667"));
        QCOMPARE(p.openCtiEnabled, true);
        QCOMPARE(p.openCtiUrl, QUrl(QStringLiteral("https://opencti.umbrella.example:8443")));
        QCOMPARE(p.connectorId, QStringLiteral("5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"));
        QCOMPARE(p.connectorScope, QStringLiteral("sentinelone"));
        QCOMPARE(p.logLevel, QStringLiteral("debug"));
        QCOMPARE(p.syncPeriod, QStringLiteral("PT1H"));
        QCOMPARE(p.maxAttempts, 3);
        QCOMPARE(p.flag, QStringLiteral("[Umbrella_import]"));
        QCOMPARE(p.importMode, Profile::ImportMode::CreatedAfter);
        QCOMPARE(p.importStart, QDate(2025, 6, 15));
        QCOMPARE(c->s1ApiToken, QStringLiteral("config-yaml-token-abcdef012345"));
        QCOMPARE(c->openCtiToken, QStringLiteral("a1b2c3d4-e5f6-4a7b-8c9d-e0f1a2b3c4d5"));
        // connector.type is understood (nothing to import); the rest is listed.
        QCOMPARE(c->unknownKeys,
            (QStringList {QStringLiteral("connector.queue_threshold"), QStringLiteral("proxy")}));
        QCOMPARE(c->warnings.size(), 1); // the start time of day is not kept
        QVERIFY2(
            c->warnings.first().contains(QLatin1String("sentinelone_incidents.import_start_date (line 22)")),
            qPrintable(c->warnings.first()));
        QVERIFY2(p.validate().isEmpty(), qPrintable(joined(p.validate())));
    }

    void olderConfigYmlSections_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("SentinelOne (first versions)")
            << QByteArray("SentinelOne:\n  url: https://a.sentinelone.net\n  api_key: t1\n  account_id: "
                          "'42'\n  sign: '[x]'\n  max_api_attempts: 9\n");
        QTest::newRow("sentinelOne (search_sign)")
            << QByteArray("sentinelOne:\n  url: https://a.sentinelone.net\n  api_key: t1\n  account_id: "
                          "'42'\n  search_sign: '[x]'\n  max_api_attempts: 9\n");
        QTest::newRow("s1") << QByteArray("s1:\n  url: https://a.sentinelone.net\n  api_key: t1\n  "
                                          "account_id: 42\n  sign: '[x]'\n  max_api_attempts: '9'\n");
    }
    void olderConfigYmlSections()
    {
        QFETCH(QByteArray, yaml);
        QString error;
        const auto c = parse(yaml, QStringLiteral("config.yml"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->format, Format::ConfigYaml);
        QCOMPARE(c->profile.consoleUrl, QUrl(QStringLiteral("https://a.sentinelone.net")));
        QCOMPARE(c->s1ApiToken, QStringLiteral("t1"));
        QCOMPARE(c->profile.accountId, QStringLiteral("42"));
        QCOMPARE(c->profile.flag, QStringLiteral("[x]"));
        QCOMPARE(c->profile.maxAttempts, 9);
        QVERIFY(c->unknownKeys.isEmpty());
        QVERIFY2(c->warnings.isEmpty(), qPrintable(joined(c->warnings)));
    }

    void composePlaceholdersAreReported()
    {
        const auto c = load("docker-compose-placeholders.yml");
        QVERIFY(c);
        const Profile &p = c->profile;
        QVERIFY(p.consoleUrl.isEmpty()); // not "https://${s1_console}"
        QVERIFY(c->s1ApiToken.isEmpty());
        QVERIFY(c->openCtiToken.isEmpty());
        QCOMPARE(p.openCtiEnabled, false);
        QVERIFY(isUuid(p.connectorId));
        QCOMPARE(p.accountId, QStringLiteral("1234567890123456789"));
        QCOMPARE(p.flag, QStringLiteral("[OpenCTI_add]$")); // "$$" is docker compose's literal dollar
        QCOMPARE(p.maxAttempts, Profile().maxAttempts);
        const QString all = c->warnings.join(u'\n');
        for (const char *key : {"OPENCTI_URL (line 8)", "OPENCTI_TOKEN (line 9)", "CONNECTOR_ID (line 10)",
                 "SENTINELONE_INCIDENTS_URL (line 11)", "SENTINELONE_INCIDENTS_API_KEY (line 12)",
                 "SENTINELONE_INCIDENTS_MAX_API_ATTEMPTS (line 15)", "env_file", ".env"})
            QVERIFY2(all.contains(QLatin1String(key)), key);
        QVERIFY(all.contains(QLatin1String("${S1_CONSOLE}"))); // a non-secret value is quoted...
        QVERIFY(!all.contains(QLatin1String("$S1_TOKEN"))); // ...a token's never, not even a placeholder
        QVERIFY(!all.contains(QLatin1String("OPENCTI_ADMIN_TOKEN")));
        QVERIFY(!p.validate().isEmpty()); // cannot be saved as it is: the console URL is missing
    }

    void sampleValuesAreNotImported()
    {
        // The connector's own docker-compose.yml, unedited.
        const QByteArray sample
            = "services:\n  sentinelone-incidents:\n    environment:\n"
              "      - OPENCTI_URL=http://localhost\n      - OPENCTI_TOKEN=ChangeMe\n"
              "      - CONNECTOR_ID=ChangeMe\n      - CONNECTOR_NAME=ChangeMe\n"
              "      - SENTINELONE_INCIDENTS_URL=ChangeMe\n      - SENTINELONE_INCIDENTS_API_KEY=ChangeMe\n"
              "      - SENTINELONE_INCIDENTS_ACCOUNT_ID=ChangeMe\n";
        QString error;
        const auto c = parse(sample, QStringLiteral("docker-compose.yml"), &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->profile.consoleUrl.isEmpty());
        QVERIFY(c->s1ApiToken.isEmpty());
        QVERIFY(c->openCtiToken.isEmpty());
        QVERIFY(c->profile.accountId.isEmpty());
        QVERIFY(isUuid(c->profile.connectorId));
        QCOMPARE(c->profile.openCtiUrl, QUrl(QStringLiteral("http://localhost")));
        QVERIFY(c->profile.name != QLatin1String("ChangeMe"));
        const QString all = c->warnings.join(u'\n');
        for (const char *key :
            {"OPENCTI_TOKEN", "CONNECTOR_ID", "CONNECTOR_NAME", "SENTINELONE_INCIDENTS_URL",
                "SENTINELONE_INCIDENTS_API_KEY", "SENTINELONE_INCIDENTS_ACCOUNT_ID"})
            QVERIFY2(all.contains(QLatin1String(key)), key);
    }

    void newestNamingWins()
    {
        const QByteArray env = "SENTINELONE_INCIDENTS_URL=https://new.sentinelone.net\n"
                               "S1_URL=https://old.sentinelone.net\n"
                               "S1_API_KEY=old-token-value\n"
                               "SENTINELONE_INCIDENTS_API_KEY=new-token-value\n";
        const auto c = parse(env, QStringLiteral("x.env"));
        QVERIFY(c);
        QCOMPARE(c->profile.consoleUrl, QUrl(QStringLiteral("https://new.sentinelone.net")));
        QCOMPARE(c->s1ApiToken, QStringLiteral("new-token-value"));
        QCOMPARE(c->warnings.size(), 2);
        QVERIFY2(c->warnings.at(0).contains(QLatin1String("S1_URL (line 2)"))
                && c->warnings.at(0).contains(QLatin1String("SENTINELONE_INCIDENTS_URL was used")),
            qPrintable(c->warnings.at(0)));
        QVERIFY(warningsFreeOf(*c, {QStringLiteral("old-token-value"), QStringLiteral("new-token-value")}));
    }

    void unusableValuesBecomeWarnings_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QString>("secret"); // must not appear in any warning
        QTest::newRow("url") << QByteArray("S1_URL=ftp://files.example") << "S1_URL (line 2)"
                             << "";
        QTest::newRow("attempts") << QByteArray("MAX_API_ATTEMPTS=0") << "MAX_API_ATTEMPTS (line 2)"
                                  << "";
        QTest::newRow("period") << QByteArray("CONNECTOR_DURATION_PERIOD=5 minutes")
                                << "\"5 minutes\" is not an ISO 8601 duration"
                                << "";
        QTest::newRow("start date") << QByteArray("SENTINELONE_INCIDENTS_IMPORT_START_DATE=yesterday")
                                    << "\"yesterday\""
                                    << "";
        QTest::newRow("connector id") << QByteArray("CONNECTOR_ID=my-connector") << "not a UUID"
                                      << "";
        QTest::newRow("opencti url") << QByteArray("OPENCTI_URL=opencti") << "OPENCTI_URL (line 2)"
                                     << "";
        QTest::newRow("log level") << QByteArray("CONNECTOR_LOG_LEVEL=loud") << "\"loud\""
                                   << "";
        QTest::newRow("token prefix only") << QByteArray("S1_API_KEY=APIToken ") << "S1_API_KEY (line 2)"
                                           << "";
        QTest::newRow("token with a space") // the newest name wins over S1_API_KEY=fine-token below
            << QByteArray("SENTINELONE_INCIDENTS_API_KEY=abc-secret-part def")
            << "SENTINELONE_INCIDENTS_API_KEY (line 2) cannot be used: API token: the token contains spaces"
            << "abc-secret-part";
        QTest::newRow("empty token") << QByteArray("OPENCTI_TOKEN=") << "OPENCTI_TOKEN (line 2) is empty"
                                     << "";
        QTest::newRow("token placeholder")
            << QByteArray("OPENCTI_TOKEN=${abc-secret-part}") << "OPENCTI_TOKEN (line 2)"
            << "abc-secret-part";
    }
    void unusableValuesBecomeWarnings()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, mentions);
        QFETCH(QString, secret);
        const auto c = parse("S1_URL=https://a.sentinelone.net\n" + line + "\nS1_API_KEY=fine-token\n",
            QStringLiteral("x.env"));
        QVERIFY(c);
        const QString all = c->warnings.join(u'\n');
        QVERIFY2(all.contains(mentions), qPrintable(all));
        QVERIFY(warningsFreeOf(*c, {secret, QStringLiteral("fine-token")}));
    }

    void dotEnvSyntax_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("sign");
        QTest::newRow("plain") << QByteArray("SIGN=[x]") << "[x]";
        QTest::newRow("export") << QByteArray("export SIGN=[x]") << "[x]";
        QTest::newRow("spaces around =") << QByteArray("  SIGN = [x]  ") << "[x]";
        QTest::newRow("crlf") << QByteArray("SIGN=[x]\r") << "[x]";
        QTest::newRow("inline comment") << QByteArray("SIGN=[x] # the flag") << "[x]";
        QTest::newRow("hash without space") << QByteArray("SIGN=[x]#tag") << "[x]#tag";
        QTest::newRow("double quotes") << QByteArray("SIGN=\"[x] # kept\"") << "[x] # kept";
        QTest::newRow("escaped quote") << QByteArray("SIGN=\"a\\\"b\"") << "a\"b";
        QTest::newRow("single quotes") << QByteArray("SIGN='[x] \\n'  # comment") << "[x] \\n";
        QTest::newRow("single quotes keep $") << QByteArray("SIGN='$HOME'") << "$HOME";
        QTest::newRow("equals in value") << QByteArray("SIGN=a=b") << "a=b";
    }
    void dotEnvSyntax()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, sign);
        QString error;
        const auto c = parse(
            "# comment\n\nS1_URL=https://a.sentinelone.net\n" + line + '\n', QStringLiteral(".env"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->profile.flag, sign);
        QVERIFY(c->unknownKeys.isEmpty());
    }

    void formatDetection_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<Format>("format");
        const QByteArray compose
            = "services:\n  s1:\n    environment:\n      S1_URL: https://a.sentinelone.net\n";
        const QByteArray yaml = "sentinelone_incidents:\n  url: https://a.sentinelone.net\n";
        const QByteArray env = "S1_URL=https://a.sentinelone.net\n";
        QTest::newRow("docker-compose.yml") << "docker-compose.yml" << compose << Format::DockerCompose;
        QTest::newRow("compose.yaml") << "compose.yaml" << compose << Format::DockerCompose;
        QTest::newRow("services in any yml") << "stack.yml" << compose << Format::DockerCompose;
        QTest::newRow("config.yml") << "config.yml" << yaml << Format::ConfigYaml;
        QTest::newRow(".env") << ".env" << env << Format::DotEnv;
        QTest::newRow("prod.env") << "prod.env" << env << Format::DotEnv;
        QTest::newRow(".env.production") << ".env.production" << env << Format::DotEnv;
        QTest::newRow("no extension, KEY=VALUE") << "settings" << QByteArray("# c\n" + env) << Format::DotEnv;
        QTest::newRow("no extension, yaml") << "settings" << yaml << Format::ConfigYaml;
        QTest::newRow("no extension, compose") << "settings" << compose << Format::DockerCompose;
        // Issue 15: AddressSanitizer (tests/fuzz/fuzz_connectorconfig, the seeds already) found the walk of
        // the YAML maps reading each value through a dangling reference (stack-use-after-scope); every
        // row here runs under scripts/test --sanitize. This one walks several services and an alias.
        QTest::newRow("compose, anchor and several services")
            << "docker-compose.yml"
            << QByteArray(
                   "x-s1: &s1\n  S1_URL: https://a.sentinelone.net\n  S1_API_KEY: t\nservices:\n"
                   "  redis:\n    image: redis:7\n    environment: {A: 1}\n  s1:\n    environment: *s1\n")
            << Format::DockerCompose;
    }
    void formatDetection()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, data);
        QFETCH(Format, format);
        QString error;
        const auto c = parse(data, fileName, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->format, format);
        QCOMPARE(c->profile.consoleUrl, QUrl(QStringLiteral("https://a.sentinelone.net")));
    }

    // A name, an account id or a flag text is shown on terminals and in the window: no escape
    // sequence, NUL, other control character, line break or bidi override gets in.
    void refusesControlCharacters_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("mentions");
        const QByteArray url = "S1_URL=https://a.sentinelone.net\n";
        const QByteArray yaml = "sentinelone_incidents:\n  url: https://a.sentinelone.net\n";
        auto row = [](const char *name, const QString &file, const QByteArray &data, const QString &key,
                       const QString &code) {
            QTest::newRow(name) << file << data << QStringList {key, code};
        };
        row("ESC ]0; BEL in the name", u".env"_s, url + "CONNECTOR_NAME=x\x1b]0;pwned\x07y\n",
            u"CONNECTOR_NAME (line 2)"_s, u"U+001B"_s);
        row("ESC [2J in the account id", u".env"_s, url + "S1_ACCOUNT_ID=12\x1b[2J34\n",
            u"S1_ACCOUNT_ID (line 2)"_s, u"U+001B"_s);
        row("BEL in the flag", u".env"_s, url + "SIGN=[x]\x07\n", u"SIGN (line 2)"_s, u"U+0007"_s);
        row("DEL in the flag", u".env"_s, url + "SENTINELONE_INCIDENTS_SIGN=[x\x7f]\n",
            u"SENTINELONE_INCIDENTS_SIGN (line 2)"_s, u"U+007F"_s);
        row("NUL in the name", u"config.yml"_s, yaml + "connector:\n  name: \"a\\0b\"\n", u"name"_s,
            u"U+0000"_s);
        row("CR-LF inside the flag", u"config.yml"_s, yaml + "  sign: \"[x]\\r\\nrm -rf\"\n", u"sign"_s,
            u"U+000D"_s);
        row("LF inside the name", u"config.yml"_s, yaml + "connector:\n  name: \"a\\nb\"\n", u"name"_s,
            u"U+000A"_s);
        row("tab in the account id", u"config.yml"_s, yaml + "  account_id: \"1\\t2\"\n", u"account_id"_s,
            u"U+0009"_s);
        row("C1 CSI in the name", u"config.yml"_s, yaml + "connector:\n  name: \"a\\x9b2Jb\"\n", u"name"_s,
            u"U+009B"_s);
        row("RLO in the name", u".env"_s,
            url
                + "CONNECTOR_NAME=invoice\xe2\x80\xae"
                  "exe.pdf\n",
            u"CONNECTOR_NAME (line 2)"_s, u"U+202E"_s);
        row("LRE in the flag", u"config.yml"_s, yaml + "  sign: \"\\u202a[x]\"\n", u"sign"_s, u"U+202A"_s);
        row("LRI in the account id", u"config.yml"_s, yaml + "  account_id: \"\\u20661\"\n", u"account_id"_s,
            u"U+2066"_s);
        row("PDI in the name", u"docker-compose.yml"_s,
            "services:\n  s1:\n    environment:\n      S1_URL: https://a.sentinelone.net\n"
            "      CONNECTOR_NAME: \"a\\u2069\"\n",
            u"CONNECTOR_NAME (line 5)"_s, u"U+2069"_s);
    }
    void refusesControlCharacters()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, data);
        QFETCH(QStringList, mentions);
        QString error;
        const auto c = parse(data, fileName, &error);
        QVERIFY2(!c,
            c ? qPrintable(c->profile.name + u" / " + c->profile.accountId + u" / " + c->profile.flag) : "");
        for (const QString &m : mentions)
            QVERIFY2(error.contains(m), qPrintable(error));
        QVERIFY2(error.contains(fileName), qPrintable(error));
        // The message itself holds no control character.
        QVERIFY2(Profile::unsafeCharacter(error).isEmpty(), qPrintable(error));
    }
    void keepsUnicodeText()
    {
        QString error;
        const auto c = parse("S1_URL=https://a.sentinelone.net\nCONNECTOR_NAME=Rechnung März 报价单 — SOC\n"
                             "SIGN=[OpenCTI_add] ✓\n",
            u".env"_s, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->profile.name, u"Rechnung März 报价单 — SOC"_s);
        QCOMPARE(c->profile.flag, u"[OpenCTI_add] ✓"_s);
        QVERIFY(c->profile.validate().isEmpty());
    }
    // The same rule for a profile made in the window or read from the settings file.
    void profileValidateRefusesControlCharacters()
    {
        Profile p;
        p.name = QStringLiteral("Acme");
        p.consoleUrl = QUrl(QStringLiteral("https://a.sentinelone.net"));
        QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate().join(u'\n')));
        p.name = QStringLiteral("Ac\x1b]0;x\x07me");
        p.accountId = QStringLiteral("1\r\n2");
        p.flag = QStringLiteral("[x]\u202e");
        const QString problems = p.validate().join(u'\n');
        QVERIFY2(problems.contains(u"Profile name: holds U+001B"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"Account ID: holds U+000D"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"Flag string: holds U+202E"_s), qPrintable(problems));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("fileName"); // a fixture when data is empty
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("broken yaml") << "docker-compose-broken.yml" << QByteArray()
                                     << QStringList {QStringLiteral("docker-compose-broken.yml, line 7"),
                                            QStringLiteral("not valid YAML")};
        QTest::newRow("compose without connector")
            << "docker-compose-no-s1.yml" << QByteArray()
            << QStringList {QStringLiteral("docker-compose-no-s1.yml"), QStringLiteral("no service")};
        QTest::newRow("missing file")
            << "no-such-file.yml" << QByteArray()
            << QStringList {QStringLiteral("no-such-file.yml"), QStringLiteral("no such file")};
        QTest::newRow("env: not KEY=VALUE")
            << "bad.env" << QByteArray("S1_URL=https://a.sentinelone.net\nsuper-secret-token-line\n")
            << QStringList {QStringLiteral("bad.env, line 2"), QStringLiteral("KEY=VALUE")};
        QTest::newRow("env: open quote") << "bad.env" << QByteArray("S1_API_KEY=\"abc\nS1_URL=x\n")
                                         << QStringList {QStringLiteral("bad.env, line 1"),
                                                QStringLiteral("S1_API_KEY"), QStringLiteral("closing")};
        QTest::newRow("env: nothing of the connector")
            << "other.env" << QByteArray("FOO=1\nBAR=2\n")
            << QStringList {QStringLiteral("other.env"), QStringLiteral("no SentinelOne settings")};
        QTest::newRow("empty yaml") << "config.yml" << QByteArray("# nothing\n")
                                    << QStringList {QStringLiteral("config.yml"), QStringLiteral("empty")};
        QTest::newRow("yaml list") << "config.yml" << QByteArray("- a\n- b\n")
                                   << QStringList {QStringLiteral("mapping")};
        QTest::newRow("compose name, no services")
            << "docker-compose.yml" << QByteArray("version: '3'\nvolumes: {}\n")
            << QStringList {QStringLiteral("docker-compose.yml"), QStringLiteral("\"services\"")};
        QTest::newRow("compose environment not a list")
            << "docker-compose.yml" << QByteArray("services:\n  s:\n    environment: 12\n")
            << QStringList {QStringLiteral("line 3"), QStringLiteral("environment")};
        QTest::newRow("config section not a map")
            << "config.yml" << QByteArray("sentinelone_incidents: yes\n")
            << QStringList {QStringLiteral("line 1"), QStringLiteral("sentinelone_incidents")};
    }
    void errors()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, data);
        QFETCH(QStringList, mentions);
        QString error;
        const auto c = data.isEmpty()
            ? config::importConnectorConfig(fixture(fileName.toUtf8().constData()), &error)
            : parse(data, fileName, &error);
        QVERIFY(!c);
        for (const QString &m : mentions)
            QVERIFY2(error.contains(m), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("super-secret-token-line")),
            qPrintable(error)); // the bad line is not quoted
        QVERIFY(!error.contains(QLatin1String("abc")));
    }

    // ---- the process environment: the same table of names as the files -----------------------------

    static QProcessEnvironment environment(const QList<std::pair<const char *, const char *>> &variables)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin")); // not the connector's: ignored
        for (const auto &[name, value] : variables)
            env.insert(QLatin1String(name), QString::fromUtf8(value));
        return env;
    }

    // Every name a .env file understands means the same in the environment.
    void environmentReadsEveryGenerationAsAFileDoes_data()
    {
        QTest::addColumn<QByteArray>("urlName");
        QTest::addColumn<QByteArray>("keyName");
        QTest::addColumn<QByteArray>("accountName");
        QTest::addColumn<QByteArray>("attemptsName");
        QTest::addColumn<QByteArray>("signName");
        QTest::newRow("S1_") << QByteArray("S1_URL") << QByteArray("S1_API_KEY")
                             << QByteArray("S1_ACCOUNT_ID") << QByteArray("MAX_API_ATTEMPTS")
                             << QByteArray("SIGN");
        QTest::newRow("SENTINELONE_")
            << QByteArray("SENTINELONE_URL") << QByteArray("SENTINELONE_API_KEY")
            << QByteArray("SENTINELONE_ACCOUNT_ID") << QByteArray("SENTINELONE_MAX_API_ATTEMPTS")
            << QByteArray("SENTINELONE_SEARCH_SIGN");
        QTest::newRow("SENTINELONE_INCIDENTS_")
            << QByteArray("SENTINELONE_INCIDENTS_URL") << QByteArray("SENTINELONE_INCIDENTS_API_KEY")
            << QByteArray("SENTINELONE_INCIDENTS_ACCOUNT_ID")
            << QByteArray("SENTINELONE_INCIDENTS_MAX_API_ATTEMPTS")
            << QByteArray("SENTINELONE_INCIDENTS_SIGN");
    }
    void environmentReadsEveryGenerationAsAFileDoes()
    {
        QFETCH(QByteArray, urlName);
        QFETCH(QByteArray, keyName);
        QFETCH(QByteArray, accountName);
        QFETCH(QByteArray, attemptsName);
        QFETCH(QByteArray, signName);
        const QList<std::pair<const char *, const char *>> variables = {
            {urlName.constData(), "acme.sentinelone.net/"}, {keyName.constData(), "ApiToken env-token-0123"},
            {accountName.constData(), "42"}, {attemptsName.constData(), "7"},
            {signName.constData(), "[Env_add]"}, {"OPENCTI_URL", "https://opencti.acme.example/"},
            {"OPENCTI_TOKEN", "octi-token"}, {"CONNECTOR_ID", "8d7e6f5a-4b3c-4d2e-9f1a-0b1c2d3e4f5a"},
            {"CONNECTOR_NAME", "Acme env"}, {"CONNECTOR_DURATION_PERIOD", "PT10M"}};
        const ImportedConfig c = ConnectorConfigImport::importEnvironment(environment(variables));
        QCOMPARE(c.format, Format::Environment);
        QByteArray dotEnv;
        for (const auto &[name, value] : variables)
            dotEnv += QByteArray(name) + '=' + value + '\n';
        const auto file = parse(dotEnv, QStringLiteral("same.env"));
        QVERIFY(file);
        for (const ImportedConfig *r : {&c, &*file}) {
            QCOMPARE(r->profile.consoleUrl, QUrl(QStringLiteral("https://acme.sentinelone.net")));
            QCOMPARE(r->s1ApiToken, QStringLiteral("env-token-0123"));
            QCOMPARE(r->profile.accountId, QStringLiteral("42"));
            QCOMPARE(r->profile.maxAttempts, 7);
            QCOMPARE(r->profile.flag, QStringLiteral("[Env_add]"));
            QCOMPARE(r->profile.openCtiUrl, QUrl(QStringLiteral("https://opencti.acme.example")));
            QCOMPARE(r->openCtiToken, QStringLiteral("octi-token"));
            QCOMPARE(r->profile.connectorId, QStringLiteral("8d7e6f5a-4b3c-4d2e-9f1a-0b1c2d3e4f5a"));
            QCOMPARE(r->profile.connectorName, QStringLiteral("Acme env"));
            QCOMPARE(r->profile.syncPeriod, QStringLiteral("PT10M"));
            QVERIFY2(r->warnings.isEmpty(), qPrintable(joined(r->warnings)));
        }
        QVERIFY(c.unknownKeys.isEmpty()); // PATH is not the connector's business
        QCOMPARE(c.settings.value(Setting::S1Url).key, QString::fromLatin1(urlName));
        QCOMPARE(c.settings.value(Setting::S1Url).value, QStringLiteral("acme.sentinelone.net/"));
        QVERIFY(c.settings.value(Setting::S1Url).used);
        QCOMPARE(c.settings.value(Setting::S1ApiKey).key, QString::fromLatin1(keyName));
        QCOMPARE(c.settings.value(Setting::S1ApiKey).value, QString()); // the token is not repeated
        QCOMPARE(c.settings.value(Setting::OpenCtiToken).value, QString());
        QCOMPARE(c.settings.value(Setting::MaxAttempts).key, QString::fromLatin1(attemptsName));
        QVERIFY(!c.settings.contains(Setting::ImportStart));
    }

    void environmentNewestWinsAndEmptyIsUnset()
    {
        const ImportedConfig c = ConnectorConfigImport::importEnvironment(environment(
            {{"S1_URL", "https://old.sentinelone.net"}, {"SENTINELONE_URL", "https://mid.sentinelone.net"},
                {"SENTINELONE_INCIDENTS_URL", "https://new.sentinelone.net"},
                {"S1_API_KEY", "old-token-value"}, {"SENTINELONE_INCIDENTS_API_KEY", "  "},
                {"S1_ACCOUNT_ID", ""}}));
        QCOMPARE(c.profile.consoleUrl, QUrl(QStringLiteral("https://new.sentinelone.net")));
        const config::ImportedSetting url = c.settings.value(Setting::S1Url);
        QCOMPARE(url.key, QStringLiteral("SENTINELONE_INCIDENTS_URL"));
        QCOMPARE(url.warnings.size(), 2); // two older names set it too
        QVERIFY2(url.warnings.join(u' ').contains(QLatin1String("SENTINELONE_INCIDENTS_URL was used")),
            qPrintable(joined(url.warnings)));
        // A variable set to blanks counts as unset: the older name still gives the token.
        QCOMPARE(c.s1ApiToken, QStringLiteral("old-token-value"));
        QCOMPARE(c.settings.value(Setting::S1ApiKey).key, QStringLiteral("S1_API_KEY"));
        QVERIFY(c.settings.value(Setting::S1ApiKey).warnings.isEmpty());
        QVERIFY(!c.settings.contains(Setting::S1AccountId));
        QVERIFY(warningsFreeOf(c, {QStringLiteral("old-token-value")}));
    }

    void environmentUnusableValueIsMarked()
    {
        const ImportedConfig c = ConnectorConfigImport::importEnvironment(
            environment({{"SENTINELONE_INCIDENTS_MAX_API_ATTEMPTS", "lots"}, {"OPENCTI_TOKEN", "ChangeMe"},
                {"SIGN", "$FLAG"}}));
        const config::ImportedSetting attempts = c.settings.value(Setting::MaxAttempts);
        QVERIFY(!attempts.used);
        QCOMPARE(attempts.value, QStringLiteral("lots"));
        QCOMPARE(attempts.warnings.size(), 1);
        QVERIFY2(attempts.warnings.first().contains(QLatin1String("SENTINELONE_INCIDENTS_MAX_API_ATTEMPTS")),
            qPrintable(attempts.warnings.first()));
        QCOMPARE(c.profile.maxAttempts, Profile().maxAttempts);
        QVERIFY(!c.settings.value(Setting::OpenCtiToken).used); // the sample value
        QVERIFY(c.openCtiToken.isEmpty());
        QCOMPARE(c.profile.flag, QStringLiteral("$FLAG")); // taken literally: no compose substitution
        QVERIFY(c.settings.value(Setting::Sign).used);
        // No profile is being made: no "enter it before saving" about the URL or the token.
        QCOMPARE(c.warnings.size(), 2);
        QVERIFY(!c.settings.contains(Setting::S1Url));
    }

    void variableNamesComeFromTheTable()
    {
        QCOMPARE(ConnectorConfigImport::variableNames(Setting::S1Url),
            (QStringList {QStringLiteral("SENTINELONE_INCIDENTS_URL"), QStringLiteral("SENTINELONE_URL"),
                QStringLiteral("S1_URL")}));
        QCOMPARE(ConnectorConfigImport::variableNames(Setting::Sign),
            (QStringList {QStringLiteral("SENTINELONE_INCIDENTS_SIGN"),
                QStringLiteral("SENTINELONE_SEARCH_SIGN"), QStringLiteral("SENTINELONE_SIGN"),
                QStringLiteral("SIGN")}));
        QCOMPARE(ConnectorConfigImport::variableNames(Setting::ConnectorId),
            QStringList {QStringLiteral("CONNECTOR_ID")});
        QVERIFY(ConnectorConfigImport::variableNames(Setting::Ignored).isEmpty());
    }

    void importerWritesNothing()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        const QByteArray oldData = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
        for (const char *name :
            {"docker-compose-list.yml", "docker-compose-map.yml", "connector.env", "config.yml"})
            QVERIFY(load(name));
        auto restore = [](const char *name, const QByteArray &value) {
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        };
        restore("XDG_CONFIG_HOME", oldConfig);
        restore("XDG_DATA_HOME", oldData);
        QDirIterator it(home.path(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
    }
};

QTEST_GUILESS_MAIN(TestConnectorImport)
#include "tst_connectorimport.moc"
