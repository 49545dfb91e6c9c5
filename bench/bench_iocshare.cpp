// SPDX-License-Identifier: GPL-3.0-or-later
// IOC sharing to SentinelOne threat intelligence, end to end against s1bridge-sim (its own process):
// 1,000,000 SHA256 IOCs in a real SQLite store shared through IocShareJob (rate limit off), then the
// same run again (nothing changed: no POST), then 100,000 IOCs to a console limited to 30 requests a
// minute. Prints IOCs a minute, POSTs, 429s, client CPU and peak RSS.
// Targets (issue #11): >= 1,000,000 IOCs a minute, <= 1 POST per 2,500 IOCs, a re-run sends 0 POSTs,
// peak RSS under 300 MB; at 30 requests a minute, no 429.
// Usage: bench_iocshare [--sim PATH] [--iocs N] [--limited-iocs N]
#include "BenchSupport.h"
#include "exchange/IocShareJob.h"
#include "exchange/IocStore.h"
#include "exchange/S1IocDestination.h"
#include "exchange/SharingConfig.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

namespace {
void runJob(jobs::Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &jobs::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->isFinished())
        loop.exec();
}

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype i = arguments.indexOf(name);
    return i >= 0 && i + 1 < arguments.size() ? arguments.at(i + 1).toInt() : fallback;
}

struct Run
{
    double seconds = 0;
    qint64 posts = 0, rateLimited = 0, shared = 0;
    bool ok = false;
    QString summary;
};

// Fills a store with `count` SHA256 IOCs of one manual source, shares them to the simulator's first
// account with `perMinute` pacing, and (rerun) shares again.
class ShareBench
{
public:
    bool start(const QString &program, const QStringList &simArguments, int count, QString *error)
    {
        if (!m_sim.start(program, simArguments)) {
            *error = QStringLiteral("could not start s1bridge-sim");
            return false;
        }
        s1::ConsoleConfig console;
        console.url = QUrl(m_sim.url());
        console.token = m_sim.token();
        m_client = std::make_unique<s1::S1Client>(console);
        s1::AccountListJob accounts(m_client.get());
        runJob(&accounts);
        if (accounts.accounts().isEmpty()) {
            *error = QStringLiteral("the simulator lists no account");
            return false;
        }
        m_accountId = accounts.accounts().first().id;
        m_db = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("bench.sqlite")));
        if (!m_db->open(error))
            return false;
        m_store = std::make_unique<exchange::IocStore>(m_db.get());
        exchange::IocSource source;
        source.name = QStringLiteral("bench");
        source.kind = QStringLiteral("manual");
        if (!m_store->saveSource(&source, error))
            return false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<exchange::Ioc> batch;
        for (int i = 0; i < count; ++i) {
            exchange::Ioc ioc;
            ioc.type = exchange::IocType::Sha256;
            ioc.value = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
            ioc.firstSeen = ioc.lastSeen = now;
            batch.append(std::move(ioc));
            if (batch.size() == 5000 || i == count - 1) {
                exchange::UpsertCounts counts;
                if (!m_store->upsert(source.id, batch, 1, &counts, error))
                    return false;
                batch.clear();
            }
        }
        return true;
    }

    Run share(int perMinute)
    {
        Run run;
        exchange::SharingConfig config;
        config.name = QStringLiteral("bench-%1").arg(perMinute);
        config.scope = s1::IocScope::account(m_accountId);
        config.requestsPerMinute = perMinute;
        QString error;
        if (const auto stored = exchange::SharingConfig::load(*m_store, config.name, nullptr))
            config = *stored;
        else if (!config.save(m_store.get(), &error)) {
            run.summary = error;
            return run;
        }
        m_sim.control("POST", QStringLiteral("/__sim/stats/reset"));
        exchange::S1IocDestination destination(m_client.get(), config);
        exchange::IocShareJob job(m_store.get(), config, &destination);
        QElapsedTimer timer;
        timer.start();
        runJob(&job);
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        const QJsonObject iocs
            = m_sim.control("GET", QStringLiteral("/__sim/stats")).value(QLatin1String("iocs")).toObject();
        run.posts = iocs.value(QLatin1String("postsReceived")).toInteger();
        run.rateLimited = iocs.value(QLatin1String("rateLimited")).toInteger();
        run.shared = job.shareCounts().created + job.shareCounts().renewed;
        run.ok = job.state() == jobs::Job::State::Succeeded;
        run.summary = job.summary();
        return run;
    }

private:
    QTemporaryDir m_dir;
    BenchSim m_sim;
    std::unique_ptr<s1::S1Client> m_client;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<exchange::IocStore> m_store;
    QString m_accountId;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const QString sim = simProgram(arguments, QStringLiteral(S1_SIM_EXE));
    const int count = option(arguments, QStringLiteral("--iocs"), 1000000);
    const int limitedCount = option(arguments, QStringLiteral("--limited-iocs"), 100000);
    const QStringList small {
        QStringLiteral("--threats"), QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("4")};
    QString error;

    ShareBench fast;
    QElapsedTimer fill;
    fill.start();
    if (!fast.start(sim, small, count, &error)) {
        std::fprintf(stderr, "bench_iocshare: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("store filled:              %d IOCs in %.1f s\n", count, double(fill.nsecsElapsed()) / 1e9);
    const ProcessUsage before = ProcessUsage::now();
    const Run first = fast.share(0);
    const ProcessUsage after = ProcessUsage::now();
    const Run again = fast.share(0);
    if (!first.ok || !again.ok) {
        std::fprintf(stderr, "bench_iocshare: %s\n", qPrintable(first.ok ? again.summary : first.summary));
        return 1;
    }
    const double perMinute = double(first.shared) / first.seconds * 60;
    const qint64 postBudget = (count + 2499) / 2500;
    std::printf("shared (rate limit off):   %lld IOCs in %.2f s\n", static_cast<long long>(first.shared),
        first.seconds);
    std::printf("IOCs a minute:             %.0f   (target >= 1,000,000; Netskope ~33,000)\n", perMinute);
    std::printf("POSTs:                     %lld   (budget: 1 per 2,500 IOCs = %lld)\n",
        static_cast<long long>(first.posts), static_cast<long long>(postBudget));
    std::printf("re-run, nothing changed:   %lld POSTs in %.2f s   (target 0)\n",
        static_cast<long long>(again.posts), again.seconds);
    std::printf("client CPU (first run):    %.2f s\n", after.cpuSeconds - before.cpuSeconds);
    std::printf("client peak RSS:           %.1f MB   (target < 300)\n", after.peakRssMb);

    ShareBench limited;
    QStringList limitedArguments = small;
    limitedArguments << QStringLiteral("--ti-rate-limit") << QStringLiteral("30");
    if (!limited.start(sim, limitedArguments, limitedCount, &error)) {
        std::fprintf(stderr, "bench_iocshare: %s\n", qPrintable(error));
        return 1;
    }
    const Run paced = limited.share(30);
    if (!paced.ok) {
        std::fprintf(stderr, "bench_iocshare: %s\n", qPrintable(paced.summary));
        return 1;
    }
    std::printf(
        "at 30 requests a minute:   %lld IOCs in %.1f s, %lld POSTs, %lld answered 429   (target 0)\n",
        static_cast<long long>(paced.shared), paced.seconds, static_cast<long long>(paced.posts),
        static_cast<long long>(paced.rateLimited));
    const bool ok = perMinute >= 1000000 && first.posts <= postBudget && again.posts == 0
        && after.peakRssMb < 300 && paced.rateLimited == 0 && first.shared == count
        && paced.shared == limitedCount;
    std::printf("result:                    %s\n", ok ? "within targets" : "MISSES A TARGET");
    return ok ? 0 : 1;
}
