// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to IocStore's translation units (IocStore.cpp, IocStoreQueries.cpp): an IocFilter as SQL,
// and the conversions both use (defined in IocStore.cpp).
#pragma once

#include "exchange/IocStore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace exchange::detail {

// A filter as SQL: the FROM clause, the WHERE conditions (joined with AND; "1" when none) and the
// column the pages are ordered by, with the values of the conditions (see IocStore.cpp).
struct FilterSql
{
    QString from = QStringLiteral("iocs i");
    QString idColumn = QStringLiteral("i.id");
    QString where;
};

FilterSql filterSql(const IocFilter &filter, QVariantList *values);

// A stored time (ms since the epoch, UTC; NULL: none).
QDateTime fromStored(const QVariant &value);
// Many ids as one bound value, read by "IN (SELECT value FROM json_each(?))".
QString idsJson(const QList<qint64> &ids);

} // namespace exchange::detail
