// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreatNote.h"

#include "Threat.h"

namespace s1 {

ThreatNote ThreatNote::fromJson(const QJsonObject &o, const QString &threatId)
{
    ThreatNote n;
    const QJsonValue id = o.value(QLatin1String("id"));
    n.id = id.isDouble() ? QString::number(id.toDouble(), 'f', 0) : id.toString();
    n.threatId = threatId;
    n.text = o.value(QLatin1String("text")).toString();
    n.creator = o.value(QLatin1String("creator")).toString();
    n.createdAtRaw = o.value(QLatin1String("createdAt")).toString();
    n.createdAt = parseApiTime(n.createdAtRaw);
    n.updatedAt = parseApiTime(o.value(QLatin1String("updatedAt")).toString());
    n.edited = o.value(QLatin1String("edited")).toBool();
    return n;
}

QJsonObject ThreatNote::toJson() const
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("threatId"), threatId},
        {QStringLiteral("text"), text}, {QStringLiteral("creator"), creator},
        {QStringLiteral("createdAt"), createdAtRaw}, {QStringLiteral("edited"), edited}};
}

} // namespace s1
