// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiCall.h"

#include "S1Version.h"
#include "ServiceDialect.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcNet, "s1bridge.net", QtInfoMsg)

namespace net {

namespace {
// What Qt may hold for an answer before this call reads it (see sendAttempt).
constexpr qint64 kReadBufferBytes = 1024 * 1024;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == QLatin1String("http") ? 80 : 443)
        == b.port(b.scheme() == QLatin1String("http") ? 80 : 443);
}

// "AB:CD:..." or "abcd..." -> "abcd...": people paste what openssl or a browser shows.
QByteArray normalizedDigest(const QByteArray &hex)
{
    QByteArray out;
    out.reserve(hex.size());
    for (const char c : hex) {
        if (c != ':' && c != ' ')
            out += char(QChar::toLower(uint(uchar(c))));
    }
    return out;
}

// The body of a request that must not be sent twice. Qt's HTTP layer silently sends a request again
// when the connection closes before any answer (meant for stale keep-alive connections); it does
// so only when it can rewind the body. This body cannot be rewound, so Qt reports
// ContentReSendError instead, and the job decides what to do with an outcome it does not know.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return -1;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// What is wrong with the server's certificate, the most telling first: an expired certificate is
// often also of an unknown issuer, and the date is what the administrator must fix.
ApiError::TlsProblem tlsProblemOf(const QList<QSslError> &errors)
{
    using P = ApiError::TlsProblem;
    P found = P::None;
    const auto rank = [](P p) {
        switch (p) {
        case P::Expired:
            return 4;
        case P::NotYetValid:
            return 3;
        case P::WrongHost:
            return 2;
        case P::Untrusted:
            return 1;
        default:
            return 0;
        }
    };
    for (const QSslError &error : errors) {
        P p = P::Untrusted;
        switch (error.error()) {
        case QSslError::CertificateExpired:
            p = P::Expired;
            break;
        case QSslError::CertificateNotYetValid:
            p = P::NotYetValid;
            break;
        case QSslError::HostNameMismatch:
            p = P::WrongHost;
            break;
        default:
            break;
        }
        if (rank(p) > rank(found))
            found = p;
    }
    return found;
}

// Transport errors that happen before the request left this machine: repeating it is safe.
bool surelyNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}
} // namespace

bool ApiRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method != "POST" && method != "PATCH";
}

ApiCall::ApiCall(QNetworkAccessManager *nam, const ApiEndpoint &endpoint, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(endpoint)
    , m_request(std::move(request))
    , m_policy(
          endpoint.transport.maxAttempts, endpoint.transport.backoffBaseMs, endpoint.transport.backoffMaxMs)
    , m_timeout(new QTimer(this))
    , m_deadline(new QTimer(this))
    , m_backoff(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(
        Qt::PreciseTimer); // a coarse one may fire 5 % early; the message names the figure
    m_backoff->setSingleShot(true);
    auto stopWith = [this](Stop why) {
        if (m_reply) {
            m_stop = why;
            m_reply->abort();
        }
    };
    connect(m_timeout, &QTimer::timeout, this, [stopWith] { stopWith(Stop::Idle); });
    connect(m_deadline, &QTimer::timeout, this, [stopWith] { stopWith(Stop::Deadline); });
    connect(m_backoff, &QTimer::timeout, this, [this] { start(); });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QJsonValue ApiCall::data() const
{
    return m_json.object().value(QLatin1String("data"));
}

QByteArray ApiCall::rawHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString ApiCall::what() const
{
    QString text = QString::fromLatin1(m_request.method) + u' ' + m_request.path;
    if (!m_request.operation.isEmpty())
        text += u' ' + m_request.operation;
    return text;
}

ApiError ApiCall::makeError(ApiError::Kind kind, int status, const QString &detail) const
{
    ApiError e;
    e.kind = kind;
    e.dialect = m_endpoint.dialect;
    e.httpStatus = status;
    e.detail = detail;
    e.endpoint = m_request.path;
    e.operation = m_request.operation;
    e.host = m_endpoint.url.host();
    return e;
}

void ApiCall::start()
{
    if (m_finished)
        return;
    if (m_cancelled)
        return finishWith(makeError(ApiError::Kind::Cancelled, 0, {}));
    if (!m_refusal.isEmpty())
        return finishWith(makeError(ApiError::Kind::InvalidConfig, 0, m_refusal));
    if (!m_nam)
        return finishWith(makeError(ApiError::Kind::Network, 0, QStringLiteral("no network access")));
    if (!m_endpoint.url.isValid() || m_endpoint.url.host().isEmpty())
        return finishWith(makeError(ApiError::Kind::InvalidConfig, 0,
            m_endpoint.dialect ? m_endpoint.dialect->notConfigured()
                               : tr("No server address is configured.")));
    QUrl url = m_endpoint.url;
    url.setPath(m_endpoint.url.path() + m_request.path);
    // Encode every value strictly: opaque cursors carry '+', '/' and '=' that a server would misread.
    QByteArray query;
    const auto items = m_request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value, ",:");
    }
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    ++m_attempts;
    sendAttempt(url, 5);
}

void ApiCall::sendAttempt(const QUrl &url, int redirectsLeft)
{
    const QLoggingCategory &log = m_endpoint.dialect ? m_endpoint.dialect->log() : lcNet();
    m_errorJson = {}; // an earlier attempt's error answer is not this one's
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Authorization", m_endpoint.authorization);
    req.setRawHeader(
        "Accept", m_request.accept.isEmpty() ? QByteArray("application/json") : m_request.accept);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("S1Bridge/" S1_VERSION_STRING));
    if (!m_request.body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qCDebug(log).noquote() << m_request.method
                           << url.toDisplayString(QUrl::RemoveUserInfo)
            + (m_request.operation.isEmpty() ? QString() : u' ' + m_request.operation)
                           << "attempt" << m_attempts;
    QNetworkReply *reply = nullptr;
    if (m_request.isIdempotent()) {
        reply = m_nam->sendCustomRequest(req, m_request.method, m_request.body);
    } else {
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body, this);
        reply = m_nam->sendCustomRequest(req, m_request.method, body);
        body->setParent(reply);
    }
    m_reply = reply;
    m_body.clear();
    m_pieces.clear();
    m_bodyBytes = 0;
    m_stop = Stop::None;
    m_pinMismatch.clear();
    m_presentedCertSha256.clear();
    m_tlsProblem = ApiError::TlsProblem::None;
    m_presentedCert = QSslCertificate();
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        m_tlsProblem = tlsProblemOf(errors);
        const QSslCertificate cert = reply->sslConfiguration().peerCertificate();
        if (cert.isNull())
            return;
        m_presentedCert = cert;
        const QByteArray digest = cert.digest(QCryptographicHash::Sha256).toHex();
        m_presentedCertSha256 = digest; // offered to the user, who may choose to pin it
        if (m_endpoint.transport.pinnedCertSha256.isEmpty())
            return;
        if (digest == normalizedDigest(m_endpoint.transport.pinnedCertSha256))
            reply->ignoreSslErrors();
        else
            m_pinMismatch = digest; // named in the error, so the user can compare
    });
    // Bounded memory: Qt's network thread stops reading the socket while this much waits unread
    // here, and an answer that announces a length past the limit is refused before its body.
    // Without a read buffer size that thread reads as fast as the server sends and this thread
    // may see no readyRead at all until the end. Qt starts a request that has a body (and
    // sendCustomRequest always gives one) from the event loop, and a size set before that start
    // never reaches its network thread: set it once the start has run, i.e. from the event loop.
    const qint64 readBuffer = std::min<qint64>(m_endpoint.transport.maxResponseBytes + 1, kReadBufferBytes);
    QMetaObject::invokeMethod(
        reply, [reply, readBuffer] { reply->setReadBufferSize(readBuffer); }, Qt::QueuedConnection);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        bool known = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (reply == m_reply && m_stop == Stop::None && known
            && announced > m_endpoint.transport.maxResponseBytes) {
            m_stop = Stop::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, redirectsLeft] { onReplyFinished(reply, redirectsLeft); });
    connect(reply, &QNetworkReply::downloadProgress, m_timeout,
        [this] { m_timeout->start(m_endpoint.transport.timeoutMs); });
    connect(reply, &QNetworkReply::uploadProgress, m_timeout,
        [this] { m_timeout->start(m_endpoint.transport.timeoutMs); });
    m_timeout->start(m_endpoint.transport.timeoutMs);
    m_deadline->start(std::max(m_endpoint.transport.deadlineMs, m_endpoint.transport.timeoutMs));
}

void ApiCall::onReadyRead(QNetworkReply *reply)
{
    if (reply != m_reply || m_stop != Stop::None)
        return;
    // Never more than one byte past the limit: that byte is enough to know the answer is too large.
    // Read what arrived, not `room`: QIODevice::read(n) allocates n bytes before it reads.
    // Kept in pieces, joined once at the end: one buffer grown as the pieces came would be copied
    // at each doubling, holding twice the answer at once (512 MiB for one stopped at 256 MiB).
    const qint64 room = m_endpoint.transport.maxResponseBytes + 1 - m_bodyBytes;
    QByteArray piece = reply->read(std::clamp<qint64>(reply->bytesAvailable(), 0, std::max<qint64>(room, 0)));
    m_bodyBytes += piece.size();
    if (!piece.isEmpty())
        m_pieces.append(std::move(piece));
    if (m_bodyBytes > m_endpoint.transport.maxResponseBytes) {
        m_stop = Stop::TooLarge;
        m_pieces.clear();
        m_pieces.squeeze();
        m_bodyBytes = 0;
        reply->abort();
    }
}

void ApiCall::onReplyFinished(QNetworkReply *reply, int redirectsLeft)
{
    m_timeout->stop();
    m_deadline->stop();
    reply->deleteLater();
    if (reply != m_reply)
        return;
    if (reply->isOpen())
        onReadyRead(reply); // what is left (aborted replies are closed)
    m_body.clear();
    m_body.reserve(m_bodyBytes);
    for (const QByteArray &piece : std::as_const(m_pieces))
        m_body += piece;
    m_pieces.clear();
    m_bodyBytes = 0;
    m_reply = nullptr;
    m_headers = reply->rawHeaderPairs();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QLoggingCategory &log = m_endpoint.dialect ? m_endpoint.dialect->log() : lcNet();

    if (m_cancelled)
        return finishWith(makeError(ApiError::Kind::Cancelled, 0, {}));

    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        const QUrl target = reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        const bool upgrade = reply->url().scheme() == QLatin1String("http")
            && target.scheme() == QLatin1String("https")
            && reply->url().host().compare(target.host(), Qt::CaseInsensitive) == 0;
        if ((sameOrigin(reply->url(), target) || upgrade) && redirectsLeft > 0) {
            qCDebug(log) << "following redirect within" << target.host();
            return sendAttempt(target, redirectsLeft - 1);
        }
        qCInfo(log).noquote() << "not following redirect from" << reply->url().host() << "to"
                              << target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        return finishWith(makeError(ApiError::Kind::Redirected, status,
            tr("redirected to %1").arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))));
    }

    ApiError error = classify(reply);
    m_body.clear();
    if (!error.isError())
        return finishWith(error);
    if (!m_request.isIdempotent() && error.isTransient()) {
        // Sent again only when the server surely did not act: it said "too many requests" or
        // "unavailable", or the connection never came up.
        const bool notActed = error.kind == ApiError::Kind::RateLimited
            || (error.kind == ApiError::Kind::ServerError && error.httpStatus == 503)
            || (error.kind == ApiError::Kind::Network && surelyNotSent(reply->error()));
        error.outcomeUnknown = !notActed;
    }
    if (m_policy.shouldRetry(error, m_attempts)) {
        const int delay = m_policy.delayMs(m_attempts, reply->rawHeader("Retry-After"));
        qCInfo(log).noquote() << what() << "failed:" << ApiError::kindName(error.kind) << error.httpStatus
                              << "- retry" << (m_attempts + 1) << "of" << m_policy.maxAttempts() << "in"
                              << delay << "ms";
        Q_EMIT retrying(m_attempts, delay, error);
        m_backoff->start(delay);
        return;
    }
    finishWith(error);
}

ApiError ApiCall::classify(QNetworkReply *reply)
{
    using Kind = ApiError::Kind;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const Transport &t = m_endpoint.transport;

    // A bound of the transport ended the attempt: the dialect's sentence names it (ApiError::bound).
    auto bounded = [&](Kind kind, ApiError::Bound bound, qint64 value) {
        ApiError e = makeError(kind, status, {});
        e.bound = bound;
        e.boundValue = value;
        return e;
    };
    switch (m_stop) {
    case Stop::TooLarge:
        return bounded(Kind::TooLarge, ApiError::Bound::SizeLimit, t.maxResponseBytes);
    case Stop::Idle:
        return bounded(Kind::Timeout, ApiError::Bound::IdleTimeout, t.timeoutMs);
    case Stop::Deadline:
        return bounded(Kind::Timeout, ApiError::Bound::Deadline, std::max(t.deadlineMs, t.timeoutMs));
    case Stop::None:
        break;
    }
    if (netError == QNetworkReply::ContentReSendError)
        return makeError(Kind::Network, 0, tr("the connection closed before an answer came"));
    // An answer cut off by a closed connection: the server did answer (a POST may have been carried
    // out) but not all of it arrived. Qt reports RemoteHostClosedError, or sometimes nothing at all:
    // compare with what the server announced. (With Content-Encoding the length is the compressed one.)
    if (status > 0
        && (netError == QNetworkReply::NoError || netError == QNetworkReply::RemoteHostClosedError)) {
        bool haveLength = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&haveLength);
        if (haveLength && announced > m_body.size() && reply->rawHeader("Content-Encoding").isEmpty())
            return makeError(Kind::BadResponse, status,
                tr("the answer was cut off after %1 of %2 bytes").arg(m_body.size()).arg(announced));
        if (netError == QNetworkReply::RemoteHostClosedError)
            return makeError(Kind::BadResponse, status,
                tr("the connection closed in the middle of the answer, after %1 bytes").arg(m_body.size()));
    }
    if (status == 0
        || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        switch (netError) {
        case QNetworkReply::SslHandshakeFailedError: {
            ApiError e = !m_pinMismatch.isEmpty() ? makeError(Kind::TlsFailure, 0,
                             tr("the certificate's SHA-256 fingerprint %1 is not the pinned one; %2")
                                 .arg(QString::fromLatin1(m_pinMismatch), reply->errorString()))
                                                  : makeError(Kind::TlsFailure, 0, reply->errorString());
            e.certificateSha256 = m_presentedCertSha256;
            e.tlsProblem = m_pinMismatch.isEmpty() ? m_tlsProblem : ApiError::TlsProblem::PinMismatch;
            if (!m_presentedCert.isNull()) {
                e.certificateNames = m_presentedCert.subjectAlternativeNames().values();
                if (e.certificateNames.isEmpty())
                    e.certificateNames = m_presentedCert.subjectInfo(QSslCertificate::CommonName);
                e.certificateValidFrom = m_presentedCert.effectiveDate();
                e.certificateValidUntil = m_presentedCert.expiryDate();
            }
            return e;
        }
        case QNetworkReply::TimeoutError:
            return makeError(Kind::Timeout, 0, reply->errorString());
        case QNetworkReply::OperationCanceledError:
            return makeError(m_cancelled ? Kind::Cancelled : Kind::Timeout, 0, reply->errorString());
        default:
            return makeError(Kind::Network, status, reply->errorString());
        }
    }
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    if (!m_endpoint.dialect)
        return status >= 200 && status < 300 ? ApiError() : makeError(Kind::BadRequest, status, {});
    QString detail;
    QJsonDocument json;
    const Kind kind = m_endpoint.dialect->classify(status, contentType, m_body, &json, &detail);
    if (kind == Kind::None) {
        m_json = std::move(json);
        return {};
    }
    if (status >= 400) {
        QJsonParseError parseError {};
        const QJsonDocument errorJson = QJsonDocument::fromJson(m_body, &parseError);
        m_errorJson = parseError.error == QJsonParseError::NoError ? errorJson : QJsonDocument();
    }
    return makeError(kind, status, detail);
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_backoff->stop();
    if (m_reply)
        m_reply->abort(); // finishes through onReplyFinished
    else
        finishWith(makeError(ApiError::Kind::Cancelled, 0, {}));
}

void ApiCall::finishWith(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout->stop();
    m_deadline->stop();
    m_backoff->stop();
    m_error = error.isError() ? error : makeError(ApiError::Kind::None, 0, {}); // says which service and host
    if (error.isError() && error.kind != ApiError::Kind::Cancelled)
        qCInfo(m_endpoint.dialect ? m_endpoint.dialect->log() : lcNet()).noquote()
            << what() << "failed after" << m_attempts << "attempt(s):" << ApiError::kindName(error.kind)
            << error.httpStatus << error.detail << (error.outcomeUnknown ? "(outcome unknown)" : "");
    Q_EMIT finished();
}

} // namespace net
