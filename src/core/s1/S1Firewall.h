// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "S1ThreatIntel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace net {
class ApiCall;
struct ApiError;
} // namespace net

namespace s1 {

// Records of SentinelOne's firewall-control API (/web/api/v2.1/firewall-control, API-NOTES.md
// "Firewall control"). The calls are S1Client::listFirewallRules(), addFirewallRule(),
// updateFirewallRule() and deleteFirewallRules() (implemented in S1Firewall.cpp). This folder does
// not know firewall collections: the firewall layer turns its entries into rules.

// One firewall rule: what this tool sends (POST, PUT) and what the console answers (GET, POST, PUT).
// Remote hosts are kept by type; "any" and "fqdn" hosts of a console's rule are not held (this tool
// writes addresses, CIDR blocks and ranges only).
struct FirewallRule
{
    Q_DECLARE_TR_FUNCTIONS(FirewallRule)
public:
    QString id; // empty before creation
    QString name;
    QString description;
    QString action = QStringLiteral("Block"); // Allow | Block
    QString direction = QStringLiteral("any"); // any | inbound | outbound
    // windows, windows_legacy, macos, linux; empty: the console's default (all four). toJson() sends
    // the four explicitly then, so an update from some OS types back to "all" takes effect.
    QStringList osTypes;
    QString status = QStringLiteral("Enabled"); // Enabled | Disabled
    // Free text in the specification (GET /firewall-control/protocols lists what a console takes,
    // e.g. "tcp", "udp", "icmp"); empty: any protocol (not sent; "any" compares equal to empty).
    QString protocol;
    QStringList addresses, cidrs, ranges; // remoteHosts values by type "addresses", "cidr", "range"
    // As read from the console.
    QString scope, scopeId; // "site", "account", "group", "global"; the scope's id (none for global)
    int order = 0;
    QDateTime createdAt, updatedAt;
    bool editable = true;

    // The "data" of a POST or PUT: name, action, status, direction, osTypes (all four when empty),
    // description and protocol when set, remoteHosts as [{type, values}] for each non-empty type.
    QJsonObject toJson() const;
    // Reads a rule of the console (remoteHosts; the deprecated singular remoteHost and osType when
    // the plural is absent).
    static FirewallRule fromJson(const QJsonObject &object);
    int entryCount() const; // addresses + cidrs + ranges
    // The fields that differ, by their API names ("name", "description", "action", "direction",
    // "osTypes", "status", "protocol", "remoteHosts"), in that order; osTypes and host values
    // compared as sets (order-insensitive), empty osTypes as all four, an empty protocol as "any",
    // an empty direction as "any", action, status, direction and protocol case-insensitively.
    QStringList differences(const FirewallRule &other) const;

    // Empty when the console takes this rule in a POST (or PUT); else a sentence naming the field
    // and what is expected (name of 1..200 characters, the enumerations, at most
    // MaxHostValues values of one type).
    QString problem() const;
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxHostValues = 5000; // per remoteHosts entry (the specification's maxItems)

    friend bool operator==(const FirewallRule &, const FirewallRule &) = default;
};

// Filters of GET /firewall-control. The API needs at least one filter: the client refuses an empty
// one without sending anything.
struct FirewallRuleFilter
{
    Q_DECLARE_TR_FUNCTIONS(FirewallRuleFilter)
public:
    std::optional<IocScope> scope; // the rules of one account, site or group (each by its own scope)
    QString name; // exact name
    // Part of the name (at least 2 characters). The API takes a comma-separated list of parts: a
    // text with commas is sent as its longest part, and FirewallRuleListJob keeps only the rules
    // whose name contains the whole text.
    QString nameContains;
    QStringList ids; // at most 5,000

    bool isEmpty() const { return !scope && name.isEmpty() && nameContains.isEmpty() && ids.isEmpty(); }
    // Empty when the console takes this filter; else a sentence.
    QString problem() const;
};

namespace firewall_api {
// The data[] of a GET page (or the data{} of a POST or PUT answer: one rule).
QList<FirewallRule> rulesFromData(const QJsonValue &data);
// The 400 "Already Exists" the simulator (and consoles) answer for a name taken in the scope.
bool isAlreadyExists(const net::ApiError &error);
// 404 or 403 on firewall-control: no Firewall Control on this console or licence (a 404 that says
// a rule was not found, for a PUT to a rule deleted meanwhile, is isRuleNotFound() instead).
bool isUnavailable(const net::ApiError &error);
// 404 on PUT /firewall-control/{id}: the rule is gone (deleted on the console meanwhile).
bool isRuleNotFound(const net::ApiError &error);
// The sentence for a failed firewall call: for a taken name (POST or PUT), one that names the rule
// and, for a POST, its scope ("The console already has a firewall rule named "X" in site 123...");
// for anything else the call's error().userMessage(), which already says, for any firewall-control
// call, what a missing licence, a deleted rule or a refused rule means and what to do.
QString errorMessage(const net::ApiCall &call);
// windows, windows_legacy, macos, linux: the OS types the API takes.
const QStringList &osTypeNames();
} // namespace firewall_api

} // namespace s1
