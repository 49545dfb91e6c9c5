// SPDX-License-Identifier: GPL-3.0-or-later
// s1bridge-cli as a user runs it, against s1bridge-sim as a separate process.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    QProcess m_sim;
    QString m_url;
    QString m_token;
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
        m_sim.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extra);
        m_sim.setProcessChannelMode(QProcess::SeparateChannels);
        m_sim.start();
        if (!m_sim.waitForStarted(10000))
            return false;
        QByteArray head;
        QElapsedTimer timer;
        timer.start();
        while (head.count('\n') < 2 && timer.elapsed() < 60000) {
            if (!m_sim.waitForReadyRead(60000))
                break;
            head += m_sim.readAllStandardOutput();
        }
        const QList<QByteArray> lines = head.split('\n');
        if (lines.size() < 2 || !lines.at(0).startsWith("S1_URL=") || !lines.at(1).startsWith("S1_API_KEY="))
            return false;
        m_url = QString::fromUtf8(lines.at(0).mid(7));
        m_token = QString::fromUtf8(lines.at(1).mid(11));
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
        return simControl("GET", QStringLiteral("/__sim/stats")).value(QLatin1String("requests")).toObject().value(key).toInt();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(startSim({QStringLiteral("--threats"), QStringLiteral("2500"), QStringLiteral("--seed"), QStringLiteral("3")}), "s1bridge-sim did not print its S1_URL/S1_API_KEY lines"); }
    void cleanupTestCase()
    {
        m_sim.terminate();
        QVERIFY(m_sim.waitForFinished(10000));
        QCOMPARE(m_sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_sim.exitCode(), 0);
    }
    void init() { simControl("POST", QStringLiteral("/__sim/faults"), R"({"spec":""})"); simControl("POST", QStringLiteral("/__sim/stats/reset")); }

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
        for (const char *text : {"Exit codes", "3  the console refused the token", "S1_API_KEY", "threats unflag"})
            QVERIFY2(r.out.contains(text), text);
    }

    void listJsonPrintsEveryThreatInThreeRequests()
    {
        const Result r = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error{};
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
        const Result r = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("-v")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2500);
        const QJsonObject stats = simControl("GET", QStringLiteral("/__sim/stats"));
        const int limited = stats.value(QLatin1String("faults")).toObject().value(QLatin1String("429")).toInt();
        QCOMPARE(stats.value(QLatin1String("requests")).toObject().value(QLatin1String("GET /web/api/v2.1/threats")).toInt(), 3 + limited);
        if (limited > 0)
            QVERIFY2(r.err.contains("retry"), r.err.constData());
        QVERIFY(!r.err.contains(m_token.toUtf8()));
    }

    void listFiltersAreSent()
    {
        const Result r = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--since"), QStringLiteral("P7D")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray recent = QJsonDocument::fromJson(r.out).array();
        QVERIFY(recent.size() > 0);
        QVERIFY(recent.size() < 2500);
        const QDateTime weekAgo = QDateTime::currentDateTimeUtc().addDays(-7).addSecs(-60);
        for (const QJsonValue &v : recent)
            QVERIFY(QDateTime::fromString(v.toObject().value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs) >= weekAgo);
        const Result bad = cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--since"), QStringLiteral("last tuesday")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--since"));
    }

    void wrongTokenExits3WithASentence()
    {
        const Result r = cli({QStringLiteral("threats"), QStringLiteral("list")}, m_url, QStringLiteral("ApiToken wrong-token"));
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
                s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(page.size()) + "\r\n\r\n" + page);
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
        const Result badUrl = cli({QStringLiteral("sites"), QStringLiteral("list")}, QStringLiteral("ftp://console"), m_token);
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY(badUrl.err.contains("Console URL"));
    }

    void flagThenUnflag()
    {
        const QJsonArray threats = QJsonDocument::fromJson(cli({QStringLiteral("threats"), QStringLiteral("list"), QStringLiteral("--json")}).out).array();
        QStringList ids;
        for (int i = 0; i < 50; ++i)
            ids << threats.at(i * 7).toObject().value(QLatin1String("id")).toString();
        simControl("POST", QStringLiteral("/__sim/stats/reset"));
        const Result flag = cli(QStringList{QStringLiteral("threats"), QStringLiteral("flag")} + ids);
        QCOMPARE(flag.exitCode, 0);
        QVERIFY2(flag.err.contains("Flagged 50 threats"), flag.err.constData());
        QCOMPARE(requests(QStringLiteral("POST /web/api/v2.1/threats/notes")), 1);

        const Result notes = cli({QStringLiteral("threats"), QStringLiteral("notes"), ids.first(), QStringLiteral("--json")});
        QCOMPARE(notes.exitCode, 0);
        QVERIFY(notes.out.contains("[OpenCTI_add]"));

        const Result unflag = cli(QStringList{QStringLiteral("threats"), QStringLiteral("unflag")} + ids);
        QCOMPARE(unflag.exitCode, 0);
        const Result after = cli({QStringLiteral("threats"), QStringLiteral("notes"), ids.first(), QStringLiteral("--json")});
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
