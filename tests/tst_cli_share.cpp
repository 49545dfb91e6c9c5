// SPDX-License-Identifier: GPL-3.0-or-later
// Sharing IOCs to the console from s1bridge-cli (iocs push, sharing add/test/run) as a user runs them,
// against s1bridge-sim as a separate process: what the console holds, how many POSTs it received, a
// 403 multi-scope token, and a push killed with SIGKILL again and again, then resumed.
#include "CliTestSupport.h"
#include "config/ProfileStore.h"
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
const QString kMultiScopeToken = u"multi-scope-token-for-tests"_s;
}

class TestCliShare : public QObject
{
    Q_OBJECT

    using Sim = clitest::Sim;
    Sim m_sim; // the suite's
    QString m_account; // "account:ID" of the simulated tenant
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_home; // XDG data and config of one test
    bool m_withOpenCti = false; // the environment names the simulator's OpenCTI too

    using Result = clitest::Result;

    static bool startSim(Sim *sim, const QStringList &extra)
    {
        return sim->start(QStringList {u"--threats"_s, u"20"_s} + extra);
    }

    QProcessEnvironment environment(const Sim &sim, const QString &token = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (m_withOpenCti) {
            env.insert(u"OPENCTI_URL"_s, sim.openCtiUrl);
            env.insert(u"OPENCTI_TOKEN"_s, sim.openCtiToken);
            env.insert(u"CONNECTOR_ID"_s, sim.connectorId);
        }
        env.insert(u"S1_URL"_s, sim.url);
        env.insert(u"S1_API_KEY"_s, token.isEmpty() ? sim.token : token);
        env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
        return env;
    }

    Result cli(const QStringList &args, const QString &token = {}, const Sim *sim = nullptr)
    {
        return clitest::runCli(environment(sim ? *sim : m_sim, token), args);
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_home->filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    QJsonObject get(const Sim &sim, const QString &path, const QUrlQuery &query = {})
    {
        return clitest::get(m_nam, sim, path, query);
    }

    qint64 simStat(const Sim &sim, const QString &name)
    {
        return get(sim, u"/__sim/stats"_s).value(u"iocs"_s).toObject().value(name).toInteger(-1);
    }

    // Every IOC value the console holds in the account (paged through).
    QStringList consoleValues(const Sim &sim)
    {
        QStringList values;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            QUrlQuery q;
            q.addQueryItem(u"accountIds"_s, m_account.section(u':', 1));
            q.addQueryItem(u"limit"_s, u"1000"_s);
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            const QJsonObject answer = get(sim, u"/web/api/v2.1/threat-intelligence/iocs"_s, q);
            for (const QJsonValue &v : answer.value(u"data"_s).toArray())
                values << v[u"value"_s].toString();
            cursor = answer.value(u"pagination"_s)[u"nextCursor"_s].toString();
            if (cursor.isEmpty())
                break;
        }
        return values;
    }

    // The simulated OpenCTI's indicators whose pattern holds `part`: standard_id -> how many.
    QHash<QString, int> openCtiIndicators(const Sim &sim, const QString &part)
    {
        QHash<QString, int> ids;
        QString after;
        for (int page = 0; page < 100; ++page) {
            QJsonObject variables {{u"first"_s, 5000}};
            if (!after.isEmpty())
                variables.insert(u"after"_s, after);
            const QJsonObject body {{u"query"_s,
                                        u"query Ours($first: Int, $after: ID) { indicators(first: $first, "
                                        u"after: $after) { edges { node { standard_id pattern } } "
                                        u"pageInfo { endCursor hasNextPage } } }"_s},
                {u"variables"_s, variables}};
            QNetworkRequest req(QUrl(sim.openCtiUrl + u"/graphql"_s));
            req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            req.setRawHeader("Authorization", "Bearer " + sim.openCtiToken.toUtf8());
            QNetworkReply *reply = m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(30000);
            reply->deleteLater();
            const QJsonObject connection
                = QJsonDocument::fromJson(reply->readAll()).object()[u"data"_s][u"indicators"_s].toObject();
            for (const QJsonValue &edge : connection[u"edges"_s].toArray()) {
                if (edge[u"node"_s][u"pattern"_s].toString().contains(part))
                    ++ids[edge[u"node"_s][u"standard_id"_s].toString()];
            }
            if (!connection[u"pageInfo"_s][u"hasNextPage"_s].toBool())
                break;
            after = connection[u"pageInfo"_s][u"endCursor"_s].toString();
        }
        return ids;
    }

    qint64 simRequests(const Sim &sim, const QString &operation)
    {
        return get(sim, u"/__sim/stats"_s).value(u"requests"_s).toObject().value(operation).toInteger(0);
    }

    static QString feedback(const Result &r) { return r.feedback(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            startSim(&m_sim, {u"--multi-scope-token"_s, kMultiScopeToken}), "s1bridge-sim did not start");
        const QJsonArray accounts = get(m_sim, u"/web/api/v2.1/accounts"_s).value(u"data"_s).toArray();
        QVERIFY(!accounts.isEmpty());
        m_account = u"account:"_s + accounts.first()[u"id"_s].toString();
    }
    void cleanupTestCase() { m_sim.stop(); }
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_withOpenCti = false;
    }

    // A file's valid values reach the console; refused lines are named; the same file again sends nothing.
    void pushFileThenAgain()
    {
        const QStringList valid {u"0123456789abcdef0123456789abcdef"_s, u"http://push.example.com/a"_s,
            u"203.0.113.7"_s, u"push-test.example.net"_s,
            u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"_s};
        const QString path = write(u"push.txt"_s,
            (valid.mid(0, 2).join(u'\n') + u"\nnot a value\n"_s + valid.mid(2).join(u'\n')
                + u"\n010.1.2.3\n"_s)
                .toUtf8());
        const qint64 postsBefore = simStat(m_sim, u"postsReceived"_s);
        Result r
            = cli({u"iocs"_s, u"push"_s, path, u"--scope"_s, m_account, u"--source-text"_s, u"cli test"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        QVERIFY2(r.out.contains("5 new, 0 updated, 0 unchanged, 2 rejected"), qPrintable(feedback(r)));
        QVERIFY2(r.out.contains("5 created"), qPrintable(feedback(r)));
        QVERIFY2(r.err.contains("push.txt:3: ") && r.err.contains("push.txt:7: "), qPrintable(feedback(r)));
        QCOMPARE(simStat(m_sim, u"postsReceived"_s), postsBefore + 1);
        QStringList held = consoleValues(m_sim);
        for (const QString &value : valid)
            QVERIFY2(held.contains(value), qPrintable(value));
        QCOMPARE(held.size(), valid.size());

        r = cli({u"iocs"_s, u"push"_s, path, u"--scope"_s, m_account, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        QCOMPARE(r.json()[u"posts"_s].toInt(), 0);
        QCOMPARE(r.json()[u"unchanged"_s].toInt(), 5);
        QCOMPARE(simStat(m_sim, u"postsReceived"_s), postsBefore + 1); // 0 POSTs
        QCOMPARE(consoleValues(m_sim).size(), valid.size());

        // --dry-run: what a new value would do, nothing sent.
        const QString more = write(u"more.txt"_s, "198.51.100.200\n");
        r = cli({u"iocs"_s, u"push"_s, more, u"--scope"_s, m_account, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        QVERIFY2(r.out.contains("Would create: 1") && r.out.contains("IPV4 198.51.100.200"),
            qPrintable(feedback(r)));
        QCOMPARE(simStat(m_sim, u"postsReceived"_s), postsBefore + 1);

        r = cli({u"iocs"_s, u"push"_s, path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--scope"));
    }

    void sharingAddTestRun()
    {
        Result r = cli({u"sources"_s, u"add"_s, u"tf"_s, u"feed"_s, u"--url"_s,
            m_sim.url + u"/__sim/feeds/stix.json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        r = cli({u"sources"_s, u"pull"_s, u"tf"_s});
        // The feed has one refused line (a two-value pattern): exit 4, the rest stored.
        QVERIFY2(r.err.contains("Pulled 6 IOCs"), qPrintable(feedback(r)));

        // Problems named by field; nothing saved.
        r = cli({u"sharing"_s, u"add"_s, u"s"_s, u"--scope"_s, u"site:"_s, u"--sources"_s, u"tf,nope"_s,
            u"--rule"_s, u"missing"_s, u"--valid-days"_s, u"IPV5=3"_s, u"--batch-size"_s, u"0"_s,
            u"--to-profile"_s, u"nobody"_s});
        QCOMPARE(r.exitCode, 2);
        for (const char *field :
            {"--scope", "--sources", "--rule", "--valid-days", "--batch-size", "--to-profile"})
            QVERIFY2(r.err.contains(field), qPrintable(feedback(r)));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(cli({u"sharing"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);

        r = cli({u"sharing"_s, u"add"_s, u"s"_s, u"--scope"_s, m_account, u"--sources"_s, u"tf"_s,
            u"--valid-days"_s, u"IPV4=90,SHA256=30"_s, u"--batch-size"_s, u"100"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        QVERIFY2(r.err.contains("IPV4: 90 days asked") && r.err.contains("at most 30 days"),
            qPrintable(feedback(r)));
        QVERIFY2(!r.err.contains("SHA256: 30"), qPrintable(feedback(r)));
        r = cli({u"sharing"_s, u"show"_s, u"s"_s, u"--json"_s});
        QCOMPARE(r.json()[u"definition"_s][u"batchSize"_s].toInt(), 100);
        // The destination is the console the sources belong to (here the environment's): only its
        // run shares it.
        QCOMPARE(r.json()[u"definition"_s][u"destination"_s][u"target"_s][u"profileId"_s].toString(),
            u"env-"_s + QUrl(m_sim.url).host());

        const qint64 posts = simStat(m_sim, u"postsReceived"_s);
        const qint64 stored = simStat(m_sim, u"stored"_s);
        r = cli({u"sharing"_s, u"test"_s, u"s"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        const int toCreate = r.json()[u"create"_s].toInt();
        QVERIFY2(toCreate > 0, qPrintable(feedback(r)));
        QCOMPARE(r.json()[u"samples"_s][u"create"_s].toArray().size(), std::min(toCreate, 10));
        r = cli({u"sharing"_s, u"run"_s, u"s"_s, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0
                && r.out.contains(QByteArray("Would create: ").append(QByteArray::number(toCreate))),
            qPrintable(feedback(r)));
        QCOMPARE(simStat(m_sim, u"postsReceived"_s), posts); // the test and the dry run sent nothing

        r = cli({u"sharing"_s, u"run"_s, u"s"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        QCOMPARE(r.json()[u"created"_s].toInt(), toCreate);
        QCOMPARE(simStat(m_sim, u"stored"_s), stored + toCreate);
        r = cli({u"sharing"_s, u"run"_s, u"s"_s});
        QVERIFY2(r.exitCode == 0 && r.out.contains("0 created"), qPrintable(feedback(r)));
        QCOMPARE(simStat(m_sim, u"postsReceived"_s), posts + 1);

        r = cli({u"sharing"_s, u"run"_s, u"nothing"_s});
        QCOMPARE(r.exitCode, 2);
    }

    // sharing import validates the configurations as SharingConfig does, naming the place.
    void importValidatesSharing()
    {
        const QString doc = write(u"bad.json"_s,
            "{\"format\": \"s1bridge-exchange\", \"version\": 1, \"sharing\": [{\"name\": \"x\", "
            "\"definition\": "
            "{\"destination\": {\"kind\": \"s1-threat-intel\", \"target\": {\"scope\": \"site:1\"}}, "
            "\"batchSize\": 9000, \"agingDays\": {\"IPV5\": 3}}}]}");
        const Result r = cli({u"sharing"_s, u"import"_s, doc});
        QCOMPARE(r.exitCode, 2);
        for (const char *place : {"sharing[0].definition.batchSize", "sharing[0].definition.agingDays.IPV5"})
            QVERIFY2(r.err.contains(place), qPrintable(feedback(r)));
    }

    // sharing add --destination file: options named in every problem; run writes the whole file (CSV,
    // then the same bytes again); list and show say where in words; a STIX file is a bundle.
    void sharingToFile()
    {
        Result r = cli({u"sources"_s, u"add"_s, u"tf"_s, u"feed"_s, u"--url"_s,
            m_sim.url + u"/__sim/feeds/stix.json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        r = cli({u"sources"_s, u"pull"_s, u"tf"_s});
        QVERIFY2(r.err.contains("Pulled 6 IOCs"), qPrintable(feedback(r)));

        r = cli({u"sharing"_s, u"add"_s, u"f"_s, u"--destination"_s, u"file"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--path: required"), qPrintable(feedback(r)));
        r = cli({u"sharing"_s, u"add"_s, u"f"_s, u"--destination"_s, u"file"_s, u"--path"_s, u"out.csv"_s,
            u"--format"_s, u"xml"_s, u"--scope"_s, m_account});
        QCOMPARE(r.exitCode, 2);
        for (const char *text : {"--path: \"out.csv\" is relative", "--format: \"xml\"", "--scope: only"})
            QVERIFY2(r.err.contains(text), qPrintable(feedback(r)));
        r = cli({u"sharing"_s, u"add"_s, u"f"_s, u"--destination"_s, u"ftp"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--destination: \"ftp\""), qPrintable(feedback(r)));
        r = cli({u"sharing"_s, u"add"_s, u"f"_s, u"--destination"_s, u"file"_s, u"--path"_s,
            m_home->filePath(u"nowhere/out.csv"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--path: the directory") && r.err.contains("does not exist"),
            qPrintable(feedback(r)));
        QCOMPARE(cli({u"sharing"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);

        const QString csv = m_home->filePath(u"iocs.csv"_s);
        r = cli({u"sharing"_s, u"add"_s, u"f"_s, u"--destination"_s, u"file"_s, u"--path"_s, csv,
            u"--sources"_s, u"tf"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        r = cli({u"sharing"_s, u"run"_s, u"f"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        const int created = r.json()[u"created"_s].toInt();
        QVERIFY2(created > 0, qPrintable(feedback(r)));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray first = file.readAll();
        file.close();
        QVERIFY(first.startsWith(
            "type,value,name,description,severity,score,labels,valid_until,first_seen,last_seen,link\r\n"));
        QCOMPARE(int(first.count("\r\n")), created + 1); // no field of this feed holds a line break

        r = cli({u"sharing"_s, u"run"_s, u"f"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        QCOMPARE(r.json()[u"unchanged"_s].toInt(), created);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), first);
        file.close();

        r = cli({u"sharing"_s, u"list"_s});
        QVERIFY2(r.out.contains(QByteArray("CSV file " + csv.toUtf8())), qPrintable(feedback(r)));
        r = cli({u"sharing"_s, u"show"_s, u"f"_s});
        QVERIFY2(
            r.out.contains(QByteArray("Destination: CSV file " + csv.toUtf8())), qPrintable(feedback(r)));

        // --destination opencti: the profile's OpenCTI (here the environment's profile), no scope.
        r = cli({u"sharing"_s, u"add"_s, u"o"_s, u"--destination"_s, u"opencti"_s, u"--sources"_s, u"tf"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        r = cli({u"sharing"_s, u"show"_s, u"o"_s, u"--json"_s});
        QCOMPARE(r.json()[u"definition"_s][u"destination"_s][u"kind"_s].toString(), u"opencti"_s);
        QCOMPARE(r.json()[u"definition"_s][u"destination"_s][u"target"_s].toObject(),
            QJsonObject({{u"profileId"_s, QString(u"env-"_s + QUrl(m_sim.url).host())}}));

        const QString stix = m_home->filePath(u"iocs.json"_s);
        r = cli({u"sharing"_s, u"add"_s, u"g"_s, u"--destination"_s, u"file"_s, u"--path"_s, stix,
            u"--format"_s, u"stix"_s, u"--sources"_s, u"tf"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        r = cli({u"sharing"_s, u"run"_s, u"g"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        QFile bundle(stix);
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(bundle.readAll()).object();
        QCOMPARE(json[u"type"_s].toString(), u"bundle"_s);
        int indicators = 0;
        for (const QJsonValue &o : json[u"objects"_s].toArray())
            indicators += o[u"type"_s].toString() == u"indicator" ? 1 : 0;
        QCOMPARE(indicators, created);
    }

    // A token spanning several scopes: SentinelOne refuses the POST; the sentence says to pick a scope.
    void multiScopeTokenIsASentence()
    {
        const QString path = write(u"one.txt"_s, "203.0.113.77\n");
        const Result r = cli({u"iocs"_s, u"push"_s, path, u"--scope"_s, m_account}, kMultiScopeToken);
        QVERIFY2(r.exitCode == 3, qPrintable(feedback(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(feedback(r)));
        QVERIFY2(r.err.contains("Choose one account or one site as the scope"), qPrintable(feedback(r)));
    }

    // SIGKILL at seeded random moments after a POST, then the same command again: in the end the
    // console holds every IOC exactly once and no IOC was received twice.
    // `run` with a profile that does not send to OpenCTI: its IOC pulls still run on the period;
    // a profile with neither is refused with the OpenCTI sentence and an empty stdout.
    void runWithoutOpenCti()
    {
        config::ProfileStore store(m_home->filePath(u"config/S1Bridge/s1bridge/s1bridge.ini"_s));
        QString error;
        for (const QString &name : {u"IOC only"_s, u"Nothing"_s}) {
            config::Profile profile;
            profile.id = config::Profile::newId();
            profile.name = name;
            profile.consoleUrl = QUrl(m_sim.url);
            profile.connectorId = config::Profile::newId();
            QVERIFY2(store.save(profile, &error), qPrintable(error));
        }
        const Result add = cli({u"sources"_s, u"add"_s, u"list"_s, u"feed"_s, u"--url"_s,
            m_sim.url + u"/__sim/feeds/blocklist.txt"_s, u"--profile"_s, u"IOC only"_s});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const Result run = cli({u"run"_s, u"--once"_s, u"--profile"_s, u"IOC only"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Result list = cli({u"sources"_s, u"list"_s, u"--json"_s, u"--profile"_s, u"IOC only"_s});
        QVERIFY2(list.out.contains("succeeded"), list.out.constData());

        const Result nothing = cli({u"run"_s, u"--once"_s, u"--profile"_s, u"Nothing"_s});
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY(nothing.out.isEmpty());
        QVERIFY2(nothing.err.contains("does not send to OpenCTI"), nothing.err.constData());
    }

    // Configured by the environment (S1_URL, S1_API_KEY, no OpenCTI): the sources added without
    // --profile belong to "env-<console host>", and run pulls them under that same id.
    void runFromTheEnvironment()
    {
        const Result nothing = cli({u"run"_s, u"--once"_s});
        QVERIFY2(nothing.exitCode != 0, feedback(nothing).toUtf8().constData());
        QVERIFY(nothing.out.isEmpty());
        QVERIFY2(nothing.err.contains("OPENCTI_URL") || nothing.err.contains("CONNECTOR_ID"),
            nothing.err.constData());

        const Result add = cli({u"sources"_s, u"add"_s, u"envlist"_s, u"feed"_s, u"--url"_s,
            m_sim.url + u"/__sim/feeds/blocklist.txt"_s});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const Result run = cli({u"run"_s, u"--once"_s});
        QVERIFY2(run.exitCode == 0, feedback(run).toUtf8().constData());
        QVERIFY2(run.err.contains("no OpenCTI import"), run.err.constData());
        const Result list = cli({u"sources"_s, u"list"_s, u"--json"_s});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray sources = list.json().array();
        QCOMPARE(sources.size(), 1);
        QVERIFY2(list.out.contains("succeeded"), list.out.constData());
        const Result iocs = cli({u"iocs"_s, u"list"_s, u"--source"_s, u"envlist"_s, u"--json"_s});
        QVERIFY2(iocs.exitCode == 0, iocs.err.constData());
        QVERIFY2(!iocs.json().array().isEmpty(), iocs.out.constData());
    }

    void killedPushResumes()
    {
        Sim sim;
        // Every answer 200 ms late: 80 POSTs take 16 s at least, so five kill rounds (each at most
        // 1.5 s after a POST) always find the push still running, however fast the machine is.
        QVERIFY2(startSim(&sim, {u"--ti-rate-limit"_s, u"600"_s, u"--faults"_s, u"delay-ms=200"_s}),
            "s1bridge-sim did not start");
        constexpr int count = 20000;
        QByteArray content;
        for (int i = 0; i < count; ++i)
            content += QByteArray::number(0x10000000 + i, 16).rightJustified(64, 'c') + '\n';
        const QString path = write(u"many.txt"_s, content);
        const QStringList args {u"iocs"_s, u"push"_s, path, u"--scope"_s, m_account, u"--batch-size"_s,
            u"250"_s, u"--requests-per-minute"_s, u"600"_s};
        const quint32 seed = qEnvironmentVariableIsSet("S1_TEST_SEED")
            ? quint32(qEnvironmentVariableIntValue("S1_TEST_SEED"))
            : QRandomGenerator::global()->generate() % 100000;
        qInfo("seed %u (S1_TEST_SEED=%u repeats this run)", seed, seed);
        QRandomGenerator random(seed);
        int kills = 0;
        for (int round = 0; round < 8 && kills < 5; ++round) {
            const qint64 postsBefore = simStat(sim, u"postsReceived"_s);
            QProcess p;
            p.setProcessEnvironment(environment(sim));
            p.start(QStringLiteral(S1_CLI_EXE), args);
            QVERIFY(p.waitForStarted(10000));
            QElapsedTimer timer;
            timer.start();
            while (simStat(sim, u"postsReceived"_s) <= postsBefore && p.state() == QProcess::Running
                && timer.elapsed() < 30000)
                QTest::qWait(20);
            const int delay = int(random.bounded(1500));
            QTest::qWait(delay);
            if (p.state() != QProcess::Running)
                break; // finished before the kill: the final run below checks it
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            ++kills;
            qInfo("round %d: killed %d ms after a POST; the console holds %lld", round, delay,
                simStat(sim, u"stored"_s));
        }
        QVERIFY2(kills >= 5, qPrintable(u"only %1 kills (seed %2)"_s.arg(kills).arg(seed)));
        const Result r = cli(args, {}, &sim);
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        const QStringList values = consoleValues(sim);
        QCOMPARE(values.size(), count);
        QCOMPARE(QSet<QString>(values.cbegin(), values.cend()).size(), count); // each value once
        QCOMPARE(simStat(sim, u"stored"_s), count);
        QCOMPARE(simStat(sim, u"itemsReceived"_s), count); // nothing sent twice
        // And again: nothing to send.
        const qint64 posts = simStat(sim, u"postsReceived"_s);
        QVERIFY(cli(args, {}, &sim).exitCode == 0);
        QCOMPARE(simStat(sim, u"postsReceived"_s), posts);
    }

    // Sharing to OpenCTI killed with SIGKILL while it pushes, again and again, then resumed: every IOC
    // is one indicator in OpenCTI (ids by pycti's rules), all of them marked shared, and a further run
    // pushes nothing. Sharing to a file killed at random moments: the file is always absent or whole.
    void killedOpenCtiAndFileSharingResume()
    {
        Sim sim;
        // Every answer 150 ms late: 150 pushes of 20 take over 20 s, so the five kills (each at most
        // 1 s after a push arrived) find the run still pushing.
        QVERIFY2(startSim(&sim, {u"--faults"_s, u"delay-ms=150"_s}), "s1bridge-sim did not start");
        QVERIFY(!sim.openCtiUrl.isEmpty() && !sim.openCtiToken.isEmpty());
        m_withOpenCti = true;
        constexpr int count = 3000;
        QByteArray content;
        for (int i = 0; i < count; ++i)
            content += QByteArray::number(0x20000000 + i, 16).rightJustified(64, 'd') + '\n';
        const QString path = write(u"kill-feed.txt"_s, content);
        const auto ok = [this, &sim](const QStringList &args) {
            const Result r = cli(args, {}, &sim);
            return r.exitCode == 0 ? QString() : feedback(r);
        };
        QCOMPARE(ok({u"sources"_s, u"add"_s, u"big"_s, u"feed"_s, u"--file"_s, path}), QString());
        QCOMPARE(ok({u"sources"_s, u"pull"_s, u"big"_s}), QString());
        QCOMPARE(ok({u"sharing"_s, u"add"_s, u"o"_s, u"--destination"_s, u"opencti"_s, u"--sources"_s,
                     u"big"_s, u"--batch-size"_s, u"20"_s}),
            QString());
        const QString csv = m_home->filePath(u"shared.csv"_s);
        QCOMPARE(ok({u"sharing"_s, u"add"_s, u"f"_s, u"--destination"_s, u"file"_s, u"--path"_s, csv,
                     u"--sources"_s, u"big"_s}),
            QString());

        const quint32 seed = qEnvironmentVariableIsSet("S1_TEST_SEED")
            ? quint32(qEnvironmentVariableIntValue("S1_TEST_SEED"))
            : QRandomGenerator::global()->generate() % 100000;
        qInfo("seed %u (S1_TEST_SEED=%u repeats this run)", seed, seed);
        QRandomGenerator random(seed);
        const QString push = u"POST /graphql StixBundlePush"_s;
        const QStringList runOpenCti {u"sharing"_s, u"run"_s, u"o"_s};
        int kills = 0;
        for (int round = 0; round < 8 && kills < 5; ++round) {
            const qint64 pushesBefore = simRequests(sim, push);
            QProcess p;
            p.setProcessEnvironment(environment(sim));
            p.start(QStringLiteral(S1_CLI_EXE), runOpenCti);
            QVERIFY(p.waitForStarted(10000));
            QElapsedTimer timer;
            timer.start();
            while (simRequests(sim, push) <= pushesBefore && p.state() == QProcess::Running
                && timer.elapsed() < 30000)
                QTest::qWait(20);
            const int delay = int(random.bounded(1000));
            QTest::qWait(delay);
            if (p.state() != QProcess::Running)
                break;
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            ++kills;
            qInfo("round %d: killed %d ms after a push (%lld pushes so far)", round, delay,
                simRequests(sim, push));
        }
        QVERIFY2(kills >= 5, qPrintable(u"only %1 kills (seed %2)"_s.arg(kills).arg(seed)));
        QCOMPARE(ok(runOpenCti), QString());
        const Result listed = cli({u"sharing"_s, u"list"_s, u"--json"_s}, {}, &sim);
        for (const QJsonValue &v : listed.json().array()) {
            if (v[u"name"_s].toString() == u"o")
                QCOMPARE(v[u"shared"_s].toInt(), count);
        }
        // OpenCTI's workers ingest asynchronously: wait until every indicator is there, then none twice.
        QHash<QString, int> ids;
        QElapsedTimer ingest;
        ingest.start();
        while ((ids = openCtiIndicators(sim, QString(48, u'd'))).size() < count && ingest.elapsed() < 60000)
            QTest::qWait(200);
        QCOMPARE(ids.size(), count);
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        const qint64 pushes = simRequests(sim, push);
        QCOMPARE(ok(runOpenCti), QString());
        QCOMPARE(simRequests(sim, push), pushes);

        // The file: killed at random moments of its run; what is there is always a whole file.
        const QStringList runFile {u"sharing"_s, u"run"_s, u"f"_s};
        int fileKills = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess p;
            p.setProcessEnvironment(environment(sim));
            p.start(QStringLiteral(S1_CLI_EXE), runFile);
            QVERIFY(p.waitForStarted(10000));
            QTest::qWait(int(random.bounded(250))); // a run takes about 200 ms
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++fileKills;
            }
            QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(10000));
            QFile file(csv);
            if (!file.exists())
                continue;
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.startsWith("type,value,") && bytes.endsWith("\r\n"), bytes.left(200).constData());
            QCOMPARE(int(bytes.count("\r\n")), count + 1);
        }
        qInfo("file runs killed: %d of 6", fileKills);
        QCOMPARE(ok(runFile), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(int(file.readAll().count("\r\n")), count + 1);
    }
};

QTEST_GUILESS_MAIN(TestCliShare)
#include "tst_cli_share.moc"
