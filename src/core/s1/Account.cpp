// SPDX-License-Identifier: GPL-3.0-or-later
#include "Account.h"

namespace s1 {

Account Account::fromJson(const QJsonObject &o)
{
    auto s = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    return Account {
        s("id"), s("name"), s("accountType"), s("state"), o.value(QLatin1String("numberOfSites")).toInt()};
}

QJsonObject Account::toJson() const
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
        {QStringLiteral("accountType"), accountType}, {QStringLiteral("state"), state},
        {QStringLiteral("numberOfSites"), numberOfSites}};
}

} // namespace s1
