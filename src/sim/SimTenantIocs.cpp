// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTenantPrivate.h"

#include "SimJsonWriter.h"
#include "SimSyntax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace s1sim {

namespace {

// A value the client sent and the simulator keeps as it was (a list field, metadata, a field of its
// own): lists of strings written directly, anything else through QJsonDocument.
void writeExtra(JsonWriter &w, const QString &key, const QJsonValue &v)
{
    const QByteArray name = key.toUtf8();
    if (v.isString())
        return w.str(name.constData(), v.toString());
    if (v.isArray()) {
        const QJsonArray list = v.toArray();
        const bool strings
            = std::all_of(list.begin(), list.end(), [](const QJsonValue &e) { return e.isString(); });
        if (strings) {
            w.beginArray(name.constData());
            for (const QJsonValue &e : list)
                w.str(nullptr, e.toString());
            return w.endArray();
        }
    }
    // One element in a list, the brackets cut off: the value's own JSON text.
    const QByteArray text = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    w.raw(name.constData(), text.mid(1, text.size() - 2).constData());
}

} // namespace

void SimTenant::Private::writeIocJson(JsonWriter &w, const Ioc &ioc) const
{
    w.beginObject();
    // What the client sent beyond the known fields (never one of them: see addIocs), then the list
    // fields and metadata the console always answers with.
    for (auto it = ioc.extra.begin(); it != ioc.extra.end(); ++it)
        writeExtra(w, it.key(), it.value());
    static constexpr const char *lists[]
        = {"category", "intrusionSets", "labels", "mitreTactic", "reference", "threatActors"};
    for (const char *name : lists) {
        if (!ioc.extra.contains(QLatin1String(name))) {
            w.beginArray(name);
            w.endArray();
        }
    }
    if (!ioc.extra.contains(QLatin1String("metadata")))
        w.latin("metadata", "");
    const auto stringOrNull = [&w](const char *key, const QString &s) {
        if (s.isNull())
            w.null(key);
        else
            w.str(key, s);
    };
    w.str("batchId", ioc.batchId);
    if (ioc.creationTime.isEmpty())
        w.null("creationTime");
    else
        w.str("creationTime", ioc.creationTime);
    w.str("creator", ioc.creator);
    stringOrNull("description", ioc.description);
    stringOrNull("externalId", ioc.externalId);
    w.str("method", ioc.method);
    if (!ioc.name.isNull()) // name, source and scopeId are non-nullable strings: absent rather than null
        w.str("name", ioc.name);
    if (ioc.originalRiskScore >= 0)
        w.integer("originalRiskScore", ioc.originalRiskScore);
    w.latin("scope", ScopeNames[ioc.scope]);
    if (ioc.scope != ScopeGlobal)
        w.id("scopeId", ioc.scopeId);
    if (ioc.severity >= 0)
        w.integer("severity", ioc.severity);
    w.str("source", ioc.source);
    w.latin("type", IocTypeNames[ioc.type]);
    w.time("updatedAt", ioc.updatedAt);
    w.time("uploadTime", ioc.uploadTime);
    w.str("uuid", ioc.uuid);
    w.str("validUntil", ioc.validUntil);
    w.str("value", ioc.value);
    w.endObject();
}

QJsonObject SimTenant::Private::iocJson(const Ioc &ioc) const
{
    QByteArray text;
    JsonWriter w(text);
    writeIocJson(w, ioc);
    return QJsonDocument::fromJson(text).object();
}

namespace {
constexpr const char *ThreatActorTypes[]
    = {"Nation-state", "Criminal", "Hacktivist", "Insider", "APT", "Script kiddies"};
} // namespace

namespace {

// The lifetime of an IOC without validUntil, and the longest one, in days, by IocType.
int defaultValidDays(int type)
{
    switch (type) {
    case IocIpv4:
    case IocIpv6:
        return 14;
    case IocUrl:
    case IocDns:
        return 90;
    case IocMd5:
    case IocSha1:
    case IocSha256:
        return 180;
    default:
        return -1;
    }
}

int maxValidDays(int type)
{
    if (type < 0 || type > IocUrl)
        return -1;
    return type == IocIpv4 || type == IocIpv6 ? 30 : 180;
}

} // namespace

int SimTenant::iocDefaultValidDays(QStringView type)
{
    return defaultValidDays(indexOfName(IocTypeNames, type));
}

int SimTenant::iocMaxValidDays(QStringView type)
{
    return maxValidDays(indexOfName(IocTypeNames, type));
}

namespace {

// One rejected item of an IOC POST, as the detail of one error: a JSON object naming the value and
// type the client sent (null when absent), and what is wrong, e.g.
// {"value":"1.2.3.999","type":"IPV4","error":"data[3].value: \"1.2.3.999\" is not a valid IPV4 value"}
// so a client can pick the rejected {value, type} pairs out and re-send the rest (API-NOTES.md).
QString rejection(const QJsonObject &item, const QString &message)
{
    const auto textOrNull = [&](const char *key) {
        const QJsonValue v = item.value(QLatin1String(key));
        return v.isString() ? v : QJsonValue(QJsonValue::Null);
    };
    const QJsonObject detail {
        {u"value"_s, textOrNull("value")}, {u"type"_s, textOrNull("type")}, {u"error"_s, message}};
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

// A POST without a scope: the real console was seen answering 500 until accountIds was added.
// (The spec lets the filter be left out, or be an object without a scope key; a null filter is no
// object, which the spec refuses: that is a 400 like any other wrong type.)
bool lacksScope(const QJsonValue &filter)
{
    if (filter.isUndefined())
        return true;
    if (!filter.isObject())
        return false; // a wrong type, null included, is a 400 (writeTargets)
    const QJsonObject o = filter.toObject();
    return !o.contains(u"siteIds"_s) && !o.contains(u"accountIds"_s) && !o.contains(u"groupIds"_s)
        && !o.contains(u"tenant"_s);
}

} // namespace

SimReply SimTenant::addIocs(const QByteArray &body, const SimCaller &caller)
{
    ++d->iocPosts;
    if (caller.multiScope)
        return errorReply(403, CodeForbidden, u"Insufficient permissions"_s,
            u"This operation does not support multi-scope users yet"_s);
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    const QJsonValue dataValue = root.value(u"data"_s);
    if (!dataValue.isArray() || dataValue.toArray().isEmpty())
        return validationError(u"data: must be a non-empty list of IOC objects"_s);
    if (lacksScope(root.value(u"filter"_s)))
        return errorReply(500, 5000010, u"Internal Server Error"_s, u"An unexpected error occurred"_s);
    QList<IocTarget> targets;
    if (auto e = writeTargets(*this, root.value(u"filter"_s), caller, &targets, false))
        return *e;

    static constexpr const char *known[] = {"type", "value", "method", "source", "externalId", "name",
        "description", "creator", "creationTime", "validUntil", "severity", "originalRiskScore", "uuid",
        "batchId", "scope", "scopeId", "uploadTime", "updatedAt"};
    struct Item
    {
        quint8 type = 0;
        QString value;
        QString normalized;
        QJsonObject object;
        qint64 creationUs = TimeMin;
        qint64 validUntilUs = TimeMax; // TimeMax: none given
    };
    std::vector<Item> items;
    QStringList errors;
    const QJsonArray array = dataValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"data[%1]"_s.arg(i);
        if (!array[i].isObject()) {
            errors << where + u": must be an object"_s;
            continue;
        }
        Item item;
        item.object = array[i].toObject();
        const QJsonObject &o = item.object;
        const auto reject = [&](const QString &message) { errors << rejection(o, message); };
        const int type
            = o.value(u"type"_s).isString() ? indexOfName(IocTypeNames, o.value(u"type"_s).toString()) : -1;
        if (type < 0) {
            reject(u"%1.type: \"%2\" is not one of %3"_s.arg(
                where, jsonText(o.value(u"type"_s)), joinNames(IocTypeNames)));
            continue;
        }
        item.type = quint8(type);
        if (!o.value(u"value"_s).isString() || o.value(u"value"_s).toString().isEmpty()) {
            reject(where + u".value: a non-empty string is required"_s);
            continue;
        }
        item.value = o.value(u"value"_s).toString();
        bool valid = false;
        switch (IocType(type)) {
        case IocDns:
            valid = isHostName(item.value, false);
            break;
        case IocIpv4:
            valid = isIpv4(item.value);
            break;
        case IocIpv6:
            valid = isIpv6(item.value);
            break;
        case IocMd5:
            valid = item.value.size() == 32 && isHexText(item.value);
            break;
        case IocSha1:
            valid = item.value.size() == 40 && isHexText(item.value);
            break;
        case IocSha256:
            valid = item.value.size() == 64 && isHexText(item.value);
            break;
        case IocUrl:
            valid = isUrl(item.value);
            break;
        }
        if (!valid)
            reject(u"%1.value: \"%2\" is not a valid %3 value"_s.arg(
                where, item.value, QLatin1String(IocTypeNames[type])));
        // method: EQUALS, the only one (may be left out or null)
        const QJsonValue method = o.value(u"method"_s);
        if (!method.isUndefined() && !method.isNull() && method != QJsonValue(u"EQUALS"_s))
            reject(u"%1.method: \"%2\" is not supported (expected EQUALS)"_s.arg(where, jsonText(method)));
        for (const char *field : {"validUntil", "creationTime"}) {
            const QJsonValue v = o.value(QString::fromLatin1(field));
            if (v.isUndefined() || v.isNull())
                continue;
            if (!v.isString() || !isDateTime(v.toString()))
                reject(u"%1.%2: \"%3\" is not a date-time with a time zone (YYYY-MM-DDTHH:MM:SSZ)"_s.arg(
                    where, QLatin1String(field), jsonText(v)));
            else if (std::strcmp(field, "creationTime") == 0)
                item.creationUs = *parseTimestamp(v.toString());
            else
                item.validUntilUs = *parseTimestamp(v.toString());
        }
        if (!o.value(u"source"_s).isString())
            reject(where + u".source: a string is required"_s);
        if (o.contains(u"name"_s) && !o.value(u"name"_s).isString())
            reject(where + u".name: must be a string"_s);
        for (const char *field : {"externalId", "description", "creator", "pattern", "metadata"}) {
            const QJsonValue v = o.value(QString::fromLatin1(field));
            if (!v.isUndefined() && !v.isNull() && !v.isString())
                reject(u"%1.%2: must be a string"_s.arg(where, QLatin1String(field)));
        }
        // lists of strings (null items only where the API allows them)
        for (const char *field : {"reference", "malwareNames", "category", "intrusionSets", "campaignNames",
                 "mitreTactic", "threatActors", "labels", "threatActorTypes"}) {
            const QJsonValue v = o.value(QString::fromLatin1(field));
            if (v.isUndefined())
                continue;
            const bool nullItems = std::strcmp(field, "reference") == 0
                || std::strcmp(field, "malwareNames") == 0 || std::strcmp(field, "category") == 0;
            const bool actorTypes = std::strcmp(field, "threatActorTypes") == 0;
            bool ok = v.isArray() && v.toArray().size() <= 5000;
            const QJsonArray list = v.toArray();
            for (const QJsonValue &entry : list) {
                ok = ok && (entry.isString() || (nullItems && entry.isNull()));
                ok = ok && (!actorTypes || indexOfName(ThreatActorTypes, entry.toString()) >= 0);
            }
            if (!ok)
                reject(u"%1.%2: must be a list of %3"_s.arg(
                    where, QLatin1String(field), actorTypes ? joinNames(ThreatActorTypes) : u"strings"_s));
        }
        const auto checkRange = [&](const char *field, int max) {
            const QJsonValue v = o.value(QString::fromLatin1(field));
            if (v.isUndefined() || v.isNull())
                return;
            const double n = v.toDouble(-1);
            if (!v.isDouble() || n < 0 || n > max || n != double(int(n)))
                reject(u"%1.%2: %3 is not an integer between 0 and %4"_s.arg(
                    where, QLatin1String(field), jsonText(v), QString::number(max)));
        };
        checkRange("severity", 7);
        checkRange("originalRiskScore", 100);
        const bool caseless = type == IocDns || type == IocMd5 || type == IocSha1 || type == IocSha256;
        item.normalized = caseless ? item.value.toLower() : item.value;
        items.push_back(std::move(item));
    }
    if (!errors.isEmpty())
        return errorsReply(errors);

    const qint64 now = d->now();
    const QString batchId
        = QString::number(++d->batchCounter, 16).rightJustified(8, u'0') + d->idRng.hexString(12);
    const QString defaultCreator = QString::fromUtf16(ApiUserEmail);
    // The answer is written as the IOCs are stored (a batch of thousands: no QJsonObject per IOC).
    QByteArray answer;
    answer.reserve(qsizetype(items.size()) * qsizetype(targets.size()) * 600 + 16);
    JsonWriter out(answer);
    out.beginObject();
    out.beginArray("data");
    qsizetype answered = 0;
    for (const IocTarget &target : std::as_const(targets)) {
        for (const Item &item : items) {
            const QString key = QString::number(target.scope) + u'|' + idString(target.id) + u'|'
                + QString::number(item.type) + u'|' + item.normalized;
            Ioc *ioc = nullptr;
            const auto existing = d->iocByKey.constFind(key);
            if (existing != d->iocByKey.constEnd()) {
                const auto it = std::lower_bound(d->iocs.begin(), d->iocs.end(), *existing,
                    [](const Ioc &a, quint64 seq) { return a.seq < seq; });
                Q_ASSERT(it != d->iocs.end() && it->seq == *existing);
                ioc = &*it;
            } else {
                Ioc fresh;
                fresh.seq = d->nextIocSeq++;
                fresh.uuid = d->idRng.hexString(16);
                fresh.uploadTime = now;
                fresh.key = key;
                fresh.scope = target.scope;
                fresh.scopeId = target.id;
                fresh.type = item.type;
                d->iocs.push_back(std::move(fresh));
                ioc = &d->iocs.back();
                d->iocByKey.insert(key, ioc->seq);
            }
            const QJsonObject &o = item.object;
            ioc->batchId = batchId;
            ioc->updatedAt = now;
            ioc->value = item.value;
            ioc->method = u"EQUALS"_s;
            const auto optionalString = [&](const char *field) {
                const QJsonValue v = o.value(QString::fromLatin1(field));
                return v.isString() ? d->intern(v.toString()) : QString();
            };
            ioc->source = optionalString("source");
            ioc->externalId = o.value(u"externalId"_s).toString();
            ioc->name = o.value(u"name"_s).toString();
            ioc->description = optionalString("description");
            ioc->creator = o.value(u"creator"_s).isString() ? d->intern(o.value(u"creator"_s).toString())
                                                            : d->intern(defaultCreator);
            ioc->creationTime = o.value(u"creationTime"_s).toString();
            ioc->creationTimeUs = item.creationUs;
            // The default lifetime per type, or the one given cut to the cap, silently.
            const qint64 cap = now + maxValidDays(item.type) * UsPerDay;
            ioc->validUntil
                = formatTimestamp(item.validUntilUs == TimeMax ? now + defaultValidDays(item.type) * UsPerDay
                                                               : std::min(item.validUntilUs, cap));
            ioc->severity = o.contains(u"severity"_s) && o.value(u"severity"_s).isDouble()
                ? o.value(u"severity"_s).toInt()
                : -1;
            ioc->originalRiskScore
                = o.contains(u"originalRiskScore"_s) && o.value(u"originalRiskScore"_s).isDouble()
                ? o.value(u"originalRiskScore"_s).toInt()
                : -1;
            QJsonObject extra;
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (indexOfName(known, it.key()) < 0)
                    extra.insert(it.key(), it.value());
            }
            ioc->extra = extra;
            d->writeIocJson(out, *ioc);
            ++answered;
        }
    }
    out.endArray();
    out.endObject();
    ++d->iocPostsOk;
    d->iocItems += answered;
    return SimReply {200, answer};
}

SimReply SimTenant::listIocs(const QUrlQuery &query, const SimCaller &caller)
{
    const Params p = paramsOf(query);
    const QStringList accountIds = splitList(p.value(u"accountIds"_s));
    const QStringList siteIds = splitList(p.value(u"siteIds"_s));
    if (auto e = checkIdList(u"accountIds"_s, accountIds))
        return *e;
    if (auto e = checkIdList(u"siteIds"_s, siteIds))
        return *e;
    if (auto e = d->checkScope(accountIds, siteIds, caller))
        return *e;
    int limit = DefaultLimit;
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &limit))
        return *e;
    int skip = 0;
    if (auto e = parseIntParam(p, u"skip"_s, 0, MaxSkip, 0, &skip))
        return *e;
    int tenantFlag = -1;
    if (auto e = parseBoolParam(p, u"tenant"_s, &tenantFlag))
        return *e;
    qint64 createdMin = TimeMin, createdMax = TimeMax, updatedMin = TimeMin, updatedMax = TimeMax;
    if (auto e = timeBounds(p, u"creationTime"_s, &createdMin, &createdMax))
        return *e;
    if (auto e = timeBounds(p, u"updatedAt"_s, &updatedMin, &updatedMax))
        return *e;
    qint64 uploadMin = TimeMin, uploadMax = TimeMax;
    if (auto e = timeBounds(p, u"uploadTime"_s, &uploadMin, &uploadMax))
        return *e;
    int countOnly = 0;
    if (auto e = parseBoolParam(p, u"countOnly"_s, &countOnly))
        return *e;
    const QStringList nameNeedles = splitList(p.value(u"name__contains"_s));
    const QStringList descriptionNeedles = splitList(p.value(u"description__contains"_s));
    quint64 after = 0;
    const QString cursor = p.value(u"cursor"_s);
    if (!cursor.isEmpty()) {
        const auto o = decodeCursor(cursor, u"iocs"_s);
        const auto seq = o ? parseId(o->value(u"after"_s).toString()) : std::nullopt;
        if (!seq)
            return badCursor(cursor);
        after = *seq;
    }

    QSet<quint64> accountSet, siteSet;
    for (const QString &id : accountIds)
        accountSet.insert(*parseId(id));
    for (const QString &id : siteIds)
        siteSet.insert(*parseId(id));
    const bool scopeFilter = !accountIds.isEmpty() || !siteIds.isEmpty() || tenantFlag == 1;
    // value, type and externalId are single values (a URL may hold commas); source and uuids lists.
    const bool hasValue = p.contains(u"value"_s);
    const QString value = p.value(u"value"_s);
    const QString type = p.value(u"type"_s);
    const QStringList sources = splitList(p.value(u"source"_s));
    const bool hasExternalId = p.contains(u"externalId"_s);
    const QString externalId = p.value(u"externalId"_s);
    const QStringList uuids = splitList(p.value(u"uuids"_s));
    const QString batchId = p.value(u"batchId"_s).trimmed();
    const quint64 ownSite = caller.isScoped() ? d->sites[std::size_t(caller.siteIndex)].id : 0;

    QJsonArray items;
    qsizetype total = 0;
    quint64 lastSeq = 0;
    bool more = false;
    for (const Ioc &ioc : d->iocs) {
        if (caller.isScoped() && !d->visibleToSite(ioc, ownSite))
            continue;
        if (scopeFilter
            && !((ioc.scope == ScopeAccount && accountSet.contains(ioc.scopeId))
                || (ioc.scope == ScopeSite && siteSet.contains(ioc.scopeId))
                || (ioc.scope == ScopeGlobal && tenantFlag == 1)))
            continue;
        if (hasValue && ioc.value.compare(value, Qt::CaseInsensitive) != 0)
            continue;
        if (!type.isEmpty() && type != QLatin1String(IocTypeNames[ioc.type]))
            continue;
        if (!sources.isEmpty() && !sources.contains(ioc.source))
            continue;
        if (hasExternalId && ioc.externalId != externalId)
            continue;
        if (!uuids.isEmpty() && !uuids.contains(ioc.uuid))
            continue;
        if (!batchId.isEmpty() && ioc.batchId != batchId)
            continue;
        if ((createdMin != TimeMin || createdMax != TimeMax)
            && (ioc.creationTimeUs == TimeMin || ioc.creationTimeUs < createdMin
                || ioc.creationTimeUs > createdMax))
            continue;
        if (ioc.updatedAt < updatedMin || ioc.updatedAt > updatedMax)
            continue;
        if (ioc.uploadTime < uploadMin || ioc.uploadTime > uploadMax)
            continue;
        if (!nameNeedles.isEmpty() && !containsAny(ioc.name, nameNeedles))
            continue;
        if (!descriptionNeedles.isEmpty() && !containsAny(ioc.description, descriptionNeedles))
            continue;
        ++total;
        if (countOnly == 1)
            continue;
        if (ioc.seq <= after)
            continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        if (items.size() < limit) {
            items.append(d->iocJson(ioc));
            lastSeq = ioc.seq;
        } else {
            more = true;
        }
    }
    const QString next = more
        ? encodeCursor(QJsonObject {{u"kind"_s, u"iocs"_s}, {u"after"_s, idString(lastSeq)}})
        : QString();
    return pagedReply(items, total, next);
}

SimReply SimTenant::deleteIocs(const QByteArray &body, const SimCaller &caller)
{
    QJsonObject root;
    if (auto e = parseJsonBody(body, &root))
        return *e;
    if (!root.value(u"filter"_s).isObject())
        return validationError(
            u"filter: required, an object (e.g. {\"accountIds\":[...],\"uuids\":[...]})"_s);
    const QJsonObject filter = root.value(u"filter"_s).toObject();
    // The filters the simulator implements, with the API's types: lists (uuids, source, accountIds,
    // siteIds; no groupIds: the API's delete filter has none), single strings (value, type,
    // externalId, batchId), tenant (boolean).
    static constexpr const char *keys[]
        = {"uuids", "value", "type", "source", "externalId", "batchId", "accountIds", "siteIds", "tenant"};
    static constexpr const char *lists[] = {"uuids", "source"};
    static constexpr const char *strings[] = {"value", "type", "externalId", "batchId"};
    bool any = false;
    for (auto it = filter.begin(); it != filter.end(); ++it) {
        if (indexOfName(keys, it.key()) < 0)
            return validationError(
                u"filter.%1: not implemented by the simulator (s1bridge-sim); it filters by %2"_s.arg(
                    it.key(), joinNames(keys)));
        any = true;
        const QJsonValue v = it.value();
        bool ok = true;
        if (indexOfName(lists, it.key()) >= 0) {
            const QJsonArray array = v.toArray();
            ok = v.isArray() && array.size() <= 5000;
            for (const QJsonValue &entry : array)
                ok = ok && entry.isString();
        } else if (indexOfName(strings, it.key()) >= 0) {
            ok = v.isString() && (it.key() != u"type"_s || indexOfName(IocTypeNames, v.toString()) >= 0);
        } else if (it.key() == u"tenant"_s) {
            ok = v.isBool();
        }
        if (!ok)
            return validationError(u"filter.%1: %2 is not a valid value"_s.arg(it.key(), jsonText(v)));
    }
    if (!any)
        return validationError(u"filter: at least one of %1 is required"_s.arg(joinNames(keys)));
    QStringList accountIds, siteIds;
    if (auto e = idListOf(filter, u"filter"_s, u"accountIds"_s, 0, 5000, &accountIds))
        return *e;
    if (auto e = idListOf(filter, u"filter"_s, u"siteIds"_s, 0, 5000, &siteIds))
        return *e;
    if (auto e = d->checkScope(accountIds, siteIds, caller))
        return *e;
    const auto listOf = [&](const QString &key) {
        const QJsonValue v = filter.value(key);
        if (v.isArray())
            return jsonIdList(v);
        return v.isString() ? QStringList {v.toString()} : QStringList();
    };
    const QStringList uuids = listOf(u"uuids"_s);
    const QStringList values = listOf(u"value"_s);
    const QStringList types = listOf(u"type"_s);
    const QStringList sources = listOf(u"source"_s);
    const QStringList externalIds = listOf(u"externalId"_s);
    const QStringList batchIds = listOf(u"batchId"_s);
    const bool tenantWide = filter.value(u"tenant"_s).toBool(false);
    const bool scopeFilter = !accountIds.isEmpty() || !siteIds.isEmpty() || tenantWide;
    const quint64 ownSite = caller.isScoped() ? d->sites[std::size_t(caller.siteIndex)].id : 0;

    const auto doomed = [&](const Ioc &ioc) {
        if (caller.isScoped() && !d->visibleToSite(ioc, ownSite))
            return false;
        if (scopeFilter
            && !((ioc.scope == ScopeAccount && accountIds.contains(idString(ioc.scopeId)))
                || (ioc.scope == ScopeSite && siteIds.contains(idString(ioc.scopeId)))
                || (ioc.scope == ScopeGlobal && tenantWide)))
            return false;
        if (filter.contains(u"uuids"_s) && !uuids.contains(ioc.uuid))
            return false;
        if (filter.contains(u"value"_s) && !values.contains(ioc.value, Qt::CaseInsensitive))
            return false;
        if (filter.contains(u"type"_s)
            && !types.contains(QLatin1String(IocTypeNames[ioc.type]), Qt::CaseInsensitive))
            return false;
        if (filter.contains(u"source"_s) && !sources.contains(ioc.source))
            return false;
        if (filter.contains(u"externalId"_s) && !externalIds.contains(ioc.externalId))
            return false;
        if (filter.contains(u"batchId"_s) && !batchIds.contains(ioc.batchId))
            return false;
        return true;
    };
    const auto first = std::remove_if(d->iocs.begin(), d->iocs.end(), [&](const Ioc &ioc) {
        if (!doomed(ioc))
            return false;
        d->iocByKey.remove(ioc.key);
        return true;
    });
    const int affected = int(d->iocs.end() - first);
    d->iocs.erase(first, d->iocs.end());
    return dataReply(QJsonObject {{u"affected"_s, affected}});
}

} // namespace s1sim
