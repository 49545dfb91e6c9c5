// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultSpec.h"
#include "SimServer.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace s1sim {

class SimThread;

// Runs a SimServer in its own thread (the GUI's in-process demo tenant, benchmarks). The server and
// its tenant are created, used and destroyed inside that thread; this object only starts, queries and
// stops it.
class SimHost : public QObject
{
    Q_OBJECT

public:
    explicit SimHost(QObject *parent = nullptr);
    ~SimHost() override; // stops the server

    // Generates the tenant and listens on 127.0.0.1:options.port; blocks until listening or failed.
    bool start(const SimOptions &options);
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const;
    QString token() const;
    // The simulated OpenCTI (same server, /graphql) and its Bearer token.
    QUrl openCtiUrl() const;
    QString openCtiToken() const;
    QString errorString() const;

    // Cross-thread conveniences (block until the server thread has answered).
    void setFaults(const FaultSpec &faults);
    QJsonObject stats() const;

private:
    std::unique_ptr<SimThread> m_thread;
    QUrl m_baseUrl;
    QString m_token;
    QUrl m_openCtiUrl;
    QString m_openCtiToken;
    QString m_error;
};

} // namespace s1sim
