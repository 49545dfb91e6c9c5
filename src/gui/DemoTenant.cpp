// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTenant.h"

#include "SimHost.h"
#include "SimServer.h"

DemoTenant::DemoTenant(QObject *parent)
    : QObject(parent)
{ }

DemoTenant::~DemoTenant() = default;

bool DemoTenant::start(int threats, quint64 seed)
{
    s1sim::SimOptions options;
    options.threats = threats;
    options.seed = seed;
    options.clock = m_clock;
    m_host = std::make_unique<s1sim::SimHost>();
    if (!m_host->start(options)) {
        m_host.reset();
        return false;
    }
    return true;
}

bool DemoTenant::isRunning() const
{
    return m_host != nullptr;
}

s1::ConsoleConfig DemoTenant::consoleConfig() const
{
    s1::ConsoleConfig config;
    if (m_host) {
        config.url = m_host->baseUrl();
        config.token = m_host->token();
    }
    return config;
}

QUrl DemoTenant::openCtiUrl() const
{
    return m_host ? m_host->openCtiUrl() : QUrl();
}

QString DemoTenant::openCtiToken() const
{
    return m_host ? m_host->openCtiToken() : QString();
}
