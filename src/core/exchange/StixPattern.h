// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Ioc.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace exchange {

// The one observable of a STIX 2.1 indicator pattern, as SentinelOne can take it.
struct StixObservable
{
    std::optional<IocType> type; // std::nullopt: refused, see reason
    QString value; // the compared literal, unescaped, not yet normalized
    QString reason;
};

// Reads STIX patterns of one equality on one observable:
//   [file:hashes.'SHA-256' = '...']  (also 'SHA-1', 'MD5', and the unquoted hashes.MD5 form)
//   [url:value = '...'] [domain-name:value = '...'] [ipv4-addr:value = '...'] [ipv6-addr:value = '...']
// Quoted literals are cut out first (with their \' and \\ escapes), so that an AND inside a quoted
// URL is no AND; a pattern with several comparisons or observations, another operator or another
// object is refused with a reason.
class StixPattern
{
    Q_DECLARE_TR_FUNCTIONS(StixPattern)
public:
    StixPattern() = delete;
    static StixObservable parseSingle(QStringView pattern);
};

} // namespace exchange
