// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimHost.h"

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>

using namespace Qt::StringLiterals;

namespace s1sim {

// The worker: everything about the server lives in run().
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
        QMutexLocker lock(&m_mutex);
        while (!m_ready)
            m_cond.wait(&m_mutex);
        return m_server != nullptr;
    }

    SimServer *server() const
    {
        QMutexLocker lock(&m_mutex);
        return m_server;
    }
    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }
    QUrl openCtiUrl() const { return m_openCtiUrl; }
    QString openCtiToken() const { return m_openCtiToken; }
    QString error() const { return m_error; }

protected:
    void run() override
    {
        auto server = std::make_unique<SimServer>(m_options);
        const quint16 port = server->listen(QHostAddress::LocalHost, m_options.port);
        {
            QMutexLocker lock(&m_mutex);
            if (port) {
                m_baseUrl = server->baseUrl();
                m_token = server->token();
                m_openCtiUrl = server->openCtiUrl();
                m_openCtiToken = server->openCtiToken();
                m_server = server.get();
            } else {
                m_error = u"cannot listen on 127.0.0.1:%1"_s.arg(m_options.port);
            }
            m_ready = true;
            m_cond.wakeAll();
        }
        if (!port)
            return;
        exec();
        {
            QMutexLocker lock(&m_mutex);
            m_server = nullptr;
        }
        server.reset(); // destroyed in this thread, with its sockets and timers
    }

private:
    const SimOptions m_options;
    mutable QMutex m_mutex;
    QWaitCondition m_cond;
    bool m_ready = false;
    SimServer *m_server = nullptr;
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
    SimServer *server = m_thread ? m_thread->server() : nullptr;
    if (!server)
        return;
    QMetaObject::invokeMethod(
        server, [server, faults]() { server->setFaults(faults); }, Qt::BlockingQueuedConnection);
}

QJsonObject SimHost::stats() const
{
    SimServer *server = m_thread ? m_thread->server() : nullptr;
    QJsonObject result;
    if (server) {
        QMetaObject::invokeMethod(
            server, [server, &result]() { result = server->stats(); }, Qt::BlockingQueuedConnection);
    }
    return result;
}

} // namespace s1sim
