// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace cli {

// profiles list | show NAME | import FILE | delete NAME: the saved profiles, shared with the window.
// Local commands: no console, no API token.
class ProfilesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesCommand)
public:
    ProfilesCommand();

protected:
    int run(CliContext &context, const QString &subcommand, const QStringList &arguments) override;

private:
    int list(CliContext &context);
    int show(CliContext &context, const QString &name);
    int import(CliContext &context, const QString &path);
    int remove(CliContext &context, const QString &name);
};

} // namespace cli
