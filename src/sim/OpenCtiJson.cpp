// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace s1sim::opencti {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject connectorToJson(const OpenCtiConnector &c, const QString &userId)
{
    return QJsonObject {
        {u"__typename"_s, u"Connector"_s},
        {u"id"_s, c.id},
        {u"standard_id"_s, QString(u"connector--"_s + c.id)},
        {u"entity_type"_s, u"Connector"_s},
        {u"parent_types"_s, QJsonArray {u"Basic-Object"_s, u"Internal-Object"_s}},
        {u"name"_s, c.name},
        {u"title"_s, c.name},
        {u"active"_s, true},
        {u"auto"_s, c.autoMode},
        {u"only_contextual"_s, c.onlyContextual},
        {u"playbook_compatible"_s, c.playbookCompatible},
        {u"connector_type"_s, c.type},
        {u"connector_scope"_s, c.scope},
        {u"connector_state"_s, c.state},
        {u"connector_state_timestamp"_s, QJsonValue::Null},
        {u"connector_state_reset"_s, false},
        {u"connector_user_id"_s, userId},
        {u"built_in"_s, false},
        {u"is_managed"_s, false},
        {u"created_at"_s, c.createdAt},
        {u"updated_at"_s, c.updatedAt},
    };
}

QJsonObject workToJson(const OpenCtiStore &store, const OpenCtiWork &w)
{
    const auto connector = store.connectors.constFind(w.connectorId);
    return QJsonObject {
        {u"__typename"_s, u"Work"_s},
        {u"id"_s, w.id},
        {u"name"_s, w.name},
        {u"status"_s, w.status},
        {u"timestamp"_s, w.timestamp},
        {u"event_source_id"_s, w.connectorId},
        {u"received_time"_s, orNull(w.receivedTime)},
        {u"processed_time"_s, orNull(w.processedTime)},
        {u"completed_time"_s, orNull(w.completedTime)},
        {u"completed_number"_s, w.completedNumber},
        {u"messages"_s, w.messages},
        {u"errors"_s, w.errors},
        {u"tracking"_s,
            QJsonObject {
                {u"__typename"_s, u"WorkTracking"_s},
                {u"import_expected_number"_s, w.expected},
                {u"import_processed_number"_s, w.processed},
                {u"import_last_processed"_s, orNull(w.lastProcessed)},
            }},
        {u"connector"_s,
            connector == store.connectors.cend()
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(connectorToJson(*connector, store.me.value(u"id"_s).toString()))},
        {u"draft_context"_s, QJsonValue::Null},
    };
}

QJsonObject workMessage(const QString &timestamp, const QString &message, const QJsonValue &source)
{
    QJsonObject m {{u"__typename"_s, u"WorkMessage"_s}, {u"timestamp"_s, timestamp}, {u"message"_s, message},
        {u"sequence"_s, QJsonValue::Null}, {u"source"_s, QJsonValue::Null}};
    if (source.isString())
        m.insert(u"source"_s, source);
    return m;
}

} // namespace s1sim::opencti
