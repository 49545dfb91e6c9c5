// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageInfo.h"

namespace s1 {

PageInfo PageInfo::fromEnvelope(const QJsonObject &envelope)
{
    PageInfo page;
    const QJsonObject pagination = envelope.value(QLatin1String("pagination")).toObject();
    const QJsonValue cursor = pagination.value(QLatin1String("nextCursor"));
    if (cursor.isString()) {
        const QString text = cursor.toString().trimmed();
        if (!text.isEmpty() && text.compare(QLatin1String("null"), Qt::CaseInsensitive) != 0)
            page.nextCursor = text;
    }
    const QJsonValue total = pagination.value(QLatin1String("totalItems"));
    if (total.isDouble())
        page.totalItems = static_cast<qint64>(total.toDouble());
    return page;
}

} // namespace s1
