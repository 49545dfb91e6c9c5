// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenCTI indicators source against the simulated OpenCTI's seeded indicators: pages read with
// first/after, the filters sent (and applied by the simulator), labels and the maximum marking
// applied on what is read, revoked and expired indicators ending their IOC at the source,
// multi-observable patterns refused with their reason, the checkpoint moved only by a pull that
// succeeded, and a second pull that finds nothing new. The STIX indicator mapping shared with the
// TAXII source is tested here too.
#include "OpenCtiSim.h"
#include "SimServer.h"
#include "config/Translations.h"
#include "exchange/OpenCtiIndicatorSource.h"
#include "net/ApiCall.h"
#include "opencti/GraphQlDocuments.h"
#include "opencti/OpenCtiClient.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace exchange;
using namespace Qt::StringLiterals;

namespace {
// The seeded indicators' marking levels by STIX id (the simulator's built-in TLP markings).
int levelOf(const QJsonObject &stix)
{
    static const QHash<QString, int> levels {
        {QStringLiteral("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"), 0},
        {QStringLiteral("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"), 1},
        {QStringLiteral("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"), 2},
        {QStringLiteral("marking-definition--826578e1-40ad-459f-bc73-ede076f81f37"), 3},
        {QStringLiteral("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"), 4}};
    int level = -1;
    for (const QJsonValue &ref : stix.value(QLatin1String("object_marking_refs")).toArray())
        level = std::max(level, levels.value(ref.toString(), -1));
    return level;
}

QDateTime timeOf(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}
} // namespace

class TestOpenCtiSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<opencti::OpenCtiClient> m_client;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<IocStore> m_store;

    IocSource addSource(const QJsonObject &settings)
    {
        IocSource source;
        source.name = QStringLiteral("OpenCTI indicators");
        source.kind = QStringLiteral("opencti");
        source.settings = settings;
        QString error;
        if (!m_store->saveSource(&source, &error))
            qWarning("%s", qPrintable(error));
        return source;
    }
    std::unique_ptr<OpenCtiIndicatorPullJob> pull(const IocSource &source)
    {
        auto job = std::make_unique<OpenCtiIndicatorPullJob>(
            m_client.get(), m_store.get(), *m_store->source(source.id));
        QSignalSpy finished(job.get(), &jobs::Job::finished);
        job->start();
        if (!job->isFinished() && !finished.wait(60000))
            qWarning("the pull did not end within 60 s");
        return job;
    }
    qint64 present(const IocSource &source) const
    {
        IocFilter filter;
        filter.sourceIds = {source.id};
        return m_store->count(filter);
    }
    int indicatorRequests() const
    {
        return m_sim->stats()
            .value(QLatin1String("requests"))
            .toObject()
            .value(QLatin1String("POST /graphql Indicators"))
            .toInt();
    }
    // What a pull with these settings must read and keep, computed from the simulator's store.
    struct Expected
    {
        int read = 0;
        int active = 0;
        int refused = 0;
        QString lastUpdated;
    };
    Expected expected(int minScore, int maxLevel, const QString &label, int days) const
    {
        Expected e;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime last;
        for (const s1sim::OpenCtiObject &o : m_sim->openCti().store().objects) {
            const QJsonObject &x = o.stix;
            if (x.value(QLatin1String("type")).toString() != QLatin1String("indicator"))
                continue;
            const QDateTime updated = timeOf(o.updatedAt);
            const QString validUntil = x.value(QLatin1String("valid_until")).toString();
            const int score = x.value(QLatin1String("x_opencti_score")).toInt();
            if (updated <= now.addDays(-days) || score < minScore
                || (!validUntil.isEmpty() && timeOf(validUntil) <= now))
                continue;
            ++e.read;
            if (!last.isValid() || updated > last) {
                last = updated;
                e.lastUpdated = o.updatedAt;
            }
            const bool multi = x.value(QLatin1String("pattern")).toString().contains(QLatin1String(" AND "));
            if (multi) {
                ++e.refused;
                continue;
            }
            const bool labelled
                = label.isEmpty() || x.value(QLatin1String("labels")).toArray().contains(QJsonValue(label));
            if (!x.value(QLatin1String("revoked")).toBool() && levelOf(x) <= maxLevel && labelled)
                ++e.active;
        }
        return e;
    }

private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }

    void init()
    {
        m_sim = std::make_unique<s1sim::SimServer>(s1sim::SimOptions());
        QVERIFY(m_sim->listen() != 0);
        opencti::OpenCtiConfig c;
        c.url = m_sim->openCtiUrl();
        c.token = m_sim->openCtiToken();
        c.transport.timeoutMs = 10000;
        c.transport.backoffBaseMs = 20;
        c.transport.backoffMaxMs = 100;
        m_client = std::make_unique<opencti::OpenCtiClient>(c);
        m_store.reset();
        m_db = std::make_unique<storage::Database>(m_dir.filePath(
            QStringLiteral("opencti-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<IocStore>(m_db.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void settingsProblems_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QStringList>("named"); // the settings the problems name, in order
        QTest::newRow("defaults") << QJsonObject {} << QStringList {};
        QTest::newRow("all valid") << QJsonObject {{QStringLiteral("minScore"), 50},
            {QStringLiteral("labels"), QJsonArray {QStringLiteral("c2")}},
            {QStringLiteral("maxMarking"), QStringLiteral("TLP:AMBER+STRICT")},
            {QStringLiteral("initialDays"), 7}, {QStringLiteral("pageSize"), 100}}
                                   << QStringList {};
        QTest::newRow("score above 100")
            << QJsonObject {{QStringLiteral("minScore"), 101}} << QStringList {QStringLiteral("minScore")};
        QTest::newRow("fraction of a day") << QJsonObject {{QStringLiteral("initialDays"), 1.5}}
                                           << QStringList {QStringLiteral("initialDays")};
        QTest::newRow("page too large")
            << QJsonObject {{QStringLiteral("pageSize"), 501}} << QStringList {QStringLiteral("pageSize")};
        QTest::newRow("labels not a list") << QJsonObject {{QStringLiteral("labels"), QStringLiteral("c2")}}
                                           << QStringList {QStringLiteral("labels")};
        QTest::newRow("unknown marking")
            << QJsonObject {{QStringLiteral("maxMarking"), QStringLiteral("PAP:RED")}}
            << QStringList {QStringLiteral("maxMarking")};
        QTest::newRow("several") << QJsonObject {{QStringLiteral("minScore"), -1},
            {QStringLiteral("pageSize"), 0}}
                                 << QStringList {QStringLiteral("minScore"), QStringLiteral("pageSize")};
    }
    void settingsProblems()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(QStringList, named);
        const QStringList problems = OpenCtiIndicatorPullJob::settingsProblems(settings);
        QCOMPARE(problems.size(), named.size());
        for (qsizetype i = 0; i < named.size(); ++i)
            QVERIFY2(problems.at(i).startsWith(named.at(i) + u':'), qPrintable(problems.at(i)));
    }

    void mapping_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<int>("validDays"); // valid_until from now; 0: none
        QTest::addColumn<int>("kind"); // StixIndicatorOutcome::Kind
        QTest::addColumn<QString>("expected"); // "TYPE value", or a word of the reason
        const QString hex(64, u'a');
        QTest::newRow("sha256") << u"[file:hashes.'SHA-256' = '%1']"_s.arg(hex.toUpper()) << false << 0 << 0
                                << u"SHA256 "_s + hex;
        QTest::newRow("md5 unquoted") << u"[file:hashes.MD5 = '0123456789abcdef0123456789abcdef']"_s << false
                                      << 0 << 0 << u"MD5 0123456789abcdef0123456789abcdef"_s;
        QTest::newRow("url") << u"[url:value = 'HTTP://Example.COM/a?b=1']"_s << false << 30 << 0
                             << u"URL http://example.com/a?b=1"_s;
        QTest::newRow("domain") << u"[domain-name:value = 'Evil.Example.org.']"_s << false << 0 << 0
                                << u"DNS evil.example.org"_s;
        QTest::newRow("ipv4") << u"[ipv4-addr:value = '198.51.100.7']"_s << false << 0 << 0
                              << u"IPV4 198.51.100.7"_s;
        QTest::newRow("ipv6") << u"[ipv6-addr:value = '2001:DB8:0:0::1']"_s << false << 0 << 0
                              << u"IPV6 2001:db8::1"_s;
        QTest::newRow("revoked") << u"[ipv4-addr:value = '198.51.100.8']"_s << true << 0 << 1
                                 << u"IPV4 198.51.100.8"_s;
        QTest::newRow("expired") << u"[domain-name:value = 'old.example.org']"_s << false << -1 << 1
                                 << u"DNS old.example.org"_s;
        QTest::newRow("two observables")
            << u"[domain-name:value = 'a.example.org'] AND [ipv4-addr:value = '198.51.100.9']"_s << false << 0
            << 2 << u"several"_s;
        QTest::newRow("other object")
            << u"[email-addr:value = 'a@example.org']"_s << false << 0 << 2 << u"email-addr"_s;
        QTest::newRow("bad value") << u"[ipv4-addr:value = '010.1.1.1']"_s << false << 0 << 2 << u"zero"_s;
    }
    void mapping()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, revoked);
        QFETCH(int, validDays);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        StixIndicator indicator;
        indicator.name = QStringLiteral("name");
        indicator.pattern = pattern;
        indicator.revoked = revoked;
        indicator.score = 80;
        indicator.labels = {QStringLiteral("c2")};
        indicator.created = now.addDays(-3);
        indicator.modified = now.addDays(-1);
        if (validDays != 0)
            indicator.validUntil = now.addDays(validDays);
        const StixIndicatorOutcome outcome = StixIndicatorMapping::map(indicator, now);
        QCOMPARE(int(outcome.kind), kind);
        if (outcome.kind == StixIndicatorOutcome::Kind::Refused) {
            QVERIFY2(outcome.reason.contains(expected, Qt::CaseInsensitive), qPrintable(outcome.reason));
            return;
        }
        QCOMPARE(iocTypeName(outcome.ioc.type) + u' ' + outcome.ioc.value, expected);
        QCOMPARE(outcome.ioc.score, 80);
        QCOMPARE(outcome.ioc.labels, QStringList {QStringLiteral("c2")});
        QCOMPARE(outcome.ioc.firstSeen, indicator.created);
        QCOMPARE(outcome.ioc.lastSeen, indicator.modified);
    }

    void firstPullPagesFiltersAndMarking()
    {
        const IocSource source = addSource(QJsonObject {{QStringLiteral("minScore"), 30},
            {QStringLiteral("maxMarking"), QStringLiteral("TLP:GREEN")}, {QStringLiteral("pageSize"), 40}});
        const Expected e = expected(30, 1, {}, 30);
        QVERIFY(e.read > 80); // several pages
        QVERIFY(e.refused > 0);
        const auto job = pull(source);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(job->summary()));
        QCOMPARE(indicatorRequests(), (e.read + 39) / 40);
        QCOMPARE(job->counts().seen, qint64(e.read));
        QCOMPARE(present(source), qint64(e.active));
        QCOMPARE(job->refusedCount(), qint64(e.refused));
        QCOMPARE(job->failures().size(), e.refused);
        QVERIFY(job->failures().first().message.contains(QLatin1String("several comparisons")));
        QVERIFY(job->failures().first().item.contains(QLatin1String(" AND ")));
        QCOMPARE(job->counts().failed, 0); // refused patterns do not fail the pull
        // The filters the platform applied: score and validity on the first pull.
        const QByteArray filters = QJsonDocument(job->filters()).toJson(QJsonDocument::Compact);
        QVERIFY2(
            filters.contains(R"({"key":["x_opencti_score"],"mode":"or","operator":"gte","values":["30"]})"),
            filters.constData());
        QVERIFY(filters.contains(R"("key":["valid_until"],"mode":"or","operator":"nil")"));
        QVERIFY(filters.contains(R"("key":["updated_at"],"mode":"or","operator":"gt")"));
        // Nothing above TLP:GREEN, every IOC with its OpenCTI page and the checkpoint at the last update.
        const QList<IocRecord> records = m_store->list(IocFilter {{}, {source.id}, {}, 0, {}, {}}, 0, 1000);
        for (const IocRecord &r : records) {
            QVERIFY(r.ioc.link.toString().startsWith(
                m_sim->openCtiUrl().toString() + u"/dashboard/observations/indicators/"_s));
            QVERIFY(r.ioc.score >= 30);
        }
        QCOMPARE(m_store->checkpoint(source.id), e.lastUpdated);
        QCOMPARE(job->newCheckpoint(), e.lastUpdated);
    }

    void labelsAnyOf()
    {
        const IocSource source = addSource(QJsonObject {
            {QStringLiteral("labels"), QJsonArray {QStringLiteral("Ransomware")}},
            {QStringLiteral("maxMarking"), QStringLiteral("TLP:RED")}, {QStringLiteral("initialDays"), 60}});
        const auto job = pull(source);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(job->summary()));
        const Expected e = expected(0, 4, QStringLiteral("ransomware"), 60);
        QVERIFY(e.active > 5);
        QCOMPARE(present(source), qint64(e.active));
        for (const IocRecord &r : m_store->list(IocFilter {{}, {source.id}, {}, 0, {}, {}}, 0, 1000))
            QVERIFY(r.ioc.labels.contains(QStringLiteral("ransomware")));
    }

    void revokedAndExpiredEndProvenance()
    {
        const IocSource source
            = addSource(QJsonObject {{QStringLiteral("maxMarking"), QStringLiteral("TLP:RED")}});
        auto first = pull(source);
        QVERIFY2(first->state() == jobs::Job::State::Succeeded, qPrintable(first->summary()));
        const qint64 before = present(source);
        QVERIFY(before > 10);
        // Revoke one indicator and let another expire, as OpenCTI's decay does (updated_at moves).
        auto &objects = m_sim->openCti().store().objects;
        QStringList changed;
        QList<std::pair<IocType, QString>> values {{IocType::Ipv4, QStringLiteral("198.51.100.2")},
            {IocType::Dns, QStringLiteral("c2-2.evil-sim.org")}};
        for (auto it = objects.begin(); it != objects.end(); ++it) {
            const QString pattern = it->stix.value(QLatin1String("pattern")).toString();
            const bool revoke = pattern == QLatin1String("[ipv4-addr:value = '198.51.100.2']");
            const bool expire = pattern == QLatin1String("[domain-name:value = 'c2-2.evil-sim.org']");
            if (!revoke && !expire)
                continue;
            if (revoke)
                it->stix.insert(QStringLiteral("revoked"), true);
            else
                it->stix.insert(QStringLiteral("valid_until"),
                    QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs));
            it->updatedAt
                = QDateTime::currentDateTimeUtc().addMSecs(changed.size() + 1).toString(Qt::ISODateWithMs);
            changed << pattern;
        }
        QCOMPARE(changed.size(), 2);
        for (const auto &[type, value] : values)
            QVERIFY(m_store->find(type, value)->sourceIds.contains(source.id));
        auto second = pull(source);
        QVERIFY2(second->state() == jobs::Job::State::Succeeded, qPrintable(second->summary()));
        QCOMPARE(second->counts().seen, 2); // only what changed since the checkpoint
        QCOMPARE(second->endedCount(), 2);
        QCOMPARE(present(source), before - 2);
        for (const auto &[type, value] : values)
            QVERIFY(!m_store->find(type, value)->sourceIds.contains(source.id));
    }

    void repullAddsNothing()
    {
        const IocSource source = addSource(QJsonObject {});
        auto first = pull(source);
        QVERIFY2(first->state() == jobs::Job::State::Succeeded, qPrintable(first->summary()));
        QVERIFY(first->storeCounts().added > 0);
        const qint64 before = present(source);
        const int requests = indicatorRequests();
        auto second = pull(source);
        QVERIFY2(second->state() == jobs::Job::State::Succeeded, qPrintable(second->summary()));
        QCOMPARE(indicatorRequests(), requests + 1);
        QCOMPARE(second->counts().seen, 0);
        QCOMPARE(second->storeCounts().added + second->storeCounts().updated, 0);
        QCOMPARE(present(source), before);
        // The incremental pull sends only updated_at: decay below the score is seen on the client.
        QVERIFY(!QJsonDocument(second->filters()).toJson().contains("x_opencti_score"));
    }

    void checkpointOnlyOnSuccess()
    {
        opencti::OpenCtiConfig c = m_client->config();
        c.transport.maxAttempts = 1;
        m_client->setConfig(c);
        const IocSource source = addSource(QJsonObject {{QStringLiteral("pageSize"), 20}});
        m_sim->setFaults(*s1sim::FaultSpec::parse(QStringLiteral("5xx=1")));
        auto failed = pull(source);
        QCOMPARE(failed->state(), jobs::Job::State::Failed);
        QVERIFY(m_store->checkpoint(source.id).isEmpty());
        QVERIFY(m_store->source(source.id)->lastPullState.startsWith(QLatin1String("failed: ")));
        QVERIFY(failed->newCheckpoint().isEmpty());
        m_sim->setFaults({});
        auto ok = pull(source);
        QVERIFY2(ok->state() == jobs::Job::State::Succeeded, qPrintable(ok->summary()));
        QVERIFY(!m_store->checkpoint(source.id).isEmpty());
        QCOMPARE(m_store->source(source.id)->lastPullState, QStringLiteral("succeeded"));
    }

    void unknownFilterKeyIsAnError()
    {
        const QJsonObject filters {{QStringLiteral("mode"), QStringLiteral("and")},
            {QStringLiteral("filters"),
                QJsonArray {QJsonObject {{QStringLiteral("key"), QJsonArray {QStringLiteral("bogus_key")}},
                    {QStringLiteral("values"), QJsonArray {QStringLiteral("1")}}}}},
            {QStringLiteral("filterGroups"), QJsonArray {}}};
        net::ApiCall *call = m_client->request(opencti::GraphQlDocuments::load(QStringLiteral("Indicators")),
            QJsonObject {{QStringLiteral("first"), 5}, {QStringLiteral("filters"), filters}});
        QSignalSpy finished(call, &net::ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(call->error().kind, net::ApiError::Kind::BadRequest);
        QVERIFY2(call->error().detail.contains(QLatin1String("bogus_key")), qPrintable(call->error().detail));
    }

    void withoutOpenCti()
    {
        const IocSource source = addSource(QJsonObject {});
        OpenCtiIndicatorPullJob job(nullptr, m_store.get(), source);
        job.start();
        QVERIFY(job.isFinished());
        QCOMPARE(job.state(), jobs::Job::State::Failed);
        QVERIFY2(job.summary().contains(QLatin1String("set up OpenCTI")), qPrintable(job.summary()));
    }
};

QTEST_GUILESS_MAIN(TestOpenCtiSource)
#include "tst_openctisource.moc"
