// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated OpenCTI's indicators: the seeded set and the `indicators` query (filters, order,
// cursor paging) over every stored indicator, pushed or seeded.
#include "OpenCtiSim.h"

#include "OpenCtiJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace s1sim {

using namespace opencti;

namespace {

const QUuid kSeedNamespace = QUuid::fromString(u"00abedb4-aa42-466c-9c01-fed23315a9b7"_s);

QString markingId(int level)
{
    static const char *const ids[] = {"613f2e26-407d-48c7-9eca-b8e91df99dc9",
        "34098fce-860f-48ae-8e50-ebd3cc5e41da", "f88d31f6-486f-44da-b317-01333bde0b82",
        "826578e1-40ad-459f-bc73-ede076f81f37", "5e57c739-391a-4eb3-b6be-7d15ca92d5ed"};
    return u"marking-definition--"_s + QString::fromLatin1(ids[level]);
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

// The value of one filter key for one indicator: a list (labels, markings) or one value.
struct Key
{
    enum class Type { Number, Time, Bool, Text, List };
    Type type;
};

const QHash<QString, Key::Type> &filterKeys()
{
    static const QHash<QString, Key::Type> keys {{u"x_opencti_score"_s, Key::Type::Number},
        {u"updated_at"_s, Key::Type::Time}, {u"created_at"_s, Key::Type::Time},
        {u"valid_until"_s, Key::Type::Time}, {u"valid_from"_s, Key::Type::Time},
        {u"revoked"_s, Key::Type::Bool}, {u"pattern_type"_s, Key::Type::Text},
        {u"entity_type"_s, Key::Type::Text}, {u"objectLabel"_s, Key::Type::List},
        {u"objectMarking"_s, Key::Type::List}, {u"ids"_s, Key::Type::List}};
    return keys;
}

} // namespace

void OpenCtiSim::seedIndicators()
{
    static const QStringList labelNames {u"malware"_s, u"phishing"_s, u"c2"_s, u"ransomware"_s, u"botnet"_s};
    for (int i = 0; i < 300; ++i) {
        const QByteArray seed = "sim-indicator-" + QByteArray::number(i);
        const int k = i / 6 + 1;
        QString pattern;
        QString name;
        switch (i % 6) {
        case 0:
            name = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
            pattern = u"[file:hashes.'SHA-256' = '%1']"_s.arg(name);
            break;
        case 1:
            name = QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex());
            pattern = u"[file:hashes.MD5 = '%1']"_s.arg(name);
            break;
        case 2:
            name = u"http://malicious-%1.example-bad.net/payload/%1.exe"_s.arg(k);
            pattern = u"[url:value = '%1']"_s.arg(name);
            break;
        case 3:
            name = u"c2-%1.evil-sim.org"_s.arg(k);
            pattern = u"[domain-name:value = '%1']"_s.arg(name);
            break;
        case 4:
            name = u"198.51.100.%1"_s.arg(k);
            pattern = u"[ipv4-addr:value = '%1']"_s.arg(name);
            break;
        default:
            name = u"2001:db8::%1"_s.arg(k, 0, 16);
            pattern = u"[ipv6-addr:value = '%1']"_s.arg(name);
            break;
        }
        if (i % 37 == 5) { // not one observable: a client cannot take it as one IOC
            name = u"multi-%1.evil-sim.org / 203.0.113.%2"_s.arg(i).arg(i % 250 + 1);
            pattern
                = u"[domain-name:value = 'multi-%1.evil-sim.org'] AND [ipv4-addr:value = '203.0.113.%2']"_s
                      .arg(i)
                      .arg(i % 250 + 1);
        }
        const QDateTime updated = m_seedTime.addSecs(-qint64(i) * 17280); // 300 x 4.8 h = 60 days
        const QDateTime created = updated.addDays(-(i % 30));
        QJsonArray labels {labelNames.at(i % 5)};
        if (i % 3 == 0 && (i * 7) % 5 != i % 5)
            labels.append(labelNames.at((i * 7) % 5));
        const int marking = i % 10 < 4 ? 0 : i % 10 < 6 ? 1 : i % 10 < 8 ? 2 : i % 10 == 8 ? 3 : 4;
        const QString id
            = u"indicator--"_s + QUuid::createUuidV5(kSeedNamespace, seed).toString(QUuid::WithoutBraces);
        QJsonObject stix {{u"type"_s, u"indicator"_s}, {u"spec_version"_s, u"2.1"_s}, {u"id"_s, id},
            {u"created"_s, iso(created)}, {u"modified"_s, iso(updated)}, {u"name"_s, name},
            {u"description"_s, u"Seeded indicator %1 of the simulator"_s.arg(i)}, {u"pattern"_s, pattern},
            {u"pattern_type"_s, u"stix"_s}, {u"valid_from"_s, iso(created)}, {u"labels"_s, labels},
            {u"x_opencti_score"_s, (i * 37) % 101}, {u"revoked"_s, i % 29 == 3},
            {u"object_marking_refs"_s, QJsonArray {markingId(marking)}}};
        if (i % 23 == 7)
            stix.insert(u"valid_until"_s, iso(m_seedTime.addDays(-(i % 10 + 1)))); // expired
        else if (i % 4 == 0)
            stix.insert(u"valid_until"_s, iso(m_seedTime.addDays(90)));
        OpenCtiObject o;
        o.stix = stix;
        o.internalId = QUuid::createUuidV5(kSeedNamespace, seed + "-internal").toString(QUuid::WithoutBraces);
        o.createdAt = iso(created);
        o.updatedAt = iso(updated);
        o.builtIn = true; // present from the start, not listed with the pushed objects
        o.ingestions = 0;
        m_store.objects.insert(id, o);
        m_store.objectOrder.append(id);
    }
}

OpenCtiSim::Result OpenCtiSim::indicators(const Field &field)
{
    const QJsonObject &args = field.arguments;
    // The node of an indicator, as OpenCTI answers it (the selection set picks).
    const auto nodeOf = [this](const OpenCtiObject &o) {
        const QJsonObject &x = o.stix;
        const auto value = [&x](const char *key) {
            const QJsonValue v = x.value(QLatin1String(key));
            return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
        };
        QJsonArray labels;
        for (const QJsonValue &label : x.value(u"labels"_s).toArray())
            labels.append(QJsonObject {{u"__typename"_s, u"Label"_s},
                {u"id"_s, QUuid::createUuidV5(QUuid(), label.toString()).toString(QUuid::WithoutBraces)},
                {u"value"_s, label}, {u"color"_s, u"#ff9800"_s}});
        QJsonArray markings;
        for (const QJsonValue &ref : x.value(u"object_marking_refs"_s).toArray()) {
            const OpenCtiObject *m = m_store.findObject(ref.toString());
            if (!m)
                continue;
            QString definition = m->stix.value(u"name"_s).toString();
            if (definition == u"TLP:WHITE")
                definition = u"TLP:CLEAR"_s; // OpenCTI 6 names it so
            markings.append(QJsonObject {{u"__typename"_s, u"MarkingDefinition"_s}, {u"id"_s, m->internalId},
                {u"standard_id"_s, ref}, {u"entity_type"_s, u"Marking-Definition"_s},
                {u"definition_type"_s, m->stix.value(u"definition_type"_s).toString().toUpper()},
                {u"definition"_s, definition}, {u"x_opencti_order"_s, 0}});
        }
        return QJsonObject {{u"__typename"_s, u"Indicator"_s}, {u"id"_s, o.internalId},
            {u"standard_id"_s, x.value(u"id"_s)}, {u"entity_type"_s, u"Indicator"_s},
            {u"x_opencti_stix_ids"_s, x.value(u"x_opencti_stix_ids"_s).toArray()},
            {u"spec_version"_s, x.value(u"spec_version"_s).toString(u"2.1"_s)}, {u"name"_s, value("name")},
            {u"description"_s, value("description")}, {u"pattern"_s, value("pattern")},
            {u"pattern_type"_s, value("pattern_type")}, {u"x_opencti_score"_s, value("x_opencti_score")},
            {u"valid_from"_s, value("valid_from")}, {u"valid_until"_s, value("valid_until")},
            {u"revoked"_s, x.value(u"revoked"_s).toBool()}, {u"confidence"_s, value("confidence")},
            {u"created"_s, value("created")}, {u"modified"_s, value("modified")},
            {u"created_at"_s, o.createdAt}, {u"updated_at"_s, o.updatedAt}, {u"objectLabel"_s, labels},
            {u"objectMarking"_s, markings}};
    };
    // One key's values for an indicator (lists: labels by value and id; markings by id, STIX id, name).
    const auto valuesOf = [](const QJsonObject &node, const QString &key) {
        QStringList out;
        if (key == u"objectLabel") {
            for (const QJsonValue &l : node.value(key).toArray())
                out << l.toObject().value(u"value"_s).toString() << l.toObject().value(u"id"_s).toString();
        } else if (key == u"ids") { // the internal id, the standard_id and every other STIX id
            out << node.value(u"id"_s).toString() << node.value(u"standard_id"_s).toString();
            for (const QJsonValue &id : node.value(u"x_opencti_stix_ids"_s).toArray())
                out << id.toString();
        } else if (key == u"objectMarking") {
            for (const QJsonValue &m : node.value(key).toArray())
                out << m.toObject().value(u"id"_s).toString()
                    << m.toObject().value(u"standard_id"_s).toString()
                    << m.toObject().value(u"definition"_s).toString();
        } else {
            const QJsonValue v = node.value(key);
            if (v.isDouble())
                out << QString::number(v.toInt());
            else if (v.isBool())
                out << (v.toBool() ? u"true"_s : u"false"_s);
            else if (v.isString() && !v.toString().isEmpty())
                out << v.toString();
        }
        return out;
    };
    QString filterError;
    std::function<bool(const QJsonObject &, const QJsonObject &)> matchesGroup;
    const auto matchesFilter = [&](const QJsonObject &node, const QJsonObject &filter) {
        QStringList keys;
        const QJsonValue keyValue = filter.value(u"key"_s);
        if (keyValue.isArray())
            for (const QJsonValue &k : keyValue.toArray())
                keys << k.toString();
        else
            keys << keyValue.toString();
        const QString op = filter.value(u"operator"_s).toString(u"eq"_s);
        const bool all = filter.value(u"mode"_s).toString(u"or"_s) == u"and";
        const QJsonArray values = filter.value(u"values"_s).toArray();
        bool anyKey = false;
        for (const QString &key : std::as_const(keys)) {
            const auto type = filterKeys().constFind(key);
            if (type == filterKeys().cend()) {
                filterError = u"incorrect filter keys not existing in any schema definition (%1)"_s.arg(
                    key.left(100));
                return false;
            }
            const QStringList have = valuesOf(node, key);
            if (op == u"nil" || op == u"not_nil") {
                anyKey = anyKey || (have.isEmpty() == (op == u"nil"));
                continue;
            }
            const auto compare = [&](const QString &want) {
                if (*type == Key::Type::List || op == u"eq" || op == u"not_eq") {
                    const bool equal = have.contains(want, Qt::CaseInsensitive);
                    return op == u"not_eq" ? !equal : equal;
                }
                if (have.isEmpty())
                    return false;
                int c = 0;
                if (*type == Key::Type::Number) {
                    const double a = have.first().toDouble(), b = want.toDouble();
                    c = a < b ? -1 : a > b ? 1 : 0;
                } else if (*type == Key::Type::Time) {
                    const QDateTime a = timeOf(have.first()), b = timeOf(want);
                    c = a < b ? -1 : a > b ? 1 : 0;
                } else {
                    c = have.first().compare(want);
                }
                return op == u"gt" ? c > 0
                    : op == u"gte" ? c >= 0
                    : op == u"lt"  ? c < 0
                    : op == u"lte" ? c <= 0
                                   : false;
            };
            bool result = all;
            for (const QJsonValue &v : values) {
                const QString want = v.isDouble() ? QString::number(v.toDouble()) : v.toString();
                result = all ? result && compare(want) : result || compare(want);
            }
            anyKey = anyKey || result;
        }
        return anyKey;
    };
    matchesGroup = [&](const QJsonObject &node, const QJsonObject &group) {
        const bool all = group.value(u"mode"_s).toString(u"and"_s) != u"or";
        bool result = all;
        bool any = false;
        for (const QJsonValue &f : group.value(u"filters"_s).toArray()) {
            any = true;
            const bool m = matchesFilter(node, f.toObject());
            result = all ? result && m : result || m;
        }
        for (const QJsonValue &g : group.value(u"filterGroups"_s).toArray()) {
            any = true;
            const bool m = matchesGroup(node, g.toObject());
            result = all ? result && m : result || m;
        }
        return any ? result : true;
    };

    const QJsonObject filters = args.value(u"filters"_s).toObject();
    if (!filters.isEmpty()) { // every key checked, whatever the store holds
        matchesGroup(QJsonObject {}, filters);
        if (!filterError.isEmpty())
            return Result {{}, filterError, u"UNSUPPORTED_ERROR"_s};
    }
    QList<QJsonObject> nodes;
    for (const QString &id : std::as_const(m_store.objectOrder)) {
        const auto it = m_store.objects.constFind(id);
        if (it == m_store.objects.cend() || it->stix.value(u"type"_s).toString() != u"indicator")
            continue;
        const QJsonObject node = nodeOf(*it);
        if (!filters.isEmpty() && !matchesGroup(node, filters))
            continue;
        nodes.append(node);
    }
    const QString orderBy = args.value(u"orderBy"_s).toString(u"created_at"_s);
    const bool descending = args.value(u"orderMode"_s).toString(u"asc"_s) == u"desc";
    const auto order = [&orderBy](const QJsonObject &a, const QJsonObject &b) {
        const QJsonValue x = a.value(orderBy), y = b.value(orderBy);
        if (x.isDouble() || y.isDouble())
            return x.toDouble(-1) < y.toDouble(-1) ? -1 : x.toDouble(-1) > y.toDouble(-1) ? 1 : 0;
        const QDateTime tx = timeOf(x.toString()), ty = timeOf(y.toString());
        if (tx.isValid() && ty.isValid())
            return tx < ty ? -1 : tx > ty ? 1 : 0;
        return x.toString().compare(y.toString());
    };
    std::stable_sort(nodes.begin(), nodes.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const int c = order(a, b);
        return descending ? c > 0 : c < 0;
    });
    qsizetype offset = 0;
    if (const QString after = args.value(u"after"_s).toString(); !after.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(after.toLatin1());
        bool ok = false;
        offset = decoded.startsWith("offset:") ? decoded.mid(7).toLongLong(&ok) : 0;
        if (!ok)
            return Result {{}, u"after: \"%1\" is not a cursor of this connection"_s.arg(after.left(100)),
                u"BAD_USER_INPUT"_s};
    }
    const int first = std::clamp(args.value(u"first"_s).toInt(100), 0, 5000);
    QJsonArray edges;
    const auto cursor = [](qsizetype n) {
        return QString::fromLatin1(QByteArray(QByteArray("offset:") + QByteArray::number(n)).toBase64());
    };
    for (qsizetype i = offset; i < nodes.size() && i < offset + first; ++i)
        edges.append(QJsonObject {
            {u"__typename"_s, u"IndicatorEdge"_s}, {u"cursor"_s, cursor(i + 1)}, {u"node"_s, nodes.at(i)}});
    const qsizetype end = std::min<qsizetype>(nodes.size(), offset + first);
    const QJsonObject pageInfo {{u"__typename"_s, u"PageInfo"_s}, {u"startCursor"_s, cursor(offset)},
        {u"endCursor"_s, cursor(end)}, {u"hasNextPage"_s, end < nodes.size()},
        {u"hasPreviousPage"_s, offset > 0}, {u"globalCount"_s, int(nodes.size())}};
    return Result {QJsonObject {{u"__typename"_s, u"IndicatorConnection"_s}, {u"pageInfo"_s, pageInfo},
                       {u"edges"_s, edges}},
        {}, {}};
}

} // namespace s1sim
