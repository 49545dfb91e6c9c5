// SPDX-License-Identifier: GPL-3.0-or-later
// s1bridge-cli as a user runs it, against s1bridge-sim as a separate process: help, exit codes, the
// terminal, threats (list, CSV, flag), sites and accounts.
#include "CliFixture.h"

class TestCli : public CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startSuiteSim(); }
    void cleanupTestCase() { stopSuiteSim(); }
    void init() { resetSim(); }

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
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
