// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace cli {

// accounts list: the accounts the token can see.
class AccountsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AccountsCommand)
public:
    AccountsCommand();

protected:
    int run(CliContext &context, const QString &subcommand, const QStringList &arguments) override;
};

} // namespace cli
