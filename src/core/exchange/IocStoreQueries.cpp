// SPDX-License-Identifier: GPL-3.0-or-later
// IocStore: the reads of the IOC table's view (ids of a filter in order, every share of a page of IOCs,
// source names); the rest is in IocStore.cpp and IocStoreConfig.cpp.
#include "IocStore.h"
#include "IocStoreSql.h"

#include "Logging.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSqlQuery>
#include <QVariant>

namespace exchange {

namespace {

using detail::fromStored;
using detail::idsJson;
using storage::Statement;

} // namespace

bool IocStore::scanIds(
    const IocFilter &filter, bool descending, const std::function<bool(qint64 id)> &sink) const
{
    QVariantList values;
    const detail::FilterSql sql = detail::filterSql(filter, &values);
    Statement q(*m_db,
        QLatin1String("SELECT ") + sql.idColumn + QLatin1String(" FROM ") + sql.from
            + QLatin1String(" WHERE ") + sql.where + QLatin1String(" ORDER BY ") + sql.idColumn
            + (descending ? QLatin1String(" DESC") : QLatin1String("")));
    if (!q.read("IOC ids", values))
        return false;
    while (q.next())
        if (!sink(q.value(0).toLongLong()))
            break;
    return true;
}

QHash<QString, QString> IocStore::sourceNames() const
{
    QHash<QString, QString> names;
    Statement q(*m_db, QStringLiteral("SELECT id, name FROM sources"));
    if (!q.read("source names"))
        return names;
    while (q.next())
        names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
}

QHash<qint64, QList<IocShare>> IocStore::sharesOf(const QList<qint64> &iocIds) const
{
    QHash<qint64, QList<IocShare>> result;
    if (iocIds.isEmpty())
        return result;
    // By the index ioc_shares_by_ioc: a row per share of these IOCs, whatever the configuration.
    Statement q(*m_db,
        QStringLiteral("SELECT s.ioc_id, s.sharing_id, coalesce(g.name, ''), s.state, s.remote_id,"
                       " s.content_hash, s.expires_at, s.reason, s.external_id, s.sent_at, s.confirmed_at,"
                       " s.attempts, s.retract_requested FROM ioc_shares s"
                       " LEFT JOIN sharing g ON g.id = s.sharing_id"
                       " WHERE s.ioc_id IN (SELECT value FROM json_each(?)) ORDER BY s.ioc_id, g.name"));
    if (!q.read("shares of IOCs", {idsJson(iocIds)}))
        return result;
    while (q.next()) {
        IocShare s;
        s.iocId = q.value(0).toLongLong();
        s.sharingId = q.value(1).toLongLong();
        s.sharingName = q.value(2).toString();
        s.state = IocShare::stateFromName(q.value(3).toString()).value_or(IocShare::State::Pending);
        s.remoteId = q.value(4).toString();
        s.contentHash = q.value(5).toString();
        s.expiresAt = fromStored(q.value(6));
        s.reason = q.value(7).toString();
        s.externalId = q.value(8).toString();
        s.sentAt = fromStored(q.value(9));
        s.confirmedAt = fromStored(q.value(10));
        s.attempts = q.value(11).toInt();
        s.retractRequested = q.value(12).toInt() != 0;
        result[s.iocId].append(s);
    }
    return result;
}

} // namespace exchange
