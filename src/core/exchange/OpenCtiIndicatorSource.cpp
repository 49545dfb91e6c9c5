// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiIndicatorSource.h"

#include "exchange/IocNormalizer.h"
#include "jobs/Clock.h"
#include "net/ApiCall.h"
#include "opencti/GraphQlDocuments.h"
#include "opencti/OpenCtiClient.h"

#include <QJsonArray>
#include <QLocale>

namespace exchange {

namespace {
constexpr int MaxFailuresKept = 1000; // the rest are counted in the summary

QDateTime timeOf(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject filter(const QString &key, const QJsonArray &values, const QString &op)
{
    return QJsonObject {{QStringLiteral("key"), QJsonArray {key}}, {QStringLiteral("values"), values},
        {QStringLiteral("operator"), op}, {QStringLiteral("mode"), QStringLiteral("or")}};
}
} // namespace

QJsonObject OpenCtiIndicatorSettings::toJson() const
{
    return QJsonObject {{QStringLiteral("minScore"), minScore},
        {QStringLiteral("labels"), QJsonArray::fromStringList(labels)},
        {QStringLiteral("maxMarking"), maxMarking}, {QStringLiteral("initialDays"), initialDays},
        {QStringLiteral("pageSize"), pageSize}};
}

OpenCtiIndicatorSettings OpenCtiIndicatorSettings::fromJson(const QJsonObject &json)
{
    OpenCtiIndicatorSettings s;
    s.minScore = json.value(QLatin1String("minScore")).toInt(s.minScore);
    for (const QJsonValue &label : json.value(QLatin1String("labels")).toArray())
        if (!label.toString().trimmed().isEmpty())
            s.labels << label.toString().trimmed();
    s.maxMarking = json.value(QLatin1String("maxMarking")).toString(s.maxMarking);
    s.initialDays = json.value(QLatin1String("initialDays")).toInt(s.initialDays);
    s.pageSize = json.value(QLatin1String("pageSize")).toInt(s.pageSize);
    return s;
}

OpenCtiIndicatorPullJob::OpenCtiIndicatorPullJob(
    opencti::OpenCtiClient *client, IocStore *store, const IocSource &source, QObject *parent)
    : Job(Kind, tr("Pull IOCs from %1").arg(source.name), parent)
    , m_client(client)
    , m_store(store)
    , m_source(source)
    , m_settings(OpenCtiIndicatorSettings::fromJson(source.settings))
{
    // Whatever ends the run other than success is recorded with the source (the checkpoint stays).
    connect(this, &jobs::Job::finished, this, [this] {
        if (state() == State::Succeeded || state() == State::Failed)
            return; // recorded by finishPull() / failRecorded()
        QString ignored;
        m_store->recordPull(m_source.id, QDateTime::currentDateTimeUtc(), tr("failed: %1").arg(summary()), {},
            std::nullopt, &ignored);
    });
}

OpenCtiIndicatorPullJob::~OpenCtiIndicatorPullJob() = default;

QStringList OpenCtiIndicatorPullJob::settingsProblems(const QJsonObject &settings)
{
    QStringList problems;
    const auto whole = [&settings](const char *key, int low, int high, int fallback, bool *ok) {
        const QJsonValue v = settings.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            *ok = true;
            return fallback;
        }
        const double d = v.toDouble(-1e9);
        *ok = v.isDouble() && d == double(int(d)) && d >= low && d <= high;
        return int(d);
    };
    bool ok = true;
    whole("minScore", 0, 100, 0, &ok);
    if (!ok)
        problems << tr("minScore: expected a whole number from 0 to 100.");
    whole("initialDays", 1, 3650, 30, &ok);
    if (!ok)
        problems << tr("initialDays: expected a whole number of days from 1 to 3,650.");
    whole("pageSize", 1, 500, 500, &ok);
    if (!ok)
        problems << tr("pageSize: expected a whole number from 1 to 500.");
    const QJsonValue labels = settings.value(QLatin1String("labels"));
    if (!labels.isUndefined() && !labels.isNull()) {
        bool strings = labels.isArray();
        for (const QJsonValue &label : labels.toArray())
            strings = strings && label.isString() && !label.toString().trimmed().isEmpty();
        if (!strings)
            problems << tr("labels: expected a list of label names (none: every label).");
    }
    const QJsonValue marking = settings.value(QLatin1String("maxMarking"));
    if (!marking.isUndefined() && !marking.isNull() && StixIndicatorMapping::tlpLevel(marking.toString()) < 0)
        problems << tr("maxMarking: \"%1\" is not one of %2.")
                        .arg(IocNormalizer::printable(marking.toString(), 40),
                            StixIndicatorMapping::tlpNames().join(QLatin1String(", ")));
    return problems;
}

QJsonObject OpenCtiIndicatorPullJob::filtersOf(
    const OpenCtiIndicatorSettings &settings, const QDateTime &from, const QDateTime &now, bool firstPull)
{
    QJsonArray filters {filter(QStringLiteral("updated_at"), QJsonArray {iso(from)}, QStringLiteral("gt"))};
    QJsonArray groups;
    if (firstPull) {
        if (settings.minScore > 0)
            filters.append(filter(QStringLiteral("x_opencti_score"),
                QJsonArray {QString::number(settings.minScore)}, QStringLiteral("gte")));
        groups.append(QJsonObject {{QStringLiteral("mode"), QStringLiteral("or")},
            {QStringLiteral("filters"),
                QJsonArray {
                    filter(QStringLiteral("valid_until"), QJsonArray {iso(now)}, QStringLiteral("gt")),
                    filter(QStringLiteral("valid_until"), QJsonArray {}, QStringLiteral("nil"))}},
            {QStringLiteral("filterGroups"), QJsonArray {}}});
    }
    return QJsonObject {{QStringLiteral("mode"), QStringLiteral("and")}, {QStringLiteral("filters"), filters},
        {QStringLiteral("filterGroups"), groups}};
}

QUrl OpenCtiIndicatorPullJob::indicatorPage(const QUrl &openCti, const QString &id)
{
    QUrl url = openCti;
    url.setPath(openCti.path() + QLatin1String("/dashboard/observations/indicators/") + id);
    return url;
}

StixIndicator OpenCtiIndicatorPullJob::indicatorOf(const QJsonObject &node, const QUrl &openCti)
{
    StixIndicator indicator;
    const QString id = node.value(QLatin1String("id")).toString();
    indicator.id = node.value(QLatin1String("standard_id")).toString(id);
    indicator.name = node.value(QLatin1String("name")).toString();
    indicator.description = node.value(QLatin1String("description")).toString();
    indicator.pattern = node.value(QLatin1String("pattern")).toString();
    indicator.patternType = node.value(QLatin1String("pattern_type")).toString(QStringLiteral("stix"));
    const QJsonValue score = node.value(QLatin1String("x_opencti_score"));
    if (score.isDouble())
        indicator.score = std::clamp(score.toInt(), 0, 100);
    for (const QJsonValue &label : node.value(QLatin1String("objectLabel")).toArray())
        if (const QString value = label.toObject().value(QLatin1String("value")).toString().trimmed();
            !value.isEmpty())
            indicator.labels << value;
    for (const QJsonValue &marking : node.value(QLatin1String("objectMarking")).toArray()) {
        const QJsonObject m = marking.toObject();
        if (m.value(QLatin1String("definition_type"))
                .toString()
                .compare(QLatin1String("TLP"), Qt::CaseInsensitive)
            == 0)
            indicator.tlp = std::max(indicator.tlp,
                StixIndicatorMapping::tlpLevel(m.value(QLatin1String("definition")).toString()));
    }
    // created/updated: the platform's own times when the STIX ones are missing.
    indicator.created = timeOf(node.value(QLatin1String("created")));
    if (!indicator.created.isValid())
        indicator.created = timeOf(node.value(QLatin1String("created_at")));
    indicator.modified = timeOf(node.value(QLatin1String("updated_at")));
    if (!indicator.modified.isValid())
        indicator.modified = timeOf(node.value(QLatin1String("modified")));
    indicator.validUntil = timeOf(node.value(QLatin1String("valid_until")));
    indicator.revoked = node.value(QLatin1String("revoked")).toBool();
    if (!id.isEmpty())
        indicator.link = indicatorPage(openCti, id);
    return indicator;
}

const UpsertCounts &OpenCtiIndicatorPullJob::storeCounts() const
{
    static const UpsertCounts none;
    return m_ingest ? m_ingest->counts() : none;
}

qint64 OpenCtiIndicatorPullJob::refusedCount() const
{
    return m_ingest ? m_ingest->refused() : 0;
}

int OpenCtiIndicatorPullJob::endedCount() const
{
    return m_ingest ? m_ingest->ended() : 0;
}

void OpenCtiIndicatorPullJob::run()
{
    const QStringList problems = settingsProblems(m_source.settings);
    if (!problems.isEmpty())
        return failRecorded(tr("The source %1 cannot be pulled. %2").arg(m_source.name, problems.join(u' ')));
    if (!m_client)
        return failRecorded(tr("The source %1 reads the profile's OpenCTI, and the profile has none set up: "
                               "set up OpenCTI in the profile first.")
                                .arg(m_source.name));
    m_maxTlp = StixIndicatorMapping::tlpLevel(m_settings.maxMarking);
    m_now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    const QDateTime checkpoint = QDateTime::fromString(m_store->checkpoint(m_source.id), Qt::ISODateWithMs);
    const bool firstPull = !checkpoint.isValid();
    m_lastUpdated = firstPull ? m_now.addDays(-m_settings.initialDays) : checkpoint.toUTC();
    m_filters = filtersOf(m_settings, m_lastUpdated, m_now, firstPull);
    m_ingest
        = std::make_unique<StixIndicatorIngest>(m_store, m_source.id, QDateTime::currentMSecsSinceEpoch());
    requestPage();
}

void OpenCtiIndicatorPullJob::onCancel()
{
    if (m_call)
        m_call->cancel(); // onPage() ends the job as cancelled
    else
        finishCancelled();
}

void OpenCtiIndicatorPullJob::requestPage()
{
    QJsonObject variables {
        {QStringLiteral("first"), m_settings.pageSize}, {QStringLiteral("filters"), m_filters}};
    if (!m_after.isEmpty())
        variables.insert(QStringLiteral("after"), m_after);
    if (m_read == 0)
        setProgress(0, -1, tr("Reading indicators from OpenCTI"));
    m_call
        = m_client->request(opencti::GraphQlDocuments::load(QStringLiteral("Indicators")), variables, this);
    connect(m_call, &net::ApiCall::finished, this, &OpenCtiIndicatorPullJob::onPage);
}

bool OpenCtiIndicatorPullJob::excluded(const QJsonObject &node, const StixIndicator &indicator) const
{
    if (indicator.tlp > m_maxTlp)
        return true;
    if (m_settings.minScore > 0
        && (!node.value(QLatin1String("x_opencti_score")).isDouble()
            || indicator.score < m_settings.minScore))
        return true;
    if (m_settings.labels.isEmpty())
        return false;
    for (const QString &label : indicator.labels)
        if (m_settings.labels.contains(label, Qt::CaseInsensitive))
            return false;
    return true;
}

void OpenCtiIndicatorPullJob::onPage()
{
    net::ApiCall *call = m_call;
    m_call = nullptr;
    call->deleteLater();
    if (isCancelRequested() || call->error().kind == net::ApiError::Kind::Cancelled)
        return finishCancelled();
    if (call->error().isError()) {
        QString ignored;
        m_store->recordPull(m_source.id, QDateTime::currentDateTimeUtc(),
            tr("failed: %1").arg(call->error().userMessage()), {}, std::nullopt, &ignored);
        return fail(call->error());
    }
    const QJsonObject connection = call->data().toObject().value(QLatin1String("indicators")).toObject();
    const QJsonObject pageInfo = connection.value(QLatin1String("pageInfo")).toObject();
    const QJsonArray edges = connection.value(QLatin1String("edges")).toArray();
    const QUrl openCti = m_client->config().url;
    for (const QJsonValue &edge : edges) {
        const QJsonObject node = edge.toObject().value(QLatin1String("node")).toObject();
        if (node.isEmpty())
            continue;
        ++m_read;
        const StixIndicator indicator = indicatorOf(node, openCti);
        const bool leftOut = excluded(node, indicator);
        const StixIndicatorOutcome outcome = m_ingest->add(indicator, m_now, leftOut);
        if (leftOut)
            ++m_skipped;
        if (outcome.kind == StixIndicatorOutcome::Kind::Refused && m_ingest->refused() <= MaxFailuresKept)
            addFailure(tr("indicator %1 (%2)")
                           .arg(IocNormalizer::printable(indicator.name, 80),
                               IocNormalizer::printable(indicator.pattern, 120)),
                outcome.reason, false);
        if (const QDateTime updated = timeOf(node.value(QLatin1String("updated_at")));
            updated.isValid() && updated > m_lastUpdated) {
            m_lastUpdated = updated;
            m_checkpoint = node.value(QLatin1String("updated_at")).toString();
        }
    }
    QString error;
    if (!m_ingest->flush(&error))
        return failRecorded(error, true);
    const qint64 total = pageInfo.value(QLatin1String("globalCount")).toInteger(-1);
    setProgress(m_read, std::max<qint64>(total, m_read),
        tr("Read %1 indicator(s) from OpenCTI").arg(QLocale().toString(m_read)));
    const QString endCursor = pageInfo.value(QLatin1String("endCursor")).toString();
    if (pageInfo.value(QLatin1String("hasNextPage")).toBool() && !edges.isEmpty() && !endCursor.isEmpty()
        && endCursor != m_after) {
        m_after = endCursor;
        return requestPage();
    }
    finishPull();
}

void OpenCtiIndicatorPullJob::finishPull()
{
    QString error;
    if (!m_ingest->finish(&error))
        return failRecorded(error, true);
    if (m_checkpoint.isEmpty()) // nothing read: start from the same point next time
        m_checkpoint = iso(m_lastUpdated);
    QJsonObject counts = m_ingest->countsJson();
    counts.insert(QStringLiteral("leftOut"), m_skipped);
    if (!m_store->recordPull(m_source.id, QDateTime::currentDateTimeUtc(), QStringLiteral("succeeded"),
            counts, m_checkpoint, &error))
        return failRecorded(error, true);
    const UpsertCounts &c = m_ingest->counts();
    tally().seen = m_read;
    tally().done = c.added + c.updated;
    tally().skipped = m_read - (c.added + c.updated);
    const QLocale locale;
    succeed(tr("Read %Ln indicator(s) from OpenCTI", nullptr, int(std::min<qint64>(m_read, INT_MAX)))
        + tr(": %1 new, %2 updated, %3 unchanged IOC(s); %4 ended (revoked, expired or left out by the "
             "settings); %5 refused.")
              .arg(locale.toString(c.added), locale.toString(c.updated), locale.toString(c.unchanged),
                  locale.toString(m_ingest->ended()), locale.toString(m_ingest->refused())));
}

void OpenCtiIndicatorPullJob::failRecorded(const QString &why, bool database)
{
    QString ignored; // the failure itself is what the user reads
    m_store->recordPull(
        m_source.id, QDateTime::currentDateTimeUtc(), tr("failed: %1").arg(why), {}, std::nullopt, &ignored);
    if (database)
        return failLocal(jobs::JobError::Kind::Database, why);
    fail(why);
}

} // namespace exchange
