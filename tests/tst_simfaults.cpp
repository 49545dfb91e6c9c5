// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated console's statistics, fault injection (429, HTML, drops, cut answers, lost answers,
// delays, the control endpoint) and its conformance capture.
#include "SimServerFixture.h"

class tst_SimFaults : public SimServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startServer(); }
    void cleanupTestCase() { stopServer(); }

    void stats();
    void fault429();
    void faultHtml();
    void faultDrop();
    void faultTruncate();
    void faultLost();
    void faultDelay();
    void faultsControlErrors();
    void capture();
    void captureShortening_data();
    void captureShortening();
};

void tst_SimFaults::stats()
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

void tst_SimFaults::fault429()
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

void tst_SimFaults::faultHtml()
{
    setFaults(u"html=1"_s);
    const Result r = get(Api + u"/threats"_s);
    setFaults(QString());
    QCOMPARE(r.status, 200);
    QVERIFY2(r.contentType.startsWith("text/html"), r.contentType.constData());
    QVERIFY(r.body.contains("<html"));
    QVERIFY(r.json.isEmpty());
}

void tst_SimFaults::faultDrop()
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

void tst_SimFaults::faultTruncate()
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

void tst_SimFaults::faultLost()
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

void tst_SimFaults::faultDelay()
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

void tst_SimFaults::faultsControlErrors()
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

void tst_SimFaults::capture()
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

void tst_SimFaults::captureShortening_data()
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

void tst_SimFaults::captureShortening()
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

QTEST_GUILESS_MAIN(tst_SimFaults)
#include "tst_simfaults.moc"
