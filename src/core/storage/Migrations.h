// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace storage {

// One step of the database schema: the statements that bring a database from version - 1 to version.
// Database::open() runs each missing step in its own transaction and records it in schema_version.
struct Migration
{
    int version = 0;
    QString description; // for the log
    QStringList statements; // executed in order; one SQL statement each
};

// Every step, oldest first, versions 1, 2, 3... without gaps; the last one is Database::SchemaVersion.
// Append only: a step that has been released is never edited (a database that ran it will not run it
// again); a change to it is a new step.
const QList<Migration> &migrations();

} // namespace storage
