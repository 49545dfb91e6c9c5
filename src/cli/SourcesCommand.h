// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "Command.h"

namespace exchange {
class IocStore;
struct IocSource;
} // namespace exchange

namespace cli {

// sources list | add NAME KIND | remove NAME | credential NAME FILE | pull NAME: where the profile's IOCs
// come from (a manual list, a feed or file, the console's threats) and pulling one of them into the IOC
// store.
class SourcesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SourcesCommand)
public:
    SourcesCommand();

protected:
    int run(CliContext &context, const QString &subcommand, const QStringList &arguments) override;

private:
    int list(CliContext &context, exchange::IocStore *store, const QString &profileId);
    int add(CliContext &context, exchange::IocStore *store, const QString &profileId,
        const QStringList &arguments);
    int remove(CliContext &context, exchange::IocStore *store, const QString &profileId, const QString &name);
    int pull(CliContext &context, exchange::IocStore *store, const QString &profileId, const QString &name);
    int setCredential(CliContext &context, exchange::IocStore *store, const QString &profileId,
        const QString &name, const QString &path);
    // A pull's secret from the keychain; a keychain failure is a warning on stderr (the job then says
    // what is missing).
    static std::optional<QString> sourceSecret(CliContext &context, const QString &key);
    int pullFeed(CliContext &context, exchange::IocStore *store, const exchange::IocSource &source);
    int pullThreats(CliContext &context, exchange::IocStore *store, const exchange::IocSource &source);
    int pullOpenCti(CliContext &context, exchange::IocStore *store, const exchange::IocSource &source);
    int pullTaxii(CliContext &context, exchange::IocStore *store, const exchange::IocSource &source);
    // The options of the opencti and taxii kinds into settings; Ok or the usage code.
    int stixSettings(CliContext &context, const QString &kind, QJsonObject *settings);
    // --sites: IDs as given; names resolved to IDs through the console's site list.
    int resolveSites(CliContext &context, const QStringList &given, QStringList *ids, QStringList *names);
};

} // namespace cli
