// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "s1/S1ThreatIntel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace firewall {

// What every rule of a collection looks like on the console (the addresses aside): the ThreatQuotient
// connector's "rule template". The name is the collection's unless given; several rules are named
// "<name> (1)" ... "<name> (n)".
struct RuleTemplate
{
    Q_DECLARE_TR_FUNCTIONS(RuleTemplate)
public:
    QString name; // empty: the collection's name
    QString description;
    QString action = QStringLiteral("Block"); // Block | Allow
    QString direction = QStringLiteral("any"); // any | inbound | outbound
    QStringList osTypes; // windows, windows_legacy, macos, linux; empty: every one
    QString status = QStringLiteral("Enabled"); // Enabled | Disabled
    QString protocol; // empty: any

    QJsonObject toJson() const;
    static RuleTemplate fromJson(const QJsonObject &json);
    // One sentence per problem, naming the field and what it takes.
    QStringList problems() const;

    static const QStringList &actions();
    static const QStringList &directions();
    static const QStringList &osTypeNames();
    static const QStringList &statuses();
    static constexpr int MaxNameLength = 200; // the console's limit (the rule number included)
};

// Where the collection's rules go: a scope (site, account or group) of one profile's console.
struct ExportTarget
{
    QString profileId;
    s1::IocScope scope;

    // "<profile id>|site:ID": the key of the target in the store.
    QString key() const;
    friend bool operator==(const ExportTarget &, const ExportTarget &) = default;
};

// Where entries come from besides those typed: a file (re-read at each export), an http(s) URL
// (fetched at each export) or the IOCs of the exchange (IPv4/IPv6 of some sources that pass a
// business rule: the ThreatQuotient connector's "data collection").
struct CollectionSource
{
    enum class Kind { File, Url, Iocs };
    Kind kind = Kind::File;
    QString path; // File
    QUrl url; // Url
    QStringList iocSources; // Iocs: source names ('' list: every source)
    QString rule; // Iocs: business rule name ('' : every IPv4/IPv6 IOC)

    QString text() const; // "file /x/y.txt", "URL https://...", "IOCs of feed A, feed B through rule R"
    friend bool operator==(const CollectionSource &, const CollectionSource &) = default;
};

// A named collection of IP entries and how it becomes firewall rules. Stored by FirewallStore: the
// typed entries as text, the rest as JSON (toDefinition()).
struct Collection
{
    Q_DECLARE_TR_FUNCTIONS(Collection)
public:
    static constexpr int DefaultMaxEntries = 5000; // per rule (the ThreatQuotient guide's figure)
    static constexpr int MaxMaxEntries = 100000;

    qint64 id = 0; // 0: not stored yet
    QString name;
    QStringList entries; // as typed or pasted (validated when the collection is resolved)
    QList<CollectionSource> sources;
    RuleTemplate rule;
    QList<ExportTarget> targets;
    std::optional<bool> aggregate; // unset: on for Block rules, off for Allow
    bool allowPrivate = false; // private ranges may be blocked
    QStringList ownNetworks; // the admin's protected entries ("10.0.0.0/8 # office")
    int maxEntries = DefaultMaxEntries;
    bool enabled = true; // exported on the profile's schedule

    QString baseName() const { return rule.name.trimmed().isEmpty() ? name.trimmed() : rule.name.trimmed(); }
    bool aggregates() const { return aggregate.value_or(rule.action == QLatin1String("Block")); }
    // The JSON of everything but id, name and entries.
    QJsonObject toDefinition() const;
    // Reads a definition back (unknown keys ignored, wrong values reported in *problems).
    static Collection fromDefinition(const QJsonObject &json, QStringList *problems = nullptr);
    // One sentence per problem (name, template, targets, limits).
    QStringList problems() const;
};

} // namespace firewall
