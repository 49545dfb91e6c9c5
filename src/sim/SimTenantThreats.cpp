// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTenantPrivate.h"

#include "SimSyntax.h"

#include <QUrlQuery>

#include <string_view>

using namespace Qt::StringLiterals;

namespace s1sim {

// ------------------------------------------------------------------------------------------------
// Threat listing: sort keys, orders, filters, cursors

namespace {

void hexInto(char *buf, const quint8 *data, int len)
{
    static constexpr char digits[] = "0123456789abcdef";
    for (int i = 0; i < len; ++i) {
        buf[2 * i] = digits[data[i] >> 4];
        buf[2 * i + 1] = digits[data[i] & 0xf];
    }
}

// Every list filter of GET /threats, in the order they enter the cache key.
constexpr const char *ThreatFilterKeys[] = {
    "ids",
    "accountIds",
    "siteIds",
    "groupIds",
    "createdAt__gte",
    "createdAt__gt",
    "createdAt__lte",
    "createdAt__lt",
    "updatedAt__gte",
    "updatedAt__gt",
    "updatedAt__lte",
    "updatedAt__lt",
    "incidentStatuses",
    "analystVerdicts",
    "classifications",
    "confidenceLevels",
    "mitigationStatuses",
    "contentHashes",
    "displayName",
    "query",
    "noteExists",
    "resolved",
};

template<std::size_t N>
std::optional<SimReply> enumMask(
    const Params &params, const QString &key, const char *const (&names)[N], bool strict, quint32 *mask)
{
    const auto it = params.constFind(key);
    if (it == params.constEnd())
        return std::nullopt;
    quint32 m = 0;
    for (const QString &value : splitList(*it)) {
        const int index = indexOfName(names, value, strict ? Qt::CaseSensitive : Qt::CaseInsensitive);
        if (index >= 0)
            m |= 1u << index;
        else if (strict)
            return validationError(u"%1: \"%2\" is not one of %3"_s.arg(key, value, joinNames(names)));
    }
    *mask = m;
    return std::nullopt;
}

} // namespace

quint64 SimTenant::Private::numericKey(SortField f, const Threat &t) const
{
    switch (f) {
    case SortId:
        return t.id;
    case SortCreatedAt:
        return quint64(t.createdAt);
    case SortUpdatedAt:
        return quint64(t.updatedAt);
    case SortMitigationStatus:
        return quint64(MitigationRank[t.mitigation]);
    case SortAgentVersion:
        return quint64(versionRank[agents[t.agent].version]);
    case SortAgentMachineType:
        return quint64(KindMachine[agents[t.agent].kind]);
    case SortSiteId:
        return sites[agents[t.agent].site].id;
    case SortCreatedDate:
        return quint64(t.createdAt);
    default: // text fields (textKey), and those the simulated threats do not carry (by id alone)
        break;
    }
    return 0;
}

QString SimTenant::Private::textKey(SortField f, const Threat &t) const
{
    switch (f) {
    case SortFileDisplayName:
        return fileDisplayNameOf(t).toString();
    case SortSiteName:
        return sites[agents[t.agent].site].name;
    case SortAgentComputerName:
        return agents[t.agent].computerName;
    case SortFilePath:
        return t.filePath;
    case SortContentHash:
        return (t.flags & FlagHashes)
            ? QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(t.sha1), 20).toHex())
            : QString();
    case SortClassification:
        return QLatin1String(ClassificationNames[t.classification]);
    default:
        return QString();
    }
}

int SimTenant::Private::compareToCursor(const ThreatQuery &q, const Threat &t) const
{
    if (isTextSort(q.sort)) {
        const int c = textKey(q.sort, t).compare(q.cursorText, Qt::CaseInsensitive);
        if (c)
            return c < 0 ? -1 : 1;
    } else {
        const quint64 k = numericKey(q.sort, t);
        if (k != q.cursorKey)
            return k < q.cursorKey ? -1 : 1;
    }
    return t.id < q.cursorId ? -1 : (t.id > q.cursorId ? 1 : 0);
}

// All threats in ascending (key, id) order for one sort field; built once, kept until keys change.
const std::vector<quint32> &SimTenant::Private::sortedOrder(SortField f)
{
    std::vector<quint32> &order = orders[f];
    if (orderValid[f])
        return order;
    const std::size_t n = threats.size();
    order.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = quint32(i);
    if (isTextSort(f)) {
        std::vector<QString> keys(n);
        for (std::size_t i = 0; i < n; ++i)
            keys[i] = textKey(f, threats[i]);
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
            const int c = keys[a].compare(keys[b], Qt::CaseInsensitive);
            if (c)
                return c < 0;
            return threats[a].id < threats[b].id;
        });
    } else {
        std::vector<std::pair<quint64, quint64>> keys(n);
        for (std::size_t i = 0; i < n; ++i)
            keys[i] = {numericKey(f, threats[i]), threats[i].id};
        std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return keys[a] < keys[b]; });
    }
    orderValid[f] = true;
    return order;
}

std::optional<SimReply> SimTenant::Private::parseThreatQuery(
    const QUrlQuery &query, const SimCaller &caller, ThreatQuery *q) const
{
    const Params p = paramsOf(query);

    // scope
    const QStringList accountIds = splitList(p.value(u"accountIds"_s));
    const QStringList siteIds = splitList(p.value(u"siteIds"_s));
    const QStringList groupIds = splitList(p.value(u"groupIds"_s));
    const QStringList ids = splitList(p.value(u"ids"_s));
    if (auto e = checkIdList(u"accountIds"_s, accountIds))
        return e;
    if (auto e = checkIdList(u"siteIds"_s, siteIds))
        return e;
    if (auto e = checkIdList(u"groupIds"_s, groupIds))
        return e;
    if (auto e = checkIdList(u"ids"_s, ids))
        return e;
    if (auto e = checkScope(accountIds, siteIds, caller))
        return e;

    if (p.contains(u"accountIds"_s)) {
        quint64 mask = 0;
        for (const QString &id : accountIds) {
            const int account = accountById(*parseId(id));
            for (std::size_t s = 0; s < sites.size(); ++s) {
                if (account >= 0 && sites[s].account == account)
                    mask |= quint64(1) << s;
            }
        }
        q->siteMask &= mask;
    }
    if (p.contains(u"siteIds"_s)) {
        quint64 mask = 0;
        for (const QString &id : siteIds) {
            const int site = siteById(*parseId(id));
            if (site >= 0)
                mask |= quint64(1) << site;
        }
        q->siteMask &= mask;
    }
    if (caller.isScoped())
        q->siteMask &= quint64(1) << caller.siteIndex;
    if (p.contains(u"groupIds"_s)) {
        quint64 mask = 0;
        for (const QString &id : groupIds) {
            const quint64 value = *parseId(id);
            for (std::size_t g = 0; g < groups.size(); ++g) {
                if (groups[g].id == value)
                    mask |= quint64(1) << g;
            }
        }
        q->groupMask = mask;
    }
    if (p.contains(u"ids"_s)) {
        q->hasIds = true;
        for (const QString &id : ids)
            q->ids.insert(*parseId(id));
    }

    // time ranges
    if (auto e = timeBounds(p, u"createdAt"_s, &q->createdMin, &q->createdMax))
        return e;
    if (auto e = timeBounds(p, u"updatedAt"_s, &q->updatedMin, &q->updatedMax))
        return e;

    // enumerations (classification is open-ended in real consoles: unknown values just match nothing)
    if (auto e = enumMask(p, u"incidentStatuses"_s, IncidentNames, true, &q->incidentMask))
        return e;
    if (auto e = enumMask(p, u"analystVerdicts"_s, VerdictNames, true, &q->verdictMask))
        return e;
    if (auto e = enumMask(p, u"confidenceLevels"_s, ConfidenceNames, true, &q->confidenceMask))
        return e;
    if (auto e = enumMask(p, u"mitigationStatuses"_s, MitigationNames, true, &q->mitigationMask))
        return e;
    if (auto e = enumMask(p, u"classifications"_s, ClassificationNames, false, &q->classificationMask))
        return e;

    // hashes
    if (p.contains(u"contentHashes"_s)) {
        q->hasHashes = true;
        for (const QString &value : splitList(p.value(u"contentHashes"_s))) {
            if (!isHexText(value) || (value.size() != 32 && value.size() != 40 && value.size() != 64))
                return validationError(
                    u"contentHashes: \"%1\" is not an MD5, SHA1 or SHA256 hex digest"_s.arg(value));
            q->hashes << QByteArray::fromHex(value.toLatin1());
        }
    }

    // text
    q->displayName = p.value(u"displayName"_s).trimmed();
    q->text = p.value(u"query"_s).trimmed();
    if (!q->text.isEmpty()) {
        if (isHexText(q->text) && q->text.size() <= 64)
            q->textHex = q->text.toLower().toLatin1();
        q->textId = parseId(q->text).value_or(0);
    }
    if (auto e = parseBoolParam(p, u"noteExists"_s, &q->noteExists))
        return e;
    if (auto e = parseBoolParam(p, u"resolved"_s, &q->resolved))
        return e;
    int tenantWide = -1; // tenant=true asks for the whole tenant: what the scope filters leave is all
    if (auto e = parseBoolParam(p, u"tenant"_s, &tenantWide))
        return e;

    // order and paging
    if (p.contains(u"sortBy"_s)) {
        const QString value = p.value(u"sortBy"_s).trimmed();
        const int index = indexOfName(SortFieldNames, value);
        if (index < 0)
            return validationError(
                u"sortBy: \"%1\" is not one of %2"_s.arg(value, joinNames(SortFieldNames)));
        q->sort = SortField(index);
    }
    if (p.contains(u"sortOrder"_s)) {
        const QString value = p.value(u"sortOrder"_s).trimmed();
        if (value.compare(u"asc"_s, Qt::CaseInsensitive) == 0)
            q->descending = false;
        else if (value.compare(u"desc"_s, Qt::CaseInsensitive) == 0)
            q->descending = true;
        else
            return validationError(u"sortOrder: \"%1\" is not one of asc, desc"_s.arg(value));
    }
    if (auto e = parseIntParam(p, u"limit"_s, 1, MaxLimit, DefaultLimit, &q->limit))
        return e;
    if (auto e = parseIntParam(p, u"skip"_s, 0, MaxSkip, 0, &q->skip))
        return e;
    const QString cursor = p.value(u"cursor"_s);
    if (!cursor.isEmpty()) {
        // The cursor carries its own order (like the real API's opaque cursors).
        const auto o = decodeCursor(cursor, u"threats"_s);
        if (!o)
            return badCursor(cursor);
        const int sort = indexOfName(SortFieldNames, o->value(u"sortBy"_s).toString());
        const QString order = o->value(u"sortOrder"_s).toString();
        const auto id = parseId(o->value(u"id"_s).toString());
        const QString key = o->value(u"key"_s).toString();
        if (sort < 0 || (order != u"asc"_s && order != u"desc"_s) || !id)
            return badCursor(cursor);
        q->sort = SortField(sort);
        q->descending = order == u"desc"_s;
        q->cursorId = *id;
        if (isTextSort(q->sort)) {
            q->cursorText = key;
        } else {
            const auto k = parseId(key);
            if (!k)
                return badCursor(cursor);
            q->cursorKey = *k;
        }
        q->hasCursor = true;
    }

    // cache key: caller, order and every filter (length-prefixed values, so they cannot collide)
    QString key = QString::number(caller.siteIndex) + u'/' + QLatin1String(SortFieldNames[q->sort])
        + (q->descending ? u"/d"_s : u"/a"_s);
    for (const char *name : ThreatFilterKeys) {
        const auto it = p.constFind(QString::fromLatin1(name));
        if (it != p.constEnd())
            key += u'|' + QLatin1String(name) + u'=' + QString::number(it->size()) + u':' + *it;
    }
    q->cacheKey = key;
    return std::nullopt;
}

std::shared_ptr<const std::vector<quint32>> SimTenant::Private::filtered(const ThreatQuery &q)
{
    for (auto it = cache.begin(); it != cache.end(); ++it) {
        if (it->key == q.cacheKey) {
            cache.splice(cache.begin(), cache, it);
            return cache.front().rows;
        }
    }

    const std::vector<quint32> &order = sortedOrder(q.sort);

    enum : quint8 { AgentInScope = 1, AgentTextMatch = 2 };
    std::vector<quint8> agentFlags(agents.size());
    for (std::size_t i = 0; i < agents.size(); ++i) {
        const Agent &a = agents[i];
        quint8 f = 0;
        if (((q.siteMask >> a.site) & 1u) && ((q.groupMask >> a.group) & 1u))
            f |= AgentInScope;
        if (!q.text.isEmpty() && a.computerName.contains(q.text, Qt::CaseInsensitive))
            f |= AgentTextMatch;
        agentFlags[i] = f;
    }
    const std::string_view hexNeedle(q.textHex.constData(), std::size_t(q.textHex.size()));
    const auto hexContains = [&hexNeedle](const quint8 *digest, int len) {
        char buf[64];
        hexInto(buf, digest, len);
        return std::string_view(buf, std::size_t(2 * len)).find(hexNeedle) != std::string_view::npos;
    };

    const auto matches = [&](const Threat &t) -> bool {
        const quint8 af = agentFlags[t.agent];
        if (!(af & AgentInScope))
            return false;
        if (t.createdAt < q.createdMin || t.createdAt > q.createdMax)
            return false;
        if (t.updatedAt < q.updatedMin || t.updatedAt > q.updatedMax)
            return false;
        if (!((q.incidentMask >> t.incident) & 1u) || !((q.verdictMask >> t.verdict) & 1u)
            || !((q.classificationMask >> t.classification) & 1u)
            || !((q.confidenceMask >> t.confidence) & 1u) || !((q.mitigationMask >> t.mitigation) & 1u))
            return false;
        if (q.noteExists >= 0 && (t.noteCount > 0) != (q.noteExists == 1))
            return false;
        if (q.resolved >= 0 && (t.incident == IncidentResolved) != (q.resolved == 1))
            return false;
        if (q.hasIds && !q.ids.contains(t.id))
            return false;
        if (q.hasHashes) {
            bool any = false;
            for (const QByteArray &h : q.hashes) {
                const std::size_t n = std::size_t(h.size());
                const quint8 *digest = n == 20 ? t.sha1 : (n == 32 ? t.sha256 : t.md5);
                const bool present = n == 16 ? (t.flags & FlagMd5) != 0 : (t.flags & FlagHashes) != 0;
                if (present && std::memcmp(digest, h.constData(), n) == 0) {
                    any = true;
                    break;
                }
            }
            if (!any)
                return false;
        }
        if (!q.displayName.isEmpty() && t.name.compare(q.displayName, Qt::CaseInsensitive) != 0
            && fileDisplayNameOf(t).compare(q.displayName, Qt::CaseInsensitive) != 0)
            return false;
        if (!q.text.isEmpty()) {
            bool hit = (af & AgentTextMatch) || t.id == q.textId
                || t.name.contains(q.text, Qt::CaseInsensitive)
                || t.filePath.contains(q.text, Qt::CaseInsensitive);
            if (!hit && !hexNeedle.empty() && (t.flags & FlagHashes)) {
                hit = hexContains(t.sha256, 32) || hexContains(t.sha1, 20)
                    || ((t.flags & FlagMd5) && hexContains(t.md5, 16));
            }
            if (!hit)
                return false;
        }
        return true;
    };

    auto rows = std::make_shared<std::vector<quint32>>();
    if (q.descending) {
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            if (matches(threats[*it]))
                rows->push_back(*it);
        }
    } else {
        for (const quint32 i : order) {
            if (matches(threats[i]))
                rows->push_back(i);
        }
    }
    cache.push_front(CacheEntry {q.cacheKey, rows});
    while (cache.size() > CacheCapacity)
        cache.pop_back();
    return rows;
}

QString SimTenant::Private::threatCursor(const ThreatQuery &q, const Threat &t) const
{
    QJsonObject o {
        {u"kind"_s, u"threats"_s},
        {u"sortBy"_s, QLatin1String(SortFieldNames[q.sort])},
        {u"sortOrder"_s, q.descending ? u"desc"_s : u"asc"_s},
        {u"id"_s, idString(t.id)},
    };
    if (isTextSort(q.sort))
        o.insert(u"key"_s, textKey(q.sort, t));
    else
        o.insert(u"key"_s, QString::number(numericKey(q.sort, t)));
    return encodeCursor(o);
}

// --- threats

SimReply SimTenant::listThreats(const QUrlQuery &query, const SimCaller &caller)
{
    ThreatQuery q;
    if (auto error = d->parseThreatQuery(query, caller, &q))
        return *error;
    const auto rows = d->filtered(q);
    const std::vector<quint32> &r = *rows;

    std::size_t start = 0;
    if (q.hasCursor) {
        const auto position = q.descending ? std::partition_point(r.begin(), r.end(),
                                  [&](quint32 i) { return d->compareToCursor(q, d->threats[i]) >= 0; })
                                           : std::partition_point(r.begin(), r.end(), [&](quint32 i) {
                                                 return d->compareToCursor(q, d->threats[i]) <= 0;
                                             });
        start = std::size_t(position - r.begin());
    }
    start = std::min(r.size(), start + std::size_t(q.skip));
    const std::size_t end = std::min(r.size(), start + std::size_t(q.limit));

    QByteArray out;
    out.reserve(qsizetype(end - start) * 3072 + 256);
    out += "{\"data\":[";
    for (std::size_t i = start; i < end; ++i) {
        if (i > start)
            out += ',';
        d->writeThreat(out, d->threats[r[i]]);
    }
    out += "],\"pagination\":{\"nextCursor\":";
    if (end < r.size() && end > start) {
        out += '"';
        out += d->threatCursor(q, d->threats[r[end - 1]]).toLatin1();
        out += '"';
    } else {
        out += "null";
    }
    out += ",\"totalItems\":";
    out += QByteArray::number(qulonglong(r.size()));
    out += "}}";
    return SimReply {200, out};
}

} // namespace s1sim
