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
#include "SanitizerBuild.h"
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
#include <QThread>
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

// The table, on stdout (qInfo: `ctest -V -L soak` shows it) and in soak-table.txt in the working
// directory (build/tests/), which scripts/test prints after the tests.
void printTable(const QList<Row> &rows, quint32 seed)
{
    QStringList lines;
    const auto line = [](const QStringList &cells) {
        const QList<int> widths {26, 9, 11, 6, 6, 5, 11, 5};
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i)
            out += (i == 0 ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]))
                + (i + 1 < cells.size() ? u" | "_s : QString());
        return out;
    };
    lines << line({u"job"_s, u"requests"_s, u"faults met"_s, u"kills"_s, u"items"_s, u"lost"_s,
        u"duplicated"_s, u"s"_s});
    for (const Row &r : rows)
        lines << line({r.job, QString::number(r.requests), QString::number(r.faults),
            QString::number(r.kills), QString::number(r.items), QString::number(r.lost),
            QString::number(r.duplicated), QString::number(r.seconds)});
    for (const QString &l : std::as_const(lines))
        qInfo("%s", qPrintable(l));
    QFile file(u"soak-table.txt"_s);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        file.write(
            u"Fault soak (tst_soak), seed %1 (S1_TEST_SEED=%1 repeats it), faults %2:\n%3\n"_s.arg(seed)
                .arg(kFaults, lines.join(u'\n'))
                .toUtf8());
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

// One job's world, made and used in the job's own thread: its simulator, its XDG home, its seeded
// kill moments, its kill count, the first failure of its checks and its row of the table.
class Soak
{
public:
    Soak(const QString &job, quint32 seed)
        : random(seed)
    {
        row.job = job;
        clock.start();
    }

    QRandomGenerator random;
    QNetworkAccessManager nam;
    clitest::Sim sim;
    QTemporaryDir home;
    bool openCti = false;
    int kills = 0;
    QElapsedTimer clock;
    QString failure; // empty while every check held
    Row row;

    bool start(const QStringList &simArguments, quint32 seed)
    {
        // The simulator's faults are seeded by its --seed: the test's seed makes the run repeatable.
        return home.isValid()
            && sim.start(simArguments + QStringList {u"--seed"_s, QString::number(seed % 100000 + 1)});
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"S1_URL"_s, sim.url);
        env.insert(u"S1_API_KEY"_s, sim.token);
        if (openCti) {
            env.insert(u"OPENCTI_URL"_s, sim.openCtiUrl);
            env.insert(u"OPENCTI_TOKEN"_s, sim.openCtiToken);
            env.insert(u"CONNECTOR_ID"_s, sim.connectorId);
        }
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.remove(u"S1_ACCOUNT_ID"_s);
        env.remove(u"SIGN"_s);
        env.remove(u"MAX_API_ATTEMPTS"_s);
        return env;
    }

    QJsonObject get(const QString &path, const QUrlQuery &query = {})
    {
        return clitest::get(nam, sim, path, query);
    }

    QByteArray send(const QByteArray &verb, const QString &path, const QByteArray &body)
    {
        QNetworkRequest req(QUrl(sim.url + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        reply->deleteLater();
        return reply->readAll();
    }

    // The simulator's faults: kFaults while a command is soaked, none for set-up and checks.
    bool setFaults(const QString &spec)
    {
        const QByteArray answer = send("POST", u"/__sim/faults"_s,
            QJsonDocument(QJsonObject {{u"spec"_s, spec}}).toJson(QJsonDocument::Compact));
        // The simulator answers the spec it took (in its canonical order), or an error without "spec".
        const QJsonValue taken = QJsonDocument::fromJson(answer).object().value(u"spec"_s);
        return taken.isString() && spec.isEmpty() == taken.toString().isEmpty();
    }

    // Requests that change something (POST, PUT, DELETE: GraphQL pushes included).
    qint64 writes()
    {
        const QJsonObject requests = get(u"/__sim/stats"_s).value(u"requests"_s).toObject();
        qint64 n = 0;
        for (auto it = requests.constBegin(); it != requests.constEnd(); ++it) {
            if (it.key().startsWith(u"POST "_s) || it.key().startsWith(u"PUT "_s)
                || it.key().startsWith(u"DELETE "_s))
                n += it.value().toInteger();
        }
        return n;
    }

    clitest::Result cli(const QStringList &args) { return clitest::runCli(environment(), args); }

    // A set-up step, without faults; empty when it exited 0.
    QString setUp(const QStringList &args)
    {
        if (!setFaults({}))
            return u"the simulator refused to turn its faults off"_s;
        const clitest::Result r = cli(args);
        return r.exitCode == 0 ? QString() : args.join(u' ') + u": "_s + r.feedback();
    }

    // The command under the faults, killed with SIGKILL at random moments and started again until it
    // exits 0. Empty when it did; else what went wrong.
    QString soak(const QStringList &args, int fewestKills = 1, int mostKills = 4)
    {
        if (!setFaults(kFaults))
            return u"the simulator refused the faults"_s;
        QString lastError;
        // A few kills (1 to 4 by default), then it runs to its end (resumed after a failure): every
        // command gets done.
        const int killsWanted = fewestKills + int(random.bounded(mostKills - fewestKills + 1));
        int killed = 0;
        for (int round = 0; round < kMaxRoundsPerCommand; ++round) {
            const qint64 writesBefore = writes();
            QProcess p;
            p.setProcessEnvironment(environment());
            p.start(QStringLiteral(S1_CLI_EXE), args);
            if (!p.waitForStarted(10000))
                return u"s1bridge-cli did not start"_s;
            if (killed < killsWanted) {
                // Half the kills a random time after the start (0..1 s: the start-up, the first reads,
                // the middle of the work), half a random time (0..300 ms) after a write reached the
                // simulator.
                const bool afterWrite = random.bounded(2) == 1;
                if (afterWrite) {
                    QElapsedTimer waited;
                    waited.start();
                    while (p.state() == QProcess::Running && writes() <= writesBefore
                        && waited.elapsed() < 20000)
                        p.waitForFinished(15);
                }
                const int delay = int(random.bounded(afterWrite ? 300 : 1000));
                if (p.state() == QProcess::Running)
                    p.waitForFinished(delay);
                if (p.state() == QProcess::Running) {
                    ::kill(pid_t(p.processId()), SIGKILL);
                    p.waitForFinished(10000);
                    ++kills;
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

    // The row of the table, from the simulator's counters.
    void finish(qint64 items, qint64 lost, qint64 duplicated)
    {
        const QJsonObject stats = get(u"/__sim/stats"_s);
        const auto sum = [](const QJsonObject &counts) {
            qint64 n = 0;
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
                n += it.value().toInteger();
            return n;
        };
        row.requests = sum(stats.value(u"requests"_s).toObject());
        row.faults = sum(stats.value(u"faults"_s).toObject());
        row.kills = kills;
        row.items = items;
        row.lost = lost;
        row.duplicated = duplicated;
        row.seconds = clock.elapsed() / 1000;
    }

    // Every threat of the tenant (id -> JSON), paged, without faults.
    QHash<QString, QJsonObject> threats()
    {
        QHash<QString, QJsonObject> out;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QUrlQuery q {{u"limit"_s, u"100"_s}};
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            const QJsonObject answer = get(u"/web/api/v2.1/threats"_s, q);
            for (const QJsonValue &t : answer[u"data"_s].toArray())
                out.insert(t[u"id"_s].toString(), t.toObject());
            cursor = answer[u"pagination"_s][u"nextCursor"_s].toString();
            if (cursor.isEmpty())
                break;
        }
        return out;
    }

    QStringList threatIds()
    {
        QStringList ids = threats().keys();
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // How many notes of a threat carry the flag.
    int flagNotes(const QString &threatId)
    {
        int n = 0;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QUrlQuery q {{u"limit"_s, u"100"_s}};
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            const QJsonObject answer = get(u"/web/api/v2.1/threats/%1/notes"_s.arg(threatId), q);
            for (const QJsonValue &note : answer[u"data"_s].toArray())
                n += note[u"text"_s].toString().contains(u"[OpenCTI_add]"_s) ? 1 : 0;
            cursor = answer[u"pagination"_s][u"nextCursor"_s].toString();
            if (cursor.isEmpty())
                break;
        }
        return n;
    }
};

// A job's checks: the first that fails is kept and ends the job (QCOMPARE belongs to the main thread).
#define SOAK_VERIFY(condition, message)                                                                      \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            w.failure = QString(message);                                                                    \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)
#define SOAK_OK(step)                                                                                        \
    do {                                                                                                     \
        const QString problem_ = (step);                                                                     \
        if (!problem_.isEmpty()) {                                                                           \
            w.failure = problem_;                                                                            \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)

// threats flag / unflag: in waves, three threats flagged and one of the flagged unflagged, each
// command soaked. In the end every flagged threat has exactly one flag note, the others none.
void flagAndUnflag(Soak &w, quint32 seed)
{
    SOAK_VERIFY(
        w.start({u"--threats"_s, u"80"_s, u"--no-seeded-flags"_s}, seed), u"s1bridge-sim did not start"_s);
    const QStringList ids = w.threatIds();
    SOAK_VERIFY(ids.size() >= 60, u"the tenant has %1 threats"_s.arg(ids.size()));
    QSet<QString> flagged, unflagged;
    int next = 0;
    for (int wave = 0; (wave < 4 || w.kills < kMinKills) && next + 3 <= ids.size(); ++wave) {
        const QStringList batch = ids.mid(next, 3);
        next += 3;
        SOAK_OK(w.soak(QStringList {u"threats"_s, u"flag"_s} + batch));
        for (const QString &id : batch)
            flagged.insert(id);
        if (wave % 2 == 1) {
            const QString id = batch.first();
            SOAK_OK(w.soak({u"threats"_s, u"unflag"_s, id}));
            flagged.remove(id);
            unflagged.insert(id);
        }
    }
    SOAK_VERIFY(w.setFaults({}), u"the simulator kept its faults"_s);
    qint64 lost = 0, duplicated = 0;
    for (const QString &id : ids) {
        const int n = w.flagNotes(id);
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
    w.finish(flagged.size() + unflagged.size(), lost, duplicated);
}

// opencti import: in waves, four more threats flagged (without faults), then the import soaked.
// In the end OpenCTI holds exactly one incident per flagged threat, with the id the importer
// derives from it and the threat's id as its SentinelOne external reference, and none other.
void openCtiImport(Soak &w, quint32 seed)
{
    w.openCti = true;
    SOAK_VERIFY(
        w.start({u"--threats"_s, u"80"_s, u"--no-seeded-flags"_s, u"--opencti-ingest-ms"_s, u"5"_s}, seed),
        u"s1bridge-sim did not start"_s);
    SOAK_VERIFY(!w.sim.openCtiUrl.isEmpty(), u"the simulator printed no OPENCTI_URL"_s);
    const QStringList ids = w.threatIds();
    QSet<QString> flagged;
    int next = 0;
    for (int wave = 0; (wave < 3 || w.kills < kMinKills) && next + 4 <= ids.size(); ++wave) {
        const QStringList batch = ids.mid(next, 4);
        next += 4;
        SOAK_OK(w.setUp(QStringList {u"threats"_s, u"flag"_s} + batch));
        for (const QString &id : batch)
            flagged.insert(id);
        // A run takes long under these faults (every push and work poll meets some): more kills each.
        SOAK_OK(w.soak({u"opencti"_s, u"import"_s, u"--once"_s}, 4, 7));
    }
    SOAK_VERIFY(w.setFaults({}), u"the simulator kept its faults"_s);
    // The last run waited for its work; an earlier killed run's work may still be ingesting.
    QJsonArray incidents;
    QElapsedTimer ingest;
    ingest.start();
    do {
        QNetworkReply *reply
            = w.nam.get(QNetworkRequest(QUrl(w.sim.url + u"/__sim/opencti/objects?type=incident"_s)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        reply->deleteLater();
        incidents = QJsonDocument::fromJson(reply->readAll()).array();
        if (incidents.size() >= flagged.size())
            break;
        QTest::qWait(200);
    } while (ingest.elapsed() < 30000);
    const QHash<QString, QJsonObject> all = w.threats();
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
        SOAK_VERIFY(incident[u"id"_s].toString() == expected,
            u"the incident of threat %1 is %2, not %3"_s.arg(
                threatId, incident[u"id"_s].toString(), expected));
        ++byThreat[threatId];
    }
    qint64 lost = 0;
    for (const QString &id : std::as_const(flagged)) {
        lost += byThreat.value(id) == 0 ? 1 : 0;
        duplicated += std::max(0, byThreat.value(id) - 1);
    }
    w.finish(flagged.size(), lost, duplicated);
}

// sources pull + sharing run: a feed whose window of addresses moves on each wave (five new, five
// gone), pulled and shared, both soaked. In the end the console holds exactly the feed's addresses,
// each once, with the feed's expiry; none of the ones the feed dropped.
void iocPullAndShare(Soak &w, quint32 seed)
{
    SOAK_VERIFY(w.start({u"--threats"_s, u"5"_s}, seed), u"s1bridge-sim did not start"_s);
    const QJsonArray accounts = w.get(u"/web/api/v2.1/accounts"_s).value(u"data"_s).toArray();
    SOAK_VERIFY(!accounts.isEmpty(), u"the tenant has no account"_s);
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
    w.send("PUT", u"/__sim/feeds/soak.csv"_s, feed(0, window));
    SOAK_OK(w.setUp(
        {u"sources"_s, u"add"_s, u"soak"_s, u"feed"_s, u"--url"_s, w.sim.url + u"/__sim/feeds/soak.csv"_s}));
    // No pacing: the simulator has no threat-intelligence rate limit here.
    SOAK_OK(w.setUp(
        {u"sharing"_s, u"add"_s, u"s"_s, u"--scope"_s, u"account:"_s + account, u"--sources"_s, u"soak"_s,
            u"--valid-days"_s, u"IPV4=30"_s, u"--batch-size"_s, u"4"_s, u"--requests-per-minute"_s, u"0"_s}));
    int from = 0;
    for (int wave = 0; (wave < 3 || w.kills < kMinKills) && wave < 40; ++wave) {
        if (wave > 0) {
            from += step;
            w.send("PUT", u"/__sim/feeds/soak.csv"_s, feed(from, from + window));
        }
        SOAK_OK(w.soak({u"sources"_s, u"pull"_s, u"soak"_s}));
        SOAK_OK(w.soak({u"sharing"_s, u"run"_s, u"s"_s}));
    }
    SOAK_VERIFY(w.setFaults({}), u"the simulator kept its faults"_s);
    QHash<QString, int> held;
    qint64 wrongExpiry = 0;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        QUrlQuery q {{u"accountIds"_s, account}, {u"limit"_s, u"1000"_s}};
        if (!cursor.isEmpty())
            q.addQueryItem(u"cursor"_s, cursor);
        const QJsonObject answer = w.get(u"/web/api/v2.1/threat-intelligence/iocs"_s, q);
        for (const QJsonValue &ioc : answer[u"data"_s].toArray()) {
            ++held[ioc[u"value"_s].toString()];
            const QDateTime until = QDateTime::fromString(ioc[u"validUntil"_s].toString(), Qt::ISODateWithMs);
            if (until != expiry) {
                ++wrongExpiry;
                qWarning("%s expires %s, not %s", qPrintable(ioc[u"value"_s].toString()),
                    qPrintable(ioc[u"validUntil"_s].toString()), qPrintable(expiry.toString(Qt::ISODate)));
            }
        }
        cursor = answer[u"pagination"_s][u"nextCursor"_s].toString();
        if (cursor.isEmpty())
            break;
    }
    QSet<QString> wanted;
    for (int i = from; i < from + window; ++i)
        wanted.insert(value(i));
    qint64 lost = 0, duplicated = 0;
    for (const QString &v : std::as_const(wanted))
        lost += held.value(v) == 0 ? 1 : 0;
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        duplicated += wanted.contains(it.key()) ? it.value() - 1 : it.value(); // twice, or still there
        if (!wanted.contains(it.key()))
            qWarning("%s should have been retracted", qPrintable(it.key()));
    }
    w.finish(from + window, lost, duplicated);
    SOAK_VERIFY(wrongExpiry == 0, u"%1 IOCs with another expiry than the feed's"_s.arg(wrongExpiry));
}

// firewall export (a collection growing by 15 addresses a wave, at most 20 a rule) and then
// withdraw, both soaked: exactly the planned rules "fw (1)".. with each address once, then none.
void firewallExportAndWithdraw(Soak &w, quint32 seed)
{
    SOAK_VERIFY(w.start({u"--threats"_s, u"5"_s}, seed), u"s1bridge-sim did not start"_s);
    const QString site
        = w.get(u"/web/api/v2.1/sites"_s)[u"data"_s][u"sites"_s].toArray().at(0)[u"id"_s].toString();
    SOAK_VERIFY(!site.isEmpty(), u"the tenant has no site"_s);
    const auto address = [](int i) { return u"203.0.%1.%2"_s.arg(113 + i / 250).arg(i % 250 + 1); };
    QStringList first;
    for (int i = 0; i < 30; ++i)
        first << address(i);
    QFile file(w.home.filePath(u"fw.txt"_s));
    SOAK_VERIFY(file.open(QIODevice::WriteOnly), file.errorString());
    file.write(first.join(u'\n').toUtf8() + '\n');
    file.close();
    SOAK_OK(w.setUp({u"firewall"_s, u"collections"_s, u"import"_s, u"fw"_s, file.fileName()}));
    SOAK_OK(w.setUp({u"firewall"_s, u"collections"_s, u"set"_s, u"fw"_s, u"--max-entries"_s, u"20"_s,
        u"--aggregate"_s, u"no"_s}));
    int count = 30;
    for (int wave = 0; (wave < 2 || w.kills < kMinKills) && wave < 30; ++wave) {
        if (wave > 0) {
            QStringList more;
            for (int i = count; i < count + 15; ++i)
                more << address(i);
            count += 15;
            SOAK_OK(w.setUp(QStringList {u"firewall"_s, u"collections"_s, u"add"_s, u"fw"_s} + more));
        }
        SOAK_OK(w.soak({u"firewall"_s, u"export"_s, u"fw"_s, u"--site"_s, site}));
    }
    SOAK_VERIFY(w.setFaults({}), u"the simulator kept its faults"_s);
    // What the planner wants now (nothing to do: the export is complete).
    const clitest::Result plan = w.cli({u"firewall"_s, u"plan"_s, u"fw"_s, u"--json"_s});
    SOAK_VERIFY(plan.exitCode == 0, plan.feedback());
    const int planned = plan.json()[u"rules"_s].toInt();
    SOAK_VERIFY(planned == (count + 19) / 20, u"%1 rules planned for %2 addresses"_s.arg(planned).arg(count));
    const auto rulesOnConsole = [&w, &site] {
        QList<std::pair<QString, QStringList>> out;
        QString cursor;
        for (int page = 0; page < 100; ++page) {
            QUrlQuery q {{u"siteIds"_s, site}, {u"limit"_s, u"100"_s}};
            if (!cursor.isEmpty())
                q.addQueryItem(u"cursor"_s, cursor);
            const QJsonObject answer = w.get(u"/web/api/v2.1/firewall-control"_s, q);
            for (const QJsonValue &rule : answer[u"data"_s].toArray()) {
                QStringList values;
                for (const QJsonValue &hosts : rule[u"remoteHosts"_s].toArray())
                    for (const QJsonValue &v : hosts[u"values"_s].toArray())
                        values << v.toString();
                out.append({rule[u"name"_s].toString(), values});
            }
            cursor = answer[u"pagination"_s][u"nextCursor"_s].toString();
            if (cursor.isEmpty())
                break;
        }
        return out;
    };
    QSet<QString> names;
    for (int i = 1; i <= planned; ++i)
        names.insert(u"fw (%1)"_s.arg(i));
    QHash<QString, int> seen;
    qint64 duplicated = 0;
    QSet<QString> present;
    for (const auto &[name, values] : rulesOnConsole()) {
        if (!names.contains(name) || present.contains(name)) {
            qWarning("a rule not planned, or twice: %s", qPrintable(name));
            ++duplicated;
        }
        present.insert(name);
        for (const QString &v : values)
            ++seen[v];
    }
    qint64 lost = planned - present.size(); // a planned rule missing
    for (int i = 0; i < count; ++i) {
        const int n = seen.value(address(i));
        lost += n == 0 ? 1 : 0;
        duplicated += std::max(0, n - 1);
    }
    duplicated += seen.size() - std::min<qint64>(seen.size(), count - lost); // another address
    SOAK_OK(w.soak({u"firewall"_s, u"withdraw"_s, u"fw"_s}));
    SOAK_VERIFY(w.setFaults({}), u"the simulator kept its faults"_s);
    const qint64 left = rulesOnConsole().size();
    if (left)
        qWarning("%lld rules left after the withdrawal", left);
    duplicated += left;
    w.finish(count, lost, duplicated);
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

    quint32 m_seed = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_seed = qEnvironmentVariableIsSet("S1_TEST_SEED")
            ? quint32(qEnvironmentVariableIntValue("S1_TEST_SEED"))
            : QRandomGenerator::global()->generate() % 100000;
        qInfo("seed %u (S1_TEST_SEED=%u repeats this run); faults %s", m_seed, m_seed, qPrintable(kFaults));
    }

    // The four jobs at once, each in a thread of its own with its own simulator (they mostly wait:
    // on Retry-After, back-off and the kills), then the table and every job's checks.
    void jobsUnderFaultsAndKills()
    {
        using Job = void (*)(Soak &, quint32);
        const QList<std::pair<QString, Job>> jobs {{u"threats flag/unflag"_s, flagAndUnflag},
            {u"opencti import"_s, openCtiImport}, {u"sources pull + sharing run"_s, iocPullAndShare},
            {u"firewall export/withdraw"_s, firewallExportAndWithdraw}};
        QList<Row> results(jobs.size());
        QStringList failures(jobs.size());
        std::vector<std::unique_ptr<QThread>> threads;
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            const quint32 seed = m_seed + quint32(i) * 7919;
            threads.emplace_back(QThread::create([&, i, seed] {
                Soak w(jobs[i].first, seed);
                jobs[i].second(w, seed);
                results[i] = w.row;
                failures[i] = w.failure;
                qInfo("%s: done in %lld s, %d kills%s", qPrintable(jobs[i].first), w.clock.elapsed() / 1000,
                    w.kills, w.failure.isEmpty() ? "" : qPrintable(u"; "_s + w.failure));
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(std::chrono::minutes(14)));
        printTable(results, m_seed);
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            const Row &r = results[i];
            QVERIFY2(failures[i].isEmpty(), qPrintable(jobs[i].first + u": "_s + failures[i]));
            QVERIFY2(r.kills >= kMinKills,
                qPrintable(u"%1: only %2 kills (seed %3)"_s.arg(jobs[i].first).arg(r.kills).arg(m_seed)));
            QVERIFY2(r.items > 0, qPrintable(jobs[i].first));
            QCOMPARE(r.lost, 0);
            QCOMPARE(r.duplicated, 0);
        }
    }

    // Consoles that never finish: the CLI ends with a sentence on stderr, nothing on stdout, a non-zero
    // exit, within a bounded time and memory.
    void endlessConsoles_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("maxSeconds");
        const QStringList list {u"threats"_s, u"list"_s};
        const QStringList unflag {u"threats"_s, u"unflag"_s, u"THREAT"_s};
        const QStringList import {u"opencti"_s, u"import"_s, u"--once"_s};
        for (const auto &[name, command] : {std::pair {"threats list", list},
                 std::pair {"threats unflag", unflag}, std::pair {"opencti import", import}}) {
            QTest::addRow("%s, pages with the same cursor", name)
                << u"endless-pages=repeat"_s << command << u"repeated a page cursor"_s << 30;
            QTest::addRow("%s, pages with new cursors", name)
                << u"endless-pages=new"_s << command << u"kept sending pages past"_s << 60;
        }
        QTest::newRow("threats list, a byte a second")
            << u"trickle-ms=1000"_s << list << u"did not complete within 3 s"_s << 30;
        QTest::newRow("threats list, an endless body")
            << u"endless-body=1"_s << list << u"size limit"_s << 60;
    }
    void endlessConsoles()
    {
        QFETCH(QString, faults);
        QFETCH(QStringList, command);
        QFETCH(QString, sentence);
        QFETCH(int, maxSeconds);
        Soak w(u"endless"_s, m_seed);
        w.openCti = true;
        QVERIFY2(w.start({u"--threats"_s, u"30"_s}, m_seed), "s1bridge-sim did not start");
        // Threats with a flag note: unflag and the import read their notes.
        const QStringList ids = w.threatIds();
        QCOMPARE(w.setUp({u"threats"_s, u"flag"_s, ids.value(0), ids.value(1), ids.value(2)}), QString());
        command.replaceInStrings(u"THREAT"_s, ids.value(0));
        QVERIFY(w.setFaults(faults));
        QProcess p;
        p.setProcessEnvironment(w.environment());
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(S1_CLI_EXE),
            // The byte a second: --deadline 3 ends each attempt after 3 s, not 5 minutes.
            command
                + QStringList {u"--max-attempts"_s, u"2"_s, u"--timeout"_s, u"2"_s, u"--deadline"_s, u"3"_s});
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
        QVERIFY2(
            peak > 0 && peak < testsupport::memoryBoundKiB(640 * 1024), qPrintable(QString::number(peak)));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
