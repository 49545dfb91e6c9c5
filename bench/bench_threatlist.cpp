// SPDX-License-Identifier: GPL-3.0-or-later
// Lists 100,000 threats from s1bridge-sim through the client (ThreatListJob) and prints threats
// per minute, list requests, client CPU seconds and peak RSS. Targets (issue #2): >= 300,000
// threats/min, <= 101 list requests, peak RSS < 150 MB.
#include "BenchSupport.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int threats = 100000;
    BenchSim sim;
    if (!sim.start(simProgram(app.arguments(), QStringLiteral(S1_SIM_EXE)),
            {QStringLiteral("--threats"), QString::number(threats), QStringLiteral("--seed"),
                QStringLiteral("1")})) {
        std::fprintf(stderr, "bench_threatlist: could not start s1bridge-sim\n");
        return 1;
    }
    sim.control("POST", QStringLiteral("/__sim/stats/reset"));

    s1::ConsoleConfig config;
    config.url = QUrl(sim.url());
    config.token = sim.token();
    s1::S1Client client(config);
    s1::ThreatListJob job(&client, {});
    qint64 received = 0;
    QObject::connect(&job, &s1::ThreatListJob::threatsReady,
        [&received](const QList<s1::Threat> &page) { received += page.size(); });

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
    const int listRequests = sim.control("GET", QStringLiteral("/__sim/stats"))
                                 .value(QLatin1String("requests"))
                                 .toObject()
                                 .value(QLatin1String("GET /web/api/v2.1/threats"))
                                 .toInt();

    if (job.state() != jobs::Job::State::Succeeded) {
        std::fprintf(stderr, "bench_threatlist: %s\n", qPrintable(job.summary()));
        return 1;
    }
    const double perMinute = double(received) / seconds * 60.0;
    std::printf("threats listed:        %lld\n", static_cast<long long>(received));
    std::printf("wall time:             %.2f s\n", seconds);
    std::printf("threats per minute:    %.0f   (target >= 300000)\n", perMinute);
    std::printf("list requests:         %d   (target <= 101)\n", listRequests);
    std::printf("client CPU:            %.2f s\n", after.cpuSeconds - before.cpuSeconds);
    std::printf("client peak RSS:       %.1f MB   (target < 150)\n", after.peakRssMb);
    const bool ok
        = received == threats && perMinute >= 300000 && listRequests <= 101 && after.peakRssMb < 150;
    std::printf("result:                %s\n", ok ? "within targets" : "MISSES A TARGET");
    return ok ? 0 : 1;
}
