// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace firewall {
class FirewallStore;
struct Collection;
} // namespace firewall
namespace s1 {
struct IocScope;
}

namespace cli {

// firewall collections list|show|delete|import|add|remove|set, firewall plan|export|withdraw NAME,
// firewall rules list: IP collections and the SentinelOne firewall rules made from them.
class FirewallCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FirewallCommand)
public:
    FirewallCommand();

protected:
    int run(CliContext &context, const QString &subcommand, const QStringList &arguments) override;

private:
    int collections(CliContext &context, firewall::FirewallStore *store, const QStringList &arguments);
    int list(CliContext &context, firewall::FirewallStore *store);
    int show(CliContext &context, firewall::FirewallStore *store, const QString &name);
    int importEntries(
        CliContext &context, firewall::FirewallStore *store, const QString &name, const QString &from);
    int addOrRemove(CliContext &context, firewall::FirewallStore *store, const QString &name,
        const QStringList &entries, bool add);
    int set(CliContext &context, firewall::FirewallStore *store, const QString &name);
    int exportRun(
        CliContext &context, firewall::FirewallStore *store, const QString &mode, const QString &name);
    int rules(CliContext &context, const QStringList &arguments);
    // The scope options given (--site, --account, --group) as scopes; false with a usage message.
    bool scopes(CliContext &context, QList<s1::IocScope> *out, int *code);
};

} // namespace cli
