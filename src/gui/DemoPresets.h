// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace exchange {
class IocStore;
}
namespace session {
class ProfileSession;
}

// The IOC sharing presets of the demo tenant, so a new user sees the area working at first start:
// a "SentinelOne threats" source of the demo console, a feed source (a file written from the
// simulator's built-in blocklist, since the demo console's port changes at every start), a business
// rule that keeps the organisation's own ranges out, and two sharing configurations: to the demo
// console's threat intelligence (its first account, read from the console's list) and to the demo
// OpenCTI. Created once per demo profile, when its session is ready; never again once the store holds
// a source or a sharing configuration of that profile (a user who removed them keeps them removed).
class DemoPresets
{
    Q_DECLARE_TR_FUNCTIONS(DemoPresets)
public:
    // Names of what is created (the README and the tests use them; a sharing configuration's name
    // gets " (2)"... when the store already has one of that name, and an existing rule is reused).
    static QString threatsSourceName() { return tr("Demo console threats"); }
    static QString feedSourceName() { return tr("Demo blocklist"); }
    static QString ruleName() { return tr("Hashes, URLs and addresses, not ours"); }
    static QString consoleSharingName() { return tr("Demo threats to the console"); }
    static QString openCtiSharingName() { return tr("Demo indicators to OpenCTI"); }

    // Starts creating the presets for the (ready) session of a demo profile; done(error) is called
    // once, on the session's thread, with an empty error when they were created or were not needed.
    // feedDir: where the feed file is written (created when missing).
    static void ensure(session::ProfileSession *session, exchange::IocStore *store, const QString &feedDir,
        std::function<void(const QString &error)> done);
    // Whether the store already holds something of this profile (no presets then).
    static bool hasAny(const exchange::IocStore &store, const QString &profileId);
};
