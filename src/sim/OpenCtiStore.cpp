// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiStore.h"

#include "OpenCtiJson.h"

using namespace Qt::StringLiterals;

namespace s1sim {

using namespace opencti;

// -------------------------------------------------------------------------------------------------
// The store.

OpenCtiWork *OpenCtiStore::work(const QString &id)
{
    for (OpenCtiWork &w : works)
        if (w.id == id)
            return &w;
    return nullptr;
}

const OpenCtiWork *OpenCtiStore::work(const QString &id) const
{
    for (const OpenCtiWork &w : works)
        if (w.id == id)
            return &w;
    return nullptr;
}

const OpenCtiObject *OpenCtiStore::findObject(const QString &anyId) const
{
    if (anyId.isEmpty())
        return nullptr;
    const auto it = objects.constFind(anyId);
    if (it != objects.cend())
        return &*it;
    for (const OpenCtiObject &o : objects) {
        if (o.internalId == anyId
            || o.stix.value(u"x_opencti_stix_ids"_s).toArray().contains(QJsonValue(anyId)))
            return &o;
    }
    return nullptr;
}

QJsonArray OpenCtiStore::objectsJson(const QString &type, bool meta) const
{
    QJsonArray out;
    for (const QString &id : objectOrder) {
        const auto it = objects.constFind(id);
        if (it == objects.cend() || it->builtIn)
            continue;
        const QString objectType = it->stix.value(u"type"_s).toString();
        if (!type.isEmpty() && objectType != type)
            continue;
        if (!meta) {
            out.append(it->stix);
            continue;
        }
        out.append(QJsonObject {
            {u"id"_s, id},
            {u"type"_s, objectType},
            {u"version"_s, it->version},
            {u"ingestions"_s, it->ingestions},
            {u"internal_id"_s, it->internalId},
            {u"created_at"_s, it->createdAt},
            {u"updated_at"_s, it->updatedAt},
            {u"work_id"_s, orNull(it->workId)},
            {u"object"_s, it->stix},
        });
    }
    return out;
}

QJsonArray OpenCtiStore::worksJson() const
{
    QJsonArray out;
    const auto untyped = [](QJsonArray messages) {
        for (qsizetype i = 0; i < messages.size(); ++i) {
            QJsonObject m = messages.at(i).toObject();
            m.remove(u"__typename"_s);
            messages.replace(i, m);
        }
        return messages;
    };
    for (const OpenCtiWork &w : works) {
        QJsonObject o = workToJson(*this, w);
        o.remove(u"__typename"_s);
        o.remove(u"connector"_s);
        QJsonObject tracking = o.value(u"tracking"_s).toObject();
        tracking.remove(u"__typename"_s);
        o.insert(u"tracking"_s, tracking);
        o.insert(u"messages"_s, untyped(w.messages));
        o.insert(u"errors"_s, untyped(w.errors));
        o.insert(u"connector_id"_s, w.connectorId);
        out.append(o);
    }
    return out;
}

} // namespace s1sim
