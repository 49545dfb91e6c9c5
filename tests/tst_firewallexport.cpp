// SPDX-License-Identifier: GPL-3.0-or-later
// Firewall export against the simulated console: a collection exported to two sites, again with
// nothing changed (0 writes), one address more (1 write a site), 1,000 scattered removed (only the
// rules that held them), growth past one rule and shrink back (renames, not delete and create), a rule
// of our name this tool did not create (a conflict, adopted only when asked), one of ours changed by
// hand, faults (429, 5xx, drops, answers lost after the console acted) with exactly the planned rules
// at the end, withdraw, and a console without Firewall Control.
#include "FaultSpec.h"
#include "SimServer.h"
#include "SimTenant.h"
#include "firewall/FirewallExportJob.h"
#include "firewall/FirewallStore.h"
#include "net/ApiCall.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace firewall;
using Mode = FirewallExportJob::Mode;

namespace {

QStringList addresses(int from, int to)
{
    QStringList out;
    for (int i = from; i < to; ++i)
        out << u"198.%1.%2.%3"_s.arg(18 + i / 62500).arg(i / 250 % 250).arg(i % 250 + 1);
    return out;
}

} // namespace

class TestFirewallExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_dbCount = 0;
    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<s1::S1Client> m_client;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<FirewallStore> m_store;

    s1::ConsoleConfig consoleConfig() const
    {
        s1::ConsoleConfig c;
        c.url = m_sim->baseUrl();
        c.token = m_sim->token();
        c.transport.timeoutMs = 10000;
        c.transport.backoffBaseMs = 10;
        c.transport.backoffMaxMs = 100;
        c.transport.maxAttempts = 12;
        return c;
    }

    void startSim(bool licensed = true)
    {
        s1sim::SimOptions options;
        options.threats = 5;
        options.seed = 7;
        options.firewallLicensed = licensed;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
        m_client = std::make_unique<s1::S1Client>(consoleConfig());
    }

    s1::IocScope site(int index) const { return s1::IocScope::site(m_sim->tenant().siteId(index)); }

    Collection makeCollection(const QString &name, const QStringList &entries, int maxEntries = 5000)
    {
        Collection c;
        c.name = name;
        c.entries = entries;
        c.aggregate = false;
        c.maxEntries = maxEntries;
        c.rule.description = u"S1 Bridge test"_s;
        c.targets = {ExportTarget {u"p1"_s, site(0)}, ExportTarget {u"p1"_s, site(1)}};
        QString error;
        if (!m_store->save(&c, &error))
            qWarning("%s", qPrintable(error));
        return c;
    }

    void setEntries(Collection *c, const QStringList &entries)
    {
        c->entries = entries;
        QString error;
        QVERIFY2(m_store->save(c, &error), qPrintable(error));
    }

    std::unique_ptr<FirewallExportJob> run(const QString &name, Mode mode = Mode::Export, bool adopt = false)
    {
        auto job = std::make_unique<FirewallExportJob>(m_store.get(), m_client.get(), u"p1"_s, name, mode);
        job->setAdopt(adopt);
        QSignalSpy done(job.get(), &jobs::Job::finished);
        job->start();
        if (!job->isFinished())
            done.wait(120000);
        return job;
    }

    // The rules of a scope on the console (read without faults), by name.
    QHash<QString, s1::FirewallRule> rulesIn(const s1::IocScope &scope)
    {
        s1::S1Client client(consoleConfig());
        s1::FirewallRuleFilter filter;
        filter.scope = scope;
        s1::FirewallRuleListJob list(&client, filter);
        QSignalSpy done(&list, &jobs::Job::finished);
        list.start();
        if (!list.isFinished())
            done.wait(30000);
        QHash<QString, s1::FirewallRule> out;
        for (const s1::FirewallRule &r : list.rules()) {
            if (out.contains(r.name))
                qWarning("two rules named %s", qPrintable(r.name));
            out.insert(r.name, r);
        }
        return out;
    }

    qint64 writes() const
    {
        return m_sim->firewallPostsReceived() + m_sim->firewallPutsReceived()
            + m_sim->firewallDeletesReceived();
    }

    void setFaults(const QString &spec)
    {
        QString error;
        const auto faults = s1sim::FaultSpec::parse(spec, &error);
        QVERIFY2(faults, qPrintable(error));
        m_sim->setFaults(*faults);
    }

    static QString describe(const jobs::Job &job)
    {
        QString text = job.summary() + u' ' + job.error().userMessage();
        for (const auto &f : job.failures())
            text += u"\n  "_s + f.item + u": "_s + f.message;
        return text;
    }

    // Exactly these rules of ours in the scope: names and entries.
    void checkConsole(const s1::IocScope &scope, const Layout &layout, const QString &base)
    {
        const QHash<QString, s1::FirewallRule> rules = rulesIn(scope);
        int ours = 0;
        for (auto it = rules.cbegin(); it != rules.cend(); ++it)
            ours += RulePlanner::isRuleName(base, it.key()) ? 1 : 0;
        QCOMPARE(ours, int(layout.slots.size()));
        for (int i = 0; i < layout.slots.size(); ++i) {
            const QString name = RulePlanner::ruleName(base, i, int(layout.slots.size()));
            QVERIFY2(rules.contains(name), qPrintable(name));
            const s1::FirewallRule &r = rules.value(name);
            const QStringList have = r.addresses + r.cidrs + r.ranges;
            QCOMPARE(QSet<QString>(have.cbegin(), have.cend()),
                QSet<QString>(layout.slots.at(i).cbegin(), layout.slots.at(i).cend()));
        }
    }

private Q_SLOTS:
    void init()
    {
        startSim();
        m_store.reset();
        m_db = std::make_unique<storage::Database>(m_dir.filePath(u"fw-%1.sqlite"_s.arg(++m_dbCount)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<FirewallStore>(m_db.get());
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_client.reset();
        m_sim.reset();
    }

    void exportToTwoSitesThenOnlyWhatChanged()
    {
        Collection c = makeCollection(u"blocklist"_s, addresses(0, 12000));
        auto job = run(c.name);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->layout().slots.size(), 3);
        QCOMPARE(m_sim->firewallPostsReceived(), 6);
        for (int s = 0; s < 2; ++s)
            checkConsole(site(s), job->layout(), c.name);
        QCOMPARE(m_store->ruleCount(c.id), 6);

        // Nothing changed: nothing written.
        qint64 before = writes();
        job = run(c.name);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(writes(), before);
        QCOMPARE(job->targets().at(0).unchanged, 3);

        // One address more: one rule changes, in each site.
        setEntries(&c, addresses(0, 12001));
        before = writes();
        job = run(c.name);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(writes() - before, 2);
        QCOMPARE(m_sim->firewallPostsReceived(), 6);

        // 1,000 scattered addresses removed: at most the rules that held them (3 a site).
        QStringList kept;
        const QStringList all = addresses(0, 12001);
        for (int i = 0; i < all.size(); ++i)
            if (i % 12 != 5)
                kept << all.at(i);
        QCOMPARE(all.size() - kept.size(), 1000);
        setEntries(&c, kept);
        before = writes();
        job = run(c.name);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QVERIFY(writes() - before <= 6);
        for (int s = 0; s < 2; ++s)
            checkConsole(site(s), job->layout(), c.name);
    }

    // Past one rule and back: "c" becomes "c (1)" (renamed, not deleted and created), then "c" again.
    void growAndShrinkRename()
    {
        Collection c = makeCollection(u"c"_s, addresses(0, 10), 10);
        c.targets = {ExportTarget {u"p1"_s, site(0)}};
        QString error;
        QVERIFY(m_store->save(&c, &error));
        auto job = run(c.name);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        const QString firstId = rulesIn(site(0)).value(u"c"_s).id;
        QVERIFY(!firstId.isEmpty());

        setEntries(&c, addresses(0, 11));
        job = run(c.name);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->targets().at(0).renamed + job->targets().at(0).updated, 1);
        QCOMPARE(job->targets().at(0).created, 1);
        QCOMPARE(rulesIn(site(0)).value(u"c (1)"_s).id, firstId); // the same rule, renamed
        checkConsole(site(0), job->layout(), c.name);

        setEntries(&c, addresses(0, 6));
        job = run(c.name);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->targets().at(0).deleted, 1);
        QCOMPARE(rulesIn(site(0)).value(u"c"_s).id, firstId);
        checkConsole(site(0), job->layout(), c.name);
    }

    // Someone else's rule of our name: a conflict, never overwritten; adopted when asked. One of ours
    // changed by hand is put back.
    void conflictsAndHandEdits()
    {
        s1::FirewallRule theirs = RulePlanner::ruleFor(RuleTemplate(), u"mine"_s, {u"203.0.113.1"_s});
        net::ApiCall *call = m_client->addFirewallRule(site(0), theirs);
        QSignalSpy added(call, &net::ApiCall::finished);
        QVERIFY(added.wait(10000));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        call->deleteLater();

        Collection c = makeCollection(u"mine"_s, addresses(0, 20));
        auto job = run(c.name, Mode::DryRun);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->targets().at(0).plan.count(PlannedAction::Kind::Conflict), 1);
        QCOMPARE(job->targets().at(1).plan.count(PlannedAction::Kind::Create), 1);
        QCOMPARE(writes(), 1); // a dry run writes nothing

        job = run(c.name);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->targets().at(0).conflicts, 1);
        QVERIFY(job->failures().size() == 1 && job->failures().first().message.contains(u"not created by"_s));
        QCOMPARE(rulesIn(site(0)).value(u"mine"_s).addresses, (QStringList {u"203.0.113.1"_s})); // untouched

        job = run(c.name, Mode::Export, true); // adopt
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->targets().at(0).updated, 1);
        checkConsole(site(0), job->layout(), c.name);

        // Disabled by hand on the console: enabled again, the field named in the plan.
        s1::FirewallRule edited = rulesIn(site(1)).value(u"mine"_s);
        edited.status = u"Disabled"_s;
        call = m_client->updateFirewallRule(edited.id, edited);
        QSignalSpy updated(call, &net::ApiCall::finished);
        QVERIFY(updated.wait(10000));
        call->deleteLater();
        job = run(c.name);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        const PlannedAction &a = job->targets().at(1).plan.actions.first();
        QCOMPARE(a.kind, PlannedAction::Kind::Update);
        QCOMPARE(a.fields, QStringList {u"status"_s});
        QCOMPARE(rulesIn(site(1)).value(u"mine"_s).status, u"Enabled"_s);

        // Withdraw: ours deleted everywhere; the record gone, the collection deletable.
        job = run(c.name, Mode::Withdraw);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QVERIFY(rulesIn(site(1)).isEmpty());
        QVERIFY(rulesIn(site(0)).isEmpty()); // the adopted one was ours from then on
        QCOMPARE(m_store->ruleCount(c.id), 0);
        QString error;
        QVERIFY2(m_store->remove(c.id, &error), qPrintable(error));
    }

    // Faults on every request, answers lost after the console acted: runs until one succeeds, then
    // exactly the planned rules, each once; a further run writes nothing.
    void faultsEndWithExactlyThePlannedRules()
    {
        Collection c = makeCollection(u"faulty"_s, addresses(0, 9000), 1000);
        setFaults(u"429=0.3,5xx=0.1,drop=0.05,lost=0.3"_s);
        bool succeeded = false;
        int runs = 0;
        std::unique_ptr<FirewallExportJob> job;
        for (; runs < 30 && !succeeded; ++runs) {
            job = run(c.name);
            succeeded = job->state() == jobs::Job::State::Succeeded;
        }
        const QJsonObject faults = m_sim->stats().value(u"faults"_s).toObject();
        qInfo("%d run(s); faults met: %s", runs,
            qPrintable(QString::fromUtf8(QJsonDocument(faults).toJson(QJsonDocument::Compact))));
        setFaults({});
        if (!succeeded) {
            job = run(c.name);
            QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        }
        QVERIFY(faults.value(u"lost"_s).toInt() > 0);
        for (int s = 0; s < 2; ++s)
            checkConsole(site(s), job->layout(), c.name);
        QCOMPARE(m_sim->firewallRuleCount(), 18);
        const qint64 before = writes();
        job = run(c.name);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(writes(), before);
    }

    // A console without Firewall Control: a sentence naming it and the licence, nothing recorded.
    void consoleWithoutTheFeature()
    {
        startSim(false);
        Collection c = makeCollection(u"nolicence"_s, addresses(0, 5));
        auto job = run(c.name);
        QCOMPARE(job->state(), jobs::Job::State::Failed);
        const QString text = describe(*job);
        QVERIFY2(text.contains(u"Firewall Control"_s) && text.contains(u"licen"_s), qPrintable(text));
        QCOMPARE(m_store->ruleCount(c.id), 0);
    }

    // Protected and private addresses are left out and named; aggregation saves entries.
    void protectedAndAggregated()
    {
        Collection c = makeCollection(u"agg"_s,
            {u"127.0.0.1"_s, u"192.168.1.0/24"_s, u"203.0.113.0/25"_s, u"203.0.113.128/25"_s,
                u"198.51.100.7"_s});
        c.aggregate = true;
        QString error;
        QVERIFY(m_store->save(&c, &error));
        auto job = run(c.name, Mode::DryRun);
        QVERIFY2(job->state() == jobs::Job::State::Succeeded, qPrintable(describe(*job)));
        QCOMPARE(job->resolution().protectedEntries.size(), 2);
        QCOMPARE(job->resolution().values, (QStringList {u"198.51.100.7"_s, u"203.0.113.0/24"_s}));
        QCOMPARE(job->resolution().savedByAggregation, 1);
    }
};

QTEST_GUILESS_MAIN(TestFirewallExport)
#include "tst_firewallexport.moc"
