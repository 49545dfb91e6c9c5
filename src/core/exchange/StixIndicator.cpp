// SPDX-License-Identifier: GPL-3.0-or-later
#include "StixIndicator.h"

#include "exchange/IocNormalizer.h"
#include "exchange/StixPattern.h"

#include <QJsonArray>

namespace exchange {

namespace {
QDateTime timeOf(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}
} // namespace

StixIndicator StixIndicator::fromStix(const QJsonObject &object)
{
    StixIndicator indicator;
    indicator.id = object.value(QLatin1String("id")).toString();
    indicator.name = object.value(QLatin1String("name")).toString();
    indicator.description = object.value(QLatin1String("description")).toString();
    indicator.pattern = object.value(QLatin1String("pattern")).toString();
    indicator.patternType = object.value(QLatin1String("pattern_type")).toString(QStringLiteral("stix"));
    const QJsonValue score = object.value(QLatin1String("x_opencti_score"));
    if (score.isDouble())
        indicator.score = std::clamp(score.toInt(), 0, 100);
    for (const QJsonValue &label : object.value(QLatin1String("labels")).toArray())
        if (!label.toString().trimmed().isEmpty())
            indicator.labels << label.toString().trimmed();
    indicator.created = timeOf(object.value(QLatin1String("created")));
    indicator.modified = timeOf(object.value(QLatin1String("modified")));
    indicator.validUntil = timeOf(object.value(QLatin1String("valid_until")));
    indicator.revoked = object.value(QLatin1String("revoked")).toBool();
    for (const QJsonValue &ref : object.value(QLatin1String("object_marking_refs")).toArray())
        indicator.tlp = std::max(indicator.tlp, StixIndicatorMapping::tlpLevelOfMarkingId(ref.toString()));
    return indicator;
}

const QStringList &StixIndicatorMapping::tlpNames()
{
    static const QStringList names {QStringLiteral("TLP:CLEAR"), QStringLiteral("TLP:GREEN"),
        QStringLiteral("TLP:AMBER"), QStringLiteral("TLP:AMBER+STRICT"), QStringLiteral("TLP:RED")};
    return names;
}

int StixIndicatorMapping::tlpLevel(QStringView name)
{
    QString key = name.toString().toUpper();
    key.remove(u' ');
    if (key == QLatin1String("TLP:WHITE"))
        return 0;
    return int(tlpNames().indexOf(key));
}

int StixIndicatorMapping::tlpLevelOfMarkingId(QStringView id)
{
    // STIX 2.1 (TLP 1.0), the TLP 2.0 extension's ids, and OpenCTI's own TLP:AMBER+STRICT.
    static const QHash<QString, int> levels {
        {QStringLiteral("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"), 0},
        {QStringLiteral("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"), 0},
        {QStringLiteral("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"), 1},
        {QStringLiteral("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"), 1},
        {QStringLiteral("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"), 2},
        {QStringLiteral("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"), 2},
        {QStringLiteral("marking-definition--826578e1-40ad-459f-bc73-ede076f81f37"), 3},
        {QStringLiteral("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"), 3},
        {QStringLiteral("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"), 4},
        {QStringLiteral("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"), 4},
    };
    return levels.value(id.toString(), -1);
}

StixIndicatorOutcome StixIndicatorMapping::map(const StixIndicator &indicator, const QDateTime &now)
{
    StixIndicatorOutcome out;
    if (indicator.patternType.compare(QLatin1String("stix"), Qt::CaseInsensitive) != 0) {
        out.reason = tr("The pattern is of type %1; only STIX patterns name an IOC.")
                         .arg(IocNormalizer::printable(indicator.patternType, 40));
        return out;
    }
    const StixObservable observable = StixPattern::parseSingle(indicator.pattern);
    if (!observable.type) {
        out.reason = observable.reason;
        return out;
    }
    const IocNormalizeResult normalized = IocNormalizer::normalize(*observable.type, observable.value);
    if (!normalized.ok) {
        out.reason = normalized.reason;
        return out;
    }
    Ioc &ioc = out.ioc;
    ioc.type = *observable.type;
    ioc.value = normalized.value;
    ioc.name = indicator.name;
    ioc.description = indicator.description;
    ioc.score = indicator.score;
    ioc.labels = indicator.labels;
    ioc.validUntil = indicator.validUntil;
    ioc.firstSeen = indicator.created;
    ioc.lastSeen = indicator.modified.isValid() ? indicator.modified : indicator.created;
    ioc.link = indicator.link;
    const bool expired = indicator.validUntil.isValid() && indicator.validUntil <= now;
    out.kind = indicator.revoked || expired ? StixIndicatorOutcome::Kind::Ended
                                            : StixIndicatorOutcome::Kind::Active;
    return out;
}

StixIndicatorIngest::StixIndicatorIngest(IocStore *store, const QString &sourceId, qint64 pullMark)
    : m_store(store)
    , m_sourceId(sourceId)
    , m_pullMark(pullMark)
{ }

namespace {
QString keyOf(const Ioc &ioc)
{
    return iocTypeName(ioc.type) + u' ' + ioc.value;
}
} // namespace

StixIndicatorOutcome StixIndicatorIngest::add(
    const StixIndicator &indicator, const QDateTime &now, bool excluded)
{
    StixIndicatorOutcome outcome = StixIndicatorMapping::map(indicator, now);
    if (excluded && outcome.kind == StixIndicatorOutcome::Kind::Active)
        outcome.kind = StixIndicatorOutcome::Kind::Ended;
    switch (outcome.kind) {
    case StixIndicatorOutcome::Kind::Active:
        m_activeKeys.insert(keyOf(outcome.ioc));
        m_batch.append(outcome.ioc);
        ++m_active;
        break;
    case StixIndicatorOutcome::Kind::Ended:
        m_ended.append({outcome.ioc.type, outcome.ioc.value});
        break;
    case StixIndicatorOutcome::Kind::Refused:
        ++m_refused;
        break;
    }
    return outcome;
}

bool StixIndicatorIngest::flush(QString *error)
{
    if (m_batch.isEmpty())
        return true;
    UpsertCounts counts;
    if (!m_store->upsert(m_sourceId, m_batch, m_pullMark, &counts, error))
        return false;
    m_batch.clear();
    m_counts.added += counts.added;
    m_counts.updated += counts.updated;
    m_counts.unchanged += counts.unchanged;
    return true;
}

bool StixIndicatorIngest::finish(QString *error)
{
    if (!flush(error))
        return false;
    QList<std::pair<IocType, QString>> ended;
    for (const auto &item : std::as_const(m_ended))
        if (!m_activeKeys.contains(iocTypeName(item.first) + u' ' + item.second))
            ended.append(item);
    m_ended.clear();
    return m_store->markAbsentValues(m_sourceId, ended, error, &m_endedCount);
}

QJsonObject StixIndicatorIngest::countsJson() const
{
    return QJsonObject {{QStringLiteral("new"), m_counts.added},
        {QStringLiteral("updated"), m_counts.updated}, {QStringLiteral("unchanged"), m_counts.unchanged},
        {QStringLiteral("rejected"), m_refused}, {QStringLiteral("ended"), m_endedCount}};
}

} // namespace exchange
