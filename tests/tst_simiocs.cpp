// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated console's threat-intelligence API as API-NOTES.md and issue 11 describe it, over
// real HTTP: required fields and rejections naming {value, type}, validUntil defaults and caps,
// stored fields, GET filters and paging, DELETE within a scope, the 500 of a POST without a scope,
// the multi-scope 403, the rate limit, the feeds under /__sim/feeds/ and the IOC counters.
#include "SimServer.h"
#include "SimTenant.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using s1sim::SimServer;
using s1sim::SimTenant;

namespace {

const QString Token = u"ioc-test-token-0123456789"_s;
const QString MultiScopeToken = u"multi-scope-token-0123456789"_s;
const QString Iocs = u"/web/api/v2.1/threat-intelligence/iocs"_s;
constexpr qint64 UsPerDay = 24LL * 3600 * 1000 * 1000;

struct Result
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonArray data() const { return json.value(u"data"_s).toArray(); }
    QJsonArray errors() const { return json.value(u"errors"_s).toArray(); }
    QJsonObject pagination() const { return json.value(u"pagination"_s).toObject(); }
    int total() const { return pagination().value(u"totalItems"_s).toInt(-1); }
    int affected() const { return json.value(u"data"_s).toObject().value(u"affected"_s).toInt(-1); }
    // The detail of the i-th error parsed as the JSON object the simulator puts there for a rejected item.
    QJsonObject rejection(qsizetype i) const
    {
        return QJsonDocument::fromJson(errors().at(i).toObject().value(u"detail"_s).toString().toUtf8())
            .object();
    }
};

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject item(const QString &type, const QString &value, const QString &source = u"S1 Bridge test"_s)
{
    return QJsonObject {
        {u"type"_s, type}, {u"value"_s, value}, {u"method"_s, u"EQUALS"_s}, {u"source"_s, source}};
}

qint64 usecs(const QJsonValue &timestamp)
{
    return SimTenant::parseTimestamp(timestamp.toString()).value_or(0);
}

} // namespace

class tst_SimIocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rejectedItems_data();
    void rejectedItems();
    void partialRejectionNamesEachItem();
    void methodDefaultsToEquals();
    void validUntil_data();
    void validUntil();
    void storedFields();
    void listFilters();
    void paging();
    void deleteWithinScope();
    void postWithoutScope_data();
    void postWithoutScope();
    void multiScopeToken();
    void rateLimit();
    void rateLimitControl();
    void feeds();
    void feedConditionalGet();
    void feedChange();
    void counters();
    void executableOptions();

private:
    Result send(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
        const QByteArray &body = {}, const std::optional<QString> &token = Token,
        const QList<std::pair<QByteArray, QByteArray>> &headers = {}, const QUrl &base = {});
    Result post(
        const QJsonArray &items, const QJsonValue &filter, const std::optional<QString> &token = Token);
    QJsonObject accountFilter() const
    {
        return QJsonObject {{u"accountIds"_s, QJsonArray {m_server->tenant().accountId(0)}}};
    }

    std::unique_ptr<SimServer> m_server;
    QNetworkAccessManager m_nam;
};

void tst_SimIocs::init()
{
    s1sim::SimOptions options;
    options.token = Token;
    options.multiScopeToken = MultiScopeToken;
    options.threats = 30;
    options.seed = 11;
    m_server = std::make_unique<SimServer>(options);
    QVERIFY(m_server->listen() != 0);
}

void tst_SimIocs::cleanup()
{
    m_server.reset();
}

Result tst_SimIocs::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
    const QByteArray &body, const std::optional<QString> &token,
    const QList<std::pair<QByteArray, QByteArray>> &headers, const QUrl &base)
{
    QUrl url = base.isEmpty() ? m_server->baseUrl() : base;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    // Conditional requests are the test's own: no cache in between.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (token)
        request.setRawHeader("Authorization", "ApiToken " + token->toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(30000);
    Result r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return r;
}

Result tst_SimIocs::post(
    const QJsonArray &items, const QJsonValue &filter, const std::optional<QString> &token)
{
    QJsonObject body {{u"data"_s, items}};
    if (!filter.isUndefined())
        body.insert(u"filter"_s, filter);
    return send("POST", Iocs, {}, toJson(body), token);
}

void tst_SimIocs::rejectedItems_data()
{
    QTest::addColumn<QJsonObject>("rejected");
    QTest::addColumn<QString>("field"); // named in the error text

    QJsonObject o = item(u"IPV4"_s, u"198.51.100.1"_s);
    o.remove(u"type"_s);
    QTest::newRow("type missing") << o << u"type"_s;
    QTest::newRow("type lower case") << item(u"ipv4"_s, u"198.51.100.1"_s) << u"type"_s;
    QTest::newRow("type unknown") << item(u"HOSTNAME"_s, u"x.example.com"_s) << u"type"_s;
    o = item(u"IPV4"_s, u"198.51.100.1"_s);
    o.remove(u"value"_s);
    QTest::newRow("value missing") << o << u"value"_s;
    QTest::newRow("value empty") << item(u"IPV4"_s, QString()) << u"value"_s;
    o = item(u"IPV4"_s, u"198.51.100.1"_s);
    o.remove(u"source"_s);
    QTest::newRow("source missing") << o << u"source"_s;
    o = item(u"IPV4"_s, u"198.51.100.1"_s);
    o.insert(u"method"_s, u"equals"_s);
    QTest::newRow("method lower case") << o << u"method"_s;
    o.insert(u"method"_s, u"CONTAINS"_s);
    QTest::newRow("method unknown") << o << u"method"_s;
    QTest::newRow("bad ipv4") << item(u"IPV4"_s, u"1.2.3.999"_s) << u"value"_s;
    QTest::newRow("short sha256") << item(u"SHA256"_s, u"abc123"_s) << u"value"_s;
    QTest::newRow("url without scheme") << item(u"URL"_s, u"evil.example.com/x"_s) << u"value"_s;
    o = item(u"MD5"_s, u"0cc175b9c0f1b6a831c399e269772661"_s);
    o.insert(u"validUntil"_s, u"2030-01-01T00:00:00"_s); // no time zone
    QTest::newRow("validUntil without zone") << o << u"validUntil"_s;
}

void tst_SimIocs::rejectedItems()
{
    QFETCH(QJsonObject, rejected);
    QFETCH(QString, field);
    const Result r = post(QJsonArray {rejected}, accountFilter());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errors().size(), 1);
    QCOMPARE(r.errors().at(0).toObject().value(u"code"_s).toInt(), 4000010);
    // The detail is a JSON object naming the value and type as sent (null when absent) and what is wrong.
    const QJsonObject detail = r.rejection(0);
    QVERIFY2(!detail.isEmpty(), r.body.constData());
    QCOMPARE(detail.value(u"value"_s),
        rejected.value(u"value"_s).isUndefined() ? QJsonValue(QJsonValue::Null) : rejected.value(u"value"_s));
    QCOMPARE(detail.value(u"type"_s),
        rejected.value(u"type"_s).isUndefined() ? QJsonValue(QJsonValue::Null) : rejected.value(u"type"_s));
    QVERIFY2(detail.value(u"error"_s).toString().contains(u"data[0]."_s + field), r.body.constData());
    QCOMPARE(m_server->tenant().iocCount(), 0);
}

void tst_SimIocs::partialRejectionNamesEachItem()
{
    const QJsonArray batch {item(u"IPV4"_s, u"198.51.100.1"_s), item(u"IPV4"_s, u"1.2.3.999"_s),
        item(u"DNS"_s, u"ok.example.com"_s), item(u"SHA1"_s, u"xyz"_s),
        item(u"URL"_s, u"https://a.example/"_s)};
    const Result r = post(batch, accountFilter());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errors().size(), 2);
    QSet<std::pair<QString, QString>> rejected;
    for (qsizetype i = 0; i < r.errors().size(); ++i) {
        const QJsonObject d = r.rejection(i);
        rejected.insert({d.value(u"value"_s).toString(), d.value(u"type"_s).toString()});
    }
    const QSet<std::pair<QString, QString>> expected {{u"1.2.3.999"_s, u"IPV4"_s}, {u"xyz"_s, u"SHA1"_s}};
    QCOMPARE(rejected, expected);
    QCOMPARE(m_server->tenant().iocCount(), 0); // all or nothing

    // the rest, re-sent once, is taken
    const Result rest = post(QJsonArray {batch[0], batch[2], batch[4]}, accountFilter());
    QCOMPARE(rest.status, 200);
    QCOMPARE(rest.data().size(), 3);
}

void tst_SimIocs::methodDefaultsToEquals()
{
    // The spec gives method a default (EQUALS): left out or null it is taken; any other text is not.
    QJsonObject o = item(u"DNS"_s, u"no-method.example.com"_s);
    o.remove(u"method"_s);
    Result r = post(QJsonArray {o}, accountFilter());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().at(0).toObject().value(u"method"_s).toString(), u"EQUALS"_s);
    o.insert(u"method"_s, QJsonValue(QJsonValue::Null));
    r = post(QJsonArray {o}, accountFilter());
    QCOMPARE(r.status, 200);
}

void tst_SimIocs::validUntil_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("askDays"); // -1: no validUntil
    QTest::addColumn<int>("expectDays");

    const QString sha256 = u"ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"_s;
    QTest::newRow("IPV4 default") << u"IPV4"_s << u"198.51.100.5"_s << -1 << 14;
    QTest::newRow("IPV6 default") << u"IPV6"_s << u"2001:db8::5"_s << -1 << 14;
    QTest::newRow("URL default") << u"URL"_s << u"https://x.example.com/a"_s << -1 << 90;
    QTest::newRow("DNS default") << u"DNS"_s << u"x.example.com"_s << -1 << 90;
    QTest::newRow("MD5 default") << u"MD5"_s << u"0cc175b9c0f1b6a831c399e269772661"_s << -1 << 180;
    QTest::newRow("SHA1 default") << u"SHA1"_s << u"86f7e437faa5a7fce15d1ddcb9eaeaea377667b8"_s << -1 << 180;
    QTest::newRow("SHA256 default") << u"SHA256"_s << sha256 << -1 << 180;
    QTest::newRow("IPV4 within cap") << u"IPV4"_s << u"198.51.100.6"_s << 20 << 20;
    QTest::newRow("IPV4 capped") << u"IPV4"_s << u"198.51.100.7"_s << 90 << 30;
    QTest::newRow("IPV6 capped") << u"IPV6"_s << u"2001:db8::7"_s << 31 << 30;
    QTest::newRow("URL within cap") << u"URL"_s << u"https://y.example.com/"_s << 150 << 150;
    QTest::newRow("URL capped") << u"URL"_s << u"https://z.example.com/"_s << 365 << 180;
    QTest::newRow("DNS capped") << u"DNS"_s << u"z.example.com"_s << 181 << 180;
    QTest::newRow("SHA256 capped") << u"SHA256"_s << sha256 << 1000 << 180;
    QTest::newRow("MD5 short") << u"MD5"_s << u"0cc175b9c0f1b6a831c399e269772661"_s << 1 << 1;
}

void tst_SimIocs::validUntil()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(int, askDays);
    QFETCH(int, expectDays);

    QJsonObject o = item(type, value);
    if (askDays >= 0)
        o.insert(u"validUntil"_s,
            QDateTime::currentDateTimeUtc().addDays(askDays).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s));
    const Result r = post(QJsonArray {o}, accountFilter());
    QCOMPARE(r.status, 200); // a cut is silent
    const QJsonObject stored = r.data().at(0).toObject();
    const qint64 lifetime = usecs(stored.value(u"validUntil"_s)) - usecs(stored.value(u"uploadTime"_s));
    // Within a minute of the expected lifetime (the request's own seconds are truncated).
    QVERIFY2(qAbs(lifetime - expectDays * UsPerDay) < 60LL * 1000 * 1000,
        qPrintable(u"%1 -> %2"_s.arg(
            stored.value(u"uploadTime"_s).toString(), stored.value(u"validUntil"_s).toString())));
    QCOMPARE(SimTenant::iocMaxValidDays(type), type.startsWith(u"IPV") ? 30 : 180);
    // what GET answers is what the POST answered
    const Result back = send("GET", Iocs, QUrlQuery {{u"uuids"_s, stored.value(u"uuid"_s).toString()}});
    QCOMPARE(back.data().at(0).toObject().value(u"validUntil"_s), stored.value(u"validUntil"_s));
}

void tst_SimIocs::storedFields()
{
    const QString account = m_server->tenant().accountId(0);
    const QString site = m_server->tenant().siteId(1);
    const QJsonArray batch {item(u"IPV4"_s, u"198.51.100.10"_s), item(u"DNS"_s, u"a.example.com"_s)};
    const Result first = post(batch, accountFilter());
    QCOMPARE(first.status, 200);
    const Result second = post(batch, QJsonObject {{u"siteIds"_s, QJsonArray {site}}});
    QCOMPARE(second.status, 200);
    const Result global = post(batch, QJsonObject {{u"tenant"_s, true}});
    QCOMPARE(global.status, 200);

    QSet<QString> uuids;
    const QString batch1 = first.data().at(0).toObject().value(u"batchId"_s).toString();
    QVERIFY(!batch1.isEmpty());
    for (const QJsonValue &v : first.data()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(u"uuid"_s).toString().size(), 32);
        uuids.insert(o.value(u"uuid"_s).toString());
        QCOMPARE(o.value(u"batchId"_s).toString(), batch1); // one batch per POST
        QCOMPARE(o.value(u"scope"_s).toString(), u"account"_s);
        QCOMPARE(o.value(u"scopeId"_s).toString(), account);
        for (const char *key : {"value", "type", "source", "creationTime", "validUntil", "uploadTime",
                 "updatedAt", "creator", "externalId"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    for (const QJsonValue &v : second.data()) {
        const QJsonObject o = v.toObject();
        uuids.insert(o.value(u"uuid"_s).toString());
        QVERIFY(o.value(u"batchId"_s).toString() != batch1);
        QCOMPARE(o.value(u"scope"_s).toString(), u"site"_s);
        QCOMPARE(o.value(u"scopeId"_s).toString(), site);
    }
    for (const QJsonValue &v : global.data()) {
        QCOMPARE(v.toObject().value(u"scope"_s).toString(), u"global"_s);
        QVERIFY(!v.toObject().contains(u"scopeId"_s));
    }
    QCOMPARE(uuids.size(), 4); // the same value in another scope is another IOC
    QCOMPARE(m_server->tenant().iocCount(), 6);
}

void tst_SimIocs::listFilters()
{
    const QString account = m_server->tenant().accountId(0);
    const QString site = m_server->tenant().siteId(1);
    QJsonObject named = item(u"URL"_s, u"https://phish.example.com/login"_s, u"feed-a"_s);
    named.insert(u"externalId"_s, u"ext-1"_s);
    named.insert(u"name"_s, u"Phishing login page"_s);
    named.insert(u"description"_s, u"Seen in a campaign"_s);
    Result r = post(QJsonArray {named, item(u"IPV4"_s, u"198.51.100.20"_s, u"feed-a"_s),
                        item(u"IPV4"_s, u"198.51.100.21"_s, u"feed-b"_s)},
        accountFilter());
    QCOMPARE(r.status, 200);
    const QString batchId = r.data().at(0).toObject().value(u"batchId"_s).toString();
    const QString uuid = r.data().at(1).toObject().value(u"uuid"_s).toString();
    r = post(QJsonArray {item(u"IPV4"_s, u"198.51.100.20"_s, u"feed-c"_s)},
        QJsonObject {{u"siteIds"_s, QJsonArray {site}}});
    QCOMPARE(r.status, 200);
    r = post(QJsonArray {item(u"DNS"_s, u"tenant.example.com"_s)}, QJsonObject {{u"tenant"_s, true}});
    QCOMPARE(r.status, 200);

    const auto total = [&](const QUrlQuery &query) {
        const Result answer = send("GET", Iocs, query);
        if (answer.status != 200)
            qWarning("%s", answer.body.constData());
        return answer.total();
    };
    QCOMPARE(total({}), 5);
    QCOMPARE(total({{u"accountIds"_s, account}}), 3);
    QCOMPARE(total({{u"siteIds"_s, site}}), 1);
    QCOMPARE(total({{u"tenant"_s, u"true"_s}}), 1);
    QCOMPARE(total({{u"accountIds"_s, account}, {u"siteIds"_s, site}}), 4);
    QCOMPARE(total({{u"value"_s, u"198.51.100.20"_s}}), 2);
    QCOMPARE(total({{u"value"_s, u"198.51.100.20"_s}, {u"siteIds"_s, site}}), 1);
    QCOMPARE(total({{u"type"_s, u"IPV4"_s}}), 3);
    QCOMPARE(total({{u"source"_s, u"feed-a,feed-c"_s}}), 3);
    QCOMPARE(total({{u"externalId"_s, u"ext-1"_s}}), 1);
    QCOMPARE(total({{u"uuids"_s, uuid}}), 1);
    QCOMPARE(total({{u"batchId"_s, batchId}}), 3);
    QCOMPARE(total({{u"name__contains"_s, u"phishing"_s}}), 1);
    QCOMPARE(total({{u"description__contains"_s, u"campaign"_s}}), 1);
    QCOMPARE(total({{u"uploadTime__gte"_s, u"2000-01-01T00:00:00Z"_s}}), 5);
    QCOMPARE(total({{u"uploadTime__lt"_s, u"2000-01-01T00:00:00Z"_s}}), 0);
    r = send("GET", Iocs, QUrlQuery {{u"countOnly"_s, u"true"_s}, {u"type"_s, u"IPV4"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.total(), 3);
    QCOMPARE(r.data().size(), 0);
    // type is upper case, as in the POST
    r = send("GET", Iocs, QUrlQuery {{u"type"_s, u"ipv4"_s}});
    QCOMPARE(r.status, 400);
}

void tst_SimIocs::paging()
{
    QJsonArray batch;
    for (int i = 0; i < 25; ++i)
        batch.append(item(u"IPV4"_s, u"198.51.100.%1"_s.arg(i + 1)));
    QCOMPARE(post(batch, accountFilter()).status, 200);

    Result r = send("GET", Iocs);
    QCOMPARE(r.data().size(), 10); // default limit
    for (const QString &bad : {u"0"_s, u"1001"_s, u"ten"_s}) {
        r = send("GET", Iocs, QUrlQuery {{u"limit"_s, bad}});
        QCOMPARE(r.status, 400);
    }
    r = send("GET", Iocs, QUrlQuery {{u"limit"_s, u"1000"_s}});
    QCOMPARE(r.data().size(), 25);
    QVERIFY(r.pagination().value(u"nextCursor"_s).isNull());

    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    do {
        QUrlQuery query {{u"limit"_s, u"7"_s}};
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        r = send("GET", Iocs, query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.total(), 25);
        for (const QJsonValue &v : r.data())
            seen.insert(v.toObject().value(u"uuid"_s).toString());
        cursor = r.pagination().value(u"nextCursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 4);
    QCOMPARE(seen.size(), 25);
    r = send("GET", Iocs, QUrlQuery {{u"cursor"_s, u"not-a-cursor"_s}});
    QCOMPARE(r.status, 400);
}

void tst_SimIocs::deleteWithinScope()
{
    const QString account = m_server->tenant().accountId(0);
    const QString site = m_server->tenant().siteId(1);
    const QJsonObject ours = item(u"DNS"_s, u"shared.example.com"_s, u"S1 Bridge"_s);
    const QJsonObject theirs = item(u"DNS"_s, u"shared.example.com"_s, u"someone else"_s);
    Result r = post(QJsonArray {ours, item(u"IPV4"_s, u"198.51.100.30"_s)}, accountFilter());
    QCOMPARE(r.status, 200);
    const QString uuid = r.data().at(0).toObject().value(u"uuid"_s).toString();
    const QString ipUuid = r.data().at(1).toObject().value(u"uuid"_s).toString();
    r = post(QJsonArray {theirs}, QJsonObject {{u"siteIds"_s, QJsonArray {site}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(m_server->tenant().iocCount(), 3);

    const auto del = [&](const QJsonObject &filter) {
        return send("DELETE", Iocs, {}, toJson(QJsonObject {{u"filter"_s, filter}}));
    };
    // our uuid named in another scope: nothing
    r = del(QJsonObject {{u"siteIds"_s, QJsonArray {site}}, {u"uuids"_s, QJsonArray {uuid}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.affected(), 0);
    // in its scope: that one only; the same value elsewhere stays
    r = del(QJsonObject {{u"accountIds"_s, QJsonArray {account}}, {u"uuids"_s, QJsonArray {uuid}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, (QJsonObject {{u"data"_s, QJsonObject {{u"affected"_s, 1}}}}));
    QCOMPARE(send("GET", Iocs, QUrlQuery {{u"value"_s, u"shared.example.com"_s}}).total(), 1);
    // by value within a scope
    r = del(QJsonObject {{u"accountIds"_s, QJsonArray {account}}, {u"value"_s, u"198.51.100.30"_s}});
    QCOMPARE(r.affected(), 1);
    QCOMPARE(send("GET", Iocs, QUrlQuery {{u"uuids"_s, ipUuid}}).total(), 0);
    // again: nothing left to delete
    r = del(QJsonObject {{u"accountIds"_s, QJsonArray {account}}, {u"uuids"_s, QJsonArray {uuid}}});
    QCOMPARE(r.affected(), 0);
    // an empty filter or a missing one is refused
    QCOMPARE(del(QJsonObject {}).status, 400);
    QCOMPARE(send("DELETE", Iocs, {}, toJson(QJsonObject {})).status, 400);
    QCOMPARE(m_server->tenant().iocCount(), 1);
}

void tst_SimIocs::postWithoutScope_data()
{
    QTest::addColumn<QJsonValue>("filter");
    QTest::addColumn<int>("status");
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << 500;
    QTest::newRow("null (no object: refused as the spec says)") << QJsonValue(QJsonValue::Null) << 400;
    QTest::newRow("empty") << QJsonValue(QJsonObject {}) << 500;
    QTest::newRow("no scope key") << QJsonValue(QJsonObject {{u"uuids"_s, QJsonArray {}}}) << 500;
    QTest::newRow("empty list") << QJsonValue(QJsonObject {{u"accountIds"_s, QJsonArray {}}}) << 400;
    QTest::newRow("tenant false") << QJsonValue(QJsonObject {{u"tenant"_s, false}}) << 400;
    QTest::newRow("not an object") << QJsonValue(u"accountIds"_s) << 400;
}

void tst_SimIocs::postWithoutScope()
{
    QFETCH(QJsonValue, filter);
    QFETCH(int, status);
    const Result r = post(QJsonArray {item(u"IPV4"_s, u"198.51.100.40"_s)}, filter);
    QCOMPARE(r.status, status);
    QVERIFY(!r.errors().isEmpty());
    QCOMPARE(m_server->tenant().iocCount(), 0);
}

void tst_SimIocs::multiScopeToken()
{
    QCOMPARE(m_server->multiScopeToken(), MultiScopeToken);
    Result r = post(QJsonArray {item(u"IPV4"_s, u"198.51.100.50"_s)}, accountFilter(), MultiScopeToken);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errors().at(0).toObject().value(u"code"_s).toInt(), 4030010);
    QVERIFY2(r.errors()
                 .at(0)
                 .toObject()
                 .value(u"detail"_s)
                 .toString()
                 .contains(u"does not support multi-scope users yet"_s),
        r.body.constData());
    QCOMPARE(m_server->tenant().iocCount(), 0);
    // the token authenticates: reads work
    r = send("GET", Iocs, {}, {}, MultiScopeToken);
    QCOMPARE(r.status, 200);
    r = send("GET", u"/web/api/v2.1/threats"_s, {}, {}, MultiScopeToken);
    QCOMPARE(r.status, 200);
    // and the other token still writes
    QCOMPARE(post(QJsonArray {item(u"IPV4"_s, u"198.51.100.50"_s)}, accountFilter()).status, 200);
}

void tst_SimIocs::rateLimit()
{
    QCOMPARE(m_server->tiRateLimit(), 0); // off by default
    m_server->setTiRateLimit(3);
    QCOMPARE(m_server->tiRateLimit(), 3);
    QCOMPARE(post(QJsonArray {item(u"IPV4"_s, u"198.51.100.60"_s)}, accountFilter()).status, 200);
    QCOMPARE(send("GET", Iocs).status, 200);
    QCOMPARE(send("GET", Iocs).status, 200);
    // the fourth in the minute: 429 with Retry-After (seconds until the first leaves the window)
    Result r = post(QJsonArray {item(u"IPV4"_s, u"198.51.100.61"_s)}, accountFilter());
    QCOMPARE(r.status, 429);
    const int retryAfter = r.headers.value("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, r.headers.value("retry-after").constData());
    QCOMPARE(r.errors().at(0).toObject().value(u"code"_s).toInt(), 4290010);
    QCOMPARE(m_server->tenant().iocCount(), 1); // not processed
    QCOMPARE(send("GET", Iocs).status, 429);
    // other API areas are not limited
    QCOMPARE(send("GET", u"/web/api/v2.1/threats"_s).status, 200);
    QCOMPARE(m_server->tiRateLimited(), 2);
    QCOMPARE(m_server->stats().value(u"iocs"_s).toObject().value(u"rateLimited"_s).toInt(), 2);
    // off again
    m_server->setTiRateLimit(0);
    QCOMPARE(send("GET", Iocs).status, 200);
}

void tst_SimIocs::rateLimitControl()
{
    Result r = send(
        "POST", u"/__sim/ti-rate-limit"_s, {}, toJson(QJsonObject {{u"perMinute"_s, 1}}), std::nullopt);
    QCOMPARE(r.status, 200);
    QCOMPARE(m_server->tiRateLimit(), 1);
    QCOMPARE(
        send("GET", u"/__sim/ti-rate-limit"_s, {}, {}, std::nullopt).json.value(u"perMinute"_s).toInt(), 1);
    QCOMPARE(send("GET", Iocs).status, 200);
    QCOMPARE(send("GET", Iocs).status, 429);
    r = send("POST", u"/__sim/ti-rate-limit"_s, {}, toJson(QJsonObject {{u"perMinute"_s, -1}}), std::nullopt);
    QCOMPARE(r.status, 400);
    r = send("POST", u"/__sim/ti-rate-limit"_s, {}, toJson(QJsonObject {{u"perMinute"_s, 0}}), std::nullopt);
    QCOMPARE(r.status, 200);
    QCOMPARE(send("GET", Iocs).status, 200);
}

void tst_SimIocs::feeds()
{
    Result r = send("GET", u"/__sim/feeds"_s, {}, {}, std::nullopt);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"feeds"_s).toArray(),
        (QJsonArray {u"blocklist.txt"_s, u"stix.json"_s, u"threatfox.csv"_s}));

    r = send("GET", u"/__sim/feeds/blocklist.txt"_s, {}, {}, std::nullopt);
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("text/plain"));
    QVERIFY(!r.headers.value("etag").isEmpty());
    QVERIFY(r.headers.value("last-modified").endsWith("GMT"));
    const QList<QByteArray> lines = r.body.split('\n');
    QVERIFY(lines.contains("198.51.100.23"));
    QVERIFY(lines.contains("2001:db8::dead:beef"));
    QVERIFY(lines.contains("hxxp://cdn-update[.]example[.]net/dl/invoice.exe")); // defanged
    QVERIFY(lines.contains("203.0.113.77 ; C2 seen 2026-11-28")); // trailing comment
    QVERIFY(lines.first().startsWith('#'));
    QVERIFY(lines.at(1).startsWith(';'));
    QVERIFY(lines.contains(QByteArray()));

    r = send("GET", u"/__sim/feeds/threatfox.csv"_s, {}, {}, std::nullopt);
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("text/csv"));
    QByteArray header;
    int records = 0;
    for (const QByteArray &line : r.body.split('\n')) {
        if (line.startsWith("# \"first_seen_utc\""))
            header = line;
        else if (line.startsWith('"'))
            ++records;
    }
    QVERIFY2(header.contains("\"ioc_value\",\"ioc_type\""), r.body.constData());
    QCOMPARE(records, 6);
    for (const char *type : {"\"ip:port\"", "\"domain\"", "\"url\"", "\"sha256_hash\"", "\"md5_hash\""})
        QVERIFY2(r.body.contains(type), type);

    r = send("GET", u"/__sim/feeds/stix.json"_s, {}, {}, std::nullopt);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"type"_s).toString(), u"bundle"_s);
    int indicators = 0;
    for (const QJsonValue &v : r.json.value(u"objects"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"type"_s) != u"indicator"_s)
            continue;
        ++indicators;
        QCOMPARE(o.value(u"spec_version"_s).toString(), u"2.1"_s);
        QCOMPARE(o.value(u"pattern_type"_s).toString(), u"stix"_s);
        QVERIFY(o.value(u"pattern"_s).toString().startsWith(u'['));
    }
    QCOMPARE(indicators, 7);

    QCOMPARE(send("GET", u"/__sim/feeds/nothing.txt"_s, {}, {}, std::nullopt).status, 404);

    // deterministic: another server serves the same bytes under the same ETag
    s1sim::SimOptions options;
    options.threats = 5;
    SimServer other(options);
    QVERIFY(other.listen() != 0);
    QCOMPARE(other.feedUrl(u"stix.json"_s).path(), u"/__sim/feeds/stix.json"_s);
    for (const QString &name : {u"blocklist.txt"_s, u"threatfox.csv"_s, u"stix.json"_s}) {
        const Result a = send("GET", u"/__sim/feeds/"_s + name, {}, {}, std::nullopt);
        const Result b = send("GET", u"/__sim/feeds/"_s + name, {}, {}, std::nullopt, {}, other.baseUrl());
        QCOMPARE(a.body, b.body);
        QCOMPARE(a.headers.value("etag"), b.headers.value("etag"));
    }
}

void tst_SimIocs::feedConditionalGet()
{
    const QString path = u"/__sim/feeds/threatfox.csv"_s;
    const Result first = send("GET", path, {}, {}, std::nullopt);
    const QByteArray etag = first.headers.value("etag");
    const QByteArray lastModified = first.headers.value("last-modified");
    QCOMPARE(etag, m_server->feedETag(u"threatfox.csv"_s));

    Result r = send("GET", path, {}, {}, std::nullopt, {{"If-None-Match", etag}});
    QCOMPARE(r.status, 304);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.headers.value("etag"), etag);
    r = send("GET", path, {}, {}, std::nullopt, {{"If-None-Match", "\"other\", " + etag}});
    QCOMPARE(r.status, 304);
    r = send("GET", path, {}, {}, std::nullopt, {{"If-None-Match", "\"other\""}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, first.body);
    r = send("GET", path, {}, {}, std::nullopt, {{"If-Modified-Since", lastModified}});
    QCOMPARE(r.status, 304);
    r = send("GET", path, {}, {}, std::nullopt, {{"If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"}});
    QCOMPARE(r.status, 200);
    // If-None-Match wins over If-Modified-Since
    r = send("GET", path, {}, {}, std::nullopt,
        {{"If-None-Match", "\"other\""}, {"If-Modified-Since", lastModified}});
    QCOMPARE(r.status, 200);
}

void tst_SimIocs::feedChange()
{
    const QString path = u"/__sim/feeds/blocklist.txt"_s;
    const Result before = send("GET", path, {}, {}, std::nullopt);
    const QByteArray etag = before.headers.value("etag");
    const QByteArray lastModified = before.headers.value("last-modified");

    QVERIFY(m_server->setFeed(u"blocklist.txt"_s, "198.51.100.99\n# changed\n"));
    Result r = send("GET", path, {}, {}, std::nullopt, {{"If-None-Match", etag}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("198.51.100.99\n# changed\n"));
    QVERIFY(r.headers.value("etag") != etag);
    QCOMPARE(r.headers.value("etag"), m_server->feedETag(u"blocklist.txt"_s));
    r = send("GET", path, {}, {}, std::nullopt, {{"If-Modified-Since", lastModified}});
    QCOMPARE(r.status, 200); // Last-Modified moved on too
    // the same content again is still a new version
    const QByteArray etag2 = m_server->feedETag(u"blocklist.txt"_s);
    QVERIFY(m_server->setFeed(u"blocklist.txt"_s, "198.51.100.99\n# changed\n"));
    QVERIFY(m_server->feedETag(u"blocklist.txt"_s) != etag2);

    // a new feed, over HTTP, and its removal
    QVERIFY(!m_server->setFeed(u"../escape.txt"_s, "x"));
    QVERIFY(!m_server->setFeed(u"feed.exe"_s, "x"));
    r = send("PUT", u"/__sim/feeds/mine.csv"_s, {}, "value,type\n198.51.100.1,IPV4\n", std::nullopt);
    QCOMPARE(r.status, 200);
    r = send("GET", u"/__sim/feeds/mine.csv"_s, {}, {}, std::nullopt);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("value,type\n198.51.100.1,IPV4\n"));
    QCOMPARE(send("DELETE", u"/__sim/feeds/mine.csv"_s, {}, {}, std::nullopt).status, 200);
    QCOMPARE(send("GET", u"/__sim/feeds/mine.csv"_s, {}, {}, std::nullopt).status, 404);
    QCOMPARE(send("PUT", u"/__sim/feeds/mine.exe"_s, {}, "x", std::nullopt).status, 400);
}

void tst_SimIocs::counters()
{
    QJsonArray batch;
    for (int i = 0; i < 3; ++i)
        batch.append(item(u"IPV4"_s, u"198.51.100.%1"_s.arg(70 + i)));
    QCOMPARE(post(batch, accountFilter()).status, 200);
    QCOMPARE(post(batch, accountFilter()).status, 200); // the same again: updated, not stored twice
    QCOMPARE(post(QJsonArray {item(u"IPV4"_s, u"1.2.3.999"_s)}, accountFilter()).status, 400);
    QCOMPARE(post(batch, accountFilter(), MultiScopeToken).status, 403);
    QCOMPARE(send("GET", Iocs).status, 200);

    QCOMPARE(m_server->iocPostsReceived(), 4);
    QCOMPARE(m_server->tenant().iocPostCount(), 4);
    QCOMPARE(m_server->tenant().iocPostsAccepted(), 2);
    QCOMPARE(m_server->tenant().iocItemsReceived(), 6);
    QCOMPARE(m_server->tenant().iocCount(), 3);
    const Result stats = send("GET", u"/__sim/stats"_s, {}, {}, std::nullopt);
    const QJsonObject iocs = stats.json.value(u"iocs"_s).toObject();
    QCOMPARE(iocs.value(u"postsReceived"_s).toInt(), 4);
    QCOMPARE(iocs.value(u"postsProcessed"_s).toInt(), 4);
    QCOMPARE(iocs.value(u"postsAccepted"_s).toInt(), 2);
    QCOMPARE(iocs.value(u"itemsReceived"_s).toInt(), 6);
    QCOMPARE(iocs.value(u"stored"_s).toInt(), 3);
    QCOMPARE(iocs.value(u"rateLimited"_s).toInt(), 0);

    // faulted POSTs are received but never processed
    m_server->setFaults(*s1sim::FaultSpec::parse(u"5xx=1"_s));
    QVERIFY(post(batch, accountFilter()).status >= 500);
    m_server->setFaults({});
    QCOMPARE(m_server->iocPostsReceived(), 5);
    QCOMPARE(m_server->tenant().iocPostCount(), 4);

    // reset: counters to zero, the IOCs stay
    QCOMPARE(send("POST", u"/__sim/stats/reset"_s, {}, {}, std::nullopt).status, 200);
    QCOMPARE(m_server->iocPostsReceived(), 0);
    QCOMPARE(m_server->tenant().iocPostCount(), 0);
    QCOMPARE(m_server->tenant().iocItemsReceived(), 0);
    QCOMPARE(m_server->tenant().iocCount(), 3);
}

void tst_SimIocs::executableOptions()
{
    const QString exe = QStringLiteral(S1_SIM_EXE);
    QVERIFY2(QFile::exists(exe), "s1bridge-sim is not built (tests/CMakeLists.txt makes it a dependency)");
    QProcess process;
    process.start(exe,
        {u"--threats"_s, u"10"_s, u"--token"_s, u"exe-token"_s, u"--multi-scope-token"_s, u"exe-multi"_s,
            u"--ti-rate-limit"_s, u"3/min"_s});
    QVERIFY(process.waitForStarted());
    QByteArray out;
    while (out.count('\n') < 5 && process.waitForReadyRead(10000))
        out += process.readAllStandardOutput();
    QVERIFY2(out.startsWith("S1_URL=http://127.0.0.1:"), out.constData());
    const QUrl base(QString::fromUtf8(out.split('\n').at(0).mid(7)));

    const QByteArray body = toJson(QJsonObject {{u"data"_s, QJsonArray {item(u"IPV4"_s, u"198.51.100.80"_s)}},
        {u"filter"_s, QJsonObject {{u"tenant"_s, true}}}});
    QCOMPARE(send("POST", Iocs, {}, body, u"exe-multi"_s, {}, base).status, 403);
    QCOMPARE(send("POST", Iocs, {}, body, u"exe-token"_s, {}, base).status, 200);
    QCOMPARE(send("GET", Iocs, {}, {}, u"exe-token"_s, {}, base).status, 200);
    const Result limited = send("GET", Iocs, {}, {}, u"exe-token"_s, {}, base);
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.headers.value("retry-after").isEmpty());
    const Result feed = send("GET", u"/__sim/feeds/stix.json"_s, {}, {}, std::nullopt, {}, base);
    QCOMPARE(feed.status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);

    for (const QStringList &args : {QStringList {u"--ti-rate-limit"_s, u"many"_s},
             QStringList {u"--ti-rate-limit"_s, u"-1"_s}, QStringList {u"--multi-scope-token"_s, u"a b"_s}}) {
        QProcess bad;
        bad.start(exe, args);
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains(args.first().toUtf8()));
    }
}

QTEST_GUILESS_MAIN(tst_SimIocs)
#include "tst_simiocs.moc"
