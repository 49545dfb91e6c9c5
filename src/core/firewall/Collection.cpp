// SPDX-License-Identifier: GPL-3.0-or-later
#include "Collection.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace firewall {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

const QStringList &RuleTemplate::actions()
{
    static const QStringList list {u"Block"_s, u"Allow"_s};
    return list;
}

const QStringList &RuleTemplate::directions()
{
    static const QStringList list {u"any"_s, u"inbound"_s, u"outbound"_s};
    return list;
}

const QStringList &RuleTemplate::osTypeNames()
{
    static const QStringList list {u"windows"_s, u"windows_legacy"_s, u"macos"_s, u"linux"_s};
    return list;
}

const QStringList &RuleTemplate::statuses()
{
    static const QStringList list {u"Enabled"_s, u"Disabled"_s};
    return list;
}

QJsonObject RuleTemplate::toJson() const
{
    QJsonObject o {{u"action"_s, action}, {u"direction"_s, direction}, {u"status"_s, status}};
    if (!name.isEmpty())
        o.insert(u"name"_s, name);
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    if (!osTypes.isEmpty())
        o.insert(u"osTypes"_s, toArray(osTypes));
    if (!protocol.isEmpty())
        o.insert(u"protocol"_s, protocol);
    return o;
}

RuleTemplate RuleTemplate::fromJson(const QJsonObject &json)
{
    RuleTemplate t;
    t.name = json.value(u"name"_s).toString();
    t.description = json.value(u"description"_s).toString();
    t.action = json.value(u"action"_s).toString(t.action);
    t.direction = json.value(u"direction"_s).toString(t.direction);
    t.osTypes = toList(json.value(u"osTypes"_s));
    t.status = json.value(u"status"_s).toString(t.status);
    t.protocol = json.value(u"protocol"_s).toString();
    return t;
}

QStringList RuleTemplate::problems() const
{
    QStringList out;
    const auto oneOf = [&out](const QString &field, const QString &value, const QStringList &choices) {
        if (!choices.contains(value))
            out << tr("Rule %1: \"%2\" is not one of %3.").arg(field, value, choices.join(u", "_s));
    };
    oneOf(tr("action"), action, actions());
    oneOf(tr("direction"), direction, directions());
    oneOf(tr("status"), status, statuses());
    for (const QString &os : osTypes)
        oneOf(tr("OS type"), os, osTypeNames());
    if (name.size() > MaxNameLength - 8)
        out << tr("Rule name: at most %1 characters (the console takes %2, and \" (99)\" may be added).")
                   .arg(MaxNameLength - 8)
                   .arg(MaxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            out << tr("Rule name: control and direction characters are not allowed; type the name again.");
            break;
        }
    }
    return out;
}

QString ExportTarget::key() const
{
    return profileId + u'|' + scope.toString();
}

QString CollectionSource::text() const
{
    switch (kind) {
    case Kind::File:
        return Collection::tr("file %1").arg(path);
    case Kind::Url:
        return Collection::tr("URL %1").arg(url.toDisplayString());
    case Kind::Iocs: {
        const QString from = iocSources.isEmpty()
            ? Collection::tr("IPv4/IPv6 IOCs of every source")
            : Collection::tr("IPv4/IPv6 IOCs of %1").arg(iocSources.join(u", "_s));
        return rule.isEmpty() ? from : Collection::tr("%1 through rule \"%2\"").arg(from, rule);
    }
    }
    return {};
}

QJsonObject Collection::toDefinition() const
{
    QJsonArray sourceArray;
    for (const CollectionSource &s : sources) {
        switch (s.kind) {
        case CollectionSource::Kind::File:
            sourceArray.append(QJsonObject {{u"kind"_s, u"file"_s}, {u"path"_s, s.path}});
            break;
        case CollectionSource::Kind::Url:
            sourceArray.append(QJsonObject {{u"kind"_s, u"url"_s}, {u"url"_s, s.url.toString()}});
            break;
        case CollectionSource::Kind::Iocs:
            sourceArray.append(QJsonObject {
                {u"kind"_s, u"iocs"_s}, {u"sources"_s, toArray(s.iocSources)}, {u"rule"_s, s.rule}});
            break;
        }
    }
    QJsonArray targetArray;
    for (const ExportTarget &t : targets)
        targetArray.append(QJsonObject {{u"profile"_s, t.profileId}, {u"scope"_s, t.scope.toString()}});
    QJsonObject o {{u"rule"_s, rule.toJson()}, {u"sources"_s, sourceArray}, {u"targets"_s, targetArray},
        {u"allowPrivate"_s, allowPrivate}, {u"maxEntries"_s, maxEntries}, {u"enabled"_s, enabled}};
    if (aggregate)
        o.insert(u"aggregate"_s, *aggregate);
    if (!ownNetworks.isEmpty())
        o.insert(u"ownNetworks"_s, toArray(ownNetworks));
    return o;
}

Collection Collection::fromDefinition(const QJsonObject &json, QStringList *problems)
{
    Collection c;
    c.rule = RuleTemplate::fromJson(json.value(u"rule"_s).toObject());
    for (const QJsonValue &v : json.value(u"sources"_s).toArray()) {
        const QJsonObject o = v.toObject();
        CollectionSource s;
        const QString kind = o.value(u"kind"_s).toString();
        if (kind == u"file") {
            s.kind = CollectionSource::Kind::File;
            s.path = o.value(u"path"_s).toString();
        } else if (kind == u"url") {
            s.kind = CollectionSource::Kind::Url;
            s.url = QUrl(o.value(u"url"_s).toString());
        } else if (kind == u"iocs") {
            s.kind = CollectionSource::Kind::Iocs;
            s.iocSources = toList(o.value(u"sources"_s));
            s.rule = o.value(u"rule"_s).toString();
        } else {
            if (problems)
                *problems << tr("Source: \"%1\" is not a kind of source (file, url, iocs).").arg(kind);
            continue;
        }
        c.sources << s;
    }
    for (const QJsonValue &v : json.value(u"targets"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const auto scope = s1::IocScope::fromString(o.value(u"scope"_s).toString());
        if (!scope) {
            if (problems)
                *problems << tr("Target: \"%1\" is not a scope (site:ID, account:ID or group:ID).")
                                 .arg(o.value(u"scope"_s).toString());
            continue;
        }
        c.targets << ExportTarget {o.value(u"profile"_s).toString(), *scope};
    }
    if (json.contains(u"aggregate"_s))
        c.aggregate = json.value(u"aggregate"_s).toBool();
    c.allowPrivate = json.value(u"allowPrivate"_s).toBool();
    c.ownNetworks = toList(json.value(u"ownNetworks"_s));
    c.maxEntries = json.value(u"maxEntries"_s).toInt(DefaultMaxEntries);
    c.enabled = json.value(u"enabled"_s).toBool(true);
    return c;
}

QStringList Collection::problems() const
{
    QStringList out;
    if (name.trimmed().isEmpty())
        out << tr("Name: a collection needs a name.");
    out += rule.problems();
    if (baseName().size() > RuleTemplate::MaxNameLength - 8)
        out << tr("Name: at most %1 characters, so that the rules' names fit the console's limit.")
                   .arg(RuleTemplate::MaxNameLength - 8);
    if (maxEntries < 1 || maxEntries > MaxMaxEntries)
        out << tr("Entries per rule: between 1 and %L1, not %L2.").arg(MaxMaxEntries).arg(maxEntries);
    for (const ExportTarget &t : targets) {
        if (const QString p = t.scope.problem(); !p.isEmpty())
            out << tr("Target: %1").arg(p);
    }
    for (const CollectionSource &s : sources) {
        if (s.kind == CollectionSource::Kind::File && s.path.isEmpty())
            out << tr("Source: a file source needs the file's path.");
        if (s.kind == CollectionSource::Kind::Url
            && (!s.url.isValid() || (s.url.scheme() != u"http" && s.url.scheme() != u"https")))
            out << tr("Source: \"%1\" is not an http(s) URL.").arg(s.url.toString());
    }
    return out;
}

} // namespace firewall
