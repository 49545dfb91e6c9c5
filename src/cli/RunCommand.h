// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace cli {

// run: the scheduler in the foreground, for a server (systemd, a container, a terminal). Every profile
// given (or the environment) gets an "opencti-import" task; the runs are recorded in the job history.
// Takes the ThreatQuotient connector's spellings too: -c DIR, -ll DIR, -v 1|2|3, -n NAME.
class RunCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    RunCommand();

protected:
    // -ll DIR becomes --loglocation DIR; -v N and --verbose N become --verbosity N.
    QStringList normalize(const QStringList &arguments) const override;
    // --verbosity N (1..3, the last one given) wins over counted -v flags.
    std::optional<int> verbosity(QString *error) const override;
    int run(CliContext &context, const QString &subcommand, const QStringList &arguments) override;
};

} // namespace cli
