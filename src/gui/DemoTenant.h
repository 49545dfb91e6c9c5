// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/ConsoleConfig.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <memory>

namespace s1sim {
class SimHost;
}

// The built-in demo tenant: the simulated console running in-process (its own thread) on
// 127.0.0.1, with realistic seeded data. Lets a new user try everything without a console.
// The same tenant at every start (its ids come from the seed; only its dates follow the clock);
// its port and tokens are new at every start, so a profile never stores them: they come from here.
class DemoTenant : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultThreats = 2500;

    explicit DemoTenant(QObject *parent = nullptr);
    ~DemoTenant() override;

    bool start(int threats = DefaultThreats, quint64 seed = 7);
    // The clock the tenant's dates follow (tests move it); empty: the wall clock. Before start().
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    bool isRunning() const;
    s1::ConsoleConfig consoleConfig() const;
    // The simulated OpenCTI platform of the demo tenant.
    QUrl openCtiUrl() const;
    QString openCtiToken() const;

private:
    std::unique_ptr<s1sim::SimHost> m_host;
    std::function<QDateTime()> m_clock;
};
