// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace s1 {

// The "pagination" member of a list answer.
struct PageInfo
{
    QString nextCursor; // empty at the end
    qint64 totalItems = -1; // -1 when the console did not say

    bool hasMore() const { return !nextCursor.isEmpty(); }
    // JSON null, a missing member, "" and the string "null" (seen in a public fixture) all end the list.
    static PageInfo fromEnvelope(const QJsonObject &envelope);
};

} // namespace s1
