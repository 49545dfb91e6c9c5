// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace cli {

// threats list | notes ID | flag ID... | unflag ID...: the console's threats, their notes, and the
// flag note that marks a threat for the OpenCTI import.
class ThreatsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ThreatsCommand)
public:
    ThreatsCommand();

protected:
    int run(CliContext &context, const QString &subcommand, const QStringList &arguments) override;

private:
    int list(CliContext &context);
    int notes(CliContext &context, const QString &threatId);
    int flag(CliContext &context, bool flag, const QStringList &ids);
};

} // namespace cli
