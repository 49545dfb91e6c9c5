// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectionResolver.h"

#include "exchange/BusinessRule.h"
#include "exchange/IocStore.h"
#include "firewall/IpSet.h"

#include <QFile>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace firewall {

CollectionResolver::CollectionResolver(QObject *parent)
    : QObject(parent)
{ }

CollectionResolver::~CollectionResolver()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void CollectionResolver::add(const ParsedCollection &parsed, const QString &where)
{
    m_entries += parsed.entries;
    m_result.typed += int(parsed.entries.size());
    for (LineProblem p : parsed.rejected) {
        p.reason = tr("%1, line %2: %3").arg(where).arg(p.line).arg(p.reason);
        m_result.rejected << p;
    }
    for (LineProblem p : parsed.warnings) {
        p.reason = tr("%1, line %2: %3").arg(where).arg(p.line).arg(p.reason);
        m_result.warnings << p;
    }
}

void CollectionResolver::resolve(
    const Collection &collection, const QStringList &protectedHosts, exchange::IocStore *iocStore)
{
    m_collection = collection;
    m_result = {};
    m_entries.clear();
    m_urls.clear();
    m_hostNames.clear();
    m_protected = ProtectedList();
    m_protected.setAllowPrivate(collection.allowPrivate);
    for (const QString &line : m_protected.setOwnEntries(collection.ownNetworks))
        m_result.warnings << LineProblem {0, QString(), tr("Protected networks: %1").arg(line)};
    for (const QString &host : protectedHosts) {
        if (host.isEmpty())
            continue;
        const auto r = m_protected.addHost(host, tr("the address of %1").arg(host));
        if (r.kind == ProtectedList::HostKind::NeedsResolution && !m_hostNames.contains(r.host))
            m_hostNames << r.host;
    }

    add(IpCollectionParser::parseEntries(collection.entries), tr("Typed entries"));
    for (const CollectionSource &source : collection.sources) {
        switch (source.kind) {
        case CollectionSource::Kind::File: {
            QFile file(source.path);
            if (!file.open(QIODevice::ReadOnly)) {
                m_result.error
                    = tr("The collection's file %1 cannot be read (%2): check the path, or remove the "
                         "source from the collection.")
                          .arg(source.path, file.errorString());
                return finish();
            }
            add(IpCollectionParser::parse(file.readAll()), tr("File %1").arg(source.path));
            break;
        }
        case CollectionSource::Kind::Url:
            m_urls << source.url;
            break;
        case CollectionSource::Kind::Iocs: {
            if (!iocStore) {
                m_result.error
                    = tr("The collection takes IOCs of the exchange, but the IOC database is not open.");
                return finish();
            }
            exchange::IocFilter filter;
            filter.types = {exchange::IocType::Ipv4, exchange::IocType::Ipv6};
            for (const exchange::IocSource &s : iocStore->sources()) {
                if (source.iocSources.contains(s.name))
                    filter.sourceIds << s.id;
            }
            if (filter.sourceIds.size() < source.iocSources.size()) {
                m_result.error
                    = tr("The collection takes the IOCs of %1, but not all of these sources exist any "
                         "more: edit the collection's sources.")
                          .arg(source.iocSources.join(u", "_s));
                return finish();
            }
            std::optional<exchange::BusinessRule> rule;
            if (!source.rule.isEmpty()) {
                const auto stored = iocStore->rule(source.rule);
                QStringList problems;
                if (stored)
                    rule = exchange::BusinessRule::fromJson(stored->definition, &problems);
                if (!rule) {
                    m_result.error
                        = tr("The collection takes IOCs through the business rule \"%1\", which does "
                             "not exist (or cannot be read): edit the collection's sources.")
                              .arg(source.rule);
                    return finish();
                }
            }
            QStringList values;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            qint64 after = 0;
            for (;;) {
                const QList<exchange::IocRecord> page = iocStore->list(filter, after, 5000);
                for (const exchange::IocRecord &r : page) {
                    if (!rule || rule->matches(r.ioc, r.sourceIds, now))
                        values << r.ioc.value;
                }
                if (page.size() < 5000)
                    break;
                after = page.last().id;
            }
            add(IpCollectionParser::parseEntries(values), source.text());
            break;
        }
        }
    }
    QTimer::singleShot(0, this, &CollectionResolver::nextUrl);
}

void CollectionResolver::cancel()
{
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void CollectionResolver::nextUrl()
{
    if (m_cancelled)
        return finish();
    if (m_urls.isEmpty())
        return nextHost();
    const QUrl url = m_urls.takeFirst();
    if (!m_nam)
        m_nam = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"S1 Bridge"_s);
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxUrlBytes && m_reply)
            m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::finished, this, [this, url, reply = m_reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString where = url.toDisplayString();
        if (m_cancelled)
            return finish();
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            m_result.error = tr("The list at %1 is larger than %2 MiB: S1 Bridge stopped reading it.")
                                 .arg(where)
                                 .arg(MaxUrlBytes >> 20);
            return finish();
        }
        if (status >= 400 || reply->error() != QNetworkReply::NoError) {
            m_result.error = status >= 400
                ? tr("The list at %1 answered HTTP %2: check the address; nothing was exported.")
                      .arg(where)
                      .arg(status)
                : tr("The list at %1 could not be read (%2): check the address and the network; nothing was "
                     "exported.")
                      .arg(where, reply->errorString());
            return finish();
        }
        const QByteArray body = reply->readAll();
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (type.contains(u"html"_s, Qt::CaseInsensitive) || body.trimmed().startsWith('<')) {
            m_result.error
                = tr("The list at %1 is a web page (HTML), not a list of addresses: check the address.")
                      .arg(where);
            return finish();
        }
        add(IpCollectionParser::parse(body), tr("URL %1").arg(where));
        nextUrl();
    });
}

void CollectionResolver::nextHost()
{
    if (m_cancelled || m_hostNames.isEmpty())
        return finish();
    const QString host = m_hostNames.takeFirst();
    m_lookupId = QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        m_lookupId = -1;
        for (const QHostAddress &a : info.addresses()) {
            QString reason;
            if (const auto address = IpAddress::parse(a.toString(), &reason))
                m_protected.addAddress(*address, tr("the address of %1").arg(host));
        }
        nextHost();
    });
}

void CollectionResolver::finish()
{
    if (m_result.error.isEmpty() && !m_cancelled) {
        // Protected entries leave first, so aggregation never makes a block around one.
        IpSet set = IpSet::build(m_entries);
        for (const IpSet::Merge &merge : set.merges())
            m_result.merges << merge.text();
        m_result.protectedEntries = m_protected.filter(set);
        if (m_collection.aggregates()) {
            IpSet::Options options;
            options.aggregate = true;
            set = IpSet::build(set.entries(), options);
            m_result.savedByAggregation = set.savedByAggregation();
        }
        m_result.values = set.canonicalValues();
        m_result.values.sort();
    }
    m_entries.clear();
    QTimer::singleShot(0, this, &CollectionResolver::resolved);
}

} // namespace firewall
