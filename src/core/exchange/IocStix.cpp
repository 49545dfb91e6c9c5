// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocStix.h"

#include "opencti/CanonicalJson.h"
#include "opencti/StixBundleBuilder.h"
#include "opencti/StixIds.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRegularExpression>

namespace exchange {

namespace {

using namespace Qt::StringLiterals;
using opencti::StixIds;

const QString kSpecVersion = u"2.1"_s;
const QString kAuthorCreated = u"1970-01-01T00:00:00.000Z"_s;

QString hashAlgorithm(IocType type)
{
    switch (type) {
    case IocType::Sha256:
        return u"SHA-256"_s;
    case IocType::Sha1:
        return u"SHA-1"_s;
    case IocType::Md5:
        return u"MD5"_s;
    default:
        return {};
    }
}

// A STIX pattern literal: backslash and quote escaped with a backslash.
QString literal(const QString &value)
{
    QString out = value;
    out.replace(u'\\', u"\\\\"_s);
    out.replace(u'\'', u"\\'"_s);
    return u'\'' + out + u'\'';
}

} // namespace

QString IocStix::pattern(IocType type, const QString &value)
{
    const QString algorithm = hashAlgorithm(type);
    if (!algorithm.isEmpty()) {
        const QString p = opencti::StixBundleBuilder::hashPattern(algorithm, value);
        if (!p.isNull())
            return p;
        return u"[file:hashes."_s + literal(algorithm) + u" = "_s + literal(value) + u']';
    }
    return u'[' + observableType(type) + u":value = "_s + literal(value) + u']';
}

QString IocStix::indicatorId(IocType type, const QString &value)
{
    return StixIds::indicator(pattern(type, value));
}

QString IocStix::observableType(IocType type)
{
    switch (type) {
    case IocType::Sha256:
    case IocType::Sha1:
    case IocType::Md5:
        return u"file"_s;
    case IocType::Url:
        return u"url"_s;
    case IocType::Dns:
        return u"domain-name"_s;
    case IocType::Ipv4:
        return u"ipv4-addr"_s;
    case IocType::Ipv6:
        return u"ipv6-addr"_s;
    }
    return {};
}

QString IocStix::observableId(IocType type, const QString &value)
{
    switch (type) {
    case IocType::Sha256:
    case IocType::Sha1:
    case IocType::Md5:
        return StixIds::file({{hashAlgorithm(type), value}});
    case IocType::Ipv4:
        return StixIds::ipv4Address(value);
    case IocType::Ipv6:
        return StixIds::ipv6Address(value);
    case IocType::Url:
    case IocType::Dns:
        break;
    }
    // url and domain-name: their one id-contributing property is "value" (STIX 2.1 sections 6.4, 6.15).
    return StixIds::generate(observableType(type), {{u"value"_s, value}});
}

QString IocStix::mainObservableType(IocType type)
{
    switch (type) {
    case IocType::Sha256:
    case IocType::Sha1:
    case IocType::Md5:
        return u"StixFile"_s;
    case IocType::Url:
        return u"Url"_s;
    case IocType::Dns:
        return u"Domain-Name"_s;
    case IocType::Ipv4:
        return u"IPv4-Addr"_s;
    case IocType::Ipv6:
        return u"IPv6-Addr"_s;
    }
    return {};
}

QString IocStix::sentinelOneThreatId(const QUrl &link)
{
    static const QRegularExpression page(u"/incidents/threats/([^/]+)/overview/?$"_s);
    if (!link.isValid() || (link.scheme() != u"https" && link.scheme() != u"http"))
        return {};
    const QRegularExpressionMatch m = page.match(link.path());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString IocStix::time(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u'Z';
}

QString IocStix::validFrom(const Ioc &ioc)
{
    if (ioc.firstSeen.isValid())
        return time(ioc.firstSeen);
    if (ioc.lastSeen.isValid())
        return time(ioc.lastSeen);
    return kAuthorCreated;
}

QString IocStix::authorId(const Options &options)
{
    return StixIds::identity(options.authorName, u"organization"_s);
}

QJsonObject IocStix::author(const Options &options)
{
    QJsonObject identity {{u"type"_s, u"identity"_s}, {u"spec_version"_s, kSpecVersion},
        {u"id"_s, authorId(options)}, {u"created"_s, kAuthorCreated}, {u"modified"_s, kAuthorCreated},
        {u"name"_s, options.authorName}, {u"identity_class"_s, u"organization"_s}};
    const QString marking = StixIds::tlpMarking(options.tlp);
    if (!marking.isNull())
        identity.insert(u"object_marking_refs"_s, QJsonArray {marking});
    return identity;
}

QJsonObject IocStix::marking(const Options &options)
{
    if (options.tlp.isEmpty())
        return {};
    return opencti::StixBundleBuilder::tlpMarkingObject(options.tlp);
}

QJsonObject IocStix::indicator(
    const Ioc &ioc, const QDateTime &validUntil, const QString &modified, const Options &options)
{
    const QString p = pattern(ioc.type, ioc.value);
    const QString from = validFrom(ioc);
    QJsonObject o {{u"type"_s, u"indicator"_s}, {u"spec_version"_s, kSpecVersion},
        {u"id"_s, StixIds::indicator(p)}, {u"created"_s, from},
        {u"modified"_s, modified.isEmpty() || modified < from ? from : modified},
        {u"created_by_ref"_s, authorId(options)},
        {u"name"_s, ioc.name.trimmed().isEmpty() ? ioc.value : ioc.name}, {u"pattern"_s, p},
        {u"pattern_type"_s, u"stix"_s}, {u"valid_from"_s, from}, {u"revoked"_s, false},
        {u"indicator_types"_s, QJsonArray {u"malicious-activity"_s}},
        {u"x_opencti_main_observable_type"_s, mainObservableType(ioc.type)}};
    const QString markingId = StixIds::tlpMarking(options.tlp);
    if (!markingId.isNull())
        o.insert(u"object_marking_refs"_s, QJsonArray {markingId});
    if (!ioc.description.isEmpty())
        o.insert(u"description"_s, ioc.description);
    if (!ioc.labels.isEmpty()) {
        QStringList labels = ioc.labels;
        labels.sort();
        o.insert(u"labels"_s, QJsonArray::fromStringList(labels));
    }
    if (ioc.score >= 0)
        o.insert(u"x_opencti_score"_s, ioc.score);
    // STIX and OpenCTI want valid_until after valid_from; a time the same or earlier is left out.
    if (validUntil.isValid() && time(validUntil) > from)
        o.insert(u"valid_until"_s, time(validUntil));
    if (const QString threat = sentinelOneThreatId(ioc.link); !threat.isNull())
        o.insert(u"external_references"_s,
            QJsonArray {QJsonObject {{u"source_name"_s, u"SentinelOne"_s}, {u"external_id"_s, threat},
                {u"url"_s, ioc.link.toString(QUrl::FullyEncoded)}}});
    return o;
}

QJsonArray IocStix::objects(
    const Ioc &ioc, const QDateTime &validUntil, const QString &modified, const Options &options)
{
    const QJsonObject ind = indicator(ioc, validUntil, modified, options);
    const QString indicatorRef = ind.value(u"id"_s).toString();
    const QString type = observableType(ioc.type);
    const QString observableRef = observableId(ioc.type, ioc.value);
    QJsonObject observable {{u"type"_s, type}, {u"spec_version"_s, kSpecVersion}, {u"id"_s, observableRef},
        {u"x_opencti_created_by_ref"_s, authorId(options)}};
    if (type == u"file")
        observable.insert(u"hashes"_s, QJsonObject {{hashAlgorithm(ioc.type), ioc.value}});
    else
        observable.insert(u"value"_s, ioc.value);
    if (ioc.score >= 0)
        observable.insert(u"x_opencti_score"_s, ioc.score);
    const QString from = ind.value(u"created"_s).toString();
    QJsonObject relationship {{u"type"_s, u"relationship"_s}, {u"spec_version"_s, kSpecVersion},
        {u"id"_s, StixIds::relationship(u"based-on"_s, indicatorRef, observableRef)}, {u"created"_s, from},
        {u"modified"_s, ind.value(u"modified"_s)}, {u"created_by_ref"_s, authorId(options)},
        {u"relationship_type"_s, u"based-on"_s}, {u"source_ref"_s, indicatorRef},
        {u"target_ref"_s, observableRef}};
    if (const QJsonValue markings = ind.value(u"object_marking_refs"_s); markings.isArray()) {
        observable.insert(u"object_marking_refs"_s, markings);
        relationship.insert(u"object_marking_refs"_s, markings);
    }
    return {ind, observable, relationship};
}

QJsonObject IocStix::revokedIndicator(const Ioc &ioc, const QString &modified, const Options &options)
{
    QJsonObject o = indicator(ioc, {}, modified, options);
    o.insert(u"revoked"_s, true);
    // Detection rules that read valid_until stop at once; a revocation at the Unix epoch has none.
    if (modified > o.value(u"valid_from"_s).toString())
        o.insert(u"valid_until"_s, modified);
    return o;
}

QJsonObject IocStix::bundle(const QJsonArray &objects, const Options &options)
{
    QJsonArray all {author(options)};
    if (const QJsonObject m = marking(options); !m.isEmpty())
        all.append(m);
    for (const QJsonValue &o : objects)
        all.append(o);
    const QByteArray hash
        = QCryptographicHash::hash(opencti::CanonicalJson::serialize(all), QCryptographicHash::Sha256)
              .toHex();
    return QJsonObject {{u"type"_s, u"bundle"_s},
        {u"id"_s, StixIds::generate(u"bundle"_s, {{u"objects_sha256"_s, QString::fromLatin1(hash)}})},
        {u"objects"_s, all}};
}

} // namespace exchange
