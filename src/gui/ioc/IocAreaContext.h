// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <functional>
#include <utility>

namespace config {
class SecretStore;
}
namespace exchange {
class IocStore;
}
namespace storage {
class JobHistory;
}
namespace session {
class ProfileSession;
class TaskRegistry;
} // namespace session

// What the IOC sharing area works with: given by the application controller (or a test) for the
// profile on screen. Nothing here is owned by the area.
struct IocAreaContext
{
    exchange::IocStore *store = nullptr; // nullptr: the database could not be opened
    session::TaskRegistry *registry = nullptr; // runs jobs through the scheduler (Run now, Pull now...)
    QPointer<session::ProfileSession> session; // the profile on screen
    config::SecretStore *secrets = nullptr; // feed credentials (nullptr: a credential cannot be kept)
    storage::JobHistory *history = nullptr; // last runs of pulls and shares (nullptr: not shown)
    QList<std::pair<QString, QString>> profiles; // every profile: (id, name), for destinations
    // The session of another profile (its console's accounts, sites and groups; its OpenCTI), created
    // on first use; empty or returning nullptr: only the shown profile's session is available.
    std::function<session::ProfileSession *(const QString &profileId)> sessionFor;

    // The session of a profile: the shown one, or sessionFor's.
    session::ProfileSession *sessionOf(const QString &profileId) const;
};
