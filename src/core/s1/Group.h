// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace s1 {

// A group of endpoints inside a site (GET /groups): a scope for IOCs and firewall rules.
struct Group
{
    QString id;
    QString name;
    QString siteId;
    QString type; // static | dynamic | pinned
    bool isDefault = false;
    int totalAgents = 0;

    static Group fromJson(const QJsonObject &object);
};

} // namespace s1
