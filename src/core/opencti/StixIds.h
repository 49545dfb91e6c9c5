// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUuid>

namespace opencti {

// Deterministic STIX 2.1 ids, computed as pycti (OpenCTI's Python client) computes them, so that a
// bundle we send upserts what OpenCTI (or an earlier import, or the public connector) already holds
// instead of duplicating it:
//
//   "<type>--" + UUIDv5(namespace 00abedb4-aa42-466c-9c01-fed23315a9b7,
//                       CanonicalJson(<the id-contributing properties>) as UTF-8)
//
// The namespace is the STIX 2.1 one for cyber observables (section 2.9); pycti uses it for every
// type. Text is normalized as pycti does, with Python semantics: lower() is str.lower() (full Unicode
// case mapping, final sigma included), strip() is str.strip() (Python's whitespace set, which
// includes U+001C..U+001F). Timestamps are taken as text, exactly as given: the id follows the text.
//
// Sources (pycti, client-python/pycti/entities/*.py, generate_id): opencti_incident.py,
// opencti_indicator.py, opencti_note.py, opencti_attack_pattern.py, opencti_identity.py,
// opencti_stix_core_relationship.py, opencti_marking_definition.py; stix2 v21 _generate_id for
// observables. Differences from API-NOTES.md, each following pycti:
// - identity: identity_class is lower-cased too ({"identity_class": cls.lower(), ...}).
// - attack-pattern: x_mitre_id is stripped (the name is lower-cased and stripped only when it is
//   the name that counts).
// - relationship: stop_time counts only together with start_time (pycti ignores a stop_time alone).
// - marking-definition: the five TLP markings have fixed ids (STIX 2.1 section 7.2.1.4 for
//   CLEAR/WHITE, GREEN, AMBER, RED; OpenCTI's own for AMBER+STRICT); others hash
//   {definition_type, definition}.
class StixIds
{
public:
    StixIds() = delete;

    static QUuid namespaceUuid();
    // "<type>--<uuid5 of the canonical JSON of contributing>"
    static QString generate(const QString &type, const QJsonObject &contributing);

    // Python's str.lower() and str.strip(), for ids that must equal pycti's.
    static QString pyLower(const QString &text);
    static QString pyStrip(const QString &text);

    // incident: {"name": lower(strip(name)), "created": created}
    static QString incident(const QString &name, const QString &created);
    // indicator: {"pattern": strip(pattern)}
    static QString indicator(const QString &pattern);
    // note: {"content": strip(content), "created": created}; without "created" when it is null
    // (a default-constructed QString). An empty but non-null created counts, as "" does in Python.
    static QString note(const QString &content, const QString &created = QString());
    // attack-pattern: {"x_mitre_id": strip(xMitreId)} when xMitreId is not null, else
    // {"name": lower(strip(name))} (pycti's rule, no validation).
    static QString attackPattern(const QString &name, const QString &xMitreId = QString());
    // For a technique as SentinelOne names it: by x_mitre_id when it is an ATT&CK technique id
    // (normalized: stripped, upper case), else by name.
    static QString attackPatternForTechnique(const QString &technique);
    // T1059 or T1059.001 (a technique or sub-technique id), case-insensitive, surrounding spaces
    // allowed. Returns the normalized id ("T1059.001") or a null QString.
    static QString normalizeMitreTechniqueId(const QString &text);
    static bool isMitreTechniqueId(const QString &text) { return !normalizeMitreTechniqueId(text).isNull(); }
    // identity: {"name": lower(strip(name)), "identity_class": lower(identityClass)}
    static QString identity(const QString &name, const QString &identityClass);
    // relationship: {"relationship_type", "source_ref", "target_ref"} + "start_time" when not null,
    // + "stop_time" when both are not null.
    static QString relationship(const QString &relationshipType, const QString &sourceRef,
        const QString &targetRef, const QString &startTime = QString(), const QString &stopTime = QString());

    // The fixed id of a TLP marking: "TLP:CLEAR"/"TLP:WHITE", "TLP:GREEN", "TLP:AMBER",
    // "TLP:AMBER+STRICT", "TLP:RED" (also without the "TLP:" prefix, any case). Null when unknown.
    static QString tlpMarking(const QString &tlp);
    // The normalized name of a TLP level ("TLP:AMBER+STRICT"), WHITE given as CLEAR. Null when unknown.
    static QString normalizeTlp(const QString &tlp);
    // pycti MarkingDefinition.generate_id: the fixed id for definition_type "TLP" and a known
    // definition, else {"definition_type", "definition"}.
    static QString markingDefinition(const QString &definitionType, const QString &definition);

    // Cyber observables (STIX 2.1 section 6, id-contributing properties; "hostname" is OpenCTI's
    // custom observable, contributing "value").
    static QString hostname(const QString &value);
    static QString ipv4Address(const QString &value);
    static QString ipv6Address(const QString &value);
    // user-account: account_type, user_id, account_login, each only when not null.
    static QString userAccount(
        const QString &accountType, const QString &userId, const QString &accountLogin = QString());
    // file: one hash chosen as stix2 does (MD5, else SHA-1, else SHA-256, else SHA-512, else the
    // first key), plus "name" when not null. Keys as STIX writes them: "MD5", "SHA-1", "SHA-256".
    static QString file(const QMap<QString, QString> &hashes, const QString &name = QString());
};

} // namespace opencti
