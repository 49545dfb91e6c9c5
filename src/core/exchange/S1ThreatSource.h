// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Ioc.h"
#include "s1/ConsoleConfig.h"
#include "s1/PagedListJob.h"
#include "s1/Threat.h"
#include "s1/ThreatQuery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <memory>

namespace jobs {
class Clock;
}

namespace exchange {

class IocStore;
struct IocSource;
struct UpsertCounts;

// What the "SentinelOne threats" source pulls (issue 11; Netskope's plugin as API-NOTES.md gives it).
struct S1ThreatSourceSettings
{
    QStringList siteIds; // empty: the profile's scope
    QStringList analystVerdicts {QStringLiteral("suspicious"), QStringLiteral("true_positive"),
        QStringLiteral("undefined")}; // empty: every verdict
    QStringList classifications; // empty: every one
    QStringList confidenceLevels; // empty: every one
    QList<IocType> hashTypes {IocType::Sha256, IocType::Md5}; // SHA1 on request
    int initialDays = 7; // the first pull looks this far back

    // The stored form (IocSource::settings): siteIds, siteNames (for display), analystVerdicts,
    // classifications, confidenceLevels, hashTypes ["SHA256", ...], initialDays.
    QJsonObject toJson(const QStringList &siteNames = {}) const;
    static S1ThreatSourceSettings fromJson(const QJsonObject &json);
};

// A threat's hash the normalizer refused (the empty file's hash, a malformed value).
struct S1ThreatRejection
{
    QString threatId;
    IocType type = IocType::Sha256;
    QString value;
    QString reason;
};

// The mapping of a SentinelOne threat to IOCs: one per present hash of the chosen types, the value
// through IocNormalizer; firstSeen = createdAt, lastSeen = updatedAt; description
// "Classification: … | Detection Engine: … | Confidence Level: …"; link = the console's threat page;
// label = the analyst verdict (when there is one).
class S1ThreatSource
{
    Q_DECLARE_TR_FUNCTIONS(S1ThreatSource)
public:
    S1ThreatSource() = delete;

    static QList<Ioc> iocsOf(const s1::Threat &threat, const s1::ConsoleConfig &console,
        const QList<IocType> &hashTypes = {IocType::Sha256, IocType::Md5},
        QList<S1ThreatRejection> *rejected = nullptr);
    static QString descriptionOf(const s1::Threat &threat);
    // The GET /threats query of a pull: updatedAt within [from, to], the settings' filters.
    static s1::ThreatQuery queryOf(
        const S1ThreatSourceSettings &settings, const QDateTime &from, const QDateTime &to);
    // Empty when the settings are usable; else a sentence naming the field.
    static QString settingsProblem(const S1ThreatSourceSettings &settings);
};

// Pulls IOCs from a console's threats: GET /threats with updatedAt__gte = the checkpoint (or now
// minus initialDays), updatedAt__lte = now at the start, limit 1000, cursor after cursor. Each page's
// IOCs go out through iocsReady() and the sink (set one or both; the store is someone else's). The
// new checkpoint (the run's updatedAt__lte) is offered only when the whole pull succeeded.
class S1ThreatPullJob : public s1::PagedListJob
{
    Q_OBJECT
public:
    using Sink = std::function<void(const QList<exchange::Ioc> &iocs)>;

    S1ThreatPullJob(s1::S1Client *client, const S1ThreatSourceSettings &settings,
        const QDateTime &checkpoint = {}, QObject *parent = nullptr);

    void setSink(Sink sink) { m_sink = std::move(sink); }
    // A job for a stored "s1-threats" source: settings and checkpoint from the source; every page is
    // upserted into the store (one transaction a page); when the whole pull succeeded the pull is
    // recorded with the new checkpoint, else with the failure (the checkpoint stays: the next pull
    // reads the same threats again). The window and the CLI use this one.
    static S1ThreatPullJob *forSource(
        s1::S1Client *client, IocStore *store, const IocSource &source, QObject *parent = nullptr);
    // With forSource(): what the store made of the pull.
    const UpsertCounts &storeCounts() const;
    // Where "now" comes from (tests); null: the wall clock. Not owned.
    void setClock(const jobs::Clock *clock) { m_clock = clock; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    const S1ThreatSourceSettings &settings() const { return m_settings; }
    // The query of the run (set when it starts).
    const s1::ThreatQuery &query() const { return m_query; }
    // The run's updatedAt__lte once the job succeeded; invalid otherwise (failed, cancelled, running).
    QDateTime newCheckpoint() const;
    qint64 iocCount() const { return m_iocs; }
    // Hashes the normalizer refused (at most 1,000 kept; counts().skipped has them all).
    const QList<S1ThreatRejection> &rejected() const { return m_rejected; }

Q_SIGNALS:
    void iocsReady(const QList<exchange::Ioc> &iocs);

protected:
    void run() override;
    net::ApiCall *requestPage(const QString &cursor) override;
    qint64 consumePage(const QJsonValue &data) override;
    QString itemsName(qint64 count) const override;
    void finishList() override;

private:
    S1ThreatSourceSettings m_settings;
    QDateTime m_checkpoint;
    QDateTime m_runUntil;
    s1::ThreatQuery m_query;
    Sink m_sink;
    const jobs::Clock *m_clock = nullptr;
    int m_pageSize;
    qint64 m_iocs = 0;
    qint64 m_skipped = 0;
    QList<S1ThreatRejection> m_rejected;
    IocStore *m_store = nullptr;
    QString m_sourceId;
    std::shared_ptr<UpsertCounts> m_storeCounts;
    QString m_storeError;
};

} // namespace exchange
