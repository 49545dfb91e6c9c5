// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "Group.h"
#include "PagedListJob.h"
#include "S1Firewall.h"
#include "S1ThreatIntel.h"
#include "Site.h"
#include "Threat.h"
#include "ThreatNote.h"
#include "ThreatQuery.h"

namespace s1 {

// Lists threats page by page (limit up to 1000). Pages are handed out as they arrive through
// threatsReady(); keepResults() also collects them (not for 100K-threat consoles).
class ThreatListJob : public PagedListJob
{
    Q_OBJECT
public:
    ThreatListJob(S1Client *client, const ThreatQuery &query, QObject *parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setKeepResults(bool keep) { m_keep = keep; }
    const QList<Threat> &threats() const { return m_threats; }

Q_SIGNALS:
    void threatsReady(const QList<s1::Threat> &threats, qint64 totalItems);

protected:
    net::ApiCall *requestPage(const QString &cursor) override;
    qint64 consumePage(const QJsonValue &data) override;
    QString itemsName(qint64 count) const override;

private:
    ThreatQuery m_query;
    int m_pageSize;
    bool m_keep = false;
    QList<Threat> m_threats;
};

class SiteListJob : public PagedListJob
{
    Q_OBJECT
public:
    SiteListJob(S1Client *client, const QStringList &accountIds = {}, QObject *parent = nullptr);
    const QList<Site> &sites() const { return m_sites; }

protected:
    bool dataIsList() const override { return false; } // data.sites (API-NOTES.md), or a plain list
    net::ApiCall *requestPage(const QString &cursor) override;
    qint64 consumePage(const QJsonValue &data) override;

private:
    QStringList m_accountIds;
    QList<Site> m_sites;
};

class AccountListJob : public PagedListJob
{
    Q_OBJECT
public:
    explicit AccountListJob(S1Client *client, QObject *parent = nullptr);
    const QList<Account> &accounts() const { return m_accounts; }

protected:
    net::ApiCall *requestPage(const QString &cursor) override;
    qint64 consumePage(const QJsonValue &data) override;

private:
    QList<Account> m_accounts;
};

class GroupListJob : public PagedListJob
{
    Q_OBJECT
public:
    GroupListJob(S1Client *client, const QStringList &siteIds = {}, QObject *parent = nullptr);
    const QList<Group> &groups() const { return m_groups; }

protected:
    net::ApiCall *requestPage(const QString &cursor) override;
    qint64 consumePage(const QJsonValue &data) override;

private:
    QStringList m_siteIds;
    QList<Group> m_groups;
};

class NoteListJob : public PagedListJob
{
    Q_OBJECT
public:
    NoteListJob(S1Client *client, const QString &threatId, QObject *parent = nullptr);
    const QList<ThreatNote> &notes() const { return m_notes; }

protected:
    net::ApiCall *requestPage(const QString &cursor) override;
    qint64 consumePage(const QJsonValue &data) override;

private:
    QString m_threatId;
    QList<ThreatNote> m_notes;
};

// Lists the threat-intelligence IOCs that match a filter (its scope required), page by page.
class IocListJob : public PagedListJob
{
    Q_OBJECT
public:
    IocListJob(S1Client *client, const IocFilter &filter, QObject *parent = nullptr);
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    const QList<StoredIoc> &iocs() const { return m_iocs; }

protected:
    net::ApiCall *requestPage(const QString &cursor) override;
    qint64 consumePage(const QJsonValue &data) override;
    QString itemsName(qint64 count) const override;

private:
    IocFilter m_filter;
    int m_pageSize;
    QList<StoredIoc> m_iocs;
};

// Lists the firewall rules that match a filter (at least one filter: an empty one fails the job
// with JobError::Kind::Input and nothing is sent), page by page. With FirewallRuleFilter::nameContains
// set, only rules whose name contains that text (case-insensitively) are kept.
class FirewallRuleListJob : public PagedListJob
{
    Q_OBJECT
public:
    FirewallRuleListJob(S1Client *client, const FirewallRuleFilter &filter, QObject *parent = nullptr);
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    const QList<FirewallRule> &rules() const { return m_rules; }

protected:
    net::ApiCall *requestPage(const QString &cursor) override;
    qint64 consumePage(const QJsonValue &data) override;
    QString itemsName(qint64 count) const override;

private:
    FirewallRuleFilter m_filter;
    int m_pageSize;
    QList<FirewallRule> m_rules;
};

} // namespace s1
