// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace exchange {
class IocStore;
}

namespace cli {

// sharing list | show NAME | add NAME | remove NAME | test NAME | run NAME | export | import FILE: the
// sharing configurations (sources
// and a rule -> a destination), and the exchange setup (sources, rules, configurations) as one JSON
// document for version control.
class SharingCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SharingCommand)
public:
    SharingCommand();

protected:
    int run(CliContext &context, const QString &subcommand, const QStringList &arguments) override;

private:
    int add(CliContext &context, exchange::IocStore *store, const QString &profileId, const QString &name);
    int list(CliContext &context, exchange::IocStore *store);
    int show(CliContext &context, exchange::IocStore *store, const QString &name);
    int remove(CliContext &context, exchange::IocStore *store, const QString &name);
    int exportAll(CliContext &context, exchange::IocStore *store, const QString &profileId);
    int importAll(
        CliContext &context, exchange::IocStore *store, const QString &profileId, const QString &path);
};

} // namespace cli
