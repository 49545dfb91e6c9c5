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
        // Issue 6 (job history) appends {2, ...} here.
    };
    return steps;
}

} // namespace storage
