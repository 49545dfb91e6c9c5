// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace net {
class ApiCall;
}

namespace s1 {

// Records and rules of SentinelOne's threat-intelligence IOC API (/web/api/v2.1/threat-intelligence/
// iocs, API-NOTES.md). The calls themselves are S1Client::addIocs(), listIocs() and deleteIocs()
// (implemented in S1ThreatIntel.cpp). This folder does not know exchange::Ioc: the exchange layer
// turns its IOCs into IocItem.

// Where IOCs live on the console: one account, one site or one group. Never empty: a POST without
// a scope was seen answering 500, so the client refuses a scope without an id.
struct IocScope
{
    Q_DECLARE_TR_FUNCTIONS(IocScope)
public:
    enum class Kind { Account, Site, Group };

    Kind kind = Kind::Account;
    QString id;

    static IocScope account(const QString &id) { return {Kind::Account, id}; }
    static IocScope site(const QString &id) { return {Kind::Site, id}; }
    static IocScope group(const QString &id) { return {Kind::Group, id}; }

    // Empty when the scope names one account, site or group by its numeric id; else a sentence.
    QString problem() const;
    // "accountIds", "siteIds" or "groupIds".
    QString filterKey() const;
    // {"accountIds":["<id>"]} (or siteIds, groupIds): the filter of a POST or DELETE.
    QJsonObject filter() const;
    // "account 225494730938493804", for messages.
    QString text() const;
    // "account:ID", "site:ID", "group:ID" (the CLI's --scope) and back; nullopt when unreadable.
    QString toString() const;
    static std::optional<IocScope> fromString(const QString &text);

    friend bool operator==(const IocScope &, const IocScope &) = default;
};

// One IOC to create (or refresh) on the console: an item of POST /threat-intelligence/iocs.
struct IocItem
{
    QString type; // upper case: DNS, IPV4, IPV6, MD5, SHA1, SHA256, URL
    QString value;
    QString source; // free text, e.g. "S1 Bridge"; required by the API
    QString externalId; // this tool's key, read back with listIocs() to reconcile a lost answer
    QDateTime validUntil; // invalid: the console's default per type
    QDateTime creationTime; // invalid: none
    QString name;
    QString description;
    int severity = -1; // -1: none, else 0..7
    int originalRiskScore = -1; // -1: none, else 0..100
    QStringList labels;
    QStringList references; // links (the API's "reference")

    // The item as the API takes it: method EQUALS, times as YYYY-MM-DDTHH:MM:SSZ (UTC).
    QJsonObject toJson() const;
};

// An IOC as the console stored it (the answer of a POST, a page of a GET).
struct StoredIoc
{
    QString uuid;
    QString batchId;
    QString type;
    QString value;
    QString source;
    QString externalId;
    QString name;
    QString description;
    QDateTime validUntil, creationTime, uploadTime, updatedAt;
    QString scope; // "account", "site", "group", "global"
    QString scopeId;

    bool isValid() const { return !uuid.isEmpty(); }
    static StoredIoc fromJson(const QJsonObject &object);
};

// One item a 400 refused, from errors[].detail (a JSON object, a JSON text or a Python-repr-like
// text such as {'value': 'x', 'type': 'IPV4', 'error': '...'}); value and type as sent.
struct IocRejection
{
    int index = -1; // position in the request's data[] when the console named it ("data[3]..."), else -1
    QString value;
    QString type;
    QString reason; // the console's words

    friend bool operator==(const IocRejection &, const IocRejection &) = default;
};

// What a call to addIocs() came to: the stored IOCs, or the error with the items a 400 named.
struct IocAddResult
{
    bool ok = false;
    // The answer was lost after the POST was sent (ApiError::outcomeUnknown): the IOCs may have been
    // stored. Read them back (listIocs by externalId within the scope) before sending them again.
    bool outcomeUnknown = false;
    QList<StoredIoc> stored;
    QList<IocRejection> rejected; // for a 400 that named items; the others were not stored either

    static IocAddResult fromCall(const net::ApiCall &call);
};

// Filters of GET /threat-intelligence/iocs. The scope is required (never an empty filter). The API
// lists by account or site only: with a group scope the request has no scope filter, and the
// answer holds every IOC the token sees that matches the other filters (keep the group's by their
// scope and scopeId).
struct IocFilter
{
    IocScope scope;
    QString externalId; // one (the API takes a single value)
    QString value;
    QString type; // upper case, one
    QStringList sources;
    QStringList uuids; // at most 5,000 (refused beyond)
    QDateTime updatedFrom; // updatedAt__gte (reading back what a lost answer may have stored); invalid: none
};

// Parsing helpers (public for tests).
namespace threatintel {
// The data[] of a POST answer or a GET page.
QList<StoredIoc> iocsFromData(const QJsonValue &data);
// The rejected items of an {"errors":[...]} envelope. sentItems: the request's data[] (fills value
// and type from the index when the detail names only a position).
QList<IocRejection> rejectionsFromErrors(const QJsonDocument &envelope, const QJsonArray &sentItems = {});
// Reads one errors[].detail: a JSON object, JSON text, Python-repr-like text or plain text.
QList<IocRejection> rejectionsFromDetail(const QJsonValue &detail);
// "2021-03-20T09:14:47Z", "2021-03-20T09:14:47.779000Z" or "2021-03-20 09:14:47.779000" (UTC).
QDateTime parseIocTime(const QString &text);
// YYYY-MM-DDTHH:MM:SSZ.
QString formatIocTime(const QDateTime &time);
// The types the API takes, upper case.
const QStringList &iocTypeNames();
} // namespace threatintel

} // namespace s1
