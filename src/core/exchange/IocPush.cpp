// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocPush.h"

#include "storage/Database.h"

#include <QDateTime>

namespace exchange {

QString IocPush::sharingNameFor(const s1::IocScope &scope)
{
    return QStringLiteral("push ") + scope.toString();
}

std::optional<SharingConfig> IocPush::prepare(IocStore *store, const Options &options, QString *error)
{
    const QString scopeProblem = options.scope.problem();
    if (!scopeProblem.isEmpty()) {
        *error = tr("--scope: %1").arg(scopeProblem);
        return std::nullopt;
    }
    std::optional<IocSource> source = store->sourceByName(options.profileId, SourceName);
    if (source && source->kind != QLatin1String("manual")) {
        *error = tr("the source \"%1\" is a %2 source; a push needs a manual source of that name (rename "
                    "or remove the other one)")
                     .arg(SourceName, source->kind);
        return std::nullopt;
    }
    if (!source) {
        IocSource s;
        s.profileId = options.profileId;
        s.name = SourceName;
        s.kind = QStringLiteral("manual");
        if (!store->saveSource(&s, error))
            return std::nullopt;
        source = s;
    }
    const QString name = sharingNameFor(options.scope);
    SharingConfig config;
    if (const std::optional<NamedDefinition> existing = store->sharing(name)) {
        QStringList problems;
        std::optional<SharingConfig> loaded = SharingConfig::fromDefinition(*existing, &problems);
        if (loaded)
            config = *loaded;
        config.id = existing->id;
    }
    config.name = name;
    config.enabled = false; // pushed at once; not re-shared by `run` on a period
    config.sourceIds = {source->id};
    config.ruleId = 0;
    config.ruleName.clear();
    config.profileId = options.profileId;
    config.scope = options.scope;
    if (!options.sourceText.trimmed().isEmpty())
        config.sourceText = options.sourceText.trimmed();
    config.requestedAgingDays.clear();
    if (options.validDays > 0)
        for (IocType type : allIocTypes())
            config.requestedAgingDays.insert(type, options.validDays);
    config.batchSize = options.batchSize;
    config.requestsPerMinute = options.requestsPerMinute;
    if (!config.save(store, error))
        return std::nullopt;
    return config;
}

bool IocPush::store(
    IocStore *store, const QString &sourceId, const QList<Ioc> &iocs, UpsertCounts *counts, QString *error)
{
    constexpr int batchSize = 5000;
    const qint64 mark = QDateTime::currentMSecsSinceEpoch();
    UpsertCounts total;
    const bool ok = store->database()->transaction(
        [&](QSqlDatabase &) {
            for (qsizetype at = 0; at < iocs.size(); at += batchSize) {
                UpsertCounts batch;
                if (!store->upsert(sourceId, iocs.mid(at, batchSize), mark, &batch, error))
                    return false;
                total.added += batch.added;
                total.updated += batch.updated;
                total.unchanged += batch.unchanged;
            }
            return true;
        },
        error);
    if (ok)
        *counts = total;
    return ok;
}

} // namespace exchange
