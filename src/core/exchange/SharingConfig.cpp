// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace exchange {

namespace {

using namespace Qt::StringLiterals;

bool isIp(IocType type)
{
    return type == IocType::Ipv4 || type == IocType::Ipv6;
}

// An integer JSON value in [min, max]; else a problem naming the field.
std::optional<int> intField(
    const QJsonObject &json, const QString &field, int min, int max, int fallback, QStringList *problems)
{
    if (!json.contains(field))
        return fallback;
    const QJsonValue v = json.value(field);
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
        *problems
            << SharingConfig::tr("%1: expected a whole number from %L2 to %L3.").arg(field).arg(min).arg(max);
        return std::nullopt;
    }
    return int(d);
}

} // namespace

int SharingConfig::agingCapDays(IocType type)
{
    return isIp(type) ? 30 : 180;
}

int SharingConfig::defaultAgingDays(IocType type)
{
    if (isIp(type))
        return 14;
    if (type == IocType::Url || type == IocType::Dns)
        return 90;
    return 180;
}

int SharingConfig::agingDays(IocType type) const
{
    return std::min(requestedAgingDays.value(type, defaultAgingDays(type)), agingCapDays(type));
}

QStringList SharingConfig::agingNotes() const
{
    QStringList notes;
    if (destination != DestinationKind::S1ThreatIntel)
        return notes;
    for (auto it = requestedAgingDays.cbegin(); it != requestedAgingDays.cend(); ++it) {
        if (it.value() <= agingCapDays(it.key()))
            continue;
        notes << (isIp(it.key())
                ? tr("%1: %2 days asked; SentinelOne keeps IP IOCs at most %3 days, so %3 are "
                     "sent and the IOC is renewed before it expires.")
                : tr("%1: %2 days asked; SentinelOne keeps these IOCs at most %3 days, so %3 "
                     "are sent and the IOC is renewed before it expires."))
                     .arg(iocTypeName(it.key()))
                     .arg(it.value())
                     .arg(agingCapDays(it.key()));
    }
    return notes;
}

QString SharingConfig::destinationKindName(DestinationKind kind)
{
    switch (kind) {
    case DestinationKind::S1ThreatIntel:
        break;
    case DestinationKind::OpenCti:
        return u"opencti"_s;
    case DestinationKind::File:
        return u"file"_s;
    }
    return u"s1-threat-intel"_s;
}

std::optional<SharingConfig::DestinationKind> SharingConfig::destinationKindFromName(QStringView name)
{
    if (name == u"s1-threat-intel")
        return DestinationKind::S1ThreatIntel;
    if (name == u"opencti")
        return DestinationKind::OpenCti;
    if (name == u"file")
        return DestinationKind::File;
    return std::nullopt;
}

QString SharingConfig::fileFormatName(FileFormat format)
{
    return format == FileFormat::Stix ? u"stix"_s : u"csv"_s;
}

std::optional<SharingConfig::FileFormat> SharingConfig::fileFormatFromName(QStringView name)
{
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return FileFormat::Csv;
    if (name.compare(u"stix", Qt::CaseInsensitive) == 0)
        return FileFormat::Stix;
    return std::nullopt;
}

QStringList SharingConfig::filePathProblems(const QString &path)
{
    if (path.trimmed().isEmpty())
        return {tr("destination.target.path: required, the absolute path of the file to write.")};
    if (!QDir::isAbsolutePath(path))
        return {tr("destination.target.path: \"%1\" is relative; give an absolute path (the schedule runs "
                   "from another directory).")
                    .arg(path.left(200))};
    const QFileInfo info(path);
    if (info.isDir())
        return {tr("destination.target.path: %1 is a directory; give the path of a file in it.").arg(path)};
    if (!info.absoluteDir().exists())
        return {tr("destination.target.path: the directory %1 does not exist; create it or choose another.")
                    .arg(info.absolutePath())};
    return {};
}

QString SharingConfig::destinationText() const
{
    switch (destination) {
    case DestinationKind::S1ThreatIntel:
        break;
    case DestinationKind::OpenCti:
        return profileId.isEmpty() ? tr("OpenCTI of this profile")
                                   : tr("OpenCTI of profile %1").arg(profileId);
    case DestinationKind::File:
        return fileFormat == FileFormat::Stix ? tr("STIX 2.1 file %1").arg(filePath)
                                              : tr("CSV file %1").arg(filePath);
    }
    return tr("SentinelOne threat intelligence, %1").arg(scope.text());
}

QString SharingConfig::destinationKey() const
{
    return IocStore::destinationKey(toJson());
}

QJsonObject SharingConfig::toJson() const
{
    QJsonObject json;
    json.insert(u"enabled"_s, enabled);
    json.insert(u"sources"_s, QJsonArray::fromStringList(sourceIds));
    if (ruleId > 0 || !ruleName.isEmpty()) {
        QJsonObject rule;
        if (ruleId > 0)
            rule.insert(u"id"_s, double(ruleId));
        if (!ruleName.isEmpty())
            rule.insert(u"name"_s, ruleName);
        json.insert(u"rule"_s, rule);
    }
    QJsonObject target;
    if (!profileId.isEmpty())
        target.insert(u"profileId"_s, profileId);
    switch (destination) {
    case DestinationKind::S1ThreatIntel:
        target.insert(u"scope"_s, scope.toString());
        break;
    case DestinationKind::OpenCti:
        break;
    case DestinationKind::File:
        target.insert(u"path"_s, filePath);
        target.insert(u"format"_s, fileFormatName(fileFormat));
        break;
    }
    json.insert(
        u"destination"_s, QJsonObject {{u"kind"_s, destinationKindName(destination)}, {u"target"_s, target}});
    json.insert(u"sourceText"_s, sourceText);
    if (!requestedAgingDays.isEmpty()) {
        QJsonObject aging;
        for (auto it = requestedAgingDays.cbegin(); it != requestedAgingDays.cend(); ++it)
            aging.insert(iocTypeName(it.key()), it.value());
        json.insert(u"agingDays"_s, aging);
    }
    json.insert(u"renewMarginHours"_s, renewMarginHours);
    json.insert(u"batchSize"_s, batchSize);
    json.insert(u"requestsPerMinute"_s, requestsPerMinute);
    return json;
}

std::optional<SharingConfig> SharingConfig::fromJson(
    const QString &name, const QJsonObject &json, QStringList *problems)
{
    QStringList found;
    SharingConfig c;
    c.name = name.trimmed();
    static const QStringList known {u"name"_s, u"enabled"_s, u"sources"_s, u"rule"_s, u"destination"_s,
        u"sourceText"_s, u"agingDays"_s, u"renewMarginHours"_s, u"batchSize"_s, u"requestsPerMinute"_s};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            found << tr("%1: not a field of a sharing configuration (expected one of %2).")
                         .arg(it.key(), known.join(u", "_s));
    if (json.contains(u"enabled"_s)) {
        if (!json.value(u"enabled"_s).isBool())
            found << tr("enabled: expected true or false.");
        c.enabled = json.value(u"enabled"_s).toBool(true);
    }
    if (json.contains(u"sources"_s)) {
        const QJsonValue v = json.value(u"sources"_s);
        bool ok = v.isArray();
        for (const QJsonValue &s : v.toArray()) {
            ok = ok && s.isString() && !s.toString().trimmed().isEmpty();
            if (ok && !c.sourceIds.contains(s.toString().trimmed()))
                c.sourceIds << s.toString().trimmed();
        }
        if (!ok)
            found << tr("sources: expected a list of source ids (text).");
    }
    if (json.contains(u"rule"_s)) {
        const QJsonValue v = json.value(u"rule"_s);
        if (v.isString()) {
            c.ruleName = v.toString().trimmed();
        } else if (v.isObject()) {
            const QJsonObject r = v.toObject();
            const double id = r.value(u"id"_s).toDouble(0);
            if (r.contains(u"id"_s) && (!r.value(u"id"_s).isDouble() || id < 1 || id != double(qint64(id))))
                found << tr("rule.id: expected the positive id of a business rule.");
            else
                c.ruleId = qint64(id);
            if (r.contains(u"name"_s) && !r.value(u"name"_s).isString())
                found << tr("rule.name: expected the name of a business rule.");
            c.ruleName = r.value(u"name"_s).toString().trimmed();
        } else {
            found << tr("rule: expected the name of a business rule or {\"id\", \"name\"}.");
        }
    }
    const QJsonObject destination = json.value(u"destination"_s).toObject();
    if (!json.value(u"destination"_s).isObject()) {
        found << tr("destination: required, {\"kind\": \"s1-threat-intel\", \"target\": {\"scope\": "
                    "\"account:ID\"}}.");
    } else {
        const auto kind = destinationKindFromName(destination.value(u"kind"_s).toString());
        if (!kind)
            found << tr("destination.kind: \"%1\" is not a destination (expected s1-threat-intel, opencti "
                        "or file).")
                         .arg(destination.value(u"kind"_s).toString().left(60));
        else
            c.destination = *kind;
        const QJsonValue targetValue = destination.value(u"target"_s);
        if (destination.contains(u"target"_s) && !targetValue.isObject())
            found << tr("destination.target: expected an object.");
        const QJsonObject target = targetValue.toObject();
        if (target.value(u"profileId"_s).isString())
            c.profileId = target.value(u"profileId"_s).toString().trimmed();
        else if (target.contains(u"profileId"_s))
            found << tr("destination.target.profileId: expected the id of a profile (text).");
        // Each kind's own target fields; for the new kinds anything else is named (a scope on a file is
        // a mistake). A SentinelOne target stays as lenient as it always was.
        QStringList targetFields {u"profileId"_s};
        if (c.destination == DestinationKind::S1ThreatIntel) {
            targetFields << u"scope"_s;
            const auto scope = s1::IocScope::fromString(target.value(u"scope"_s).toString());
            if (!scope)
                found << tr("destination.target.scope: expected account:ID, site:ID or group:ID (never "
                            "empty: SentinelOne answers a POST without a scope with an error).");
            else
                c.scope = *scope;
        } else if (c.destination == DestinationKind::File) {
            targetFields << u"path"_s << u"format"_s;
            if (!target.value(u"path"_s).isString())
                found << tr("destination.target.path: required, the absolute path of the file to write.");
            c.filePath = target.value(u"path"_s).toString().trimmed();
            if (target.contains(u"format"_s)) {
                const auto format = fileFormatFromName(target.value(u"format"_s).toString());
                if (!format)
                    found << tr("destination.target.format: \"%1\" is not a file format (expected csv or "
                                "stix).")
                                 .arg(target.value(u"format"_s).toVariant().toString().left(40));
                else
                    c.fileFormat = *format;
            }
        }
        if (kind && c.destination != DestinationKind::S1ThreatIntel)
            for (auto it = target.begin(); it != target.end(); ++it)
                if (!targetFields.contains(it.key()))
                    found << tr("destination.target.%1: not a field of a %2 destination (expected %3).")
                                 .arg(it.key().left(40), destinationKindName(c.destination),
                                     targetFields.join(u", "_s));
    }
    if (json.contains(u"sourceText"_s)) {
        if (!json.value(u"sourceText"_s).isString())
            found << tr("sourceText: expected the text written as `source` on each IOC.");
        c.sourceText = json.value(u"sourceText"_s).toString().trimmed();
    }
    if (json.contains(u"agingDays"_s)) {
        const QJsonValue v = json.value(u"agingDays"_s);
        if (!v.isObject())
            found << tr("agingDays: expected {\"IPV4\": days, \"SHA256\": days, ...}.");
        const QJsonObject aging = v.toObject();
        for (auto it = aging.begin(); it != aging.end(); ++it) {
            const auto type = iocTypeFromName(it.key());
            const double d = it.value().toDouble(-1);
            if (!type)
                found << tr("agingDays.%1: not an IOC type (expected one of %2).")
                             .arg(it.key().left(40), s1::threatintel::iocTypeNames().join(u", "_s));
            else if (!it.value().isDouble() || d < 1 || d > MaxAgingDays || d != double(qint64(d)))
                found << tr("agingDays.%1: expected a whole number of days from 1 to %L2.")
                             .arg(it.key())
                             .arg(MaxAgingDays);
            else
                c.requestedAgingDays.insert(*type, int(d));
        }
    }
    if (auto v = intField(json, u"renewMarginHours"_s, 1, 24 * 29, DefaultRenewMarginHours, &found))
        c.renewMarginHours = *v;
    if (auto v = intField(json, u"batchSize"_s, 1, MaxBatchSize, DefaultBatchSize, &found))
        c.batchSize = *v;
    if (auto v = intField(json, u"requestsPerMinute"_s, 0, 6000, DefaultRequestsPerMinute, &found))
        c.requestsPerMinute = *v;
    if (found.isEmpty())
        found = c.validate();
    if (!found.isEmpty()) {
        if (problems)
            *problems << found;
        return std::nullopt;
    }
    return c;
}

QStringList SharingConfig::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("name: a sharing configuration needs a name.");
    switch (destination) {
    case DestinationKind::S1ThreatIntel:
        if (const QString scopeProblem = scope.problem(); !scopeProblem.isEmpty())
            problems << tr("destination.target.scope: %1").arg(scopeProblem);
        if (sourceText.trimmed().isEmpty())
            problems << tr(
                "sourceText: SentinelOne requires a source text on each IOC (e.g. \"S1 Bridge\").");
        break;
    case DestinationKind::OpenCti:
        break; // the profile's OpenCTI is checked when a session builds the destination
    case DestinationKind::File:
        problems << filePathProblems(filePath);
        break;
    }
    if (batchSize < 1 || batchSize > MaxBatchSize)
        problems << tr("batchSize: expected a whole number from 1 to %L1.").arg(MaxBatchSize);
    if (requestsPerMinute < 0)
        problems << tr("requestsPerMinute: expected 0 (no pacing) or more.");
    if (renewMarginHours < 1 || renewMarginHours > 24 * 29)
        problems << tr("renewMarginHours: expected a whole number from 1 to %L1.").arg(24 * 29);
    return problems;
}

NamedDefinition SharingConfig::toDefinition() const
{
    NamedDefinition d;
    d.id = id;
    d.name = name;
    d.definition = toJson();
    return d;
}

std::optional<SharingConfig> SharingConfig::fromDefinition(
    const NamedDefinition &definition, QStringList *problems)
{
    auto c = fromJson(definition.name, definition.definition, problems);
    if (c)
        c->id = definition.id;
    return c;
}

std::optional<SharingConfig> SharingConfig::load(
    const IocStore &store, const QString &name, QStringList *problems)
{
    const auto d = store.sharing(name);
    if (!d) {
        if (problems)
            *problems << tr("There is no sharing configuration named \"%1\".").arg(name);
        return std::nullopt;
    }
    return fromDefinition(*d, problems);
}

bool SharingConfig::save(IocStore *store, QString *error)
{
    const QStringList problems = validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u' ');
        return false;
    }
    NamedDefinition d = toDefinition();
    if (!store->saveSharing(&d, error))
        return false;
    id = d.id;
    return true;
}

} // namespace exchange
