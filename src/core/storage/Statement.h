// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>

namespace storage {

class Database;
class Transaction;

// One SQL statement of a store, prepared once on a connection of a Database and run any number of
// times: exec() binds the values in order (the ? placeholders) and executes. It counts the rows its
// runs changed, and keeps the reason of a failure in plain words (Database::describe()): a failed
// prepare makes every exec() fail with the prepare's reason. Forward only: rows are read once.
//
// A read builds its own (this thread's connection) and calls read(), which logs a failure; a write
// gets its statements from the Transaction that write() passes, which collects the failure's reason.
class Statement
{
public:
    // A read on this thread's connection of db (Database::connection()).
    Statement(const Database &db, const QString &sql);
    // On the given connection of db.
    Statement(const Database &db, const QSqlDatabase &connection, const QString &sql);
    Statement(Statement &&) = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds values to the placeholders in order (replacing those of the previous run) and executes.
    // False on failure; error() says why.
    bool exec(const QVariantList &values = {});
    // exec(); on failure, lcStorage warns "<what>: <reason>" (the reads of the stores: they return an
    // empty result then).
    bool read(const char *what, const QVariantList &values = {});

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    const QSqlQuery &query() const { return m_query; } // for a function reading a row
    void finish() { m_query.finish(); } // done with the rows of this run
    QVariant lastInsertId() const { return m_query.lastInsertId(); }

    // Rows changed by the successful runs so far (a count the driver does not know is taken as 0).
    int rowsAffected() const { return m_rows; }
    // Why the last prepare or run failed, in plain words; empty when it did not.
    QString error() const { return m_error; }

private:
    friend class Transaction;
    Statement(const Database &db, const QSqlDatabase &connection, const QString &sql, QString *problem);
    void fail();

    const Database *m_db;
    QSqlQuery m_query;
    QString *m_problem = nullptr; // the Transaction's reason of failure (writes)
    bool m_prepared = false;
    int m_rows = 0;
    QString m_error;
};

// The transaction a write() runs in: its statements are prepared on its connection, and the reason of
// a failing one becomes the reason of the write.
class Transaction
{
public:
    Statement prepare(const QString &sql) { return Statement(*m_db, m_connection, sql, m_problem); }
    QSqlDatabase &connection() { return m_connection; }

private:
    friend bool write(Database &, const char *, QString *, const std::function<QString(const QString &)> &,
        const std::function<bool(Transaction &)> &);
    Transaction(const Database &db, QSqlDatabase &connection, QString *problem)
        : m_db(&db)
        , m_connection(connection)
        , m_problem(problem)
    { }

    const Database *m_db;
    QSqlDatabase &m_connection;
    QString *m_problem;
};

// One write of a store, as every store does it: fn runs in one Database::transaction() (a savepoint of
// the caller's when it is inside one, so several writes can be made atomic together) and returns true
// to commit, false to roll back. On failure (a statement of fn, fn's false, the transaction itself)
// *error (when given) becomes sentence(reason), e.g. tr("Cannot record ...: %1").arg(reason), lcStorage
// warns "<what>: <reason>", and the result is false.
bool write(Database &db, const char *what, QString *error,
    const std::function<QString(const QString &)> &sentence, const std::function<bool(Transaction &)> &fn);

} // namespace storage
