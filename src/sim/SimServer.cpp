// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimServer.h"

#include "OpenCtiSim.h"
#include "SimApiRoutes.h"
#include "SimCapture.h"
#include "SimEndless.h"
#include "SimFeeds.h"
#include "SimTaxii.h"
#include "SimTenant.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace s1sim {

Q_LOGGING_CATEGORY(lcSim, "s1bridge.sim", QtInfoMsg)

namespace {

constexpr QLatin1String ApiPrefix("/web/api/");
constexpr QLatin1String V21Prefix("/web/api/v2.1/");
constexpr QLatin1String GraphQlPath("/graphql");
constexpr const char *FaultKeys[] = {"429", "5xx", "drop", "html", "truncate", "lost"};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QString randomToken()
{
    QByteArray raw(40, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (char &c : raw)
        c = char(rng->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

std::array<quint32, 3> faultSeed(quint64 seed)
{
    return {quint32(seed), quint32(seed >> 32), 0xFA017u};
}

const QByteArray &loginPageHtml()
{
    static const QByteArray html
        = QByteArrayLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                            "<title>SentinelOne Management Console</title></head>\n"
                            "<body class=\"login\"><div id=\"app\"><h1>Sign in</h1>\n"
                            "<form method=\"post\" action=\"/web/api/v2.1/users/login\">"
                            "<label>Email <input name=\"username\" type=\"email\"></label>"
                            "<label>Password <input name=\"password\" type=\"password\"></label>"
                            "<button type=\"submit\">Sign in</button></form>\n"
                            "<p class=\"sso\"><a href=\"/sso\">Sign in with SSO</a></p></div>"
                            "<!-- s1bridge simulator --></body></html>\n");
    return html;
}

const QByteArray &proxyPageHtml()
{
    static const QByteArray html = QByteArrayLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Access Gateway - Authentication "
        "required</title>"
        "</head>\n<body><h1>Your session has expired</h1>\n"
        "<p>This site is protected by the corporate web gateway. Please sign in to continue.</p>\n"
        "<form method=\"post\" action=\"/gateway/login\"><input name=\"user\"><input name=\"pass\" "
        "type=\"password\"><button>Continue</button></form>\n<p>Reference: 0x5f3a-4c21</p></body></html>\n");
    return html;
}

const QByteArray &playgroundPageHtml()
{
    static const QByteArray html = QByteArrayLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>OpenCTI GraphQL "
        "playground</title></head>\n<body><div id=\"sandbox\"><h1>GraphQL</h1>\n<p>Send queries with "
        "POST /graphql, header Authorization: Bearer &lt;token&gt;.</p></div>"
        "<!-- s1bridge simulator --></body></html>\n");
    return html;
}

QByteArray headerValue(const QHttpServerRequest &request, const char *name)
{
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second.trimmed();
    }
    return {};
}

} // namespace

bool SimOptions::loadTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return fail(u"cannot read the certificate %1: %2"_s.arg(certificateFile, certFile.errorString()));
    const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
    if (certificate.isNull())
        return fail(u"%1 is not a PEM certificate"_s.arg(certificateFile));
    QFile keyFileIo(keyFile);
    if (!keyFileIo.open(QIODevice::ReadOnly))
        return fail(u"cannot read the key %1: %2"_s.arg(keyFile, keyFileIo.errorString()));
    const QByteArray keyPem = keyFileIo.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(u"%1 is not an unencrypted PEM private key (RSA or EC)"_s.arg(keyFile));
    tlsCertificate = certificate;
    tlsKey = key;
    return true;
}

struct SimServer::Answer
{
    // Trickle and Endless: a console that never finishes (FaultSpec's trickle-ms and endless-body).
    enum class Mode { Normal, Truncate, Drop, Lost, Trickle, Endless };

    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    Mode mode = Mode::Normal;
    int intervalMs = 0; // Trickle: between two bytes of the body

    static Answer json(const SimReply &reply)
    {
        return Answer {reply.status, "application/json", reply.body, {}, Mode::Normal};
    }
    static Answer json(int status, const QJsonObject &object)
    {
        return Answer {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {},
            Mode::Normal};
    }
    static Answer html(const QByteArray &page)
    {
        return Answer {200, "text/html; charset=utf-8", page, {}, Mode::Normal};
    }
    static Answer raw(int status, const QByteArray &contentType, const QByteArray &body)
    {
        return Answer {status, contentType, body, {}, Mode::Normal};
    }
};

QByteArray SimServer::rawResponse(const Answer &answer, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reasonPhrase(answer.status)
        + "\r\nContent-Type: " + answer.contentType
        + "\r\nContent-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    for (const auto &header : answer.headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

const char *SimServer::faultNote(const Answer &answer)
{
    switch (answer.mode) {
    case Answer::Mode::Drop:
        return " (dropped)";
    case Answer::Mode::Lost:
        return " (lost)";
    case Answer::Mode::Truncate:
        return " (truncated)";
    case Answer::Mode::Trickle:
        return " (trickled)";
    case Answer::Mode::Endless:
        return " (endless)";
    case Answer::Mode::Normal:
        break;
    }
    return "";
}

SimServer::SimServer(const SimOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_token(options.token.isEmpty() ? randomToken() : options.token)
    , m_faultRng(faultSeed(options.seed).data(), 3)
{
    QElapsedTimer timer;
    timer.start();
    QDateTime baseTime = options.baseTime;
    if (!baseTime.isValid() && options.clock) {
        const qint64 nowMs = options.clock().toMSecsSinceEpoch();
        baseTime = QDateTime::fromMSecsSinceEpoch(nowMs - nowMs % (3600 * 1000), Qt::UTC);
    }
    m_tenant = std::make_unique<SimTenant>(options.threats, options.seed, baseTime, options.seededFlags);
    m_tenant->setFirewallMaxEntries(options.fwMaxEntries);
    qCInfo(lcSim, "tenant with %d threats, %d agents (seed %llu) generated in %lld ms",
        m_tenant->threatCount(), m_tenant->agentCount(), static_cast<unsigned long long>(options.seed),
        static_cast<long long>(timer.elapsed()));
    if (!options.faults.trimmed().isEmpty()) {
        QString error;
        if (const auto spec = FaultSpec::parse(options.faults, &error)) {
            m_faults = *spec;
        } else {
            m_error = error;
            qCWarning(lcSim, "ignoring faults: %s", qUtf8Printable(error));
        }
    }
    m_openCti = std::make_unique<OpenCtiSim>(options.openCtiToken.isEmpty()
            ? QUuid::createUuid().toString(QUuid::WithoutBraces)
            : options.openCtiToken,
        options.openCtiIngestDelayMs);
    if (options.isTls()) {
        sslSetup(options.tlsCertificate, options.tlsKey);
        m_tls = true;
    } else if (!options.tlsCertificate.isNull() || !options.tlsKey.isNull()) {
        const QString error = u"TLS needs both a certificate and a key; serving plain HTTP"_s;
        m_error = m_error.isEmpty() ? error : m_error + u"; "_s + error;
        qCWarning(lcSim, "%s", qUtf8Printable(error));
    }
    const QString captureDir
        = !options.captureDir.isEmpty() ? options.captureDir : qEnvironmentVariable("S1SIM_CAPTURE_DIR");
    if (!captureDir.isEmpty()) {
        m_capture = std::make_unique<SimCapture>(captureDir);
        if (m_capture->isOpen()) {
            qCInfo(lcSim, "capturing API exchanges to %s", qUtf8Printable(m_capture->fileName()));
        } else {
            const QString error = m_capture->errorString() + u"; capturing nothing"_s;
            m_error = m_error.isEmpty() ? error : m_error + u"; "_s + error;
            qCWarning(lcSim, "%s", qUtf8Printable(error));
            m_capture.reset();
        }
    }
    m_feeds = std::make_unique<SimFeeds>(m_tenant->baseTime());
    m_taxii = std::make_unique<SimTaxii>(m_openCti->store());
    m_tiClock.start();
    setTiRateLimit(options.tiRateLimit);
    resetStats();
}

SimServer::~SimServer() = default;

quint16 SimServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = QAbstractHttpServer::listen(address, port);
    if (bound)
        qCInfo(lcSim, "listening on %s:%u", qUtf8Printable(address.toString()), unsigned(bound));
    return bound;
}

QUrl SimServer::baseUrl() const
{
    const auto list = servers();
    for (const QTcpServer *server : list) {
        if (server->isListening()) {
            QUrl url;
            url.setScheme(m_tls ? u"https"_s : u"http"_s);
            url.setHost(u"127.0.0.1"_s);
            url.setPort(server->serverPort());
            return url;
        }
    }
    return QUrl();
}

QString SimServer::token() const
{
    return m_token;
}

QString SimServer::scopedToken() const
{
    return m_options.scopedToken;
}

QString SimServer::multiScopeToken() const
{
    return m_options.multiScopeToken;
}

QUrl SimServer::openCtiUrl() const
{
    return baseUrl();
}

QString SimServer::openCtiToken() const
{
    return m_openCti->token();
}

QString SimServer::errorString() const
{
    return m_error;
}

QString SimServer::captureFileName() const
{
    return m_capture ? m_capture->fileName() : QString();
}

void SimServer::setFaults(const FaultSpec &faults)
{
    m_faults = faults;
    m_graphQlSinceFaults = 0; // html-nth counts from here
    qCInfo(lcSim, "faults: %s", faults.isEmpty() ? "none" : qUtf8Printable(faults.toString()));
}

FaultSpec SimServer::faults() const
{
    return m_faults;
}

QJsonObject SimServer::stats() const
{
    QJsonObject requests;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        requests.insert(it.key(), it.value());
    QJsonObject faults;
    for (auto it = m_faultCounts.cbegin(); it != m_faultCounts.cend(); ++it)
        faults.insert(it.key(), it.value());
    const QJsonObject iocs {{u"postsReceived"_s, m_iocPostsReceived},
        {u"postsProcessed"_s, m_tenant->iocPostCount()}, {u"postsAccepted"_s, m_tenant->iocPostsAccepted()},
        {u"itemsReceived"_s, m_tenant->iocItemsReceived()}, {u"stored"_s, m_tenant->iocCount()},
        {u"rateLimited"_s, m_tiRateLimited}};
    const QJsonObject firewall {{u"posts"_s, m_fwPostsReceived}, {u"puts"_s, m_fwPutsReceived},
        {u"deletes"_s, m_fwDeletesReceived}, {u"rules"_s, m_tenant->firewallRuleCount()}};
    return QJsonObject {
        {u"requests"_s, requests}, {u"faults"_s, faults}, {u"iocs"_s, iocs}, {u"firewall"_s, firewall}};
}

void SimServer::resetStats()
{
    m_requests.clear();
    m_faultCounts.clear();
    m_iocPostsReceived = 0;
    m_tiRateLimited = 0;
    m_fwPostsReceived = 0;
    m_fwPutsReceived = 0;
    m_fwDeletesReceived = 0;
    if (m_tenant)
        m_tenant->resetIocCounters();
    for (const char *key : FaultKeys)
        m_faultCounts.insert(QString::fromLatin1(key), 0);
}

void SimServer::setTiRateLimit(int perMinute)
{
    m_tiRateLimit = std::max(0, perMinute);
    m_tiWindow.clear();
    if (m_tiRateLimit > 0)
        qCInfo(lcSim, "threat-intelligence rate limit: %d requests a minute", m_tiRateLimit);
}

int SimServer::tiRateLimit() const
{
    return m_tiRateLimit;
}

qint64 SimServer::iocPostsReceived() const
{
    return m_iocPostsReceived;
}

qint64 SimServer::tiRateLimited() const
{
    return m_tiRateLimited;
}

qint64 SimServer::firewallPostsReceived() const
{
    return m_fwPostsReceived;
}

qint64 SimServer::firewallPutsReceived() const
{
    return m_fwPutsReceived;
}

qint64 SimServer::firewallDeletesReceived() const
{
    return m_fwDeletesReceived;
}

int SimServer::firewallRuleCount() const
{
    return m_tenant->firewallRuleCount();
}

void SimServer::setFirewallMaxEntries(int maxEntries)
{
    m_tenant->setFirewallMaxEntries(maxEntries);
}

int SimServer::firewallMaxEntries() const
{
    return m_tenant->firewallMaxEntries();
}

bool SimServer::setFeed(const QString &fileName, const QByteArray &content)
{
    return m_feeds->setContent(fileName, content, QDateTime::currentDateTimeUtc());
}

bool SimServer::removeFeed(const QString &fileName)
{
    return m_feeds->remove(fileName);
}

QByteArray SimServer::feedETag(const QString &fileName) const
{
    const SimFeeds::Feed *feed = m_feeds->find(fileName);
    return feed ? feed->etag : QByteArray();
}

QUrl SimServer::feedUrl(const QString &fileName) const
{
    QUrl url = baseUrl();
    url.setPath(u"/__sim/feeds/"_s + fileName);
    return url;
}

std::optional<SimServer::Answer> SimServer::rateLimit(const QString &templ)
{
    if (m_tiRateLimit <= 0 || !templ.startsWith(V21Prefix + u"threat-intelligence/"_s))
        return std::nullopt;
    constexpr qint64 WindowMs = 60 * 1000;
    const qint64 now = m_tiClock.elapsed();
    while (!m_tiWindow.empty() && m_tiWindow.front() <= now - WindowMs)
        m_tiWindow.pop_front();
    if (qsizetype(m_tiWindow.size()) < m_tiRateLimit) {
        m_tiWindow.push_back(now);
        return std::nullopt;
    }
    ++m_tiRateLimited;
    // Seconds until the oldest request in the window leaves it (at least 1).
    const qint64 waitMs = m_tiWindow.front() + WindowMs - now;
    Answer a = Answer::json(SimTenant::errorReply(429, 4290010, u"Too Many Requests"_s,
        u"Rate limit exceeded: at most %1 threat-intelligence requests a minute"_s.arg(m_tiRateLimit)));
    a.headers.append({"Retry-After", QByteArray::number(std::max<qint64>(1, (waitMs + 999) / 1000))});
    return a;
}

SimTenant &SimServer::tenant()
{
    return *m_tenant;
}

OpenCtiSim &SimServer::openCti()
{
    return *m_openCti;
}

SimTaxii &SimServer::taxii()
{
    return *m_taxii;
}

QUrl SimServer::taxiiUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/taxii2/"_s);
    return url;
}

const SimOptions &SimServer::options() const
{
    return m_options;
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (path == u"/__sim" || path.startsWith(u"/__sim/")) {
        deliver(request, socket, handleControl(request, path), 0);
    } else if (path == GraphQlPath || path == u"/graphql/") {
        Answer answer = handleGraphQl(request);
        qCDebug(lcSim, "%s %s -> %d%s", methodName(request.method()).constData(), qUtf8Printable(path),
            answer.status, faultNote(answer));
        deliver(request, socket, std::move(answer), m_faults.delayMs);
    } else if (path.startsWith(ApiPrefix)) {
        Answer answer = handleApi(request, path);
        qCDebug(lcSim, "%s %s -> %d%s", methodName(request.method()).constData(), qUtf8Printable(path),
            answer.status, faultNote(answer));
        deliver(request, socket, std::move(answer), m_faults.delayMs);
    } else if (path == u"/taxii2" || path.startsWith(u"/taxii2/")) {
        ++m_requests[QString::fromLatin1(methodName(request.method())) + u" /taxii2"_s];
        const SimTaxii::Reply reply
            = m_taxii->handle(path, request.query(), headerValue(request, "authorization"), baseUrl());
        deliver(request, socket, Answer {reply.status, reply.contentType, reply.body, reply.headers}, 0);
    } else {
        deliver(request, socket, Answer::html(loginPageHtml()), 0);
    }
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    deliver(request, socket,
        Answer::json(SimTenant::errorReply(404, 4040010, u"Not Found"_s, u"No handler for this request"_s)),
        0);
}

SimServer::Fault SimServer::drawFault()
{
    // Independent draws (only for faults that are on); the first that fires wins.
    const auto roll = [this](double p) { return p > 0.0 && m_faultRng.generateDouble() < p; };
    const bool drop = roll(m_faults.rateDrop);
    const bool tooMany = roll(m_faults.rate429);
    const bool serverError = roll(m_faults.rate5xx);
    const bool html = roll(m_faults.rateHtml);
    const bool truncate = roll(m_faults.rateTruncate);
    const bool lost = roll(m_faults.rateLost);
    if (drop)
        return Fault::Drop;
    if (tooMany)
        return Fault::TooManyRequests;
    if (serverError)
        return Fault::ServerError;
    if (html)
        return Fault::Html;
    if (lost)
        return Fault::Lost;
    if (truncate)
        return Fault::Truncate;
    return Fault::None;
}

SimServer::Answer SimServer::handleApi(const QHttpServerRequest &request, const QString &path)
{
    const ApiRouteMatch route = matchApiRoute(path);
    ++m_requests[QString::fromLatin1(methodName(request.method())) + u' ' + route.templ];
    if (request.method() == QHttpServerRequest::Method::Post
        && route.templ == V21Prefix + u"threat-intelligence/iocs"_s)
        ++m_iocPostsReceived;
    if (route.templ.startsWith(V21Prefix + u"firewall-control"_s)) {
        // The rule writes (not the other firewall endpoints: enable, reorder, protocols).
        const bool collection = route.templ == V21Prefix + u"firewall-control"_s;
        const bool rule = route.templ == V21Prefix + u"firewall-control/{id}"_s;
        switch (request.method()) {
        case QHttpServerRequest::Method::Post:
            m_fwPostsReceived += collection ? 1 : 0;
            break;
        case QHttpServerRequest::Method::Put:
            m_fwPutsReceived += rule ? 1 : 0;
            break;
        case QHttpServerRequest::Method::Delete:
            m_fwDeletesReceived += collection ? 1 : 0;
            break;
        default:
            break;
        }
    }
    // The rate limit stands in front of everything (a request it refuses is not processed).
    if (auto limited = rateLimit(route.templ))
        return std::move(*limited);

    const Fault fault = drawFault();
    if (auto faulted = faultAnswer(fault, false))
        return std::move(*faulted);

    // Authentication: "Authorization: ApiToken <token>", scheme compared case-insensitively.
    const QByteArray authorization = headerValue(request, "authorization");
    std::optional<SimCaller> caller;
    QString authDetail = u"Missing Authorization header (expected \"ApiToken <token>\")"_s;
    if (!authorization.isEmpty()) {
        authDetail = u"Invalid API token"_s;
        const qsizetype space = authorization.indexOf(' ');
        const QByteArray scheme = space > 0 ? authorization.left(space) : authorization;
        const QString value
            = space > 0 ? QString::fromUtf8(authorization.mid(space + 1).trimmed()) : QString();
        if (scheme.compare("ApiToken", Qt::CaseInsensitive) != 0)
            authDetail = u"Unsupported authorization scheme (expected \"ApiToken <token>\")"_s;
        else if (!value.isEmpty() && value == m_token)
            caller = SimCaller {};
        else if (!value.isEmpty() && !m_options.scopedToken.isEmpty() && value == m_options.scopedToken)
            caller = SimCaller {0};
        else if (!value.isEmpty() && !m_options.multiScopeToken.isEmpty()
            && value == m_options.multiScopeToken)
            caller = SimCaller {-1, true};
    }
    // endless-pages: a cursor of ours asks for the first page again.
    QUrlQuery query = request.query();
    QString endlessCursor;
    if (m_faults.endlessPages != FaultSpec::EndlessPages::Off
        && query.queryItemValue(u"cursor"_s).startsWith(SimEndless::cursorPrefix())) {
        endlessCursor = query.queryItemValue(u"cursor"_s);
        query.removeAllQueryItems(u"cursor"_s);
    }
    Answer answer = caller
        ? routeApi(request, path, route, *caller, query)
        : Answer::json(SimTenant::errorReply(401, 4010010, u"Authentication Failed"_s, authDetail));
    markFault(fault, &answer);
    markEndless(endlessCursor, &answer);
    if (m_capture && answer.mode == Answer::Mode::Normal && path.startsWith(V21Prefix))
        m_capture->record(methodName(request.method()), path, route.templ, request.query(), request.body(),
            answer.status, answer.body);
    return answer;
}

std::optional<SimServer::Answer> SimServer::faultAnswer(Fault fault, bool graphQl)
{
    switch (fault) {
    case Fault::Drop:
        ++m_faultCounts[u"drop"_s];
        return Answer {0, {}, {}, {}, Answer::Mode::Drop};
    case Fault::TooManyRequests: {
        ++m_faultCounts[u"429"_s];
        // OpenCTI's rate limiter answers plain text; the console answers its error envelope.
        Answer a = graphQl
            ? Answer::raw(429, "text/plain; charset=utf-8", "Too many requests, please try again later.")
            : Answer::json(SimTenant::errorReply(
                429, 4290010, u"Too Many Requests"_s, u"Rate limit exceeded, please retry later"_s));
        if (m_faults.retryAfterSeconds >= 0)
            a.headers.append({"Retry-After", QByteArray::number(m_faults.retryAfterSeconds)});
        return a;
    }
    case Fault::ServerError: {
        ++m_faultCounts[u"5xx"_s];
        const double r = m_faultRng.generateDouble();
        if (graphQl) {
            if (r < 0.6)
                return Answer::raw(503, "text/html",
                    "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>\n");
            if (r < 0.8)
                return Answer::raw(500, "application/json",
                    OpenCtiSim::errorBody(u"An unexpected error occurred"_s, u"INTERNAL_SERVER_ERROR"_s));
            return Answer::raw(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>\n");
        }
        if (r < 0.6)
            return Answer::json(SimTenant::errorReply(
                503, 5030010, u"Service Unavailable"_s, u"The service is temporarily unavailable"_s));
        if (r < 0.8)
            return Answer::json(SimTenant::errorReply(
                500, 5000010, u"Internal Server Error"_s, u"An unexpected error occurred"_s));
        return Answer::json(SimTenant::errorReply(502, 5020010, u"Bad Gateway"_s, u"Upstream error"_s));
    }
    case Fault::Html:
        ++m_faultCounts[u"html"_s];
        return Answer::html(proxyPageHtml());
    case Fault::Truncate:
    case Fault::Lost:
    case Fault::None:
        break;
    }
    return std::nullopt;
}

void SimServer::markFault(Fault fault, Answer *answer)
{
    if (fault == Fault::Truncate) {
        ++m_faultCounts[u"truncate"_s];
        answer->mode = Answer::Mode::Truncate;
    } else if (fault == Fault::Lost) {
        ++m_faultCounts[u"lost"_s];
        answer->mode = Answer::Mode::Lost;
    }
}

SimServer::Answer SimServer::handleGraphQl(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    const bool post = request.method() == Method::Post;
    // Parsed before the fault draw only to name the operation in the stats; executed after it,
    // so a faulted request changes nothing.
    OpenCtiSim::Request parsed;
    QString key = QString::fromLatin1(methodName(request.method())) + u' ' + GraphQlPath;
    if (post) {
        parsed = OpenCtiSim::parseRequest(request.body());
        const QString label = parsed.label();
        if (!label.isEmpty())
            key += u' ' + label;
    }
    ++m_requests[key];

    // html-nth: one web page (or html-times of them) at a known place among the requests.
    const qint64 nth = ++m_graphQlSinceFaults;
    if (m_faults.htmlNth > 0 && nth >= m_faults.htmlNth
        && nth < qint64(m_faults.htmlNth) + m_faults.htmlTimes)
        return *faultAnswer(Fault::Html, true);
    const Fault fault = drawFault();
    if (auto faulted = faultAnswer(fault, true))
        return std::move(*faulted);

    Answer answer;
    if (post) {
        const SimReply reply = m_openCti->execute(parsed, headerValue(request, "authorization"));
        answer = Answer::json(reply);
    } else if (request.method() == Method::Get && headerValue(request, "accept").contains("text/html")) {
        answer = Answer::html(playgroundPageHtml());
    } else {
        answer = Answer::raw(405, "application/json",
            OpenCtiSim::errorBody(u"%1 is not supported on /graphql: send the query with POST"_s.arg(
                                      QString::fromLatin1(methodName(request.method()))),
                u"METHOD_NOT_ALLOWED"_s));
        answer.headers.append({QByteArray("Allow"), QByteArray("POST")});
    }
    markFault(fault, &answer);
    return answer;
}

void SimServer::markEndless(const QString &cursor, Answer *answer)
{
    if (answer->mode != Answer::Mode::Normal)
        return;
    if (m_faults.endlessBody) {
        answer->mode = Answer::Mode::Endless;
        return;
    }
    if (m_faults.trickleMs > 0) {
        answer->mode = Answer::Mode::Trickle;
        answer->intervalMs = m_faults.trickleMs;
    }
    if (m_faults.endlessPages == FaultSpec::EndlessPages::Off || answer->status != 200)
        return;
    const bool repeat = m_faults.endlessPages == FaultSpec::EndlessPages::Repeat;
    answer->body = SimEndless::withNextCursor(answer->body,
        repeat && !cursor.isEmpty() ? cursor
                                    : SimEndless::cursorPrefix() + QString::number(++m_endlessPages));
}

SimServer::Answer SimServer::routeApi(const QHttpServerRequest &request, const QString &path,
    const ApiRouteMatch &route, const SimCaller &caller, const QUrlQuery &query)
{
    if (!route.isEndpoint())
        return Answer::json(SimTenant::errorReply(
            404, 4040010, u"Not Found"_s, u"No API endpoint at %1"_s.arg(path.left(300))));
    if (route.routes.first()->license == ApiRoute::License::FirewallControl && !m_options.firewallLicensed)
        return Answer::json(SimTenant::errorReply(
            404, 4040010, u"Not Found"_s, u"Firewall Control is not available for this account"_s));
    const ApiRoute *endpoint = route.route(request.method());
    if (!endpoint)
        return Answer::json(SimTenant::errorReply(405, 4050010, u"Method Not Allowed"_s,
            u"%1 is not supported on %2"_s.arg(
                QString::fromLatin1(methodName(request.method())), route.templ)));
    // The query first, as the console does: a parameter the endpoint does not declare, or a value
    // outside its type or limits, is a 400 whatever else the request says.
    if (auto refused = checkQuery(*endpoint->querySpec, query,
            QString::fromLatin1(methodName(request.method())) + u' ' + route.templ))
        return Answer::json(*refused);
    const QByteArray body = request.body();
    return Answer::json(endpoint->handler(ApiCall {*m_tenant, caller, query, body, route.params}));
}

SimServer::Answer SimServer::handleControl(const QHttpServerRequest &request, const QString &path)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    if (path == u"/__sim/stats" && method == Method::Get)
        return Answer::json(200, stats());
    if (path == u"/__sim/stats/reset" && method == Method::Post) {
        resetStats();
        return Answer::json(200, stats());
    }
    if (path == u"/__sim/faults" && method == Method::Get)
        return Answer::json(200, QJsonObject {{u"spec"_s, m_faults.toString()}});
    if (path == u"/__sim/faults" && method == Method::Post) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
        const QJsonValue spec = doc.object().value(u"spec"_s);
        if (parseError.error != QJsonParseError::NoError || !spec.isString())
            return Answer::json(SimTenant::errorReply(400, 4000010, u"Validation Error"_s,
                u"expected a body {\"spec\":\"429=0.5,retry-after=1\"}"_s));
        QString error;
        const auto faults = FaultSpec::parse(spec.toString(), &error);
        if (!faults)
            return Answer::json(SimTenant::errorReply(400, 4000010, u"Validation Error"_s, error));
        setFaults(*faults);
        return Answer::json(200, QJsonObject {{u"spec"_s, m_faults.toString()}});
    }
    if (path == u"/__sim/opencti/objects" && method == Method::Get) {
        const QUrlQuery query = request.query();
        const QString meta = query.queryItemValue(u"meta"_s);
        const QJsonArray objects = m_openCti->store().objectsJson(
            query.queryItemValue(u"type"_s), meta == u"true" || meta == u"1");
        return Answer::raw(200, "application/json", QJsonDocument(objects).toJson(QJsonDocument::Compact));
    }
    if (path == u"/__sim/opencti/works" && method == Method::Get)
        return Answer::raw(200, "application/json",
            QJsonDocument(m_openCti->store().worksJson()).toJson(QJsonDocument::Compact));
    if (path == u"/__sim/feeds" && method == Method::Get) {
        QJsonArray names;
        for (const QString &name : m_feeds->names())
            names.append(name);
        return Answer::json(200, QJsonObject {{u"feeds"_s, names}});
    }
    if (path.startsWith(u"/__sim/feeds/"))
        return handleFeed(request, path.mid(13));
    if (path == u"/__sim/ti-rate-limit" && method == Method::Get)
        return Answer::json(200, QJsonObject {{u"perMinute"_s, m_tiRateLimit}});
    if (path == u"/__sim/ti-rate-limit" && method == Method::Post) {
        const QJsonValue perMinute = QJsonDocument::fromJson(request.body()).object().value(u"perMinute"_s);
        if (!perMinute.isDouble() || perMinute.toDouble() < 0 || perMinute.toDouble() > 1e6
            || perMinute.toDouble() != double(perMinute.toInt()))
            return Answer::json(SimTenant::errorReply(400, 4000010, u"Validation Error"_s,
                u"expected a body {\"perMinute\":N} with N an integer from 0 (off) to 1000000"_s));
        setTiRateLimit(perMinute.toInt());
        return Answer::json(200, QJsonObject {{u"perMinute"_s, m_tiRateLimit}});
    }
    if (path == u"/__sim/opencti/reset" && method == Method::Post) {
        m_openCti->reset();
        return Answer::json(200, QJsonObject {{u"reset"_s, true}});
    }
    return Answer::json(SimTenant::errorReply(404, 4040010, u"Not Found"_s,
        u"Simulator control endpoints: GET /__sim/stats, POST /__sim/stats/reset, "
        "GET|POST /__sim/faults, GET /__sim/opencti/objects, GET /__sim/opencti/works, "
        "POST /__sim/opencti/reset, GET /__sim/feeds, GET|PUT|DELETE /__sim/feeds/<name>.txt|.csv|.json, "
        "GET|POST /__sim/ti-rate-limit"_s));
}

SimServer::Answer SimServer::handleFeed(const QHttpServerRequest &request, const QString &fileName)
{
    using Method = QHttpServerRequest::Method;
    const auto notFound = [&]() {
        return Answer::json(SimTenant::errorReply(404, 4040010, u"Not Found"_s,
            u"No feed \"%1\"; the feeds: %2"_s.arg(fileName.left(100), m_feeds->names().join(u", "_s))));
    };
    switch (request.method()) {
    case Method::Put:
        if (!SimFeeds::isValidName(fileName))
            return Answer::json(SimTenant::errorReply(400, 4000010, u"Validation Error"_s,
                u"a feed is named <name>.txt, <name>.csv or <name>.json (letters, digits, '-', '_', '.')"_s));
        setFeed(fileName, request.body());
        return Answer::json(
            200, QJsonObject {{u"feed"_s, fileName}, {u"etag"_s, QString::fromLatin1(feedETag(fileName))}});
    case Method::Delete:
        return removeFeed(fileName) ? Answer::json(200, QJsonObject {{u"removed"_s, fileName}}) : notFound();
    case Method::Get:
        break;
    default:
        return Answer::json(
            SimTenant::errorReply(405, 4050010, u"Method Not Allowed"_s, u"feeds take GET, PUT or DELETE"_s));
    }
    const SimFeeds::Feed *feed = m_feeds->find(fileName);
    if (!feed)
        return notFound();
    Answer answer = feedNotModified(*feed, headerValue(request, "if-none-match"),
                        headerValue(request, "if-modified-since"))
        ? Answer::raw(304, feed->contentType, {})
        : Answer::raw(200, feed->contentType, feed->content);
    answer.headers.append({QByteArray("ETag"), feed->etag});
    answer.headers.append({QByteArray("Last-Modified"), httpDate(feed->lastModified)});
    answer.headers.append({QByteArray("Cache-Control"), QByteArray("no-cache")});
    return answer;
}

void SimServer::deliver(const QHttpServerRequest &request, QTcpSocket *socket, Answer answer, int delayMs)
{
    if (delayMs > 0) {
        // Never sleep: the client may live in this thread. The socket may be gone when the timer fires.
        QTimer::singleShot(
            delayMs, this, [guard = QPointer<QTcpSocket>(socket), answer = std::move(answer)]() {
                if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
                    qCDebug(lcSim, "client went away before its delayed answer");
                    return;
                }
                if (answer.mode == Answer::Mode::Normal)
                    guard->write(rawResponse(answer, answer.body));
                else
                    deliverFault(guard, answer);
            });
        return;
    }

    if (answer.mode != Answer::Mode::Normal) {
        deliverFault(socket, answer);
        return;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    responder.writeHeader("Content-Type", answer.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    for (const auto &header : std::as_const(answer.headers))
        responder.writeHeader(header.first, header.second);
    responder.writeBody(answer.body);
}

void SimServer::deliverFault(QTcpSocket *socket, const Answer &answer)
{
    switch (answer.mode) {
    case Answer::Mode::Drop:
        socket->abort();
        break;
    case Answer::Mode::Lost:
        // Processed, and not a byte of the answer: the client sees the connection closed.
        socket->disconnectFromHost();
        break;
    case Answer::Mode::Truncate:
        // Always the same bytes: the headers with the full Content-Length, then the first half of
        // the body (nothing of a one-byte body), then the connection closes. A client can always
        // tell by comparing Content-Length with what it received.
        socket->write(rawResponse(answer, answer.body.left(answer.body.size() / 2)));
        socket->disconnectFromHost();
        break;
    case Answer::Mode::Trickle:
        SimEndless::trickle(socket, rawResponse(answer, {}), answer.body, answer.intervalMs);
        break;
    case Answer::Mode::Endless:
        SimEndless::endlessBody(socket);
        break;
    case Answer::Mode::Normal:
        break;
    }
}

} // namespace s1sim
