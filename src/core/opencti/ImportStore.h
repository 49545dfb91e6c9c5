// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace storage {
class Database;
}

namespace opencti {

// One row per (profile, SentinelOne threat) the import has sent or confirmed.
struct ImportRecord
{
    // Sent: pushed to OpenCTI (the push was acknowledged), not yet confirmed.
    // Imported: the work was processed without an error for this threat.
    // Failed: OpenCTI reported an error (message in error).
    enum class Status { Sent, Imported, Failed };

    QString profileId, threatId;
    QString contentHash; // StixBundleBuilder::contentHash of what was sent
    QString incidentId; // STIX id of the incident ("incident--...")
    QString workId; // OpenCTI work the bundle was pushed in
    Status status = Status::Sent;
    QString error;
    QString threatName; // for the GUI list (plain text: attacker-controlled)
    QDateTime threatUpdatedAt, sentAt, confirmedAt; // stored to the millisecond, read back in UTC
    int attempts = 0; // pushes so far

    // "sent", "imported", "failed": the stored values, also for JSON and the CLI (not translated).
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);

    bool operator==(const ImportRecord &other) const = default;
};

// What the OpenCTI import has done, per profile, in the application database (storage::Database,
// table opencti_import and opencti_import_state). The rule it serves: nothing is marked sent until
// OpenCTI acknowledged the push, nothing imported until OpenCTI said the work was processed, and
// every write is committed before the call returns, so a crash or kill right after it loses nothing.
//
// Every write is one transaction; the batch forms take many threats in one transaction (all or
// nothing). To make several writes atomic together, call them inside Database::transaction() on the
// same thread: they become savepoints of it. Reads log failures (lcStorage) and return empty results.
// Usable from any thread (each uses that thread's connection); the Database must outlive the store.
class ImportStore
{
    Q_DECLARE_TR_FUNCTIONS(ImportStore)
public:
    explicit ImportStore(storage::Database *db);

    std::optional<ImportRecord> record(const QString &profileId, const QString &threatId) const;
    // Batch lookup, keyed by threat id; threats with no row are absent.
    QHash<QString, ImportRecord> records(const QString &profileId, const QStringList &threatIds) const;
    // Newest first (sentAt, then threat id, descending). limit < 0: no limit.
    QList<ImportRecord> list(const QString &profileId, std::optional<ImportRecord::Status> status = {},
        int limit = 1000, int offset = 0) const;
    int count(const QString &profileId, std::optional<ImportRecord::Status> status = {}) const;

    // After OpenCTI acknowledged the push of these threats: upsert each, status Sent, attempts + 1
    // (1 for a new row), error and confirmedAt cleared, every other field from the record (sentAt:
    // now when invalid; the record's status and attempts are ignored). A threat listed twice counts
    // once, with its last entry. A record without profile or threat id refuses the whole batch.
    bool markSent(const QList<ImportRecord> &records, QString *error);
    // The work was processed without an error for these threats: only rows in Sent with that workId
    // change (status Imported, confirmedAt now, error cleared); others (re-sent in a newer work,
    // already confirmed, unknown) are left alone. *changed: how many rows changed.
    bool markImported(const QString &profileId, const QStringList &threatIds, const QString &workId,
        QString *error, int *changed = nullptr);
    // OpenCTI reported an error for this threat in that work: as markImported, status Failed with the
    // message. *changed: 1 if the row changed, else 0.
    bool markFailed(const QString &profileId, const QString &threatId, const QString &workId,
        const QString &message, QString *error, int *changed = nullptr);
    // Status Sent, oldest first: to be checked (work status) or re-sent after a crash.
    QList<ImportRecord> unconfirmed(const QString &profileId) const;

    // The high-water mark: newest threat updatedAt fully handled (every candidate up to it imported or
    // skipped). Invalid when none. Setting an invalid QDateTime clears it (the next run starts over).
    QDateTime highWaterMark(const QString &profileId) const;
    bool setHighWaterMark(const QString &profileId, const QDateTime &mark, QString *error);

    // Forgets everything of a profile (when the profile is deleted), in one transaction.
    bool removeProfile(const QString &profileId, QString *error);

private:
    storage::Database *m_db;
};

} // namespace opencti
