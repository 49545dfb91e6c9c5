// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleConnection.h"

#include "PageInfo.h"
#include "S1Client.h"
#include "net/ApiCall.h"

namespace s1 {

ConsoleConnection::ConsoleConnection(const ConsoleConfig &config, QObject *parent)
    : QObject(parent)
    , m_client(new S1Client(config, this))
{ }

QString ConsoleConnection::stateText() const
{
    const QString host = m_client->config().url.host();
    switch (m_state) {
    case State::NotConfigured:
        return tr("Not configured");
    case State::Checking:
        return tr("Connecting to %1…").arg(host);
    case State::Connected:
        return tr("Connected to %1").arg(host);
    case State::TokenRefused:
        return tr("Token refused by %1").arg(host);
    case State::Forbidden:
        return tr("No rights on %1").arg(host);
    case State::NotAConsole:
        return tr("%1 is not a SentinelOne console").arg(host);
    case State::Unreachable:
        return tr("%1 unreachable").arg(host);
    }
    return {};
}

void ConsoleConnection::check()
{
    const ConsoleConfig &config = m_client->config();
    if (config.url.isEmpty() || config.token.isEmpty())
        return setState(State::NotConfigured);
    if (m_call)
        m_call->cancel();
    setState(State::Checking);
    net::ApiRequest request;
    request.path = S1Client::apiPath(QStringLiteral("sites"));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    net::ApiCall *call = m_client->send(request, this);
    m_call = call;
    connect(call, &net::ApiCall::finished, this, [this, call] {
        call->deleteLater();
        if (call != m_call)
            return;
        m_lastError = call->error();
        using Kind = net::ApiError::Kind;
        switch (m_lastError.kind) {
        case Kind::None:
            m_visibleSites = PageInfo::fromEnvelope(call->json().object()).totalItems;
            return setState(State::Connected);
        case Kind::Cancelled:
            return;
        case Kind::TokenRefused:
            return setState(State::TokenRefused);
        case Kind::Forbidden:
            return setState(State::Forbidden);
        case Kind::NotAConsole:
        case Kind::NotAvailable:
        case Kind::Redirected:
            return setState(State::NotAConsole);
        default:
            return setState(State::Unreachable);
        }
    });
}

void ConsoleConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace s1
