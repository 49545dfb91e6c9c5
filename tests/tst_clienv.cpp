// SPDX-License-Identifier: GPL-3.0-or-later
// s1bridge-cli's configuration from the environment, read through profile import's table of the
// connector's variable names (every generation), and --api-key-file's bounded read: the real
// s1bridge-cli process against s1bridge-sim.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Vars = QList<std::pair<QString, QString>>;

class TestCliEnv : public QObject
{
    Q_OBJECT

    static constexpr int kThreats = 250;
    QProcess m_sim;
    QString m_url;
    QString m_token;
    QString m_openCtiUrl;
    QString m_openCtiToken;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_home; // private settings and database

    struct Result
    {
        int exitCode = -1;
        bool finished = false;
        qint64 elapsedMs = 0;
        QByteArray out;
        QByteArray err;
    };

    // The system environment without any connector variable (the developer's own S1_URL or
    // SENTINELONE_INCIDENTS_API_KEY must not leak into a test), with private XDG folders.
    QProcessEnvironment cleanEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QStringList keys = env.keys();
        for (const QString &key : keys) {
            if (key.startsWith(QLatin1String("S1_")) || key.startsWith(QLatin1String("SENTINELONE"))
                || key.startsWith(QLatin1String("OPENCTI_")) || key.startsWith(QLatin1String("CONNECTOR_"))
                || key == QLatin1String("MAX_API_ATTEMPTS") || key == QLatin1String("SIGN"))
                env.remove(key);
        }
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        return env;
    }

    Result cli(
        const QStringList &args, const Vars &vars, int timeoutMs = 120000, const QByteArray &input = {})
    {
        QProcessEnvironment env = cleanEnvironment();
        for (const auto &[name, value] : vars)
            env.insert(name, value);
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(S1_CLI_EXE), args);
        Result r;
        if (!p.waitForStarted(10000))
            return r;
        if (!input.isNull()) {
            p.write(input);
            p.closeWriteChannel();
        }
        r.finished = p.waitForFinished(timeoutMs);
        r.elapsedMs = timer.elapsed();
        if (!r.finished) {
            p.kill();
            p.waitForFinished(10000);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QJsonDocument simGet(const QString &path)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(QUrl(m_url + path)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll());
    }
    void simPost(const QString &path)
    {
        QNetworkRequest request(QUrl(m_url + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.post(request, QByteArray("{}"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
    }
    int threatRequests()
    {
        return simGet(QStringLiteral("/__sim/stats"))
            .object()
            .value(QLatin1String("requests"))
            .toObject()
            .value(QLatin1String("GET /web/api/v2.1/threats"))
            .toInt();
    }
    static int jsonCount(const Result &r) { return int(QJsonDocument::fromJson(r.out).array().size()); }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_home.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    static QStringList threatsList()
    {
        return {QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_sim.setProgram(QStringLiteral(S1_SIM_EXE));
        m_sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--threats"),
            QString::number(kThreats), QStringLiteral("--seed"), QStringLiteral("5")});
        m_sim.start();
        QVERIFY(m_sim.waitForStarted(10000));
        QByteArray head;
        QElapsedTimer timer;
        timer.start();
        while (head.count('\n') < 4 && timer.elapsed() < 60000 && m_sim.waitForReadyRead(60000))
            head += m_sim.readAllStandardOutput();
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype eq = line.indexOf('=');
            const QString value = QString::fromUtf8(line.mid(eq + 1));
            if (line.startsWith("S1_URL="))
                m_url = value;
            else if (line.startsWith("S1_API_KEY="))
                m_token = value;
            else if (line.startsWith("OPENCTI_URL="))
                m_openCtiUrl = value;
            else if (line.startsWith("OPENCTI_TOKEN="))
                m_openCtiToken = value;
        }
        QVERIFY2(
            !m_url.isEmpty() && !m_token.isEmpty() && !m_openCtiUrl.isEmpty() && !m_openCtiToken.isEmpty(),
            head.constData());
    }
    void cleanupTestCase()
    {
        m_sim.terminate();
        QVERIFY(m_sim.waitForFinished(10000));
        QCOMPARE(m_sim.exitCode(), 0);
    }
    void init() { simPost(QStringLiteral("/__sim/stats/reset")); }

    // Every generation of the connector's names configures threats list, as profile import reads them.
    void everyGenerationOfNamesWorks_data()
    {
        QTest::addColumn<QString>("urlName");
        QTest::addColumn<QString>("keyName");
        QTest::newRow("S1_ (first connector)") << QStringLiteral("S1_URL") << QStringLiteral("S1_API_KEY");
        QTest::newRow("SENTINELONE_")
            << QStringLiteral("SENTINELONE_URL") << QStringLiteral("SENTINELONE_API_KEY");
        QTest::newRow("SENTINELONE_INCIDENTS_ (current)")
            << QStringLiteral("SENTINELONE_INCIDENTS_URL") << QStringLiteral("SENTINELONE_INCIDENTS_API_KEY");
        QTest::newRow("mixed") << QStringLiteral("SENTINELONE_INCIDENTS_URL") << QStringLiteral("S1_API_KEY");
    }
    void everyGenerationOfNamesWorks()
    {
        QFETCH(QString, urlName);
        QFETCH(QString, keyName);
        const Result r
            = cli(threatsList(), {{urlName, m_url}, {keyName, QStringLiteral("ApiToken ") + m_token}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonCount(r), kThreats);
        QVERIFY2(!r.err.contains("warning"), r.err.constData());
        QCOMPARE(threatRequests(), 1);
    }

    // Without any: the message names the first and the current variable.
    void missingSettingsNameTheVariables()
    {
        const Result noUrl = cli(threatsList(), {{QStringLiteral("SENTINELONE_INCIDENTS_API_KEY"), m_token}});
        QCOMPARE(noUrl.exitCode, 2);
        QVERIFY2(noUrl.err.contains("S1_URL") && noUrl.err.contains("SENTINELONE_INCIDENTS_URL"),
            noUrl.err.constData());
        const Result noToken = cli(threatsList(), {{QStringLiteral("SENTINELONE_INCIDENTS_URL"), m_url}});
        QCOMPARE(noToken.exitCode, 2);
        QVERIFY2(noToken.err.contains("S1_API_KEY") && noToken.err.contains("SENTINELONE_INCIDENTS_API_KEY"),
            noToken.err.constData());
        QVERIFY(noUrl.out.isEmpty() && noToken.out.isEmpty());
        QCOMPARE(threatRequests(), 0);
    }

    // Two names of one setting: the newest wins, with a warning naming both. An empty one is unset.
    void newestNameWinsAndEmptyIsUnset()
    {
        const Result r = cli(threatsList(),
            {{QStringLiteral("S1_URL"), QStringLiteral("http://127.0.0.1:9")},
                {QStringLiteral("SENTINELONE_INCIDENTS_URL"), m_url},
                {QStringLiteral("S1_API_KEY"), m_token}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonCount(r), kThreats);
        QVERIFY2(r.err.contains("warning: S1_URL and SENTINELONE_INCIDENTS_URL both set the console URL; "
                                "SENTINELONE_INCIDENTS_URL was used."),
            r.err.constData());

        const Result empty = cli(threatsList(),
            {{QStringLiteral("SENTINELONE_INCIDENTS_URL"), QString()}, {QStringLiteral("S1_URL"), m_url},
                {QStringLiteral("SENTINELONE_INCIDENTS_API_KEY"), QStringLiteral(" ")},
                {QStringLiteral("SENTINELONE_API_KEY"), m_token}});
        QVERIFY2(empty.exitCode == 0, empty.err.constData());
        QCOMPARE(jsonCount(empty), kThreats);
    }

    // A value that cannot be used stops the command with exit 2 and the variable's name; nothing is sent.
    void unusableValueNamesTheVariable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("attempts") << QStringLiteral("SENTINELONE_INCIDENTS_MAX_API_ATTEMPTS")
                                  << QStringLiteral("lots");
        QTest::newRow("attempts, old name") << QStringLiteral("MAX_API_ATTEMPTS") << QStringLiteral("0");
        QTest::newRow("sample token")
            << QStringLiteral("SENTINELONE_INCIDENTS_API_KEY") << QStringLiteral("ChangeMe");
        QTest::newRow("token with a space")
            << QStringLiteral("SENTINELONE_INCIDENTS_API_KEY") << QStringLiteral("abc def");
        QTest::newRow("url") << QStringLiteral("SENTINELONE_INCIDENTS_URL")
                             << QStringLiteral("ftp://console");
    }
    void unusableValueNamesTheVariable()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        Vars vars = {{QStringLiteral("S1_URL"), m_url}, {QStringLiteral("S1_API_KEY"), m_token}};
        vars.append({name, value}); // the newer name wins over S1_URL / S1_API_KEY
        const Result r = cli(threatsList(), vars);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(name.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        if (name.contains(QLatin1String("API_KEY")))
            QVERIFY2(!r.err.contains("abc def"), r.err.constData()); // a token is never quoted
        QCOMPARE(threatRequests(), 0);
    }

    // An option wins over the environment.
    void optionWinsOverTheEnvironment()
    {
        const Result r = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json"),
                                 QStringLiteral("--url"), m_url},
            {{QStringLiteral("SENTINELONE_INCIDENTS_URL"), QStringLiteral("http://127.0.0.1:9")},
                {QStringLiteral("SENTINELONE_INCIDENTS_API_KEY"), m_token}});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonCount(r), kThreats);
    }

    // The flag text under the connector's current name: threats flag writes it, notes show it.
    void signUnderItsCurrentName()
    {
        const Vars vars = {{QStringLiteral("SENTINELONE_INCIDENTS_URL"), m_url},
            {QStringLiteral("SENTINELONE_INCIDENTS_API_KEY"), m_token},
            {QStringLiteral("SENTINELONE_INCIDENTS_SIGN"), QStringLiteral("[Env_flag]")}};
        const Result list = cli(threatsList(), vars);
        QCOMPARE(list.exitCode, 0);
        const QString id = QJsonDocument::fromJson(list.out)
                               .array()
                               .at(3)
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
        QVERIFY(!id.isEmpty());
        const Result flag = cli({QStringLiteral("threats"), QStringLiteral("flag"), id}, vars);
        QVERIFY2(flag.exitCode == 0, flag.err.constData());
        const Result notes
            = cli({QStringLiteral("threats"), QStringLiteral("notes"), id, QStringLiteral("--json")}, vars);
        QCOMPARE(notes.exitCode, 0);
        QVERIFY2(notes.out.contains("[Env_flag]"), notes.out.constData());
        QCOMPARE(cli({QStringLiteral("threats"), QStringLiteral("unflag"), id}, vars).exitCode, 0);
        const Result after
            = cli({QStringLiteral("threats"), QStringLiteral("notes"), id, QStringLiteral("--json")}, vars);
        QVERIFY2(!after.out.contains("[Env_flag]"), after.out.constData());
    }

    // The OpenCTI side from the environment: the current names, and the import start date, which
    // only the newer connectors have, is honoured as profile import honours it.
    void openCtiImportFromTheCurrentNames()
    {
        const Vars base = {{QStringLiteral("SENTINELONE_INCIDENTS_URL"), m_url},
            {QStringLiteral("SENTINELONE_INCIDENTS_API_KEY"), m_token},
            {QStringLiteral("OPENCTI_URL"), m_openCtiUrl}, {QStringLiteral("OPENCTI_TOKEN"), m_openCtiToken}};
        const QStringList once
            = {QStringLiteral("opencti"), QStringLiteral("import"), QStringLiteral("--once")};

        const Result noId = cli(once, base);
        QCOMPARE(noId.exitCode, 2);
        QVERIFY2(noId.err.contains("CONNECTOR_ID must be a UUID"), noId.err.constData());

        Vars future = base;
        future.append(
            {QStringLiteral("CONNECTOR_ID"), QStringLiteral("0b6f1a52-4c3d-4e2f-8a1b-2c3d4e5f6a70")});
        future.append(
            {QStringLiteral("SENTINELONE_INCIDENTS_IMPORT_START_DATE"), QStringLiteral("2999-01-01")});
        const Result none = cli(once, future);
        QVERIFY2(none.exitCode == 0, none.err.constData());
        QVERIFY2(none.err.contains("Imported 0 threats"), none.err.constData()); // none created since 2999

        Vars flagged = base;
        flagged.append(
            {QStringLiteral("CONNECTOR_ID"), QStringLiteral("7c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f")});
        flagged.append({QStringLiteral("CONNECTOR_NAME"), QStringLiteral("Env names")});
        const Result some = cli(once, flagged);
        QVERIFY2(some.exitCode == 0, some.err.constData());
        QVERIFY2(
            some.err.contains("Imported ") && !some.err.contains("Imported 0 threats"), some.err.constData());

        Vars badUrl = flagged;
        badUrl.append({QStringLiteral("OPENCTI_URL"), QStringLiteral("opencti")});
        const Result bad = cli(once, badUrl);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("OPENCTI_URL"), bad.err.constData());
    }

    // --api-key-file reads at most 64 KiB: /dev/zero ends at once with exit 2 and a sentence.
    void apiKeyFileFromDevZeroEndsAtOnce()
    {
        const Vars vars = {{QStringLiteral("S1_URL"), m_url}};
        const Result r = cli({QStringLiteral("threats"), QStringLiteral("list"),
                                 QStringLiteral("--api-key-file"), QStringLiteral("/dev/zero")},
            vars, 10000);
        QVERIFY2(r.finished, "s1bridge-cli --api-key-file /dev/zero did not end within 10 s");
        QVERIFY2(r.elapsedMs < 10000, QByteArray::number(r.elapsedMs).constData());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains("the API token file /dev/zero is too large to be a token"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(threatRequests(), 0);

        // The same from stdin.
        const Result stdinZero = cli({QStringLiteral("threats"), QStringLiteral("list"),
                                         QStringLiteral("--api-key-file"), QStringLiteral("-")},
            vars, 10000, QByteArray(200 * 1024, '\0'));
        QVERIFY2(stdinZero.finished, "s1bridge-cli --api-key-file - did not end within 10 s");
        QCOMPARE(stdinZero.exitCode, 2);
        QVERIFY2(stdinZero.err.contains("too large to be a token"), stdinZero.err.constData());
    }

    // The limit is 64 KiB: a token padded to exactly that is read; one byte more is refused.
    void apiKeyFileLimitIs64KiB()
    {
        const QByteArray token = m_token.toUtf8() + '\n';
        const QString fits
            = writeFile(QStringLiteral("fits.key"), token + QByteArray(64 * 1024 - token.size(), '\n'));
        const QString over
            = writeFile(QStringLiteral("over.key"), token + QByteArray(64 * 1024 - token.size() + 1, '\n'));
        QVERIFY(!fits.isEmpty() && !over.isEmpty());
        const Vars vars
            = {{QStringLiteral("S1_URL"), m_url}, {QStringLiteral("S1_API_KEY"), QStringLiteral("wrong")}};
        const Result ok = cli(threatsList() + QStringList {QStringLiteral("--api-key-file"), fits}, vars);
        QVERIFY2(ok.exitCode == 0, ok.err.constData()); // the file wins over S1_API_KEY
        QCOMPARE(jsonCount(ok), kThreats);
        const Result tooLarge
            = cli(threatsList() + QStringList {QStringLiteral("--api-key-file"), over}, vars);
        QCOMPARE(tooLarge.exitCode, 2);
        QVERIFY2(tooLarge.err.contains(over.toUtf8()) && tooLarge.err.contains("too large to be a token"),
            tooLarge.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliEnv)
#include "tst_clienv.moc"
