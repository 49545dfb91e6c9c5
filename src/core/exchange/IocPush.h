// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocStore.h"
#include "exchange/SharingConfig.h"
#include "s1/S1ThreatIntel.h"

#include <QCoreApplication>
#include <optional>

namespace exchange {

// "Push a file to the console now" (issue 11, CLI `iocs push`; the window's drop target later): the
// values go into a manual source of the profile named "push", and a sharing configuration named after
// the scope ("push site:ID") takes everything from that source (no rule) to the scope. The share job
// does the rest, so pushing the same file again sends nothing and a killed push resumes.
class IocPush
{
    Q_DECLARE_TR_FUNCTIONS(IocPush)
public:
    IocPush() = delete;

    static inline const QString SourceName = QStringLiteral("push");

    struct Options
    {
        QString profileId; // the profile the "push" source belongs to ('' for none)
        s1::IocScope scope;
        int validDays = 0; // 0: the console's defaults per type; else asked for every type (cut to the caps)
        QString sourceText; // empty: SharingConfig's default
        int batchSize = SharingConfig::DefaultBatchSize;
        int requestsPerMinute = SharingConfig::DefaultRequestsPerMinute;
    };

    // "push account:ID", "push site:ID", "push group:ID".
    static QString sharingNameFor(const s1::IocScope &scope);

    // The "push" source (created when missing) and the scope's configuration (created, or updated to
    // these options), saved. nullopt with *error (the store's or the configuration's problems).
    static std::optional<SharingConfig> prepare(IocStore *store, const Options &options, QString *error);

    // The IOCs into the source, in batches, in one transaction (nothing written when one fails).
    static bool store(IocStore *store, const QString &sourceId, const QList<Ioc> &iocs, UpsertCounts *counts,
        QString *error);
};

} // namespace exchange
