// SPDX-License-Identifier: GPL-3.0-or-later
// The "SentinelOne threats" IOC source: the threat -> IOC mapping (Netskope's, API-NOTES.md) and the
// pull job against the simulator on 127.0.0.1 (port 0).
#include "FaultSpec.h"
#include "SimServer.h"
#include "SimTenant.h"
#include "exchange/IocStore.h"
#include "exchange/S1ThreatSource.h"
#include "jobs/Clock.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "storage/Database.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(s1::Threat)
Q_DECLARE_METATYPE(QList<exchange::IocType>)

using namespace exchange;
using namespace Qt::StringLiterals;

namespace {
const QString Sha256 = u"A3F5C9E1D2B4A6C8E0F1A2B3C4D5E6F708192A3B4C5D6E7F8091A2B3C4D5E6F7"_s;
const QString Sha1 = u"8843d7f92416211de9ebb963ff4ce28125932878"_s;
const QString Md5 = u"0cc175b9c0f1b6a831c399e269772661"_s;
const QString EmptyFileMd5 = u"d41d8cd98f00b204e9800998ecf8427e"_s;

s1::Threat sampleThreat()
{
    s1::Threat t;
    t.id = u"1234567890123456789"_s;
    t.sha256 = Sha256;
    t.sha1 = Sha1;
    t.md5 = Md5;
    t.classification = u"Malware"_s;
    t.confidenceLevel = u"malicious"_s;
    t.analystVerdict = u"true_positive"_s;
    t.detectionEngines = {u"SentinelOne Cloud"_s, u"On-Write Static AI"_s};
    t.createdAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    t.updatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    return t;
}

QString threatIdOf(const Ioc &ioc)
{
    // <console>/incidents/threats/<id>/overview
    const QStringList parts = ioc.link.path().split(u'/');
    return parts.size() >= 2 ? parts.at(parts.size() - 2) : QString();
}
} // namespace

class TestS1ThreatSource : public QObject
{
    Q_OBJECT

    std::unique_ptr<s1sim::SimServer> m_sim;

    s1::ConsoleConfig config() const
    {
        s1::ConsoleConfig c;
        c.url = m_sim->baseUrl();
        c.token = m_sim->token();
        c.transport.timeoutMs = 10000;
        c.transport.backoffBaseMs = 20;
        c.transport.backoffMaxMs = 100;
        return c;
    }

    void startSim(int threats)
    {
        s1sim::SimOptions options;
        options.threats = threats;
        options.seed = 11;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    }

    static bool run(jobs::Job *job)
    {
        QSignalSpy finished(job, &jobs::Job::finished);
        job->start();
        return job->isFinished() || finished.wait(60000);
    }

    // The threats a plain list finds for the same query: what the pull must have seen.
    QSet<QString> threatIdsFor(
        s1::S1Client &client, const s1::ThreatQuery &query, QList<s1::Threat> *threats = nullptr)
    {
        s1::ThreatListJob job(&client, query);
        job.setKeepResults(true);
        if (!run(&job) || job.state() != jobs::Job::State::Succeeded)
            return {};
        QSet<QString> ids;
        for (const s1::Threat &t : job.threats()) {
            if (!t.sha256.isEmpty() || !t.md5.isEmpty())
                ids.insert(t.id);
        }
        if (threats)
            *threats = job.threats();
        return ids;
    }

private Q_SLOTS:
    void cleanup() { m_sim.reset(); }

    void mapping_data()
    {
        QTest::addColumn<s1::Threat>("threat");
        QTest::addColumn<QList<IocType>>("hashTypes");
        QTest::addColumn<QStringList>("expected"); // "TYPE value", in order
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<int>("rejected");

        const s1::Threat t = sampleThreat();
        const QList<IocType> byDefault {IocType::Sha256, IocType::Md5};
        QTest::newRow("default: SHA256 and MD5, lower case")
            << t << byDefault << QStringList {u"SHA256 "_s + Sha256.toLower(), u"MD5 "_s + Md5}
            << QStringList {u"true_positive"_s} << 0;
        QTest::newRow("SHA1 on request")
            << t << QList<IocType> {IocType::Sha256, IocType::Sha1, IocType::Md5}
            << QStringList {u"SHA256 "_s + Sha256.toLower(), u"SHA1 "_s + Sha1, u"MD5 "_s + Md5}
            << QStringList {u"true_positive"_s} << 0;
        s1::Threat noMd5 = t;
        noMd5.md5.clear();
        QTest::newRow("absent hash: no IOC")
            << noMd5 << byDefault << QStringList {u"SHA256 "_s + Sha256.toLower()}
            << QStringList {u"true_positive"_s} << 0;
        s1::Threat emptyFile = t;
        emptyFile.md5 = EmptyFileMd5;
        QTest::newRow("the empty file's hash is refused")
            << emptyFile << byDefault << QStringList {u"SHA256 "_s + Sha256.toLower()}
            << QStringList {u"true_positive"_s} << 1;
        s1::Threat noVerdict = t;
        noVerdict.analystVerdict.clear();
        noVerdict.sha256.clear();
        QTest::newRow("no verdict: no label")
            << noVerdict << byDefault << QStringList {u"MD5 "_s + Md5} << QStringList {} << 0;
        s1::Threat noHashes = t;
        noHashes.sha256.clear();
        noHashes.md5 = u"  "_s;
        QTest::newRow("no hashes") << noHashes << byDefault << QStringList {} << QStringList {} << 0;
        s1::Threat malformed = t;
        malformed.sha256 = u"zz"_s;
        QTest::newRow("malformed hash refused") << malformed << byDefault << QStringList {u"MD5 "_s + Md5}
                                                << QStringList {u"true_positive"_s} << 1;
    }

    void mapping()
    {
        QFETCH(s1::Threat, threat);
        QFETCH(QList<IocType>, hashTypes);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, labels);
        QFETCH(int, rejected);
        s1::ConsoleConfig console;
        console.url = QUrl(u"https://acme.sentinelone.net"_s);
        QList<S1ThreatRejection> refused;
        const QList<Ioc> iocs = S1ThreatSource::iocsOf(threat, console, hashTypes, &refused);
        QStringList got;
        for (const Ioc &ioc : iocs) {
            got << iocTypeName(ioc.type) + u' ' + ioc.value;
            QCOMPARE(ioc.firstSeen, threat.createdAt);
            QCOMPARE(ioc.lastSeen, threat.updatedAt);
            QCOMPARE(ioc.description,
                u"Classification: Malware | Detection Engine: SentinelOne Cloud, On-Write Static AI | "
                "Confidence Level: malicious"_s);
            QCOMPARE(ioc.link,
                QUrl(u"https://acme.sentinelone.net/incidents/threats/1234567890123456789/overview"_s));
            QCOMPARE(ioc.labels, labels);
        }
        QCOMPARE(got, expected);
        QCOMPARE(refused.size(), rejected);
        for (const S1ThreatRejection &r : refused) {
            QCOMPARE(r.threatId, threat.id);
            QVERIFY(!r.reason.isEmpty());
        }
    }

    // First run: now - initialDays .. now; then incremental from the checkpoint, which is the first
    // run's upper bound; the IOCs are those of exactly the threats a list with the same query finds.
    void incrementalPull()
    {
        startSim(300);
        s1::S1Client client(config());
        jobs::ManualClock clock(QDateTime::currentDateTimeUtc());
        S1ThreatSourceSettings settings;
        settings.analystVerdicts.clear(); // every verdict
        settings.initialDays = 30;
        S1ThreatPullJob first(&client, settings);
        first.setClock(&clock);
        QList<Ioc> pulled;
        int batches = 0;
        first.setSink([&](const QList<Ioc> &iocs) {
            pulled += iocs;
            ++batches;
        });
        QSignalSpy signalled(&first, &S1ThreatPullJob::iocsReady);
        first.setPageSize(40);
        QVERIFY(run(&first));
        QCOMPARE(first.state(), jobs::Job::State::Succeeded);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(clock.now().toSecsSinceEpoch(), Qt::UTC);
        QCOMPARE(first.query().updatedBefore, now);
        QCOMPARE(first.query().updatedAfter, now.addDays(-30));
        QCOMPARE(first.newCheckpoint(), now);
        QCOMPARE(signalled.size(), batches);
        QVERIFY(batches >= 2);
        QCOMPARE(first.iocCount(), pulled.size());

        QSet<QString> pulledThreats;
        for (const Ioc &ioc : std::as_const(pulled)) {
            QVERIFY(ioc.type == IocType::Sha256 || ioc.type == IocType::Md5);
            QVERIFY(ioc.lastSeen >= now.addDays(-30) && ioc.lastSeen <= now);
            pulledThreats.insert(threatIdOf(ioc));
        }
        const QSet<QString> expected = threatIdsFor(client, first.query());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(pulledThreats, expected);

        // The next run starts at the checkpoint: only threats updated since (none in the simulator).
        clock.advance(3600);
        S1ThreatPullJob second(&client, settings, first.newCheckpoint());
        second.setClock(&clock);
        QVERIFY(run(&second));
        QCOMPARE(second.state(), jobs::Job::State::Succeeded);
        QCOMPARE(second.query().updatedAfter, now);
        QCOMPARE(second.query().updatedBefore, now.addSecs(3600));
        QCOMPARE(second.iocCount(), 0);
        QCOMPARE(second.newCheckpoint(), now.addSecs(3600));

        // A checkpoint far back finds what the first run found and more.
        S1ThreatPullJob wide(&client, settings, now.addDays(-90));
        wide.setClock(&clock);
        QVERIFY(run(&wide));
        QVERIFY(wide.iocCount() > first.iocCount());
    }

    // A stored source: every page lands in a real SQLite IOC store, the pull and its checkpoint are
    // recorded, settings survive their JSON form, and a failing console leaves the checkpoint.
    void storedSourcePull()
    {
        startSim(200);
        s1::S1Client client(config());
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("iocs.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        IocStore store(&db);
        S1ThreatSourceSettings settings;
        settings.analystVerdicts.clear();
        settings.initialDays = 60;
        settings.hashTypes = {IocType::Sha256, IocType::Sha1};
        QCOMPARE(S1ThreatSourceSettings::fromJson(settings.toJson()).hashTypes, settings.hashTypes);
        IocSource source;
        source.name = QStringLiteral("Console");
        source.kind = QStringLiteral("s1-threats");
        source.settings = settings.toJson();
        QVERIFY2(store.saveSource(&source, &error), qPrintable(error));

        std::unique_ptr<S1ThreatPullJob> job(S1ThreatPullJob::forSource(&client, &store, source));
        QVERIFY(run(job.get()));
        QCOMPARE(job->state(), jobs::Job::State::Succeeded);
        QVERIFY(job->storeCounts().added > 0);
        QCOMPARE(qint64(job->storeCounts().added), store.count());
        IocFilter sha1;
        sha1.types = {IocType::Sha1};
        QVERIFY(store.count(sha1) > 0);
        const IocSource after = *store.source(source.id);
        QCOMPARE(after.lastPullState, QStringLiteral("succeeded"));
        QCOMPARE(QDateTime::fromString(after.checkpoint, Qt::ISODateWithMs), job->newCheckpoint());

        s1sim::FaultSpec faults;
        faults.rate5xx = 1.0;
        m_sim->setFaults(faults);
        std::unique_ptr<S1ThreatPullJob> failing(S1ThreatPullJob::forSource(&client, &store, after));
        QVERIFY(run(failing.get()));
        QCOMPARE(failing->state(), jobs::Job::State::Failed);
        const IocSource failed = *store.source(source.id);
        QVERIFY(failed.lastPullState.startsWith(QLatin1String("failed")));
        QCOMPARE(failed.checkpoint, after.checkpoint);
    }

    // Site and verdict filters reach GET /threats: the pull sees only those threats.
    void filtersReachTheQuery()
    {
        startSim(300);
        s1::S1Client client(config());
        S1ThreatSourceSettings settings;
        settings.siteIds = {m_sim->tenant().siteId(1)};
        settings.analystVerdicts = {u"true_positive"_s, u"suspicious"_s};
        settings.initialDays = 90;
        settings.hashTypes = {IocType::Sha256, IocType::Sha1, IocType::Md5};
        S1ThreatPullJob job(&client, settings);
        QList<Ioc> pulled;
        connect(&job, &S1ThreatPullJob::iocsReady, this, [&](const QList<Ioc> &iocs) { pulled += iocs; });
        QVERIFY(run(&job));
        QCOMPARE(job.state(), jobs::Job::State::Succeeded);
        QCOMPARE(job.query().siteIds, settings.siteIds);
        QCOMPARE(job.query().analystVerdicts, settings.analystVerdicts);
        const QString url = job.query().toUrlQuery().toString();
        QVERIFY2(url.contains(u"siteIds="_s + settings.siteIds.first()), qPrintable(url));
        QVERIFY2(url.contains(u"analystVerdicts=true_positive,suspicious"_s), qPrintable(url));

        QList<s1::Threat> threats;
        const QSet<QString> expected = threatIdsFor(client, job.query(), &threats);
        for (const s1::Threat &t : std::as_const(threats)) {
            QCOMPARE(t.siteId, settings.siteIds.first());
            QVERIFY(settings.analystVerdicts.contains(t.analystVerdict));
        }
        QSet<QString> pulledThreats;
        for (const Ioc &ioc : std::as_const(pulled)) {
            pulledThreats.insert(threatIdOf(ioc));
            QCOMPARE(ioc.labels.size(), 1);
            QVERIFY(settings.analystVerdicts.contains(ioc.labels.first()));
        }
        QCOMPARE(pulledThreats, expected);

        // Without the filters the console has more threats in the same range.
        s1::ThreatQuery all = job.query();
        all.siteIds.clear();
        all.analystVerdicts.clear();
        QVERIFY(threatIdsFor(client, all).size() > expected.size());
    }

    // A pull that fails half-way offers no checkpoint (the next run starts where this one did).
    void failureKeepsTheCheckpoint()
    {
        startSim(200);
        s1::ConsoleConfig c = config();
        c.transport.maxAttempts = 1;
        s1::S1Client client(c);
        S1ThreatSourceSettings settings;
        settings.analystVerdicts.clear();
        settings.initialDays = 90;
        const QDateTime checkpoint = QDateTime::currentDateTimeUtc().addDays(-90);
        S1ThreatPullJob job(&client, settings, checkpoint);
        job.setPageSize(20);
        int batches = 0;
        job.setSink([&](const QList<Ioc> &) {
            if (++batches == 1) {
                s1sim::FaultSpec faults;
                faults.rate5xx = 1.0;
                m_sim->setFaults(faults);
            }
        });
        QVERIFY(run(&job));
        QCOMPARE(job.state(), jobs::Job::State::Failed);
        QCOMPARE(batches, 1);
        QVERIFY(!job.newCheckpoint().isValid());

        // Bad settings are refused before any request.
        S1ThreatSourceSettings bad;
        bad.initialDays = 0;
        S1ThreatPullJob refused(&client, bad);
        QVERIFY(run(&refused));
        QCOMPARE(refused.state(), jobs::Job::State::Failed);
        QVERIFY(refused.error().userMessage().contains(u"Initial range"_s));
        QVERIFY(!refused.newCheckpoint().isValid());
    }
};

QTEST_GUILESS_MAIN(TestS1ThreatSource)
#include "tst_s1threatsource.moc"
