// SPDX-License-Identifier: GPL-3.0-or-later
// The bounds of one request (net::ApiCall with net::Transport) against a raw HTTP server in the
// test, which misbehaves on purpose: an answer past the size limit (streamed, or announced by its
// Content-Length), a body that trickles in one byte at a time (the idle timeout never fires, the
// total deadline does), a body cut short, and a connection closed after the request without any
// answer (a POST must reach the server once, a GET is retried).
#include "config/Translations.h"
#include "net/ApiCall.h"
#include "s1/S1Dialect.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using net::ApiError;

namespace {

// An HTTP/1.1 server that reads each request whole, counts it, then answers as the test says. It
// runs in a thread of its own, as a remote server would: in the test's thread it would compete with
// the client for the event loop and the client's reading would look slower than it is.
class RawServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Huge, // 200, then `total` body bytes, in chunks (chunked encoding, or Content-Length: announced)
        Trickle, // 200 with Content-Length: 100, then one byte every `intervalMs`
        Truncated, // 200 with Content-Length: 1000, 100 bytes, then close
        CloseUnanswered, // close the connection as soon as the request was read
    };

    Mode mode = Mode::CloseUnanswered;
    qint64 announced = -1; // Huge: the Content-Length sent; -1: chunked, no length
    qint64 total = 0; // Huge: body bytes to send
    int chunkBytes = 64 * 1024;
    int intervalMs = 0; // Huge: pause between chunks (0: as fast as the socket takes them); Trickle: per byte

    // Read from the test's thread while the server runs.
    std::atomic<qint64> bodyBytesWritten = 0; // Huge and Trickle: body bytes the socket handed to the system
    std::atomic<int> disconnects = 0;
    QStringList requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests; // "GET /path", in arrival order
    }

    // Set the fields first: they are not to change once it runs.
    quint16 start()
    {
        m_thread.start();
        moveToThread(&m_thread);
        quint16 port = 0;
        QMetaObject::invokeMethod(
            this,
            [this, &port] {
                m_server = new QTcpServer(this);
                connect(m_server, &QTcpServer::newConnection, this, [this] {
                    while (QTcpSocket *socket = m_server->nextPendingConnection())
                        accept(socket);
                });
                port = m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
            },
            Qt::BlockingQueuedConnection);
        return port;
    }

    ~RawServer() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                qDeleteAll(findChildren<QObject *>(
                    Qt::FindDirectChildrenOnly)); // sockets and the server, in their thread
                moveToThread(m_thread.thread());
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    void accept(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            ++disconnects;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qint64 length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return; // the body is still coming
            const QList<QByteArray> words = buffer->left(buffer->indexOf("\r\n")).split(' ');
            {
                QMutexLocker lock(&m_mutex);
                m_requests << QString::fromLatin1(words.value(0) + ' ' + words.value(1));
            }
            buffer->remove(0, end + 4 + length);
            answer(socket);
        });
    }

    void answer(QTcpSocket *socket)
    {
        switch (mode) {
        case Mode::CloseUnanswered:
            socket->close();
            return;
        case Mode::Truncated:
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
            socket->write("{\"data\":[" + QByteArray(91, ' '));
            socket->disconnectFromHost(); // after what was written
            return;
        case Mode::Trickle: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket] {
                if (socket->state() == QAbstractSocket::ConnectedState && socket->write(" ") == 1)
                    ++bodyBytesWritten;
            });
            timer->start(intervalMs);
            return;
        }
        case Mode::Huge:
            break;
        }
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        head += announced >= 0 ? "Content-Length: " + QByteArray::number(announced) + "\r\n\r\n"
                               : QByteArray("Transfer-Encoding: chunked\r\n\r\n");
        socket->write(head);
        const qint64 headBytes = head.size();
        auto queued = std::make_shared<qint64>(0); // body bytes queued in the socket so far
        auto flushed = std::make_shared<qint64>(-headBytes);
        connect(socket, &QTcpSocket::bytesWritten, this, [this, flushed](qint64 n) {
            const qint64 before = std::max<qint64>(*flushed, 0);
            *flushed += n;
            bodyBytesWritten
                += std::max<qint64>(*flushed, 0) - before; // framing counted as body: close enough
        });
        auto pump = std::make_shared<std::function<void()>>();
        *pump = [this, socket, queued, pump] {
            if (socket->state() != QAbstractSocket::ConnectedState || *queued >= total)
                return;
            if (intervalMs > 0)
                QTimer::singleShot(intervalMs, socket, [pump] { (*pump)(); });
            // Keep at most one chunk waiting in the socket: what is written is what the client took.
            if (socket->bytesToWrite() > 0)
                return;
            const int n = int(std::min<qint64>(chunkBytes, total - *queued));
            const QByteArray chunk(n, 'x');
            socket->write(announced >= 0 ? chunk : QByteArray::number(n, 16) + "\r\n" + chunk + "\r\n");
            *queued += n;
            if (announced < 0 && *queued >= total)
                socket->write("0\r\n\r\n");
        };
        // The pump holds itself (its timer re-arms it); the socket's end breaks that cycle, or every
        // answer leaked it (LeakSanitizer, scripts/test --sanitize).
        connect(socket, &QObject::destroyed, this, [pump] { *pump = nullptr; });
        if (intervalMs == 0)
            connect(socket, &QTcpSocket::bytesWritten, socket, [pump] { (*pump)(); });
        (*pump)();
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    mutable QMutex m_mutex;
    QStringList m_requests;
};

} // namespace

class TestNetBounds : public QObject
{
    Q_OBJECT

    std::unique_ptr<RawServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    net::ApiEndpoint m_endpoint;

    // A server to set up; it starts listening with the first call.
    void startServer()
    {
        m_server = std::make_unique<RawServer>();
        m_nam = std::make_unique<QNetworkAccessManager>(); // no connection kept from an earlier test
        m_endpoint = net::ApiEndpoint();
        m_endpoint.dialect = s1::S1Dialect::instance();
        m_endpoint.authorization = "ApiToken test-token";
        m_endpoint.transport.timeoutMs = 10000;
        m_endpoint.transport.maxAttempts = 1;
        m_endpoint.transport.backoffBaseMs = 20;
        m_endpoint.transport.backoffMaxMs = 40;
    }

    // Runs one call to the end; the error it ended with.
    ApiError run(const QByteArray &method = "GET", const QByteArray &body = {}, int *attempts = nullptr,
        int waitMs = 30000)
    {
        if (m_endpoint.url.isEmpty()) {
            const quint16 port = m_server->start();
            if (port == 0)
                qWarning("the test server could not listen");
            m_endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        }
        net::ApiRequest request;
        request.method = method;
        request.path = QStringLiteral("/web/api/v2.1/threats");
        request.body = body;
        net::ApiCall call(m_nam.get(), m_endpoint, request);
        QSignalSpy finished(&call, &net::ApiCall::finished);
        call.start();
        if (!call.isFinished() && !finished.wait(waitMs))
            qWarning("the call did not finish within %d ms", waitMs);
        if (attempts)
            *attempts = call.attempts();
        ApiError error = call.error();
        if (!call.isFinished())
            error.kind = ApiError::Kind::None; // makes the caller's checks fail
        return error;
    }

    // Waits until the server saw the client hang up (so the byte count is final).
    void waitForHangUp(int connections)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_server->disconnects >= connections, 10000);
        QTest::qWait(50); // a last bytesWritten
    }

private Q_SLOTS:
    void initTestCase() { config::installTranslations(QLocale(QLocale::English)); }

    // 1 GiB streamed without a length, 1 MiB allowed: the call stops reading right after the limit,
    // says so in a sentence naming the limit and the host, and does not ask again.
    void streamedAnswerPastTheSizeLimit()
    {
        startServer();
        m_server->mode = RawServer::Mode::Huge;
        m_server->total = 1024LL * 1024 * 1024;
        m_endpoint.transport.maxResponseBytes = 1024 * 1024;
        m_endpoint.transport.maxAttempts = 5;
        int attempts = 0;
        const ApiError error = run("GET", {}, &attempts);
        QCOMPARE(error.kind, ApiError::Kind::TooLarge);
        QCOMPARE(attempts, 1);
        waitForHangUp(1);
        QCOMPARE(m_server->requests(), QStringList {QStringLiteral("GET /web/api/v2.1/threats")});
        qInfo("body bytes the server could hand over before the client hung up: %lld of %lld",
            m_server->bodyBytesWritten.load(), m_server->total);
        QVERIFY2(m_server->bodyBytesWritten > m_endpoint.transport.maxResponseBytes,
            "the answer really passed the limit");
        QVERIFY2(m_server->bodyBytesWritten < 16 * 1024 * 1024,
            qPrintable(QString::number(m_server->bodyBytesWritten.load())));
        const QString message = error.userMessage();
        QVERIFY2(message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("size limit of 1 MiB")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("check that the console URL")), qPrintable(message));
        QCOMPARE(error.bound, ApiError::Bound::SizeLimit);
        QCOMPARE(error.boundValue, m_endpoint.transport.maxResponseBytes);
    }

    // A Content-Length of 2 GiB with the body streamed slowly: refused on the headers, before the body;
    // reading up to the limit first would take the server more than a second.
    void announcedAnswerPastTheSizeLimit()
    {
        startServer();
        m_server->mode = RawServer::Mode::Huge;
        m_server->announced = 2048LL * 1024 * 1024;
        m_server->total = m_server->announced;
        m_server->chunkBytes = 16 * 1024;
        m_server->intervalMs = 20; // 1 MiB in 1.3 s
        m_endpoint.transport.maxResponseBytes = 1024 * 1024;
        m_endpoint.transport.maxAttempts = 5;
        QElapsedTimer timer;
        timer.start();
        int attempts = 0;
        const ApiError error = run("GET", {}, &attempts);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(error.kind, ApiError::Kind::TooLarge);
        QCOMPARE(attempts, 1);
        waitForHangUp(1);
        QCOMPARE(m_server->requests().size(), 1);
        qInfo("refused after %lld ms, %lld body bytes of %lld sent", elapsed,
            m_server->bodyBytesWritten.load(), m_server->announced);
        QVERIFY2(m_server->bodyBytesWritten < 512 * 1024,
            qPrintable(QString::number(m_server->bodyBytesWritten.load())));
        QVERIFY2(error.userMessage().contains(QLatin1String("size limit of 1 MiB")),
            qPrintable(error.userMessage()));
    }

    // One byte every 200 ms: the idle timeout (1 s) never fires; the deadline (1.5 s) ends the call,
    // after about 1.5 s with one attempt, and the sentence says the answer did not complete in time.
    void tricklingAnswerEndsAtTheDeadline()
    {
        startServer();
        m_server->mode = RawServer::Mode::Trickle;
        m_server->intervalMs = 200;
        m_endpoint.transport.timeoutMs = 1000;
        m_endpoint.transport.deadlineMs = 1500;
        QElapsedTimer timer;
        timer.start();
        const ApiError error = run();
        const qint64 elapsed = timer.elapsed();
        qInfo("ended after %lld ms, %lld body bytes received", elapsed, m_server->bodyBytesWritten.load());
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QCOMPARE(error.bound, ApiError::Bound::Deadline);
        QVERIFY2(elapsed >= 1495 && elapsed < 2500, qPrintable(QString::number(elapsed)));
        QVERIFY(m_server->bodyBytesWritten >= 3); // bytes kept coming: the idle timeout had no reason to fire
        QCOMPARE(m_server->requests().size(), 1);
        const QString message = error.userMessage();
        QVERIFY2(message.contains(QLatin1String("did not complete within 1.5 s")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("127.0.0.1")), qPrintable(message));
    }

    // The same answer with the default deadline but a short idle timeout that the trickle beats:
    // no bound but the deadline could stop it, and the deadline is never shorter than the idle timeout.
    void deadlineIsNeverShorterThanTheIdleTimeout()
    {
        startServer();
        m_server->mode = RawServer::Mode::Trickle;
        m_server->intervalMs = 100;
        m_endpoint.transport.timeoutMs = 1200;
        m_endpoint.transport.deadlineMs = 300; // raised to 1.2 s
        QElapsedTimer timer;
        timer.start();
        const ApiError error = run();
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(error.bound, ApiError::Bound::Deadline);
        QVERIFY2(elapsed >= 1195 && elapsed < 2200, qPrintable(QString::number(elapsed)));
        QVERIFY2(
            error.userMessage().contains(QLatin1String("within 1.2 s")), qPrintable(error.userMessage()));
    }

    // Content-Length 1000, 100 bytes, then the connection closes: a bad answer, asked again (GET).
    void truncatedAnswerIsRetried()
    {
        startServer();
        m_server->mode = RawServer::Mode::Truncated;
        m_endpoint.transport.maxAttempts = 3;
        int attempts = 0;
        const ApiError error = run("GET", {}, &attempts);
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QCOMPARE(attempts, 3);
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY2(error.detail.contains(QLatin1String("100 of 1000 bytes")), qPrintable(error.detail));
        QVERIFY(!error.outcomeUnknown);
    }

    // The same for a POST that creates something: the server acted (it answered), so not again.
    void truncatedAnswerToAPostIsNotRetried()
    {
        startServer();
        m_server->mode = RawServer::Mode::Truncated;
        m_endpoint.transport.maxAttempts = 3;
        int attempts = 0;
        const ApiError error = run("POST", R"({"data":{"text":"x"}})", &attempts);
        QCOMPARE(error.kind, ApiError::Kind::BadResponse);
        QCOMPARE(attempts, 1);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(error.outcomeUnknown);
    }

    // The server reads a POST and closes without a word: Qt's HTTP layer would send it again by
    // itself; ApiCall's one-shot body prevents that. The server sees it once; the outcome is unknown.
    void unansweredPostReachesTheServerOnce()
    {
        startServer();
        m_server->mode = RawServer::Mode::CloseUnanswered;
        m_endpoint.transport.maxAttempts = 5;
        int attempts = 0;
        const ApiError error
            = run("POST", R"({"data":{"text":"[OpenCTI_add]"},"filter":{"ids":["1"]}})", &attempts);
        QTest::qWait(300); // a silent re-send would arrive by now
        QCOMPARE(m_server->requests(), QStringList {QStringLiteral("POST /web/api/v2.1/threats")});
        QCOMPARE(attempts, 1);
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY(error.outcomeUnknown);
        QVERIFY2(error.userMessage().contains(QLatin1String("may have been carried out")),
            qPrintable(error.userMessage()));
    }

    // A GET under the same fault is asked again, up to the maximum number of attempts.
    void unansweredGetIsRetried()
    {
        startServer();
        m_server->mode = RawServer::Mode::CloseUnanswered;
        m_endpoint.transport.maxAttempts = 3;
        int attempts = 0;
        const ApiError error = run("GET", {}, &attempts);
        qInfo("requests the server saw for 3 attempts: %lld", qint64(m_server->requests().size()));
        QCOMPARE(attempts, 3);
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY(!error.outcomeUnknown);
        QVERIFY(m_server->requests().size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestNetBounds)
#include "tst_netbounds.moc"
