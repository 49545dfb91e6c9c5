// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/ConsoleConnection.h"
#include "session/ProfileSession.h"
#include "storage/JobHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opencti {
class ImportStore;
}

namespace session {

class TaskRegistry;

// One job of a profile as the Overview shows it: a periodic task of the scheduler (or a kind the
// profile runs without a period, such as an OpenCTI import started by hand), its last recorded run
// and its next one.
struct OverviewJob
{
    enum class Category { OpenCtiImport, IocPull, IocShare, FirewallExport };

    QString kind; // the scheduler's and the history's kind, e.g. "ioc-pull:Abuse feed"
    Category category = Category::OpenCtiImport;
    QString name; // what follows the kind's prefix (source, configuration, collection); empty for the import
    bool scheduled = false; // a periodic task of the scheduler
    bool busy = false; // queued or running now
    bool running = false;
    QDateTime nextRun; // invalid: not scheduled (or disabled)
    int failuresInRow = 0; // in this session (the scheduler's back-off)
    std::optional<storage::JobRun> lastRun; // without its log

    bool failing() const { return lastRun && lastRun->state == storage::JobRun::State::Failed; }
    // The category for people, with the name: "IOC pull: Abuse feed".
    QString title() const;
    // The category of a kind; nullopt for kinds the Overview does not list (flag, CSV export...).
    static std::optional<Category> categoryOf(const QString &kind, QString *name = nullptr);
};

// Something that needs the user, with what fixes it (the GUI puts that action beside it).
struct OverviewProblem
{
    enum class Kind {
        TokenRefused, ///< the console refused the SentinelOne token: edit the profile, enter it again
        NoToken, ///< the keychain holds no token for the profile: enter it
        ConsoleProblem, ///< unreachable, forbidden, not a console: the text says which
        OpenCtiNotReady, ///< the profile sends to OpenCTI but cannot (missing token...): edit the profile
        JobFailing, ///< the last run of a job failed: run it again, or look at it in Jobs
        ImportFailed, ///< OpenCTI reported errors for threats the import sent: retry, or look at them
    };

    Kind kind = Kind::JobFailing;
    QString text; // one sentence, plain text (may quote remote messages)
    QString jobKind; // JobFailing: the kind to run again
    QStringList threatIds; // ImportFailed: the threats (newest first, at most MaxListedThreats)
    int count = 0; // ImportFailed: how many threats in all
};

// What the Overview area shows for one profile, read in one go from the session, the scheduler, the
// job history and the import database: the connection, each job with its last and next run, and
// what needs attention first. Only local reads (SQLite, memory): never waits on the network.
struct OverviewSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(OverviewSnapshot)
public:
    static constexpr int MaxListedThreats = 200;

    // Where the data comes from; any may be nullptr (that part is then empty).
    struct Sources
    {
        ProfileSession *session = nullptr;
        TaskRegistry *registry = nullptr;
        storage::JobHistory *history = nullptr;
        opencti::ImportStore *importStore = nullptr;
    };

    enum class Connection {
        NoSession, ///< no profile shown
        LoadingToken, ///< the token is being read from the keychain
        NeedsToken, ///< no token in the keychain
        NotChecked, ///< ready, no answer from the console yet
        Checking,
        Connected,
        TokenRefused,
        Problem, ///< forbidden, not a console, unreachable: connectionText says which
    };

    QString profileId;
    QString profileName;
    Connection connection = Connection::NoSession;
    QString connectionText; // in words (the connection's state text, or the session's problem)
    QList<OverviewJob> jobs; // OpenCTI import first, then IOC pulls, shares, firewall exports, by name
    QList<OverviewProblem> attention; // token and connection first, then failing jobs, then imports
    int failedImports = 0;

    static OverviewSnapshot collect(const Sources &sources);
    static Connection connectionOf(const ProfileSession *session);
};

} // namespace session
