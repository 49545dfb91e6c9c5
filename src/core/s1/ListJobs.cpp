// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListJobs.h"

#include "S1Client.h"

#include <QJsonArray>

namespace s1 {

ThreatListJob::ThreatListJob(S1Client *client, const ThreatQuery &query, QObject *parent)
    : PagedListJob(client, QStringLiteral("threat-list"), tr("List threats"), parent)
    , m_query(query)
    , m_pageSize(S1Client::MaxPageSize)
{ }

net::ApiCall *ThreatListJob::requestPage(const QString &cursor)
{
    return client()->listThreats(m_query, cursor, m_pageSize, this);
}

qint64 ThreatListJob::consumePage(const QJsonValue &data)
{
    const QJsonArray array = data.toArray();
    QList<Threat> page;
    page.reserve(array.size());
    for (const QJsonValue &v : array) {
        Threat t = Threat::fromJson(v.toObject());
        if (t.isValid())
            page.append(std::move(t));
    }
    if (m_keep)
        m_threats += page;
    Q_EMIT threatsReady(page, totalItems());
    return array.size();
}

QString ThreatListJob::itemsName(qint64 count) const
{
    return tr("%Ln threat(s)", nullptr, int(count));
}

SiteListJob::SiteListJob(S1Client *client, const QStringList &accountIds, QObject *parent)
    : PagedListJob(client, QStringLiteral("site-list"), tr("List sites"), parent)
    , m_accountIds(accountIds)
{ }

net::ApiCall *SiteListJob::requestPage(const QString &cursor)
{
    return client()->listSites(m_accountIds, cursor, this);
}

qint64 SiteListJob::consumePage(const QJsonValue &data)
{
    // data.sites, not data (API-NOTES.md); tolerate a plain array too
    const QJsonArray array
        = data.isArray() ? data.toArray() : data.toObject().value(QLatin1String("sites")).toArray();
    for (const QJsonValue &v : array)
        m_sites.append(Site::fromJson(v.toObject()));
    return array.size();
}

AccountListJob::AccountListJob(S1Client *client, QObject *parent)
    : PagedListJob(client, QStringLiteral("account-list"), tr("List accounts"), parent)
{ }

net::ApiCall *AccountListJob::requestPage(const QString &cursor)
{
    return client()->listAccounts(cursor, this);
}

qint64 AccountListJob::consumePage(const QJsonValue &data)
{
    const QJsonArray array = data.toArray();
    for (const QJsonValue &v : array)
        m_accounts.append(Account::fromJson(v.toObject()));
    return array.size();
}

GroupListJob::GroupListJob(S1Client *client, const QStringList &siteIds, QObject *parent)
    : PagedListJob(client, QStringLiteral("group-list"), tr("List groups"), parent)
    , m_siteIds(siteIds)
{ }

net::ApiCall *GroupListJob::requestPage(const QString &cursor)
{
    return client()->listGroups(m_siteIds, cursor, this);
}

qint64 GroupListJob::consumePage(const QJsonValue &data)
{
    const QJsonArray array = data.toArray();
    for (const QJsonValue &v : array)
        m_groups.append(Group::fromJson(v.toObject()));
    return array.size();
}

NoteListJob::NoteListJob(S1Client *client, const QString &threatId, QObject *parent)
    : PagedListJob(client, QStringLiteral("note-list"), tr("List notes of threat %1").arg(threatId), parent)
    , m_threatId(threatId)
{ }

net::ApiCall *NoteListJob::requestPage(const QString &cursor)
{
    return client()->listNotes(m_threatId, cursor, this);
}

qint64 NoteListJob::consumePage(const QJsonValue &data)
{
    const QJsonArray array = data.toArray();
    for (const QJsonValue &v : array)
        m_notes.append(ThreatNote::fromJson(v.toObject(), m_threatId));
    return array.size();
}

IocListJob::IocListJob(S1Client *client, const IocFilter &filter, QObject *parent)
    : PagedListJob(client, QStringLiteral("ioc-list"), tr("List threat-intelligence IOCs"), parent)
    , m_filter(filter)
    , m_pageSize(S1Client::MaxPageSize)
{ }

net::ApiCall *IocListJob::requestPage(const QString &cursor)
{
    return client()->listIocs(m_filter, cursor, m_pageSize, this);
}

qint64 IocListJob::consumePage(const QJsonValue &data)
{
    const QList<StoredIoc> page = threatintel::iocsFromData(data);
    m_iocs += page;
    return data.toArray().size();
}

QString IocListJob::itemsName(qint64 count) const
{
    return tr("%Ln IOC(s)", nullptr, int(count));
}

FirewallRuleListJob::FirewallRuleListJob(S1Client *client, const FirewallRuleFilter &filter, QObject *parent)
    : PagedListJob(client, QStringLiteral("firewall-rule-list"), tr("List firewall rules"), parent)
    , m_filter(filter)
    , m_pageSize(S1Client::MaxPageSize)
{ }

net::ApiCall *FirewallRuleListJob::requestPage(const QString &cursor)
{
    return client()->listFirewallRules(m_filter, cursor, m_pageSize, this);
}

qint64 FirewallRuleListJob::consumePage(const QJsonValue &data)
{
    const QList<FirewallRule> page = firewall_api::rulesFromData(data);
    for (const FirewallRule &rule : page) {
        // The request may have asked for a part of the text (see FirewallRuleFilter::nameContains).
        if (m_filter.nameContains.isEmpty() || rule.name.contains(m_filter.nameContains, Qt::CaseInsensitive))
            m_rules.append(rule);
    }
    return data.toArray().size();
}

QString FirewallRuleListJob::itemsName(qint64 count) const
{
    return tr("%Ln firewall rule(s)", nullptr, int(count));
}

} // namespace s1
