// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiStix.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace s1sim::opencti {

// STIX 2.1 object types (domain, relationship, cyber observable, meta) and OpenCTI's own; any
// "x-..." type is a custom one and accepted too.
bool isKnownStixType(const QString &type)
{
    static const QSet<QString> types {
        u"attack-pattern"_s,
        u"campaign"_s,
        u"course-of-action"_s,
        u"grouping"_s,
        u"identity"_s,
        u"incident"_s,
        u"indicator"_s,
        u"infrastructure"_s,
        u"intrusion-set"_s,
        u"location"_s,
        u"malware"_s,
        u"malware-analysis"_s,
        u"note"_s,
        u"observed-data"_s,
        u"opinion"_s,
        u"report"_s,
        u"threat-actor"_s,
        u"tool"_s,
        u"vulnerability"_s,
        u"relationship"_s,
        u"sighting"_s,
        u"marking-definition"_s,
        u"language-content"_s,
        u"extension-definition"_s,
        u"artifact"_s,
        u"autonomous-system"_s,
        u"directory"_s,
        u"domain-name"_s,
        u"email-addr"_s,
        u"email-message"_s,
        u"file"_s,
        u"ipv4-addr"_s,
        u"ipv6-addr"_s,
        u"mac-addr"_s,
        u"mutex"_s,
        u"network-traffic"_s,
        u"process"_s,
        u"software"_s,
        u"url"_s,
        u"user-account"_s,
        u"windows-registry-key"_s,
        u"x509-certificate"_s,
        // OpenCTI's own STIX types, among them its custom observables (pycti's CustomObservable*)
        u"hostname"_s,
        u"cryptocurrency-wallet"_s,
        u"text"_s,
        u"user-agent"_s,
        u"bank-account"_s,
        u"credential"_s,
        u"tracking-number"_s,
        u"phone-number"_s,
        u"payment-card"_s,
        u"media-content"_s,
        u"persona"_s,
        u"case-incident"_s,
        u"case-rfi"_s,
        u"case-rft"_s,
        u"feedback"_s,
        u"task"_s,
        u"channel"_s,
        u"event"_s,
        u"narrative"_s,
        u"data-component"_s,
        u"data-source"_s,
        u"label"_s,
        u"external-reference"_s,
        u"kill-chain-phase"_s,
    };
    return types.contains(type) || type.startsWith(u"x-"_s);
}

// Properties without which OpenCTI cannot create an object of the type.
QStringList requiredProperties(const QString &type)
{
    if (type == u"relationship")
        return {u"relationship_type"_s, u"source_ref"_s, u"target_ref"_s};
    if (type == u"sighting")
        return {u"sighting_of_ref"_s};
    if (type == u"indicator")
        return {u"pattern"_s, u"pattern_type"_s};
    if (type == u"note")
        return {u"content"_s, u"object_refs"_s};
    if (type == u"report" || type == u"grouping")
        return {u"name"_s, u"object_refs"_s};
    static const QSet<QString> named {u"incident"_s, u"identity"_s, u"attack-pattern"_s, u"malware"_s,
        u"tool"_s, u"campaign"_s, u"intrusion-set"_s, u"threat-actor"_s, u"vulnerability"_s,
        u"infrastructure"_s, u"course-of-action"_s};
    if (named.contains(type))
        return {u"name"_s};
    return {};
}

// "<type>--<UUID>"; *type receives the prefix.
bool isStixId(const QString &id, QString *type)
{
    static const QRegularExpression re(u"^([a-z0-9]+(?:-[a-z0-9]+)*)--([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-"
                                       "[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$"_s);
    const QRegularExpressionMatch m = re.match(id);
    if (m.hasMatch() && type)
        *type = m.captured(1);
    return m.hasMatch();
}

// Every *_ref and *_refs at any depth; values that are not ids go to *invalid.
void collectRefs(const QJsonObject &object, QStringList *refs, QStringList *invalid)
{
    const auto take = [&](const QString &key, const QJsonValue &value) {
        if (value.isString() && isStixId(value.toString()))
            refs->append(value.toString());
        else
            invalid->append(u"%1: %2"_s.arg(
                key, value.isString() ? u"\"%1\""_s.arg(value.toString().left(100)) : u"not a string"_s));
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (value.isNull())
            continue;
        if (key.endsWith(u"_ref")) {
            take(key, value);
        } else if (key.endsWith(u"_refs")) {
            if (!value.isArray()) {
                invalid->append(u"%1: not an array"_s.arg(key));
                continue;
            }
            const QJsonArray items = value.toArray();
            for (const QJsonValue &item : items)
                take(key, item);
        } else if (value.isObject()) {
            collectRefs(value.toObject(), refs, invalid);
        } else if (value.isArray()) {
            const QJsonArray items = value.toArray();
            for (const QJsonValue &item : items)
                if (item.isObject())
                    collectRefs(item.toObject(), refs, invalid);
        }
    }
}

// What is wrong with one bundle element apart from its references (empty: nothing); *refs gets them.
QString checkStixObject(const QJsonValue &value, QStringList *refs)
{
    if (!value.isObject())
        return u"Invalid STIX object: not a JSON object"_s;
    const QJsonObject object = value.toObject();
    const QJsonValue typeValue = object.value(u"type"_s);
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        return u"Invalid STIX object: no \"type\""_s;
    const QString type = typeValue.toString();
    if (!isKnownStixType(type))
        return u"Invalid STIX object: unknown type \"%1\""_s.arg(type.left(100));
    const QString id = object.value(u"id"_s).toString();
    QString idType;
    if (!isStixId(id, &idType) || idType != type)
        return u"Invalid STIX object: id \"%1\" is not \"%2--<UUID>\""_s.arg(id.left(200), type);
    QStringList missing;
    const QStringList required = requiredProperties(type);
    for (const QString &property : required) {
        const QJsonValue v = object.value(property);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())
            || (v.isArray() && v.toArray().isEmpty()))
            missing << property;
    }
    if (!missing.isEmpty())
        return u"Invalid STIX object: %1 %2 needs %3"_s.arg(type, id, missing.join(u", "_s));
    QStringList invalid;
    collectRefs(object, refs, &invalid);
    if (!invalid.isEmpty())
        return u"Invalid STIX object: %1 has references that are not STIX ids (%2)"_s.arg(
            id, invalid.join(u"; "_s));
    return {};
}

// STIX 2.1's TLP marking definitions (fixed ids): present on every platform.
QList<QJsonObject> tlpMarkings()
{
    const auto tlp = [](const char *uuid, const char *level, const char *created) {
        const QString name = QString::fromLatin1(level);
        return QJsonObject {
            {u"type"_s, u"marking-definition"_s},
            {u"spec_version"_s, u"2.1"_s},
            {u"id"_s, QString(u"marking-definition--"_s + QString::fromLatin1(uuid))},
            {u"created"_s, QString::fromLatin1(created)},
            {u"definition_type"_s, u"tlp"_s},
            {u"name"_s, QString(u"TLP:"_s + name.toUpper())},
            {u"definition"_s, QJsonObject {{u"tlp"_s, name}}},
        };
    };
    return {
        tlp("613f2e26-407d-48c7-9eca-b8e91df99dc9", "white", "2017-01-20T00:00:00.000Z"),
        tlp("34098fce-860f-48ae-8e50-ebd3cc5e41da", "green", "2017-01-20T00:00:00.000Z"),
        tlp("f88d31f6-486f-44da-b317-01333bde0b82", "amber", "2017-01-20T00:00:00.000Z"),
        tlp("5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "red", "2017-01-20T00:00:00.000Z"),
        // OpenCTI's own (TLP 2.0 has no STIX 1.0 id for it).
        tlp("826578e1-40ad-459f-bc73-ede076f81f37", "amber+strict", "2022-10-01T00:00:00.000Z"),
    };
}

} // namespace s1sim::opencti
