// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConsoleConfig.h"
#include "net/ApiError.h"

#include <QObject>
#include <QPointer>

namespace net {
class ApiCall;
}

namespace s1 {

class S1Client;

// The state of the link to one console, as the front ends show it. check() asks the console for
// one page of sites (every token scope may read its sites) and moves the state accordingly.
class ConsoleConnection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NotConfigured, ///< no console URL or token yet
        Checking, ///< a check is under way
        Connected, ///< the console answered and accepted the token
        TokenRefused, ///< HTTP 401: wrong, expired or revoked token
        Forbidden, ///< HTTP 403: the token has no rights for the chosen scope
        NotAConsole, ///< the URL answers, but not with the SentinelOne API
        Unreachable, ///< network, TLS, timeout or server error after every attempt
    };
    Q_ENUM(State)

    explicit ConsoleConnection(const ConsoleConfig &config, QObject *parent = nullptr);

    S1Client *client() const { return m_client; }
    State state() const { return m_state; }
    QString stateText() const;
    const net::ApiError &lastError() const { return m_lastError; }
    qint64 visibleSites() const { return m_visibleSites; }

    void check();

Q_SIGNALS:
    void stateChanged(s1::ConsoleConnection::State state);

private:
    void setState(State state);

    S1Client *m_client;
    QPointer<net::ApiCall> m_call;
    State m_state = State::NotConfigured;
    net::ApiError m_lastError;
    qint64 m_visibleSites = -1;
};

} // namespace s1
