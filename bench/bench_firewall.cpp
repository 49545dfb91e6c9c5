// SPDX-License-Identifier: GPL-3.0-or-later
// Firewall export, end to end against s1bridge-sim (its own process): a 100,000-address collection
// planned and exported to one site of an empty console (FirewallExportJob, a real SQLite store), then
// exported again with nothing changed, with one address more, with 1,000 scattered addresses removed,
// and the same collection to 10 scopes (every site of the simulator, then groups). Prints time, rules, writes
// and requests. Targets (issue #13): plan + export of 100,000 addresses to one site under 2 s, 20 rules of
// 5,000; again unchanged: 0 writes; one address more: 1 write; 1,000 removed: at most the rules that held
// them. Usage: bench_firewall [--sim PATH] [--addresses N]
#include "BenchSupport.h"
#include "firewall/FirewallExportJob.h"
#include "firewall/FirewallStore.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace firewall;

namespace {

void runJob(jobs::Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &jobs::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->isFinished())
        loop.exec();
}

QStringList addresses(int from, int to)
{
    QStringList out;
    for (int i = from; i < to; ++i)
        out << u"%1.%2.%3.%4"_s.arg(11 + i / 62500).arg(i / 250 % 250).arg(i % 250 + 1).arg(1 + i % 7);
    return out;
}

struct Step
{
    double seconds = 0;
    qint64 writes = 0, requests = 0;
    int rules = 0;
    bool ok = false;
    QString summary;
};

class FirewallBench
{
public:
    bool start(const QString &program, QString *error)
    {
        if (!m_sim.start(program, {u"--port"_s, u"0"_s, u"--threats"_s, u"5"_s})) {
            *error = u"could not start s1bridge-sim"_s;
            return false;
        }
        s1::ConsoleConfig console;
        console.url = QUrl(m_sim.url());
        console.token = m_sim.token();
        m_client = std::make_unique<s1::S1Client>(console);
        s1::SiteListJob sites(m_client.get());
        runJob(&sites);
        for (const s1::Site &s : sites.sites())
            m_scopes << s1::IocScope::site(s.id);
        // Ten scopes: every site, then groups (the simulator has 7 sites).
        s1::GroupListJob groups(m_client.get());
        runJob(&groups);
        for (const s1::Group &g : groups.groups())
            if (m_scopes.size() < 10 && !g.isDefault)
                m_scopes << s1::IocScope::group(g.id);
        if (m_scopes.isEmpty()) {
            *error = u"the simulator lists no site"_s;
            return false;
        }
        m_db = std::make_unique<storage::Database>(m_dir.filePath(u"bench.sqlite"_s));
        if (!m_db->open(error))
            return false;
        m_store = std::make_unique<FirewallStore>(m_db.get());
        return true;
    }
    int scopeCount() const { return int(m_scopes.size()); }

    bool save(const QString &name, const QStringList &entries, int sites, QString *error)
    {
        std::optional<Collection> c = m_store->collection(name);
        if (!c) {
            c = Collection();
            c->name = name;
        }
        c->entries = entries;
        c->aggregate = false;
        c->targets.clear();
        for (int i = 0; i < sites; ++i)
            c->targets << ExportTarget {u"bench"_s, m_scopes.at(i % m_scopes.size())};
        return m_store->save(&*c, error);
    }

    Step run(const QString &name)
    {
        const QJsonObject before = m_sim.control("GET", u"/__sim/stats"_s).value(u"firewall"_s).toObject();
        FirewallExportJob job(
            m_store.get(), m_client.get(), u"bench"_s, name, FirewallExportJob::Mode::Export);
        QElapsedTimer timer;
        timer.start();
        runJob(&job);
        Step step;
        step.seconds = double(timer.nsecsElapsed()) / 1e9;
        const QJsonObject after = m_sim.control("GET", u"/__sim/stats"_s).value(u"firewall"_s).toObject();
        for (const char *key : {"posts", "puts", "deletes"})
            step.writes
                += after.value(QLatin1String(key)).toInteger() - before.value(QLatin1String(key)).toInteger();
        step.requests = job.requests();
        step.rules = int(job.layout().slots.size());
        step.ok = job.state() == jobs::Job::State::Succeeded;
        step.summary = step.ok ? job.summary() : job.summary() + u' ' + job.error().userMessage();
        return step;
    }

private:
    BenchSim m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<s1::S1Client> m_client;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<FirewallStore> m_store;
    QList<s1::IocScope> m_scopes;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qsizetype at = arguments.indexOf(u"--addresses"_s);
    const int count = at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : 100000;
    FirewallBench bench;
    QString error;
    if (!bench.start(simProgram(arguments, QStringLiteral(S1_SIM_EXE)), &error)) {
        std::fprintf(stderr, "bench_firewall: %s\n", qPrintable(error));
        return 1;
    }
    QStringList entries = addresses(0, count);
    bool ok = true;
    const auto step = [&](const char *label, const Step &s) {
        std::printf("%-34s %6.2f s  %3d rules  %5lld writes  %5lld requests%s\n", label, s.seconds, s.rules,
            static_cast<long long>(s.writes), static_cast<long long>(s.requests), s.ok ? "" : "  FAILED");
        if (!s.ok) {
            std::fprintf(stderr, "bench_firewall: %s\n", qPrintable(s.summary));
            ok = false;
        }
    };
    const ProcessUsage before = ProcessUsage::now();
    if (!bench.save(u"bench"_s, entries, 1, &error)) {
        std::fprintf(stderr, "bench_firewall: %s\n", qPrintable(error));
        return 1;
    }
    const Step first = bench.run(u"bench"_s);
    step("first export, 1 site", first);
    const Step again = bench.run(u"bench"_s);
    step("again, nothing changed", again);
    entries << u"203.0.113.99"_s;
    bench.save(u"bench"_s, entries, 1, &error);
    const Step plusOne = bench.run(u"bench"_s);
    step("one address more", plusOne);
    QStringList kept;
    for (int i = 0; i < entries.size(); ++i)
        if (i % (count / 1000) != 3 || i >= count)
            kept << entries.at(i);
    const int removed = int(entries.size() - kept.size());
    bench.save(u"bench"_s, kept, 1, &error);
    const Step minus = bench.run(u"bench"_s);
    step("1,000 scattered removed", minus);
    const int sites = std::min(10, bench.scopeCount());
    bench.save(u"ten"_s, addresses(0, count), sites, &error);
    const Step ten = bench.run(u"ten"_s);
    step("another collection, 10 scopes", ten);
    const ProcessUsage after = ProcessUsage::now();
    std::printf(
        "addresses:                          %d (%d removed in step 4); scopes in step 5: %d (sites, then "
        "groups)\n",
        count, removed, sites);
    std::printf(
        "client CPU: %.2f s, peak RSS: %.1f MB\n", after.cpuSeconds - before.cpuSeconds, after.peakRssMb);
    const int expectedRules = (count + 4999) / 5000;
    ok = ok && first.seconds < 2.0 && first.rules == expectedRules && again.writes == 0 && plusOne.writes == 1
        && minus.writes <= expectedRules;
    std::printf("targets: first < 2 s (%.2f), %d rules (%d), again 0 writes (%lld), +1: 1 write (%lld), "
                "-1,000: <= %d writes (%lld)\n",
        first.seconds, expectedRules, first.rules, static_cast<long long>(again.writes),
        static_cast<long long>(plusOne.writes), expectedRules, static_cast<long long>(minus.writes));
    std::printf("result:                             %s\n", ok ? "within targets" : "MISSES A TARGET");
    return ok ? 0 : 1;
}
