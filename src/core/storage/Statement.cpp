// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include "Logging.h"
#include "storage/Database.h"

#include <QSqlError>

#include <algorithm>

namespace storage {

Statement::Statement(const Database &db, const QString &sql)
    : Statement(db, db.connection(), sql, nullptr)
{ }

Statement::Statement(const Database &db, const QSqlDatabase &connection, const QString &sql)
    : Statement(db, connection, sql, nullptr)
{ }

Statement::Statement(const Database &db, const QSqlDatabase &connection, const QString &sql, QString *problem)
    : m_db(&db)
    , m_query(connection)
    , m_problem(problem)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        fail();
}

void Statement::fail()
{
    m_error = m_db->describe(m_query.lastError());
    if (m_problem)
        *m_problem = m_error;
}

bool Statement::exec(const QVariantList &values)
{
    if (!m_prepared) {
        if (m_problem)
            *m_problem = m_error;
        return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), values.at(i));
    if (!m_query.exec()) {
        fail();
        return false;
    }
    m_error.clear();
    m_rows += std::max(m_query.numRowsAffected(), 0);
    return true;
}

bool Statement::read(const char *what, const QVariantList &values)
{
    if (exec(values))
        return true;
    qCWarning(lcStorage).noquote() << QString(QLatin1String(what) + QLatin1Char(':')) << m_error;
    return false;
}

bool write(Database &db, const char *what, QString *error,
    const std::function<QString(const QString &)> &sentence, const std::function<bool(Transaction &)> &fn)
{
    QString problem;
    const bool ok = db.transaction(
        [&](QSqlDatabase &connection) {
            Transaction transaction(db, connection, &problem);
            return fn(transaction);
        },
        &problem);
    if (ok)
        return true;
    if (error)
        *error = sentence(problem);
    qCWarning(lcStorage).noquote() << QString(QLatin1String(what) + QLatin1Char(':')) << problem;
    return false;
}

} // namespace storage
