// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimHost.h"

#include <QMetaObject>
#include <QThread>

#include <condition_variable>
#include <functional>
#include <mutex>

using namespace Qt::StringLiterals;

namespace s1sim {

class SimThread;

// Lives in the server's thread and runs there the call SimThread::callInServer() left under its lock.
// Invoked by name: Qt then builds the queued call itself, and no object of ours is written in one
// thread and read in the other outside that lock (which ThreadSanitizer would report, since it does
// not see the locks of Qt's event queue inside an uninstrumented QtCore).
class SimMailbox : public QObject
{
    Q_OBJECT
public:
    explicit SimMailbox(SimThread *thread)
        : m_thread(thread)
    { }
    Q_INVOKABLE void deliver();

private:
    SimThread *const m_thread;
};

// The worker: everything about the server lives in run(). What passes between it and the owner's
// thread goes through std::mutex and std::condition_variable, not QMutex, QWaitCondition or
// Qt::BlockingQueuedConnection: ThreadSanitizer sees pthread's locks but not those inside an
// uninstrumented QtCore, and this way it checks the hand-over (scripts/test --sanitize).
class SimThread : public QThread
{
public:
    explicit SimThread(const SimOptions &options)
        : m_options(options)
    {
        setObjectName(u"s1sim"_s);
    }

    // Blocks until the server listens (true) or failed (false).
    bool waitReady()
    {
        std::unique_lock lock(m_mutex);
        m_cond.wait(lock, [this] { return m_ready; });
        return m_server != nullptr;
    }

    // After QThread::wait(): takes the lock the thread released last, so that what it wrote is seen
    // as done before this object is destroyed.
    void joined() { std::lock_guard lock(m_mutex); }

    SimServer *server() const
    {
        std::lock_guard lock(m_mutex);
        return m_server;
    }

    // Runs call(server) in the server's thread and waits for it. Only the owner's thread calls this,
    // and the server's event loop runs until stop(), so the call is always delivered.
    void callInServer(const std::function<void(SimServer *)> &call)
    {
        std::unique_lock lock(m_mutex);
        if (!m_server)
            return;
        m_pending = call;
        m_delivered = false;
        QMetaObject::invokeMethod(m_mailbox, "deliver", Qt::QueuedConnection);
        m_cond.wait(lock, [this] { return m_delivered; });
        m_pending = nullptr;
    }

    // In the server's thread (SimMailbox::deliver).
    void deliver()
    {
        std::lock_guard lock(m_mutex);
        if (m_pending && m_server)
            m_pending(m_server);
        m_delivered = true;
        m_cond.notify_all();
    }

    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }
    QUrl openCtiUrl() const { return m_openCtiUrl; }
    QString openCtiToken() const { return m_openCtiToken; }
    QString error() const { return m_error; }

protected:
    void run() override
    {
        SimMailbox mailbox(this);
        auto server = std::make_unique<SimServer>(m_options);
        const quint16 port = server->listen(QHostAddress::LocalHost, m_options.port);
        {
            std::lock_guard lock(m_mutex);
            if (port) {
                m_baseUrl = server->baseUrl();
                m_token = server->token();
                m_openCtiUrl = server->openCtiUrl();
                m_openCtiToken = server->openCtiToken();
                m_server = server.get();
                m_mailbox = &mailbox;
            } else {
                m_error = u"cannot listen on 127.0.0.1:%1"_s.arg(m_options.port);
            }
            m_ready = true;
            m_cond.notify_all();
        }
        if (!port)
            return;
        exec();
        std::lock_guard lock(m_mutex);
        m_server = nullptr;
        m_mailbox = nullptr;
        server.reset(); // destroyed in this thread, with its sockets and timers
    }

private:
    const SimOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_cond;
    bool m_ready = false;
    SimServer *m_server = nullptr;
    SimMailbox *m_mailbox = nullptr;
    std::function<void(SimServer *)> m_pending;
    bool m_delivered = false;
    QUrl m_baseUrl;
    QString m_token;
    QUrl m_openCtiUrl;
    QString m_openCtiToken;
    QString m_error;
};

SimHost::SimHost(QObject *parent)
    : QObject(parent)
{ }

SimHost::~SimHost()
{
    stop();
}

bool SimHost::start(const SimOptions &options)
{
    stop();
    m_error.clear();
    if (!options.faults.trimmed().isEmpty()) {
        QString error;
        if (!FaultSpec::parse(options.faults, &error)) {
            m_error = error;
            return false;
        }
    }
    m_thread = std::make_unique<SimThread>(options);
    m_thread->start();
    if (!m_thread->waitReady()) {
        m_error = m_thread->error();
        m_thread->wait();
        m_thread->joined();
        m_thread.reset();
        return false;
    }
    m_baseUrl = m_thread->baseUrl();
    m_token = m_thread->token();
    m_openCtiUrl = m_thread->openCtiUrl();
    m_openCtiToken = m_thread->openCtiToken();
    return true;
}

void SimHost::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread->joined();
    m_thread.reset();
    m_baseUrl.clear();
    m_token.clear();
    m_openCtiUrl.clear();
    m_openCtiToken.clear();
}

bool SimHost::isRunning() const
{
    return m_thread && m_thread->server();
}

QUrl SimHost::baseUrl() const
{
    return m_baseUrl;
}

QString SimHost::token() const
{
    return m_token;
}

QUrl SimHost::openCtiUrl() const
{
    return m_openCtiUrl;
}

QString SimHost::openCtiToken() const
{
    return m_openCtiToken;
}

QString SimHost::errorString() const
{
    return m_error;
}

void SimHost::setFaults(const FaultSpec &faults)
{
    if (m_thread)
        m_thread->callInServer([&faults](SimServer *server) { server->setFaults(faults); });
}

QJsonObject SimHost::stats() const
{
    QJsonObject result;
    if (m_thread)
        m_thread->callInServer([&result](SimServer *server) { result = server->stats(); });
    return result;
}

void SimMailbox::deliver()
{
    m_thread->deliver();
}

} // namespace s1sim

#include "SimHost.moc"
