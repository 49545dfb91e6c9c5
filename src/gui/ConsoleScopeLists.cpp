// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleScopeLists.h"

#include "s1/ConsoleScopesJob.h"

ConsoleScopeLists ConsoleScopeLists::from(const s1::ConsoleScopesJob &job)
{
    ConsoleScopeLists lists;
    for (const s1::Account &a : job.accounts())
        lists.accounts.append({a.id, a.name});
    for (const s1::Site &site : job.sites())
        lists.sites.append({site.id, tr("%1 (%2)").arg(site.name, site.accountName)});
    for (const s1::Group &g : job.groups())
        lists.groups.append({g.id, tr("%1 (%2)").arg(g.name, job.siteName(g.siteId))});
    if (job.state() != jobs::Job::State::Succeeded)
        lists.note = tr("The console's sites could not be listed: %1").arg(job.error().userMessage());
    else if (job.groupsError().isError())
        lists.note = tr("The console's groups could not be listed: %1").arg(job.groupsError().userMessage());
    return lists;
}
