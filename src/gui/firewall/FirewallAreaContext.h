// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <functional>
#include <utility>

namespace exchange {
class IocStore;
}
namespace firewall {
class FirewallStore;
}
namespace storage {
class JobHistory;
}
namespace session {
class ProfileSession;
class TaskRegistry;
} // namespace session

// What the Firewall area works with: given by the application controller (or a test) for the profile
// on screen, like IocAreaContext. Nothing here is owned by the area.
struct FirewallAreaContext
{
    firewall::FirewallStore *store = nullptr; // nullptr: the database could not be opened
    session::TaskRegistry *registry = nullptr; // plans, exports and withdraws (through the scheduler)
    exchange::IocStore *iocStore = nullptr; // the IOC sources and business rules a collection may read
    QPointer<session::ProfileSession> session; // the profile on screen
    storage::JobHistory *history = nullptr; // not owned; nullptr: not shown
    QList<std::pair<QString, QString>> profiles; // every profile: (id, name), for targets
    // The session of another profile (its console's accounts, sites and groups), created on first
    // use; empty or returning nullptr: only the shown profile's session is available.
    std::function<session::ProfileSession *(const QString &profileId)> sessionFor;

    // The session of a profile: the shown one, or sessionFor's.
    session::ProfileSession *sessionOf(const QString &profileId) const;
};
