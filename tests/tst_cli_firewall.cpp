// SPDX-License-Identifier: GPL-3.0-or-later
// 's1bridge-cli firewall' as a user runs it, against s1bridge-sim as a separate process: collections
// built from files and typed entries (refused lines named with their numbers on stderr), plan and
// export with --json, nothing on stdout on failure, and an export killed with SIGKILL again and again,
// then resumed: exactly the planned rules, and a further export writes nothing.
#include "CliTestSupport.h"

#include <QDir>
#include <QElapsedTimer>
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

class TestCliFirewall : public QObject
{
    Q_OBJECT

    clitest::Sim m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_home;

    bool startSim(const QStringList &extra)
    {
        return m_sim.start(QStringList {u"--threats"_s, u"5"_s} + extra);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"S1_URL"_s, m_sim.url);
        env.insert(u"S1_API_KEY"_s, m_sim.token);
        env.insert(u"XDG_DATA_HOME"_s, m_home->filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
        return env;
    }

    clitest::Result cli(const QStringList &args) { return clitest::runCli(environment(), args); }
    static QString feedback(const clitest::Result &r) { return r.feedback(); }
    QJsonObject get(const QString &path, const QUrlQuery &query = {})
    {
        return clitest::get(m_nam, m_sim, path, query);
    }

    qint64 firewallStat(const QString &name)
    {
        return get(u"/__sim/stats"_s)[u"firewall"_s][name].toInteger(-1);
    }
    qint64 writes()
    {
        return firewallStat(u"posts"_s) + firewallStat(u"puts"_s) + firewallStat(u"deletes"_s);
    }

    QString siteId(int index)
    {
        return get(u"/web/api/v2.1/sites"_s)[u"data"_s][u"sites"_s].toArray().at(index)[u"id"_s].toString();
    }

    // The rules of a site (name -> values), paged.
    QHash<QString, QStringList> rules(const QString &site)
    {
        QHash<QString, QStringList> out;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QUrlQuery q {{u"siteIds"_s, site}, {u"limit"_s, u"100"_s}};
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            const QJsonObject answer = get(u"/web/api/v2.1/firewall-control"_s, q);
            for (const QJsonValue &rule : answer[u"data"_s].toArray()) {
                QStringList values;
                for (const QJsonValue &hosts : rule[u"remoteHosts"_s].toArray())
                    for (const QJsonValue &v : hosts[u"values"_s].toArray())
                        values << v.toString();
                if (out.contains(rule[u"name"_s].toString()))
                    out.insert(u"DUPLICATE "_s + rule[u"name"_s].toString(), values);
                else
                    out.insert(rule[u"name"_s].toString(), values);
            }
            cursor = answer[u"pagination"_s][u"nextCursor"_s].toString();
            if (cursor.isEmpty())
                break;
        }
        return out;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_home->filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(startSim({}), "s1bridge-sim did not start"); }
    void cleanupTestCase() { m_sim.stop(); }
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void collectionsPlanExport()
    {
        const QString file = write(u"list.txt"_s,
            "# our blocklist\n203.0.113.7\n203.0.113.8 ; a "
            "comment\n300.1.1.1\n010.1.1.1\n198.51.100.0/24\n127.0.0.1\n");
        clitest::Result r = cli({u"firewall"_s, u"collections"_s, u"import"_s, u"bad hosts"_s, file});
        QCOMPARE(r.exitCode, 4); // some lines refused
        QVERIFY2(r.err.contains("line 4: 300.1.1.1") && r.err.contains("line 5: 010.1.1.1"),
            qPrintable(feedback(r)));
        QVERIFY2(r.out.contains("4 entries added, 2 refused"), qPrintable(feedback(r)));

        // a bad typed entry changes nothing
        r = cli({u"firewall"_s, u"collections"_s, u"add"_s, u"bad hosts"_s, u"192.0.2.1"_s, u"1.2.3"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("entry 2") && r.err.contains("nothing was changed"), qPrintable(feedback(r)));
        r = cli({u"firewall"_s, u"collections"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.json().array().at(0)[u"entries"_s].toInt(), 4);

        // no collection: a sentence, nothing on stdout
        r = cli({u"firewall"_s, u"export"_s, u"nosuch"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("no collection named \"nosuch\""), qPrintable(feedback(r)));
        // no scope anywhere: a sentence
        r = cli({u"firewall"_s, u"export"_s, u"bad hosts"_s});
        QVERIFY(r.exitCode != 0 && r.out.isEmpty());
        QVERIFY2(r.err.contains("no site, account or group"), qPrintable(feedback(r)));

        const QString site = siteId(0);
        r = cli({u"firewall"_s, u"plan"_s, u"bad hosts"_s, u"--site"_s, site, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        const QJsonObject plan = r.json().object();
        QCOMPARE(plan[u"rules"_s].toInt(), 1);
        QCOMPARE(plan[u"protected"_s].toArray().size(), 1); // loopback
        QCOMPARE(plan[u"targets"_s][0][u"actions"_s][0][u"kind"_s].toString(), u"create"_s);
        QCOMPARE(plan[u"targets"_s][0][u"actions"_s][0][u"entries"_s].toInt(), 3);
        QCOMPARE(rules(site).size(), 0); // a plan changes nothing

        r = cli({u"firewall"_s, u"export"_s, u"bad hosts"_s, u"--site"_s, site, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        QCOMPARE(rules(site).value(u"bad hosts"_s).size(), 3);
        // the scope was saved: export without it, nothing changes
        const qint64 before = writes();
        r = cli({u"firewall"_s, u"export"_s, u"bad hosts"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        QCOMPARE(writes(), before);
        QVERIFY2(r.out.contains("unchanged \"bad hosts\""), qPrintable(feedback(r)));

        r = cli({u"firewall"_s, u"rules"_s, u"list"_s, u"--site"_s, site});
        QVERIFY2(r.exitCode == 0 && r.out.contains("bad hosts"), qPrintable(feedback(r)));
        // delete is refused while rules remain; withdraw, then delete
        r = cli({u"firewall"_s, u"collections"_s, u"delete"_s, u"bad hosts"_s});
        QVERIFY2(r.exitCode == 2 && r.err.contains("withdraw them first"), qPrintable(feedback(r)));
        r = cli({u"firewall"_s, u"withdraw"_s, u"bad hosts"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        // no Qt warning about options withdraw does not have (--dry-run, --adopt) on stderr
        QVERIFY2(!r.err.contains("QCommandLineParser"), qPrintable(feedback(r)));
        QCOMPARE(rules(site).size(), 0);
        // the scope withdrawn is no longer a target: neither export nor the schedule puts them back
        r = cli({u"firewall"_s, u"collections"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.json().array().at(0)[u"targets"_s].toInt(), 0);
        r = cli({u"firewall"_s, u"collections"_s, u"delete"_s, u"bad hosts"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
    }

    void killedExportResumes()
    {
        // Every answer 100 ms late: 60 rules take 6 s at least, so each kill (at most 0.8 s after a
        // write arrived) finds the export still writing.
        QVERIFY2(startSim({u"--faults"_s, u"delay-ms=100"_s}), "s1bridge-sim did not start");
        QByteArray content;
        constexpr int count = 30000;
        for (int i = 0; i < count; ++i)
            content += u"198.%1.%2.%3\n"_s.arg(18 + i / 62500).arg(i / 250 % 250).arg(i % 250 + 1).toLatin1();
        const QString file = write(u"big.txt"_s, content);
        clitest::Result r = cli({u"firewall"_s, u"collections"_s, u"import"_s, u"big"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        r = cli({u"firewall"_s, u"collections"_s, u"set"_s, u"big"_s, u"--max-entries"_s, u"500"_s,
            u"--aggregate"_s, u"no"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        const QString site = siteId(1);
        const QStringList args {u"firewall"_s, u"export"_s, u"big"_s, u"--site"_s, site};

        const quint32 seed = qEnvironmentVariableIsSet("S1_TEST_SEED")
            ? quint32(qEnvironmentVariableIntValue("S1_TEST_SEED"))
            : QRandomGenerator::global()->generate() % 100000;
        qInfo("seed %u (S1_TEST_SEED=%u repeats this run)", seed, seed);
        QRandomGenerator random(seed);
        int kills = 0;
        for (int round = 0; round < 10 && kills < 5; ++round) {
            const qint64 before = writes();
            QProcess p;
            p.setProcessEnvironment(environment());
            p.start(QStringLiteral(S1_CLI_EXE), args);
            QVERIFY(p.waitForStarted(10000));
            QElapsedTimer timer;
            timer.start();
            while (writes() <= before && p.state() == QProcess::Running && timer.elapsed() < 30000)
                QTest::qWait(20);
            const int delay = int(random.bounded(800));
            QTest::qWait(delay);
            if (p.state() != QProcess::Running)
                break;
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            ++kills;
            qInfo("round %d: killed %d ms after a write; %lld rules on the console", round, delay,
                firewallStat(u"rules"_s));
        }
        QVERIFY2(kills >= 5, qPrintable(u"only %1 kills (seed %2)"_s.arg(kills).arg(seed)));
        r = cli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        const QHash<QString, QStringList> onConsole = rules(site);
        QCOMPARE(onConsole.size(), 60);
        QSet<QString> values;
        int total = 0;
        for (int i = 1; i <= 60; ++i) {
            const QString name = u"big (%1)"_s.arg(i);
            QVERIFY2(onConsole.contains(name), qPrintable(name));
            total += int(onConsole.value(name).size());
            for (const QString &v : onConsole.value(name))
                values.insert(v);
        }
        QCOMPARE(total, count); // no address twice
        QCOMPARE(values.size(), count);
        QCOMPARE(firewallStat(u"rules"_s), 60);
        const qint64 before = writes();
        r = cli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        QCOMPARE(writes(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliFirewall)
#include "tst_cli_firewall.moc"
