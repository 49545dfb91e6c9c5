// SPDX-License-Identifier: GPL-3.0-or-later
// The SentinelOne client's threat-intelligence calls (addIocs, listIocs, deleteIocs) against the
// simulator on 127.0.0.1 (port 0), and the parsing of what the console answers.
#include "FaultSpec.h"
#include "SimServer.h"
#include "SimTenant.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "s1/S1Dialect.h"
#include "s1/S1ThreatIntel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace s1;
using namespace net;
using namespace Qt::StringLiterals;

namespace {
const QString MultiScopeToken = u"multi-scope-token-0123456789"_s;
const QString Sha256A = u"a3f5c9e1d2b4a6c8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7"_s;

IocItem item(const QString &type, const QString &value, const QString &externalId = {})
{
    IocItem i;
    i.type = type;
    i.value = value;
    i.source = u"S1 Bridge test"_s;
    i.externalId = externalId;
    return i;
}
} // namespace

class TestS1ThreatIntel : public QObject
{
    Q_OBJECT

    std::unique_ptr<s1sim::SimServer> m_sim;

    ConsoleConfig config(const QString &token = {}) const
    {
        ConsoleConfig c;
        c.url = m_sim->baseUrl();
        c.token = token.isEmpty() ? m_sim->token() : token;
        c.transport.timeoutMs = 10000;
        c.transport.backoffBaseMs = 50;
        c.transport.backoffMaxMs = 400;
        return c;
    }

    void setFaults(const QString &spec)
    {
        QString error;
        const auto faults = s1sim::FaultSpec::parse(spec, &error);
        QVERIFY2(faults, qPrintable(error));
        m_sim->setFaults(*faults);
    }

    static bool wait(ApiCall *call, int timeoutMs = 30000)
    {
        if (call->isFinished())
            return true;
        QSignalSpy done(call, &ApiCall::finished);
        return done.wait(timeoutMs);
    }

    IocScope account() const { return IocScope::account(m_sim->tenant().accountId(0)); }
    IocScope site() const { return IocScope::site(m_sim->tenant().siteId(0)); }

    QList<StoredIoc> list(S1Client &client, const IocFilter &filter)
    {
        IocListJob job(&client, filter);
        QSignalSpy finished(&job, &jobs::Job::finished);
        job.start();
        if (!job.isFinished() && !finished.wait(30000))
            return {};
        return job.iocs();
    }

private Q_SLOTS:
    void init()
    {
        s1sim::SimOptions options;
        options.threats = 10;
        options.seed = 7;
        options.multiScopeToken = MultiScopeToken;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
    }

    void cleanup() { m_sim.reset(); }

    // Items of every kind go to an account; the answer's data[] is read into typed records, and
    // each comes back by externalId, by value (a URL with '+' and '&') and by type.
    void addAndListInAnAccount()
    {
        S1Client client(config());
        IocItem hash = item(u"sha256"_s, Sha256A, u"ext-1"_s); // lower case in, upper case sent
        hash.validUntil = QDateTime::currentDateTimeUtc().addDays(30);
        hash.creationTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        hash.description
            = u"Classification: Malware | Detection Engine: SentinelOne Cloud | Confidence Level: malicious"_s;
        hash.name = u"evil.exe"_s;
        hash.severity = 5;
        hash.originalRiskScore = 80;
        hash.labels = {u"true_positive"_s};
        hash.references = {u"https://console.example/incidents/threats/1/overview"_s};
        const QString url = u"http://evil.example/a+b?x=1&y=2"_s;
        ApiCall *call = client.addIocs(account(),
            {hash, item(u"URL"_s, url, u"ext-2"_s), item(u"IPV4"_s, u"203.0.113.7"_s, u"ext-3"_s)});
        QVERIFY(wait(call));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        QCOMPARE(call->request().method, QByteArray("POST"));
        QVERIFY(!call->request().isIdempotent());
        const QJsonObject sent = QJsonDocument::fromJson(call->request().body).object();
        QCOMPARE(sent.value(u"filter"_s).toObject(), account().filter());
        const QJsonObject first = sent.value(u"data"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"type"_s).toString(), u"SHA256"_s);
        QCOMPARE(first.value(u"method"_s).toString(), u"EQUALS"_s);
        QCOMPARE(first.value(u"creationTime"_s).toString(), u"2026-01-02T03:04:05Z"_s);
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s)
                    .match(first.value(u"validUntil"_s).toString())
                    .hasMatch());
        QCOMPARE(first.value(u"reference"_s).toArray().size(), 1);

        const IocAddResult result = IocAddResult::fromCall(*call);
        QVERIFY(result.ok);
        QVERIFY(!result.outcomeUnknown);
        QCOMPARE(result.stored.size(), 3);
        for (const StoredIoc &ioc : result.stored) {
            QVERIFY(!ioc.uuid.isEmpty());
            QVERIFY(!ioc.batchId.isEmpty());
            QCOMPARE(ioc.scope, u"account"_s);
            QCOMPARE(ioc.scopeId, account().id);
            QVERIFY(ioc.validUntil.isValid());
        }
        QCOMPARE(result.stored.at(0).type, u"SHA256"_s);
        QCOMPARE(result.stored.at(0).externalId, u"ext-1"_s);
        QCOMPARE(result.stored.at(1).value, url);

        IocFilter byExternal {account()};
        byExternal.externalId = u"ext-3"_s;
        QList<StoredIoc> found = list(client, byExternal);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).value, u"203.0.113.7"_s);
        QCOMPARE(found.at(0).uuid, result.stored.at(2).uuid);

        IocFilter byValue {account()};
        byValue.value = url;
        found = list(client, byValue);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).externalId, u"ext-2"_s);

        IocFilter byType {account()};
        byType.type = u"sha256"_s;
        byType.sources = {u"S1 Bridge test"_s};
        QCOMPARE(list(client, byType).size(), 1);
        IocFilter byUuids {account()};
        byUuids.uuids = {result.stored.at(0).uuid, result.stored.at(1).uuid};
        QCOMPARE(list(client, byUuids).size(), 2);
        // Another scope does not see them.
        QCOMPARE(list(client, IocFilter {site()}).size(), 0);
    }

    // A site scope; a group scope is sent as groupIds on a POST and refused for GET and DELETE
    // (the API lists and deletes by account or site).
    void scopeKinds()
    {
        S1Client client(config());
        ApiCall *call = client.addIocs(site(), {item(u"MD5"_s, u"0cc175b9c0f1b6a831c399e269772661"_s)});
        QVERIFY(wait(call));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        const IocAddResult result = IocAddResult::fromCall(*call);
        QCOMPARE(result.stored.size(), 1);
        QCOMPARE(result.stored.at(0).scope, u"site"_s);
        QCOMPARE(result.stored.at(0).scopeId, site().id);
        QCOMPARE(list(client, IocFilter {site()}).size(), 1);

        // A group: POST with groupIds; the API lists and deletes by account or site only, so the
        // group's IOCs are read without a scope filter (kept by scope and scopeId) and deleted by
        // their uuids alone.
        const IocScope group = IocScope::group(m_sim->tenant().firstGroupId(0));
        QVERIFY(!group.id.isEmpty());
        QCOMPARE(group.filter(), QJsonObject({{u"groupIds"_s, QJsonArray {group.id}}}));
        const QString sha1 = u"86f7e437faa5a7fce15d1ddcb9eaeaea377667b8"_s;
        ApiCall *toGroup = client.addIocs(group, {item(u"SHA1"_s, sha1, u"s1b-group-1"_s)});
        QVERIFY(wait(toGroup));
        QVERIFY2(!toGroup->error().isError(), qPrintable(toGroup->error().userMessage()));
        const IocAddResult inGroup = IocAddResult::fromCall(*toGroup);
        QCOMPARE(inGroup.stored.size(), 1);
        QCOMPARE(inGroup.stored.at(0).scope, u"group"_s);
        QCOMPARE(inGroup.stored.at(0).scopeId, group.id);
        IocFilter byExternalId {group};
        byExternalId.externalId = u"s1b-group-1"_s;
        const QList<StoredIoc> readBack = list(client, byExternalId);
        QCOMPARE(readBack.size(), 1);
        QCOMPARE(readBack.at(0).uuid, inGroup.stored.at(0).uuid);
        QCOMPARE(list(client, IocFilter {site()}).size(), 1); // the site's own, not its group's
        ApiCall *deleted = client.deleteIocs(group, {inGroup.stored.at(0).uuid});
        QVERIFY(wait(deleted));
        QVERIFY2(!deleted->error().isError(), qPrintable(deleted->error().userMessage()));
        QVERIFY(list(client, byExternalId).isEmpty());
        QCOMPARE(list(client, IocFilter {site()}).size(), 1);

        QCOMPARE(IocScope::fromString(u"site:123"_s), IocScope::site(u"123"_s));
        QCOMPARE(IocScope::fromString(u"Group: 9"_s), IocScope::group(u"9"_s));
        QVERIFY(!IocScope::fromString(u"tenant:1"_s));
        QCOMPARE(IocScope::account(u"42"_s).toString(), u"account:42"_s);
    }

    void paging()
    {
        S1Client client(config());
        QList<IocItem> items;
        for (int i = 1; i <= 25; ++i)
            items << item(u"IPV4"_s, u"198.51.100.%1"_s.arg(i), u"page-%1"_s.arg(i));
        ApiCall *call = client.addIocs(account(), items);
        QVERIFY(wait(call));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        IocListJob job(&client, IocFilter {account()});
        job.setPageSize(10);
        QSignalSpy finished(&job, &jobs::Job::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.state(), jobs::Job::State::Succeeded);
        QCOMPARE(job.pagesFetched(), 3);
        QCOMPARE(job.iocs().size(), 25);
        QSet<QString> uuids;
        for (const StoredIoc &ioc : job.iocs())
            uuids.insert(ioc.uuid);
        QCOMPARE(uuids.size(), 25);
    }

    // A 400 that names rejected items: each comes out as {value, type, reason} with its position;
    // the console stored nothing of the request.
    void partialRejection()
    {
        S1Client client(config());
        const int before = m_sim->tenant().iocCount();
        ApiCall *call = client.addIocs(account(),
            {item(u"IPV4"_s, u"192.0.2.1"_s), item(u"IPV4"_s, u"1.2.3.999"_s), item(u"SHA256"_s, Sha256A),
                item(u"SHA256"_s, u"xyz"_s)});
        QVERIFY(wait(call));
        QCOMPARE(call->error().kind, ApiError::Kind::BadRequest);
        const IocAddResult result = IocAddResult::fromCall(*call);
        QVERIFY(!result.ok);
        QVERIFY(!result.outcomeUnknown);
        QCOMPARE(result.rejected.size(), 2);
        QCOMPARE(result.rejected.at(0).value, u"1.2.3.999"_s);
        QCOMPARE(result.rejected.at(0).type, u"IPV4"_s);
        QCOMPARE(result.rejected.at(0).index, 1);
        QVERIFY(result.rejected.at(0).reason.contains(u"not a valid IPV4"_s));
        QCOMPARE(result.rejected.at(1).value, u"xyz"_s);
        QCOMPARE(result.rejected.at(1).type, u"SHA256"_s);
        QCOMPARE(result.rejected.at(1).index, 3);
        QCOMPARE(m_sim->tenant().iocCount(), before);
    }

    void rejectionDetails_data()
    {
        QTest::addColumn<QJsonValue>("detail");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QList<int>>("indexes");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("json object") << QJsonValue(QJsonObject {
            {u"value"_s, u"1.2.3.999"_s}, {u"type"_s, u"IPV4"_s}, {u"error"_s, u"data[1].value: bad"_s}})
                                     << QStringList {u"1.2.3.999"_s} << QStringList {u"IPV4"_s}
                                     << QList<int> {1} << u"bad"_s;
        QTest::newRow("json text") << QJsonValue(
            u"{\"value\":\"x.example\",\"type\":\"dns\",\"error\":\"not a domain\"}"_s)
                                   << QStringList {u"x.example"_s} << QStringList {u"DNS"_s}
                                   << QList<int> {-1} << u"not a domain"_s;
        QTest::newRow("python repr") << QJsonValue(
            u"{'value': \"it's.example\", 'type': 'DNS', 'error': None}"_s)
                                     << QStringList {u"it's.example"_s} << QStringList {u"DNS"_s}
                                     << QList<int> {-1} << u"null"_s;
        QTest::newRow("python list after words") << QJsonValue(
            u"Invalid IOCs: [{'value': 'a', 'type': 'MD5'}, {'value': 'b', 'type': 'URL', 'reason': 'no host'}]"_s)
                                                 << QStringList {u"a"_s, u"b"_s}
                                                 << QStringList {u"MD5"_s, u"URL"_s} << QList<int> {-1, -1}
                                                 << u"no host"_s;
        QTest::newRow("json array") << QJsonValue(
            QJsonArray {QJsonObject {{u"value"_s, u"c"_s}, {u"type"_s, u"SHA1"_s}}})
                                    << QStringList {u"c"_s} << QStringList {u"SHA1"_s} << QList<int> {-1}
                                    << u"\"value\":\"c\""_s;
        QTest::newRow("plain text with a position")
            << QJsonValue(u"data[4].source: a string is required"_s) << QStringList {QString()}
            << QStringList {QString()} << QList<int> {4} << u"source"_s;
        QTest::newRow("broken repr is plain text")
            << QJsonValue(u"{'value': 'unterminated"_s) << QStringList {QString()} << QStringList {QString()}
            << QList<int> {-1} << u"unterminated"_s;
    }

    void rejectionDetails()
    {
        QFETCH(QJsonValue, detail);
        QFETCH(QStringList, values);
        QFETCH(QStringList, types);
        QFETCH(QList<int>, indexes);
        QFETCH(QString, reasonPart);
        const QList<IocRejection> found = threatintel::rejectionsFromDetail(detail);
        QCOMPARE(found.size(), values.size());
        bool reasonSeen = false;
        for (qsizetype i = 0; i < found.size(); ++i) {
            QCOMPARE(found.at(i).value, values.at(i));
            QCOMPARE(found.at(i).type, types.at(i));
            QCOMPARE(found.at(i).index, indexes.at(i));
            reasonSeen = reasonSeen || found.at(i).reason.contains(reasonPart);
        }
        QVERIFY2(reasonSeen, qPrintable(found.value(0).reason));

        // A position fills value and type from what was sent.
        const QJsonArray sent {QJsonObject {{u"value"_s, u"v0"_s}, {u"type"_s, u"URL"_s}},
            QJsonObject {{u"value"_s, u"v1"_s}, {u"type"_s, u"DNS"_s}}};
        const QJsonDocument envelope(QJsonObject {{u"errors"_s,
            QJsonArray {QJsonObject {{u"code"_s, 4000010}, {u"title"_s, u"Validation Error"_s},
                {u"detail"_s, u"data[1].value: bad"_s}}}}});
        const QList<IocRejection> mapped = threatintel::rejectionsFromErrors(envelope, sent);
        QCOMPARE(mapped.size(), 1);
        QCOMPARE(mapped.at(0).value, u"v1"_s);
        QCOMPARE(mapped.at(0).type, u"DNS"_s);
    }

    void timesReadBothWays()
    {
        const QDateTime expected(QDate(2021, 3, 20), QTime(9, 14, 47, 779), Qt::UTC);
        QCOMPARE(threatintel::parseIocTime(u"2021-03-20 09:14:47.779000"_s), expected);
        QCOMPARE(threatintel::parseIocTime(u"2021-03-20T09:14:47.779000Z"_s), expected);
        QCOMPARE(threatintel::parseIocTime(u"2021-03-20T09:14:47Z"_s), expected.addMSecs(-779));
        QVERIFY(!threatintel::parseIocTime(u"yesterday"_s).isValid());
        QCOMPARE(threatintel::formatIocTime(expected), u"2021-03-20T09:14:47Z"_s);
    }

    // The multi-scope user's 403 (code 4030010) becomes a sentence telling which scope to choose.
    void multiScopeUser()
    {
        S1Client client(config(MultiScopeToken));
        ApiCall *call = client.addIocs(account(), {item(u"IPV4"_s, u"192.0.2.9"_s)});
        QVERIFY(wait(call));
        QCOMPARE(call->error().kind, ApiError::Kind::Forbidden);
        const QString message = call->error().userMessage();
        QVERIFY2(message.contains(u"Choose one account or one site as the scope"_s), qPrintable(message));
        QVERIFY2(message.contains(u"4030010"_s), qPrintable(message));
        QCOMPARE(m_sim->iocPostsReceived(), 1);
    }

    // Never an empty filter: refused before sending, with a sentence; nothing reaches the console.
    void emptyFilterRefused()
    {
        S1Client client(config());
        ApiCall *call = client.addIocs(IocScope::account({}), {item(u"IPV4"_s, u"192.0.2.9"_s)});
        QVERIFY(!call->isFinished()); // finishes from the event loop, after the caller connected
        QVERIFY(wait(call));
        QCOMPARE(call->error().kind, ApiError::Kind::InvalidConfig);
        QVERIFY2(call->error().userMessage().contains(u"Choose the scope"_s),
            qPrintable(call->error().userMessage()));
        ApiCall *badId = client.addIocs(IocScope::site(u"my site"_s), {item(u"IPV4"_s, u"192.0.2.9"_s)});
        QVERIFY(wait(badId));
        QCOMPARE(badId->error().kind, ApiError::Kind::InvalidConfig);
        ApiCall *noItems = client.addIocs(account(), {});
        QVERIFY(wait(noItems));
        QCOMPARE(noItems->error().kind, ApiError::Kind::InvalidConfig);
        ApiCall *badType = client.addIocs(account(), {item(u"HOSTNAME"_s, u"x.example"_s)});
        QVERIFY(wait(badType));
        QVERIFY(badType->error().userMessage().contains(u"HOSTNAME"_s));
        ApiCall *listed = client.listIocs(IocFilter {});
        QVERIFY(wait(listed));
        QCOMPARE(listed->error().kind, ApiError::Kind::InvalidConfig);
        ApiCall *byValue = client.deleteIocs(account(), {});
        QVERIFY(wait(byValue));
        QCOMPARE(byValue->error().kind, ApiError::Kind::InvalidConfig);
        QVERIFY(byValue->error().userMessage().contains(u"uuids"_s));
        QCOMPARE(m_sim->iocPostsReceived(), 0);
        QCOMPARE(m_sim->stats().value(u"requests"_s).toObject().size(), 0);

        // The console's 500 for a request without a scope (sent by something else) is a sentence too.
        ApiError e;
        e.kind = ApiError::Kind::ServerError;
        e.dialect = S1Dialect::instance();
        e.httpStatus = 500;
        e.endpoint = S1Client::apiPath(u"threat-intelligence/iocs"_s);
        QVERIFY2(
            e.userMessage().contains(u"choose an account, a site or a group"_s), qPrintable(e.userMessage()));
    }

    // The answer of a POST is lost after the console stored the IOCs: the call is not sent again,
    // says the outcome is unknown, and the IOCs are found by reading back by externalId.
    void lostAnswerNotResent()
    {
        S1Client client(config());
        setFaults(u"lost=1"_s);
        ApiCall *call = client.addIocs(account(), {item(u"DNS"_s, u"lost.example"_s, u"lost-1"_s)});
        QVERIFY(wait(call));
        QVERIFY(call->error().isError());
        QVERIFY(call->error().outcomeUnknown);
        QCOMPARE(call->attempts(), 1);
        const IocAddResult result = IocAddResult::fromCall(*call);
        QVERIFY(result.outcomeUnknown);
        QVERIFY(!result.ok);
        QCOMPARE(m_sim->iocPostsReceived(), 1);
        QCOMPARE(m_sim->tenant().iocCount(), 1); // the console did store it
        setFaults({});
        IocFilter back {account()};
        back.externalId = u"lost-1"_s;
        QCOMPARE(list(client, back).size(), 1);
    }

    // 429 with Retry-After: the POST is sent again (the console surely did not act), after the delay
    // the console asked for (1 s, longer than the test's back-off of at most 0.4 s).
    void rateLimitedPostRetriedAfterRetryAfter()
    {
        S1Client client(config());
        setFaults(u"429=1,retry-after=1"_s);
        ApiCall *call = client.addIocs(account(), {item(u"IPV4"_s, u"192.0.2.77"_s)});
        QSignalSpy retrying(call, &ApiCall::retrying);
        connect(call, &ApiCall::retrying, this, [this] { setFaults({}); });
        QVERIFY(wait(call));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.at(0).at(1).toInt(), 1000);
        QCOMPARE(call->attempts(), 2);
        QCOMPARE(m_sim->iocPostsReceived(), 2);
        QCOMPARE(m_sim->tenant().iocCount(), 1);
    }

    // The simulator's threat-intelligence rate limit (--ti-rate-limit): its Retry-After (seconds until
    // the window frees a slot) is what the retry policy waits.
    void tiRateLimitRetryAfterHonoured()
    {
        S1Client client(config());
        m_sim->setTiRateLimit(1);
        ApiCall *first = client.listIocs(IocFilter {account()});
        QVERIFY(wait(first));
        QVERIFY(!first->error().isError());
        ApiCall *second = client.listIocs(IocFilter {account()});
        QSignalSpy retrying(second, &ApiCall::retrying);
        QVERIFY(retrying.wait(10000));
        const int delay = retrying.at(0).at(1).toInt();
        QVERIFY2(delay >= 55000 && delay <= 60000, qPrintable(QString::number(delay)));
        QCOMPARE(m_sim->tiRateLimited(), 1);
        second->cancel();
        QVERIFY(wait(second));
        QCOMPARE(second->error().kind, ApiError::Kind::Cancelled);
        m_sim->setTiRateLimit(0);
    }

    // DELETE by uuid within the scope: the other IOC stays.
    void deleteByUuid()
    {
        S1Client client(config());
        ApiCall *call = client.addIocs(account(),
            {item(u"IPV4"_s, u"192.0.2.10"_s, u"d-1"_s), item(u"IPV4"_s, u"192.0.2.11"_s, u"d-2"_s)});
        QVERIFY(wait(call));
        const IocAddResult added = IocAddResult::fromCall(*call);
        QCOMPARE(added.stored.size(), 2);
        ApiCall *del = client.deleteIocs(account(), {added.stored.at(0).uuid});
        QVERIFY(wait(del));
        QVERIFY2(!del->error().isError(), qPrintable(del->error().userMessage()));
        QCOMPARE(del->data().toObject().value(u"affected"_s).toInt(), 1);
        const QJsonObject filter
            = QJsonDocument::fromJson(del->request().body).object().value(u"filter"_s).toObject();
        QCOMPARE(filter.value(u"accountIds"_s).toArray(), QJsonArray {account().id});
        QCOMPARE(filter.value(u"uuids"_s).toArray(), QJsonArray {added.stored.at(0).uuid});
        QVERIFY(!filter.contains(u"value"_s));
        const QList<StoredIoc> left = list(client, IocFilter {account()});
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).uuid, added.stored.at(1).uuid);
    }
};

QTEST_GUILESS_MAIN(TestS1ThreatIntel)
#include "tst_s1threatintel.moc"
