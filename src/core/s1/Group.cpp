// SPDX-License-Identifier: GPL-3.0-or-later
#include "Group.h"

namespace s1 {

Group Group::fromJson(const QJsonObject &o)
{
    auto s = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    return Group {s("id"), s("name"), s("siteId"), s("type"), o.value(QLatin1String("isDefault")).toBool(),
        o.value(QLatin1String("totalAgents")).toInt()};
}

} // namespace s1
