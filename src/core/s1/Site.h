// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace s1 {

struct Site
{
    QString id;
    QString name;
    QString accountId;
    QString accountName;
    QString state; // active | expired | deleted
    QString siteType; // Paid | Trial
    QString sku; // Core | Control | Complete ...

    static Site fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace s1
