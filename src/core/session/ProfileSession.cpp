// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileSession.h"

#include "config/SecretStore.h"
#include "jobs/IsoDuration.h"
#include "opencti/OpenCtiClient.h"
#include "s1/ConsoleConnection.h"

namespace session {

ProfileSession::ProfileSession(const config::Profile &profile, config::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
{ }

ProfileSession::ProfileSession(const config::Profile &profile, const Tokens &tokens, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_tokens(tokens)
{
    prepareFromProfile();
    build();
}

ProfileSession::ProfileSession(const config::Profile &profile, const s1::ConsoleConfig &console,
    const std::optional<opencti::OpenCtiConfig> &openCti, const opencti::ImportSettings &settings,
    QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_tokens {console.token, openCti ? openCti->token : QString()}
    , m_console(console)
    , m_openCtiConfig(openCti)
    , m_settings(settings)
{
    build();
}

ProfileSession::~ProfileSession() = default;

void ProfileSession::load()
{
    if (m_state == State::Ready || !m_secrets)
        return;
    setState(State::Loading);
    const QString key = config::Profile::secretKey(m_profile.id, config::Profile::Secret::S1ApiToken);
    m_secrets->read(key, this, [this](const std::optional<QString> &token, const QString &error) {
        if (!token || token->isEmpty()) {
            m_keychainError = error;
            m_problem = error.isEmpty()
                ? tr("The API token of %1 is not in the keychain.").arg(m_profile.consoleUrl.host())
                : tr("The keychain could not be read: %1").arg(error);
            return setState(State::NeedsToken);
        }
        m_tokens.s1 = *token;
        readOpenCtiToken();
    });
}

void ProfileSession::provideS1Token(const QString &token)
{
    QString error;
    const QString normalized = s1::ConsoleConfig::normalizeToken(token, &error);
    if (normalized.isEmpty()) {
        m_problem = error;
        return setState(State::NeedsToken);
    }
    m_tokens.s1 = normalized;
    if (m_secrets)
        m_secrets->write(config::Profile::secretKey(m_profile.id, config::Profile::Secret::S1ApiToken),
            normalized, this, [](bool, const QString &) {});
    readOpenCtiToken();
}

void ProfileSession::readOpenCtiToken()
{
    if (!m_profile.openCtiEnabled || !m_secrets) {
        prepareFromProfile();
        return build();
    }
    const QString key = config::Profile::secretKey(m_profile.id, config::Profile::Secret::OpenCtiToken);
    m_secrets->read(key, this, [this](const std::optional<QString> &token, const QString &) {
        m_tokens.openCti = token.value_or(QString());
        prepareFromProfile();
        build();
    });
}

void ProfileSession::prepareFromProfile()
{
    m_console = m_profile.consoleConfig(m_tokens.s1);
    m_settings = opencti::ImportSettings::fromProfile(m_profile);
    m_settings.bundle.consoleUrl = m_profile.consoleUrl;
    m_settings.bundle.authorName = m_settings.connectorName;
    m_openCtiConfig.reset();
    m_openCtiProblem.clear();
    if (!m_profile.openCtiEnabled)
        m_openCtiProblem = tr("This profile does not send to OpenCTI.");
    else if (m_tokens.openCti.trimmed().isEmpty())
        m_openCtiProblem
            = tr("The OpenCTI token of this profile is not in the keychain. Use Profile ▸ Edit profile, "
                 "OpenCTI page, to enter it again.");
    else
        m_openCtiConfig = openCtiConfig(m_profile, m_console, m_tokens.openCti);
}

void ProfileSession::build()
{
    delete m_connection;
    m_connection = new s1::ConsoleConnection(m_console, this);
    delete m_openCti;
    m_openCti = nullptr;
    if (m_openCtiConfig)
        m_openCti = new opencti::OpenCtiClient(*m_openCtiConfig, this);
    else if (m_openCtiProblem.isEmpty())
        m_openCtiProblem = tr("This profile does not send to OpenCTI.");
    m_problem.clear();
    setState(State::Ready);
}

s1::S1Client *ProfileSession::client() const
{
    return m_connection ? m_connection->client() : nullptr;
}

qint64 ProfileSession::syncPeriodSeconds() const
{
    const auto seconds = jobs::IsoDuration::parseSeconds(m_profile.syncPeriod);
    return seconds && *seconds > 0 ? *seconds : 300;
}

opencti::OpenCtiConfig ProfileSession::openCtiConfig(
    const config::Profile &profile, const s1::ConsoleConfig &console, const QString &token)
{
    opencti::OpenCtiConfig config;
    config.url = profile.openCtiUrl;
    config.token = token;
    config.transport = console.transport; // attempts, timeouts and the TLS pin, as for the console
    return config;
}

void ProfileSession::setState(State state)
{
    if (m_state == state && state != State::NeedsToken)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

config::SecretStore *ProfileSession::secretStore() const
{
    return m_secrets;
}

} // namespace session
