// SPDX-License-Identifier: GPL-3.0-or-later
#include "Site.h"

namespace s1 {

Site Site::fromJson(const QJsonObject &o)
{
    auto s = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    return Site {s("id"), s("name"), s("accountId"), s("accountName"), s("state"), s("siteType"), s("sku")};
}

QJsonObject Site::toJson() const
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
        {QStringLiteral("accountId"), accountId}, {QStringLiteral("accountName"), accountName},
        {QStringLiteral("state"), state}, {QStringLiteral("siteType"), siteType},
        {QStringLiteral("sku"), sku}};
}

} // namespace s1
