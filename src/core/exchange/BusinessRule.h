// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Ioc.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace exchange {

class IocStore;

// One value pattern of a business rule (include, exclude, exclusion list), written as text:
// - "re:EXPRESSION": a regular expression (case-insensitive) found anywhere in the normalized value
//   (anchor it with ^ and $ for the whole value);
// - an IPv4 or IPv6 network "10.0.0.0/8", "2001:db8::/32" or a single address: IPV4 and IPV6 values
//   in it, and URLs whose host is such an address;
// - a domain "example.com" (a leading "*." or "." is ignored): DNS values equal to it or under it,
//   and URLs whose host is;
// - a hash or a URL: that value exactly (after normalization).
class ValuePattern
{
    Q_DECLARE_TR_FUNCTIONS(ValuePattern)
public:
    enum class Kind { Regex, Network, DomainSuffix, Exact };

    // std::nullopt with *problem (what is wrong and what is expected) for text that is none of the above.
    static std::optional<ValuePattern> parse(const QString &text, QString *problem);

    bool matches(const Ioc &ioc) const;
    Kind kind() const { return m_kind; }
    QString text() const { return m_text; } // as given (trimmed)

private:
    Kind m_kind = Kind::Exact;
    QString m_text;
    QString m_value; // DomainSuffix: the domain; Exact: the normalized value
    QRegularExpression m_regex;
    std::pair<QHostAddress, int> m_network;
};

// A business rule: a named filter over the IOC store deciding what a sharing configuration shares.
// Every condition that is set must hold (an empty list or -1/0 sets none):
// - types: the IOC's type is one of them;
// - sourceIds: one of the sources that report the IOC is one of them;
// - labels: the IOC has one of them (case-insensitive);
// - minSeverity (0..7) / minScore (0..100): the IOC has a severity / score of at least that
//   (an IOC without one does not pass);
// - seenWithinDays: the IOC was last seen (or, with no last seen, first seen) within that many days
//   before now (an IOC without either does not pass);
// - include: the value matches one of these patterns (ValuePattern);
// - exclude: the value matches none of these;
// - exclusionList: what must never be shared (the organisation's own domains and ranges): a match
//   refuses the IOC whatever the other conditions say.
class BusinessRule
{
    Q_DECLARE_TR_FUNCTIONS(BusinessRule)
public:
    QString name;
    QList<IocType> types;
    QStringList sourceIds;
    QStringList labels;
    int minSeverity = -1;
    int minScore = -1;
    int seenWithinDays = 0;
    QStringList include;
    QStringList exclude;
    QStringList exclusionList;

    // {"name", "types": ["SHA256", ...], "sources", "labels", "minSeverity", "minScore",
    //  "seenWithinDays", "include", "exclude", "exclusionList"}; unset conditions are left out.
    QJsonObject toJson() const;
    // The inverse of toJson(), validated: std::nullopt with *problems (one sentence per problem,
    // each naming the field and what is expected) when anything is wrong, unknown fields included.
    static std::optional<BusinessRule> fromJson(const QJsonObject &json, QStringList *problems);
    // The same problems for a rule built in code (empty: valid).
    QStringList validate() const;

    // Whether the rule lets `ioc` through. sourceIds: the sources that report it (IocRecord::sourceIds).
    // The value patterns are compiled on first use (the rule is not meant to be shared across threads
    // while in use; copy it).
    bool matches(const Ioc &ioc, const QStringList &sourceIds, const QDateTime &now) const;

private:
    struct Compiled
    {
        QList<ValuePattern> include, exclude, exclusionList;
        QStringList labels; // lower case
    };
    const Compiled &compiled() const;
    mutable std::optional<Compiled> m_compiled;
    mutable QStringList m_compiledFrom; // the inputs m_compiled was built from
};

// How many IOCs of the store the rule lets through, reading the store in pages (the live count of the
// rule editor). Types and sources are filtered by the store; the rest by matches(). cancelled: asked
// between pages; a cancelled count returns what was counted so far with *complete false.
qint64 countMatchingIocs(const IocStore &store, const BusinessRule &rule, const QDateTime &now,
    const std::function<bool()> &cancelled = {}, bool *complete = nullptr);

} // namespace exchange
