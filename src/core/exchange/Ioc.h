// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace exchange {

// The indicator types SentinelOne's threat-intelligence API takes (API-NOTES.md).
enum class IocType { Sha256, Sha1, Md5, Url, Dns, Ipv4, Ipv6 };

// The API's names, upper case: "SHA256", "SHA1", "MD5", "URL", "DNS", "IPV4", "IPV6".
QString iocTypeName(IocType type);
// The inverse of iocTypeName(); case-insensitive and trimmed ("sha256" is SHA256). Anything else
// (feed aliases such as "md5_hash" or "domain" are the file parser's business) is std::nullopt.
std::optional<IocType> iocTypeFromName(QStringView name);
// Every type, in the enum's order.
const QList<IocType> &allIocTypes();
// The hex length of a hash type (64, 40, 32), 0 for the others.
int iocHashLength(IocType type);
bool isIocHash(IocType type);

// One indicator of compromise. `value` is always the normalized form (IocNormalizer::normalize):
// two Iocs are the same indicator when type and value are equal.
struct Ioc
{
    IocType type = IocType::Sha256;
    QString value;
    QDateTime firstSeen; // invalid: unknown
    QDateTime lastSeen; // invalid: unknown
    QDateTime validUntil; // invalid: none given (the destination's default applies)
    int severity = -1; // -1: none, else 0..7
    int score = -1; // -1: none, else 0..100
    QString name;
    QString description;
    QStringList labels;
    QUrl link;

    // Folds another report of the same indicator into this one: the earliest first seen, the
    // latest last seen and valid until, the highest severity and score, the labels of both
    // (each once), and name, description and link where this one has none.
    void mergeFrom(const Ioc &other);
};

} // namespace exchange

Q_DECLARE_TYPEINFO(exchange::Ioc, Q_RELOCATABLE_TYPE);
