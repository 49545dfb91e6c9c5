// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace s1 {

struct Account
{
    QString id;
    QString name;
    QString accountType;
    QString state;
    int numberOfSites = 0;

    static Account fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace s1
