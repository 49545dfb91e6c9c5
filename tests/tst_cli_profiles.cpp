// SPDX-License-Identifier: GPL-3.0-or-later
// s1bridge-cli's profiles (import, list, tokens in the keychain, never on the command line or in the
// settings) and `run` (the scheduled jobs once, SIGTERM and resume, the run log), against s1bridge-sim.
#include "CliFixture.h"

class TestCliProfiles : public CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startSuiteSim(); }
    void cleanupTestCase() { stopSuiteSim(); }
    void init() { resetSim(); }

    void helpDocumentsProfiles()
    {
        const Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *text : {"profiles list", "profiles show NAME", "profiles import FILE",
                 "profiles delete NAME", "--profile <NAME>", "session only"})
            QVERIFY2(r.out.contains(text), text);
    }

    void noTokenOnTheCommandLine()
    {
        for (const char *option : {"--api-key", "--token", "--opencti-token"}) {
            const Result r = cli({QLatin1String(option), QStringLiteral("abc"), QStringLiteral("sites"),
                QStringLiteral("list")});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("Unknown option"), r.err.constData());
        }
    }

    void profilesImportComposeThenList()
    {
        ProfileHome home;
        QVERIFY(home.dir.isValid());
        const Result empty = cliIn({QStringLiteral("profiles"), QStringLiteral("list")}, home.env);
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.out.isEmpty());
        QVERIFY2(empty.err.contains("No profiles yet"), empty.err.constData());

        const QString compose = QStringLiteral(S1_CONNECTOR_FIXTURES "/docker-compose-list.yml");
        const Result imported
            = cliIn({QStringLiteral("profiles"), QStringLiteral("import"), compose}, home.env);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("Imported profile \"Acme SentinelOne\""), imported.out.constData());
        QVERIFY2(
            imported.err.contains("CONNECTOR_QUEUE_THRESHOLD"), imported.err.constData()); // the unknown key
        QVERIFY(!imported.err.contains("compose-list-token"));

        const Result list = cliIn({QStringLiteral("profiles"), QStringLiteral("list")}, home.env);
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const char *column : {"NAME", "CONSOLE", "ACCOUNT", "SITES", "OPENCTI", "DEMO"})
            QVERIFY2(lines.at(0).contains(column), lines.at(0).constData());
        for (const char *cell : {"Acme SentinelOne", "https://acme.sentinelone.net", "1234567890123456789",
                 "all", "http://opencti:8080"})
            QVERIFY2(lines.at(1).contains(cell), lines.at(1).constData());

        const Result json
            = cliIn({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}, home.env);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject p = array.first().toObject();
        QCOMPARE(p.value(QLatin1String("name")).toString(), QStringLiteral("Acme SentinelOne"));
        QCOMPARE(p.value(QLatin1String("importMode")).toString(), QStringLiteral("created-after"));
        QCOMPARE(p.value(QLatin1String("importStart")).toString(), QStringLiteral("2026-01-01"));
        QCOMPARE(p.value(QLatin1String("maxAttempts")).toInt(), 7);
        QVERIFY(!json.out.contains("compose-list-token"));

        // The same name again is refused, naming it; another name is fine.
        const Result again = cliIn({QStringLiteral("profiles"), QStringLiteral("import"), compose}, home.env);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("\"Acme SentinelOne\" already exists"), again.err.constData());
        const Result renamed = cliIn({QStringLiteral("profiles"), QStringLiteral("import"), compose,
                                         QStringLiteral("--name"), QStringLiteral("Acme copy")},
            home.env);
        QVERIFY2(renamed.exitCode == 0, renamed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(
                     cliIn({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")},
                         home.env)
                         .out)
                     .array()
                     .size(),
            2);

        for (const char *name : {"Acme SentinelOne", "Acme copy"}) // keep the keychain clean
            QCOMPARE(
                cliIn({QStringLiteral("profiles"), QStringLiteral("delete"), QLatin1String(name)}, home.env)
                    .exitCode,
                0);
        QVERIFY(cliIn({QStringLiteral("profiles"), QStringLiteral("list")}, home.env).out.isEmpty());
    }

    void profileRunsAgainstTheSimulatorWithTokensFromTheKeychain()
    {
        REQUIRE_SESSION_BUS();
        ProfileHome home;
        const QString openCtiToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString envFile = home.write(
            QStringLiteral("connector.env"), simEnvFile(QStringLiteral("Sim tenant"), openCtiToken));
        QVERIFY(!envFile.isEmpty());
        const Result imported
            = cliIn({QStringLiteral("profiles"), QStringLiteral("import"), envFile}, home.env);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(!imported.err.contains("not stored"), imported.err.constData()); // a real keychain

        // No S1_URL, no S1_API_KEY: everything comes from the profile and the keychain.
        const Result threats
            = cliIn({QStringLiteral("--profile"), QStringLiteral("Sim tenant"), QStringLiteral("threats"),
                        QStringLiteral("list"), QStringLiteral("--json")},
                home.env);
        QVERIFY2(threats.exitCode == 0, threats.err.constData());
        QCOMPARE(QJsonDocument::fromJson(threats.out).array().size(), 2500);
        QVERIFY(!threats.err.contains(m_token.toUtf8()));
        const Result sites = cliIn({QStringLiteral("--profile"), QStringLiteral("sim TENANT"),
                                       QStringLiteral("sites"), QStringLiteral("list")},
            home.env);
        QVERIFY2(sites.exitCode == 0, sites.err.constData());

        const Result show = cliIn(
            {QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("Sim tenant")}, home.env);
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(
            show.out.contains("S1 API token") && show.out.contains("OpenCTI token"), show.out.constData());
        QCOMPARE(show.out.count("stored"), 2);
        QVERIFY2(show.out.contains(m_url.toUtf8()), show.out.constData());
        for (const QByteArray &secret : {m_token.toUtf8(), openCtiToken.toUtf8()})
            QVERIFY(!show.out.contains(secret) && !show.err.contains(secret));
        const QJsonObject shown
            = QJsonDocument::fromJson(cliIn({QStringLiteral("profiles"), QStringLiteral("show"),
                                                QStringLiteral("Sim tenant"), QStringLiteral("--json")},
                                          home.env)
                                          .out)
                  .object();
        QCOMPARE(
            shown.value(QLatin1String("secrets")).toObject().value(QLatin1String("s1ApiToken")).toString(),
            QStringLiteral("stored"));
        const QString id = shown.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        const QString s1Key = QStringLiteral("profile/%1/s1-api-token").arg(id);
        const QString ctiKey = QStringLiteral("profile/%1/opencti-token").arg(id);
        QVERIFY2(keychainEntries(s1Key).contains(QByteArray("attribute.user = " + s1Key.toUtf8())),
            keychainEntries(s1Key).constData());
        QVERIFY(keychainEntries(ctiKey).contains(QByteArray("attribute.user = " + ctiKey.toUtf8())));

        const Result deleted = cliIn(
            {QStringLiteral("profiles"), QStringLiteral("delete"), QStringLiteral("Sim tenant")}, home.env);
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QVERIFY(!keychainEntries(s1Key).contains(s1Key.toUtf8()));
        QVERIFY(!keychainEntries(ctiKey).contains(ctiKey.toUtf8()));
        QVERIFY(QJsonDocument::fromJson(
            cliIn({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")}, home.env)
                .out)
                    .array()
                    .isEmpty());
        const Result gone = cliIn({QStringLiteral("--profile"), QStringLiteral("Sim tenant"),
                                      QStringLiteral("sites"), QStringLiteral("list")},
            home.env);
        QCOMPARE(gone.exitCode, 2);
        QVERIFY2(gone.err.contains("no profile named \"Sim tenant\""), gone.err.constData());
    }

    void tokensNeverInTheSettingsFile()
    {
        ProfileHome home;
        const QString openCtiToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString envFile = home.write(
            QStringLiteral("connector.env"), simEnvFile(QStringLiteral("Bytes check"), openCtiToken));
        const Result imported
            = cliIn({QStringLiteral("profiles"), QStringLiteral("import"), envFile}, home.env);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QFile ini(home.iniPath());
        QVERIFY2(ini.open(QIODevice::ReadOnly), qPrintable(home.iniPath()));
        const QByteArray bytes = ini.readAll();
        QVERIFY2(bytes.contains("name=Bytes check") && bytes.contains(m_url.toUtf8()),
            bytes.constData()); // the right file
        QVERIFY(!bytes.contains(m_token.toUtf8()));
        QVERIFY(!bytes.contains(openCtiToken.toUtf8()));
        QVERIFY(!bytes.toLower().contains("token=")); // not even an empty token key
        QCOMPARE(cliIn({QStringLiteral("profiles"), QStringLiteral("delete"), QStringLiteral("Bytes check")},
                     home.env)
                     .exitCode,
            0);
    }

    void profileWithoutStoredTokenUsesTheEnvironment()
    {
        ProfileHome home;
        const QString envFile = home.write(
            QStringLiteral("no-token.env"), "S1_URL=" + m_url.toUtf8() + "\nCONNECTOR_NAME=No token\n");
        const Result imported
            = cliIn({QStringLiteral("profiles"), QStringLiteral("import"), envFile}, home.env);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.err.contains("No usable SentinelOne API token"), imported.err.constData());

        const QStringList args = {QStringLiteral("--profile"), QStringLiteral("No token"),
            QStringLiteral("accounts"), QStringLiteral("list")};
        const Result without = cliIn(args, home.env);
        QCOMPARE(without.exitCode, 2);
        QVERIFY2(without.err.contains("no API token for profile \"No token\"")
                && without.err.contains("S1_API_KEY"),
            without.err.constData());

        QProcessEnvironment env = home.env;
        env.insert(QStringLiteral("S1_API_KEY"), m_token);
        env.insert(QStringLiteral("S1_URL"),
            QStringLiteral("https://not-this-one.invalid")); // the profile's URL wins
        const Result with = cliIn(args, env);
        QVERIFY2(with.exitCode == 0, with.err.constData());
        QVERIFY(with.out.startsWith("ACCOUNT ID"));
        const Result show = cliIn(
            {QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("No token")}, home.env);
        QVERIFY2(show.out.contains("missing") || show.out.contains("session only"), show.out.constData());
        QCOMPARE(cliIn({QStringLiteral("profiles"), QStringLiteral("delete"), QStringLiteral("No token")},
                     home.env)
                     .exitCode,
            0);
    }

    // The demo tenant's simulator lives in the window: the CLI says so and how to run one for itself.
    void demoProfileSaysHowToRunTheSimulator()
    {
        ProfileHome home;
        QVERIFY(QDir().mkpath(QFileInfo(home.iniPath()).path()));
        QFile ini(home.iniPath());
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[General]\nsettingsVersion=1\n\n[profile-demo]\nname=Demo tenant\ndemo=true\n"
                  "consoleUrl=http://127.0.0.1:9\n");
        ini.close();
        for (const QStringList &args :
            {QStringList {QStringLiteral("--profile"), QStringLiteral("Demo tenant"),
                 QStringLiteral("threats"), QStringLiteral("list")},
                QStringList {QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--profile"),
                    QStringLiteral("Demo tenant"), QStringLiteral("--json")}}) {
            const Result r = cliIn(args, home.env);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.out.isEmpty(), r.out.constData());
            QVERIFY2(!r.err.contains("no console URL"), r.err.constData());
            QVERIFY2(
                r.err.contains("\"Demo tenant\" is the demo tenant, which lives in the S1 Bridge window"),
                r.err.constData());
            QVERIFY2(r.err.contains("s1bridge-sim > sim.env") && r.err.contains("s1bridge-cli threats list"),
                r.err.constData());
        }
        // With --url the demo profile's settings are used against that console.
        const Result withUrl = cliIn(
            {QStringLiteral("--profile"), QStringLiteral("Demo tenant"), QStringLiteral("--url"), m_url,
                QStringLiteral("sites"), QStringLiteral("list"), QStringLiteral("--api-key-file"),
                home.write(QStringLiteral("token"), m_token.toUtf8())},
            home.env);
        QVERIFY2(withUrl.exitCode == 0, withUrl.err.constData());
    }

    void profileErrorsExit2()
    {
        ProfileHome home;
        const Result unknown = cliIn({QStringLiteral("--profile"), QStringLiteral("nope"),
                                         QStringLiteral("threats"), QStringLiteral("list")},
            home.env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("\"nope\""), unknown.err.constData());
        QCOMPARE(cliIn({QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("nope")}, home.env)
                     .exitCode,
            2);
        QCOMPARE(
            cliIn({QStringLiteral("profiles"), QStringLiteral("delete"), QStringLiteral("nope")}, home.env)
                .exitCode,
            2);
        QCOMPARE(cliIn({QStringLiteral("profiles"), QStringLiteral("explode")}, home.env).exitCode, 2);
        const Result broken = cliIn({QStringLiteral("profiles"), QStringLiteral("import"),
                                        QStringLiteral(S1_CONNECTOR_FIXTURES "/docker-compose-broken.yml")},
            home.env);
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.err.contains("docker-compose-broken.yml, line 7"), broken.err.constData());
        const Result placeholders
            = cliIn({QStringLiteral("profiles"), QStringLiteral("import"),
                        QStringLiteral(S1_CONNECTOR_FIXTURES "/docker-compose-placeholders.yml")},
                home.env);
        QCOMPARE(placeholders.exitCode, 2); // no console URL: nothing saved
        QVERIFY2(placeholders.err.contains("${S1_CONSOLE}") && placeholders.err.contains("Console URL"),
            placeholders.err.constData());
        QVERIFY(!QFile::exists(home.iniPath()));
    }

    // ---- run: the scheduler in the foreground ------------------------------------------------------

    // The environment of the public connector, pointing at the simulator; private data and config.
    QProcessEnvironment runEnvironment(const QTemporaryDir &home, const QString &connectorId) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("S1_URL"), m_url);
        env.insert(QStringLiteral("S1_API_KEY"), m_token);
        env.insert(QStringLiteral("OPENCTI_URL"), m_openCtiUrl);
        env.insert(QStringLiteral("OPENCTI_TOKEN"), m_openCtiToken);
        env.insert(QStringLiteral("CONNECTOR_ID"), connectorId);
        env.insert(QStringLiteral("CONNECTOR_DURATION_PERIOD"), QStringLiteral("PT1H"));
        env.remove(QStringLiteral("S1_ACCOUNT_ID"));
        env.remove(QStringLiteral("SIGN"));
        return env;
    }
    QJsonArray openCtiObjects(const QString &type)
    {
        QNetworkReply *reply
            = m_nam.get(QNetworkRequest(QUrl(m_url + QStringLiteral("/__sim/opencti/objects?type=") + type)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).array();
    }
    static int distinctIds(const QJsonArray &objects)
    {
        QSet<QString> ids;
        for (const QJsonValue &o : objects)
            ids.insert(o.toObject().value(QLatin1String("id")).toString());
        return int(ids.size());
    }
    // Rows of the job history (sqlite3 reads the database the CLI wrote); -1 without sqlite3.
    static int historyRuns(const QTemporaryDir &home, const QString &where)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"),
            {home.filePath(QStringLiteral("data/S1Bridge/s1bridge/s1bridge.sqlite")),
                QStringLiteral("SELECT count(*) FROM job_runs WHERE ") + where});
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return -1;
        bool ok = false;
        const int n = p.readAllStandardOutput().trimmed().toInt(&ok);
        return ok ? n : -1;
    }

    void runOnceImportsAndRecordsTheRun()
    {
        QVERIFY2(
            !m_openCtiUrl.isEmpty() && !m_openCtiToken.isEmpty(), "the simulator printed no OPENCTI_ lines");
        simControl("POST", QStringLiteral("/__sim/opencti/reset"));
        QTemporaryDir home;
        const QProcessEnvironment env
            = runEnvironment(home, QUuid::createUuid().toString(QUuid::WithoutBraces));
        const Result before = cliIn({QStringLiteral("opencti"), QStringLiteral("status")}, env);
        QVERIFY2(before.exitCode == 0, before.err.constData());
        QVERIFY2(before.out.contains("No threat handled yet.\n") && !before.out.contains("none yet"),
            before.out.constData());
        const Result r = cliIn({QStringLiteral("run"), QStringLiteral("--once")}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Result after = cliIn({QStringLiteral("opencti"), QStringLiteral("status")}, env);
        QVERIFY2(after.exitCode == 0, after.err.constData());
        static const QRegularExpression handled(QStringLiteral(
            "\nThreats updated up to \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC are handled\\.\n"));
        QVERIFY2(handled.match(QString::fromUtf8(after.out)).hasMatch(), after.out.constData());
        const QJsonArray incidents = openCtiObjects(QStringLiteral("incident"));
        QVERIFY2(!incidents.isEmpty(), "no incident reached the simulated OpenCTI");
        QCOMPARE(distinctIds(incidents), incidents.size());
        QVERIFY2(
            !r.err.contains(m_token.toUtf8()) && !r.err.contains(m_openCtiToken.toUtf8()), r.err.constData());

        const Result status
            = cliIn({QStringLiteral("opencti"), QStringLiteral("status"), QStringLiteral("--json")}, env);
        QCOMPARE(status.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(status.out).object();
        QVERIFY2(counts.value(QLatin1String("imported")).toInt() > 0, status.out.constData());
        QCOMPARE(counts.value(QLatin1String("waitingForOpenCti")).toInt(), 0);

        const int runs = historyRuns(home, QStringLiteral("kind = 'opencti-import' AND state = 'succeeded'"));
        if (runs < 0)
            QFAIL("sqlite3 is not installed (scripts/lib/common.sh installs it): the job history row was not "
                  "checked");
        QCOMPARE(runs, 1);
    }

    void runStopsOnSigtermThenResumesWithoutDuplicates()
    {
        simControl("POST", QStringLiteral("/__sim/opencti/reset"));
        QTemporaryDir home;
        const QProcessEnvironment env
            = runEnvironment(home, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(S1_CLI_EXE), {QStringLiteral("run")});
        QVERIFY(p.waitForStarted(10000));
        QTest::qWait(1000);
        p.terminate(); // SIGTERM
        QVERIFY2(p.waitForFinished(10000), "run did not stop within 10 s of SIGTERM");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        const Result second = cliIn({QStringLiteral("run"), QStringLiteral("--once")}, env);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        // OpenCTI ingests the bundles it was sent asynchronously (its workers): count its incidents once
        // the count no longer moves, so that what a later run does is not mistaken for what it finishes.
        QJsonArray afterSecond = openCtiObjects(QStringLiteral("incident"));
        for (int stable = 0, round = 0; stable < 5 && round < 200; ++round) {
            QTest::qWait(100);
            const QJsonArray now = openCtiObjects(QStringLiteral("incident"));
            stable = now.size() == afterSecond.size() ? stable + 1 : 0;
            afterSecond = now;
        }
        QVERIFY(!afterSecond.isEmpty());
        QCOMPARE(distinctIds(afterSecond), afterSecond.size());

        // A third run sends nothing again: the same incidents, none twice, every one confirmed.
        const Result third = cliIn({QStringLiteral("run"), QStringLiteral("--once")}, env);
        QVERIFY2(third.exitCode == 0, third.err.constData());
        const QJsonArray afterThird = openCtiObjects(QStringLiteral("incident"));
        QVERIFY2(afterThird.size() == afterSecond.size(),
            QByteArray(second.err + "\n----\n" + third.err).constData());
        QCOMPARE(distinctIds(afterThird), afterThird.size());
        const Result status
            = cliIn({QStringLiteral("opencti"), QStringLiteral("status"), QStringLiteral("--json")}, env);
        const QJsonObject counts = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(counts.value(QLatin1String("imported")).toInt(), afterSecond.size());
        QCOMPARE(counts.value(QLatin1String("waitingForOpenCti")).toInt(), 0);
        QCOMPARE(counts.value(QLatin1String("failed")).toInt(), 0);
    }

    void runLogLocationWritesTheSummaryWithoutTokens()
    {
        simControl("POST", QStringLiteral("/__sim/opencti/reset"));
        QTemporaryDir home;
        const QProcessEnvironment env
            = runEnvironment(home, QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString logDir = home.filePath(QStringLiteral("logs"));
        // The ThreatQuotient connector's spellings: -ll DIR, -v 2, -n NAME.
        const Result r = cliIn({QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("-ll"),
                                   logDir, QStringLiteral("-v"), QStringLiteral("2"), QStringLiteral("-n"),
                                   QStringLiteral("nightly-import")},
            env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile log(logDir + QStringLiteral("/s1bridge-run.log"));
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("nightly-import"), text.constData());
        QVERIFY2(text.contains(": succeeded: "), text.constData());
        QVERIFY(!text.contains(m_token.toUtf8()));
        QVERIFY(!text.contains(m_openCtiToken.toUtf8()));
        QVERIFY(!r.err.contains(m_token.toUtf8()));

        const Result bad
            = cliIn({QStringLiteral("run"), QStringLiteral("--verbosity"), QStringLiteral("7")}, env);
        QCOMPARE(bad.exitCode, 2);
    }

    // run: -v counts, -v N / --verbosity N set the connector's level; a number wins, the last one counts.
    void runVerbosityCombinationsParse()
    {
        simControl("POST", QStringLiteral("/__sim/opencti/reset"));
        QTemporaryDir home;
        const QProcessEnvironment env
            = runEnvironment(home, QUuid::createUuid().toString(QUuid::WithoutBraces));
        const Result debug = cliIn({QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("-vv"),
                                       QStringLiteral("-v"), QStringLiteral("3")},
            env);
        QVERIFY2(debug.exitCode == 0, debug.err.constData());
        QVERIFY2(debug.err.contains(" attempt 1"), debug.err.left(2000).constData());
        QVERIFY(!debug.err.contains(m_token.toUtf8()) && !debug.err.contains(m_openCtiToken.toUtf8()));

        const Result warnings = cliIn({QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("-vv"),
                                          QStringLiteral("-v"), QStringLiteral("1")},
            env);
        QVERIFY2(warnings.exitCode == 0, warnings.err.constData());
        QVERIFY2(!warnings.err.contains(" attempt 1"), warnings.err.left(2000).constData());
        QVERIFY2(
            warnings.err.contains(": succeeded: "), warnings.err.constData()); // the run's own lines stay

        const Result last
            = cliIn({QStringLiteral("run"), QStringLiteral("--verbosity"), QStringLiteral("3"),
                        QStringLiteral("--once"), QStringLiteral("--verbose"), QStringLiteral("1")},
                env);
        QVERIFY2(last.exitCode == 0, last.err.constData());
        QVERIFY2(!last.err.contains(" attempt 1"), last.err.left(2000).constData());

        const Result badLevel = cliIn(
            {QStringLiteral("run"), QStringLiteral("--once"), QStringLiteral("-v"), QStringLiteral("9")},
            env);
        QCOMPARE(badLevel.exitCode, 2);
        QVERIFY2(badLevel.err.contains("\"9\""), badLevel.err.constData());
        QVERIFY(badLevel.out.isEmpty());
    }

    // A database that cannot be opened or written is a local failure: exit 5, a sentence naming the
    // file on stderr, nothing on stdout. Tests run as root, so the data folder's parent is a regular
    // file rather than a read-only folder.
    void databaseThatCannotBeOpenedExits5()
    {
        QTemporaryDir home;
        QFile blocker(home.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly) && blocker.write("x") == 1);
        blocker.close();
        const QString dataHome = blocker.fileName() + QStringLiteral("/data");
        const QByteArray database
            = (dataHome + QStringLiteral("/S1Bridge/s1bridge/s1bridge.sqlite")).toUtf8();

        QProcessEnvironment env = runEnvironment(home, QUuid::createUuid().toString(QUuid::WithoutBraces));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        for (const QStringList &args : {QStringList {QStringLiteral("opencti"), QStringLiteral("status")},
                 QStringList {QStringLiteral("opencti"), QStringLiteral("status"), QStringLiteral("--json")},
                 QStringList {QStringLiteral("opencti"), QStringLiteral("import"), QStringLiteral("--once")},
                 QStringList {QStringLiteral("run"), QStringLiteral("--once")}}) {
            const Result r = cliIn(args, env);
            QVERIFY2(r.exitCode == 5,
                qPrintable(args.join(u' ') + QStringLiteral(": exit %1: ").arg(r.exitCode)
                    + QString::fromUtf8(r.err)));
            QVERIFY2(r.out.isEmpty(), r.out.constData());
            QVERIFY2(r.err.contains(QByteArray("s1bridge-cli: Cannot open the database " + database)),
                r.err.constData());
            QCOMPARE(r.err.count(database), 1); // said once, not also as a log warning
        }
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
