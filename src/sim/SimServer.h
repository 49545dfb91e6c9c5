// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultSpec.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;
class QUrlQuery;

namespace s1sim {

Q_DECLARE_LOGGING_CATEGORY(lcSim)

class OpenCtiSim;
class SimCapture;
class SimFeeds;
class SimTaxii;
class SimTenant;
struct ApiRouteMatch;
struct SimCaller;

struct SimOptions
{
    quint16 port = 0; // 0: any free port
    QString token; // random 80 hex chars when empty
    int threats = 250;
    quint64 seed = 1;
    QString faults; // FaultSpec text, e.g. "429=0.1,retry-after=1"
    QString scopedToken; // optional second token restricted to the first site (403 elsewhere)
    // Optional token of a user that spans several accounts: it authenticates (and sees the whole
    // tenant), but POST /threat-intelligence/iocs answers it 403 with code 4030010.
    QString multiScopeToken;
    // Requests per minute on /web/api/v2.1/threat-intelligence/* (a sliding 60-second window over
    // the requests let through); beyond it 429 with Retry-After. 0: no limit.
    int tiRateLimit = 0;
    bool firewallLicensed = true; // false: every firewall-control endpoint answers 404
    // At most this many remote host values (every type together) in one firewall rule: a POST or
    // PUT /firewall-control with more is answered 400 naming the limit (--fw-max-entries).
    int fwMaxEntries = 5000;
    bool seededFlags = true; // false: no threat starts flagged (benchmarks that flag an exact number)
    QDateTime baseTime; // invalid: the start time truncated to the hour (threats span the 90 days before)
    // The clock that gives "the start time" when baseTime is invalid (tests move it); empty: the wall clock.
    std::function<QDateTime()> clock;
    QString openCtiToken; // Bearer token of the simulated OpenCTI; a random UUID when empty
    int openCtiIngestDelayMs = 20; // how long the simulated OpenCTI workers take per pushed bundle
    // With both set, the server speaks HTTPS only (baseUrl() is https://127.0.0.1:PORT).
    QSslCertificate tlsCertificate;
    QSslKey tlsKey;
    // Conformance capture (see SimCapture) into this directory; when empty, the environment
    // variable S1SIM_CAPTURE_DIR (read when the server is constructed); both empty: no capture.
    QString captureDir;

    bool isTls() const { return !tlsCertificate.isNull() && !tlsKey.isNull(); }
    // Reads a PEM certificate and an unencrypted PEM key (RSA or EC) into tlsCertificate/tlsKey.
    // On failure returns false and names the file in *error.
    bool loadTls(const QString &certificateFile, const QString &keyFile, QString *error = nullptr);
};

// A simulated SentinelOne management console, and a simulated OpenCTI, on 127.0.0.1 (http, or
// https when SimOptions has a certificate and key).
//
//  /web/api/v2.1/...   the API (see SimTenant), "Authorization: ApiToken <token>"; faults apply here
//                      (see FaultSpec): drop aborts the connection, 429/5xx/html replace the answer
//                      (the request is not processed), truncate cuts the real answer (full
//                      Content-Length, half the body, then close), lost processes the request (the
//                      tenant changes) and closes the connection without a byte of answer, as a
//                      proxy that timed out does to a POST
//  /graphql            OpenCTI's GraphQL API (see OpenCtiSim), POST, "Authorization: Bearer <token>";
//                      faults apply here too. GET: the playground page (text/html) or 405.
//                      Stats keys: "POST /graphql <operation name>"
//  /__sim/stats        GET: {"requests":{"GET /web/api/v2.1/threats":3,...},"faults":{"429":1,...},
//                      "iocs":{"postsReceived","postsProcessed","postsAccepted","itemsReceived",
//                      "stored","rateLimited"},"firewall":{"posts","puts","deletes","rules"}}
//                      (faults: 429, 5xx, drop, html, truncate, lost; iocs: see the IOC counters
//                      below; firewall: the firewall-control writes received, faulted ones included,
//                      and the rules stored)
//  /__sim/stats/reset  POST: zero both
//  /__sim/faults       GET: {"spec":"..."}; POST {"spec":"429=0.5,retry-after=1"}: set at runtime
//  /__sim/opencti/objects  GET: the STIX objects pushed to the simulated OpenCTI, a JSON array (latest
//                      version of each, first stored first); ?type=incident filters, ?meta=true wraps
//                      each as {"id","type","version","ingestions","internal_id",...,"object"}
//  /__sim/opencti/works    GET: its works, a JSON array (status, tracking, errors, messages, connector_id)
//  /__sim/opencti/reset    POST: forget connectors, works, objects and pending bundles
//  /__sim/feeds/<name>.txt|.csv|.json  GET: an IOC feed (see SimFeeds: blocklist.txt, threatfox.csv,
//                      stix.json built in) with ETag and Last-Modified; If-None-Match or
//                      If-Modified-Since that match answer 304. PUT (the body): replace or add a feed
//                      (new ETag, later Last-Modified); DELETE: remove it. /__sim/feeds GET: the names
//  /__sim/ti-rate-limit    GET: {"perMinute":N}; POST {"perMinute":N}: set it (0: off)
//  /taxii2/...         a TAXII 2.1 server over the OpenCTI indicators (see SimTaxii); no faults
//  anything else       200 text/html, the console's login page
//
// Request keys in the stats use path templates: {id} for a threat or rule id, {noteId} for a note.
// Every API request counts, including faulted ones and 401s. Nothing here blocks: delays use timers,
// so the server may share a thread with the client under test.
//
// Conformance capture (SimOptions::captureDir or S1SIM_CAPTURE_DIR): every request under
// /web/api/v2.1/ the server answered itself (401, 403, 404 and 405 included, delayed ones too; not
// those a fault replaced, cut or lost) is appended to <dir>/sim-<pid>-<n>.jsonl, see SimCapture.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimServer(const SimOptions &options, QObject *parent = nullptr);
    ~SimServer() override;

    // Hides QAbstractHttpServer::listen to default to the loopback address. Returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);

    QUrl baseUrl() const; // http://127.0.0.1:PORT (https with TLS)
    QString token() const;
    QString scopedToken() const;
    QString multiScopeToken() const;
    // The simulated OpenCTI: its URL (the same server: OpenCTI answers at <url>/graphql) and token.
    QUrl openCtiUrl() const;
    QString openCtiToken() const;
    // Non-empty when SimOptions::faults did not parse (the server then injects no faults), or when
    // only one of the TLS certificate and key was given (the server then speaks plain HTTP), or when
    // the capture file cannot be opened (the server then captures nothing).
    QString errorString() const;
    // The conformance capture file; empty when there is no capture.
    QString captureFileName() const;

    void setFaults(const FaultSpec &faults);
    FaultSpec faults() const;
    QJsonObject stats() const;
    // Zeroes the request, fault and IOC counters (the stored IOCs stay).
    void resetStats();

    // The threat-intelligence rate limit (requests per minute, 0: off); see SimOptions::tiRateLimit.
    void setTiRateLimit(int perMinute);
    int tiRateLimit() const;

    // IOC counters for tests and benchmarks: POSTs to /threat-intelligence/iocs received (every one,
    // faulted, rate-limited and refused ones included); those answered 429 by the rate limit (any
    // /threat-intelligence/ request); see SimTenant::iocPostCount() and iocCount() for the rest.
    qint64 iocPostsReceived() const;
    qint64 tiRateLimited() const;

    // Firewall-control writes received (POST, PUT /firewall-control/{id}, DELETE; every one, faulted,
    // refused and 401 ones included; resetStats() zeroes them) and the rules stored now.
    qint64 firewallPostsReceived() const;
    qint64 firewallPutsReceived() const;
    qint64 firewallDeletesReceived() const;
    int firewallRuleCount() const;
    // The most remote host values in one rule (SimOptions::fwMaxEntries), changeable at runtime.
    void setFirewallMaxEntries(int maxEntries);
    int firewallMaxEntries() const;

    // The feeds at /__sim/feeds/ (see SimFeeds). setFeed replaces or adds one (false for a name that
    // is not <name>.txt|.csv|.json): a re-read sees a new ETag and a later Last-Modified.
    bool setFeed(const QString &fileName, const QByteArray &content);
    bool removeFeed(const QString &fileName);
    QByteArray feedETag(const QString &fileName) const; // empty when there is no such feed
    QUrl feedUrl(const QString &fileName) const; // <baseUrl>/__sim/feeds/<fileName>

    SimTenant &tenant();
    OpenCtiSim &openCti();
    // The TAXII 2.1 server at /taxii2/ over the OpenCTI indicators (see SimTaxii).
    SimTaxii &taxii();
    QUrl taxiiUrl() const; // <baseUrl>/taxii2/
    const SimOptions &options() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer;
    enum class Fault { None, Drop, TooManyRequests, ServerError, Html, Truncate, Lost };

    Answer handleApi(const QHttpServerRequest &request, const QString &path);
    Answer handleControl(const QHttpServerRequest &request, const QString &path);
    Answer handleGraphQl(const QHttpServerRequest &request);
    Answer handleFeed(const QHttpServerRequest &request, const QString &fileName);
    // nullopt when the request may pass the threat-intelligence rate limit (and counts it), else the 429.
    std::optional<Answer> rateLimit(const QString &templ);
    // The answer of an injected fault that replaces the real one (drop, 429, 5xx, html); nullopt
    // for none or truncate (which cuts the real answer).
    std::optional<Answer> faultAnswer(Fault fault, bool graphQl);
    Answer routeApi(const QHttpServerRequest &request, const QString &path, const ApiRouteMatch &route,
        const SimCaller &caller, const QUrlQuery &query);
    // The never-ending modes of the faults (trickle-ms, endless-body) and endless-pages' cursor
    // (`cursor`: the one of ours the request came with, empty for none).
    void markEndless(const QString &cursor, Answer *answer);
    Fault drawFault();
    // Counts a fault that acts on the real answer (truncate, lost) and marks the answer with it.
    void markFault(Fault fault, Answer *answer);
    void deliver(const QHttpServerRequest &request, QTcpSocket *socket, Answer answer, int delayMs);
    // An answer with a fault mode (drop, lost, truncate): abort, close, or half of it then close.
    static void deliverFault(QTcpSocket *socket, const Answer &answer);
    // The answer as bytes on the wire, with body (Content-Length is always that of answer.body).
    static QByteArray rawResponse(const Answer &answer, const QByteArray &body);
    static const char *faultNote(const Answer &answer); // " (dropped)" etc. for the debug log

    SimOptions m_options;
    QString m_token;
    QString m_error;
    std::unique_ptr<SimTenant> m_tenant;
    std::unique_ptr<OpenCtiSim> m_openCti;
    std::unique_ptr<SimCapture> m_capture;
    std::unique_ptr<SimFeeds> m_feeds;
    std::unique_ptr<SimTaxii> m_taxii;
    FaultSpec m_faults;
    QRandomGenerator m_faultRng;
    QMap<QString, int> m_requests;
    QMap<QString, int> m_faultCounts;
    qint64 m_graphQlSinceFaults = 0; // /graphql requests since the faults were set (html-nth)
    bool m_tls = false;
    int m_tiRateLimit = 0;
    QElapsedTimer m_tiClock;
    std::deque<qint64> m_tiWindow; // m_tiClock times (ms) of the requests let through in the last minute
    qint64 m_iocPostsReceived = 0;
    qint64 m_tiRateLimited = 0;
    qint64 m_fwPostsReceived = 0;
    qint64 m_fwPutsReceived = 0;
    qint64 m_fwDeletesReceived = 0;
    qint64 m_endlessPages = 0; // cursors endless-pages=new handed out
};

} // namespace s1sim
