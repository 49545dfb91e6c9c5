// SPDX-License-Identifier: GPL-3.0-or-later
// Fault soak (ctest label "soak"): every job that changes something, run through s1bridge-cli against
// s1bridge-sim answering with many faults (429 with Retry-After, 5xx, dropped, lost and truncated
// answers, HTML pages), killed with SIGKILL at seeded random moments (after its start, or after a
// write reached the simulator) at least 20 times per job and resumed each time until it exits 0.
// Then the end state is checked exactly from the simulator's side: flags, OpenCTI incidents, the
// console's IOCs and their expiry, firewall rules. A table (job | requests | faults met | kills |
// items | lost | duplicated) is printed; lost and duplicated must be 0.
// Also: consoles that never finish (pages without end, a byte a second, an endless body) end the CLI
// with a sentence on stderr, nothing on stdout, a non-zero exit, in bounded time and memory.
//
// S1_TEST_SEED=N repeats a run's kill moments (the simulator's faults are seeded by its --seed).
#include "CliTestSupport.h"
#include "opencti/StixBundleBuilder.h"
#include "s1/Threat.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
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
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kFaults = u"429=0.33,retry-after=1,5xx=0.1,drop=0.05,lost=0.05,truncate=0.05,html=0.05"_s;
constexpr int kMinKills = 20;
constexpr int kMaxRoundsPerCommand = 120; // a command that never exits 0 fails the soak

// One row of the table.
struct Row
{
    QString job;
    qint64 requests = 0;
    qint64 faults = 0;
    int kills = 0;
    qint64 items = 0;
    qint64 lost = 0;
    qint64 duplicated = 0; // an item twice, or one still there that should be gone
    qint64 seconds = 0;
};

QList<Row> &rows()
{
    static QList<Row> all;
    return all;
}

// Peak resident memory (VmHWM, KiB) of a running process; -1 when it cannot be read.
qint64 peakRssKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    quint32 m_seed = 0;
    QRandomGenerator m_random;

    // One job's world: its simulator, its XDG home, its kill count.
    struct World
    {
        clitest::Sim sim;
        QTemporaryDir home;
        bool openCti = false;
        int kills = 0;
        QElapsedTimer clock;
    };

    QProcessEnvironment environment(const World &w) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"S1_URL"_s, w.sim.url);
        env.insert(u"S1_API_KEY"_s, w.sim.token);
        if (w.openCti) {
            env.insert(u"OPENCTI_URL"_s, w.sim.openCtiUrl);
            env.insert(u"OPENCTI_TOKEN"_s, w.sim.openCtiToken);
            env.insert(u"CONNECTOR_ID"_s, w.sim.connectorId);
        }
        env.insert(u"XDG_DATA_HOME"_s, w.home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, w.home.filePath(u"config"_s));
        env.remove(u"S1_ACCOUNT_ID"_s);
        env.remove(u"SIGN"_s);
        env.remove(u"MAX_API_ATTEMPTS"_s);
        return env;
    }

    QJsonObject get(const World &w, const QString &path, const QUrlQuery &query = {})
    {
        return clitest::get(m_nam, w.sim, path, query);
    }

    QByteArray send(const World &w, const QByteArray &verb, const QString &path, const QByteArray &body)
    {
        QNetworkRequest req(QUrl(w.sim.url + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        reply->deleteLater();
        return reply->readAll();
    }

    // The simulator's faults: kFaults while a job is soaked, none for set-up and checks.
    bool setFaults(const World &w, const QString &spec)
    {
        const QByteArray answer = send(w, "POST", u"/__sim/faults"_s,
            QJsonDocument(QJsonObject {{u"spec"_s, spec}}).toJson(QJsonDocument::Compact));
        // The simulator answers the spec it took (in its canonical order), or an error without "spec".
        const QJsonValue taken = QJsonDocument::fromJson(answer).object().value(u"spec"_s);
        return taken.isString() && (spec.isEmpty() == taken.toString().isEmpty());
    }

    static qint64 sum(const QJsonObject &counts)
    {
        qint64 n = 0;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            n += it.value().toInteger();
        return n;
    }
    // Requests that change something (POST, PUT, DELETE, GraphQL mutations and pushes included).
    qint64 writes(const World &w)
    {
        const QJsonObject requests = get(w, u"/__sim/stats"_s).value(u"requests"_s).toObject();
        qint64 n = 0;
        for (auto it = requests.constBegin(); it != requests.constEnd(); ++it) {
            if (it.key().startsWith(u"POST "_s) || it.key().startsWith(u"PUT "_s)
                || it.key().startsWith(u"DELETE "_s))
                n += it.value().toInteger();
        }
        return n;
    }

    clitest::Result cli(const World &w, const QStringList &args)
    {
        return clitest::runCli(environment(w), args);
    }

    // A set-up step, without faults; empty when it exited 0.
    QString setUp(World &w, const QStringList &args)
    {
        if (!setFaults(w, {}))
            return u"the simulator refused to turn its faults off"_s;
        const clitest::Result r = cli(w, args);
        return r.exitCode == 0 ? QString() : args.join(u' ') + u": "_s + r.feedback();
    }

    // The command under the faults, killed with SIGKILL at random moments and started again until it
    // exits 0. Empty when it did; else what went wrong.
    QString soak(World &w, const QStringList &args)
    {
        if (!setFaults(w, kFaults))
            return u"the simulator refused the faults"_s;
        QString lastError;
        // 1 to 4 kills, then it runs to its end (resumed after a failure): every command gets done.
        const int killsWanted = 1 + int(m_random.bounded(4));
        int killed = 0;
        for (int round = 0; round < kMaxRoundsPerCommand; ++round) {
            const qint64 writesBefore = writes(w);
            QProcess p;
            p.setProcessEnvironment(environment(w));
            p.start(QStringLiteral(S1_CLI_EXE), args);
            if (!p.waitForStarted(10000))
                return u"s1bridge-cli did not start"_s;
            if (killed < killsWanted) {
                // Half the kills a random time after the start (0..1 s: the start-up, the first reads,
                // the middle of the work), half a random time (0..300 ms) after a write reached the
                // simulator.
                const bool afterWrite = m_random.bounded(2) == 1;
                if (afterWrite) {
                    QElapsedTimer waited;
                    waited.start();
                    while (p.state() == QProcess::Running && writes(w) <= writesBefore
                        && waited.elapsed() < 20000)
                        p.waitForFinished(15);
                }
                const int delay = int(m_random.bounded(afterWrite ? 300 : 1000));
                if (p.state() == QProcess::Running)
                    p.waitForFinished(delay);
                if (p.state() == QProcess::Running) {
                    ::kill(pid_t(p.processId()), SIGKILL);
                    p.waitForFinished(10000);
                    ++w.kills;
                    ++killed;
                    continue;
                }
            } else if (!p.waitForFinished(180000)) {
                p.kill();
                p.waitForFinished(10000);
                return u"%1 did not end within 3 minutes"_s.arg(args.join(u' '));
            }
            if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
                return {};
            // A failure after its retries (a request that met too many faults): resumed as a user would.
            lastError = u"exit %1: %2"_s.arg(p.exitCode())
                            .arg(QString::fromUtf8(p.readAllStandardError().left(600)));
        }
        return u"%1 did not exit 0 in %2 rounds; last: %3"_s.arg(args.join(u' '))
            .arg(kMaxRoundsPerCommand)
            .arg(lastError);
    }

    void addRow(const World &w, const QString &job, qint64 items, qint64 lost, qint64 duplicated)
    {
        const QJsonObject stats = get(w, u"/__sim/stats"_s);
        Row row {job, sum(stats.value(u"requests"_s).toObject()), sum(stats.value(u"faults"_s).toObject()),
            w.kills, items, lost, duplicated, w.clock.elapsed() / 1000};
        rows().append(row);
        qInfo("%s: %lld requests, %lld faults met, %d kills, %lld items, %lld lost, %lld duplicated, %lld s",
            qPrintable(job), row.requests, row.faults, row.kills, row.items, row.lost, row.duplicated,
            row.seconds);
    }

    bool startWorld(World &w, const QStringList &simArguments)
    {
        w.clock.start();
        if (!w.home.isValid())
            return false;
        // The simulator's faults are seeded by its --seed: the test's seed makes the whole run repeatable.
        return w.sim.start(simArguments + QStringList {u"--seed"_s, QString::number(m_seed % 100000 + 1)});
    }

    // Every threat of the tenant (id -> JSON), paged, without faults.
    QHash<QString, QJsonObject> threats(const World &w)
    {
        QHash<QString, QJsonObject> out;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QUrlQuery q {{u"limit"_s, u"100"_s}};
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            const QJsonObject answer = get(w, u"/web/api/v2.1/threats"_s, q);
            for (const QJsonValue &t : answer[u"data"_s].toArray())
                out.insert(t[u"id"_s].toString(), t.toObject());
            cursor = answer[u"pagination"_s][u"nextCursor"_s].toString();
            if (cursor.isEmpty())
                break;
        }
        return out;
    }

    // How many notes of a threat carry the flag.
    int flagNotes(const World &w, const QString &threatId)
    {
        int n = 0;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QUrlQuery q {{u"limit"_s, u"100"_s}};
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            const QJsonObject answer = get(w, u"/web/api/v2.1/threats/%1/notes"_s.arg(threatId), q);
            for (const QJsonValue &note : answer[u"data"_s].toArray())
                n += note[u"text"_s].toString().contains(u"[OpenCTI_add]"_s) ? 1 : 0;
            cursor = answer[u"pagination"_s][u"nextCursor"_s].toString();
            if (cursor.isEmpty())
                break;
        }
        return n;
    }

    QStringList threatIds(const World &w)
    {
        QStringList ids = threats(w).keys();
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_seed = qEnvironmentVariableIsSet("S1_TEST_SEED")
            ? quint32(qEnvironmentVariableIntValue("S1_TEST_SEED"))
            : QRandomGenerator::global()->generate() % 100000;
        m_random.seed(m_seed);
        qInfo("seed %u (S1_TEST_SEED=%u repeats this run); faults %s", m_seed, m_seed, qPrintable(kFaults));
    }

    void cleanupTestCase()
    {
        const auto line = [](const QStringList &cells) {
            const QList<int> widths {26, 9, 11, 6, 6, 5, 11, 6};
            QString out;
            for (qsizetype i = 0; i < cells.size(); ++i)
                out += (i == 0 ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]))
                    + (i + 1 < cells.size() ? u" | "_s : QString());
            return out;
        };
        qInfo("fault soak, seed %u, faults %s", m_seed, qPrintable(kFaults));
        qInfo("%s",
            qPrintable(line({u"job"_s, u"requests"_s, u"faults met"_s, u"kills"_s, u"items"_s, u"lost"_s,
                u"duplicated"_s, u"s"_s})));
        for (const Row &r : std::as_const(rows()))
            qInfo("%s",
                qPrintable(line({r.job, QString::number(r.requests), QString::number(r.faults),
                    QString::number(r.kills), QString::number(r.items), QString::number(r.lost),
                    QString::number(r.duplicated), QString::number(r.seconds)})));
    }

    // threats flag / unflag: in waves, three threats flagged and one of the flagged unflagged, each
    // command soaked. In the end every flagged threat has exactly one flag note, the others none.
    void flagAndUnflag()
    {
        World w;
        QVERIFY2(
            startWorld(w, {u"--threats"_s, u"80"_s, u"--no-seeded-flags"_s}), "s1bridge-sim did not start");
        const QStringList ids = threatIds(w);
        QVERIFY(ids.size() >= 60);
        QSet<QString> flagged, unflagged;
        int next = 0;
        for (int wave = 0; (wave < 4 || w.kills < kMinKills) && next + 3 <= ids.size(); ++wave) {
            const QStringList batch = ids.mid(next, 3);
            next += 3;
            QCOMPARE(soak(w, QStringList {u"threats"_s, u"flag"_s} + batch), QString());
            for (const QString &id : batch)
                flagged.insert(id);
            if (wave % 2 == 1) {
                const QString id = batch.first();
                QCOMPARE(soak(w, {u"threats"_s, u"unflag"_s, id}), QString());
                flagged.remove(id);
                unflagged.insert(id);
            }
        }
        QVERIFY(setFaults(w, {}));
        qint64 lost = 0, duplicated = 0;
        for (const QString &id : ids) {
            const int n = flagNotes(w, id);
            if (flagged.contains(id)) {
                lost += n == 0 ? 1 : 0;
                duplicated += n > 1 ? n - 1 : 0;
                if (n != 1)
                    qWarning("threat %s (flagged) has %d flag notes", qPrintable(id), n);
            } else {
                duplicated += n; // unflagged or never flagged: no flag note
                if (n != 0)
                    qWarning("threat %s (%s) has %d flag notes", qPrintable(id),
                        unflagged.contains(id) ? "unflagged" : "never flagged", n);
            }
        }
        addRow(w, u"threats flag/unflag"_s, flagged.size() + unflagged.size(), lost, duplicated);
        QVERIFY2(w.kills >= kMinKills, qPrintable(u"only %1 kills (seed %2)"_s.arg(w.kills).arg(m_seed)));
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
    }

    // opencti import: in waves, four more threats flagged (without faults), then the import soaked.
    // In the end OpenCTI holds exactly one incident per flagged threat, with the id the importer
    // derives from it and the threat's id as its SentinelOne external reference, and none other.
    void openCtiImport()
    {
        World w;
        w.openCti = true;
        QVERIFY2(startWorld(
                     w, {u"--threats"_s, u"80"_s, u"--no-seeded-flags"_s, u"--opencti-ingest-ms"_s, u"5"_s}),
            "s1bridge-sim did not start");
        QVERIFY(!w.sim.openCtiUrl.isEmpty());
        const QStringList ids = threatIds(w);
        QSet<QString> flagged;
        int next = 0;
        for (int wave = 0; (wave < 3 || w.kills < kMinKills) && next + 4 <= ids.size(); ++wave) {
            const QStringList batch = ids.mid(next, 4);
            next += 4;
            QCOMPARE(setUp(w, QStringList {u"threats"_s, u"flag"_s} + batch), QString());
            for (const QString &id : batch)
                flagged.insert(id);
            QCOMPARE(soak(w, {u"opencti"_s, u"import"_s, u"--once"_s}), QString());
        }
        QVERIFY(setFaults(w, {}));
        // The last run waited for its work; an earlier killed run's work may still be ingesting.
        QJsonArray incidents;
        QElapsedTimer ingest;
        ingest.start();
        do {
            QNetworkReply *reply
                = m_nam.get(QNetworkRequest(QUrl(w.sim.url + u"/__sim/opencti/objects?type=incident"_s)));
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(10000);
            reply->deleteLater();
            incidents = QJsonDocument::fromJson(reply->readAll()).array();
            if (incidents.size() >= flagged.size())
                break;
            QTest::qWait(200);
        } while (ingest.elapsed() < 30000);
        const QHash<QString, QJsonObject> all = threats(w);
        QHash<QString, int> byThreat;
        qint64 duplicated = 0;
        for (const QJsonValue &incident : std::as_const(incidents)) {
            QString threatId;
            for (const QJsonValue &ref : incident[u"external_references"_s].toArray()) {
                if (ref[u"source_name"_s].toString() == u"SentinelOne")
                    threatId = ref[u"external_id"_s].toString();
            }
            if (!flagged.contains(threatId)) {
                qWarning("an incident for a threat not flagged: %s", qPrintable(threatId));
                ++duplicated;
                continue;
            }
            const QString expected
                = opencti::StixBundleBuilder::incidentId(s1::Threat::fromJson(all.value(threatId)));
            QCOMPARE(incident[u"id"_s].toString(), expected);
            ++byThreat[threatId];
        }
        qint64 lost = 0;
        for (const QString &id : std::as_const(flagged)) {
            lost += byThreat.value(id) == 0 ? 1 : 0;
            duplicated += std::max(0, byThreat.value(id) - 1);
        }
        addRow(w, u"opencti import"_s, flagged.size(), lost, duplicated);
        QVERIFY2(w.kills >= kMinKills, qPrintable(u"only %1 kills (seed %2)"_s.arg(w.kills).arg(m_seed)));
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
    }

    // sources pull + sharing run: a feed whose window of addresses moves on each wave (five new, five
    // gone), pulled and shared, both soaked. In the end the console holds exactly the feed's addresses,
    // each once, with the feed's expiry; none of the ones the feed dropped.
    void iocPullAndShare()
    {
        World w;
        QVERIFY2(startWorld(w, {u"--threats"_s, u"5"_s}), "s1bridge-sim did not start");
        const QJsonArray accounts = get(w, u"/web/api/v2.1/accounts"_s).value(u"data"_s).toArray();
        QVERIFY(!accounts.isEmpty());
        const QString account = accounts.first()[u"id"_s].toString();
        // The feed's expiry: 3 days ahead, before the sharing's 30 days, so the console must hold this one.
        const QDateTime expiry = QDateTime::fromSecsSinceEpoch(
            QDateTime::currentSecsSinceEpoch() / 3600 * 3600 + 3 * 86400, Qt::UTC);
        const auto value = [](int i) { return u"198.51.%1.%2"_s.arg(100 + i / 200).arg(i % 200 + 1); };
        const auto feed = [&](int from, int to) {
            QByteArray csv = "value,valid_until\n";
            for (int i = from; i < to; ++i)
                csv += (value(i) + u","_s + expiry.toString(Qt::ISODate) + u'\n').toUtf8();
            return csv;
        };
        constexpr int window = 20, step = 5;
        send(w, "PUT", u"/__sim/feeds/soak.csv"_s, feed(0, window));
        QCOMPARE(setUp(w,
                     {u"sources"_s, u"add"_s, u"soak"_s, u"feed"_s, u"--url"_s,
                         w.sim.url + u"/__sim/feeds/soak.csv"_s}),
            QString());
        QCOMPARE(setUp(w,
                     {u"sharing"_s, u"add"_s, u"s"_s, u"--scope"_s, u"account:"_s + account, u"--sources"_s,
                         u"soak"_s, u"--valid-days"_s, u"IPV4=30"_s, u"--batch-size"_s, u"4"_s}),
            QString());
        int from = 0;
        for (int wave = 0; wave < 3 || w.kills < kMinKills; ++wave) {
            if (wave > 0) {
                from += step;
                send(w, "PUT", u"/__sim/feeds/soak.csv"_s, feed(from, from + window));
            }
            QCOMPARE(soak(w, {u"sources"_s, u"pull"_s, u"soak"_s}), QString());
            QCOMPARE(soak(w, {u"sharing"_s, u"run"_s, u"s"_s}), QString());
            if (wave > 40)
                break;
        }
        QVERIFY(setFaults(w, {}));
        QHash<QString, int> held;
        qint64 wrongExpiry = 0;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QUrlQuery q {{u"accountIds"_s, account}, {u"limit"_s, u"1000"_s}};
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            const QJsonObject answer = get(w, u"/web/api/v2.1/threat-intelligence/iocs"_s, q);
            for (const QJsonValue &ioc : answer[u"data"_s].toArray()) {
                ++held[ioc[u"value"_s].toString()];
                const QDateTime until
                    = QDateTime::fromString(ioc[u"validUntil"_s].toString(), Qt::ISODateWithMs);
                if (until != expiry) {
                    ++wrongExpiry;
                    qWarning("%s expires %s, not %s", qPrintable(ioc[u"value"_s].toString()),
                        qPrintable(ioc[u"validUntil"_s].toString()),
                        qPrintable(expiry.toString(Qt::ISODate)));
                }
            }
            cursor = answer[u"pagination"_s][u"nextCursor"_s].toString();
            if (cursor.isEmpty())
                break;
        }
        qint64 lost = 0, duplicated = 0;
        for (int i = from; i < from + window; ++i)
            lost += held.value(value(i)) == 0 ? 1 : 0;
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            const bool wanted = [&] {
                for (int i = from; i < from + window; ++i)
                    if (value(i) == it.key())
                        return true;
                return false;
            }();
            duplicated += wanted ? it.value() - 1 : it.value(); // twice, or retracted and still there
            if (!wanted)
                qWarning("%s should have been retracted", qPrintable(it.key()));
        }
        addRow(w, u"sources pull + sharing run"_s, from + window, lost, duplicated);
        QVERIFY2(w.kills >= kMinKills, qPrintable(u"only %1 kills (seed %2)"_s.arg(w.kills).arg(m_seed)));
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
        QCOMPARE(wrongExpiry, 0);
    }

    // firewall export (a collection growing by 15 addresses a wave, at most 20 a rule) and then
    // withdraw, both soaked: exactly the planned rules "fw (1)".. with each address once, then none.
    void firewallExportAndWithdraw()
    {
        World w;
        QVERIFY2(startWorld(w, {u"--threats"_s, u"5"_s}), "s1bridge-sim did not start");
        const QString site
            = get(w, u"/web/api/v2.1/sites"_s)[u"data"_s][u"sites"_s].toArray().at(0)[u"id"_s].toString();
        QVERIFY(!site.isEmpty());
        const auto address = [](int i) { return u"203.0.%1.%2"_s.arg(113 + i / 250).arg(i % 250 + 1); };
        QStringList first;
        for (int i = 0; i < 30; ++i)
            first << address(i);
        QFile file(w.home.filePath(u"fw.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(first.join(u'\n').toUtf8() + '\n');
        file.close();
        QCOMPARE(
            setUp(w, {u"firewall"_s, u"collections"_s, u"import"_s, u"fw"_s, file.fileName()}), QString());
        QCOMPARE(setUp(w,
                     {u"firewall"_s, u"collections"_s, u"set"_s, u"fw"_s, u"--max-entries"_s, u"20"_s,
                         u"--aggregate"_s, u"no"_s}),
            QString());
        int count = 30;
        for (int wave = 0; wave < 2 || w.kills < kMinKills * 2 / 3; ++wave) {
            if (wave > 0) {
                QStringList more;
                for (int i = count; i < count + 15; ++i)
                    more << address(i);
                count += 15;
                QCOMPARE(setUp(w, QStringList {u"firewall"_s, u"collections"_s, u"add"_s, u"fw"_s} + more),
                    QString());
            }
            QCOMPARE(soak(w, {u"firewall"_s, u"export"_s, u"fw"_s, u"--site"_s, site}), QString());
            if (wave > 30)
                break;
        }
        QVERIFY(setFaults(w, {}));
        // The plan of what is there now: nothing to do.
        const clitest::Result plan = cli(w, {u"firewall"_s, u"plan"_s, u"fw"_s, u"--json"_s});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.feedback()));
        const int planned = plan.json()[u"rules"_s].toInt();
        QCOMPARE(planned, (count + 19) / 20);
        const auto rulesOnConsole = [&] {
            QHash<QString, QStringList> out;
            QString cursor;
            for (int page = 0; page < 100; ++page) {
                QUrlQuery q {{u"siteIds"_s, site}, {u"limit"_s, u"100"_s}};
                if (!cursor.isEmpty())
                    q.addQueryItem(u"cursor"_s, cursor);
                const QJsonObject answer = get(w, u"/web/api/v2.1/firewall-control"_s, q);
                for (const QJsonValue &rule : answer[u"data"_s].toArray()) {
                    QStringList values;
                    for (const QJsonValue &hosts : rule[u"remoteHosts"_s].toArray())
                        for (const QJsonValue &v : hosts[u"values"_s].toArray())
                            values << v.toString();
                    const QString name = rule[u"name"_s].toString();
                    out.insert(
                        out.contains(name) ? u"DUPLICATE "_s + name + QString::number(out.size()) : name,
                        values);
                }
                cursor = answer[u"pagination"_s][u"nextCursor"_s].toString();
                if (cursor.isEmpty())
                    break;
            }
            return out;
        };
        const QHash<QString, QStringList> rules = rulesOnConsole();
        QHash<QString, int> seen;
        qint64 duplicated = 0;
        for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
            bool ours = false;
            for (int i = 1; i <= planned; ++i)
                ours = ours || it.key() == u"fw (%1)"_s.arg(i);
            if (!ours) {
                qWarning("a rule not planned: %s", qPrintable(it.key()));
                ++duplicated;
            }
            for (const QString &v : it.value())
                ++seen[v];
        }
        qint64 lost = 0;
        for (int i = 0; i < count; ++i) {
            const int n = seen.value(address(i));
            lost += n == 0 ? 1 : 0;
            duplicated += std::max(0, n - 1);
        }
        QCOMPARE(qint64(seen.size()), qint64(count)); // no other address
        QCOMPARE(int(rules.size()), planned);

        QCOMPARE(soak(w, {u"firewall"_s, u"withdraw"_s, u"fw"_s}), QString());
        QVERIFY(setFaults(w, {}));
        const qint64 left = rulesOnConsole().size();
        if (left)
            qWarning("%lld rules left after the withdrawal", left);
        duplicated += left;
        addRow(w, u"firewall export/withdraw"_s, count, lost, duplicated);
        QVERIFY2(w.kills >= kMinKills, qPrintable(u"only %1 kills (seed %2)"_s.arg(w.kills).arg(m_seed)));
        QCOMPARE(lost, 0);
        QCOMPARE(duplicated, 0);
    }

    // Consoles that never finish: the CLI ends with a sentence on stderr, nothing on stdout, a non-zero
    // exit, within a bounded time and memory.
    void endlessConsoles_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("maxSeconds");
        QTest::newRow("pages, the same cursor")
            << u"endless-pages=repeat"_s << u"repeated a page cursor"_s << 30;
        QTest::newRow("pages, new cursors") << u"endless-pages=new"_s << u"kept sending pages past"_s << 60;
        QTest::newRow("a byte a second") << u"trickle-ms=1000"_s << u"did not complete within 3 s"_s << 30;
        QTest::newRow("an endless body") << u"endless-body=1"_s << u"size limit"_s << 60;
    }
    void endlessConsoles()
    {
        QFETCH(QString, faults);
        QFETCH(QString, sentence);
        QFETCH(int, maxSeconds);
        World w;
        QVERIFY2(startWorld(w, {u"--threats"_s, u"30"_s}), "s1bridge-sim did not start");
        QVERIFY(setFaults(w, faults));
        QProcess p;
        QProcessEnvironment env = environment(w);
        env.insert(u"S1_NET_DEADLINE_MS"_s, u"3000"_s); // the byte a second: 3 s per attempt, not 5 minutes
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(S1_CLI_EXE),
            {u"threats"_s, u"list"_s, u"--max-attempts"_s, u"2"_s, u"--timeout"_s, u"2"_s});
        QVERIFY(p.waitForStarted(10000));
        qint64 peak = 0;
        while (p.state() == QProcess::Running && timer.elapsed() < maxSeconds * 1000) {
            peak = std::max(peak, peakRssKiB(p.processId()));
            p.waitForFinished(50);
        }
        const qint64 elapsed = timer.elapsed();
        if (p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(10000);
            QFAIL(qPrintable(u"s1bridge-cli still ran after %1 s"_s.arg(maxSeconds)));
        }
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        qInfo("%s: exit %d after %lld ms, peak RSS %lld KiB; stderr: %s", qPrintable(faults), p.exitCode(),
            elapsed, peak, err.trimmed().constData());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(out.isEmpty(), out.left(300).constData());
        QVERIFY2(err.contains(sentence.toUtf8()), err.constData());
        QVERIFY2(peak > 0 && peak < 640 * 1024, qPrintable(QString::number(peak)));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
