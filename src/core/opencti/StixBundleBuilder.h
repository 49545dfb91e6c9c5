// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/Threat.h"
#include "s1/ThreatNote.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace opencti {

// What one SentinelOne threat becomes in OpenCTI (issue 5): a STIX 2.1 bundle, built by a pure,
// deterministic function. The same threat and notes give byte-identical canonical JSON
// (CanonicalJson), every id is a StixIds value, so pushing a bundle again upserts.
//
// Objects, in this order:
//   identity (the author, organization), marking-definition (the TLP marking),
//   incident "<threatName> - <threatId>",
//   hostname + ipv4-addr/ipv6-addr observables of the endpoint, each `related-to` the incident,
//   attack-pattern per MITRE technique, incident `uses` each,
//   indicator per hash (SHA-256, SHA-1, MD5), each `indicates` the incident,
//   note per SentinelOne note, referring to the incident.
// Every object but the author and the marking has created_by_ref = the author (observables, which
// STIX does not give created_by_ref, carry OpenCTI's x_opencti_created_by_ref) and
// object_marking_refs = [the marking]. The choices where the issue left room, with their reasons,
// are listed at the top of StixBundleBuilder.cpp.
//
// The text written into the bundle (description, names) is plain English on purpose, not tr():
// it is data, and the content hash must not depend on the user's language.
class StixBundleBuilder
{
    Q_DECLARE_TR_FUNCTIONS(StixBundleBuilder)
public:
    struct Options
    {
        QString authorName = QStringLiteral("S1 Bridge");
        QString tlp = QStringLiteral("TLP:RED"); // CLEAR/WHITE, GREEN, AMBER, AMBER+STRICT, RED
        QUrl consoleUrl; // normalized (ConsoleConfig::normalizeUrl); may be empty
        QString bundleSeed; // mixed into the bundle id only (e.g. the connector id)
    };

    StixBundleBuilder();
    explicit StixBundleBuilder(const Options &options);

    const Options &options() const { return m_options; }
    // Empty when the options are usable, else a message naming the field.
    QString validateOptions() const;

    // The bundle {"type":"bundle","id":"bundle--<uuid>","objects":[...]}. Returns an empty object
    // and a message naming what is wrong when the options are not usable or the threat has no id
    // or no time to date the incident by.
    QJsonObject build(
        const s1::Threat &threat, const QList<s1::ThreatNote> &notes, QString *error = nullptr) const;

    // SHA-256 (lower-case hex) of the bundle's canonical JSON: equal hashes mean nothing changed
    // since the last import. An empty bundle (a failed build) gives an empty string.
    static QString contentHash(const QJsonObject &bundle);
    QString contentHash(const s1::Threat &threat, const QList<s1::ThreatNote> &notes) const;

    // The pieces, for the import job (look-ups by id) and the tests.
    static QString incidentName(const s1::Threat &threat);
    // threatInfo.identifiedAt exactly as received; when absent, createdAt as formatApiTime writes it.
    static QString incidentCreated(const s1::Threat &threat);
    static QString incidentId(const s1::Threat &threat);
    QString authorId() const;
    QString markingId() const;
    // "text\ncreated by: creator", the form of the public connector (so note ids match its notes).
    static QString noteContent(const s1::ThreatNote &note);
    // The time a note is dated by (and its id computed with): createdAt as received, else the
    // parsed time, else the incident's created.
    static QString noteCreated(const s1::ThreatNote &note, const s1::Threat &threat);
    // "[file:hashes.'SHA-256' = '<lower-case hex>']"; null when the value is not a hash of that
    // algorithm ("SHA-256", "SHA-1", "MD5").
    static QString hashPattern(const QString &algorithm, const QString &value);
    // malicious -> "high", suspicious -> "medium", anything else -> "low" (OpenCTI's
    // incident_severity_ov: low, medium, high, critical).
    static QString severityFor(const QString &confidenceLevel);
    // The marking-definition object of a TLP level (normalized by StixIds::normalizeTlp); empty
    // when unknown.
    static QJsonObject tlpMarkingObject(const QString &tlp);

private:
    Options m_options;
};

} // namespace opencti
