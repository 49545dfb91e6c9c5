// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiSim.h"

#include "OpenCtiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace s1sim {

using namespace opencti;

// -------------------------------------------------------------------------------------------------
// Resolvers.

OpenCtiSim::Result OpenCtiSim::registerConnector(const Field &field)
{
    const auto bad = [](const QString &message) {
        return Result {{}, u"registerConnector: %1"_s.arg(message), u"BAD_USER_INPUT"_s};
    };
    const QJsonValue inputValue = field.arguments.value(u"input"_s);
    if (!inputValue.isObject())
        return bad(u"input (RegisterConnectorInput) is required"_s);
    const QJsonObject input = inputValue.toObject();
    const QString id = input.value(u"id"_s).toString();
    if (QUuid::fromString(id).isNull() || id.size() != 36)
        return bad(u"input.id must be a UUID (\"%1\")"_s.arg(id.left(100)));
    const QString name = input.value(u"name"_s).toString();
    if (name.trimmed().size() < 2)
        return bad(u"input.name must have at least 2 characters and not be blank"_s);
    static const QStringList types {u"EXTERNAL_IMPORT"_s, u"INTERNAL_IMPORT_FILE"_s, u"INTERNAL_ENRICHMENT"_s,
        u"INTERNAL_ANALYSIS"_s, u"INTERNAL_EXPORT_FILE"_s, u"STREAM"_s};
    const QString type = input.value(u"type"_s).toString();
    if (!types.contains(type))
        return bad(u"input.type must be one of %1 (\"%2\")"_s.arg(types.join(u", "_s), type.left(100)));
    const QJsonValue scope = input.value(u"scope"_s);
    if (!scope.isUndefined() && !scope.isNull()) {
        bool ok = scope.isArray();
        const QJsonArray items = scope.toArray();
        for (const QJsonValue &item : items)
            ok = ok && item.isString();
        if (!ok)
            return bad(u"input.scope must be a list of strings"_s);
    }

    const QString now = nowIso();
    auto it = m_store.connectors.find(id);
    if (it == m_store.connectors.end()) {
        OpenCtiConnector c;
        c.id = id;
        c.createdAt = now;
        it = m_store.connectors.insert(id, c);
    }
    it->name = name;
    it->type = type;
    it->scope = scope.toArray();
    it->autoMode = input.value(u"auto"_s).toBool();
    it->onlyContextual = input.value(u"only_contextual"_s).toBool();
    it->playbookCompatible = input.value(u"playbook_compatible"_s).toBool();
    it->updatedAt = now;
    return Result {connectorToJson(*it, m_store.me.value(u"id"_s).toString()), {}, {}};
}

OpenCtiSim::Result OpenCtiSim::workAdd(const Field &field)
{
    const QString connectorId = field.arguments.value(u"connectorId"_s).toString();
    const auto connector = m_store.connectors.constFind(connectorId);
    if (connector == m_store.connectors.cend())
        return Result {{},
            u"workAdd: no connector with id \"%1\" is registered (registerConnector first)"_s.arg(
                connectorId.left(100)),
            u"FUNCTIONAL_ERROR"_s};
    const OpenCtiWork &w = createWork(*connector, field.arguments.value(u"friendlyName"_s), false);
    return Result {workToJson(m_store, w), {}, {}};
}

OpenCtiSim::Result OpenCtiSim::stixBundlePush(const Field &field)
{
    // OpenCTI answers every refusal as UnsupportedError "Invalid bundle" (the cause in its data);
    // the simulator puts the cause in the message.
    const auto invalid = [](const QString &why) {
        return Result {{}, u"Invalid bundle: %1"_s.arg(why), u"UNSUPPORTED_ERROR"_s};
    };
    const QJsonValue bundleValue = field.arguments.value(u"bundle"_s);
    if (!bundleValue.isString())
        return invalid(u"bundle must be a string holding the bundle's JSON"_s);
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bundleValue.toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(parseError.error != QJsonParseError::NoError
                ? u"not JSON (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset)
                : u"not a JSON object"_s);
    const QJsonObject root = doc.object();
    if (root.value(u"type"_s).toString() != u"bundle")
        return invalid(u"type must be \"bundle\""_s);
    const QJsonArray objects = root.value(u"objects"_s).toArray();
    if (objects.isEmpty())
        return invalid(u"objects must be a non-empty array"_s);
    const QString connectorId = field.arguments.value(u"connectorId"_s).toString();
    const auto connector = m_store.connectors.constFind(connectorId);
    if (connector == m_store.connectors.cend())
        return invalid(u"no connector with id \"%1\" is registered (registerConnector first)"_s.arg(
            connectorId.left(100)));

    QString workId = field.arguments.value(u"work_id"_s).toString();
    if (workId.isEmpty()) // as OpenCTI: a work of its own, already received
        workId = createWork(*connector, u"%1 run @ %2"_s.arg(connector->name, nowIso()), true).id;
    // An unknown work_id is accepted: OpenCTI ingests the bundle and its work updates go nowhere.
    if (OpenCtiWork *w = m_store.work(workId)) {
        w->expected += int(objects.size());
        ++w->pendingBundles;
        w->status = u"progress"_s;
        if (w->receivedTime.isEmpty())
            w->receivedTime = nowIso();
        w->updatedAt = nowIso();
    }
    m_queue.append(PendingBundle {workId, objects});
    scheduleIngestion();
    return Result {true, {}, {}};
}

OpenCtiSim::Result OpenCtiSim::work(const Field &field)
{
    const OpenCtiWork *w = m_store.work(field.arguments.value(u"id"_s).toString());
    return Result {w ? QJsonValue(workToJson(m_store, *w)) : QJsonValue(QJsonValue::Null), {}, {}};
}

OpenCtiSim::Result OpenCtiSim::workEdit(const Field &field)
{
    // The sub-fields are the mutations; each answers the work id. As OpenCTI does, an unknown work
    // changes nothing and still answers its id.
    const QString id = field.arguments.value(u"id"_s).toString();
    QJsonObject out {{u"__typename"_s, u"WorkEditMutations"_s}};
    for (const Field &edit : field.selections) {
        if (edit.name == u"__typename")
            continue;
        OpenCtiWork *w = m_store.work(id);
        const QString now = nowIso();
        const QJsonObject &args = edit.arguments;
        const QString message = args.value(u"message"_s).toString();
        if (edit.name == u"toProcessed") {
            if (w) {
                w->processedTime = now;
                w->updatedAt = now;
                if (w->pendingBundles == 0 && w->processed >= w->expected) {
                    w->status = u"complete"_s;
                    w->completedNumber = w->processed > 0 ? w->processed : 1;
                    w->expected = w->completedNumber;
                    w->completedTime = now;
                }
                if (!message.isEmpty()) {
                    if (args.value(u"inError"_s).toBool())
                        w->errors.append(workMessage(now, message));
                    else
                        w->messages.append(workMessage(now, message));
                }
            }
        } else if (edit.name == u"toReceived") {
            if (w) {
                w->status = w->status == u"complete" ? w->status : u"progress"_s;
                w->receivedTime = now;
                w->updatedAt = now;
                if (!message.isEmpty())
                    w->messages.append(workMessage(now, message));
            }
        } else if (edit.name == u"addExpectations") {
            if (w) {
                w->expected += args.value(u"expectations"_s).toInt();
                w->updatedAt = now;
            }
        } else if (edit.name == u"reportExpectation") {
            if (w) {
                ++w->processed;
                w->lastProcessed = now;
                const QJsonObject error = args.value(u"error"_s).toObject();
                if (!error.isEmpty())
                    w->errors.append(
                        workMessage(now, error.value(u"error"_s).toString(), error.value(u"source"_s)));
                completeIfDone(*w, now);
            }
        } else if (edit.name == u"ping") {
            if (w)
                w->updatedAt = now;
        } else if (edit.name == u"delete") {
            m_store.works.removeIf([&id](const OpenCtiWork &x) { return x.id == id; });
        } else {
            continue; // select() reports it as unsupported
        }
        out.insert(edit.name, id);
    }
    return Result {out, {}, {}};
}

OpenCtiSim::Result OpenCtiSim::incident(const Field &field)
{
    const OpenCtiObject *o = m_store.findObject(field.arguments.value(u"id"_s).toString());
    if (!o || o->stix.value(u"type"_s).toString() != u"incident")
        return Result {QJsonValue::Null, {}, {}};
    const QJsonObject &x = o->stix;
    const auto value = [&x](const char *key) {
        const QJsonValue v = x.value(QLatin1String(key));
        return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v;
    };
    QJsonArray labels;
    const QJsonArray labelValues = x.value(u"labels"_s).toArray();
    for (const QJsonValue &label : labelValues)
        labels.append(QJsonObject {{u"__typename"_s, u"Label"_s},
            {u"id"_s, QUuid::createUuidV5(QUuid(), label.toString()).toString(QUuid::WithoutBraces)},
            {u"value"_s, label}, {u"color"_s, u"#ff9800"_s}});
    QJsonArray markings;
    const QJsonArray markingRefs = x.value(u"object_marking_refs"_s).toArray();
    for (const QJsonValue &ref : markingRefs) {
        if (const OpenCtiObject *m = m_store.findObject(ref.toString()))
            markings.append(QJsonObject {{u"__typename"_s, u"MarkingDefinition"_s}, {u"id"_s, m->internalId},
                {u"standard_id"_s, ref}, {u"entity_type"_s, u"Marking-Definition"_s},
                {u"definition_type"_s, m->stix.value(u"definition_type"_s).toString(u"statement"_s)},
                {u"definition"_s, m->stix.value(u"name"_s)}});
    }
    QJsonValue createdBy = QJsonValue::Null;
    if (const OpenCtiObject *author = m_store.findObject(x.value(u"created_by_ref"_s).toString()))
        createdBy = QJsonObject {
            {u"__typename"_s,
                author->stix.value(u"identity_class"_s).toString() == u"organization" ? u"Organization"_s
                                                                                      : u"Individual"_s},
            {u"id"_s, author->internalId}, {u"standard_id"_s, author->stix.value(u"id"_s)},
            {u"entity_type"_s, u"Identity"_s}, {u"name"_s, author->stix.value(u"name"_s)}};
    QJsonArray stixIds = x.value(u"x_opencti_stix_ids"_s).toArray();
    return Result {QJsonObject {
                       {u"__typename"_s, u"Incident"_s},
                       {u"id"_s, o->internalId},
                       {u"standard_id"_s, x.value(u"id"_s)},
                       {u"entity_type"_s, u"Incident"_s},
                       {u"parent_types"_s,
                           QJsonArray {u"Basic-Object"_s, u"Stix-Object"_s, u"Stix-Core-Object"_s,
                               u"Stix-Domain-Object"_s}},
                       {u"spec_version"_s, x.value(u"spec_version"_s).toString(u"2.1"_s)},
                       {u"x_opencti_stix_ids"_s, stixIds},
                       {u"is_inferred"_s, false},
                       {u"name"_s, value("name")},
                       {u"description"_s, value("description")},
                       {u"created"_s, value("created")},
                       {u"modified"_s, value("modified")},
                       {u"created_at"_s, o->createdAt},
                       {u"updated_at"_s, o->updatedAt},
                       {u"revoked"_s, x.value(u"revoked"_s).toBool()},
                       {u"confidence"_s, value("confidence")},
                       {u"lang"_s, value("lang")},
                       {u"aliases"_s, value("aliases")},
                       {u"first_seen"_s, value("first_seen")},
                       {u"last_seen"_s, value("last_seen")},
                       {u"objective"_s, value("objective")},
                       {u"incident_type"_s, value("incident_type")},
                       {u"severity"_s, value("severity")},
                       {u"source"_s, value("source")},
                       {u"objectLabel"_s, labels},
                       {u"objectMarking"_s, markings},
                       {u"createdBy"_s, createdBy},
                   },
        {}, {}};
}

} // namespace s1sim
