// SPDX-License-Identifier: GPL-3.0-or-later
// The IOC commands of s1bridge-cli (iocs, sources, rules, sharing) as a user runs them, against s1bridge-sim
// as a separate process, with a private data folder per test.
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliIocs : public QObject
{
    Q_OBJECT

    QProcess m_sim;
    QString m_url;
    QString m_token;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_home; // XDG data and config of one test

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    bool startSim(const QStringList &extra)
    {
        m_sim.setProgram(QStringLiteral(S1_SIM_EXE));
        m_sim.setArguments(QStringList {u"--port"_s, u"0"_s} + extra);
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

    Result cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"S1_URL"_s, m_url);
        env.insert(u"S1_API_KEY"_s, m_token);
        env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(S1_CLI_EXE), args);
        Result r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_home->filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    int putFeed(const QString &name, const QByteArray &content)
    {
        QNetworkRequest req(QUrl(m_url + u"/__sim/feeds/"_s + name));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        QNetworkReply *reply = m_nam.put(req, content);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static QString feedback(const Result &r)
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode)
            .arg(QString::fromUtf8(r.out.left(2000)), QString::fromUtf8(r.err.left(2000)));
    }

    // The source NAME of `sources list --json`.
    QJsonObject source(const QString &name)
    {
        const Result r = cli({u"sources"_s, u"list"_s, u"--json"_s});
        for (const QJsonValue &v : r.json().array())
            if (v[u"name"_s].toString() == name)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startSim({u"--threats"_s, u"300"_s, u"--seed"_s, u"5"_s}), "s1bridge-sim did not start");
    }
    void cleanupTestCase()
    {
        m_sim.terminate();
        QVERIFY(m_sim.waitForFinished(10000));
    }
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void helpOfEachGroup_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("iocs") << QStringList {u"iocs"_s, u"--help"_s} << u"retract VALUE..."_s;
        QTest::newRow("iocs add") << QStringList {u"iocs"_s, u"add"_s, u"--help"_s} << u"--skip-invalid"_s;
        QTest::newRow("sources add") << QStringList {u"sources"_s, u"add"_s, u"--help"_s} << u"--hashes"_s;
        QTest::newRow("rules add") << QStringList {u"rules"_s, u"add"_s, u"--help"_s}
                                   << u"--exclusion-list"_s;
        QTest::newRow("sharing") << QStringList {u"sharing"_s, u"--help"_s} << u"import FILE"_s;
        QTest::newRow("top") << QStringList {u"--help"_s} << u"sources pull NAME"_s;
    }
    void helpOfEachGroup()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Result r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(expected), qPrintable(feedback(r)));
    }

    void addImportListShowRetract()
    {
        const QString hash = u"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;
        // A refused value: listed with its reason, nothing stored, exit 2, stdout empty.
        Result r = cli({u"iocs"_s, u"add"_s, u"sha256"_s, hash.toUpper(), u"xyz"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("xyz: "), qPrintable(feedback(r)));
        r = cli({u"iocs"_s, u"add"_s, u"nosuchtype"_s, u"x"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("SHA256, SHA1, MD5, URL, DNS, IPV4, IPV6"), qPrintable(feedback(r)));
        r = cli({u"iocs"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 0);

        r = cli({u"iocs"_s, u"add"_s, u"sha256"_s, hash.toUpper(), u"--labels"_s, u"malware"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), "1 new, 0 updated, 0 unchanged, 0 rejected");
        r = cli({u"iocs"_s, u"add"_s, u"dns"_s, u"Evil.Example.COM."_s, u"hxxp://bad[.]example.net/x"_s,
            u"--skip-invalid"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), "1 new, 0 updated, 0 unchanged, 1 rejected");

        const QString file = write(u"list.txt"_s,
            "# indicators\n10.1.2.3\nhttps://phish.example.org/login\n" + hash.toUtf8() + "\n");
        r = cli({u"iocs"_s, u"import"_s, file, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[u"new"_s].toInt(), 2);
        QCOMPARE(r.json()[u"unchanged"_s].toInt() + r.json()[u"updated"_s].toInt(), 1);

        r = cli({u"iocs"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("TYPE"), qPrintable(feedback(r)));
        QCOMPARE(r.out.count('\n'), 5); // the header and 4 IOCs
        QVERIFY(r.out.contains("evil.example.com"));
        r = cli({u"iocs"_s, u"list"_s, u"--type"_s, u"ipv4,url"_s, u"--csv"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("type,value,sources,"), qPrintable(feedback(r)));
        QCOMPARE(r.out.count("\r\n"), 3);
        r = cli({u"iocs"_s, u"list"_s, u"--source"_s, u"nope"_s});
        QCOMPARE(r.exitCode, 2);

        r = cli({u"iocs"_s, u"show"_s, hash.toUpper(), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = r.json().array().first().toObject();
        QCOMPARE(shown[u"type"_s].toString(), u"SHA256"_s);
        QCOMPARE(shown[u"labels"_s].toArray().first().toString(), u"malware"_s);
        QCOMPARE(shown[u"provenance"_s].toArray().first()[u"source"_s].toString(), u"manual"_s);
        r = cli({u"iocs"_s, u"show"_s, u"evil.example.com"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Sources:") && r.out.contains("manual"), qPrintable(feedback(r)));

        r = cli({u"iocs"_s, u"retract"_s, hash, u"not-there.example.com"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not-there.example.com: not in the IOC store"));
        r = cli({u"iocs"_s, u"retract"_s, hash});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("nothing to retract"), qPrintable(feedback(r)));
    }

    void brokenLinesAreNamed()
    {
        const QString file = write(u"broken.txt"_s,
            "10.0.0.1\n010.1.1.1\nexample.com\nnot a value at all\n192.0.2.0/24\n"
            "d41d8cd98f00b204e9800998ecf8427e\n");
        Result r = cli({u"iocs"_s, u"import"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        for (int line : {2, 4, 5, 6})
            QVERIFY2(r.err.contains((file + u":%1: "_s.arg(line)).toUtf8()), qPrintable(feedback(r)));
        QVERIFY(!r.err.contains((file + u":1: "_s).toUtf8()));
        QVERIFY(r.err.contains("nothing was stored"));
        r = cli({u"iocs"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.json().array().size(), 0);

        r = cli({u"iocs"_s, u"import"_s, file, u"--skip-invalid"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), "2 new, 0 updated, 0 unchanged, 4 rejected");

        const QString csv = write(u"nocolumn.csv"_s, "name,comment\nfoo,bar\n");
        r = cli({u"iocs"_s, u"import"_s, csv, u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(csv.toUtf8()), qPrintable(feedback(r)));

        r = cli({u"iocs"_s, u"import"_s, u"ftp://example.com/feed.txt"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not an http(s) URL"), qPrintable(feedback(r)));
        r = cli({u"sources"_s, u"add"_s, u"f"_s, u"feed"_s, u"--url"_s, u"gopher://x/y"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("settings.url"), qPrintable(feedback(r)));
        r = cli({u"sources"_s, u"add"_s, u"f"_s, u"feed"_s, u"--url"_s, m_url, u"--days"_s, u"3"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--days"), qPrintable(feedback(r)));
    }

    void feedPullTwice()
    {
        const QString url = m_url + u"/__sim/feeds/threatfox.csv"_s;
        Result r
            = cli({u"sources"_s, u"add"_s, u"tf"_s, u"feed"_s, u"--url"_s, url, u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"sources"_s, u"pull"_s, u"tf"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const int first = r.json()[u"new"_s].toInt();
        QVERIFY2(first > 0, qPrintable(feedback(r)));
        QCOMPARE(r.json()[u"notModified"_s].toBool(), false);
        QVERIFY(source(u"tf"_s)[u"checkpoint"_s].toString().contains(u"etag"_s));

        r = cli({u"sources"_s, u"pull"_s, u"tf"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("not modified"), qPrintable(feedback(r)));

        // A new content: what it no longer lists stops being reported by the feed.
        QCOMPARE(putFeed(u"threatfox.csv"_s, "value,type\n203.0.113.77,ip\n"), 200);
        r = cli({u"sources"_s, u"pull"_s, u"tf"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[u"new"_s].toInt(), 1);
        QCOMPARE(r.json()[u"noLongerListed"_s].toInt(), first);
        r = cli({u"iocs"_s, u"list"_s, u"--source"_s, u"tf"_s, u"--json"_s});
        QCOMPARE(r.json().array().size(), 1);

        // A file feed: re-read, an unchanged file changes nothing.
        const QString file = write(u"feed.txt"_s, "198.51.100.9\nbad.example.net\n");
        r = cli({u"sources"_s, u"add"_s, u"local"_s, u"feed"_s, u"--file"_s, file});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"sources"_s, u"pull"_s, u"local"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("local: 2 new"), qPrintable(feedback(r)));
        r = cli({u"sources"_s, u"pull"_s, u"local"_s});
        QVERIFY2(r.out.contains("not modified"), qPrintable(feedback(r)));

        r = cli({u"sources"_s, u"pull"_s, u"manual-one"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void threatsPullKeepsACheckpoint()
    {
        Result r = cli({u"sources"_s, u"add"_s, u"console"_s, u"s1-threats"_s, u"--days"_s, u"60"_s,
            u"--hashes"_s, u"sha256,md5"_s, u"--verdicts"_s, u"all"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"sources"_s, u"add"_s, u"x"_s, u"s1-threats"_s, u"--hashes"_s, u"sha512"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--hashes"));

        r = cli({u"sources"_s, u"pull"_s, u"console"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const int pulled = r.json()[u"new"_s].toInt();
        QVERIFY2(pulled > 0, qPrintable(feedback(r)));
        const QJsonObject src = source(u"console"_s);
        QVERIFY(QDateTime::fromString(src[u"checkpoint"_s].toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(src[u"lastPullState"_s].toString(), u"succeeded"_s);
        QCOMPARE(src[u"iocs"_s].toInt(), pulled);

        r = cli({u"iocs"_s, u"list"_s, u"--source"_s, u"console"_s, u"--type"_s, u"sha256"_s, u"--json"_s});
        const QJsonArray sha256 = r.json().array();
        QVERIFY(!sha256.isEmpty());
        QVERIFY(sha256.first()[u"value"_s].toString().size() == 64);
        r = cli({u"iocs"_s, u"list"_s, u"--source"_s, u"console"_s, u"--type"_s, u"sha1"_s, u"--json"_s});
        QCOMPARE(r.json().array().size(), 0);

        // From the checkpoint: nothing new since.
        r = cli({u"sources"_s, u"pull"_s, u"console"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[u"new"_s].toInt(), 0);
    }

    void rulesAndSharingRoundTrip()
    {
        QVERIFY(cli({u"iocs"_s, u"add"_s, u"md5"_s, u"44d88612fea8a8f36de82e1278abb02f"_s}).exitCode == 0);
        Result r = cli(
            {u"sources"_s, u"add"_s, u"tf"_s, u"feed"_s, u"--url"_s, m_url + u"/__sim/feeds/stix.json"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"rules"_s, u"add"_s, u"hashes"_s, u"--types"_s, u"sha256,md5"_s, u"--sources"_s,
            u"manual,tf"_s, u"--exclusion-list"_s, u"example.org"_s, u"--exclusion-list"_s, u"10.0.0.0/8"_s,
            u"--min-score"_s, u"0"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        r = cli({u"rules"_s, u"add"_s, u"bad"_s, u"--types"_s, u"sha512"_s, u"--sources"_s, u"nope"_s,
            u"--min-severity"_s, u"high"_s});
        QCOMPARE(r.exitCode, 2);
        for (const char *field : {"types", "sources", "--min-severity"})
            QVERIFY2(r.err.contains(field), qPrintable(feedback(r)));
        QVERIFY(r.out.isEmpty());
        r = cli({u"rules"_s, u"show"_s, u"hashes"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json()[u"sources"_s].toArray(), QJsonArray({u"manual"_s, u"tf"_s}));
        QCOMPARE(r.json()[u"matchingIocs"_s].toInt(), 0); // no score on a manual value

        const QString setup = write(u"setup.json"_s,
            "{\"format\": \"s1bridge-exchange\", \"version\": 1,"
            "\"sources\": [{\"name\": \"extra\", \"kind\": \"manual\", \"settings\": {}}],"
            "\"rules\": [{\"name\": \"everything\", \"definition\": {}}],"
            "\"sharing\": [{\"name\": \"to-console\", \"definition\": {\"sources\": [\"tf\", \"extra\"], "
            "\"rule\": \"everything\","
            "\"enabled\": true, \"destination\": {\"kind\": \"s1-threat-intel\", \"target\": {\"scope\": "
            "\"site:1\"}}}}]}");
        r = cli({u"sharing"_s, u"import"_s, setup});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        r = cli({u"sharing"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.json().array().size(), 1);
        r = cli({u"sharing"_s, u"show"_s, u"to-console"_s});
        QCOMPARE(r.exitCode, 0);

        r = cli({u"sharing"_s, u"export"_s});
        QCOMPARE(r.exitCode, 0);
        const QByteArray exported = r.out;
        const QJsonObject document = QJsonDocument::fromJson(exported).object();
        QCOMPARE(document[u"sources"_s].toArray().size(), 3);
        QCOMPARE(document[u"rules"_s].toArray().size(), 2);
        QCOMPARE(document[u"sharing"_s].toArray().first()[u"definition"_s][u"sources"_s].toArray(),
            QJsonArray({u"tf"_s, u"extra"_s}));

        // Into an empty data folder: the same document comes out again.
        const QString path = write(u"exported.json"_s, exported);
        const std::unique_ptr<QTemporaryDir> first = std::exchange(m_home, std::make_unique<QTemporaryDir>());
        r = cli({u"sharing"_s, u"import"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        r = cli({u"sharing"_s, u"export"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out), QJsonDocument::fromJson(exported));

        // A broken document: every problem named, nothing written.
        const QString broken = write(u"broken.json"_s,
            "{\"format\": \"s1bridge-exchange\", \"version\": 1,"
            "\"sources\": [{\"name\": \"new-feed\", \"kind\": \"feed\", \"settings\": {\"url\": "
            "\"ftp://x/y\"}}],"
            "\"rules\": [{\"name\": \"r2\", \"definition\": {\"types\": [\"SHA512\"]}}],"
            "\"sharing\": [{\"name\": \"s2\", \"definition\": {\"rule\": \"missing\"}}]}");
        r = cli({u"sharing"_s, u"import"_s, broken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        for (const char *place : {"sources[0].settings.url", "rules[0] (r2): types",
                 "sharing[0].definition.destination", "definition.rule"})
            QVERIFY2(r.err.contains(place), qPrintable(feedback(r)));
        r = cli({u"sources"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.json().array().size(), 3);

        r = cli({u"rules"_s, u"remove"_s, u"everything"_s});
        QCOMPARE(r.exitCode, 2); // used by to-console
        QVERIFY(cli({u"sharing"_s, u"remove"_s, u"to-console"_s}).exitCode == 0);
        QVERIFY(cli({u"rules"_s, u"remove"_s, u"everything"_s}).exitCode == 0);
    }
};

QTEST_GUILESS_MAIN(TestCliIocs)
#include "tst_cli_iocs.moc"
