// SPDX-License-Identifier: GPL-3.0-or-later
// s1bridge-cli as a user runs it, against s1bridge-sim as a separate process.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The profile tests that keep tokens between two s1bridge-cli runs need the keychain of the D-Bus
// session scripts/test starts. Outside CI they skip with a clear message; in CI it is a failure.
#define REQUIRE_SESSION_BUS()                                                                                \
    do {                                                                                                     \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {                                       \
            const char *message = "no D-Bus session (DBUS_SESSION_BUS_ADDRESS is empty): run scripts/test, " \
                                  "which starts one with an unlocked gnome-keyring";                         \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(message);                                                                              \
            QSKIP(message);                                                                                  \
        }                                                                                                    \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

    QProcess m_sim;
    QString m_url;
    QString m_token;
    QString m_openCtiUrl;
    QString m_openCtiToken;
    QNetworkAccessManager m_nam;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    bool startSim(const QStringList &extra)
    {
        m_sim.setProgram(QStringLiteral(S1_SIM_EXE));
        m_sim.setArguments(QStringList {QStringLiteral("--port"), QStringLiteral("0")} + extra);
        m_sim.setProcessChannelMode(QProcess::SeparateChannels);
        m_sim.start();
        if (!m_sim.waitForStarted(10000))
            return false;
        QByteArray head;
        QElapsedTimer timer;
        timer.start();
        while (head.count('\n') < 4 && timer.elapsed() < 60000) {
            if (!m_sim.waitForReadyRead(60000))
                break;
            head += m_sim.readAllStandardOutput();
        }
        const QList<QByteArray> lines = head.split('\n');
        if (lines.size() < 2 || !lines.at(0).startsWith("S1_URL=") || !lines.at(1).startsWith("S1_API_KEY="))
            return false;
        m_url = QString::fromUtf8(lines.at(0).mid(7));
        m_token = QString::fromUtf8(lines.at(1).mid(11));
        // Lines 3 and 4 (the simulated OpenCTI), for the run tests.
        for (const QByteArray &line : lines) {
            if (line.startsWith("OPENCTI_URL="))
                m_openCtiUrl = QString::fromUtf8(line.mid(12));
            else if (line.startsWith("OPENCTI_TOKEN="))
                m_openCtiToken = QString::fromUtf8(line.mid(14));
        }
        return true;
    }

    Result cli(const QStringList &args, const QString &url, const QString &token, int timeoutMs = 120000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("S1_URL"), url);
        env.insert(QStringLiteral("S1_API_KEY"), token);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(S1_CLI_EXE), args);
        Result r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    Result cli(const QStringList &args) { return cli(args, m_url, m_token); }

    // Profiles: a private settings folder, and no connector variables unless a test sets them.
    struct ProfileHome
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        ProfileHome()
        {
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
            for (const char *name : {"S1_URL", "S1_API_KEY", "S1_ACCOUNT_ID", "MAX_API_ATTEMPTS", "SIGN"})
                env.remove(QString::fromLatin1(name));
        }
        QString iniPath() const { return dir.path() + QStringLiteral("/S1Bridge/s1bridge/s1bridge.ini"); }
        QString write(const QString &name, const QByteArray &content) const
        {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
                return {};
            return f.fileName();
        }
    };
    static Result cliIn(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(S1_CLI_EXE), args);
        Result r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    static QByteArray keychainEntries(const QString &key)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                QStringLiteral("S1 Bridge"), QStringLiteral("user"), key});
        if (!p.waitForFinished(30000))
            return "secret-tool did not finish";
        return p.readAll();
    }
    // A connector .env pointing at the running simulator.
    QByteArray simEnvFile(const QString &name, const QString &openCtiToken) const
    {
        return "# written by tst_cli\nS1_URL=" + m_url.toUtf8() + "\nS1_API_KEY=" + m_token.toUtf8()
            + "\nCONNECTOR_NAME=" + name.toUtf8() + "\nOPENCTI_URL=http://127.0.0.1:9\nOPENCTI_TOKEN="
            + openCtiToken.toUtf8() + "\nSIGN=[OpenCTI_add]\n";
    }

    QJsonObject simControl(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest req(QUrl(m_url + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    int requests(const QString &key)
    {
        return simControl("GET", QStringLiteral("/__sim/stats"))
            .value(QLatin1String("requests"))
            .toObject()
            .value(key)
            .toInt();
    }
    // A strict RFC 4180 reader (CRLF records; a quoted field may hold commas, CR, LF and doubled
    // quotes), the test's own: the CLI's CSV is checked against the format, not against its writer.
    static QList<QStringList> parseCsv(const QString &text, QString *error)
    {
        QList<QStringList> records;
        QStringList record;
        QString field;
        bool quotedField = false;
        for (qsizetype i = 0; i < text.size();) {
            const QChar c = text.at(i);
            if (c == u'"' && field.isEmpty() && !quotedField) {
                quotedField = true;
                for (++i;; ++i) {
                    if (i >= text.size()) {
                        *error = QStringLiteral("unterminated quoted field in record %1")
                                     .arg(records.size() + 1);
                        return {};
                    }
                    if (text.at(i) == u'"') {
                        if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                            field += u'"';
                            ++i;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    field += text.at(i);
                }
                if (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r') {
                    *error
                        = QStringLiteral("text after a closing quote in record %1").arg(records.size() + 1);
                    return {};
                }
            } else if (c == u',') {
                record << field;
                field.clear();
                quotedField = false;
                ++i;
            } else if (c == u'\r') {
                if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                    *error = QStringLiteral("a bare CR outside quotes in record %1").arg(records.size() + 1);
                    return {};
                }
                record << field;
                records << record;
                record.clear();
                field.clear();
                quotedField = false;
                i += 2;
            } else if (c == u'\n' || c == u'"') {
                *error = QStringLiteral("a bare LF or quote outside quotes in record %1")
                             .arg(records.size() + 1);
                return {};
            } else {
                field += c;
                ++i;
            }
        }
        if (!record.isEmpty() || !field.isEmpty()) {
            *error = QStringLiteral("the last record does not end with CRLF");
            return {};
        }
        return records;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startSim({QStringLiteral("--threats"), QStringLiteral("2500"), QStringLiteral("--seed"),
                     QStringLiteral("3")}),
            "s1bridge-sim did not print its S1_URL/S1_API_KEY lines");
    }
    void cleanupTestCase()
    {
        m_sim.terminate();
        QVERIFY(m_sim.waitForFinished(10000));
        QCOMPARE(m_sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_sim.exitCode(), 0);
    }
    void init()
    {
        simControl("POST", QStringLiteral("/__sim/faults"), R"({"spec":""})");
        simControl("POST", QStringLiteral("/__sim/stats/reset"));
    }

    void version()
    {
        const Result r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("s1bridge-cli "));
    }

    void helpDocumentsExitCodes()
    {
        const Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *text :
            {"Exit codes", "3  the console refused the token", "S1_API_KEY", "threats unflag"})
            QVERIFY2(r.out.contains(text), text);
    }

    void helpDocumentsEveryExitCodeAndTheVerbosity()
    {
        const Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *text : {"    0  success", "    2  usage", "    4  API or network failure",
                 "    5  local failure", "  130  interrupted", "-vv (or -v -v)", "--verbosity 1|2|3",
                 "wins over -v flags", "s1bridge-cli threats list --help"})
            QVERIFY2(r.out.contains(text), text);
        QVERIFY(r.err.isEmpty());
    }

    // Each command's --help lists its own options (and the global ones it takes), not the others'.
    void commandHelpListsOnlyItsOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        const auto list = [](std::initializer_list<const char *> words) {
            QStringList result;
            for (const char *w : words)
                result << QString::fromLatin1(w);
            return result;
        };
        QTest::newRow("threats list")
            << list({"threats", "list", "--help"})
            << list({"Usage: s1bridge-cli threats list", "--since <WHEN>", "--site <ID>", "--query <TEXT>",
                   "--json", "--csv", "byte order mark", "cannot be combined", "--profile <NAME>",
                   "--api-key-file <FILE>", "-v, --verbose", "Exit codes"})
            << list({"--once", "--loglocation", "--history-days", "--verbosity", "--name", "--config",
                   "--version"});
        QTest::newRow("threats notes")
            << list({"threats", "notes", "--help"})
            << list({"Usage: s1bridge-cli threats notes [options] ID", "--json", "--profile <NAME>"})
            << list({"--since", "--site", "--once", "--loglocation", "--csv"});
        QTest::newRow("profiles list")
            << list({"profiles", "list", "--help"})
            << list({"Usage: s1bridge-cli profiles list", "--json", "-v, --verbose"})
            << list({"--since", "--profile", "--name", "--once", "--api-key-file", "--url"});
        QTest::newRow("profiles import") << list({"profiles", "import", "--help"})
                                         << list({"-n, --name <NAME>", "--json", "docker-compose.yml"})
                                         << list({"--since", "--profile", "--once", "--api-key-file"});
        QTest::newRow("profiles delete") << list({"profiles", "delete", "--help"})
                                         << list({"Usage: s1bridge-cli profiles delete [options] NAME"})
                                         << list({"--json", "--profile", "--since"});
        QTest::newRow("opencti import")
            << list({"opencti", "import", "--help"}) << list({"--once", "--profile <NAME>"})
            << list({"--json", "--since", "--loglocation"});
        QTest::newRow("opencti status")
            << list({"opencti", "status", "--help"}) << list({"--json"}) << list({"--once", "--since"});
        QTest::newRow("run") << list({"run", "--help"})
                             << list({"--once", "-c, --config <DIR>", "--loglocation <DIR|stdout>",
                                    "--verbosity <1|2|3>", "-n, --name <NAME>", "--history-days <DAYS>",
                                    "repeat for more", "wins over -v flags"})
                             << list({"--since", "--site", "--json", "--query"});
        QTest::newRow("threats group")
            << list({"threats", "--help"})
            << list({"list", "notes ID", "flag ID...", "unflag ID...", "SUBCOMMAND --help"})
            << list({"--once", "--loglocation", "Options:"});
        QTest::newRow("help before the command")
            << list({"--help", "sites", "list"}) << list({"Usage: s1bridge-cli sites list", "--json"})
            << list({"Commands:", "--since"});
    }
    void commandHelpListsOnlyItsOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const Result r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        for (const QString &text : std::as_const(present))
            QVERIFY2(r.out.contains(text.toUtf8()),
                qPrintable(text + QStringLiteral(" is missing from:\n") + QString::fromUtf8(r.out)));
        for (const QString &text : std::as_const(absent))
            QVERIFY2(!r.out.contains(text.toUtf8()),
                qPrintable(text + QStringLiteral(" should not be in:\n") + QString::fromUtf8(r.out)));
    }

    // An option the command does not take is a usage error naming the option; nothing on stdout.
    void optionOfAnotherCommandExits2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        QTest::newRow("profiles list --since") << QStringList {QStringLiteral("profiles"),
            QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("X")}
                                               << QStringLiteral("--since");
        QTest::newRow("--profile before profiles list") << QStringList {QStringLiteral("--profile"),
            QStringLiteral("x"), QStringLiteral("profiles"), QStringLiteral("list")}
                                                        << QStringLiteral("--profile");
        QTest::newRow("threats notes --once") << QStringList {QStringLiteral("threats"),
            QStringLiteral("notes"), QStringLiteral("123"), QStringLiteral("--once")}
                                              << QStringLiteral("--once");
        QTest::newRow("opencti import --json")
            << QStringList {QStringLiteral("opencti"), QStringLiteral("import"), QStringLiteral("--json")}
            << QStringLiteral("--json");
        QTest::newRow("run --site") << QStringList {QStringLiteral("run"), QStringLiteral("--site"),
            QStringLiteral("1")} << QStringLiteral("--site");
        QTest::newRow("profiles delete -x") << QStringList {QStringLiteral("profiles"),
            QStringLiteral("delete"), QStringLiteral("nope"), QStringLiteral("-x")}
                                            << QStringLiteral("-x");
    }
    void optionOfAnotherCommandExits2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        ProfileHome home;
        const Result r = cliIn(args, home.env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(
            r.err.contains(QByteArray("Unknown option " + option.toUtf8() + " for '")), r.err.constData());
        QVERIFY2(r.err.contains("--help"), r.err.constData());
    }

    void failuresPrintNothingOnStdout()
    {
        const QString wrong = QStringLiteral("ApiToken wrong-token");
        for (const QStringList &args : {QStringList {QStringLiteral("threats"), QStringLiteral("list")},
                 QStringList {QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json")},
                 QStringList {QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--csv")},
                 QStringList {QStringLiteral("sites"), QStringLiteral("list")},
                 QStringList {QStringLiteral("sites"), QStringLiteral("list"), QStringLiteral("--json")},
                 QStringList {QStringLiteral("accounts"), QStringLiteral("list")},
                 QStringList {QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")},
                 QStringList {QStringLiteral("threats"), QStringLiteral("notes"), QStringLiteral("1")},
                 QStringList {QStringLiteral("threats"), QStringLiteral("notes"), QStringLiteral("1"),
                     QStringLiteral("--json")},
                 QStringList {QStringLiteral("threats"), QStringLiteral("flag"), QStringLiteral("1"),
                     QStringLiteral("--json")},
                 QStringList {QStringLiteral("opencti"), QStringLiteral("bundle"), QStringLiteral("1")}}) {
            const Result r = cli(args, m_url, wrong);
            QVERIFY2(r.exitCode == 3, qPrintable(args.join(u' ') + u": " + QString::fromUtf8(r.err)));
            QVERIFY2(r.out.isEmpty(), qPrintable(args.join(u' ') + u": " + QString::fromUtf8(r.out)));
            QVERIFY(r.err.contains("refused the API token"));
        }
        const Result usage = cli({QStringLiteral("threats"), QStringLiteral("list"),
            QStringLiteral("--since"), QStringLiteral("last tuesday")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.out.isEmpty());
    }

    // Text from a server or a threat never reaches the terminal raw: control characters show escaped
    // in tables, lines and error messages; JSON keeps them JSON-escaped.
    void hostileTextIsEscapedOnTheTerminal()
    {
        const QString threatId = QJsonDocument::fromJson(
            cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                                     .array()
                                     .at(3)
                                     .toObject()
                                     .value(QLatin1String("id"))
                                     .toString();
        QVERIFY(!threatId.isEmpty());
        const QString hostile
            = QStringLiteral("pwn\u001b]0;pwned\u0007\u001b[2Jed\r\nline two \u202eevil \u00e9");
        QNetworkRequest req(QUrl(m_url + QStringLiteral("/web/api/v2.1/threats/notes")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization",
            (m_token.startsWith(QLatin1String("ApiToken ")) ? m_token : QStringLiteral("ApiToken ") + m_token)
                .toUtf8());
        QNetworkReply *reply = m_nam.post(req,
            QJsonDocument(
                QJsonObject {{QStringLiteral("data"), QJsonObject {{QStringLiteral("text"), hostile}}},
                    {QStringLiteral("filter"), QJsonObject {{QStringLiteral("ids"), QJsonArray {threatId}}}}})
                .toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        reply->deleteLater();
        QVERIFY2(reply->error() == QNetworkReply::NoError, reply->readAll().constData());

        const Result table = cli({QStringLiteral("threats"), QStringLiteral("notes"), threatId});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        QVERIFY2(!table.out.contains('\x1b') && !table.out.contains('\x07') && !table.out.contains('\r'),
            table.out.toPercentEncoding(" \n").constData());
        QVERIFY2(table.out.contains(
                     "pwn\\x1b]0;pwned\\x07\\x1b[2Jed\\r\\nline two \\u202eevil \xc3\xa9"), // é kept
            table.out.constData());
        const Result json
            = cli({QStringLiteral("threats"), QStringLiteral("notes"), threatId, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(!json.out.contains('\x1b') && !json.out.contains('\x07'));
        bool found = false;
        for (const QJsonValue &note : QJsonDocument::fromJson(json.out).array())
            found = found || note.toObject().value(QLatin1String("text")).toString() == hostile;
        QVERIFY2(found, json.out.constData());
        // One line per note under the header: the note's line feed shows as \n.
        QCOMPARE(table.out.count('\n'), QJsonDocument::fromJson(json.out).array().size() + 1);

        // A hostile server's error text, on stderr.
        QTcpServer evil;
        QVERIFY(evil.listen(QHostAddress::LocalHost, 0));
        connect(&evil, &QTcpServer::newConnection, this, [&evil] {
            QTcpSocket *s = evil.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                const QByteArray body
                    = "{\"errors\":[{\"code\":4000010,\"title\":\"Validation Error\","
                      "\"detail\":\"bad\\u001b]0;pwned\\u0007\\u001b[2J\\u0000\\u009b31m\"}]}";
                s->write("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        });
        QProcess p; // run without blocking: this process is the server
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("S1_URL"), QStringLiteral("http://127.0.0.1:%1/").arg(evil.serverPort()));
        env.insert(QStringLiteral("S1_API_KEY"), QStringLiteral("abc"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(S1_CLI_EXE),
            {QStringLiteral("sites"), QStringLiteral("list"), QStringLiteral("-vv")});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000);
        Result bad; // the log lines (-vv) quote the error too
        bad.exitCode = p.exitCode();
        bad.out = p.readAllStandardOutput();
        bad.err = p.readAllStandardError();
        QVERIFY2(bad.exitCode != 0, bad.err.constData());
        QVERIFY(bad.out.isEmpty());
        QVERIFY2(bad.err.contains("bad\\x1b]0;pwned\\x07\\x1b[2J\\x00\\x9b31m"), bad.err.constData());
        QVERIFY2(!bad.err.contains('\x1b') && !bad.err.contains('\x07') && !bad.err.contains('\0')
                && !bad.err.contains("\xc2\x9b"),
            bad.err.toPercentEncoding(" \n").constData());
    }

    // -v counts (-v, -vv, -v -v) for every command.
    void threatsListVerbosityCounts()
    {
        const Result vv = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("-vv")});
        QVERIFY2(vv.exitCode == 0, vv.err.constData());
        QVERIFY2(vv.out.startsWith("ID "), vv.out.left(200).constData());
        QCOMPARE(vv.out.count('\n'), 2501);
        QVERIFY2(vv.err.contains(" attempt 1"), vv.err.left(2000).constData()); // -vv: every request
        QVERIFY(!vv.err.contains(m_token.toUtf8()));

        const Result twice = cli({QStringLiteral("-v"), QStringLiteral("threats"), QStringLiteral("list"),
            QStringLiteral("--json"), QStringLiteral("-v")});
        QCOMPARE(twice.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(twice.out).array().size(), 2500);
        QVERIFY2(twice.err.contains(" attempt 1"), twice.err.left(2000).constData());

        const Result quiet
            = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.err.contains(" attempt 1"), quiet.err.left(2000).constData());
    }

    void listJsonPrintsEveryThreatInThreeRequests()
    {
        const Result r = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.array().size(), 2500);
        QSet<QString> ids;
        for (const QJsonValue &v : doc.array())
            ids.insert(v.toObject().value(QLatin1String("id")).toString());
        QCOMPARE(ids.size(), 2500);
        QCOMPARE(requests(QStringLiteral("GET /web/api/v2.1/threats")), 3);
        QVERIFY(!r.err.contains(m_token.toUtf8()));
    }

    void listSurvivesRateLimits()
    {
        simControl("POST", QStringLiteral("/__sim/faults"), R"({"spec":"429=0.33,retry-after=1"})");
        const Result r = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json"),
            QStringLiteral("-v")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2500);
        const QJsonObject stats = simControl("GET", QStringLiteral("/__sim/stats"));
        const int limited
            = stats.value(QLatin1String("faults")).toObject().value(QLatin1String("429")).toInt();
        QCOMPARE(stats.value(QLatin1String("requests"))
                     .toObject()
                     .value(QLatin1String("GET /web/api/v2.1/threats"))
                     .toInt(),
            3 + limited);
        if (limited > 0)
            QVERIFY2(r.err.contains("retry"), r.err.constData());
        QVERIFY(!r.err.contains(m_token.toUtf8()));
    }

    void listFiltersAreSent()
    {
        const Result r = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json"),
            QStringLiteral("--since"), QStringLiteral("P7D")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray recent = QJsonDocument::fromJson(r.out).array();
        QVERIFY(recent.size() > 0);
        QVERIFY(recent.size() < 2500);
        const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7).addSecs(-60);
        for (const QJsonValue &v : recent)
            QVERIFY(QDateTime::fromString(
                        v.toObject().value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs)
                >= weekAgo);
        const Result bad = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--since"),
            QStringLiteral("last tuesday")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--since"));
    }

    // --csv: the threat browser's export on stdout, every threat of the console, read in 3 pages.
    void listCsvIsTheBrowsersExport()
    {
        const Result json
            = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray threats = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(threats.size(), 2500);
        simControl("POST", QStringLiteral("/__sim/stats/reset"));

        const Result r = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(requests(QStringLiteral("GET /web/api/v2.1/threats")), 3);
        const QByteArray header
            = "\xEF\xBB\xBF"
              "id,name,classification,confidence,verdict,incident status,"
              "mitigation status,endpoint,OS,IPs,site,account,created,updated,sha256,sha1,md5,"
              "file path,flagged,console link\r\n";
        QVERIFY2(r.out.startsWith(header), r.out.left(300).constData());
        QString error;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(r.out.mid(3)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.size(), 1 + threats.size());
        const QStringList columns = records.first();
        const auto col = [&columns](const char *name) { return int(columns.indexOf(QLatin1String(name))); };
        const auto shown = [](const QString &value) { // a spreadsheet formula is defused with a '
            return !value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()) ? u'\'' + value
                                                                                          : value;
        };
        int quoted = 0;
        for (qsizetype i = 0; i < threats.size(); ++i) {
            const QJsonObject threat = threats.at(i).toObject();
            const QStringList &row = records.at(i + 1);
            QCOMPARE(row.size(), 20);
            const QString id = threat.value(QLatin1String("id")).toString();
            QCOMPARE(row.at(col("id")), id); // the same threats in the same order as --json
            const QString name = threat.value(QLatin1String("name")).toString();
            if (!name.trimmed().isEmpty())
                QCOMPARE(row.at(col("name")), shown(name));
            QCOMPARE(row.at(col("file path")), shown(threat.value(QLatin1String("filePath")).toString()));
            QCOMPARE(row.at(col("console link")),
                m_url + QStringLiteral("/incidents/threats/%1/overview").arg(id));
            QCOMPARE(row.at(col("flagged")), QString()); // unknown without reading every threat's notes
            if (name.contains(u'"') || name.contains(u',')) {
                // On the wire: in double quotes, inner quotes doubled.
                QString field = shown(name);
                field.replace(QLatin1String("\""), QLatin1String("\"\""));
                QVERIFY2(
                    r.out.contains(QByteArray(',' + ('"' + field.toUtf8() + '"') + ',')), qPrintable(field));
                ++quoted;
            }
        }
        QVERIFY2(
            quoted > 0, "the simulator's threats have no name with a quote or a comma to check the quoting");
        QVERIFY(!r.err.contains(m_token.toUtf8()));
    }

    void listCsvAndJsonTogetherIsAUsageError()
    {
        for (const QStringList &args : {QStringList {QStringLiteral("threats"), QStringLiteral("list"),
                                            QStringLiteral("--csv"), QStringLiteral("--json")},
                 QStringList {QStringLiteral("--json"), QStringLiteral("threats"), QStringLiteral("list"),
                     QStringLiteral("--csv")}}) {
            const Result r = cli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.out.isEmpty(), r.out.constData());
            QVERIFY2(r.err.contains("--csv") && r.err.contains("--json"), r.err.constData());
        }
        QCOMPARE(requests(QStringLiteral("GET /web/api/v2.1/threats")), 0);
        const Result notes = cli({QStringLiteral("threats"), QStringLiteral("notes"), QStringLiteral("1"),
            QStringLiteral("--csv")});
        QCOMPARE(notes.exitCode, 2); // only threats list takes --csv
        QVERIFY2(notes.err.contains("Unknown option --csv"), notes.err.constData());
    }

    void wrongTokenExits3WithASentence()
    {
        const Result r = cli({QStringLiteral("threats"), QStringLiteral("list")}, m_url,
            QStringLiteral("ApiToken wrong-token"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("refused the API token"), r.err.constData());
        QVERIFY(r.err.contains("generate a new one"));
    }

    void htmlServerIsNotAConsole()
    {
        QTcpServer web; // an ordinary web site
        QVERIFY(web.listen(QHostAddress::LocalHost, 0));
        connect(&web, &QTcpServer::newConnection, this, [&web] {
            QTcpSocket *s = web.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                const QByteArray page = "<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>";
                s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                    + QByteArray::number(page.size()) + "\r\n\r\n" + page);
            });
        });
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("S1_URL"), QStringLiteral("http://127.0.0.1:%1/").arg(web.serverPort()));
        env.insert(QStringLiteral("S1_API_KEY"), QStringLiteral("abc"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(S1_CLI_EXE), {QStringLiteral("sites"), QStringLiteral("list")});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000);
        QCOMPARE(p.exitCode(), 4);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("is not a SentinelOne console"), err.constData());
    }

    void usageErrorsExit2()
    {
        QCOMPARE(cli({QStringLiteral("threats"), QStringLiteral("explode")}).exitCode, 2);
        QCOMPARE(cli({}).exitCode, 2);
        const Result noUrl = cli({QStringLiteral("sites"), QStringLiteral("list")}, QString(), m_token);
        QCOMPARE(noUrl.exitCode, 2);
        QVERIFY(noUrl.err.contains("S1_URL"));
        const Result badUrl = cli(
            {QStringLiteral("sites"), QStringLiteral("list")}, QStringLiteral("ftp://console"), m_token);
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY(badUrl.err.contains("Console URL"));
    }

    void flagThenUnflag()
    {
        const QJsonArray threats = QJsonDocument::fromJson(
            cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                                       .array();
        QStringList ids;
        for (int i = 0; i < 50; ++i)
            ids << threats.at(i * 7).toObject().value(QLatin1String("id")).toString();
        simControl("POST", QStringLiteral("/__sim/stats/reset"));
        const Result flag = cli(QStringList {QStringLiteral("threats"), QStringLiteral("flag")} + ids);
        QCOMPARE(flag.exitCode, 0);
        // Threats that already carry the flag (the simulator flags some) get no second note.
        static const QRegularExpression summary(QStringLiteral(
            "Flagged (\\d+) threats? for OpenCTI\\.(?: Already flagged: (\\d+) threats?\\.)?"));
        const QRegularExpressionMatch m = summary.match(QString::fromUtf8(flag.err));
        QVERIFY2(m.hasMatch(), flag.err.constData());
        QCOMPARE(m.captured(1).toInt() + m.captured(2).toInt(), 50);
        QCOMPARE(requests(QStringLiteral("POST /web/api/v2.1/threats/notes")), 1);
        // Again: every one is flagged already, nothing is posted.
        const Result again = cli(QStringList {QStringLiteral("threats"), QStringLiteral("flag")} + ids);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains("Already flagged: 50 threats."), again.err.constData());
        QCOMPARE(requests(QStringLiteral("POST /web/api/v2.1/threats/notes")), 1);

        const Result notes = cli(
            {QStringLiteral("threats"), QStringLiteral("notes"), ids.first(), QStringLiteral("--json")});
        QCOMPARE(notes.exitCode, 0);
        QVERIFY(notes.out.contains("[OpenCTI_add]"));

        const Result unflag = cli(QStringList {QStringLiteral("threats"), QStringLiteral("unflag")} + ids);
        QCOMPARE(unflag.exitCode, 0);
        const Result after = cli(
            {QStringLiteral("threats"), QStringLiteral("notes"), ids.first(), QStringLiteral("--json")});
        QVERIFY(!after.out.contains("[OpenCTI_add]"));
    }

    void sitesAndAccounts()
    {
        const Result sites = cli({QStringLiteral("sites"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(sites.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(sites.out).array().size() >= 2);
        const Result accounts = cli({QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(accounts.exitCode, 0);
        QVERIFY(accounts.out.startsWith("ACCOUNT ID"));
    }

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
        const QJsonArray afterSecond = openCtiObjects(QStringLiteral("incident"));
        QVERIFY(!afterSecond.isEmpty());
        QCOMPARE(distinctIds(afterSecond), afterSecond.size());

        const Result third = cliIn({QStringLiteral("run"), QStringLiteral("--once")}, env);
        QVERIFY2(third.exitCode == 0, third.err.constData());
        const QJsonArray afterThird = openCtiObjects(QStringLiteral("incident"));
        QCOMPARE(afterThird.size(), afterSecond.size());
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
