// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace cli {

// opencti import [--once] | bundle ID | status: the OpenCTI incident import from the command line.
class OpenCtiCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OpenCtiCommand)
public:
    OpenCtiCommand();

protected:
    int run(CliContext &context, const QString &subcommand, const QStringList &arguments) override;

private:
    int import(CliContext &context, bool once);
    int bundle(CliContext &context, const QString &threatId);
    int status(CliContext &context);
};

} // namespace cli
