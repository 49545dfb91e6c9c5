// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace cli {

// sites list: the sites the token can see.
class SitesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SitesCommand)
public:
    SitesCommand();

protected:
    int run(CliContext &context, const QString &subcommand, const QStringList &arguments) override;
};

} // namespace cli
