// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "Group.h"
#include "Site.h"
#include "jobs/Job.h"

#include <QPointer>

namespace s1 {

class S1Client;

// The scopes a console offers for a target (an IOC sharing configuration's, a firewall collection's):
// its accounts, then its sites (of one account when the profile names one), then the groups of those
// sites; one request chain, never blocking. Succeeds when the sites were listed: a console that does
// not list its accounts (a site-scoped token) or its groups still offers what it listed, and
// groupsError() tells why the groups are missing. Fails with the sites' error otherwise.
class ConsoleScopesJob : public jobs::Job
{
    Q_OBJECT
public:
    ConsoleScopesJob(S1Client *client, const QString &accountId, QObject *parent = nullptr);

    const QList<Account> &accounts() const { return m_accounts; }
    const QList<Site> &sites() const { return m_sites; }
    const QList<Group> &groups() const { return m_groups; }
    // The name of a listed site (for a group's label), or the id itself.
    QString siteName(const QString &siteId) const;
    // Set when the groups could not be listed (the job still succeeded).
    const jobs::JobError &groupsError() const { return m_groupsError; }

protected:
    void run() override;
    void onCancel() override;

private:
    void listSites();
    void listGroups();

    QPointer<S1Client> m_client;
    QString m_accountId;
    QPointer<jobs::Job> m_current;
    QList<Account> m_accounts;
    QList<Site> m_sites;
    QList<Group> m_groups;
    jobs::JobError m_groupsError;
};

} // namespace s1
