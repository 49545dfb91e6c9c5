// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace exchange {
class IocStore;
}

namespace cli {

// iocs add TYPE VALUE... | import FILE|URL | list | show VALUE | retract VALUE...: the IOC store of
// the profile (local commands: no console, no API token).
class IocsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(IocsCommand)
public:
    IocsCommand();

protected:
    int run(CliContext &context, const QString &subcommand, const QStringList &arguments) override;

private:
    int add(CliContext &context, exchange::IocStore *store, const QString &profileId,
        const QStringList &arguments);
    int import(
        CliContext &context, exchange::IocStore *store, const QString &profileId, const QString &input);
    int push(CliContext &context, exchange::IocStore *store, const QString &profileId, const QString &input);
    int list(CliContext &context, exchange::IocStore *store, const QString &profileId);
    int show(CliContext &context, exchange::IocStore *store, const QString &value);
    int retract(CliContext &context, exchange::IocStore *store, const QStringList &values);
};

} // namespace cli
