// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>

class QSqlError;
class QSqlQuery;

namespace storage {

// The application's SQLite database (Qt Sql, driver QSQLITE): one file shared by s1bridge and
// s1bridge-cli, in WAL mode so one process writes while others read. The schema is versioned
// (schema_version table, steps in Migrations.h); a file written by a newer S1 Bridge is refused.
//
// Threads: a Qt Sql connection may only be used in the thread that created it, so connection() gives
// each thread its own, named after this instance and the thread, opened on first use. A thread's
// connection is removed when its QThread finishes; all are removed by the destructor, which must run
// after every thread stopped using them. Stores hold a Database * and call connection() per call.
//
// Durability: synchronous=NORMAL in WAL mode: a committed transaction survives the process being
// killed at any moment (the WAL is in the OS cache); a power cut may lose the last commits (never
// corrupts the file). Nothing secret is ever written here.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr int SchemaVersion = 5;
    // Milliseconds SQLite waits for another connection's lock before a statement fails with "busy".
    static constexpr int BusyTimeoutMs = 5000;

    // <data dir>/S1Bridge/s1bridge/s1bridge.sqlite (GenericDataLocation, so XDG_DATA_HOME on Linux):
    // the same file whichever executable asks. Tests use explicit paths.
    static QString defaultPath();

    explicit Database(const QString &path = defaultPath());
    ~Database(); // closes and removes its connections (of every thread)
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates the folder, opens the file (creating it if missing) with the pragmas (journal_mode=WAL,
    // synchronous=NORMAL, foreign_keys=ON, busy_timeout) and brings the schema to SchemaVersion, one
    // transaction per step. False with *error naming the file and what to do: the folder cannot be
    // created, the file cannot be opened or written, it is not an SQLite file or is damaged, it is
    // another program's database, or it was written by a newer S1 Bridge; a file this user may not
    // write is refused too (SQLite would open it read-only and fail every later write). A refused file
    // is never written to, moved or deleted. Calling it again is harmless.
    bool open(QString *error);
    bool isOpen() const; // open() succeeded
    QString errorString() const; // why the last open() failed; empty after a success
    QString path() const;

    // This thread's connection, opened on first use with the same pragmas (call open() once first,
    // in any thread, for the schema). If it cannot be opened, the result is not open (isOpen() false)
    // and the reason is logged; lastError() and describe() tell it.
    QSqlDatabase connection() const;

    // The version recorded in the file (0: none yet or unreadable).
    int schemaVersion() const;

    // Runs fn inside one transaction on this thread's connection (BEGIN IMMEDIATE: the write lock is
    // taken up front, waiting up to BusyTimeoutMs for another writer). Commits when fn returns true,
    // else rolls back; an exception from fn rolls back and propagates. False (and *error) on any
    // failure. fn may write its own reason to the same error string (capture it); if it returns false
    // without changing it, a generic message is put there. Nests: inside another transaction() on
    // the same thread it becomes a savepoint, rolled back alone on false; the outer one decides.
    bool transaction(const std::function<bool(QSqlDatabase &)> &fn, QString *error = nullptr);

    // A user-facing message for a failed open or statement: names the file, says what went wrong in
    // plain words (busy, read-only, disk full, not a database...) and what to do.
    QString describe(const QSqlError &error) const;

    // Before an upgrade of the schema (a file at an older version: not a new one), open() copies the
    // file (a consistent snapshot, the WAL's commits included) to backupPath(SchemaVersion), owner-only,
    // and keeps the latest two such copies (removing older <file>.before-v<N>.bak); when the copy cannot
    // be made the upgrade does not start and open() fails.
    QString backupPath(int version) const; // <file>.before-v<version>.bak
    QString latestBackup() const; // the newest existing backupPath(), or empty

private:
    QString accessProblem() const;
    bool backUp(QSqlDatabase &db, int version, QString *error) const;
    void pruneBackups() const;
    QSqlDatabase threadConnection(QString *error) const;
    bool configure(QSqlDatabase &db, QString *error) const;
    bool readVersion(QSqlDatabase &db, int *version, QString *error) const;
    bool migrate(QString *error);
    QString newerVersionMessage(int version) const;
    QString nativePath() const;

    const QString m_path;
    const quint64 m_instance;
    std::atomic<bool> m_open {false};
    mutable QMutex m_mutex; // guards the members below
    mutable QSet<QString> m_connections; // every connection name this instance created
    QHash<QString, int> m_transactionDepth; // by connection name
    QString m_error;
};

} // namespace storage
