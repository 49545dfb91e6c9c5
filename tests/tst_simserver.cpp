// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated SentinelOne console: API shape, timestamps, determinism, authentication, pagination,
// sorting, validation, filters and hostile text, SimHost and the executable.
#include "SimServerFixture.h"

class tst_SimServer : public SimServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }

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
    void simHost();
    void executable();
};

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
