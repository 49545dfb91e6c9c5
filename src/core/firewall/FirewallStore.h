// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firewall/Collection.h"
#include "firewall/RulePlanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace storage {
class Database;
}

namespace firewall {

// The last export of a collection to one target.
struct ExportRecord
{
    QString target; // ExportTarget::key()
    QDateTime exportedAt;
    QString state; // "succeeded", "failed: ...", "withdrawn"
    QJsonObject counts; // created, updated, renamed, deleted, unchanged, conflicts, entries, rules
};

// Collections, their layouts and the rules exported from them (tables fw_collections, fw_rules,
// fw_exports of the one database). Writes are one transaction each; the export job's record of a
// POST (markPending) is written before the POST is sent.
class FirewallStore
{
    Q_DECLARE_TR_FUNCTIONS(FirewallStore)
public:
    explicit FirewallStore(storage::Database *db);
    storage::Database *database() const { return m_db; }

    QList<Collection> collections() const;
    std::optional<Collection> collection(const QString &name) const;
    std::optional<Collection> collection(qint64 id) const;
    // Inserts (id 0) or updates; the name must be unique. *collection gets its id.
    bool save(Collection *collection, QString *error);
    // Refused while rules exported from it remain (withdraw them first).
    bool remove(qint64 id, QString *error);

    Layout layout(qint64 collectionId) const;
    // The new layout and the records relabelled to it (RulePlanner::relabel over every target), in one
    // transaction: an export killed after this resumes from the new layout.
    bool saveLayout(qint64 collectionId, const LayoutChange &change, QString *error);

    QList<OwnedRule> rules(qint64 collectionId, const QString &target) const;
    // Every target with records of this collection.
    QStringList targetsWithRules(qint64 collectionId) const;
    int ruleCount(qint64 collectionId) const;
    // Before a POST: the slot's rule is being created under `name`.
    bool markPending(
        qint64 collectionId, const QString &target, int slot, const QString &name, QString *error);
    // The console confirmed (or a read-back found) the rule of a slot.
    bool confirm(qint64 collectionId, const QString &target, int slot, const QString &ruleId,
        const QString &name, QString *error);
    bool forget(qint64 collectionId, const QString &target, const QList<int> &slots, QString *error);

    QList<ExportRecord> exports(qint64 collectionId) const;
    bool recordExport(qint64 collectionId, const ExportRecord &record, QString *error);

private:
    storage::Database *m_db;
};

} // namespace firewall
