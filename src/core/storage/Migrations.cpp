// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace storage {

const QList<Migration> &migrations()
{
    // Times are milliseconds since the epoch (UTC) in INTEGER columns, NULL when unknown. Text
    // columns are NOT NULL with '' for "none", so comparisons never meet NULL.
    static const QList<Migration> steps = {
        {1, QStringLiteral("OpenCTI import state"),
            {
                // IF NOT EXISTS: a database whose first step was interrupted before any version was
                // recorded may hold the empty table (the step's transaction makes that unlikely).
                QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version INTEGER PRIMARY KEY NOT NULL,"
                               " applied_at TEXT NOT NULL)"),
                // One row per (profile, SentinelOne threat) the OpenCTI import has sent or confirmed.
                QStringLiteral("CREATE TABLE opencti_import ("
                               " profile_id TEXT NOT NULL,"
                               " threat_id TEXT NOT NULL,"
                               " content_hash TEXT NOT NULL DEFAULT '',"
                               " incident_id TEXT NOT NULL DEFAULT '',"
                               " work_id TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL CHECK (status IN ('sent', 'imported', 'failed')),"
                               " error TEXT NOT NULL DEFAULT '',"
                               " threat_name TEXT NOT NULL DEFAULT '',"
                               " threat_updated_at INTEGER,"
                               " sent_at INTEGER,"
                               " confirmed_at INTEGER,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " PRIMARY KEY (profile_id, threat_id))"),
                // By status (unconfirmed(), count(), the list filtered by status), newest first...
                QStringLiteral("CREATE INDEX opencti_import_by_status"
                               " ON opencti_import (profile_id, status, sent_at, threat_id)"),
                // ...and the whole list of a profile, newest first, at 100K rows.
                QStringLiteral("CREATE INDEX opencti_import_by_sent"
                               " ON opencti_import (profile_id, sent_at, threat_id)"),
                QStringLiteral("CREATE TABLE opencti_import_state ("
                               " profile_id TEXT PRIMARY KEY NOT NULL,"
                               " high_water_mark INTEGER)"),
            }},
        {2, QStringLiteral("Job history"),
            {
                // One row per run of a job (storage::JobHistory). state 'running' until it ends; pid:
                // the process that ran it, so a run left 'running' by a dead process can be told
                // from one of a live window or CLI. errors: a JSON array of the item failures'
                // messages. Every text is redacted before it is written.
                QStringLiteral("CREATE TABLE job_runs ("
                               " id INTEGER PRIMARY KEY,"
                               " profile_id TEXT NOT NULL DEFAULT '',"
                               " kind TEXT NOT NULL,"
                               " title TEXT NOT NULL DEFAULT '',"
                               " started_at INTEGER NOT NULL,"
                               " finished_at INTEGER,"
                               " state TEXT NOT NULL"
                               "  CHECK (state IN ('running', 'succeeded', 'failed', 'cancelled')),"
                               " summary TEXT NOT NULL DEFAULT '',"
                               " seen INTEGER NOT NULL DEFAULT 0,"
                               " done INTEGER NOT NULL DEFAULT 0,"
                               " skipped INTEGER NOT NULL DEFAULT 0,"
                               " failed INTEGER NOT NULL DEFAULT 0,"
                               " errors TEXT NOT NULL DEFAULT '[]',"
                               " log TEXT NOT NULL DEFAULT '',"
                               " pid INTEGER NOT NULL DEFAULT 0)"),
                // A profile's runs newest first (the history view, last(), perDay())...
                QStringLiteral("CREATE INDEX job_runs_by_profile ON job_runs (profile_id, started_at)"),
                // ...by kind and state (filters, the rows left running)...
                QStringLiteral("CREATE INDEX job_runs_by_kind ON job_runs (kind, state)"),
                // ...and every profile's runs by time (the unfiltered view, prune()).
                QStringLiteral("CREATE INDEX job_runs_by_start ON job_runs (started_at)"),
            }},
        {3, QStringLiteral("IOC exchange: IOCs, provenance, sources, rules, sharing"),
            {
                // One row per indicator: (type, value) with the value normalized (exchange::
                // IocNormalizer). The fields are the merge of every report (exchange::Ioc::mergeFrom);
                // labels a JSON array; content_hash of what a destination is sent (IocStore::contentHash),
                // compared with ioc_shares.content_hash to find what to renew. The UNIQUE index also
                // serves the lookups by type and value.
                QStringLiteral("CREATE TABLE iocs ("
                               " id INTEGER PRIMARY KEY,"
                               " type TEXT NOT NULL,"
                               " value TEXT NOT NULL,"
                               " first_seen INTEGER,"
                               " last_seen INTEGER,"
                               " valid_until INTEGER,"
                               " severity INTEGER NOT NULL DEFAULT -1,"
                               " score INTEGER NOT NULL DEFAULT -1,"
                               " description TEXT NOT NULL DEFAULT '',"
                               " name TEXT NOT NULL DEFAULT '',"
                               " labels TEXT NOT NULL DEFAULT '[]',"
                               " link TEXT NOT NULL DEFAULT '',"
                               " content_hash TEXT NOT NULL DEFAULT '',"
                               " updated_at INTEGER NOT NULL DEFAULT 0,"
                               " UNIQUE (type, value))"),
                // IOCs of a type in id order (the list filtered by type, a rule's candidate scan).
                QStringLiteral("CREATE INDEX iocs_by_type ON iocs (type, id)"),
                // Where IOCs come from. settings and counts: JSON objects; checkpoint: opaque text
                // of the source's puller (where the next incremental pull starts).
                QStringLiteral("CREATE TABLE sources ("
                               " id TEXT PRIMARY KEY NOT NULL,"
                               " profile_id TEXT NOT NULL DEFAULT '',"
                               " name TEXT NOT NULL,"
                               " kind TEXT NOT NULL CHECK (kind IN ('s1-threats', 'feed', 'manual')),"
                               " settings TEXT NOT NULL DEFAULT '{}',"
                               " checkpoint TEXT NOT NULL DEFAULT '',"
                               " last_pull_at INTEGER,"
                               " last_pull_state TEXT NOT NULL DEFAULT '',"
                               " counts TEXT NOT NULL DEFAULT '{}',"
                               " UNIQUE (profile_id, name))"),
                // Which source reported which IOC, with the times as that source gave them. present:
                // 1 while the source still reports it (IocStore::markAbsent). pull_mark: the mark of
                // the pull that last reported it. Gone with its source; IOCs are never deleted here.
                QStringLiteral("CREATE TABLE ioc_sources ("
                               " ioc_id INTEGER NOT NULL REFERENCES iocs (id),"
                               " source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,"
                               " first_seen INTEGER,"
                               " last_seen INTEGER,"
                               " valid_until INTEGER,"
                               " present INTEGER NOT NULL DEFAULT 1,"
                               " pull_mark INTEGER NOT NULL DEFAULT 0,"
                               " PRIMARY KEY (ioc_id, source_id)) WITHOUT ROWID"),
                // The IOCs of a source (its list, markAbsent, a rule's candidate scan by source).
                QStringLiteral(
                    "CREATE INDEX ioc_sources_by_source ON ioc_sources (source_id, present, ioc_id)"),
                // Business rules and sharing configurations: a name and a JSON definition.
                // sharing.destination: "<kind>:<target>" taken from the definition, for the filters.
                QStringLiteral("CREATE TABLE rules ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " definition TEXT NOT NULL DEFAULT '{}')"),
                QStringLiteral("CREATE TABLE sharing ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " definition TEXT NOT NULL DEFAULT '{}',"
                               " destination TEXT NOT NULL DEFAULT '')"),
                // Per sharing configuration and IOC, what the destination was sent and said. pending:
                // sent (external_id is what was sent as externalId), no answer yet; shared: the
                // destination confirmed (remote_id its uuid, content_hash of what was sent, expires_at
                // at the destination); failed: refused (reason: the destination's words); retracted:
                // deleted at the destination. retract_requested: a user asked for the retraction.
                QStringLiteral("CREATE TABLE ioc_shares ("
                               " sharing_id INTEGER NOT NULL REFERENCES sharing (id),"
                               " ioc_id INTEGER NOT NULL REFERENCES iocs (id),"
                               " state TEXT NOT NULL"
                               "  CHECK (state IN ('pending', 'shared', 'failed', 'retracted')),"
                               " remote_id TEXT NOT NULL DEFAULT '',"
                               " content_hash TEXT NOT NULL DEFAULT '',"
                               " expires_at INTEGER,"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " external_id TEXT NOT NULL DEFAULT '',"
                               " sent_at INTEGER,"
                               " confirmed_at INTEGER,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " retract_requested INTEGER NOT NULL DEFAULT 0,"
                               " PRIMARY KEY (sharing_id, ioc_id)) WITHOUT ROWID"),
                // A configuration's shares by state in id order (renew, retract, the state filters)...
                QStringLiteral("CREATE INDEX ioc_shares_by_state ON ioc_shares (sharing_id, state, ioc_id)"),
                // ...and an IOC's shares (details, the state filter over every configuration).
                QStringLiteral("CREATE INDEX ioc_shares_by_ioc ON ioc_shares (ioc_id, state)"),
            }},
        {4, QStringLiteral("IOC sources of kinds opencti and taxii"),
            {
                // SQLite cannot change a CHECK in place: the table is made again. Dropping the old one
                // deletes its provenance rows (ON DELETE CASCADE, foreign keys on), so they are kept
                // aside and put back, all in this step's transaction.
                QStringLiteral("CREATE TABLE sources_new ("
                               " id TEXT PRIMARY KEY NOT NULL,"
                               " profile_id TEXT NOT NULL DEFAULT '',"
                               " name TEXT NOT NULL,"
                               " kind TEXT NOT NULL"
                               "  CHECK (kind IN ('s1-threats', 'feed', 'manual', 'opencti', 'taxii')),"
                               " settings TEXT NOT NULL DEFAULT '{}',"
                               " checkpoint TEXT NOT NULL DEFAULT '',"
                               " last_pull_at INTEGER,"
                               " last_pull_state TEXT NOT NULL DEFAULT '',"
                               " counts TEXT NOT NULL DEFAULT '{}',"
                               " UNIQUE (profile_id, name))"),
                QStringLiteral("INSERT INTO sources_new (id, profile_id, name, kind, settings, checkpoint,"
                               " last_pull_at, last_pull_state, counts) SELECT id, profile_id, name, kind,"
                               " settings, checkpoint, last_pull_at, last_pull_state, counts FROM sources"),
                QStringLiteral("CREATE TABLE ioc_sources_keep AS SELECT * FROM ioc_sources"),
                QStringLiteral("DROP TABLE sources"),
                QStringLiteral("ALTER TABLE sources_new RENAME TO sources"),
                QStringLiteral(
                    "INSERT INTO ioc_sources (ioc_id, source_id, first_seen, last_seen, valid_until,"
                    " present, pull_mark) SELECT ioc_id, source_id, first_seen, last_seen,"
                    " valid_until, present, pull_mark FROM ioc_sources_keep"),
                QStringLiteral("DROP TABLE ioc_sources_keep"),
            }},
        {5, QStringLiteral("Firewall collections and the rules exported from them"),
            {
                // A collection: its typed entries (one a line, as given), its definition (firewall::
                // Collection::toDefinition: template, sources, targets, options) and its layout: the
                // entries of each rule, one line per rule (firewall::Layout::toText), so an address
                // keeps its rule between exports.
                QStringLiteral("CREATE TABLE fw_collections ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL UNIQUE,"
                               " definition TEXT NOT NULL DEFAULT '{}',"
                               " entries TEXT NOT NULL DEFAULT '',"
                               " layout TEXT NOT NULL DEFAULT '',"
                               " updated_at INTEGER)"),
                // The rules this tool made, per collection, target (profile and scope) and layout slot.
                // pending: the POST was sent, its answer not known (read back by name before anything
                // else); confirmed: the console gave rule_id. name: as sent or last confirmed.
                QStringLiteral("CREATE TABLE fw_rules ("
                               " collection_id INTEGER NOT NULL REFERENCES fw_collections (id),"
                               " target TEXT NOT NULL,"
                               " slot INTEGER NOT NULL,"
                               " state TEXT NOT NULL CHECK (state IN ('pending', 'confirmed')),"
                               " rule_id TEXT NOT NULL DEFAULT '',"
                               " name TEXT NOT NULL,"
                               " sent_at INTEGER,"
                               " confirmed_at INTEGER,"
                               " PRIMARY KEY (collection_id, target, slot)) WITHOUT ROWID"),
                // The last export per collection and target: when, how it ended, its counts (JSON).
                QStringLiteral("CREATE TABLE fw_exports ("
                               " collection_id INTEGER NOT NULL REFERENCES fw_collections (id),"
                               " target TEXT NOT NULL,"
                               " exported_at INTEGER,"
                               " state TEXT NOT NULL DEFAULT '',"
                               " counts TEXT NOT NULL DEFAULT '{}',"
                               " PRIMARY KEY (collection_id, target)) WITHOUT ROWID"),
            }},
    };
    return steps;
}

} // namespace storage
