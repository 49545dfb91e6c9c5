// SPDX-License-Identifier: GPL-3.0-or-later
#include "S1ThreatSource.h"

#include "exchange/IocStore.h"

#include "exchange/IocNormalizer.h"
#include "jobs/Clock.h"
#include "s1/S1Client.h"

#include <QJsonArray>

namespace exchange {

namespace {
constexpr int MaxRejectionsKept = 1000;

const QString &hashOf(const s1::Threat &threat, IocType type)
{
    switch (type) {
    case IocType::Sha256:
        return threat.sha256;
    case IocType::Sha1:
        return threat.sha1;
    case IocType::Md5:
        return threat.md5;
    default:
        break;
    }
    static const QString none;
    return none;
}
} // namespace

QString S1ThreatSource::descriptionOf(const s1::Threat &threat)
{
    // Netskope's comment, word for word (so IOCs read the same as before the switch).
    return QLatin1String("Classification: ") + threat.classification + QLatin1String(" | Detection Engine: ")
        + threat.detectionEngines.join(QLatin1String(", ")) + QLatin1String(" | Confidence Level: ")
        + threat.confidenceLevel;
}

QList<Ioc> S1ThreatSource::iocsOf(const s1::Threat &threat, const s1::ConsoleConfig &console,
    const QList<IocType> &hashTypes, QList<S1ThreatRejection> *rejected)
{
    QList<Ioc> iocs;
    for (const IocType type : {IocType::Sha256, IocType::Sha1, IocType::Md5}) {
        if (!hashTypes.contains(type))
            continue;
        const QString &raw = hashOf(threat, type);
        if (raw.trimmed().isEmpty())
            continue;
        const IocNormalizeResult normalized = IocNormalizer::normalize(type, raw);
        if (!normalized.ok) {
            if (rejected)
                rejected->append(S1ThreatRejection {threat.id, type, raw, normalized.reason});
            continue;
        }
        Ioc ioc;
        ioc.type = type;
        ioc.value = normalized.value;
        ioc.firstSeen = threat.createdAt;
        ioc.lastSeen = threat.updatedAt;
        ioc.description = descriptionOf(threat);
        ioc.link = console.threatPage(threat.id);
        if (!threat.analystVerdict.isEmpty())
            ioc.labels << threat.analystVerdict;
        iocs.append(std::move(ioc));
    }
    return iocs;
}

s1::ThreatQuery S1ThreatSource::queryOf(
    const S1ThreatSourceSettings &settings, const QDateTime &from, const QDateTime &to)
{
    s1::ThreatQuery query;
    query.siteIds = settings.siteIds;
    query.analystVerdicts = settings.analystVerdicts;
    query.classifications = settings.classifications;
    query.confidenceLevels = settings.confidenceLevels;
    query.updatedAfter = from;
    query.updatedBefore = to;
    return query;
}

QString S1ThreatSource::settingsProblem(const S1ThreatSourceSettings &settings)
{
    if (settings.initialDays < 1 || settings.initialDays > 3650)
        return tr("Initial range: expected 1 to 3,650 days, not %L1.").arg(settings.initialDays);
    if (settings.hashTypes.isEmpty())
        return tr("Hash types: choose at least one of SHA256, SHA1 and MD5.");
    for (const IocType type : settings.hashTypes) {
        if (!isIocHash(type))
            return tr("Hash types: %1 is not a hash; expected SHA256, SHA1 or MD5.").arg(iocTypeName(type));
    }
    return {};
}

S1ThreatPullJob::S1ThreatPullJob(s1::S1Client *client, const S1ThreatSourceSettings &settings,
    const QDateTime &checkpoint, QObject *parent)
    : PagedListJob(
        client, QStringLiteral("ioc-pull-s1-threats"), tr("Pull IOCs from SentinelOne threats"), parent)
    , m_settings(settings)
    , m_checkpoint(checkpoint)
    , m_pageSize(s1::S1Client::MaxPageSize)
{ }

QDateTime S1ThreatPullJob::newCheckpoint() const
{
    return state() == State::Succeeded ? m_runUntil : QDateTime();
}

void S1ThreatPullJob::run()
{
    if (const QString problem = S1ThreatSource::settingsProblem(m_settings); !problem.isEmpty())
        return fail(problem);
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    // Whole seconds: the checkpoint is stored and sent again as the next run's lower bound.
    m_runUntil = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    const QDateTime from
        = m_checkpoint.isValid() ? m_checkpoint.toUTC() : m_runUntil.addDays(-m_settings.initialDays);
    m_query = S1ThreatSource::queryOf(m_settings, from, m_runUntil);
    if (const QString problem = m_query.problem(); !problem.isEmpty())
        return fail(problem);
    PagedListJob::run();
}

net::ApiCall *S1ThreatPullJob::requestPage(const QString &cursor)
{
    return client()->listThreats(m_query, cursor, m_pageSize, this);
}

qint64 S1ThreatPullJob::consumePage(const QJsonValue &data)
{
    const QJsonArray array = data.toArray();
    QList<Ioc> batch;
    batch.reserve(array.size() * m_settings.hashTypes.size());
    QList<S1ThreatRejection> rejected;
    for (const QJsonValue &v : array) {
        const s1::Threat threat = s1::Threat::fromJson(v.toObject());
        if (!threat.isValid())
            continue;
        batch += S1ThreatSource::iocsOf(threat, client()->config(), m_settings.hashTypes, &rejected);
    }
    m_skipped += rejected.size();
    for (const S1ThreatRejection &r : std::as_const(rejected)) {
        if (m_rejected.size() >= MaxRejectionsKept)
            break;
        m_rejected.append(r);
    }
    m_iocs += batch.size();
    if (!batch.isEmpty()) {
        if (m_sink)
            m_sink(batch);
        Q_EMIT iocsReady(batch);
    }
    return array.size();
}

QString S1ThreatPullJob::itemsName(qint64 count) const
{
    return tr("%Ln threat(s)", nullptr, int(count));
}

void S1ThreatPullJob::finishList()
{
    if (m_store) {
        if (!m_storeError.isEmpty())
            return failLocal(jobs::JobError::Kind::Database, m_storeError);
        const UpsertCounts &c = *m_storeCounts;
        const QJsonObject counts {{QStringLiteral("new"), c.added}, {QStringLiteral("updated"), c.updated},
            {QStringLiteral("unchanged"), c.unchanged}, {QStringLiteral("rejected"), m_skipped}};
        QString error;
        if (!m_store->recordPull(m_sourceId, QDateTime::currentDateTimeUtc(), QStringLiteral("succeeded"),
                counts, m_runUntil.toUTC().toString(Qt::ISODateWithMs), &error))
            return failLocal(jobs::JobError::Kind::Database, error);
    }
    tally().done = m_iocs;
    tally().skipped = m_skipped;
    succeed(tr("Pulled %Ln IOC(s) from %1.", nullptr, int(std::min<qint64>(m_iocs, INT_MAX)))
                .arg(itemsName(tally().seen)));
}

QJsonObject S1ThreatSourceSettings::toJson(const QStringList &siteNames) const
{
    QJsonArray hashes;
    for (IocType type : hashTypes)
        hashes.append(iocTypeName(type));
    QJsonObject json {{QStringLiteral("siteIds"), QJsonArray::fromStringList(siteIds)},
        {QStringLiteral("analystVerdicts"), QJsonArray::fromStringList(analystVerdicts)},
        {QStringLiteral("hashTypes"), hashes}, {QStringLiteral("initialDays"), initialDays}};
    if (!siteNames.isEmpty())
        json.insert(QStringLiteral("siteNames"), QJsonArray::fromStringList(siteNames));
    if (!classifications.isEmpty())
        json.insert(QStringLiteral("classifications"), QJsonArray::fromStringList(classifications));
    if (!confidenceLevels.isEmpty())
        json.insert(QStringLiteral("confidenceLevels"), QJsonArray::fromStringList(confidenceLevels));
    return json;
}

S1ThreatSourceSettings S1ThreatSourceSettings::fromJson(const QJsonObject &json)
{
    auto strings = [&json](const char *key) {
        QStringList list;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            list << v.toString();
        return list;
    };
    S1ThreatSourceSettings settings;
    settings.siteIds = strings("siteIds");
    if (json.contains(QLatin1String("analystVerdicts")))
        settings.analystVerdicts = strings("analystVerdicts");
    settings.classifications = strings("classifications");
    settings.confidenceLevels = strings("confidenceLevels");
    if (json.contains(QLatin1String("hashTypes"))) {
        settings.hashTypes.clear();
        for (const QString &name : strings("hashTypes"))
            if (const auto type = iocTypeFromName(name))
                settings.hashTypes << *type;
    }
    settings.initialDays = json.value(QLatin1String("initialDays")).toInt(settings.initialDays);
    return settings;
}

S1ThreatPullJob *S1ThreatPullJob::forSource(
    s1::S1Client *client, IocStore *store, const IocSource &source, QObject *parent)
{
    auto *job = new S1ThreatPullJob(client, S1ThreatSourceSettings::fromJson(source.settings),
        QDateTime::fromString(source.checkpoint, Qt::ISODateWithMs), parent);
    job->m_store = store;
    job->m_sourceId = source.id;
    job->m_storeCounts = std::make_shared<UpsertCounts>();
    const qint64 mark = QDateTime::currentMSecsSinceEpoch();
    job->setSink([job, store, id = source.id, mark](const QList<Ioc> &iocs) {
        if (!job->m_storeError.isEmpty())
            return;
        UpsertCounts batch;
        if (!store->upsert(id, iocs, mark, &batch, &job->m_storeError)) {
            job->cancel(); // finishes as cancelled below, recorded as the store's failure
            return;
        }
        job->m_storeCounts->added += batch.added;
        job->m_storeCounts->updated += batch.updated;
        job->m_storeCounts->unchanged += batch.unchanged;
    });
    connect(job, &jobs::Job::finished, job, [job] {
        if (job->state() == State::Succeeded)
            return; // recorded by finishList()
        QString ignored;
        const QString why = job->m_storeError.isEmpty() ? job->summary() : job->m_storeError;
        job->m_store->recordPull(job->m_sourceId, QDateTime::currentDateTimeUtc(), tr("failed: %1").arg(why),
            {}, std::nullopt, &ignored);
    });
    return job;
}

const UpsertCounts &S1ThreatPullJob::storeCounts() const
{
    static const UpsertCounts none;
    return m_storeCounts ? *m_storeCounts : none;
}

} // namespace exchange
