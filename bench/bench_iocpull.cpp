// SPDX-License-Identifier: GPL-3.0-or-later
// IOC pull from SentinelOne threats: 100,000 threats in s1bridge-sim become hash IOCs (SHA256 and
// MD5: Netskope's mapping) upserted into a real SQLite IOC store, page by page (S1ThreatPullJob +
// IocStore::upsert, one transaction a page). Prints IOCs a minute, requests, client CPU and peak RSS.
// Target (issue #11): >= 600,000 IOCs a minute (Netskope publishes ~11,000 a minute).
#include "BenchSupport.h"
#include "exchange/IocStore.h"
#include "exchange/S1ThreatSource.h"
#include "s1/S1Client.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int threats = 100000;
    BenchSim sim;
    if (!sim.start(simProgram(app.arguments(), QStringLiteral(S1_SIM_EXE)),
            {QStringLiteral("--threats"), QString::number(threats), QStringLiteral("--seed"),
                QStringLiteral("3")})) {
        std::fprintf(stderr, "bench_iocpull: could not start s1bridge-sim\n");
        return 1;
    }
    s1::ConsoleConfig console;
    console.url = QUrl(sim.url());
    console.token = sim.token();
    s1::S1Client s1(console);

    QTemporaryDir dir;
    storage::Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "bench_iocpull: %s\n", qPrintable(error));
        return 1;
    }
    exchange::IocStore store(&db);
    exchange::IocSource source;
    source.name = QStringLiteral("SentinelOne threats");
    source.kind = QStringLiteral("s1-threats");
    if (!store.saveSource(&source, &error)) {
        std::fprintf(stderr, "bench_iocpull: %s\n", qPrintable(error));
        return 1;
    }

    exchange::S1ThreatSourceSettings settings;
    settings.analystVerdicts.clear(); // every threat of the tenant
    settings.initialDays = 3650;
    exchange::S1ThreatPullJob job(&s1, settings);
    qint64 stored = 0;
    bool storeFailed = false;
    // --no-store: the pull alone (how much of the time the store takes).
    const bool noStore = app.arguments().contains(QStringLiteral("--no-store"));
    QElapsedTimer storeTimer;
    qint64 storeNs = 0;
    job.setSink([&](const QList<exchange::Ioc> &iocs) {
        if (noStore)
            return;
        storeTimer.start();
        exchange::UpsertCounts counts;
        if (!store.upsert(source.id, iocs, 1, &counts, &error))
            storeFailed = true;
        stored += counts.added + counts.updated;
        storeNs += storeTimer.nsecsElapsed();
    });
    sim.control("POST", QStringLiteral("/__sim/stats/reset"));
    const ProcessUsage before = ProcessUsage::now();
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&job, &jobs::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    if (!job.isFinished())
        loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const ProcessUsage after = ProcessUsage::now();
    if (job.state() != jobs::Job::State::Succeeded || storeFailed) {
        std::fprintf(stderr, "bench_iocpull: %s\n", qPrintable(storeFailed ? error : job.summary()));
        return 1;
    }
    const QJsonObject requests
        = sim.control("GET", QStringLiteral("/__sim/stats")).value(QLatin1String("requests")).toObject();
    const int listRequests = requests.value(QLatin1String("GET /web/api/v2.1/threats")).toInt();
    const double perMinute = double(job.iocCount()) / seconds * 60;
    std::printf(
        "threats pulled:            %lld (of %d)\n", static_cast<long long>(job.counts().seen), threats);
    std::printf("IOCs (SHA256 + MD5):       %lld, %lld new or changed in the store\n",
        static_cast<long long>(job.iocCount()), static_cast<long long>(stored));
    std::printf(
        "wall time:                 %.2f s (of which the store %.2f s)\n", seconds, double(storeNs) / 1e9);
    std::printf("IOCs a minute:             %.0f   (target >= 600,000; Netskope ~11,000)\n", perMinute);
    std::printf(
        "threat list requests:      %d   (pages of 1,000: %d)\n", listRequests, (threats + 999) / 1000);
    std::printf("client CPU:                %.2f s\n", after.cpuSeconds - before.cpuSeconds);
    std::printf("client peak RSS:           %.1f MB\n", after.peakRssMb);
    const bool ok = perMinute >= 600000 && job.counts().seen == threats;
    std::printf("result:                    %s\n", ok ? "within targets" : "MISSES A TARGET");
    return ok ? 0 : 1;
}
