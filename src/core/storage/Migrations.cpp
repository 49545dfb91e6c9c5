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
    };
    return steps;
}

} // namespace storage
