// SPDX-License-Identifier: GPL-3.0-or-later
// The TAXII 2.1 source against the simulator's TAXII server (the simulated OpenCTI's indicators):
// discovery of API roots and collections, paging with more/next from added_after, the checkpoint
// (X-TAXII-Date-Added-Last) moved by a pull that succeeded, revoked indicators ending their IOC,
// basic authentication accepted and refused, and a web page or foreign JSON instead of TAXII, each
// failure a sentence.
#include "OpenCtiSim.h"
#include "SimServer.h"
#include "SimTaxii.h"
#include "config/Translations.h"
#include "exchange/TaxiiDiscovery.h"
#include "exchange/TaxiiPullJob.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace exchange;
using namespace Qt::StringLiterals;

class TestTaxiiSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<IocStore> m_store;

    QUrl apiRoot() const
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(u"/taxii2/opencti/"_s);
        return url;
    }
    IocSource addSource(QJsonObject settings)
    {
        if (!settings.contains(u"url"_s))
            settings.insert(u"url"_s, m_sim->taxiiUrl().toString());
        if (!settings.contains(u"collectionId"_s))
            settings.insert(u"collectionId"_s, s1sim::SimTaxii::collectionId());
        IocSource source;
        source.name = u"TAXII collection"_s;
        source.kind = u"taxii"_s;
        source.settings = settings;
        QString error;
        if (!m_store->saveSource(&source, &error))
            qWarning("%s", qPrintable(error));
        return source;
    }
    std::unique_ptr<TaxiiPullJob> pull(const IocSource &source, const QString &secret = {})
    {
        auto job = std::make_unique<TaxiiPullJob>(m_store.get(), *m_store->source(source.id));
        job->setSecret(secret);
        net::Transport transport;
        transport.maxAttempts = 2;
        transport.backoffBaseMs = 20;
        transport.backoffMaxMs = 50;
        job->setTransport(transport);
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
    std::unique_ptr<TaxiiDiscovery> discover(const QUrl &url)
    {
        TaxiiConfig config;
        config.url = url;
        config.transport.maxAttempts = 1;
        auto discovery = std::make_unique<TaxiiDiscovery>(config);
        QSignalSpy finished(discovery.get(), &TaxiiDiscovery::finished);
        discovery->start();
        if (!discovery->isFinished() && !finished.wait(20000))
            qWarning("the discovery did not end within 20 s");
        return discovery;
    }

private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }

    void init()
    {
        m_sim = std::make_unique<s1sim::SimServer>(s1sim::SimOptions());
        QVERIFY(m_sim->listen() != 0);
        m_store.reset();
        m_db = std::make_unique<storage::Database>(
            m_dir.filePath(u"taxii-%1.sqlite"_s.arg(QLatin1String(QTest::currentTestFunction()))));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<IocStore>(m_db.get());
    }
    void cleanup() { m_sim.reset(); }

    void settingsProblems_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QStringList>("named");
        const QJsonObject good {
            {u"url"_s, u"https://taxii.example.com/taxii2/"_s}, {u"collectionId"_s, u"abc"_s}};
        QTest::newRow("usable") << good << QStringList {};
        QJsonObject s = good;
        s.insert(u"url"_s, u"ftp://taxii.example.com/"_s);
        QTest::newRow("not http") << s << QStringList {u"url"_s};
        s = good;
        s.remove(u"collectionId"_s);
        QTest::newRow("no collection") << s << QStringList {u"collectionId"_s};
        s = good;
        s.insert(u"auth"_s, u"basic"_s);
        QTest::newRow("basic without user") << s << QStringList {u"username"_s};
        s.insert(u"auth"_s, u"kerberos"_s);
        QTest::newRow("unknown auth") << s << QStringList {u"auth"_s};
        s = good;
        s.insert(u"apiRoot"_s, u"not a url"_s);
        s.insert(u"initialDays"_s, 0);
        QTest::newRow("root and days") << s << QStringList {u"apiRoot"_s, u"initialDays"_s};
    }
    void settingsProblems()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(QStringList, named);
        const QStringList problems = TaxiiPullJob::settingsProblems(settings);
        QCOMPARE(problems.size(), named.size());
        for (qsizetype i = 0; i < named.size(); ++i)
            QVERIFY2(problems.at(i).startsWith(named.at(i) + u':'), qPrintable(problems.at(i)));
    }

    void discoveryListsRootsAndCollections()
    {
        for (const QUrl &url : {m_sim->taxiiUrl(), apiRoot()}) { // a discovery URL, an API root
            const auto discovery = discover(url);
            QVERIFY2(discovery->errorString().isEmpty(), qPrintable(discovery->errorString()));
            QCOMPARE(discovery->roots().size(), 1);
            const TaxiiDiscovery::Root &root = discovery->roots().first();
            QCOMPARE(root.url, apiRoot());
            QVERIFY(root.error.isEmpty());
            QCOMPARE(root.collections.size(), 1);
            QCOMPARE(root.collections.first().id, s1sim::SimTaxii::collectionId());
            QVERIFY(root.collections.first().canRead);
        }
    }

    void discoveryCancelled()
    {
        TaxiiConfig config;
        config.url = m_sim->taxiiUrl();
        TaxiiDiscovery discovery(config);
        QSignalSpy finished(&discovery, &TaxiiDiscovery::finished);
        discovery.start();
        discovery.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(discovery.errorString(), u"Cancelled."_s);
        QVERIFY(discovery.roots().isEmpty());
        QVERIFY(!finished.wait(100)); // a late answer changes nothing
    }

    void notTaxiiIsASentence()
    {
        QUrl page = m_sim->baseUrl();
        page.setPath(u"/login"_s); // the console's web page
        auto discovery = discover(page);
        QVERIFY2(discovery->errorString().contains(u"is not a TAXII 2.1 server"_s),
            qPrintable(discovery->errorString()));
        QUrl json = m_sim->baseUrl();
        json.setPath(u"/__sim/stats"_s); // JSON, but not TAXII
        discovery = discover(json);
        QVERIFY2(
            discovery->errorString().contains(u"neither a TAXII 2.1 discovery resource nor an API root"_s),
            qPrintable(discovery->errorString()));
        // The pull says the same of a page where the API root should be.
        QUrl wrongRoot = m_sim->baseUrl();
        wrongRoot.setPath(u"/console/"_s);
        const IocSource source = addSource(QJsonObject {{u"apiRoot"_s, wrongRoot.toString()}});
        const auto job = pull(source);
        QCOMPARE(job->state(), jobs::Job::State::Failed);
        QVERIFY2(job->summary().contains(u"is not a TAXII 2.1 server"_s), qPrintable(job->summary()));
        QVERIFY(m_store->checkpoint(source.id).isEmpty());
    }

    void pagesWithMoreAndNext()
    {
        const IocSource source = addSource(QJsonObject {{u"pageSize"_s, 50}, {u"initialDays"_s, 61}});
        int indicators = 0, active = 0;
        QString last;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const s1sim::OpenCtiObject &o : m_sim->openCti().store().objects) {
            if (o.stix.value(u"type"_s).toString() != u"indicator")
                continue;
            ++indicators;
            const QString validUntil = o.stix.value(u"valid_until"_s).toString();
            if (!o.stix.value(u"revoked"_s).toBool()
                && !o.stix.value(u"pattern"_s).toString().contains(u" AND "_s)
                && (validUntil.isEmpty() || QDateTime::fromString(validUntil, Qt::ISODateWithMs) > now))
                ++active;
            if (o.updatedAt > last) // ISO text of the same shape sorts as time
                last = o.updatedAt;
        }
        QCOMPARE(indicators, 300);
        const auto job = pull(source);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(job->summary()));
        QCOMPARE(job->counts().seen, 300);
        QCOMPARE(job->requestedAddedAfter().size(), 6); // 300 / 50 pages, by next
        QCOMPARE(
            QSet<QString>(job->requestedAddedAfter().cbegin(), job->requestedAddedAfter().cend()).size(), 1);
        QCOMPARE(present(source), qint64(active));
        QVERIFY(job->refusedCount() > 0);
        QCOMPARE(m_store->checkpoint(source.id), last);
        // The next pull asks for what was added after that, and finds nothing.
        const auto again = pull(source);
        QVERIFY2(again->state() == jobs::Job::State::Succeeded, qPrintable(again->summary()));
        QCOMPARE(again->requestedAddedAfter(), QStringList {last});
        QCOMPARE(again->counts().seen, 0);
        QCOMPARE(m_store->checkpoint(source.id), last);
        QCOMPARE(present(source), qint64(active));
    }

    void revokedEndsTheIoc()
    {
        const IocSource source = addSource(QJsonObject {{u"initialDays"_s, 61}});
        auto first = pull(source);
        QVERIFY2(first->state() == jobs::Job::State::Succeeded, qPrintable(first->summary()));
        const qint64 before = present(source);
        const QString value = u"198.51.100.2"_s;
        QVERIFY(m_store->find(IocType::Ipv4, value)->sourceIds.contains(source.id));
        for (auto &o : m_sim->openCti().store().objects) {
            if (o.stix.value(u"pattern"_s).toString() == u"[ipv4-addr:value = '198.51.100.2']") {
                o.stix.insert(u"revoked"_s, true);
                o.updatedAt = QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODateWithMs);
            }
        }
        auto second = pull(source);
        QVERIFY2(second->state() == jobs::Job::State::Succeeded, qPrintable(second->summary()));
        QCOMPARE(second->counts().seen, 1);
        QCOMPARE(second->endedCount(), 1);
        QCOMPARE(present(source), before - 1);
        QVERIFY(!m_store->find(IocType::Ipv4, value)->sourceIds.contains(source.id));
    }

    void basicAuthentication()
    {
        m_sim->taxii().setBasicAuth(u"reader"_s, u"s3cret"_s);
        const IocSource source = addSource(QJsonObject {
            {u"auth"_s, u"basic"_s}, {u"username"_s, u"reader"_s}, {u"apiRoot"_s, apiRoot().toString()}});
        QVERIFY(TaxiiPullJob::needsSecret(source));
        QCOMPARE(TaxiiPullJob::credentialKey(source.id), u"source/%1/taxii-secret"_s.arg(source.id));
        const auto missing = pull(source);
        QCOMPARE(missing->state(), jobs::Job::State::Failed);
        QVERIFY2(missing->summary().contains(u"not in the keychain"_s), qPrintable(missing->summary()));
        const auto wrong = pull(source, u"wrong"_s);
        QCOMPARE(wrong->state(), jobs::Job::State::Failed);
        QVERIFY2(
            wrong->summary().contains(u"refused the credentials (HTTP 401)"_s), qPrintable(wrong->summary()));
        QVERIFY(m_store->source(source.id)->lastPullState.startsWith(u"failed: "_s));
        QVERIFY(m_store->checkpoint(source.id).isEmpty());
        const auto right = pull(source, u"s3cret"_s);
        QVERIFY2(right->state() == jobs::Job::State::Succeeded, qPrintable(right->summary()));
        QVERIFY(present(source) > 0);
        QVERIFY(!m_store->checkpoint(source.id).isEmpty());
        // Discovery without credentials meets the same 401 in a sentence.
        const auto discovery = discover(m_sim->taxiiUrl());
        QVERIFY2(discovery->errorString().contains(u"refused the credentials"_s),
            qPrintable(discovery->errorString()));
    }
};

QTEST_GUILESS_MAIN(TestTaxiiSource)
#include "tst_taxiisource.moc"
