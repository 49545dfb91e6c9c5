// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to IocStore's translation units (IocStore.cpp, IocStoreQueries.cpp): an IocFilter as SQL.
#pragma once

#include "exchange/IocStore.h"

#include <QString>
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

} // namespace exchange::detail
