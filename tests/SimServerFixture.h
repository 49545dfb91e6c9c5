// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the simulated console's tests (tst_simserver, tst_simfaults, tst_simobjects): one
// SimServer (2,500 threats, seed 7, a scoped token) on 127.0.0.1, HTTP through QNetworkAccessManager
// and byte for byte through a plain socket.
#pragma once

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

namespace simtest {

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

} // namespace simtest

using namespace simtest;

class SimServerFixture : public QObject
{
protected:
    void startServer();
    void stopServer();
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

inline void SimServerFixture::startServer()
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

inline void SimServerFixture::stopServer()
{
    m_server.reset();
}

inline Result SimServerFixture::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
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

inline void SimServerFixture::setFaults(const QString &spec)
{
    const Result r
        = send("POST", u"/__sim/faults"_s, {}, toJson(QJsonObject {{u"spec"_s, spec}}), std::nullopt);
    QCOMPARE(r.status, 200);
    QCOMPARE(m_server->faults().toString(), FaultSpec::parse(spec)->toString());
}

inline RawResult SimServerFixture::rawSend(
    const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body)
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

inline QJsonObject SimServerFixture::threatById(const QString &id)
{
    const Result r = get(Api + u"/threats"_s, QUrlQuery {{u"ids"_s, id}});
    if (r.status != 200 || r.data().size() != 1)
        return {};
    return r.data().at(0).toObject();
}

// ------------------------------------------------------------------------------------------------
