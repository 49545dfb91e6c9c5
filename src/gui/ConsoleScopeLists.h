// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace s1 {
class ConsoleScopesJob;
}

// What a target editor (the sharing dialog's, the firewall targets editor's) offers once a
// s1::ConsoleScopesJob finished: the id and label of each account, site ("name (account)") and group
// ("name (site)"), and the note to show: why the sites or the groups are missing, empty when all came.
struct ConsoleScopeLists
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleScopeLists)

public:
    QList<std::pair<QString, QString>> accounts, sites, groups;
    QString note;

    static ConsoleScopeLists from(const s1::ConsoleScopesJob &job);
};
