// SPDX-License-Identifier: GPL-3.0-or-later
// 1,000 flagged threats among 100,000 in s1bridge-sim, imported into its OpenCTI end to end
// (OpenCtiImportJob, a real SQLite file). Prints threats per second, requests to SentinelOne and to
// OpenCTI, client CPU. Targets (issue #5): >= 100 threats/s; SentinelOne requests no more than list
// pages + one notes request per candidate.
#include "BenchSupport.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "s1/ThreatFlagJob.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int threats = 100000, flagged = 1000;
    BenchSim sim;
    if (!sim.start(simProgram(app.arguments(), QStringLiteral(S1_SIM_EXE)),
            {QStringLiteral("--threats"), QString::number(threats), QStringLiteral("--seed"),
                QStringLiteral("2"), QStringLiteral("--opencti-ingest-ms"), QStringLiteral("0"),
                QStringLiteral("--no-seeded-flags")})) {
        std::fprintf(stderr, "bench_openctiimport: could not start s1bridge-sim\n");
        return 1;
    }
    s1::ConsoleConfig console;
    console.url = QUrl(sim.url());
    console.token = sim.token();
    s1::S1Client s1(console);

    // Flag 1,000 threats spread over the console (one request).
    s1::ThreatListJob list(&s1, {});
    QStringList ids;
    QObject::connect(&list, &s1::ThreatListJob::threatsReady, [&ids](const QList<s1::Threat> &page) {
        for (int i = 0; i < page.size(); i += 100)
            ids << page.at(i).id;
    });
    runJob(&list);
    ids = ids.mid(0, flagged);
    s1::ThreatFlagJob flag(&s1, s1::ThreatFlagJob::Mode::Flag, ids, QStringLiteral("[OpenCTI_add]"));
    runJob(&flag);
    s1::ThreatQuery withNotes;
    withNotes.noteExists = true;
    s1::ThreatListJob candidates(&s1, withNotes);
    runJob(&candidates);
    sim.control("POST", QStringLiteral("/__sim/stats/reset"));

    QTemporaryDir dir;
    storage::Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "bench_openctiimport: %s\n", qPrintable(error));
        return 1;
    }
    opencti::ImportStore store(&db);
    opencti::OpenCtiConfig openCtiConfig;
    openCtiConfig.url = QUrl(sim.openCtiUrl());
    openCtiConfig.token = sim.openCtiToken();
    opencti::OpenCtiClient openCti(openCtiConfig);
    opencti::ImportSettings settings;
    settings.profileId = QStringLiteral("bench");
    settings.connectorId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    settings.bundle.consoleUrl = console.url;
    settings.concurrency = 8;
    settings.workPollMs = 50;

    opencti::OpenCtiImportJob job(&s1, &openCti, &store, settings);
    const ProcessUsage before = ProcessUsage::now();
    QElapsedTimer timer;
    timer.start();
    runJob(&job);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const ProcessUsage after = ProcessUsage::now();
    const QJsonObject requests
        = sim.control("GET", QStringLiteral("/__sim/stats")).value(QLatin1String("requests")).toObject();
    int s1Requests = 0, openCtiRequests = 0;
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (it.key().contains(QLatin1String("/graphql")))
            openCtiRequests += it.value().toInt();
        else
            s1Requests += it.value().toInt();
    }
    const int listRequests = requests.value(QLatin1String("GET /web/api/v2.1/threats")).toInt();
    const int notesRequests = requests.value(QLatin1String("GET /web/api/v2.1/threats/{id}/notes")).toInt();
    const qint64 candidateCount = candidates.totalItems();
    const qint64 listPages = (candidateCount + 999) / 1000;
    if (job.state() != jobs::Job::State::Succeeded) {
        std::fprintf(stderr, "bench_openctiimport: %s\n", qPrintable(job.summary()));
        return 1;
    }
    const double perSecond = double(job.importedThreats().size()) / seconds;
    std::printf("threats imported:          %lld of %d flagged (among %d)\n",
        static_cast<long long>(job.importedThreats().size()), flagged, threats);
    std::printf("candidates (with notes):   %lld\n", static_cast<long long>(candidateCount));
    std::printf("wall time:                 %.2f s\n", seconds);
    std::printf("threats per second:        %.0f   (target >= 100)\n", perSecond);
    std::printf(
        "SentinelOne requests:      %d (list %d + notes %d)   (budget: %lld list pages + %lld notes)\n",
        s1Requests, listRequests, notesRequests, static_cast<long long>(listPages),
        static_cast<long long>(candidateCount));
    std::printf("OpenCTI requests:          %d\n", openCtiRequests);
    std::printf("client CPU:                %.2f s\n", after.cpuSeconds - before.cpuSeconds);
    std::printf("client peak RSS:           %.1f MB\n", after.peakRssMb);
    const bool ok = job.importedThreats().size() == flagged && perSecond >= 100 && listRequests <= listPages
        && notesRequests <= candidateCount;
    std::printf("result:                    %s\n", ok ? "within targets" : "MISSES A TARGET");
    return ok ? 0 : 1;
}
