// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace s1sim {

// A registered connector (registerConnector).
struct OpenCtiConnector
{
    QString id;
    QString name;
    QString type; // ConnectorType, e.g. EXTERNAL_IMPORT
    QJsonArray scope;
    bool autoMode = false;
    bool onlyContextual = false;
    bool playbookCompatible = false;
    QJsonValue state = QJsonValue::Null; // connector_state, kept across registrations
    QString createdAt;
    QString updatedAt;
};

// A work (workAdd, or opened by stixBundlePush without work_id): one import run and its outcome.
struct OpenCtiWork
{
    QString id; // "work_<connectorId>_<timestamp>", as OpenCTI builds it
    QJsonValue name = QJsonValue::Null;
    QString connectorId;
    QString status = QStringLiteral("wait"); // State: wait, progress, complete (timeout is not simulated)
    QString timestamp;
    QString updatedAt;
    QString receivedTime;
    QString processedTime;
    QString completedTime;
    int completedNumber = 0;
    int expected = 0; // tracking.import_expected_number: objects pushed for this work
    int processed = 0; // tracking.import_processed_number: objects the "workers" handled (stored or not)
    QString lastProcessed;
    QJsonArray messages; // WorkMessage
    QJsonArray errors; // WorkMessage {timestamp, message, source}
    int pendingBundles = 0;
};

// A STIX object as stored (by its STIX id, latest version).
struct OpenCtiObject
{
    QJsonObject stix;
    QString internalId; // the platform's own id (a UUID)
    int version = 1; // 1 when created, +1 for each ingestion that changed it
    int ingestions = 1; // how many times it was ingested (changed or not)
    QString createdAt;
    QString updatedAt;
    QString workId; // the work of the last ingestion
    bool builtIn = false; // present from the start (the TLP marking definitions); not listed
};

// What the simulated OpenCTI platform holds. Separate from the SentinelOne tenant (SimTenant):
// the two only share the HTTP server.
struct OpenCtiStore
{
    QJsonObject me; // the token's user (MeUser)
    QJsonObject about; // AppInfo
    QMap<QString, OpenCtiConnector> connectors; // by id
    QList<OpenCtiWork> works; // in creation order
    QHash<QString, OpenCtiObject> objects; // by STIX id
    QStringList objectOrder; // STIX ids, in the order they were first stored

    OpenCtiWork *work(const QString &id);
    const OpenCtiWork *work(const QString &id) const;
    // By STIX id, internal id or an x_opencti_stix_ids entry; nullptr when there is none.
    const OpenCtiObject *findObject(const QString &anyId) const;
    // The pushed objects (built-ins left out) as JSON: the STIX objects themselves, or with meta
    // {"id","type","version","ingestions","internal_id","created_at","updated_at","work_id","object"}.
    // type: only that STIX type (empty: all).
    QJsonArray objectsJson(const QString &type = {}, bool meta = false) const;
    // The works as work(id) answers them, plus "connector_id".
    QJsonArray worksJson() const;
};

} // namespace s1sim
