// SPDX-License-Identifier: GPL-3.0-or-later
// exchange::IocStore on real SQLite files: the migration from schema version 2 keeping the data, the
// upsert's merge and provenance, present/absent marking, the list filters and paging, the share job's
// queries (create, renew, retract) and share state transitions, sources/rules/sharing CRUD, reopening,
// and a 200,000-IOC upsert (the figure printed).
#include "exchange/BusinessRule.h"
#include "exchange/IocStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace exchange;
using namespace Qt::StringLiterals;
using storage::Database;

namespace {

QDateTime at(qint64 days)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addDays(days);
}

Ioc ioc(IocType type, const QString &value, qint64 firstDay = -1, qint64 lastDay = -1,
    const QStringList &labels = {})
{
    Ioc i;
    i.type = type;
    i.value = value;
    if (firstDay >= 0)
        i.firstSeen = at(firstDay);
    if (lastDay >= 0)
        i.lastSeen = at(lastDay);
    i.labels = labels;
    return i;
}

QString sha(int n)
{
    return QStringLiteral("%1").arg(n, 64, 16, QLatin1Char('0')).replace(0, 1, QLatin1Char('a'));
}

QList<qint64> allIds(const std::function<QList<qint64>(qint64, int)> &page)
{
    QList<qint64> result;
    qint64 after = 0;
    for (;;) {
        const QList<qint64> ids = page(after, 2);
        result << ids;
        if (ids.size() < 2)
            return result;
        after = ids.last();
    }
}

} // namespace

class TestIocStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void migrationFromVersion2KeepsData();
    void upsertMergesAndRecordsProvenance();
    void upsertRefusesBadInput();
    void absentAfterFullPull();
    void listFiltersAndPaging();
    void shareStatesAndQueries();
    void retractRequestedByUser();
    void sourcesRulesSharingCrud();
    void reopenKeepsEverything();
    void bigUpsert();

private:
    std::unique_ptr<Database> openDb(const QString &name)
    {
        auto db = std::make_unique<Database>(m_dir.filePath(name));
        QString error;
        if (!db->open(&error))
            qWarning() << error;
        return db;
    }
    QString addSource(IocStore &store, const QString &name, const QString &kind = QStringLiteral("feed"))
    {
        IocSource s;
        s.profileId = QStringLiteral("p1");
        s.name = name;
        s.kind = kind;
        QString error;
        if (!store.saveSource(&s, &error))
            qWarning() << error;
        return s.id;
    }
    qint64 addSharing(IocStore &store, const QString &name)
    {
        NamedDefinition d;
        d.name = name;
        d.definition = QJsonObject {{QStringLiteral("destination"),
            QJsonObject {
                {QStringLiteral("kind"), QStringLiteral("s1-ti")}, {QStringLiteral("target"), name}}}};
        QString error;
        if (!store.saveSharing(&d, &error))
            qWarning() << error;
        return d.id;
    }

    QTemporaryDir m_dir;
};

void TestIocStore::migrationFromVersion2KeepsData()
{
    const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
    {
        // A file as schema version 2 left it, with data in the tables of that version.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-v2"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const storage::Migration &step : storage::migrations()) {
            if (step.version > 2)
                break;
            for (const QString &statement : step.statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 'then')").arg(step.version)));
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO opencti_import (profile_id, threat_id, status)"
                                      " VALUES ('p1', 't1', 'imported')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO job_runs (kind, started_at, state) VALUES ('pull', 5, 'succeeded')")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-v2"));

    auto db = openDb(QStringLiteral("v2.sqlite"));
    QVERIFY(db->isOpen());
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    QVERIFY(Database::SchemaVersion >= 3);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT threat_id, status FROM opencti_import")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("t1"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("imported"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM job_runs")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();

    // The new tables work.
    IocStore store(db.get());
    const QString source = addSource(store, QStringLiteral("after migration"));
    UpsertCounts counts;
    QString error;
    QVERIFY2(store.upsert(source, {ioc(IocType::Dns, QStringLiteral("evil.example"))}, 1, &counts, &error),
        qPrintable(error));
    QCOMPARE(counts.added, 1);
    QCOMPARE(store.count(), 1);
}

void TestIocStore::upsertMergesAndRecordsProvenance()
{
    auto db = openDb(QStringLiteral("merge.sqlite"));
    IocStore store(db.get());
    const QString a = addSource(store, QStringLiteral("A"));
    const QString b = addSource(store, QStringLiteral("B"));
    QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);

    QString error;
    UpsertCounts counts;
    Ioc first = ioc(IocType::Sha256, sha(1), 10, 12, {QStringLiteral("malware")});
    first.description = QStringLiteral("from A");
    first.severity = 3;
    const QList<Ioc> batch {first,
        ioc(IocType::Md5, QStringLiteral("0123456789abcdef0123456789abcdef"), 5, 6),
        ioc(IocType::Dns, QStringLiteral("evil.example"), 1, 2),
        ioc(IocType::Dns, QStringLiteral("evil.example"), 0, 3, {QStringLiteral("dup")})}; // listed twice
    QVERIFY2(store.upsert(a, batch, 1, &counts, &error), qPrintable(error));
    QCOMPARE(counts.added, 3);
    QCOMPARE(counts.updated, 0);
    QCOMPARE(counts.unchanged, 0);

    const auto dns = store.find(IocType::Dns, QStringLiteral("evil.example"));
    QVERIFY(dns);
    QCOMPARE(dns->ioc.firstSeen, at(0));
    QCOMPARE(dns->ioc.lastSeen, at(3));
    QCOMPARE(dns->ioc.labels, QStringList {QStringLiteral("dup")});
    QCOMPARE(dns->sourceIds, QStringList {a});

    // The same batch again: nothing changes.
    QVERIFY2(store.upsert(a, batch, 2, &counts, &error), qPrintable(error));
    QCOMPARE(counts.added, 0);
    QCOMPARE(counts.updated, 0);
    QCOMPARE(counts.unchanged, 3);

    // Source B reports the hash with an earlier first seen, a later last seen, a new label, a higher
    // severity and another description (the first one's stays).
    Ioc fromB
        = ioc(IocType::Sha256, sha(1), 8, 20, {QStringLiteral("Ransomware"), QStringLiteral("malware")});
    fromB.description = QStringLiteral("from B");
    fromB.severity = 5;
    fromB.link = QUrl(QStringLiteral("https://console.example/threat/1"));
    QVERIFY2(store.upsert(b, {fromB}, 1, &counts, &error), qPrintable(error));
    QCOMPARE(counts.updated, 1);
    QCOMPARE(counts.total(), 1);

    const auto hash = store.find(IocType::Sha256, sha(1));
    QVERIFY(hash);
    QCOMPARE(hash->ioc.firstSeen, at(8));
    QCOMPARE(hash->ioc.lastSeen, at(20));
    QCOMPARE(hash->ioc.labels, (QStringList {QStringLiteral("malware"), QStringLiteral("Ransomware")}));
    QCOMPARE(hash->ioc.description, QStringLiteral("from A"));
    QCOMPARE(hash->ioc.severity, 5);
    QCOMPARE(hash->ioc.link, fromB.link);
    QCOMPARE(hash->contentHash, IocStore::contentHash(hash->ioc));
    QStringList both {a, b};
    both.sort();
    QCOMPARE(hash->sourceIds, both);

    // Provenance keeps each source's own times.
    const auto details = store.details(hash->id);
    QVERIFY(details);
    QCOMPARE(details->provenance.size(), 2);
    QCOMPARE(details->provenance.at(0).sourceName, QStringLiteral("A"));
    QCOMPARE(details->provenance.at(0).firstSeen, at(10));
    QCOMPARE(details->provenance.at(0).lastSeen, at(12));
    QCOMPARE(details->provenance.at(1).sourceName, QStringLiteral("B"));
    QCOMPARE(details->provenance.at(1).firstSeen, at(8));
    QVERIFY(details->provenance.at(1).present);

    // B reports it again with a later last seen: its provenance row moves, and so does the IOC.
    QVERIFY(store.upsert(b, {ioc(IocType::Sha256, sha(1), 9, 25)}, 2, &counts, &error));
    QCOMPARE(counts.updated, 1);
    QCOMPARE(store.details(hash->id)->provenance.at(1).lastSeen, at(25));
    QCOMPARE(store.details(hash->id)->provenance.at(1).firstSeen, at(8));

    QCOMPARE(store.findValue(sha(1)).size(), 1);
    QCOMPARE(store.iocs({hash->id, dns->id, 999999}).size(), 2);
}

void TestIocStore::upsertRefusesBadInput()
{
    auto db = openDb(QStringLiteral("bad.sqlite"));
    IocStore store(db.get());
    const QString a = addSource(store, QStringLiteral("A"));
    QString error;
    UpsertCounts counts;
    // An unknown source: a sentence naming the database file; nothing written.
    QVERIFY(!store.upsert(QStringLiteral("no-such-source"), {ioc(IocType::Dns, QStringLiteral("a.example"))},
        1, &counts, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(db->path())) || error.contains(db->path()),
        qPrintable(error));
    QCOMPARE(store.count(), 0);
    // An empty value refuses the whole batch.
    error.clear();
    QVERIFY(!store.upsert(a, {ioc(IocType::Dns, QStringLiteral("a.example")), ioc(IocType::Dns, QString())},
        1, &counts, &error));
    QVERIFY2(error.contains(QLatin1String("2")), qPrintable(error));
    QCOMPARE(store.count(), 0);

    // A statement failing in the middle of a batch: the whole batch is rolled back.
    QVERIFY(db->transaction([](QSqlDatabase &c) {
        return QSqlQuery(c).exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON iocs WHEN NEW.value ="
                                                " 'boom.example' BEGIN SELECT RAISE(ABORT, 'boom'); END"));
    }));
    error.clear();
    QVERIFY(!store.upsert(a,
        {ioc(IocType::Dns, QStringLiteral("a.example")), ioc(IocType::Dns, QStringLiteral("b.example")),
            ioc(IocType::Dns, QStringLiteral("boom.example"))},
        1, &counts, &error));
    QVERIFY2(error.contains(db->path()) || error.contains(QDir::toNativeSeparators(db->path())),
        qPrintable(error));
    QCOMPARE(counts.total(), 0);
    QCOMPARE(store.count(), 0);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ioc_sources")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestIocStore::absentAfterFullPull()
{
    auto db = openDb(QStringLiteral("absent.sqlite"));
    IocStore store(db.get());
    const QString feed = addSource(store, QStringLiteral("feed"));
    const QString manual = addSource(store, QStringLiteral("manual"), QStringLiteral("manual"));
    QString error;
    UpsertCounts counts;
    const Ioc a = ioc(IocType::Dns, QStringLiteral("a.example")),
              b = ioc(IocType::Dns, QStringLiteral("b.example")),
              c = ioc(IocType::Dns, QStringLiteral("c.example"));
    QVERIFY(store.upsert(feed, {a, b, c}, 100, &counts, &error));
    QVERIFY(store.upsert(manual, {c}, 1, &counts, &error));
    // The next full pull has a and b only, in two batches.
    QVERIFY(store.upsert(feed, {a}, 200, &counts, &error));
    QVERIFY(store.upsert(feed, {b}, 200, &counts, &error));
    int changed = -1;
    QVERIFY2(store.markAbsent(feed, 200, &error, &changed), qPrintable(error));
    QCOMPARE(changed, 1);
    QVERIFY(store.markAbsent(feed, 200, &error, &changed));
    QCOMPARE(changed, 0);

    const auto gone = store.find(IocType::Dns, QStringLiteral("c.example"));
    QCOMPARE(gone->sourceIds, QStringList {manual});
    const auto details = store.details(gone->id);
    QCOMPARE(details->provenance.size(), 2);
    QVERIFY(!details->provenance.at(0).present); // "feed" sorts first
    IocFilter filter;
    filter.sourceIds = {feed};
    QCOMPARE(store.count(filter), 2);

    // Reported again: present again, counted as updated.
    QVERIFY(store.upsert(feed, {c}, 300, &counts, &error));
    QCOMPARE(counts.updated, 1);
    QCOMPARE(store.count(filter), 3);
}

void TestIocStore::listFiltersAndPaging()
{
    auto db = openDb(QStringLiteral("filters.sqlite"));
    IocStore store(db.get());
    const QString a = addSource(store, QStringLiteral("A"));
    const QString b = addSource(store, QStringLiteral("B"));
    QString error;
    UpsertCounts counts;
    QList<Ioc> batch;
    for (int i = 0; i < 25; ++i)
        batch << ioc(IocType::Sha256, sha(i));
    Ioc named = ioc(IocType::Url, QStringLiteral("https://bad.example/100%_x"));
    named.name = QStringLiteral("Phishing kit");
    batch << named << ioc(IocType::Ipv4, QStringLiteral("192.0.2.1"));
    QVERIFY(store.upsert(a, batch, 1, &counts, &error));
    QVERIFY(store.upsert(b, {ioc(IocType::Ipv4, QStringLiteral("192.0.2.1"))}, 1, &counts, &error));

    QCOMPARE(store.count(), 27);
    // Paging by id: every IOC once, in order.
    QList<qint64> seen;
    qint64 after = 0;
    for (;;) {
        const QList<IocRecord> page = store.list({}, after, 10);
        for (const IocRecord &r : page)
            seen << r.id;
        if (page.size() < 10)
            break;
        after = page.last().id;
    }
    QCOMPARE(seen.size(), 27);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));

    IocFilter f;
    f.types = {IocType::Url, IocType::Ipv4};
    QCOMPARE(store.count(f), 2);
    f = {};
    f.sourceIds = {b};
    QCOMPARE(store.list(f).size(), 1);
    QCOMPARE(store.list(f).first().ioc.value, QStringLiteral("192.0.2.1"));
    f = {};
    f.text = QStringLiteral("PHISHING");
    QCOMPARE(store.count(f), 1);
    f.text = QStringLiteral("100%_"); // LIKE wildcards taken literally
    QCOMPARE(store.count(f), 1);
    f.text = QStringLiteral("0%0");
    QCOMPARE(store.count(f), 0);

    // Share state and destination.
    const qint64 s1 = addSharing(store, QStringLiteral("to console 1"));
    const qint64 s2 = addSharing(store, QStringLiteral("to console 2"));
    const qint64 urlId = store.find(IocType::Url, named.value)->id;
    const qint64 ipId = store.find(IocType::Ipv4, QStringLiteral("192.0.2.1"))->id;
    QVERIFY(store.markShared(s1, {{urlId, QStringLiteral("uuid-1"), QStringLiteral("h"), {}}}, &error));
    QVERIFY(store.markFailed(s2, {{ipId, QStringLiteral("bad value")}}, &error));
    f = {};
    f.shareState = IocShare::State::Shared;
    QCOMPARE(store.count(f), 1);
    f.sharingId = s2;
    QCOMPARE(store.count(f), 0);
    f = {};
    f.destination = QStringLiteral("s1-ti:to console 2");
    QCOMPARE(store.list(f).size(), 1);
    QCOMPARE(store.list(f).first().id, ipId);
    f.shareState = IocShare::State::Failed;
    QCOMPARE(store.count(f), 1);
}

void TestIocStore::shareStatesAndQueries()
{
    auto db = openDb(QStringLiteral("shares.sqlite"));
    IocStore store(db.get());
    const QString feed = addSource(store, QStringLiteral("feed"));
    const QString other = addSource(store, QStringLiteral("other"));
    const qint64 sharing = addSharing(store, QStringLiteral("s"));
    QString error;
    UpsertCounts counts;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Ioc expiring = ioc(IocType::Dns, QStringLiteral("expiring.example"));
    expiring.validUntil = now.addDays(2);
    QVERIFY(store.upsert(feed,
        {ioc(IocType::Dns, QStringLiteral("a.example")), ioc(IocType::Dns, QStringLiteral("b.example")),
            ioc(IocType::Dns, QStringLiteral("c.example")), ioc(IocType::Dns, QStringLiteral("d.example")),
            expiring},
        1, &counts, &error));
    QVERIFY(store.upsert(other, {ioc(IocType::Dns, QStringLiteral("other.example"))}, 1, &counts, &error));
    const auto id = [&](const char *v) { return store.find(IocType::Dns, QLatin1String(v))->id; };
    const qint64 a = id("a.example"), b = id("b.example"), c = id("c.example"), d = id("d.example"),
                 e = id("expiring.example"), o = id("other.example");

    ShareQuery q;
    q.sharingId = sharing;
    q.sourceIds = {feed};
    q.now = now;
    const auto create
        = [&] { return allIds([&](qint64 after, int n) { return store.toCreate(q, after, n); }); };
    const auto renew
        = [&] { return allIds([&](qint64 after, int n) { return store.toRenew(q, after, n); }); };
    const auto retract
        = [&] { return allIds([&](qint64 after, int n) { return store.toRetract(q, after, n); }); };
    QCOMPARE(create(), (QList<qint64> {a, b, c, d, e})); // not "other": not one of the sources
    QVERIFY(renew().isEmpty());
    QVERIFY(retract().isEmpty());

    // Sent: pending, still to create (nothing confirmed); the attempt is recorded.
    QVERIFY2(store.markPending(sharing,
                 {{a, QStringLiteral("ext-a")}, {b, QStringLiteral("ext-b")}, {c, QStringLiteral("ext-c")},
                     {d, QStringLiteral("ext-d")}},
                 &error),
        qPrintable(error));
    QCOMPARE(store.pending(sharing, 0, 100), (QList<qint64> {a, b, c, d}));
    QCOMPARE(create(), (QList<qint64> {a, b, c, d, e}));
    QCOMPARE(store.shares(sharing, {a}).value(a).state, IocShare::State::Pending);
    QCOMPARE(store.shares(sharing, {a}).value(a).externalId, QStringLiteral("ext-a"));
    QCOMPARE(store.shares(sharing, {a}).value(a).attempts, 1);

    // Confirmed: a, b, c shared; d refused by the console.
    const QString hashA = store.find(IocType::Dns, QStringLiteral("a.example"))->contentHash;
    const QString hashB = store.find(IocType::Dns, QStringLiteral("b.example"))->contentHash;
    QVERIFY(store.markShared(sharing,
        {{a, QStringLiteral("uuid-a"), hashA, now.addDays(30)},
            {b, QStringLiteral("uuid-b"), hashB, now.addDays(30)},
            {c, QStringLiteral("uuid-c"), QStringLiteral("old-hash"), now.addDays(30)}},
        &error));
    QVERIFY(store.markFailed(sharing, {{d, QStringLiteral("value is not valid")}}, &error));
    QCOMPARE(store.shares(sharing, {d}).value(d).reason, QStringLiteral("value is not valid"));
    QCOMPARE(store.shares(sharing, {a}).value(a).remoteId, QStringLiteral("uuid-a"));
    QCOMPARE(store.shares(sharing, {a}).value(a).externalId, QStringLiteral("ext-a"));
    QVERIFY(store.shares(sharing, {a}).value(a).confirmedAt.isValid());
    QVERIFY(store.pending(sharing, 0, 100).isEmpty());
    QCOMPARE(create(), (QList<qint64> {d, e})); // failed is tried again
    QCOMPARE(renew(), QList<qint64> {c}); // content hash differs
    QVERIFY(retract().isEmpty());
    QCOMPARE(store.countShares(sharing), 4);
    QCOMPARE(store.countShares(sharing, IocShare::State::Shared), 3);

    // Expiry at the destination within the renewal margin: renewed while a source still reports it.
    QVERIFY(store.markShared(sharing, {{b, QStringLiteral("uuid-b"), hashB, now.addSecs(3600)}}, &error));
    QCOMPARE(renew(), (QList<qint64> {b, c}));
    q.renewMarginMs = 60 * 1000;
    QCOMPARE(renew(), QList<qint64> {c});
    q.renewMarginMs = 24LL * 3600 * 1000;

    // Content changes at the source (a new label): renewed.
    QVERIFY(
        store.upsert(feed, {ioc(IocType::Dns, QStringLiteral("a.example"), -1, -1, {QStringLiteral("new")})},
            2, &counts, &error));
    QCOMPARE(renew(), (QList<qint64> {a, b, c}));

    // Expired at the source: not created or renewed any more, retracted once shared.
    QVERIFY(store.markShared(
        sharing, {{e, QStringLiteral("uuid-e"), QStringLiteral("x"), now.addDays(30)}}, &error));
    QVERIFY(renew().contains(e)); // what was sent differs, and the source still reports it
    QVERIFY(retract().isEmpty());
    q.now = now.addDays(3);
    QCOMPARE(retract(), QList<qint64> {e});
    QVERIFY(!renew().contains(e));
    QVERIFY(!create().contains(e));
    q.now = now;

    // No source reports it any more (the feed's full pull left c out): retracted, not renewed.
    QVERIFY(store.upsert(feed,
        {ioc(IocType::Dns, QStringLiteral("a.example")), ioc(IocType::Dns, QStringLiteral("b.example")),
            ioc(IocType::Dns, QStringLiteral("d.example")), expiring},
        3, &counts, &error));
    int changed = 0;
    QVERIFY(store.markAbsent(feed, 3, &error, &changed));
    QCOMPARE(changed, 1);
    QCOMPARE(retract(), QList<qint64> {c});
    QVERIFY(!renew().contains(c));
    // Another source still reporting it keeps it when that source belongs to the configuration...
    QVERIFY(store.upsert(other, {ioc(IocType::Dns, QStringLiteral("c.example"))}, 2, &counts, &error));
    QCOMPARE(retract(), QList<qint64> {c});
    q.sourceIds = {feed, other};
    QVERIFY(retract().isEmpty());
    // ...or when the configuration takes any source.
    q.sourceIds = {};
    QVERIFY(retract().isEmpty());
    QVERIFY(create().contains(o));
    q.sourceIds = {feed};

    // Retracted: not shared any more; created again only if a source reports it again.
    QVERIFY(store.markRetracted(sharing, {c, 424242}, &error, &changed));
    QCOMPARE(changed, 1);
    QCOMPARE(store.shares(sharing, {c}).value(c).state, IocShare::State::Retracted);
    QVERIFY(!store.shares(sharing, {c}).value(c).expiresAt.isValid());
    QVERIFY(retract().isEmpty());
    QVERIFY(!create().contains(c));
    QVERIFY(store.upsert(feed, {ioc(IocType::Dns, QStringLiteral("c.example"))}, 4, &counts, &error));
    QVERIFY(create().contains(c));

    // A sharing configuration with shares at the destination cannot be removed.
    QVERIFY(!store.removeSharing(sharing, &error));
    QVERIFY2(error.contains(QLatin1String("Retract what it shared")), qPrintable(error));
    QVERIFY(store.sharing(sharing));
}

void TestIocStore::retractRequestedByUser()
{
    auto db = openDb(QStringLiteral("user-retract.sqlite"));
    IocStore store(db.get());
    const QString feed = addSource(store, QStringLiteral("feed"));
    const qint64 s1 = addSharing(store, QStringLiteral("one"));
    const qint64 s2 = addSharing(store, QStringLiteral("two"));
    QString error;
    UpsertCounts counts;
    QVERIFY(store.upsert(feed, {ioc(IocType::Dns, QStringLiteral("a.example"))}, 1, &counts, &error));
    const auto rec = store.find(IocType::Dns, QStringLiteral("a.example"));
    for (qint64 s : {s1, s2})
        QVERIFY(store.markShared(s, {{rec->id, QStringLiteral("u"), rec->contentHash, {}}}, &error));
    int changed = 0;
    QVERIFY(store.requestRetract(0, {rec->id}, &error, &changed));
    QCOMPARE(changed, 2);
    for (qint64 s : {s1, s2}) {
        ShareQuery q;
        q.sharingId = s;
        QCOMPARE(store.toRetract(q, 0, 10), QList<qint64> {rec->id});
        QVERIFY(store.toCreate(q, 0, 10).isEmpty());
        QVERIFY(store.markRetracted(s, {rec->id}, &error));
        QVERIFY(store.toRetract(q, 0, 10).isEmpty());
        QVERIFY(store.toCreate(q, 0, 10).isEmpty()); // never created again there
    }
    const auto details = store.details(rec->id);
    QCOMPARE(details->shares.size(), 2);
    QCOMPARE(details->shares.at(0).sharingName, QStringLiteral("one"));
    QVERIFY(details->shares.at(0).retractRequested);
    // Nothing at the destination any more: the configuration can go, its rows with it.
    QVERIFY2(store.removeSharing(s1, &error), qPrintable(error));
    QCOMPARE(store.details(rec->id)->shares.size(), 1);
}

void TestIocStore::sourcesRulesSharingCrud()
{
    auto db = openDb(QStringLiteral("crud.sqlite"));
    IocStore store(db.get());
    QString error;
    IocSource s;
    s.profileId = QStringLiteral("p1");
    s.name = QStringLiteral("  Threats  ");
    s.kind = QStringLiteral("s1-threats");
    s.settings = QJsonObject {{QStringLiteral("days"), 7}};
    QVERIFY2(store.saveSource(&s, &error), qPrintable(error));
    QCOMPARE(s.name, QStringLiteral("Threats"));
    QVERIFY(!s.id.isEmpty());
    IocSource dup = s;
    dup.id.clear();
    QVERIFY(!store.saveSource(&dup, &error));
    QVERIFY2(error.contains(QLatin1String("Threats")), qPrintable(error));
    dup.profileId = QStringLiteral("p2"); // another profile may use the name
    QVERIFY2(store.saveSource(&dup, &error), qPrintable(error));
    IocSource badKind = s;
    badKind.id.clear();
    badKind.name = QStringLiteral("x");
    badKind.kind = QStringLiteral("carrier-pigeon"); // opencti and taxii are kinds since schema step 4
    QVERIFY(!store.saveSource(&badKind, &error));
    QVERIFY2(error.contains(QLatin1String("carrier-pigeon")), qPrintable(error));
    QCOMPARE(store.sources().size(), 2);
    QCOMPARE(store.sources(QStringLiteral("p1")).size(), 1);

    QVERIFY(store.setCheckpoint(s.id, QStringLiteral("2026-01-01T00:00:00Z"), &error));
    QCOMPARE(store.checkpoint(s.id), QStringLiteral("2026-01-01T00:00:00Z"));
    QVERIFY(store.recordPull(s.id, at(3), QStringLiteral("succeeded"),
        QJsonObject {{QStringLiteral("new"), 5}}, QStringLiteral("cp2"), &error));
    const auto read = store.source(s.id);
    QCOMPARE(read->checkpoint, QStringLiteral("cp2"));
    QCOMPARE(read->lastPullAt, at(3));
    QCOMPARE(read->counts.value(QStringLiteral("new")).toInt(), 5);
    QCOMPARE(read->settings.value(QStringLiteral("days")).toInt(), 7);
    QVERIFY(!store.recordPull(QStringLiteral("gone"), at(3), {}, {}, {}, &error));

    // Removing a source keeps its IOCs, not its provenance.
    UpsertCounts counts;
    QVERIFY(store.upsert(s.id, {ioc(IocType::Dns, QStringLiteral("a.example"))}, 1, &counts, &error));
    QVERIFY(store.removeSource(s.id, &error));
    QVERIFY(!store.source(s.id));
    const auto kept = store.find(IocType::Dns, QStringLiteral("a.example"));
    QVERIFY(kept);
    QVERIFY(kept->sourceIds.isEmpty());
    QVERIFY(store.details(kept->id)->provenance.isEmpty());

    // Rules.
    BusinessRule rule;
    rule.name = QStringLiteral("hashes");
    rule.types = {IocType::Sha256};
    NamedDefinition r {0, rule.name, rule.toJson()};
    QVERIFY2(store.saveRule(&r, &error), qPrintable(error));
    QVERIFY(r.id > 0);
    NamedDefinition r2 {0, QStringLiteral("hashes"), {}};
    QVERIFY(!store.saveRule(&r2, &error));
    QVERIFY2(error.contains(QLatin1String("hashes")), qPrintable(error));
    r.definition.insert(QStringLiteral("minScore"), 50);
    QVERIFY(store.saveRule(&r, &error));
    QCOMPARE(store.rules().size(), 1);
    QCOMPARE(store.rule(QStringLiteral("hashes"))->definition.value(QStringLiteral("minScore")).toInt(), 50);
    QStringList problems;
    QVERIFY(BusinessRule::fromJson(store.rule(r.id)->definition, &problems));
    QVERIFY(store.removeRule(r.id, &error));
    QVERIFY(store.rules().isEmpty());

    // Sharing configurations.
    const qint64 sh = addSharing(store, QStringLiteral("to B"));
    QVERIFY(sh > 0);
    QCOMPARE(IocStore::destinationKey(store.sharing(sh)->definition), QStringLiteral("s1-ti:to B"));
    QCOMPARE(store.sharings().size(), 1);
    QVERIFY(store.removeSharing(sh, &error));
    QVERIFY(store.sharings().isEmpty());
}

void TestIocStore::reopenKeepsEverything()
{
    const QString name = QStringLiteral("reopen.sqlite");
    qint64 iocId = 0, sharingId = 0;
    QString sourceId;
    {
        auto db = openDb(name);
        IocStore store(db.get());
        sourceId = addSource(store, QStringLiteral("feed"));
        sharingId = addSharing(store, QStringLiteral("s"));
        QString error;
        UpsertCounts counts;
        QVERIFY(store.upsert(
            sourceId, {ioc(IocType::Ipv6, QStringLiteral("2001:db8::1"), 1, 2)}, 1, &counts, &error));
        iocId = store.find(IocType::Ipv6, QStringLiteral("2001:db8::1"))->id;
        QVERIFY(store.markShared(
            sharingId, {{iocId, QStringLiteral("uuid"), QStringLiteral("h"), at(40)}}, &error));
        QVERIFY(store.setCheckpoint(sourceId, QStringLiteral("cp"), &error));
        NamedDefinition r {
            0, QStringLiteral("r"), QJsonObject {{QStringLiteral("name"), QStringLiteral("r")}}};
        QVERIFY(store.saveRule(&r, &error));
    }
    auto db = openDb(name);
    IocStore store(db.get());
    const auto d = store.details(iocId);
    QVERIFY(d);
    QCOMPARE(d->record.ioc.value, QStringLiteral("2001:db8::1"));
    QCOMPARE(d->record.ioc.lastSeen, at(2));
    QCOMPARE(d->provenance.size(), 1);
    QCOMPARE(d->shares.size(), 1);
    QCOMPARE(d->shares.first().remoteId, QStringLiteral("uuid"));
    QCOMPARE(d->shares.first().expiresAt, at(40));
    QCOMPARE(store.checkpoint(sourceId), QStringLiteral("cp"));
    QCOMPARE(store.rules().size(), 1);
    QCOMPARE(store.sharing(sharingId)->name, QStringLiteral("s"));
}

void TestIocStore::bigUpsert()
{
    auto db = openDb(QStringLiteral("big.sqlite"));
    IocStore store(db.get());
    const QString feed = addSource(store, QStringLiteral("big feed"));
    constexpr int kTotal = 200000, kBatch = 5000;
    QList<Ioc> all;
    all.reserve(kTotal);
    for (int i = 0; i < kTotal; ++i) {
        Ioc x = ioc(IocType::Sha256, sha(i), i % 30, i % 30 + 1, {QStringLiteral("bulk")});
        x.description = QStringLiteral("IOC number %1").arg(i);
        all << x;
    }
    QString error;
    QElapsedTimer timer;
    timer.start();
    qint64 added = 0;
    for (int start = 0; start < kTotal; start += kBatch) {
        UpsertCounts counts;
        QVERIFY2(store.upsert(feed, all.mid(start, kBatch), 1, &counts, &error), qPrintable(error));
        added += counts.added;
    }
    const qint64 firstMs = timer.restart();
    QCOMPARE(added, qint64(kTotal));
    qint64 unchanged = 0;
    for (int start = 0; start < kTotal; start += kBatch) {
        UpsertCounts counts;
        QVERIFY2(store.upsert(feed, all.mid(start, kBatch), 2, &counts, &error), qPrintable(error));
        unchanged += counts.unchanged;
    }
    const qint64 againMs = timer.restart();
    QCOMPARE(unchanged, qint64(kTotal));
    QCOMPARE(store.count(), qint64(kTotal));

    // A rule's live count and the share job's create scan, in pages.
    BusinessRule rule;
    rule.name = QStringLiteral("recent");
    rule.seenWithinDays = 10;
    const qint64 matching = countMatchingIocs(store, rule, at(30));
    const qint64 countMs = timer.restart();
    qint64 expected = 0;
    for (const Ioc &x : std::as_const(all))
        expected += x.lastSeen >= at(20) ? 1 : 0;
    QCOMPARE(matching, expected);
    const qint64 sharing = addSharing(store, QStringLiteral("big"));
    ShareQuery q;
    q.sharingId = sharing;
    q.sourceIds = {feed};
    qint64 toCreate = 0, after = 0;
    for (;;) {
        const QList<qint64> page = store.toCreate(q, after, 5000);
        toCreate += page.size();
        if (page.size() < 5000)
            break;
        after = page.last();
    }
    const qint64 scanMs = timer.elapsed();
    QCOMPARE(toCreate, qint64(kTotal));
    qInfo("upsert of %d new IOCs: %lld ms (%.0f IOCs/min); again, unchanged: %lld ms; rule count: %lld ms; "
          "create scan: %lld ms",
        kTotal, firstMs, kTotal * 60000.0 / std::max<qint64>(firstMs, 1), againMs, countMs, scanMs);
    QVERIFY2(firstMs < 60000 && againMs < 60000, "200,000 IOCs should take well under a minute");
}

QTEST_GUILESS_MAIN(TestIocStore)
#include "tst_iocstore.moc"
