// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// What the simulated OpenCTI checks in the STIX objects of a pushed bundle (OpenCtiSim's
// implementation files only).
namespace s1sim::opencti {

// STIX 2.1 object types (domain, relationship, cyber observable, meta) and OpenCTI's own; any
// "x-..." type is a custom one and accepted too.
bool isKnownStixType(const QString &type);
// Properties without which OpenCTI cannot create an object of the type.
QStringList requiredProperties(const QString &type);
// "<type>--<UUID>"; *type receives the prefix.
bool isStixId(const QString &id, QString *type = nullptr);
// Every *_ref and *_refs at any depth; values that are not ids go to *invalid.
void collectRefs(const QJsonObject &object, QStringList *refs, QStringList *invalid);
// What is wrong with one bundle element apart from its references (empty: nothing); *refs gets them.
QString checkStixObject(const QJsonValue &value, QStringList *refs);
// STIX 2.1's TLP marking definitions (fixed ids): present on every platform.
QList<QJsonObject> tlpMarkings();

} // namespace s1sim::opencti
