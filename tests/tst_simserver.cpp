// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated SentinelOne console: API shape, pagination, filters, notes, IOCs, firewall rules,
// scoped tokens, statistics and fault injection, talked to over HTTP with a plain QNetworkAccessManager.
#include "FaultSpec.h"
#include "OpenCtiSim.h"
#include "SimCapture.h"
#include "SimHost.h"
#include "SimServer.h"
#include "SimTenant.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using s1sim::FaultSpec;
using s1sim::SimServer;

namespace {

constexpr int ThreatCount = 2500;
const QString Token = u"test-token-0123456789abcdef"_s;
const QString ScopedToken = u"scoped-token-0123456789"_s;
const QString Api = u"/web/api/v2.1"_s;

struct Result
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QByteArray contentType;
    QByteArray retryAfter;
    qint64 contentLength = -1; // the Content-Length header; -1 when there is none
    qint64 elapsedMs = 0;
    bool finished = false;

    QString firstErrorDetail() const
    {
        return json.value(u"errors"_s).toArray().at(0).toObject().value(u"detail"_s).toString();
    }
    int firstErrorCode() const
    {
        return json.value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s).toInt();
    }
    QJsonArray data() const { return json.value(u"data"_s).toArray(); }
    QJsonObject pagination() const { return json.value(u"pagination"_s).toObject(); }
};

// The keys of `o` (and of the objects inside it) whose value is null, as paths: the API types the
// fields of sites, accounts and firewall rules as non-nullable strings, so an unknown one is absent.
QStringList nullPaths(const QJsonObject &o, const QString &prefix = {})
{
    QStringList paths;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isNull())
            paths << prefix + it.key();
        else if (it.value().isObject())
            paths << nullPaths(it.value().toObject(), prefix + it.key() + u'.');
    }
    return paths;
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// One HTTP exchange read byte for byte from a plain socket (no HTTP client library in between).
struct RawResult
{
    bool closedByServer = false; // the server closed the connection (it does after a cut or lost answer)
    QByteArray bytes; // everything received
    int status = 0;
    qint64 contentLength = -1;
    QByteArray body; // what came after the headers

    void parse()
    {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = bytes.left(end).split('\n');
        status = lines.value(0).split(' ').value(1).toInt();
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
        body = bytes.mid(end + 4);
    }
};

} // namespace

class tst_SimServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void faultSpecParse_data();
    void faultSpecParse();
    void timestamps_data();
    void timestamps();
    void determinism();

    void authentication();
    void loginPageOutsideApi();
    void unknownApiPath();
    void paginationWalk();
    void paginationSortedAscending();
    void sortFields_data();
    void sortFields();
    void validation_data();
    void validation();
    void filters();
    void hostileText();
    void notesRoundTrip();
    void notesErrors();
    void sitesAndAccounts();
    void scopedToken();
    void stats();
    void fault429();
    void faultHtml();
    void faultDrop();
    void faultTruncate();
    void faultLost();
    void faultDelay();
    void faultsControlErrors();
    void iocs();
    void firewall();
    void firewallUnlicensed();
    void firewallGroupsAndMaxEntries();
    void capture();
    void captureShortening_data();
    void captureShortening();
    void simHost();
    void executable();

private:
    Result send(const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
        const QByteArray &body = {}, const std::optional<QString> &token = Token,
        SimServer *server = nullptr);
    Result get(const QString &path, const QUrlQuery &query = {}) { return send("GET", path, query); }
    void setFaults(const QString &spec);
    // Sends one request over a fresh connection and reads until the server closes it (or 10 s pass).
    RawResult rawSend(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {});
    QJsonObject threatById(const QString &id);

    std::unique_ptr<SimServer> m_server;
    QNetworkAccessManager m_nam;
};

void tst_SimServer::initTestCase()
{
    s1sim::SimOptions options;
    options.token = Token;
    options.scopedToken = ScopedToken;
    options.threats = ThreatCount;
    options.seed = 7;
    options.baseTime = QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    m_server = std::make_unique<SimServer>(options);
    QVERIFY(m_server->listen() != 0);
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_server->token(), Token);
    QCOMPARE(m_server->tenant().threatCount(), ThreatCount);
}

void tst_SimServer::cleanupTestCase()
{
    m_server.reset();
}

Result tst_SimServer::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
    const QByteArray &body, const std::optional<QString> &token, SimServer *server)
{
    QUrl url = (server ? server : m_server.get())->baseUrl();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    if (token)
        request.setRawHeader("Authorization", "ApiToken " + token->toUtf8());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    Result r;
    r.finished = reply->isFinished() || spy.wait(30000);
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.retryAfter = reply->rawHeader("Retry-After");
    if (reply->hasRawHeader("Content-Length"))
        r.contentLength = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    reply->deleteLater();
    return r;
}

void tst_SimServer::setFaults(const QString &spec)
{
    const Result r
        = send("POST", u"/__sim/faults"_s, {}, toJson(QJsonObject {{u"spec"_s, spec}}), std::nullopt);
    QCOMPARE(r.status, 200);
    QCOMPARE(m_server->faults().toString(), FaultSpec::parse(spec)->toString());
}

RawResult tst_SimServer::rawSend(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body)
{
    RawResult result;
    QTcpSocket socket;
    // The server lives in this thread: wait with the event loop running, never block.
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&]() { result.bytes += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->baseUrl().port()));
    QByteArray request = verb + ' ' + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Authorization: ApiToken " + Token.toUtf8() + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket.write(request);
    result.closedByServer
        = QTest::qWaitFor([&]() { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000);
    result.bytes += socket.readAll();
    result.parse();
    return result;
}

QJsonObject tst_SimServer::threatById(const QString &id)
{
    const Result r = get(Api + u"/threats"_s, QUrlQuery {{u"ids"_s, id}});
    if (r.status != 200 || r.data().size() != 1)
        return {};
    return r.data().at(0).toObject();
}

// ------------------------------------------------------------------------------------------------

void tst_SimServer::faultSpecParse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical"); // valid: toString(); invalid: a word the error must contain

    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("all keys")
        << u"429=0.33,retry-after=1,5xx=0.1,drop=0.05,html=0.05,delay-ms=20,truncate=0.05"_s << true
        << u"429=0.33,retry-after=1,5xx=0.1,drop=0.05,html=0.05,truncate=0.05,delay-ms=20"_s;
    QTest::newRow("spaces and empty items") << u" 429 = 1 , ,drop=0 "_s << true << u"429=1"_s;
    QTest::newRow("retry-after alone") << u"retry-after=0"_s << true << u"retry-after=0"_s;
    QTest::newRow("lost") << u"lost=0.25,truncate=1"_s << true << u"truncate=1,lost=0.25"_s;
    QTest::newRow("lost > 1") << u"lost=2"_s << false << u"lost"_s;
    QTest::newRow("probability > 1") << u"429=1.5"_s << false << u"429"_s;
    QTest::newRow("negative probability") << u"html=-0.1"_s << false << u"html"_s;
    QTest::newRow("not a number") << u"drop=abc"_s << false << u"drop"_s;
    QTest::newRow("unknown key") << u"429=0.1,bogus=1"_s << false << u"bogus"_s;
    QTest::newRow("no value") << u"truncate"_s << false << u"truncate"_s;
    QTest::newRow("bad delay") << u"delay-ms=fast"_s << false << u"delay-ms"_s;
    QTest::newRow("negative retry-after") << u"retry-after=-1"_s << false << u"retry-after"_s;
}

void tst_SimServer::faultSpecParse()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    QString error;
    const auto parsed = FaultSpec::parse(spec, &error);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->toString(), canonical);
        QCOMPARE(FaultSpec::parse(parsed->toString()), parsed); // round trip
        QCOMPARE(parsed->isEmpty(), canonical.isEmpty() || canonical == u"retry-after=0"_s);
    } else {
        QVERIFY2(error.contains(canonical), qPrintable(error));
    }
}

void tst_SimServer::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("S1 format") << u"2022-12-20T13:54:53.009117Z"_s << true
                               << u"2022-12-20T13:54:53.009117Z"_s;
    QTest::newRow("no fraction") << u"2024-02-29T23:59:59Z"_s << true << u"2024-02-29T23:59:59.000000Z"_s;
    QTest::newRow("date only") << u"2024-05-01"_s << true << u"2024-05-01T00:00:00.000000Z"_s;
    QTest::newRow("offset") << u"2024-05-01T02:00:00+02:00"_s << true << u"2024-05-01T00:00:00.000000Z"_s;
    QTest::newRow("millis") << u"2024-05-01T00:00:00.5Z"_s << true << u"2024-05-01T00:00:00.500000Z"_s;
    QTest::newRow("epoch ms") << u"1714521600000"_s << true << u"2024-05-01T00:00:00.000000Z"_s;
    QTest::newRow("no leap day") << u"2023-02-29T00:00:00Z"_s << false << QString();
    QTest::newRow("garbage") << u"yesterday"_s << false << QString();
    QTest::newRow("trailing junk") << u"2024-05-01T00:00:00Zx"_s << false << QString();
}

void tst_SimServer::timestamps()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, formatted);
    const auto parsed = s1sim::SimTenant::parseTimestamp(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(s1sim::SimTenant::formatTimestamp(*parsed), formatted);
}

void tst_SimServer::determinism()
{
    const QDateTime base(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    s1sim::SimTenant a(300, 42, base);
    s1sim::SimTenant b(300, 42, base);
    s1sim::SimTenant c(300, 43, base);
    const QUrlQuery query {{u"limit"_s, u"50"_s}};
    const QByteArray pageA = a.listThreats(query, {}).body;
    QCOMPARE(a.listThreats(query, {}).status, 200);
    QCOMPARE(b.listThreats(query, {}).body, pageA);
    QVERIFY(c.listThreats(query, {}).body != pageA);
    QCOMPARE(a.listSites({}, {}).body, b.listSites({}, {}).body);
    // threats span the 90 days before the base time
    const QJsonArray data = QJsonDocument::fromJson(pageA).object().value(u"data"_s).toArray();
    for (const QJsonValue &v : data) {
        const QJsonObject info = v.toObject().value(u"threatInfo"_s).toObject();
        const qint64 created = *s1sim::SimTenant::parseTimestamp(info.value(u"createdAt"_s).toString());
        const qint64 updated = *s1sim::SimTenant::parseTimestamp(info.value(u"updatedAt"_s).toString());
        const qint64 identified = *s1sim::SimTenant::parseTimestamp(info.value(u"identifiedAt"_s).toString());
        QVERIFY(created <= base.toMSecsSinceEpoch() * 1000);
        QVERIFY(created >= base.addDays(-90).toMSecsSinceEpoch() * 1000);
        QVERIFY(updated >= created);
        QVERIFY(identified < created);
    }
}

// ------------------------------------------------------------------------------------------------

void tst_SimServer::authentication()
{
    Result r = send("GET", Api + u"/threats"_s, {}, {}, std::nullopt);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.firstErrorCode(), 4010010);
    QCOMPARE(r.json.value(u"errors"_s).toArray().at(0).toObject().value(u"title"_s).toString(),
        u"Authentication Failed"_s);

    r = send("GET", Api + u"/threats"_s, {}, {}, u"wrong"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.firstErrorCode(), 4010010);

    // the scheme is case-insensitive
    QUrl url = m_server->baseUrl();
    url.setPath(Api + u"/sites"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "apitoken " + Token.toUtf8());
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    // a Bearer token is not an ApiToken
    request.setRawHeader("Authorization", "Bearer " + Token.toUtf8());
    reply = m_nam.get(request);
    QSignalSpy spy2(reply, &QNetworkReply::finished);
    QVERIFY(spy2.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    reply->deleteLater();
}

void tst_SimServer::loginPageOutsideApi()
{
    for (const QString &path : {u"/"_s, u"/login"_s, u"/web/apiv2/threats"_s}) {
        const Result r = send("GET", path, {}, {}, std::nullopt);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.contentType.startsWith("text/html"), r.contentType.constData());
        QVERIFY(r.body.contains("<html"));
    }
}

void tst_SimServer::unknownApiPath()
{
    Result r = get(Api + u"/nothing/here"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.firstErrorCode(), 4040010);
    r = send("DELETE", Api + u"/threats"_s);
    QCOMPARE(r.status, 405);
}

void tst_SimServer::paginationWalk()
{
    QSet<QString> ids;
    QString cursor;
    int pages = 0;
    QString previousCreated;
    for (;;) {
        QUrlQuery query {{u"limit"_s, u"1000"_s}};
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        const Result r = get(Api + u"/threats"_s, query);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/json"));
        ++pages;
        QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), ThreatCount);
        const QJsonArray data = r.data();
        for (const QJsonValue &v : data) {
            const QJsonObject t = v.toObject();
            const QString id = t.value(u"id"_s).toString();
            QCOMPARE(t.value(u"threatInfo"_s).toObject().value(u"threatId"_s).toString(), id);
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            // default order: createdAt descending
            const QString created = t.value(u"threatInfo"_s).toObject().value(u"createdAt"_s).toString();
            if (!previousCreated.isEmpty())
                QVERIFY(created <= previousCreated);
            previousCreated = created;
        }
        const QJsonValue next = r.pagination().value(u"nextCursor"_s);
        if (next.isNull()) {
            QCOMPARE(data.size(), ThreatCount - 2000);
            break;
        }
        QCOMPARE(data.size(), 1000);
        QVERIFY(next.isString());
        cursor = next.toString();
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(ids.size(), ThreatCount);
}

void tst_SimServer::paginationSortedAscending()
{
    // sortBy=fileDisplayName asc with small pages; skip works as an offset
    QStringList names;
    QString cursor;
    for (int page = 0; page < 3; ++page) {
        QUrlQuery query {
            {u"limit"_s, u"7"_s}, {u"sortBy"_s, u"fileDisplayName"_s}, {u"sortOrder"_s, u"asc"_s}};
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        const Result r = get(Api + u"/threats"_s, query);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.data();
        for (const QJsonValue &v : data)
            names << v.toObject().value(u"threatInfo"_s).toObject().value(u"fileDisplayName"_s).toString();
        cursor = r.pagination().value(u"nextCursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
    }
    QCOMPARE(names.size(), 21);
    for (qsizetype i = 1; i < names.size(); ++i)
        QVERIFY2(names[i - 1].compare(names[i], Qt::CaseInsensitive) <= 0,
            qPrintable(names[i - 1] + u" > "_s + names[i]));

    const Result skipped = get(Api + u"/threats"_s,
        QUrlQuery {{u"limit"_s, u"3"_s}, {u"skip"_s, u"7"_s}, {u"sortBy"_s, u"fileDisplayName"_s},
            {u"sortOrder"_s, u"asc"_s}});
    QCOMPARE(skipped.status, 200);
    QCOMPARE(skipped.data()
                 .at(0)
                 .toObject()
                 .value(u"threatInfo"_s)
                 .toObject()
                 .value(u"fileDisplayName"_s)
                 .toString(),
        names.at(7));
}

void tst_SimServer::sortFields_data()
{
    // Every sortBy value of the API, with the threat field it orders by (empty: the simulated threats
    // do not carry it, so they come in id order).
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("text");
    const auto row = [](const char *field, const QString &path, bool text) {
        QTest::newRow(field) << QString::fromLatin1(field) << path << text;
    };
    row("id", u"id"_s, false);
    row("createdAt", u"threatInfo.createdAt"_s, true);
    row("createdDate", u"threatInfo.createdAt"_s, true);
    row("updatedAt", u"threatInfo.updatedAt"_s, true);
    row("mitigationStatus", u"threatInfo.mitigationStatus"_s, true);
    row("fileDisplayName", u"threatInfo.fileDisplayName"_s, true);
    row("agentVersion", u"agentRealtimeInfo.agentVersion"_s, true);
    row("agentMachineType", u"agentRealtimeInfo.agentMachineType"_s, true);
    row("siteId", u"agentRealtimeInfo.siteId"_s, false);
    row("siteName", u"agentRealtimeInfo.siteName"_s, true);
    row("agentComputerName", u"agentRealtimeInfo.agentComputerName"_s, true);
    row("filePath", u"threatInfo.filePath"_s, true);
    row("contentHash", u"threatInfo.sha1"_s, true);
    row("classification", u"threatInfo.classification"_s, true);
    for (const char *field : {"collectionId", "cloudAccount", "cloudImage", "cloudInstanceId",
             "cloudInstanceSize", "cloudLocation", "cloudNetwork"})
        row(field, u"id"_s, false);
}

void tst_SimServer::sortFields()
{
    QFETCH(QString, field);
    QFETCH(QString, path);
    QFETCH(bool, text);
    const auto keyOf = [&](const QJsonObject &threat) {
        QJsonValue v = threat;
        for (const QString &part : path.split(u'.'))
            v = v.toObject().value(part);
        return v.toString(); // a null hash sorts as an empty string
    };
    // Three pages of 40 with the cursor, descending: each key at most the one before; ids unique.
    QStringList keys;
    QSet<QString> ids;
    QString cursor;
    for (int page = 0; page < 3; ++page) {
        QUrlQuery query {{u"limit"_s, u"40"_s}, {u"sortBy"_s, field}, {u"sortOrder"_s, u"desc"_s}};
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        const Result r = get(Api + u"/threats"_s, query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().size(), 40);
        for (const QJsonValue &v : r.data()) {
            keys << keyOf(v.toObject());
            ids.insert(v.toObject().value(u"id"_s).toString());
        }
        cursor = r.pagination().value(u"nextCursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
    }
    QCOMPARE(ids.size(), 120);
    for (qsizetype i = 1; i < keys.size(); ++i) {
        // ids and site ids are numbers of the same length; other keys compare as text
        const int order = text ? keys[i - 1].compare(keys[i], Qt::CaseInsensitive)
                               : (keys[i - 1].toULongLong() < keys[i].toULongLong() ? -1
                                       : keys[i - 1] == keys[i]                     ? 0
                                                                                    : 1);
        QVERIFY2(order >= 0, qPrintable(keys[i - 1] + u" < "_s + keys[i] + u" at "_s + QString::number(i)));
    }
    // equal keys come together (the id breaks ties only)
    QStringList groups;
    for (const QString &key : std::as_const(keys)) {
        if (groups.isEmpty() || groups.last() != key)
            groups << key;
    }
    QCOMPARE(QSet<QString>(groups.cbegin(), groups.cend()).size(), groups.size());
}

void tst_SimServer::validation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("named");

    QTest::newRow("limit too big") << u"/threats"_s << u"limit=1001"_s << u"limit"_s;
    QTest::newRow("limit zero") << u"/threats"_s << u"limit=0"_s << u"limit"_s;
    QTest::newRow("limit text") << u"/threats"_s << u"limit=ten"_s << u"limit"_s;
    QTest::newRow("skip too big") << u"/threats"_s << u"skip=1001"_s << u"skip"_s;
    QTest::newRow("bad sortBy") << u"/threats"_s << u"sortBy=threatName"_s << u"threatName"_s;
    QTest::newRow("bad sortOrder") << u"/threats"_s << u"sortOrder=up"_s << u"sortOrder"_s;
    QTest::newRow("bad cursor") << u"/threats"_s << u"cursor=not-a-cursor"_s << u"cursor"_s;
    QTest::newRow("bad date") << u"/threats"_s << u"createdAt__gte=yesterday"_s << u"createdAt__gte"_s;
    QTest::newRow("bad status") << u"/threats"_s << u"incidentStatuses=open"_s << u"open"_s;
    QTest::newRow("bad bool") << u"/threats"_s << u"noteExists=maybe"_s << u"noteExists"_s;
    QTest::newRow("bad id") << u"/threats"_s << u"siteIds=abc"_s << u"siteIds"_s;
    QTest::newRow("bad hash") << u"/threats"_s << u"contentHashes=xyz"_s << u"contentHashes"_s;
    QTest::newRow("iocs limit") << u"/threat-intelligence/iocs"_s << u"limit=5000"_s << u"limit"_s;
    QTest::newRow("sites limit") << u"/sites"_s << u"limit=-1"_s << u"limit"_s;
    QTest::newRow("firewall without filter") << u"/firewall-control"_s << u"limit=10"_s << u"filter"_s;
    // the query as the console's API declares it: names, repetitions, types, limits
    QTest::newRow("undeclared parameter")
        << u"/threats"_s << u"limit=5&threatName=x"_s << u"threatName: unknown query parameter"_s;
    QTest::newRow("v2.0 parameter") << u"/threats"_s << u"displayName__like=x"_s << u"displayName__like"_s;
    QTest::newRow("undeclared on sites") << u"/sites"_s << u"ids=1"_s << u"ids: unknown query parameter"_s;
    QTest::newRow("declared, not simulated") << u"/threats"_s << u"agentIds=1"_s << u"not implemented"_s;
    QTest::newRow("repeated") << u"/threats"_s << u"limit=5&limit=6"_s << u"more than once"_s;
    QTest::newRow("bool in capitals") << u"/threats"_s << u"noteExists=TRUE"_s << u"noteExists"_s;
    QTest::newRow("bool as digit") << u"/threat-intelligence/iocs"_s << u"tenant=1"_s << u"tenant"_s;
    QTest::newRow("limit with a space") << u"/threats"_s << u"limit=%205"_s << u"limit"_s;
    QTest::newRow("too many site ids")
        << u"/threats"_s << u"siteIds="_s + QStringList(501, u"1"_s).join(u',') << u"siteIds"_s;
    QTest::newRow("site name part too short") << u"/sites"_s << u"name__contains=a"_s << u"name__contains"_s;
    QTest::newRow("site state") << u"/sites"_s << u"state=Active"_s << u"state"_s;
    QTest::newRow("ioc date without zone")
        << u"/threat-intelligence/iocs"_s << u"creationTime__gte=2026-01-01T00:00:00"_s
        << u"creationTime__gte"_s;
    QTest::newRow("ioc type in lower case") << u"/threat-intelligence/iocs"_s << u"type=ipv4"_s << u"type"_s;
    QTest::newRow("firewall action") << u"/firewall-control"_s << u"siteIds=1&actions=Deny"_s << u"actions"_s;
    QTest::newRow("notes sorted") << u"/threats/1/notes"_s << u"sortBy=createdAt"_s << u"not implemented"_s;
}

void tst_SimServer::validation()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, named);
    const Result r = get(Api + path, QUrlQuery(query));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.firstErrorCode(), 4000010);
    QVERIFY2(r.firstErrorDetail().contains(named), qPrintable(r.firstErrorDetail()));
}

void tst_SimServer::filters()
{
    // noteExists splits the tenant
    const Result withNotes
        = get(Api + u"/threats"_s, QUrlQuery {{u"noteExists"_s, u"true"_s}, {u"limit"_s, u"1000"_s}});
    const Result withoutNotes
        = get(Api + u"/threats"_s, QUrlQuery {{u"noteExists"_s, u"false"_s}, {u"limit"_s, u"5"_s}});
    QCOMPARE(withNotes.status, 200);
    const int noted = withNotes.pagination().value(u"totalItems"_s).toInt();
    QVERIFY2(
        noted > ThreatCount * 8 / 100 && noted < ThreatCount * 16 / 100, qPrintable(QString::number(noted)));
    QCOMPARE(noted + withoutNotes.pagination().value(u"totalItems"_s).toInt(), ThreatCount);
    int flagged = 0;
    const QJsonArray noteData = withNotes.data();
    for (int i = 0; i < noteData.size(); ++i) {
        const QString id = noteData.at(i).toObject().value(u"id"_s).toString();
        QVERIFY(m_server->tenant().noteCount(id) > 0);
        if (i < 5) {
            const Result notes = get(Api + u"/threats/"_s + id + u"/notes"_s);
            QCOMPARE(notes.status, 200);
            QVERIFY(!notes.data().isEmpty());
        }
    }
    // ~2% carry the exact "[OpenCTI_add]" note
    for (int i = 0; i < noteData.size(); ++i) {
        const QString id = noteData.at(i).toObject().value(u"id"_s).toString();
        const Result notes = get(Api + u"/threats/"_s + id + u"/notes"_s);
        for (const QJsonValue &n : notes.data())
            flagged += n.toObject().value(u"text"_s).toString() == u"[OpenCTI_add]"_s ? 1 : 0;
        if (i > 120)
            break;
    }
    QVERIFY2(flagged > 0, "no flagged threat among the first noted ones");

    // free text over the computer name
    const QJsonObject sample
        = get(Api + u"/threats"_s, QUrlQuery {{u"limit"_s, u"1"_s}}).data().at(0).toObject();
    const QString computer
        = sample.value(u"agentRealtimeInfo"_s).toObject().value(u"agentComputerName"_s).toString();
    Result r
        = get(Api + u"/threats"_s, QUrlQuery {{u"query"_s, computer.toLower()}, {u"limit"_s, u"1000"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.pagination().value(u"totalItems"_s).toInt() >= 1);
    QVERIFY(r.pagination().value(u"totalItems"_s).toInt() < ThreatCount);
    for (const QJsonValue &v : r.data()) {
        const QJsonObject t = v.toObject();
        const QString haystack
            = t.value(u"agentRealtimeInfo"_s).toObject().value(u"agentComputerName"_s).toString()
            + t.value(u"threatInfo"_s).toObject().value(u"threatName"_s).toString()
            + t.value(u"threatInfo"_s).toObject().value(u"filePath"_s).toString();
        QVERIFY(haystack.contains(computer, Qt::CaseInsensitive));
    }

    // free text over a hash prefix, and contentHashes
    QJsonObject hashed;
    for (const QJsonValue &v : get(Api + u"/threats"_s, QUrlQuery {{u"limit"_s, u"50"_s}}).data()) {
        if (!v.toObject().value(u"threatInfo"_s).toObject().value(u"sha256"_s).isNull()) {
            hashed = v.toObject();
            break;
        }
    }
    QVERIFY(!hashed.isEmpty());
    const QString sha256 = hashed.value(u"threatInfo"_s).toObject().value(u"sha256"_s).toString();
    const QString sha1 = hashed.value(u"threatInfo"_s).toObject().value(u"sha1"_s).toString();
    r = get(Api + u"/threats"_s, QUrlQuery {{u"query"_s, sha256.mid(3, 20).toUpper()}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);
    QCOMPARE(r.data().at(0).toObject().value(u"id"_s), hashed.value(u"id"_s));
    r = get(Api + u"/threats"_s,
        QUrlQuery {{u"contentHashes"_s, sha1 + u",0000000000000000000000000000000000000000"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);

    // resolved / incidentStatuses / several filters at once
    r = get(Api + u"/threats"_s, QUrlQuery {{u"resolved"_s, u"true"_s}, {u"limit"_s, u"200"_s}});
    const int resolved = r.pagination().value(u"totalItems"_s).toInt();
    QVERIFY(resolved > 0 && resolved < ThreatCount);
    for (const QJsonValue &v : r.data())
        QCOMPARE(v.toObject().value(u"threatInfo"_s).toObject().value(u"incidentStatus"_s).toString(),
            u"resolved"_s);
    r = get(Api + u"/threats"_s, QUrlQuery {{u"incidentStatuses"_s, u"resolved"_s}, {u"limit"_s, u"1"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), resolved);
    r = get(Api + u"/threats"_s,
        QUrlQuery {{u"incidentStatuses"_s, u"unresolved,in_progress"_s}, {u"limit"_s, u"1"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), ThreatCount - resolved);
    r = get(Api + u"/threats"_s,
        QUrlQuery {{u"classifications"_s, u"Ransomware"_s}, {u"confidenceLevels"_s, u"malicious"_s},
            {u"limit"_s, u"1000"_s}});
    QVERIFY(r.pagination().value(u"totalItems"_s).toInt() > 0);
    for (const QJsonValue &v : r.data()) {
        const QJsonObject info = v.toObject().value(u"threatInfo"_s).toObject();
        QCOMPARE(info.value(u"classification"_s).toString(), u"Ransomware"_s);
        QCOMPARE(info.value(u"confidenceLevel"_s).toString(), u"malicious"_s);
    }

    // time window
    const QString base = u"2025-06-01T12:00:00Z"_s;
    r = get(Api + u"/threats"_s,
        QUrlQuery {{u"createdAt__gte"_s, u"2025-05-25T12:00:00Z"_s}, {u"createdAt__lt"_s, base},
            {u"limit"_s, u"1000"_s}});
    const int lastWeek = r.pagination().value(u"totalItems"_s).toInt();
    QVERIFY2(
        lastWeek > ThreatCount / 20 && lastWeek < ThreatCount / 6, qPrintable(QString::number(lastWeek)));
    for (const QJsonValue &v : r.data()) {
        const QString created
            = v.toObject().value(u"threatInfo"_s).toObject().value(u"createdAt"_s).toString();
        QVERIFY(created >= u"2025-05-25T12:00:00"_s && created < base);
    }

    // site scope
    const QString siteId = m_server->tenant().siteId(2);
    r = get(Api + u"/threats"_s, QUrlQuery {{u"siteIds"_s, siteId}, {u"limit"_s, u"100"_s}});
    QVERIFY(r.pagination().value(u"totalItems"_s).toInt() > 0);
    for (const QJsonValue &v : r.data())
        QCOMPARE(v.toObject().value(u"agentRealtimeInfo"_s).toObject().value(u"siteId"_s).toString(), siteId);
    r = get(Api + u"/threats"_s, QUrlQuery {{u"siteIds"_s, u"1234"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 0);
    QVERIFY(r.pagination().value(u"nextCursor"_s).isNull());
}

void tst_SimServer::hostileText()
{
    // query= searches a part of the name (non-ASCII, any case); displayName= matches the whole
    // display name only (API v2.1), also without regard to case.
    const Result r = get(Api + u"/threats"_s, QUrlQuery {{u"query"_s, u"MÄRZ"_s}, {u"limit"_s, u"1"_s}});
    QCOMPARE(r.status, 200);
    const int found = r.pagination().value(u"totalItems"_s).toInt();
    QVERIFY(found > 0);
    const QJsonObject info = r.data().at(0).toObject().value(u"threatInfo"_s).toObject();
    QCOMPARE(info.value(u"threatName"_s).toString(), u"Rechnung_März.pdf.exe"_s);
    QVERIFY(info.value(u"filePath"_s).toString().endsWith(u"\\Rechnung_März.pdf.exe"_s));
    const Result whole = get(Api + u"/threats"_s,
        QUrlQuery {{u"displayName"_s, u"rechnung_märz.PDF.exe"_s}, {u"limit"_s, u"1000"_s}});
    QCOMPARE(whole.status, 200);
    QCOMPARE(whole.pagination().value(u"totalItems"_s).toInt(), found);
    for (const QJsonValue &v : whole.data())
        QCOMPARE(v.toObject().value(u"threatInfo"_s).toObject().value(u"threatName"_s).toString(),
            u"Rechnung_März.pdf.exe"_s);
    const Result part = get(Api + u"/threats"_s, QUrlQuery {{u"displayName"_s, u"märz"_s}});
    QCOMPARE(part.status, 200);
    QCOMPARE(part.pagination().value(u"totalItems"_s).toInt(), 0);
    // v2.0's displayName__like is no parameter of v2.1: refused, as the console does
    const Result old = get(Api + u"/threats"_s, QUrlQuery {{u"displayName__like"_s, u"märz"_s}});
    QCOMPARE(old.status, 400);
    QVERIFY2(old.firstErrorDetail().contains(u"displayName__like: unknown query parameter"_s),
        qPrintable(old.firstErrorDetail()));

    const Result markup
        = get(Api + u"/threats"_s, QUrlQuery {{u"query"_s, u"<script>"_s}, {u"limit"_s, u"1"_s}});
    QVERIFY(markup.pagination().value(u"totalItems"_s).toInt() > 0);
    QVERIFY(markup.data()
                .at(0)
                .toObject()
                .value(u"threatInfo"_s)
                .toObject()
                .value(u"threatName"_s)
                .toString()
                .startsWith(u"<script>"_s));
}

void tst_SimServer::notesRoundTrip()
{
    // a threat with at least two notes
    QString threatId;
    QJsonArray before;
    const Result noted
        = get(Api + u"/threats"_s, QUrlQuery {{u"noteExists"_s, u"true"_s}, {u"limit"_s, u"200"_s}});
    for (const QJsonValue &v : noted.data()) {
        const QString id = v.toObject().value(u"id"_s).toString();
        if (m_server->tenant().noteCount(id) >= 2) {
            threatId = id;
            break;
        }
    }
    QVERIFY(!threatId.isEmpty());
    const QString notesPath = Api + u"/threats/"_s + threatId + u"/notes"_s;
    Result r = get(notesPath);
    QCOMPARE(r.status, 200);
    before = r.data();
    QVERIFY(before.size() >= 2);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), before.size());
    for (qsizetype i = 1; i < before.size(); ++i) // oldest first
        QVERIFY(before[i - 1].toObject().value(u"createdAt"_s).toString()
            <= before[i].toObject().value(u"createdAt"_s).toString());
    const QJsonObject first = before.at(0).toObject();
    QCOMPARE(first.value(u"edited"_s).toBool(), false);
    QVERIFY(!first.value(u"creator"_s).toString().isEmpty());
    QVERIFY(!first.value(u"creatorId"_s).toString().isEmpty());

    // limit/cursor on notes
    r = get(notesPath, QUrlQuery {{u"limit"_s, u"1"_s}});
    QCOMPARE(r.data().size(), 1);
    const QString noteCursor = r.pagination().value(u"nextCursor"_s).toString();
    QVERIFY(!noteCursor.isEmpty());
    r = get(notesPath, QUrlQuery {{u"limit"_s, u"1"_s}, {u"cursor"_s, noteCursor}});
    QCOMPARE(r.data().at(0).toObject(), before.at(1).toObject());

    const QString updatedBefore
        = threatById(threatId).value(u"threatInfo"_s).toObject().value(u"updatedAt"_s).toString();
    QVERIFY(!updatedBefore.isEmpty());

    // add (the same id twice and an unknown id count once / not at all)
    const QJsonObject add {{u"data"_s, QJsonObject {{u"text"_s, u"[OpenCTI_add]"_s}}},
        {u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {threatId, threatId, u"42"_s}}}}};
    r = send("POST", Api + u"/threats/notes"_s, {}, toJson(add));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);
    r = get(notesPath);
    QCOMPARE(r.data().size(), before.size() + 1);
    const QJsonObject added = r.data().last().toObject();
    QCOMPARE(added.value(u"text"_s).toString(), u"[OpenCTI_add]"_s);
    QCOMPARE(added.value(u"creator"_s).toString(), m_server->tenant().userName());
    const QString updatedAfterAdd
        = threatById(threatId).value(u"threatInfo"_s).toObject().value(u"updatedAt"_s).toString();
    QVERIFY2(updatedAfterAdd > updatedBefore, qPrintable(updatedAfterAdd));
    // the threat now shows up with updatedAt__gt its old value
    r = get(Api + u"/threats"_s, QUrlQuery {{u"updatedAt__gt"_s, updatedBefore}, {u"ids"_s, threatId}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);

    // edit
    const QString noteId = added.value(u"id"_s).toString();
    r = send("PUT", notesPath + u'/' + noteId, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"edited & <b>"_s}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"text"_s).toString(), u"edited & <b>"_s);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"edited"_s).toBool(), true);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"id"_s).toString(), noteId);
    r = get(notesPath);
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(r.data().at(i).toObject(), before.at(i).toObject()); // others untouched
    const QString updatedAfterEdit
        = threatById(threatId).value(u"threatInfo"_s).toObject().value(u"updatedAt"_s).toString();
    QVERIFY(updatedAfterEdit > updatedAfterAdd);

    // delete
    r = send("DELETE", notesPath + u'/' + noteId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"success"_s).toBool(), true);
    r = get(notesPath);
    QCOMPARE(r.data(), before);
    QVERIFY(threatById(threatId).value(u"threatInfo"_s).toObject().value(u"updatedAt"_s).toString()
        > updatedAfterEdit);
    r = send("DELETE", notesPath + u'/' + noteId);
    QCOMPARE(r.status, 404);
}

void tst_SimServer::notesErrors()
{
    const QString id = m_server->tenant().threatId(0);
    Result r = get(Api + u"/threats/1234567/notes"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.firstErrorCode(), 4040010);
    r = send("PUT", Api + u"/threats/"_s + id + u"/notes/999"_s, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"x"_s}}}}));
    QCOMPARE(r.status, 404);
    r = send("POST", Api + u"/threats/notes"_s, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"  "_s}}},
            {u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {id}}}}}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.firstErrorDetail().contains(u"text"_s));
    r = send("POST", Api + u"/threats/notes"_s, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"hi"_s}}}, {u"filter"_s, QJsonObject {}}}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.firstErrorDetail().contains(u"ids"_s));
    r = send("POST", Api + u"/threats/notes"_s, {}, "{not json");
    QCOMPARE(r.status, 400);

    // data.text: 2 to 10,000 characters (code points: an emoji counts once); filter.ids: at most
    // 5,000 threat ids, each a string; nothing is written when the request is refused
    const auto addNote = [this](const QString &text, const QJsonArray &ids) {
        return send("POST", Api + u"/threats/notes"_s, {},
            toJson(QJsonObject {
                {u"data"_s, QJsonObject {{u"text"_s, text}}}, {u"filter"_s, QJsonObject {{u"ids"_s, ids}}}}));
    };
    const int before = m_server->tenant().noteCount(id);
    r = addNote(u"x"_s, {id});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"2 to 10000 characters"_s), qPrintable(r.firstErrorDetail()));
    r = addNote(QString(10001, u'a'), {id});
    QCOMPARE(r.status, 400);
    r = addNote(QString::fromUtf8("\xF0\x9F\x98\x80"), {id}); // one character, two UTF-16 units
    QCOMPARE(r.status, 400);
    QJsonArray tooMany;
    for (int i = 0; i < 5001; ++i)
        tooMany.append(id);
    r = addNote(u"ok"_s, tooMany);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"5000"_s), qPrintable(r.firstErrorDetail()));
    r = addNote(u"ok"_s, {id.toLongLong()});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"string"_s), qPrintable(r.firstErrorDetail()));
    r = send("POST", Api + u"/threats/notes"_s, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"ok"_s}}},
            {u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {id}}, {u"siteIds"_s, QJsonArray {id}}}}}));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"filter.siteIds: not implemented"_s),
        qPrintable(r.firstErrorDetail()));
    QCOMPARE(m_server->tenant().noteCount(id), before);
    r = addNote(QString(10000, u'a'), {id});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);
    QCOMPARE(m_server->tenant().noteCount(id), before + 1);
}

void tst_SimServer::sitesAndAccounts()
{
    Result r = get(Api + u"/sites"_s, QUrlQuery {{u"limit"_s, u"100"_s}});
    QCOMPARE(r.status, 200);
    const QJsonObject data = r.json.value(u"data"_s).toObject();
    const QJsonArray sites = data.value(u"sites"_s).toArray();
    QCOMPARE(sites.size(), m_server->tenant().siteCount());
    QVERIFY(data.value(u"allSites"_s).toObject().value(u"activeLicenses"_s).toInt() > 0);
    int expired = 0;
    int described = 0;
    for (const QJsonValue &v : sites) {
        const QJsonObject s = v.toObject();
        QVERIFY(s.value(u"id"_s).toString().size() >= 18);
        QVERIFY(!s.value(u"accountName"_s).toString().isEmpty());
        expired += s.value(u"state"_s).toString() == u"expired"_s ? 1 : 0;
        // never null: an expiration only when it is not unlimited, a description only when there is one
        QVERIFY2(nullPaths(s).isEmpty(), qPrintable(nullPaths(s).join(u", "_s)));
        QCOMPARE(s.value(u"expiration"_s).isString(), !s.value(u"unlimitedExpiration"_s).toBool());
        QVERIFY(!s.contains(u"externalId"_s));
        if (s.contains(u"description"_s)) {
            QVERIFY(!s.value(u"description"_s).toString().isEmpty());
            ++described;
        }
    }
    QCOMPARE(expired, 1);
    QVERIFY(described > 0 && described < sites.size());

    r = get(Api + u"/sites"_s, QUrlQuery {{u"name"_s, u"berlin hq"_s}});
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"sites"_s).toArray().size(), 1);
    r = get(Api + u"/sites"_s, QUrlQuery {{u"name__contains"_s, u"default"_s}, {u"limit"_s, u"1"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 2);
    const QString cursor = r.pagination().value(u"nextCursor"_s).toString();
    QVERIFY(!cursor.isEmpty());
    r = get(Api + u"/sites"_s,
        QUrlQuery {{u"name__contains"_s, u"default"_s}, {u"limit"_s, u"1"_s}, {u"cursor"_s, cursor}});
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"sites"_s).toArray().size(), 1);
    QVERIFY(r.pagination().value(u"nextCursor"_s).isNull());
    // name__contains takes a list (any part matches); skip passes over sites after the cursor
    r = get(Api + u"/sites"_s, QUrlQuery {{u"name__contains"_s, u"default,berlin"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 3);
    r = get(Api + u"/sites"_s, QUrlQuery {{u"name__contains"_s, u"default,berlin"_s}, {u"skip"_s, u"2"_s}});
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"sites"_s).toArray().size(), 1);

    r = get(Api + u"/accounts"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().size(), 2);
    for (const QJsonValue &v : r.data()) {
        QVERIFY2(nullPaths(v.toObject()).isEmpty(), qPrintable(nullPaths(v.toObject()).join(u", "_s)));
        QVERIFY(v.toObject().value(u"unlimitedExpiration"_s).toBool());
        QVERIFY(!v.toObject().contains(u"expiration"_s));
    }
    QCOMPARE(r.data().at(0).toObject().value(u"name"_s).toString(), u"Acme Corp"_s);
    QVERIFY(r.data().at(0).toObject().value(u"numberOfSites"_s).toInt() >= 5);
    r = get(Api + u"/accounts"_s, QUrlQuery {{u"ids"_s, m_server->tenant().accountId(1)}});
    QCOMPARE(r.data().size(), 1);
    QCOMPARE(r.data().at(0).toObject().value(u"name"_s).toString(), u"Globex"_s);

    // groups: a default group per site, more in some; by site, by default flag, paged
    r = get(Api + u"/groups"_s, QUrlQuery {{u"limit"_s, u"1000"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.data().size() > m_server->tenant().siteCount());
    int defaults = 0;
    for (const QJsonValue &v : r.data()) {
        const QJsonObject g = v.toObject();
        QVERIFY2(nullPaths(g).isEmpty(), qPrintable(nullPaths(g).join(u", "_s)));
        QVERIFY(g.value(u"siteId"_s).toString().size() >= 18);
        defaults += g.value(u"isDefault"_s).toBool() ? 1 : 0;
    }
    QCOMPARE(defaults, m_server->tenant().siteCount());
    const QString site0 = m_server->tenant().siteId(0);
    r = get(Api + u"/groups"_s, QUrlQuery {{u"siteIds"_s, site0}, {u"isDefault"_s, u"true"_s}});
    QCOMPARE(r.data().size(), 1);
    QCOMPARE(r.data().at(0).toObject().value(u"id"_s).toString(), m_server->tenant().firstGroupId(0));
    r = get(Api + u"/groups"_s, QUrlQuery {{u"limit"_s, u"2"_s}});
    QCOMPARE(r.data().size(), 2);
    QVERIFY(!r.pagination().value(u"nextCursor"_s).toString().isEmpty());
    r = get(Api + u"/groups"_s, QUrlQuery {{u"type"_s, u"smart"_s}});
    QCOMPARE(r.status, 400);
}

void tst_SimServer::scopedToken()
{
    const auto scoped = [this](const QString &path, const QUrlQuery &query = {}) {
        return send("GET", path, query, {}, ScopedToken);
    };
    Result r = scoped(Api + u"/accounts"_s);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.firstErrorCode(), 4030010);

    const QString ownSite = m_server->tenant().siteId(0);
    r = scoped(Api + u"/threats"_s, QUrlQuery {{u"limit"_s, u"1000"_s}});
    QCOMPARE(r.status, 200);
    const int visible = r.pagination().value(u"totalItems"_s).toInt();
    QVERIFY(visible > 0 && visible < ThreatCount);
    for (const QJsonValue &v : r.data())
        QCOMPARE(
            v.toObject().value(u"agentRealtimeInfo"_s).toObject().value(u"siteId"_s).toString(), ownSite);

    r = scoped(Api + u"/threats"_s, QUrlQuery {{u"siteIds"_s, m_server->tenant().siteId(1)}});
    QCOMPARE(r.status, 403);
    r = scoped(Api + u"/threats"_s, QUrlQuery {{u"accountIds"_s, m_server->tenant().accountId(1)}});
    QCOMPARE(r.status, 403);
    r = scoped(Api + u"/threats"_s, QUrlQuery {{u"siteIds"_s, ownSite}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), visible);

    r = scoped(Api + u"/sites"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"sites"_s).toArray().size(), 1);
    QCOMPARE(r.json.value(u"data"_s)
                 .toObject()
                 .value(u"sites"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"id"_s)
                 .toString(),
        ownSite);
}

void tst_SimServer::stats()
{
    Result r = send("POST", u"/__sim/stats/reset"_s, {}, {}, std::nullopt);
    QCOMPARE(r.status, 200);
    QVERIFY(m_server->stats().value(u"requests"_s).toObject().isEmpty());

    const QString id = m_server->tenant().threatId(3);
    get(Api + u"/threats"_s);
    get(Api + u"/threats"_s, QUrlQuery {{u"limit"_s, u"1001"_s}});
    send("GET", Api + u"/threats"_s, {}, {}, std::nullopt); // 401 counts too
    get(Api + u"/threats/"_s + id + u"/notes"_s);
    get(Api + u"/threats/"_s + m_server->tenant().threatId(4) + u"/notes"_s);
    send("DELETE", Api + u"/threats/"_s + id + u"/notes/12345"_s);
    send("POST", Api + u"/threats/notes"_s, {}, "{}");
    get(u"/"_s); // not an API request

    r = send("GET", u"/__sim/stats"_s, {}, {}, std::nullopt);
    QCOMPARE(r.status, 200);
    const QJsonObject requests = r.json.value(u"requests"_s).toObject();
    QCOMPARE(requests.value(u"GET /web/api/v2.1/threats"_s).toInt(), 3);
    QCOMPARE(requests.value(u"GET /web/api/v2.1/threats/{id}/notes"_s).toInt(), 2);
    QCOMPARE(requests.value(u"DELETE /web/api/v2.1/threats/{id}/notes/{noteId}"_s).toInt(), 1);
    QCOMPARE(requests.value(u"POST /web/api/v2.1/threats/notes"_s).toInt(), 1);
    QCOMPARE(requests.size(), 4);
    const QJsonObject faults = r.json.value(u"faults"_s).toObject();
    for (const QString &key : {u"429"_s, u"5xx"_s, u"drop"_s, u"html"_s, u"truncate"_s, u"lost"_s}) {
        QVERIFY2(faults.contains(key), qPrintable(key));
        QCOMPARE(faults.value(key).toInt(), 0);
    }
    QCOMPARE(m_server->stats(), r.json);
}

void tst_SimServer::fault429()
{
    m_server->resetStats();
    setFaults(u"429=1,retry-after=1"_s);
    Result r = get(Api + u"/threats"_s);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.retryAfter, QByteArray("1"));
    QCOMPARE(r.firstErrorCode(), 4290010);
    r = send("GET", Api + u"/threats"_s, {}, {}, std::nullopt); // faults come before authentication
    QCOMPARE(r.status, 429);
    // the control endpoints are never faulted
    r = send("GET", u"/__sim/faults"_s, {}, {}, std::nullopt);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"spec"_s).toString(), u"429=1,retry-after=1"_s);
    const QJsonObject stats = m_server->stats();
    QCOMPARE(stats.value(u"faults"_s).toObject().value(u"429"_s).toInt(), 2);
    QCOMPARE(stats.value(u"requests"_s).toObject().value(u"GET /web/api/v2.1/threats"_s).toInt(), 2);

    setFaults(u"429=1"_s); // no retry-after: no header
    r = get(Api + u"/sites"_s);
    QCOMPARE(r.status, 429);
    QVERIFY(r.retryAfter.isEmpty());

    setFaults(u"5xx=1"_s);
    r = get(Api + u"/sites"_s);
    QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503, qPrintable(QString::number(r.status)));
    QVERIFY(r.json.contains(u"errors"_s));
    QCOMPARE(m_server->stats().value(u"faults"_s).toObject().value(u"5xx"_s).toInt(), 1);
    setFaults(QString());
    QCOMPARE(get(Api + u"/sites"_s).status, 200);
}

void tst_SimServer::faultHtml()
{
    setFaults(u"html=1"_s);
    const Result r = get(Api + u"/threats"_s);
    setFaults(QString());
    QCOMPARE(r.status, 200);
    QVERIFY2(r.contentType.startsWith("text/html"), r.contentType.constData());
    QVERIFY(r.body.contains("<html"));
    QVERIFY(r.json.isEmpty());
}

void tst_SimServer::faultDrop()
{
    m_server->resetStats();
    setFaults(u"drop=1"_s);
    const Result r = get(Api + u"/threats"_s);
    const int drops = m_server->stats().value(u"faults"_s).toObject().value(u"drop"_s).toInt();
    setFaults(QString());
    QVERIFY(r.finished);
    QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(QString::number(r.error)));
    QCOMPARE(r.status, 0);
    QVERIFY(drops >= 1);
    QCOMPARE(get(Api + u"/sites"_s).status, 200); // and the server is fine afterwards
}

void tst_SimServer::faultTruncate()
{
    const QString threats = Api + u"/threats"_s;
    const QUrlQuery query {{u"limit"_s, u"100"_s}};
    const Result full = get(threats, query);
    QCOMPARE(full.status, 200);
    QCOMPARE(full.contentLength, full.body.size());
    QVERIFY(full.body.size() > 1000);
    m_server->resetStats();
    setFaults(u"truncate=1"_s);

    // On the wire, always: status and headers with the Content-Length of the whole answer, the
    // first half of the body, then the server closes the connection.
    const RawResult raw = rawSend("GET", threats + u"?limit=100"_s);
    QVERIFY(raw.closedByServer);
    QCOMPARE(raw.status, 200);
    QCOMPARE(raw.contentLength, full.body.size());
    QCOMPARE(raw.body, full.body.left(full.body.size() / 2));

    // A client library: status and headers arrive, then the connection closes half-way through the
    // announced body. Qt reports that as RemoteHostClosedError or, when the close is seen after the
    // last bytes were read, as a finished reply without error; what a client can always check is
    // Content-Length against the bytes received.
    const Result r = get(threats, query);
    const int truncated = m_server->stats().value(u"faults"_s).toObject().value(u"truncate"_s).toInt();
    setFaults(QString());
    QVERIFY(r.finished);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.contentLength, full.body.size());
    QVERIFY2(r.body.size() < r.contentLength,
        qPrintable(u"%1 of %2 bytes"_s.arg(r.body.size()).arg(r.contentLength)));
    QVERIFY(QJsonDocument::fromJson(r.body).isNull());
    QCOMPARE(truncated, 2);
    QCOMPARE(get(Api + u"/sites"_s).status, 200);
}

void tst_SimServer::faultLost()
{
    // The request is processed (the note is added), then the connection closes without an answer.
    const QString threatId = m_server->tenant().threatId(11);
    const QString notesPath = Api + u"/threats/"_s + threatId + u"/notes"_s;
    const int before = m_server->tenant().noteCount(threatId);
    QVERIFY(before >= 0);
    const QByteArray add = toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"answer lost"_s}}},
        {u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {threatId}}}}});
    const auto lostNotes = [&]() {
        const Result notes = get(notesPath, QUrlQuery {{u"limit"_s, u"1000"_s}});
        int count = 0;
        for (const QJsonValue &note : notes.data())
            count += note.toObject().value(u"text"_s).toString() == u"answer lost" ? 1 : 0;
        return count;
    };
    m_server->resetStats();
    setFaults(u"lost=1"_s);

    // On the wire: one request, not a byte back, the connection closed by the server.
    const RawResult raw = rawSend("POST", Api + u"/threats/notes"_s, add);
    QVERIFY(raw.closedByServer);
    QVERIFY2(raw.bytes.isEmpty(), raw.bytes.constData());
    QCOMPARE(m_server->tenant().noteCount(threatId), before + 1);

    // A client library sees the connection closed. Qt's HTTP client silently sends the request
    // again on a fresh connection when the server closes one before answering (QNetworkAccessManager
    // does so for a POST too), so each attempt that reached the server added a note.
    const Result r = send("POST", Api + u"/threats/notes"_s, {}, add);
    QJsonObject stats = m_server->stats();
    setFaults(QString());
    QVERIFY(r.finished);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(r.status, 0);
    QVERIFY(r.body.isEmpty());
    const int posts
        = stats.value(u"requests"_s).toObject().value(u"POST /web/api/v2.1/threats/notes"_s).toInt();
    qInfo("QNetworkAccessManager sent the POST %d time(s)", posts);
    QVERIFY2(posts >= 2, qPrintable(QString::number(posts)));
    QCOMPARE(stats.value(u"faults"_s).toObject().value(u"lost"_s).toInt(), posts);
    QCOMPARE(m_server->tenant().noteCount(threatId), before + posts);
    QCOMPARE(lostNotes(), posts); // the notes exist: GET shows them

    // Reads and delayed answers too; GET /__sim/stats counts them all under "lost".
    setFaults(u"lost=1,delay-ms=30"_s);
    const RawResult delayed = rawSend("GET", Api + u"/sites"_s);
    QVERIFY(delayed.closedByServer);
    QVERIFY(delayed.bytes.isEmpty());
    setFaults(QString());
    const Result statsReply = send("GET", u"/__sim/stats"_s, {}, {}, std::nullopt);
    QCOMPARE(statsReply.json.value(u"faults"_s).toObject().value(u"lost"_s).toInt(), posts + 1);
    QCOMPARE(statsReply.json.value(u"faults"_s).toObject().value(u"drop"_s).toInt(), 0);

    // GraphQL: the mutation is executed, its answer lost.
    const QString connectorId = u"5d1f9a52-52f4-4c4c-9d8e-0f3e0d6a2b11"_s;
    setFaults(u"lost=1"_s);
    QUrl url = m_server->baseUrl();
    url.setPath(u"/graphql"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_server->openCtiToken().toUtf8());
    request.setTransferTimeout(20000);
    const QJsonObject mutation {
        {u"query"_s,
            u"mutation R($input: RegisterConnectorInput) { registerConnector(input: $input) { id } }"_s},
        {u"variables"_s,
            QJsonObject {{u"input"_s,
                QJsonObject {{u"id"_s, connectorId}, {u"name"_s, u"Lost answer"_s},
                    {u"type"_s, u"EXTERNAL_IMPORT"_s}}}}},
    };
    QNetworkReply *reply = m_nam.post(request, toJson(mutation));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    setFaults(QString());
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    reply->deleteLater();
    QVERIFY(m_server->openCti().store().connectors.contains(connectorId));
    QCOMPARE(get(Api + u"/sites"_s).status, 200); // and the server is fine afterwards
}

void tst_SimServer::faultDelay()
{
    setFaults(u"delay-ms=150"_s);
    Result r = get(Api + u"/sites"_s);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 140, qPrintable(QString::number(r.elapsedMs)));

    // a client that gives up before the delayed answer: the server must cope
    QUrl url = m_server->baseUrl();
    url.setPath(Api + u"/sites"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "ApiToken " + Token.toUtf8());
    QNetworkReply *reply = m_nam.get(request);
    QTest::qWait(30);
    reply->abort();
    reply->deleteLater();
    QTest::qWait(250);
    setFaults(QString());
    r = get(Api + u"/sites"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.elapsedMs < 140);
}

void tst_SimServer::faultsControlErrors()
{
    Result r = send("POST", u"/__sim/faults"_s, {}, toJson(QJsonObject {{u"spec"_s, u"429=0.5,bogus=1"_s}}),
        std::nullopt);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"bogus"_s), qPrintable(r.firstErrorDetail()));
    QVERIFY(m_server->faults().isEmpty());
    r = send("POST", u"/__sim/faults"_s, {}, "nonsense", std::nullopt);
    QCOMPARE(r.status, 400);
    r = send("GET", u"/__sim/nothing"_s, {}, {}, std::nullopt);
    QCOMPARE(r.status, 404);
}

void tst_SimServer::iocs()
{
    const QString account = m_server->tenant().accountId(0);
    const QString sha = u"beab9fadb100a44b3bc8ea4df3249aa6d93e710193be437adb5e47c2e201c1ef"_s;
    const auto item = [](const QString &type, const QString &value) {
        return QJsonObject {{u"type"_s, type}, {u"value"_s, value}, {u"method"_s, u"EQUALS"_s},
            {u"source"_s, u"S1 Bridge test"_s}, {u"externalId"_s, QString(u"ext-"_s + value.left(8))},
            {u"validUntil"_s, u"2030-04-28T08:17:48Z"_s}, {u"name"_s, QString(u"Blocked "_s + value)},
            {u"labels"_s, QJsonArray {u"tlp:amber"_s}}};
    };
    const QJsonArray good {item(u"SHA256"_s, sha), item(u"IPV4"_s, u"198.51.100.23"_s),
        item(u"DNS"_s, u"evil.example.com"_s), item(u"URL"_s, u"https://evil.example.com/x?a=1"_s),
        item(u"MD5"_s, u"d41d8cd98f00b204e9800998ecf8427e"_s), item(u"IPV6"_s, u"2001:db8::1"_s)};
    const QJsonObject filter {{u"accountIds"_s, QJsonArray {account}}};

    Result r = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"data"_s, good}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().size(), good.size());
    const QJsonObject stored = r.data().at(0).toObject();
    QCOMPARE(stored.value(u"value"_s).toString(), sha);
    QCOMPARE(stored.value(u"scope"_s).toString(), u"account"_s);
    QCOMPARE(stored.value(u"scopeId"_s).toString(), account);
    QCOMPARE(stored.value(u"uuid"_s).toString().size(), 32);
    QVERIFY(!stored.value(u"batchId"_s).toString().isEmpty());
    QVERIFY(!stored.value(u"uploadTime"_s).toString().isEmpty());
    QCOMPARE(stored.value(u"labels"_s).toArray(), QJsonArray {u"tlp:amber"_s});
    const int count = m_server->tenant().iocCount();
    QCOMPARE(count, good.size());

    // invalid values: 400 naming them, nothing stored
    QJsonArray bad = good;
    bad.append(item(u"IPV4"_s, u"1.2.3.999"_s));
    bad.append(item(u"SHA256"_s, u"abc123"_s));
    bad.append(item(u"URL"_s, u"evil.example.com/no-scheme"_s));
    bad.append(item(u"HOSTNAME"_s, u"x.example.com"_s));
    r = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"data"_s, bad}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 400);
    const QString details = QString::fromUtf8(r.body);
    for (const QString &value : {u"1.2.3.999"_s, u"abc123"_s, u"evil.example.com/no-scheme"_s, u"HOSTNAME"_s})
        QVERIFY2(details.contains(value), qPrintable(details));
    QCOMPARE(r.json.value(u"errors"_s).toArray().size(), 4);
    QVERIFY(!details.contains(u"198.51.100.23"_s));
    QCOMPARE(m_server->tenant().iocCount(), count);

    // no scope: 500, as the real console was seen answering (tst_simiocs covers the cases)
    r = send("POST", Api + u"/threat-intelligence/iocs"_s, {}, toJson(QJsonObject {{u"data"_s, good}}));
    QCOMPARE(r.status, 500);

    // the item and scope fields as the API declares them: source required; method EQUALS or left
    // out; dates with a time zone; scope ids as strings, at most 500
    const auto refused = [&](const QJsonObject &one, const QJsonObject &scope, const QString &named) {
        const Result answer = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
            toJson(QJsonObject {{u"data"_s, QJsonArray {one}}, {u"filter"_s, scope}}));
        QCOMPARE(answer.status, 400);
        QVERIFY2(QString::fromUtf8(answer.body).contains(named), answer.body.constData());
    };
    QJsonObject probe = item(u"IPV4"_s, u"192.0.2.77"_s);
    probe.remove(u"source"_s);
    refused(probe, filter, u"source"_s);
    probe = item(u"IPV4"_s, u"192.0.2.77"_s);
    probe.insert(u"method"_s, u"equals"_s);
    refused(probe, filter, u"method"_s);
    probe.insert(u"method"_s, u"EQUALS"_s);
    probe.insert(u"validUntil"_s, u"2030-04-28 08:17:48.779000"_s);
    refused(probe, filter, u"validUntil"_s);
    probe = item(u"IPV4"_s, u"192.0.2.77"_s);
    refused(probe, QJsonObject {{u"accountIds"_s, QJsonArray {account.toLongLong()}}}, u"accountIds"_s);
    QJsonArray manyAccounts;
    for (int i = 0; i < 501; ++i)
        manyAccounts.append(account);
    refused(probe, QJsonObject {{u"accountIds"_s, manyAccounts}}, u"accountIds"_s);
    QCOMPARE(m_server->tenant().iocCount(), count);

    // upsert by (scope, type, value); another scope is another IOC
    r = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(
            QJsonObject {{u"data"_s, QJsonArray {item(u"SHA256"_s, sha.toUpper())}}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().at(0).toObject().value(u"uuid"_s), stored.value(u"uuid"_s));
    QCOMPARE(m_server->tenant().iocCount(), count);
    r = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"data"_s, QJsonArray {item(u"SHA256"_s, sha)}},
            {u"filter"_s, QJsonObject {{u"siteIds"_s, QJsonArray {m_server->tenant().siteId(2)}}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().at(0).toObject().value(u"scope"_s).toString(), u"site"_s);
    QCOMPARE(m_server->tenant().iocCount(), count + 1);

    // list with filters and pagination
    QSet<QString> uuids;
    QString cursor;
    int pages = 0;
    do {
        QUrlQuery query {{u"accountIds"_s, account}, {u"limit"_s, u"4"_s}};
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        r = get(Api + u"/threat-intelligence/iocs"_s, query);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), count);
        for (const QJsonValue &v : r.data())
            uuids.insert(v.toObject().value(u"uuid"_s).toString());
        cursor = r.pagination().value(u"nextCursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 2);
    QCOMPARE(uuids.size(), count);
    r = get(Api + u"/threat-intelligence/iocs"_s,
        QUrlQuery {{u"type"_s, u"IPV4"_s}, {u"value"_s, u"198.51.100.23"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);
    r = get(Api + u"/threat-intelligence/iocs"_s, QUrlQuery {{u"value"_s, sha}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 2);
    r = get(
        Api + u"/threat-intelligence/iocs"_s, QUrlQuery {{u"accountIds"_s, account}, {u"skip"_s, u"5"_s}});
    QCOMPARE(r.data().size(), count - 5);

    // tenant scope, no method and no name: the answer leaves out what is unset (scopeId, name are
    // non-nullable strings), and a value with a comma is one value
    const QString commaUrl = u"https://evil.example.com/a,b"_s;
    probe = item(u"URL"_s, commaUrl);
    probe.remove(u"method"_s);
    probe.remove(u"name"_s);
    r = send("POST", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(
            QJsonObject {{u"data"_s, QJsonArray {probe}}, {u"filter"_s, QJsonObject {{u"tenant"_s, true}}}}));
    QCOMPARE(r.status, 200);
    const QJsonObject global = r.data().at(0).toObject();
    QCOMPARE(global.value(u"scope"_s).toString(), u"global"_s);
    QCOMPARE(global.value(u"method"_s).toString(), u"EQUALS"_s);
    QVERIFY(!global.contains(u"scopeId"_s));
    QVERIFY(!global.contains(u"name"_s));
    QCOMPARE(global.value(u"source"_s).toString(), u"S1 Bridge test"_s);
    r = get(
        Api + u"/threat-intelligence/iocs"_s, QUrlQuery {{u"tenant"_s, u"true"_s}, {u"value"_s, commaUrl}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(
            QJsonObject {{u"filter"_s, QJsonObject {{u"uuids"_s, QJsonArray {global.value(u"uuid"_s)}}}}}));
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);

    // delete by uuid, then by value within a scope
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(
            QJsonObject {{u"filter"_s, QJsonObject {{u"uuids"_s, QJsonArray {stored.value(u"uuid"_s)}}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"filter"_s,
            QJsonObject {{u"value"_s, u"evil.example.com"_s}, {u"accountIds"_s, QJsonArray {account}}}}}));
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"filter"_s, QJsonObject {}}}));
    QCOMPARE(r.status, 400);
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"filter"_s, QJsonObject {{u"uuids"_s, stored.value(u"uuid"_s)}}}}));
    QCOMPARE(r.status, 400); // uuids is a list
    r = send("DELETE", Api + u"/threat-intelligence/iocs"_s, {},
        toJson(QJsonObject {{u"filter"_s, QJsonObject {{u"name__contains"_s, QJsonArray {u"Blocked"_s}}}}}));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"not implemented"_s), qPrintable(r.firstErrorDetail()));
    QCOMPARE(m_server->tenant().iocCount(), count - 1);
}

void tst_SimServer::firewall()
{
    const QString site = m_server->tenant().siteId(0);
    const QJsonObject rule {
        {u"name"_s, u"S1 Bridge: OpenCTI C2 (1)"_s},
        {u"description"_s, u"Exported by S1 Bridge"_s},
        {u"action"_s, u"Block"_s},
        {u"status"_s, u"Enabled"_s},
        {u"direction"_s, u"outbound"_s},
        {u"osTypes"_s, QJsonArray {u"windows"_s, u"linux"_s}},
        {u"protocol"_s, QJsonValue(QJsonValue::Null)},
        {u"remoteHosts"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"addresses"_s},
                            {u"values"_s, QJsonArray {u"198.51.100.7"_s, u"2001:db8::7"_s}}},
                QJsonObject {{u"type"_s, u"cidr"_s}, {u"values"_s, QJsonArray {u"203.0.113.0/24"_s}}}}},
    };
    const QJsonObject filter {{u"siteIds"_s, QJsonArray {site}}};
    Result r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, rule}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 200);
    const QJsonObject created = r.json.value(u"data"_s).toObject();
    QVERIFY(!created.value(u"id"_s).toString().isEmpty());
    QCOMPARE(created.value(u"ruleCategory"_s).toString(), u"firewall"_s);
    QCOMPARE(created.value(u"scope"_s).toString(), u"site"_s);
    QCOMPARE(created.value(u"scopeId"_s).toString(), site);
    QCOMPARE(created.value(u"editable"_s).toBool(), true);
    QCOMPARE(created.value(u"order"_s).toInt(), 1);
    QCOMPARE(created.value(u"remoteHosts"_s), rule.value(u"remoteHosts"_s));
    // protocol null: unset, so the answer has no protocol (the API types it a non-nullable string)
    QVERIFY2(nullPaths(created).isEmpty(), qPrintable(nullPaths(created).join(u", "_s)));
    QVERIFY(!created.contains(u"protocol"_s));

    // same name, same scope: Already Exists; another site is fine
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, rule}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.firstErrorCode(), 4000030);
    QCOMPARE(r.json.value(u"errors"_s).toArray().at(0).toObject().value(u"title"_s).toString(),
        u"Already Exists Error"_s);
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, rule},
            {u"filter"_s, QJsonObject {{u"siteIds"_s, QJsonArray {m_server->tenant().siteId(1)}}}}}));
    QCOMPARE(r.status, 200);

    // validation
    QJsonObject invalid = rule;
    invalid.insert(u"name"_s, u"another"_s);
    invalid.insert(u"action"_s, u"Drop"_s);
    invalid.insert(u"osTypes"_s, QJsonArray {u"solaris"_s});
    invalid.insert(u"remoteHosts"_s,
        QJsonArray {QJsonObject {
            {u"type"_s, u"addresses"_s}, {u"values"_s, QJsonArray {u"10.0.0.1"_s, u"300.1.1.1"_s}}}});
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, invalid}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 400);
    const QString body = QString::fromUtf8(r.body);
    QVERIFY2(body.contains(u"Drop"_s) && body.contains(u"solaris"_s) && body.contains(u"300.1.1.1"_s),
        qPrintable(body));
    QVERIFY(!body.contains(u"10.0.0.1"_s));
    invalid = rule;
    invalid.remove(u"status"_s); // required by POST
    invalid.insert(u"name"_s, QString(201, u'n')); // at most 200 characters
    invalid.insert(u"localPort"_s, QJsonObject {{u"type"_s, u"ports"_s}, {u"values"_s, QJsonArray {70000}}});
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, invalid}, {u"filter"_s, filter}}));
    QCOMPARE(r.status, 400);
    const QString missing = QString::fromUtf8(r.body);
    QVERIFY2(missing.contains(u"data.status: required"_s) && missing.contains(u"data.name: at most 200"_s)
            && missing.contains(u"70000"_s),
        qPrintable(missing));
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {
            {u"data"_s, rule}, {u"filter"_s, QJsonObject {{u"siteIds"_s, QJsonArray {site.toLongLong()}}}}}));
    QCOMPARE(r.status, 400);

    // a tenant-wide rule has no scopeId (absent, not null)
    QJsonObject global = rule;
    global.insert(u"name"_s, u"S1 Bridge: everywhere"_s);
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"data"_s, global}, {u"filter"_s, QJsonObject {{u"tenant"_s, true}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"scope"_s).toString(), u"global"_s);
    QVERIFY(!r.json.value(u"data"_s).toObject().contains(u"scopeId"_s));
    r = send("DELETE", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"filter"_s,
            QJsonObject {{u"ids"_s, QJsonArray {r.json.value(u"data"_s).toObject().value(u"id"_s)}}}}}));
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);

    // list (a filter is required), update, delete
    r = get(Api + u"/firewall-control"_s, QUrlQuery {{u"siteIds"_s, site}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);
    r = get(Api + u"/firewall-control"_s, QUrlQuery {{u"name__contains"_s, u"opencti c2"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 2);
    const QString id = created.value(u"id"_s).toString();
    r = send("PUT", Api + u"/firewall-control/"_s + id, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"status"_s, u"Disabled"_s}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"status"_s).toString(), u"Disabled"_s);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"name"_s), rule.value(u"name"_s));
    r = get(Api + u"/firewall-control"_s, QUrlQuery {{u"statuses"_s, u"Disabled"_s}});
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);
    // null in an update: name (and action, status) unchanged; an optional field unset
    r = send("PUT", Api + u"/firewall-control/"_s + id, {},
        toJson(QJsonObject {
            {u"data"_s, QJsonObject {{u"name"_s, QJsonValue::Null}, {u"description"_s, QJsonValue::Null}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"name"_s), rule.value(u"name"_s));
    QVERIFY(!r.json.value(u"data"_s).toObject().contains(u"description"_s));
    r = send("DELETE", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {id.toLongLong()}}}}}));
    QCOMPARE(r.status, 400);
    r = send("PUT", Api + u"/firewall-control/123"_s, {}, toJson(QJsonObject {{u"data"_s, QJsonObject {}}}));
    QCOMPARE(r.status, 404);
    r = send("DELETE", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {{u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {id, u"123"_s}}}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"affected"_s).toInt(), 1);
    QCOMPARE(m_server->tenant().firewallRuleCount(), 1);
}

void tst_SimServer::firewallUnlicensed()
{
    s1sim::SimOptions options;
    options.token = Token;
    options.threats = 20;
    options.firewallLicensed = false;
    SimServer server(options);
    QVERIFY(server.listen() != 0);
    Result r = send("GET", Api + u"/firewall-control"_s, QUrlQuery {{u"name"_s, u"x"_s}}, {}, Token, &server);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.firstErrorCode(), 4040010);
    QCOMPARE(r.firstErrorDetail(), u"Firewall Control is not available for this account"_s);
    r = send("POST", Api + u"/firewall-control"_s, {}, "{}", Token, &server);
    QCOMPARE(r.status, 404);
    r = send("GET", Api + u"/threats"_s, {}, {}, Token, &server);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 20);
}

// Rules in a group scope (listed by groupIds, not by their site's siteIds), and --fw-max-entries:
// more remote host values in one rule than the limit is a 400 naming it, for a POST and a PUT.
void tst_SimServer::firewallGroupsAndMaxEntries()
{
    s1sim::SimOptions options;
    options.token = Token;
    options.threats = 20;
    options.fwMaxEntries = 3;
    SimServer server(options);
    QVERIFY(server.listen() != 0);
    QCOMPARE(server.firewallMaxEntries(), 3);
    const QString site = server.tenant().siteId(0);
    const QString group = server.tenant().firstGroupId(0);
    const auto hosts = [](const QJsonArray &addresses, const QJsonArray &cidrs) {
        return QJsonArray {QJsonObject {{u"type"_s, u"addresses"_s}, {u"values"_s, addresses}},
            QJsonObject {{u"type"_s, u"cidr"_s}, {u"values"_s, cidrs}}};
    };
    QJsonObject rule {{u"name"_s, u"Grouped"_s}, {u"action"_s, u"Block"_s}, {u"status"_s, u"Enabled"_s},
        {u"remoteHosts"_s, hosts({u"192.0.2.1"_s, u"192.0.2.2"_s}, {u"10.0.0.0/8"_s})}};
    Result r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(QJsonObject {
            {u"data"_s, rule}, {u"filter"_s, QJsonObject {{u"groupIds"_s, QJsonArray {group}}}}}),
        Token, &server);
    QCOMPARE(r.status, 200);
    const QString id = r.json.value(u"data"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(r.json.value(u"data"_s).toObject().value(u"scope"_s).toString(), u"group"_s);
    r = send("GET", Api + u"/firewall-control"_s, QUrlQuery {{u"groupIds"_s, group}}, {}, Token, &server);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 1);
    QCOMPARE(r.json.value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toString(), id);
    r = send("GET", Api + u"/firewall-control"_s, QUrlQuery {{u"siteIds"_s, site}}, {}, Token, &server);
    QCOMPARE(r.pagination().value(u"totalItems"_s).toInt(), 0);
    r = send("GET", Api + u"/firewall-control"_s, QUrlQuery {{u"groupIds"_s, u"12x"_s}}, {}, Token, &server);
    QCOMPARE(r.status, 400);

    rule.insert(u"name"_s, u"Too big"_s);
    rule.insert(
        u"remoteHosts"_s, hosts({u"192.0.2.1"_s, u"192.0.2.2"_s}, {u"10.0.0.0/8"_s, u"172.16.0.0/12"_s}));
    r = send("POST", Api + u"/firewall-control"_s, {},
        toJson(
            QJsonObject {{u"data"_s, rule}, {u"filter"_s, QJsonObject {{u"siteIds"_s, QJsonArray {site}}}}}),
        Token, &server);
    QCOMPARE(r.status, 400);
    QVERIFY2(
        r.firstErrorDetail().contains(u"at most 3 remote host values"_s), qPrintable(r.firstErrorDetail()));
    r = send("PUT", Api + u"/firewall-control/"_s + id, {},
        toJson(QJsonObject {{u"data"_s, QJsonObject {{u"remoteHosts"_s, rule.value(u"remoteHosts"_s)}}}}),
        Token, &server);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.firstErrorDetail().contains(u"this one has 4"_s), qPrintable(r.firstErrorDetail()));
    const QJsonObject counts = server.stats().value(u"firewall"_s).toObject();
    QCOMPARE(counts.value(u"posts"_s).toInt(), 2);
    QCOMPARE(counts.value(u"puts"_s).toInt(), 1);
    QCOMPARE(counts.value(u"deletes"_s).toInt(), 0);
    QCOMPARE(counts.value(u"rules"_s).toInt(), 1);
    server.resetStats();
    QCOMPARE(server.firewallPostsReceived(), 0);
    QCOMPARE(server.firewallRuleCount(), 1);
}

void tst_SimServer::capture()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    s1sim::SimOptions options;
    options.token = Token;
    options.threats = 300;
    options.seed = 3;
    options.captureDir = dir.filePath(u"capture"_s); // created when missing
    auto server = std::make_unique<SimServer>(options);
    QVERIFY(server->listen() != 0);
    QVERIFY2(server->errorString().isEmpty(), qPrintable(server->errorString()));
    const QString fileName = server->captureFileName();
    QCOMPARE(QFileInfo(fileName).absolutePath(), QFileInfo(options.captureDir).absoluteFilePath());
    QVERIFY2(QFileInfo(fileName).fileName().startsWith(u"sim-%1-"_s.arg(QCoreApplication::applicationPid())),
        qPrintable(fileName));
    QVERIFY(fileName.endsWith(u".jsonl"_s));
    SimServer *sim = server.get();
    const auto call = [&](const QByteArray &verb, const QString &path, const QUrlQuery &query = {},
                          const QByteArray &body = {}, const std::optional<QString> &token = Token) {
        return send(verb, path, query, body, token, sim);
    };

    // captured: answers of the console, errors included
    const QString threatId = server->tenant().threatId(5);
    const Result page
        = call("GET", Api + u"/threats"_s, QUrlQuery {{u"limit"_s, u"50"_s}, {u"sortBy"_s, u"id"_s}});
    QCOMPARE(page.status, 200);
    QCOMPARE(page.data().size(), 50);
    QCOMPARE(call("GET", Api + u"/threats/"_s + threatId + u"/notes"_s, QUrlQuery {{u"limit"_s, u"1000"_s}})
                 .status,
        200);
    const QByteArray add = toJson(QJsonObject {{u"data"_s, QJsonObject {{u"text"_s, u"captured"_s}}},
        {u"filter"_s, QJsonObject {{u"ids"_s, QJsonArray {threatId}}}}});
    QCOMPARE(call("POST", Api + u"/threats/notes"_s, {}, add).status, 200);
    QCOMPARE(call("GET", Api + u"/sites"_s).status, 200);
    QCOMPARE(call("GET", Api + u"/sites"_s, {}, {}, std::nullopt).status, 401);
    QCOMPARE(call("GET", Api + u"/nothing/42"_s).status, 404);
    // not captured: outside /web/api/v2.1, and what a fault replaced, cut or lost
    call("GET", u"/web/api/v2.0/threats"_s);
    call("GET", u"/"_s);
    sim->setFaults(*FaultSpec::parse(u"429=1"_s));
    QCOMPARE(call("GET", Api + u"/accounts"_s).status, 429);
    sim->setFaults(*FaultSpec::parse(u"truncate=1"_s));
    call("GET", Api + u"/accounts"_s);
    sim->setFaults(*FaultSpec::parse(u"lost=1"_s));
    QCOMPARE(call("POST", Api + u"/threats/notes"_s, {}, add).status, 0);
    sim->setFaults(FaultSpec());
    QVERIFY(sim->stats().value(u"faults"_s).toObject().value(u"lost"_s).toInt() >= 1);
    // at most 30 lines per (method, template, status): 35 requests, 30 lines
    for (int i = 0; i < 35; ++i)
        QCOMPARE(call("GET", Api + u"/accounts"_s, QUrlQuery {{u"limit"_s, u"1"_s}}).status, 200);
    // flushed every 100 lines: the threats, notes and sites keys, which have one line each already,
    // fill up to 30 lines each: 6 + 30 + 3 * 29 = 123 lines, 100 of them on disk before the end
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(call("GET", Api + u"/threats/"_s + server->tenant().threatId(i) + u"/notes"_s).status, 200);
        QCOMPARE(call("GET", Api + u"/threats"_s,
                     QUrlQuery {{u"limit"_s, u"1"_s}, {u"skip"_s, QString::number(i)}})
                     .status,
            200);
        QCOMPARE(
            call("GET", Api + u"/sites"_s, QUrlQuery {{u"limit"_s, QString::number(i + 1)}}).status, 200);
    }
    const auto readLines = [&fileName]() {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly) ? file.readAll().split('\n') : QList<QByteArray>();
    };
    const qsizetype beforeClose = readLines().size() - 1; // the text ends with a newline
    server.reset(); // flushes the rest
    QList<QByteArray> lines = readLines();
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.takeLast().isEmpty());
    QCOMPARE(lines.size(), 6 + 30 + 3 * 29);
    QVERIFY2(beforeClose >= 100 && beforeClose < lines.size(), qPrintable(QString::number(beforeClose)));

    QList<QJsonObject> records;
    for (const QByteArray &line : std::as_const(lines)) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
        QCOMPARE(doc.toJson(QJsonDocument::Compact).size(), line.size()); // compact
        records << doc.object();
    }
    // the line format, field by field and in this order
    QVERIFY2(
        lines[0].startsWith("{\"method\":\"GET\",\"path\":\"/web/api/v2.1/threats\",\"template\":\"/web/api/"
                            "v2.1/threats\",\"query\":{\"limit\":\"50\",\"sortBy\":\"id\"},\"requestBody\":"
                            "null,\"status\":200,\"responseBody\":{\"data\":["),
        lines[0].constData());
    const QJsonObject firstResponse = records[0].value(u"responseBody"_s).toObject();
    QJsonArray first20;
    for (qsizetype i = 0; i < 20; ++i)
        first20.append(page.data().at(i));
    QCOMPARE(firstResponse.value(u"data"_s).toArray(), first20); // the first 20 of 50
    QCOMPARE(firstResponse.value(u"pagination"_s).toObject(), page.pagination());
    QCOMPARE(records[0]
                 .value(u"responseBody"_s)
                 .toObject()
                 .value(u"pagination"_s)
                 .toObject()
                 .value(u"totalItems"_s)
                 .toInt(),
        300);
    QCOMPARE(records[1].value(u"path"_s).toString(), Api + u"/threats/"_s + threatId + u"/notes"_s);
    QCOMPARE(records[1].value(u"template"_s).toString(), Api + u"/threats/{id}/notes"_s);
    QCOMPARE(records[1].value(u"query"_s).toObject(), QJsonObject({{u"limit"_s, u"1000"_s}}));
    QCOMPARE(records[2].value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(records[2].value(u"requestBody"_s).toObject(), QJsonDocument::fromJson(add).object());
    QCOMPARE(records[2]
                 .value(u"responseBody"_s)
                 .toObject()
                 .value(u"data"_s)
                 .toObject()
                 .value(u"affected"_s)
                 .toInt(),
        1);
    const QJsonObject sitesData = records[3].value(u"responseBody"_s).toObject().value(u"data"_s).toObject();
    QVERIFY(sitesData.value(u"sites"_s).isArray());
    QVERIFY(sitesData.value(u"sites"_s).toArray().size() >= 1);
    QCOMPARE(records[4].value(u"status"_s).toInt(), 401);
    QCOMPARE(records[4].value(u"responseBody"_s).toObject().value(u"errors"_s).toArray().size(), 1);
    QCOMPARE(records[5].value(u"status"_s).toInt(), 404);
    QCOMPARE(records[5].value(u"template"_s).toString(), Api + u"/nothing/{id}"_s);
    int accounts = 0;
    for (const QJsonObject &record : std::as_const(records)) {
        QVERIFY(record.value(u"path"_s).toString().startsWith(Api + u'/'));
        if (record.value(u"template"_s).toString() == Api + u"/accounts"_s) {
            QCOMPARE(record.value(u"status"_s).toInt(), 200);
            ++accounts;
        }
    }
    QCOMPARE(accounts, 30);
}

void tst_SimServer::captureShortening_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected"); // empty: the body as compact JSON, unchanged

    const auto items = [](int count, const char *pattern) {
        QList<QByteArray> list;
        for (int i = 0; i < count; ++i)
            list << QByteArray(pattern).replace("#", QByteArray::number(i));
        return list.join(',');
    };
    // elements with nested arrays, commas, brackets, quotes and escapes inside strings
    const char *tricky = R"({"id":"#","a":[1,[2,3]],"s":"x, ] } [ \" \\ ,","o":{"k":[{"d":"]"}]}})";
    QTest::newRow("data: 50 numbers")
        << "{\"data\":[" + items(50, "#") + "],\"pagination\":{\"totalItems\":50}}"
        << "{\"data\":[" + items(20, "#") + "],\"pagination\":{\"totalItems\":50}}";
    QTest::newRow("data: 21 objects") << "{\"data\":[" + items(21, tricky) + "]}"
                                      << "{\"data\":[" + items(20, tricky) + "]}";
    QTest::newRow("data: 20 objects") << "{\"data\":[" + items(20, tricky) + "]}" << QByteArray();
    QTest::newRow("data.sites") << "{\"pagination\":{},\"data\":{\"allSites\":{\"n\":[1,2]},\"sites\":["
            + items(30, tricky) + "],\"z\":[" + items(30, "#") + "]}}"
                                << "{\"data\":{\"allSites\":{\"n\":[1,2]},\"sites\":[" + items(20, tricky)
            + "],\"z\":[" + items(30, "#") + "]},\"pagination\":{}}";
    QTest::newRow("data object") << QByteArray(R"({"data":{"affected":1,"ids":[1,2,3]}})") << QByteArray();
    QTest::newRow("errors") << QByteArray(R"({"errors":[{"code":4000010,"detail":"a, [b]","title":"x"}]})")
                            << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html>") << QByteArray("null");
    QTest::newRow("cut JSON") << "{\"data\":[" + items(30, "#") << QByteArray("null");
    QTest::newRow("empty") << QByteArray() << QByteArray("null");
}

void tst_SimServer::captureShortening()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    if (expected.isEmpty())
        expected = QJsonDocument::fromJson(body).toJson(QJsonDocument::Compact);
    else if (expected != "null")
        expected = QJsonDocument::fromJson(expected).toJson(QJsonDocument::Compact);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(s1sim::SimCapture::responseBodyJson(body), expected);
}

void tst_SimServer::simHost()
{
    s1sim::SimHost host;
    s1sim::SimOptions options;
    options.threats = 120;
    QVERIFY2(host.start(options), qPrintable(host.errorString()));
    QVERIFY(host.isRunning());
    QCOMPARE(host.token().size(), 80);
    QUrl url = host.baseUrl();
    url.setPath(Api + u"/threats"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "ApiToken " + host.token().toUtf8());
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll())
                 .object()
                 .value(u"pagination"_s)
                 .toObject()
                 .value(u"totalItems"_s)
                 .toInt(),
        120);
    reply->deleteLater();
    QCOMPARE(host.stats().value(u"requests"_s).toObject().value(u"GET /web/api/v2.1/threats"_s).toInt(), 1);
    host.setFaults(*FaultSpec::parse(u"429=1"_s));
    reply = m_nam.get(request);
    QSignalSpy spy2(reply, &QNetworkReply::finished);
    QVERIFY(spy2.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    reply->deleteLater();
    host.stop();
    QVERIFY(!host.isRunning());

    s1sim::SimOptions bad;
    bad.faults = u"nope=1"_s;
    QVERIFY(!host.start(bad));
    QVERIFY(host.errorString().contains(u"nope"_s));
}

void tst_SimServer::executable()
{
    const QString exe = QStringLiteral(S1_SIM_EXE);
    QVERIFY2(QFile::exists(exe), "s1bridge-sim is not built (tests/CMakeLists.txt makes it a dependency)");

    QProcess process;
    process.start(exe, {u"--port"_s, u"0"_s, u"--threats"_s, u"30"_s, u"--token"_s, u"exe-token"_s});
    QVERIFY(process.waitForStarted());
    QByteArray out;
    while (out.count('\n') < 5 && process.waitForReadyRead(10000))
        out += process.readAllStandardOutput();
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY2(lines.size() >= 5, out.constData());
    QVERIFY2(lines[0].startsWith("S1_URL=http://127.0.0.1:"), lines[0].constData());
    QCOMPARE(lines[1], QByteArray("S1_API_KEY=exe-token"));
    QVERIFY2(lines[2].startsWith("OPENCTI_URL=http://127.0.0.1:"), lines[2].constData());
    QVERIFY2(lines[3].startsWith("OPENCTI_TOKEN="), lines[3].constData());
    // The connector id opencti import needs, so that the output can be sourced as it is.
    QVERIFY2(lines[4].startsWith("CONNECTOR_ID="), out.constData());
    QVERIFY2(!QUuid::fromString(QString::fromLatin1(lines[4].mid(13))).isNull(), lines[4].constData());

    QUrl url(QString::fromUtf8(lines[0].mid(7)));
    url.setPath(Api + u"/threats"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "ApiToken exe-token");
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    QVERIFY(spy.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);

    // bad options: exit 2, naming the option
    QProcess bad;
    bad.start(exe, {u"--threats"_s, u"many"_s});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--threats"));
    bad.start(exe, {u"--faults"_s, u"429=2"_s});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("429"));
    bad.start(exe, {u"--fw-max-entries"_s, u"0"_s});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--fw-max-entries"));
    bad.start(exe, {u"--frobnicate"_s});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("frobnicate"));
}

QTEST_GUILESS_MAIN(tst_SimServer)
#include "tst_simserver.moc"
