// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace exchange {
class IocStore;
}

namespace cli {

// rules list | show NAME | add NAME | remove NAME: the business rules that decide what a sharing
// configuration shares (local commands: no console, no API token).
class RulesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RulesCommand)
public:
    RulesCommand();

protected:
    int run(CliContext &context, const QString &subcommand, const QStringList &arguments) override;

private:
    int list(CliContext &context, exchange::IocStore *store);
    int show(CliContext &context, exchange::IocStore *store, const QString &name);
    int add(CliContext &context, exchange::IocStore *store, const QString &profileId, const QString &name);
    int remove(CliContext &context, exchange::IocStore *store, const QString &name);
};

} // namespace cli
