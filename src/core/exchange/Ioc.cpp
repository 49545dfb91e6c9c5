// SPDX-License-Identifier: GPL-3.0-or-later
#include "Ioc.h"

namespace exchange {

QString iocTypeName(IocType type)
{
    switch (type) {
    case IocType::Sha256:
        return QStringLiteral("SHA256");
    case IocType::Sha1:
        return QStringLiteral("SHA1");
    case IocType::Md5:
        return QStringLiteral("MD5");
    case IocType::Url:
        return QStringLiteral("URL");
    case IocType::Dns:
        return QStringLiteral("DNS");
    case IocType::Ipv4:
        return QStringLiteral("IPV4");
    case IocType::Ipv6:
        return QStringLiteral("IPV6");
    }
    return {};
}

std::optional<IocType> iocTypeFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (IocType type : allIocTypes()) {
        if (trimmed.compare(iocTypeName(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

const QList<IocType> &allIocTypes()
{
    static const QList<IocType> types {IocType::Sha256, IocType::Sha1, IocType::Md5, IocType::Url,
        IocType::Dns, IocType::Ipv4, IocType::Ipv6};
    return types;
}

int iocHashLength(IocType type)
{
    switch (type) {
    case IocType::Sha256:
        return 64;
    case IocType::Sha1:
        return 40;
    case IocType::Md5:
        return 32;
    default:
        return 0;
    }
}

bool isIocHash(IocType type)
{
    return iocHashLength(type) > 0;
}

void Ioc::mergeFrom(const Ioc &other)
{
    if (other.firstSeen.isValid() && (!firstSeen.isValid() || other.firstSeen < firstSeen))
        firstSeen = other.firstSeen;
    if (other.lastSeen.isValid() && (!lastSeen.isValid() || other.lastSeen > lastSeen))
        lastSeen = other.lastSeen;
    if (other.validUntil.isValid() && (!validUntil.isValid() || other.validUntil > validUntil))
        validUntil = other.validUntil;
    severity = qMax(severity, other.severity);
    score = qMax(score, other.score);
    if (name.isEmpty())
        name = other.name;
    if (description.isEmpty())
        description = other.description;
    if (link.isEmpty())
        link = other.link;
    for (const QString &label : other.labels) {
        if (!labels.contains(label))
            labels.append(label);
    }
}

} // namespace exchange
