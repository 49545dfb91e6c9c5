// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Ioc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace exchange {

// What one IOC becomes in STIX 2.1, for the OpenCTI destination and the STIX file: an indicator, its
// observable, and a `based-on` relationship from the indicator to the observable. Every id is
// deterministic (opencti::StixIds, pycti's rules), so pushing the same IOC again upserts in OpenCTI.
//
// - Pattern: one form per type, the one StixPattern reads and StixBundleBuilder writes:
//   [file:hashes.'SHA-256' = '<hex>'] ('SHA-1', 'MD5'), [url:value = '...'], [domain-name:value = '...'],
//   [ipv4-addr:value = '...'], [ipv6-addr:value = '...'] (quotes and backslashes escaped with a
//   backslash). The indicator's id is StixIds::indicator(pattern): the id follows the exact text.
// - Observable: file {hashes: {"SHA-256": hex}} (id: StixIds::file), url / domain-name / ipv4-addr /
//   ipv6-addr {value} (id: UUIDv5 of {"value"}, their STIX 2.1 id-contributing property).
// - Indicator: name (the IOC's, else its value), description, labels, x_opencti_score (the IOC's score),
//   valid_from (first seen, else last seen, else the Unix epoch: a fixed value, so that the same IOC
//   gives the same bytes), valid_until (when given and after valid_from), created = valid_from,
//   modified as the caller says, revoked, indicator_types ["malicious-activity"],
//   x_opencti_main_observable_type; an external reference "SentinelOne" (external_id: the threat id)
//   when the IOC's link is a SentinelOne threat page (S1ThreatSource sets it).
// - Author identity (organization) and, when a TLP is given, its marking on every object
//   (observables carry x_opencti_created_by_ref, as StixBundleBuilder's do).
// The text is data, not tr(): it must not depend on the user's language.
class IocStix
{
public:
    struct Options
    {
        QString authorName = QStringLiteral("S1 Bridge");
        QString tlp; // TLP:CLEAR ... TLP:RED (StixIds::normalizeTlp); empty: no marking
    };

    IocStix() = delete;

    static QString pattern(IocType type, const QString &value);
    static QString indicatorId(IocType type, const QString &value);
    static QString observableType(IocType type); // "file", "url", "domain-name", "ipv4-addr", "ipv6-addr"
    static QString observableId(IocType type, const QString &value);
    // OpenCTI's x_opencti_main_observable_type: StixFile, Url, Domain-Name, IPv4-Addr, IPv6-Addr.
    static QString mainObservableType(IocType type);
    // The threat id when link is a SentinelOne threat page (.../incidents/threats/<id>/overview,
    // s1::ConsoleConfig::threatPage), else a null QString.
    static QString sentinelOneThreatId(const QUrl &link);
    // STIX timestamp, UTC, milliseconds: 2026-01-02T03:04:05.000Z.
    static QString time(const QDateTime &time);
    // When the indicator is valid from (see above).
    static QString validFrom(const Ioc &ioc);

    static QString authorId(const Options &options);
    static QJsonObject author(const Options &options);
    // The marking-definition object; empty without a TLP.
    static QJsonObject marking(const Options &options);

    // indicator, observable and based-on relationship of one IOC. validUntil: invalid for none.
    static QJsonArray objects(
        const Ioc &ioc, const QDateTime &validUntil, const QString &modified, const Options &options);
    // The indicator alone, revoked (what retracting from OpenCTI pushes: same id, revoked true,
    // valid_until = modified when that is after valid_from).
    static QJsonObject revokedIndicator(const Ioc &ioc, const QString &modified, const Options &options);
    // {"type":"bundle","id":"bundle--<UUIDv5 of the objects' canonical JSON>","objects":[author,
    // marking, objects...]}: the same objects give the same bundle.
    static QJsonObject bundle(const QJsonArray &objects, const Options &options);

private:
    static QJsonObject indicator(
        const Ioc &ioc, const QDateTime &validUntil, const QString &modified, const Options &options);
};

} // namespace exchange
