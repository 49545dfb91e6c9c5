// SPDX-License-Identifier: GPL-3.0-or-later
#include "Threat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace s1 {

namespace {
QString str(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 0);
    return {};
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (v.isString() && !v.toString().isEmpty())
            out << v.toString();
    }
    return out;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
} // namespace

QDateTime parseUtcTime(QStringView text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction]Z, position by position (QDateTime::fromString is many times
    // slower, and a share answer carries four times for each of thousands of IOCs).
    const auto digits = [text](qsizetype at, qsizetype n, int *out) {
        int v = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *out = v;
        return true;
    };
    if (text.size() < 20 || text[4] != u'-' || text[7] != u'-' || (text[10] != u'T' && text[10] != u' ')
        || text[13] != u':' || text[16] != u':' || text.back() != u'Z')
        return {};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(0, 4, &y) || !digits(5, 2, &mo) || !digits(8, 2, &d) || !digits(11, 2, &h)
        || !digits(14, 2, &mi) || !digits(17, 2, &sec))
        return {};
    int ms = 0;
    qsizetype at = 19;
    if (text[at] == u'.') {
        ++at;
        const qsizetype start = at;
        while (at < text.size() - 1 && text[at].isDigit()) {
            if (at - start < 3)
                ms = ms * 10 + (text[at].unicode() - u'0');
            ++at;
        }
        if (at == start)
            return {};
        for (qsizetype n = at - start; n < 3; ++n)
            ms *= 10;
    }
    if (at != text.size() - 1)
        return {};
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QDateTime parseApiTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (QDateTime fast = parseUtcTime(text); fast.isValid())
        return fast;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        // more than millisecond precision: cut the fraction to 3 digits
        const qsizetype dot = text.indexOf(u'.');
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < text.size() && text.at(end).isDigit())
                ++end;
            const QString trimmed = text.left(std::min(end, dot + 4)) + text.mid(end);
            t = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        }
    }
    if (t.isValid())
        t = t.toUTC();
    return t;
}

QString formatApiTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"));
}

Threat Threat::fromJson(const QJsonObject &o)
{
    Threat t;
    const QJsonObject info = o.value(QLatin1String("threatInfo")).toObject();
    const QJsonObject realtime = o.value(QLatin1String("agentRealtimeInfo")).toObject();
    const QJsonObject detection = o.value(QLatin1String("agentDetectionInfo")).toObject();

    t.id = str(o, QLatin1String("id"));
    if (t.id.isEmpty())
        t.id = str(info, QLatin1String("threatId"));
    t.name = str(info, QLatin1String("threatName"));
    t.filePath = str(info, QLatin1String("filePath"));
    t.fileDisplayName = str(info, QLatin1String("fileDisplayName"));
    if (t.fileDisplayName.isEmpty() && !t.filePath.isEmpty())
        t.fileDisplayName
            = t.filePath.mid(std::max(t.filePath.lastIndexOf(u'/'), t.filePath.lastIndexOf(u'\\')) + 1);
    t.sha1 = str(info, QLatin1String("sha1"));
    t.sha256 = str(info, QLatin1String("sha256"));
    t.md5 = str(info, QLatin1String("md5"));
    t.classification = str(info, QLatin1String("classification"));
    t.confidenceLevel = str(info, QLatin1String("confidenceLevel"));
    t.analystVerdict = str(info, QLatin1String("analystVerdict"));
    t.analystVerdictDescription = str(info, QLatin1String("analystVerdictDescription"));
    t.incidentStatus = str(info, QLatin1String("incidentStatus"));
    t.incidentStatusDescription = str(info, QLatin1String("incidentStatusDescription"));
    t.mitigationStatus = str(info, QLatin1String("mitigationStatus"));
    t.mitigationStatusDescription = str(info, QLatin1String("mitigationStatusDescription"));
    const QJsonArray engines = info.value(QLatin1String("detectionEngines")).toArray();
    for (const QJsonValue &e : engines) {
        const QString title
            = e.isObject() ? e.toObject().value(QLatin1String("title")).toString() : e.toString();
        if (!title.isEmpty())
            t.detectionEngines << title;
    }
    if (t.detectionEngines.isEmpty())
        t.detectionEngines = strings(info.value(QLatin1String("engines")));
    t.createdAt = parseApiTime(str(info, QLatin1String("createdAt")));
    t.updatedAt = parseApiTime(str(info, QLatin1String("updatedAt")));
    t.identifiedAtRaw = str(info, QLatin1String("identifiedAt"));
    t.identifiedAt = parseApiTime(t.identifiedAtRaw);

    t.computerName = str(realtime, QLatin1String("agentComputerName"));
    t.osType = str(realtime, QLatin1String("agentOsType"));
    t.osName = str(realtime, QLatin1String("agentOsName"));
    if (t.osName.isEmpty())
        t.osName = str(detection, QLatin1String("agentOsName"));
    const QJsonArray nics = realtime.value(QLatin1String("networkInterfaces")).toArray();
    for (const QJsonValue &v : nics) {
        const QJsonObject n = v.toObject();
        t.interfaces.append({str(n, QLatin1String("name")), strings(n.value(QLatin1String("inet"))),
            strings(n.value(QLatin1String("inet6"))), str(n, QLatin1String("physical"))});
    }
    t.agentIpV4 = str(detection, QLatin1String("agentIpV4"));
    t.agentIpV6 = str(detection, QLatin1String("agentIpV6"));
    t.externalIp = str(detection, QLatin1String("externalIp"));
    t.siteId = str(realtime, QLatin1String("siteId"));
    t.siteName = str(realtime, QLatin1String("siteName"));
    t.accountId = str(realtime, QLatin1String("accountId"));
    t.accountName = str(realtime, QLatin1String("accountName"));
    t.groupName = str(realtime, QLatin1String("groupName"));
    if (t.siteId.isEmpty()) {
        t.siteId = str(detection, QLatin1String("siteId"));
        t.siteName = str(detection, QLatin1String("siteName"));
    }
    if (t.accountId.isEmpty()) {
        t.accountId = str(detection, QLatin1String("accountId"));
        t.accountName = str(detection, QLatin1String("accountName"));
    }

    const QJsonArray indicators = o.value(QLatin1String("indicators")).toArray();
    for (const QJsonValue &iv : indicators) {
        const QJsonObject i = iv.toObject();
        ThreatIndicator ind {str(i, QLatin1String("category")), str(i, QLatin1String("description")), {}};
        const QJsonArray tactics = i.value(QLatin1String("tactics")).toArray();
        for (const QJsonValue &tv : tactics) {
            const QJsonObject ta = tv.toObject();
            MitreTactic tactic {str(ta, QLatin1String("name")), str(ta, QLatin1String("source")), {}};
            const QJsonArray techniques = ta.value(QLatin1String("techniques")).toArray();
            for (const QJsonValue &tq : techniques) {
                const QJsonObject te = tq.toObject();
                tactic.techniques.append({str(te, QLatin1String("name")), str(te, QLatin1String("link"))});
            }
            ind.tactics.append(tactic);
        }
        t.indicators.append(ind);
    }
    return t;
}

QString Threat::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name;
    if (!fileDisplayName.isEmpty())
        return fileDisplayName;
    if (!filePath.isEmpty())
        return filePath;
    return QCoreApplication::translate("s1::Threat", "Unnamed threat");
}

QStringList Threat::techniqueIds() const
{
    QStringList ids;
    for (const ThreatIndicator &i : indicators)
        for (const MitreTactic &tactic : i.tactics)
            for (const MitreTechnique &technique : tactic.techniques)
                if (!technique.id.isEmpty() && !ids.contains(technique.id))
                    ids << technique.id;
    return ids;
}

QStringList Threat::ipAddresses() const
{
    QStringList v4, v6;
    for (const NetworkInterface &n : interfaces) {
        for (const QString &a : n.inet)
            if (!v4.contains(a))
                v4 << a;
        for (const QString &a : n.inet6)
            if (!v6.contains(a))
                v6 << a;
    }
    if (!agentIpV4.isEmpty() && !v4.contains(agentIpV4))
        v4 << agentIpV4;
    if (!agentIpV6.isEmpty() && !v6.contains(agentIpV6))
        v6 << agentIpV6;
    return v4 + v6;
}

QJsonObject Threat::toJson() const
{
    QJsonArray mitre;
    for (const ThreatIndicator &i : indicators) {
        for (const MitreTactic &tactic : i.tactics) {
            QJsonArray techniques;
            for (const MitreTechnique &technique : tactic.techniques)
                techniques.append(QJsonObject {
                    {QStringLiteral("id"), technique.id}, {QStringLiteral("link"), technique.link}});
            mitre.append(QJsonObject {{QStringLiteral("category"), i.category},
                {QStringLiteral("tactic"), tactic.name}, {QStringLiteral("techniques"), techniques}});
        }
    }
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(formatApiTime(t)) : QJsonValue(); };
    auto opt = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("filePath"), filePath},
        {QStringLiteral("sha1"), opt(sha1)},
        {QStringLiteral("sha256"), opt(sha256)},
        {QStringLiteral("md5"), opt(md5)},
        {QStringLiteral("classification"), classification},
        {QStringLiteral("confidenceLevel"), confidenceLevel},
        {QStringLiteral("analystVerdict"), analystVerdict},
        {QStringLiteral("incidentStatus"), incidentStatus},
        {QStringLiteral("mitigationStatus"), mitigationStatus},
        {QStringLiteral("detectionEngines"), toArray(detectionEngines)},
        {QStringLiteral("createdAt"), time(createdAt)},
        {QStringLiteral("updatedAt"), time(updatedAt)},
        {QStringLiteral("identifiedAt"), opt(identifiedAtRaw)},
        {QStringLiteral("endpoint"),
            QJsonObject {{QStringLiteral("computerName"), computerName}, {QStringLiteral("osType"), osType},
                {QStringLiteral("osName"), osName}, {QStringLiteral("ipAddresses"), toArray(ipAddresses())},
                {QStringLiteral("externalIp"), opt(externalIp)}}},
        {QStringLiteral("siteId"), siteId},
        {QStringLiteral("siteName"), siteName},
        {QStringLiteral("accountId"), accountId},
        {QStringLiteral("accountName"), accountName},
        {QStringLiteral("mitre"), mitre},
    };
}

} // namespace s1
