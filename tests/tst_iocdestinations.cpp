// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenCTI and file IOC destinations through exchange::IocShareJob, against the in-process
// simulator's OpenCTI (127.0.0.1, port 0) and a real SQLite file: pycti's ids (vectors computed
// independently with Python's uuid.uuid5), indicator + observable + based-on in OpenCTI, one work
// per run, a re-run that pushes nothing, a retraction that revokes, faults and a lost answer that
// duplicate nothing; CSV and STIX files written whole (exact bytes, formula guard, re-run identical,
// retraction removes the line, an unwritable path fails naming it and recovers); SharingConfig's
// new targets.
#include "FaultSpec.h"
#include "OpenCtiSim.h"
#include "SimServer.h"
#include "exchange/FileIocDestination.h"
#include "exchange/IocShareJob.h"
#include "exchange/IocStix.h"
#include "exchange/IocStore.h"
#include "exchange/OpenCtiIocDestination.h"
#include "exchange/SharingConfig.h"
#include "exchange/StixPattern.h"
#include "jobs/Scheduler.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace exchange;
using namespace Qt::StringLiterals;

namespace {

// Computed once with Python (uuid.uuid5 over json.dumps(obj, sort_keys=True, separators=(",", ":"),
// ensure_ascii=False), namespace 00abedb4-aa42-466c-9c01-fed23315a9b7), not with the code under test.
const QString kHash = QString(64, u'a');
const QString kHashIndicator
    = u"indicator--597b21d5-03c5-530f-9758-54d6796f0768"_s; // [file:hashes.'SHA-256' = 'aaa…']
const QString kUrlIndicator
    = u"indicator--a261960c-2464-55c4-8bf0-43aa61e1aac3"_s; // [url:value = 'http://evil.example/a?b=1']
const QString kDomainIndicator
    = u"indicator--4085ccb3-051d-5f93-9a2e-e75dfe732425"_s; // [domain-name:value = 'evil.example']
const QString kIpIndicator
    = u"indicator--4d0cd89a-b3ad-5473-aa56-c07f9c554f90"_s; // [ipv4-addr:value = '203.0.113.7']
const QString kHashFile = u"file--75cb38d5-2055-5354-b75a-8299a2d670b5"_s; // {"hashes":{"SHA-256":"aaa…"}}
const QString kUrlObservable = u"url--0168a320-ea8b-59e8-b92b-05ce9d851a27"_s;
const QString kDomainObservable = u"domain-name--69228563-c8d2-54ae-aeca-5f4134cb59aa"_s;
const QString kIpObservable = u"ipv4-addr--9ddd739e-87b1-587d-83f2-62ef1130af2f"_s;
const QString kHashBasedOn = u"relationship--f37d9f71-7344-5205-92d3-0e4487dd9a7a"_s;

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

Ioc ioc(IocType type, const QString &value)
{
    Ioc i;
    i.type = type;
    i.value = value;
    return i;
}

// The four IOCs of the OpenCTI tests: one per observable type.
QList<Ioc> fourIocs()
{
    Ioc hash = ioc(IocType::Sha256, kHash);
    hash.name = u"dropper.exe"_s;
    hash.description = u"Seen on three endpoints"_s;
    hash.score = 85;
    hash.labels = {u"ransomware"_s, u"dropper"_s};
    hash.firstSeen = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    hash.validUntil = QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC);
    hash.link = QUrl(u"https://console.example.net/incidents/threats/1900000000000000001/overview"_s);
    Ioc url = ioc(IocType::Url, u"http://evil.example/a?b=1"_s);
    url.score = 40;
    return {hash, url, ioc(IocType::Dns, u"evil.example"_s), ioc(IocType::Ipv4, u"203.0.113.7"_s)};
}

// Forwards to a real destination, but the answer to the first share is "lost" after OpenCTI took
// the bundle: the job must read back (or, OpenCTI upserting, send again), never duplicate.
class LosingDestination : public IocDestination
{
public:
    // ready: when given, the lost answer is reported only once it returns true (checked every 20 ms
    // by a timer), e.g. once OpenCTI ingested the bundle, so the read-back finds it.
    explicit LosingDestination(IocDestination *inner, std::function<bool()> ready = {})
        : m_inner(inner)
        , m_ready(std::move(ready))
    { }
    QString key() const override { return m_inner->key(); }
    QString describe() const override { return m_inner->describe(); }
    int maxBatchSize() const override { return m_inner->maxBatchSize(); }
    std::optional<ShareItem> plan(const Ioc &i, const QDateTime &now) const override
    {
        return m_inner->plan(i, now);
    }
    void share(const QList<ShareItem> &items, std::function<void(const ShareOutcome &)> done) override
    {
        m_inner->share(items, [this, done](const ShareOutcome &outcome) {
            if (m_lost++ > 0)
                return done(outcome);
            ShareOutcome lost;
            lost.outcomeUnknown = true;
            lost.error.kind = net::ApiError::Kind::Network;
            lost.error.outcomeUnknown = true;
            reportWhenReady([done, lost] { done(lost); });
        });
    }
    void reportWhenReady(std::function<void()> report)
    {
        if (!m_ready || m_ready())
            return report();
        QTimer::singleShot(20, [this, report] { reportWhenReady(report); });
    }
    void reconcile(
        const QList<PendingRef> &items, std::function<void(const ReconcileOutcome &)> done) override
    {
        m_inner->reconcile(items, std::move(done));
    }
    void retract(const QList<std::pair<qint64, QString>> &items,
        std::function<void(const RetractOutcome &)> done) override
    {
        m_inner->retract(items, std::move(done));
    }
    void cancel() override { m_inner->cancel(); }

private:
    IocDestination *m_inner;
    std::function<bool()> m_ready;
    int m_lost = 0;
};

} // namespace

class TestIocDestinations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_dbCount = 0;
    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<IocStore> m_store;
    std::unique_ptr<opencti::OpenCtiClient> m_openCti;
    opencti::ImportSettings m_settings;
    QString m_sourceId;
    qint64 m_pullMark = 1;

    int requests(const QString &key) const
    {
        return m_sim->stats().value(u"requests"_s).toObject().value(key).toInt();
    }
    int pushes() const { return requests(u"POST /graphql StixBundlePush"_s); }
    int workAdds() const { return requests(u"POST /graphql WorkAdd"_s); }

    const s1sim::OpenCtiStore &openCti() const { return m_sim->openCti().store(); }
    QJsonObject object(const QString &id) const { return openCti().objects.value(id).stix; }

    // The objects of a type our author created (the simulator may hold others).
    QStringList ours(const QString &type) const
    {
        const QString author = IocStix::authorId(IocStix::Options {m_settings.bundle.authorName, {}});
        QStringList ids;
        for (auto it = openCti().objects.cbegin(); it != openCti().objects.cend(); ++it) {
            const QJsonObject o = it->stix;
            const QString by
                = o.value(u"created_by_ref"_s).toString(o.value(u"x_opencti_created_by_ref"_s).toString());
            if (o.value(u"type"_s).toString() == type && by == author)
                ids << it.key();
        }
        ids.sort();
        return ids;
    }

    void waitIngested() { QTRY_VERIFY_WITH_TIMEOUT(m_sim->openCti().pendingBundles() == 0, 20000); }

    void upsert(const QList<Ioc> &iocs, bool full = false)
    {
        UpsertCounts counts;
        QString error;
        const qint64 mark = ++m_pullMark;
        QVERIFY2(m_store->upsert(m_sourceId, iocs, mark, &counts, &error), qPrintable(error));
        if (full)
            QVERIFY2(m_store->markAbsent(m_sourceId, mark, &error), qPrintable(error));
    }

    void setFaults(const QString &spec)
    {
        QString error;
        const auto faults = s1sim::FaultSpec::parse(spec, &error);
        QVERIFY2(faults, qPrintable(error));
        m_sim->setFaults(*faults);
    }

    SharingConfig openCtiConfig(int batchSize = 2)
    {
        SharingConfig c;
        c.name = u"to opencti"_s;
        c.destination = SharingConfig::DestinationKind::OpenCti;
        c.sourceIds = {m_sourceId};
        c.batchSize = batchSize;
        QString error;
        if (!c.save(m_store.get(), &error))
            qWarning("%s", qPrintable(error));
        return c;
    }

    SharingConfig fileConfig(const QString &path, SharingConfig::FileFormat format)
    {
        SharingConfig c;
        c.name = u"to file"_s;
        c.destination = SharingConfig::DestinationKind::File;
        c.filePath = path;
        c.fileFormat = format;
        c.sourceIds = {m_sourceId};
        c.batchSize = 1; // several batches: the file is still written whole, once
        QString error;
        if (!c.save(m_store.get(), &error))
            qWarning("%s", qPrintable(error));
        return c;
    }

    // Runs a share to its end with this destination (owned by the job).
    std::unique_ptr<IocShareJob> run(const SharingConfig &config, IocDestination *destination)
    {
        auto job = std::make_unique<IocShareJob>(m_store.get(), config, destination);
        destination->setParent(job.get());
        QSignalSpy finished(job.get(), &jobs::Job::finished);
        job->start();
        if (!job->isFinished())
            finished.wait(120000);
        return job;
    }
    std::unique_ptr<IocShareJob> runOpenCti(const SharingConfig &config)
    {
        return run(config, new OpenCtiIocDestination(m_openCti.get(), m_settings, m_store.get(), config));
    }
    std::unique_ptr<IocShareJob> runFile(const SharingConfig &config)
    {
        return run(config, new FileIocDestination(m_store.get(), config));
    }

    static QString describe(const jobs::Job &job)
    {
        return job.summary() + u" / "_s + job.error().userMessage() + u" / "_s + job.error().message;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        s1sim::SimOptions options;
        options.threats = 1;
        options.seed = 5;
        options.openCtiIngestDelayMs = 1;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
        opencti::OpenCtiConfig o;
        o.url = m_sim->openCtiUrl();
        o.token = m_sim->openCtiToken();
        o.transport.backoffBaseMs = 10;
        o.transport.backoffMaxMs = 100;
        o.transport.maxAttempts = 10;
        m_openCti = std::make_unique<opencti::OpenCtiClient>(o);
        m_settings = opencti::ImportSettings();
        m_settings.profileId = u"test-profile"_s;
        m_settings.connectorId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_settings.connectorName = u"S1 Bridge test"_s;
        m_settings.bundle.authorName = u"S1 Bridge test"_s;
        m_settings.bundle.tlp = u"TLP:AMBER"_s;
        m_db = std::make_unique<storage::Database>(m_dir.filePath(u"dest-%1.sqlite"_s.arg(++m_dbCount)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<IocStore>(m_db.get());
        IocSource source;
        source.name = u"feed"_s;
        source.kind = u"feed"_s;
        QVERIFY2(m_store->saveSource(&source, &error), qPrintable(error));
        m_sourceId = source.id;
    }

    void cleanup()
    {
        m_openCti.reset();
        m_store.reset();
        m_db.reset();
        m_sim.reset();
    }

    // The ids are pycti's: the same text gives the same ids as OpenCTI's own tooling.
    void idsArePyctis()
    {
        QCOMPARE(IocStix::pattern(IocType::Sha256, kHash), u"[file:hashes.'SHA-256' = '"_s + kHash + u"']"_s);
        QCOMPARE(IocStix::indicatorId(IocType::Sha256, kHash), kHashIndicator);
        QCOMPARE(IocStix::indicatorId(IocType::Url, u"http://evil.example/a?b=1"_s), kUrlIndicator);
        QCOMPARE(IocStix::indicatorId(IocType::Dns, u"evil.example"_s), kDomainIndicator);
        QCOMPARE(IocStix::indicatorId(IocType::Ipv4, u"203.0.113.7"_s), kIpIndicator);
        QCOMPARE(IocStix::observableId(IocType::Sha256, kHash), kHashFile);
        QCOMPARE(IocStix::observableId(IocType::Url, u"http://evil.example/a?b=1"_s), kUrlObservable);
        QCOMPARE(IocStix::observableId(IocType::Dns, u"evil.example"_s), kDomainObservable);
        QCOMPARE(IocStix::observableId(IocType::Ipv4, u"203.0.113.7"_s), kIpObservable);
        // Every pattern reads back with StixPattern (what the OpenCTI and TAXII sources parse).
        for (const Ioc &i : fourIocs()
                + QList<Ioc> {ioc(IocType::Url, u"http://x.example/it's\\"_s),
                    ioc(IocType::Ipv6, u"2001:db8::1"_s), ioc(IocType::Md5, QString(32, u'b'))}) {
            const StixObservable parsed = StixPattern::parseSingle(IocStix::pattern(i.type, i.value));
            QVERIFY2(parsed.type == i.type, qPrintable(parsed.reason));
            QCOMPARE(parsed.value, i.value);
        }
        // A quote in a URL is escaped, so the pattern stays one literal.
        QCOMPARE(IocStix::pattern(IocType::Url, u"http://x.example/it's\\"_s),
            u"[url:value = 'http://x.example/it\\'s\\\\']"_s);
    }

    // Indicator, observable and based-on per IOC, author and marking from the profile, score, labels,
    // times and the SentinelOne reference; two batches in one work; the remote id is the indicator's.
    void openCtiSharesIndicators()
    {
        upsert(fourIocs());
        const SharingConfig config = openCtiConfig(2);
        const int pushesBefore = pushes(), worksBefore = int(openCti().works.size());
        const QDateTime start = QDateTime::currentDateTimeUtc();
        auto job = runOpenCti(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->shareCounts().created, 4);
        QCOMPARE(pushes() - pushesBefore, 2); // two batches of two
        QCOMPARE(workAdds(), 1); // one work for the run
        QCOMPARE(int(openCti().works.size()) - worksBefore, 1);
        waitIngested();
        QVERIFY2(openCti().works.last().errors.isEmpty(),
            QJsonDocument(openCti().works.last().errors).toJson().constData());
        QCOMPARE(openCti().works.last().status, u"complete"_s);

        QCOMPARE(
            ours(u"indicator"_s), sorted({kUrlIndicator, kIpIndicator, kDomainIndicator, kHashIndicator}));
        for (const QString &id : {kHashFile, kUrlObservable, kDomainObservable, kIpObservable})
            QVERIFY2(openCti().objects.contains(id), qPrintable(id));
        const QJsonObject basedOn = object(kHashBasedOn);
        QCOMPARE(basedOn.value(u"relationship_type"_s).toString(), u"based-on"_s);
        QCOMPARE(basedOn.value(u"source_ref"_s).toString(), kHashIndicator);
        QCOMPARE(basedOn.value(u"target_ref"_s).toString(), kHashFile);
        QCOMPARE(ours(u"relationship"_s).size(), 4);

        const QJsonObject hash = object(kHashIndicator);
        QCOMPARE(hash.value(u"pattern"_s).toString(), u"[file:hashes.'SHA-256' = '"_s + kHash + u"']"_s);
        QCOMPARE(hash.value(u"name"_s).toString(), u"dropper.exe"_s);
        QCOMPARE(hash.value(u"description"_s).toString(), u"Seen on three endpoints"_s);
        QCOMPARE(hash.value(u"x_opencti_score"_s).toInt(), 85);
        QCOMPARE(hash.value(u"labels"_s).toArray(), QJsonArray({u"dropper"_s, u"ransomware"_s}));
        QCOMPARE(hash.value(u"valid_from"_s).toString(), u"2026-01-02T03:04:05.000Z"_s);
        QCOMPARE(hash.value(u"valid_until"_s).toString(), u"2031-01-01T00:00:00.000Z"_s);
        QCOMPARE(hash.value(u"revoked"_s).toBool(true), false);
        QCOMPARE(hash.value(u"created_by_ref"_s).toString(),
            IocStix::authorId(IocStix::Options {u"S1 Bridge test"_s, {}}));
        QCOMPARE(hash.value(u"object_marking_refs"_s).toArray(),
            QJsonArray({u"marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"_s})); // TLP:AMBER
        const QJsonObject reference = hash.value(u"external_references"_s).toArray().first().toObject();
        QCOMPARE(reference.value(u"source_name"_s).toString(), u"SentinelOne"_s);
        QCOMPARE(reference.value(u"external_id"_s).toString(), u"1900000000000000001"_s);
        QCOMPARE(reference.value(u"url"_s).toString(),
            u"https://console.example.net/incidents/threats/1900000000000000001/overview"_s);
        QCOMPARE(object(kUrlIndicator).value(u"x_opencti_score"_s).toInt(), 40);
        QVERIFY(!object(kDomainIndicator).contains(u"external_references"_s));
        QCOMPARE(object(kHashFile).value(u"hashes"_s).toObject().value(u"SHA-256"_s).toString(), kHash);
        QCOMPARE(object(kIpObservable).value(u"value"_s).toString(), u"203.0.113.7"_s);

        // No valid until of its own: the requested (default) days, not SentinelOne's cap.
        const QDateTime until = QDateTime::fromString(
            object(kDomainIndicator).value(u"valid_until"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(until >= start.addDays(SharingConfig::defaultAgingDays(IocType::Dns)).addSecs(-5));
        QVERIFY(
            until <= QDateTime::currentDateTimeUtc().addDays(SharingConfig::defaultAgingDays(IocType::Dns)));

        // The remote id of each IOC is its indicator's STIX id.
        QList<qint64> ids;
        for (const IocRecord &r : m_store->list({}))
            ids << r.id;
        const auto shares = m_store->shares(config.id, ids);
        for (const IocRecord &r : m_store->list({})) {
            QCOMPARE(shares.value(r.id).state, IocShare::State::Shared);
            QCOMPARE(shares.value(r.id).remoteId, IocStix::indicatorId(r.ioc.type, r.ioc.value));
        }

        // Again: nothing new is pushed and no work is opened.
        auto again = runOpenCti(config);
        QVERIFY2(again->state() == jobs::Job::State::Succeeded, qPrintable(describe(*again)));
        QCOMPARE(pushes() - pushesBefore, 2);
        QCOMPARE(workAdds(), 1);
        QCOMPARE(again->shareCounts().unchanged, 4);
        QCOMPARE(again->shareCounts().created + again->shareCounts().renewed, 0);
    }

    // An IOC no source reports any more is revoked in OpenCTI (same id, revoked), not duplicated.
    void openCtiRetractionRevokes()
    {
        const QList<Ioc> iocs = fourIocs();
        upsert(iocs);
        const SharingConfig config = openCtiConfig(10);
        auto job = runOpenCti(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        waitIngested();
        upsert(iocs.mid(0, 3), true); // the IPv4 is gone from the feed
        const int pushesBefore = pushes();
        job = runOpenCti(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->shareCounts().retracted, 1);
        QCOMPARE(pushes() - pushesBefore, 1);
        waitIngested();
        QVERIFY2(openCti().works.last().errors.isEmpty(),
            QJsonDocument(openCti().works.last().errors).toJson().constData());
        QCOMPARE(object(kIpIndicator).value(u"revoked"_s).toBool(), true);
        QVERIFY(object(kIpIndicator).contains(u"valid_until"_s));
        QCOMPARE(object(kDomainIndicator).value(u"revoked"_s).toBool(true), false);
        QCOMPARE(ours(u"indicator"_s).size(), 4); // the same indicator, revoked: nothing added
        QCOMPARE(m_store->countShares(config.id, IocShare::State::Retracted), 1);

        // Reported again: shared again under the same id, no longer revoked.
        upsert(iocs);
        job = runOpenCti(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        // (counted as renewed: it has a remote id from before)
        QCOMPARE(job->shareCounts().created + job->shareCounts().renewed, 1);
        waitIngested();
        QCOMPARE(object(kIpIndicator).value(u"revoked"_s).toBool(true), false);
        QCOMPARE(ours(u"indicator"_s).size(), 4);
    }

    // Lost answers, 5xx and dropped connections: every IOC ends shared once, nothing duplicated.
    void openCtiFaultsDuplicateNothing()
    {
        QList<Ioc> iocs;
        QStringList expected;
        for (int i = 0; i < 30; ++i) {
            iocs << ioc(IocType::Ipv4, u"198.51.100.%1"_s.arg(i + 1));
            expected << IocStix::indicatorId(IocType::Ipv4, iocs.last().value);
        }
        expected.sort();
        upsert(iocs);
        const SharingConfig config = openCtiConfig(4);
        setFaults(u"lost=0.25,5xx=0.15,drop=0.05"_s);
        bool succeeded = false;
        for (int attempt = 0; attempt < 8 && !succeeded; ++attempt) {
            auto job = runOpenCti(config);
            succeeded = job->state() == jobs::Job::State::Succeeded;
        }
        setFaults({});
        if (!succeeded) { // a last run without faults finishes what is pending
            auto job = runOpenCti(config);
            QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        }
        waitIngested();
        QCOMPARE(ours(u"indicator"_s), expected);
        QCOMPARE(ours(u"ipv4-addr"_s).size(), 30);
        QCOMPARE(ours(u"relationship"_s).size(), 30);
        QCOMPARE(m_store->countShares(config.id, IocShare::State::Shared), 30);
        QCOMPARE(m_store->countShares(config.id), 30);
    }

    // The answer to a push is lost after OpenCTI took it: read back (or sent again, which OpenCTI
    // upserts), never a second indicator.
    void openCtiLostAnswer()
    {
        upsert(fourIocs());
        const SharingConfig config = openCtiConfig(10);
        auto *inner = new OpenCtiIocDestination(m_openCti.get(), m_settings, m_store.get(), config);
        auto *losing = new LosingDestination(inner);
        inner->setParent(losing);
        auto job = run(config, losing);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QVERIFY(requests(u"POST /graphql IndicatorsByStixIds"_s) >= 1);
        QCOMPARE(job->shareCounts().reconciled + job->shareCounts().resent, 4);
        QCOMPARE(workAdds(), 1); // the resend went into the run's work
        waitIngested();
        QCOMPARE(ours(u"indicator"_s).size(), 4);
        QCOMPARE(m_store->countShares(config.id, IocShare::State::Shared), 4);
    }

    // The same, with OpenCTI done ingesting before the answer is known lost: the read-back by STIX id
    // (filter key "ids") finds all four, so they are confirmed as they are and nothing is sent again.
    void openCtiLostAnswerFoundByReadBack()
    {
        upsert(fourIocs());
        const SharingConfig config = openCtiConfig(10);
        auto *inner = new OpenCtiIocDestination(m_openCti.get(), m_settings, m_store.get(), config);
        auto *losing
            = new LosingDestination(inner, [this] { return m_sim->openCti().pendingBundles() == 0; });
        inner->setParent(losing);
        auto job = run(config, losing);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(requests(u"POST /graphql IndicatorsByStixIds"_s), 1);
        QCOMPARE(job->shareCounts().reconciled, 4);
        QCOMPARE(job->shareCounts().resent, 0);
        QCOMPARE(pushes(), 1);
        QCOMPARE(ours(u"indicator"_s).size(), 4);
        QCOMPARE(m_store->countShares(config.id, IocShare::State::Shared), 4);
    }

    // A profile without a connector id: the run fails with a sentence naming it, nothing is shared.
    void openCtiWithoutConnector()
    {
        upsert(fourIocs());
        const SharingConfig config = openCtiConfig(10);
        m_settings.connectorId.clear();
        auto job = runOpenCti(config);
        QCOMPARE(job->state(), jobs::Job::State::Failed);
        QVERIFY2(describe(*job).contains(u"Connector ID"_s), qPrintable(describe(*job)));
        QCOMPARE(m_store->countShares(config.id, IocShare::State::Shared), 0);
        QCOMPARE(pushes(), 0);
    }

    // CSV: RFC 4180, the formula guard, exact bytes; the same bytes again; a retraction removes the line.
    void csvFile()
    {
        Ioc hash = ioc(IocType::Sha256, kHash);
        hash.name = u"=HYPERLINK(\"http://x\")"_s;
        hash.description = u"has \"quotes\", commas\nand a line"_s;
        hash.severity = 5;
        hash.score = 80;
        hash.labels = {u"b"_s, u"a"_s};
        hash.validUntil = QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC);
        hash.firstSeen = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        hash.lastSeen = QDateTime(QDate(2026, 2, 1), QTime(12, 30), Qt::UTC);
        hash.link = QUrl(u"https://c.example/incidents/threats/1/overview"_s);
        Ioc domain = ioc(IocType::Dns, u"evil.example"_s);
        domain.description = u"-2+3"_s;
        Ioc at = ioc(IocType::Dns, u"other.example"_s);
        at.name = u"@SUM(A1)"_s;
        upsert({hash});
        upsert({domain});
        upsert({at});
        const QString path = m_dir.filePath(u"iocs-%1.csv"_s.arg(m_dbCount));
        const SharingConfig config = fileConfig(path, SharingConfig::FileFormat::Csv);
        auto job = runFile(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->shareCounts().created, 3);
        const QByteArray header
            = "type,value,name,description,severity,score,labels,valid_until,first_seen,last_seen,link\r\n";
        const QByteArray hashLine = "SHA256," + kHash.toLatin1()
            + ",\"'=HYPERLINK(\"\"http://x\"\")\",\"has \"\"quotes\"\", commas\nand a line\",5,80,a;b,"
              "2031-01-01T00:00:00Z,2026-01-01T00:00:00Z,2026-02-01T12:30:00Z,"
              "https://c.example/incidents/threats/1/overview\r\n";
        const QByteArray domainLine = "DNS,evil.example,,'-2+3,,,,,,,\r\n";
        const QByteArray atLine = "DNS,other.example,'@SUM(A1),,,,,,,,\r\n";
        QCOMPARE(read(path), header + hashLine + domainLine + atLine);
        // Read back as a spreadsheet would: the quoted line break stays in its field.
        const QList<QStringList> records = FileIocDestination::parseCsv(read(path));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).at(3), hash.description);
        QCOMPARE(records.at(1).size(), 11);

        // The remote id names the value.
        const qint64 hashId = m_store->find(IocType::Sha256, kHash)->id;
        QCOMPARE(m_store->shares(config.id, {hashId}).value(hashId).remoteId, u"file:SHA256:"_s + kHash);

        job = runFile(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->shareCounts().unchanged, 3);
        QCOMPARE(read(path), header + hashLine + domainLine + atLine);

        upsert({hash, at}, true); // evil.example is gone from the feed
        job = runFile(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->shareCounts().retracted, 1);
        QCOMPARE(read(path), header + hashLine + atLine);
    }

    // STIX: a bundle of indicators (pycti's ids), observables and based-on; the same bytes again.
    void stixFile()
    {
        upsert(fourIocs());
        const QString path = m_dir.filePath(u"iocs-%1.json"_s.arg(m_dbCount));
        const SharingConfig config = fileConfig(path, SharingConfig::FileFormat::Stix);
        auto job = runFile(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        const QByteArray first = read(path);
        const QJsonObject bundle = QJsonDocument::fromJson(first).object();
        QCOMPARE(bundle.value(u"type"_s).toString(), u"bundle"_s);
        QStringList indicators, relationships;
        int observables = 0;
        for (const QJsonValue &v : bundle.value(u"objects"_s).toArray()) {
            const QString type = v[u"type"_s].toString();
            if (type == u"indicator")
                indicators << v[u"id"_s].toString();
            else if (type == u"relationship")
                relationships << v[u"id"_s].toString();
            else if (type != u"identity")
                ++observables;
        }
        indicators.sort();
        QCOMPARE(indicators, sorted({kUrlIndicator, kIpIndicator, kDomainIndicator, kHashIndicator}));
        QCOMPARE(observables, 4);
        QVERIFY(relationships.contains(kHashBasedOn));
        // Written as it streams, the bundle's id is the one IocStix::bundle() gives the same objects.
        const QJsonArray all = bundle.value(u"objects"_s).toArray();
        QCOMPARE(all.first()[u"type"_s].toString(), u"identity"_s);
        QJsonArray rest;
        for (qsizetype i = 1; i < all.size(); ++i)
            rest.append(all.at(i));
        QCOMPARE(bundle.value(u"id"_s).toString(),
            IocStix::bundle(rest, IocStix::Options {config.sourceText, {}}).value(u"id"_s).toString());

        job = runFile(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(read(path), first);

        // A pending row (a killed run) is read back from the file: found, so shared, not sent again.
        const qint64 id = m_store->list({}).first().id;
        QString error;
        QVERIFY2(m_store->markPending(config.id, {PendingItem {id, u"x"_s}}, &error), qPrintable(error));
        job = runFile(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->shareCounts().reconciled, 1);
        QCOMPARE(read(path), first);
    }

    // A run cancelled between batches writes no file and leaves its rows pending; the next run
    // reads the (absent) file back and writes everything.
    void cancelledFileRun()
    {
        upsert(fourIocs());
        const QString path = m_dir.filePath(u"cancelled-%1.csv"_s.arg(m_dbCount));
        const SharingConfig config = fileConfig(path, SharingConfig::FileFormat::Csv); // batches of one
        auto *destination = new FileIocDestination(m_store.get(), config);
        auto job = std::make_unique<IocShareJob>(m_store.get(), config, destination);
        destination->setParent(job.get());
        int batches = 0;
        connect(job.get(), &IocShareJob::batchSending, this, [&job, &batches] {
            if (++batches == 3)
                job->cancel();
        });
        QSignalSpy finished(job.get(), &jobs::Job::finished);
        job->start();
        if (!job->isFinished())
            QVERIFY(finished.wait(30000));
        QCOMPARE(job->state(), jobs::Job::State::Cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(m_store->countShares(config.id, IocShare::State::Shared), 0);
        QCOMPARE(m_store->countShares(config.id, IocShare::State::Pending), 3);

        job = runFile(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(m_store->countShares(config.id, IocShare::State::Shared), 4);
        QCOMPARE(FileIocDestination::parseCsv(read(path)).size(), 5);
    }

    // A path that cannot be written: the run fails naming it, no file is left, nothing counts as
    // shared; with a writable path the next run reads back and writes everything.
    void unwritablePath()
    {
        upsert(fourIocs());
        // /proc takes no new files, even for root (chmod would not stop root).
        const QString path = u"/proc/s1bridge-iocs-test.csv"_s;
        SharingConfig config = fileConfig(path, SharingConfig::FileFormat::Csv);
        QVERIFY(config.validate().isEmpty());
        auto job = runFile(config);
        QCOMPARE(job->state(), jobs::Job::State::Failed);
        QVERIFY2(describe(*job).contains(path), qPrintable(describe(*job)));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(m_store->countShares(config.id, IocShare::State::Shared), 0);
        QCOMPARE(m_store->countShares(config.id, IocShare::State::Pending), 4);

        config.filePath = m_dir.filePath(u"recovered-%1.csv"_s.arg(m_dbCount));
        QString error;
        QVERIFY2(config.save(m_store.get(), &error), qPrintable(error));
        job = runFile(config);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(m_store->countShares(config.id, IocShare::State::Shared), 4);
        QCOMPARE(FileIocDestination::parseCsv(read(config.filePath)).size(), 5);
        QVERIFY(QDir(m_dir.path()).entryList({u"recovered-*"_s}, QDir::Files).size() == 1); // no temp left
    }

    // The task registry builds the destination by kind: the session's own OpenCTI (none: nothing to
    // run), a file; another profile's configuration runs in that profile's session only.
    void registryBuildsByKind()
    {
        upsert(fourIocs());
        SharingConfig toOpenCti = openCtiConfig(10);
        const SharingConfig toFile
            = fileConfig(m_dir.filePath(u"registry-%1.csv"_s.arg(m_dbCount)), SharingConfig::FileFormat::Csv);
        SharingConfig elsewhere = toOpenCti;
        elsewhere.id = 0;
        elsewhere.name = u"elsewhere"_s;
        elsewhere.profileId = u"p2"_s;
        QString error;
        QVERIFY2(elsewhere.save(m_store.get(), &error), qPrintable(error));

        jobs::Scheduler scheduler;
        session::TaskRegistry registry(&scheduler, nullptr);
        registry.setIocStore(m_store.get());
        config::Profile profile;
        profile.id = u"p1"_s;
        profile.name = u"test"_s;
        s1::ConsoleConfig console;
        console.url = m_sim->baseUrl();
        console.token = m_sim->token();
        session::ProfileSession withoutOpenCti(profile, console, std::nullopt, m_settings);
        QCOMPARE(registry.create(IocShareJob::kindFor(toOpenCti.name), &withoutOpenCti), nullptr);
        std::unique_ptr<jobs::Job> file(registry.create(IocShareJob::kindFor(toFile.name), &withoutOpenCti));
        QVERIFY(qobject_cast<IocShareJob *>(file.get()));
        QVERIFY(file->findChild<FileIocDestination *>());
        file.reset();

        session::ProfileSession session(profile, console, m_openCti->config(), m_settings);
        QCOMPARE(registry.create(IocShareJob::kindFor(elsewhere.name), &session), nullptr); // p2's
        QStringList finished;
        connect(&scheduler, &jobs::Scheduler::jobFinished, this,
            [&](const QString &, const QString &kind, jobs::Job *job) {
                QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
                finished << kind;
            });
        QVERIFY(registry.runNow(&session, IocShareJob::kindFor(toOpenCti.name)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(registry.runNow(&session, IocShareJob::kindFor(toFile.name)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        waitIngested();
        QCOMPARE(ours(u"indicator"_s).size(), 4);
        QCOMPARE(FileIocDestination::parseCsv(read(toFile.filePath)).size(), 5);
    }

    void configTargets_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("opencti")
            << u"{\"destination\":{\"kind\":\"opencti\",\"target\":{\"profileId\":\"p1\"}}}"_s << QString();
        QTest::newRow("opencti, own profile")
            << u"{\"destination\":{\"kind\":\"opencti\",\"target\":{}}}"_s << QString();
        QTest::newRow("csv file")
            << u"{\"destination\":{\"kind\":\"file\",\"target\":{\"path\":\"%DIR%/a.csv\"}}}"_s << QString();
        QTest::newRow("stix file")
            << u"{\"destination\":{\"kind\":\"file\",\"target\":{\"path\":\"%DIR%/a.json\",\"format\":\"stix\"}}}"_s
            << QString();
        QTest::newRow("relative path")
            << u"{\"destination\":{\"kind\":\"file\",\"target\":{\"path\":\"a.csv\"}}}"_s
            << u"destination.target.path: \"a.csv\" is relative"_s;
        QTest::newRow("no directory")
            << u"{\"destination\":{\"kind\":\"file\",\"target\":{\"path\":\"%DIR%/nope/a.csv\"}}}"_s
            << u"does not exist"_s;
        QTest::newRow("a directory")
            << u"{\"destination\":{\"kind\":\"file\",\"target\":{\"path\":\"%DIR%\"}}}"_s
            << u"is a directory"_s;
        QTest::newRow("no path") << u"{\"destination\":{\"kind\":\"file\",\"target\":{}}}"_s
                                 << u"destination.target.path: required"_s;
        QTest::newRow("unknown format")
            << u"{\"destination\":{\"kind\":\"file\",\"target\":{\"path\":\"%DIR%/a\",\"format\":\"xml\"}}}"_s
            << u"destination.target.format: \"xml\""_s;
        QTest::newRow("scope on a file")
            << u"{\"destination\":{\"kind\":\"file\",\"target\":{\"path\":\"%DIR%/a\",\"scope\":\"account:1\"}}}"_s
            << u"destination.target.scope: not a field of a file destination"_s;
        QTest::newRow("unknown kind")
            << u"{\"destination\":{\"kind\":\"ftp\",\"target\":{}}}"_s << u"destination.kind: \"ftp\""_s;
        QTest::newRow("s1 still needs a scope")
            << u"{\"destination\":{\"kind\":\"s1-threat-intel\",\"target\":{}}}"_s
            << u"destination.target.scope"_s;
    }

    void configTargets()
    {
        QFETCH(QString, json);
        QFETCH(QString, problem);
        json.replace(u"%DIR%"_s, m_dir.path());
        QStringList problems;
        const auto config
            = SharingConfig::fromJson(u"c"_s, QJsonDocument::fromJson(json.toUtf8()).object(), &problems);
        if (problem.isEmpty()) {
            QVERIFY2(config, qPrintable(problems.join(u'\n')));
            // Written and read back the same; the key is the store's over the JSON.
            const auto again = SharingConfig::fromJson(u"c"_s, config->toJson(), &problems);
            QVERIFY2(again, qPrintable(problems.join(u'\n')));
            QCOMPARE(again->toJson(), config->toJson());
            QCOMPARE(config->destinationKey(), IocStore::destinationKey(config->toJson()));
            QVERIFY(config->agingNotes().isEmpty()
                || config->destination == SharingConfig::DestinationKind::S1ThreatIntel);
        } else {
            QVERIFY(!config);
            QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
        }
    }

    void configKeysAndWords()
    {
        SharingConfig c;
        c.name = u"f"_s;
        c.destination = SharingConfig::DestinationKind::File;
        c.filePath = u"/srv/iocs.json"_s;
        c.fileFormat = SharingConfig::FileFormat::Stix;
        QCOMPARE(c.destinationKey(), u"file:{\"format\":\"stix\",\"path\":\"/srv/iocs.json\"}"_s);
        QCOMPARE(c.destinationText(), u"STIX 2.1 file /srv/iocs.json"_s);
        c.destination = SharingConfig::DestinationKind::OpenCti;
        c.profileId = u"p1"_s;
        QCOMPARE(c.destinationKey(), u"opencti:{\"profileId\":\"p1\"}"_s);
        // No SentinelOne cap note for OpenCTI: its days are sent as asked.
        c.requestedAgingDays.insert(IocType::Ipv4, 90);
        QVERIFY(c.agingNotes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIocDestinations)
#include "tst_iocdestinations.moc"
