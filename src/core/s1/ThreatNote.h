// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace s1 {

// A note on a threat. The analyst's "flag" for OpenCTI is a note containing the flag string.
struct ThreatNote
{
    QString id;
    QString threatId;
    QString text;
    QString creator;
    QDateTime createdAt, updatedAt;
    QString createdAtRaw;
    bool edited = false;

    // The rule of the public connector: flagged when the text contains the flag (case-sensitive).
    bool containsFlag(const QString &flag) const { return !flag.isEmpty() && text.contains(flag); }
    // A note that is nothing but the flag (what S1 Bridge writes).
    bool isOnlyFlag(const QString &flag) const { return !flag.isEmpty() && text.trimmed() == flag; }

    static ThreatNote fromJson(const QJsonObject &object, const QString &threatId = {});
    QJsonObject toJson() const;
};

} // namespace s1
