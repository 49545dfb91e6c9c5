// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleScopesJob.h"

#include "ListJobs.h"
#include "S1Client.h"

namespace s1 {

ConsoleScopesJob::ConsoleScopesJob(S1Client *client, const QString &accountId, QObject *parent)
    : jobs::Job(QStringLiteral("console-scopes"), tr("List the console's accounts, sites and groups"), parent)
    , m_client(client)
    , m_accountId(accountId)
{ }

QString ConsoleScopesJob::siteName(const QString &siteId) const
{
    for (const Site &site : m_sites)
        if (site.id == siteId)
            return site.name;
    return siteId;
}

void ConsoleScopesJob::run()
{
    if (!m_client)
        return fail(
            tr("The console connection was closed before its scopes were listed: open the profile again."));
    setProgress(0, 3, tr("Listing accounts"));
    auto *accounts = new AccountListJob(m_client, this);
    m_current = accounts;
    connect(accounts, &jobs::Job::finished, this, [this, accounts] {
        accounts->deleteLater();
        if (isCancelRequested())
            return finishCancelled();
        // A token scoped to a site may not list accounts: its sites are what it can target.
        m_accounts = accounts->accounts();
        listSites();
    });
    accounts->start();
}

void ConsoleScopesJob::listSites()
{
    if (!m_client)
        return fail(
            tr("The console connection was closed before its scopes were listed: open the profile again."));
    setProgress(1, 3, tr("Listing sites"));
    auto *sites
        = new SiteListJob(m_client, m_accountId.isEmpty() ? QStringList() : QStringList {m_accountId}, this);
    m_current = sites;
    connect(sites, &jobs::Job::finished, this, [this, sites] {
        sites->deleteLater();
        if (isCancelRequested())
            return finishCancelled();
        m_sites = sites->sites();
        if (sites->state() != jobs::Job::State::Succeeded)
            return fail(sites->error());
        listGroups();
    });
    sites->start();
}

void ConsoleScopesJob::listGroups()
{
    if (!m_client)
        return fail(
            tr("The console connection was closed before its scopes were listed: open the profile again."));
    setProgress(2, 3, tr("Listing groups"));
    // The groups of the sites listed; of every site when the profile names no account (or the account
    // has more sites than one request may name).
    QStringList siteIds;
    if (!m_accountId.isEmpty() && m_sites.size() <= S1Client::MaxScopeIds)
        for (const Site &site : std::as_const(m_sites))
            siteIds << site.id;
    auto *groups = new GroupListJob(m_client, siteIds, this);
    m_current = groups;
    connect(groups, &jobs::Job::finished, this, [this, groups] {
        groups->deleteLater();
        if (isCancelRequested())
            return finishCancelled();
        m_groups = groups->groups();
        if (groups->state() != jobs::Job::State::Succeeded)
            m_groupsError = groups->error();
        tally().seen = m_accounts.size() + m_sites.size() + m_groups.size();
        setProgress(3, 3);
        succeed(tr("%n account(s), ", nullptr, int(m_accounts.size()))
            + tr("%n site(s), ", nullptr, int(m_sites.size()))
            + tr("%n group(s)", nullptr, int(m_groups.size())));
    });
    groups->start();
}

void ConsoleScopesJob::onCancel()
{
    if (m_current && !m_current->isFinished())
        m_current->cancel(); // its finished() ends this job as cancelled
    else
        finishCancelled();
}

} // namespace s1
