// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OpenCtiStore.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The simulated OpenCTI's data as GraphQL answers it (OpenCtiSim's implementation files only).
namespace s1sim::opencti {

QString nowIso();
// null for an empty text
QJsonValue orNull(const QString &text);
QString compactJson(const QJsonObject &object);

QJsonObject connectorToJson(const OpenCtiConnector &c, const QString &userId);
QJsonObject workToJson(const OpenCtiStore &store, const OpenCtiWork &w);
// A WorkMessage; source is kept when it is a string.
QJsonObject workMessage(const QString &timestamp, const QString &message, const QJsonValue &source = {});

} // namespace s1sim::opencti
