// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultSpec.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace s1sim {

Q_DECLARE_LOGGING_CATEGORY(lcSim)

class SimTenant;
struct SimCaller;

struct SimOptions
{
    quint16 port = 0; // 0: any free port
    QString token; // random 80 hex chars when empty
    int threats = 250;
    quint64 seed = 1;
    QString faults; // FaultSpec text, e.g. "429=0.1,retry-after=1"
    QString scopedToken; // optional second token restricted to the first site (403 elsewhere)
    bool firewallLicensed = true; // false: every firewall-control endpoint answers 404
    QDateTime baseTime; // invalid: the start time truncated to the hour (threats span the 90 days before)
};

// A simulated SentinelOne management console on 127.0.0.1.
//
//  /web/api/v2.1/...   the API (see SimTenant), "Authorization: ApiToken <token>"; faults apply here
//  /__sim/stats        GET: {"requests":{"GET /web/api/v2.1/threats":3,...},"faults":{"429":1,...}}
//  /__sim/stats/reset  POST: zero both
//  /__sim/faults       GET: {"spec":"..."}; POST {"spec":"429=0.5,retry-after=1"}: set at runtime
//  anything else       200 text/html, the console's login page
//
// Request keys in the stats use path templates: {id} for a threat or rule id, {noteId} for a note.
// Every API request counts, including faulted ones and 401s. Nothing here blocks: delays use timers,
// so the server may share a thread with the client under test.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimServer(const SimOptions &options, QObject *parent = nullptr);
    ~SimServer() override;

    // Hides QAbstractHttpServer::listen to default to the loopback address. Returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);

    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString token() const;
    QString scopedToken() const;
    // Non-empty when SimOptions::faults did not parse (the server then injects no faults).
    QString errorString() const;

    void setFaults(const FaultSpec &faults);
    FaultSpec faults() const;
    QJsonObject stats() const;
    void resetStats();

    SimTenant &tenant();
    const SimOptions &options() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer;
    enum class Fault { None, Drop, TooManyRequests, ServerError, Html, Truncate };

    Answer handleApi(const QHttpServerRequest &request, const QString &path);
    Answer handleControl(const QHttpServerRequest &request, const QString &path);
    Answer routeApi(const QHttpServerRequest &request, const QString &path, const SimCaller &caller);
    Fault drawFault();
    void deliver(const QHttpServerRequest &request, QTcpSocket *socket, Answer answer, int delayMs);

    SimOptions m_options;
    QString m_token;
    QString m_error;
    std::unique_ptr<SimTenant> m_tenant;
    FaultSpec m_faults;
    QRandomGenerator m_faultRng;
    QMap<QString, int> m_requests;
    QMap<QString, int> m_faultCounts;
};

} // namespace s1sim
