// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTaxii.h"

#include "OpenCtiStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace s1sim {

namespace {
const QByteArray kMediaType = "application/taxii+json;version=2.1";

QDateTime timeOf(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}
} // namespace

SimTaxii::SimTaxii(const OpenCtiStore &store)
    : m_store(store)
{ }

QString SimTaxii::collectionId()
{
    return u"9a1f0c52-7f36-4b0c-9d1e-0b7a5c3e2f11"_s;
}

void SimTaxii::setBasicAuth(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

SimTaxii::Reply SimTaxii::json(int status, const QByteArray &body)
{
    return Reply {status, kMediaType, body, {}};
}

SimTaxii::Reply SimTaxii::error(int status, const QString &title, const QString &description)
{
    return json(status,
        QJsonDocument(QJsonObject {{u"title"_s, title}, {u"description"_s, description},
                          {u"http_status"_s, QString::number(status)}})
            .toJson(QJsonDocument::Compact));
}

SimTaxii::Reply SimTaxii::handle(
    const QString &path, const QUrlQuery &query, const QByteArray &authorization, const QUrl &base) const
{
    if (!m_user.isEmpty()) {
        const QByteArray expected = "Basic " + (m_user + u':' + m_password).toUtf8().toBase64();
        if (authorization.trimmed() != expected) {
            Reply r = error(401, u"Unauthorized"_s, u"The credentials are missing or wrong."_s);
            r.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"taxii\"")});
            return r;
        }
    }
    QString p = path;
    if (!p.endsWith(u'/'))
        p += u'/';
    const QString root = u"/taxii2/opencti/"_s;
    const QJsonObject collection {{u"id"_s, collectionId()}, {u"title"_s, u"OpenCTI indicators"_s},
        {u"description"_s, u"Every indicator of the simulated OpenCTI"_s}, {u"can_read"_s, true},
        {u"can_write"_s, false}, {u"media_types"_s, QJsonArray {u"application/stix+json;version=2.1"_s}}};
    const auto compact = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    if (p == u"/taxii2/") {
        QUrl rootUrl = base;
        rootUrl.setPath(root);
        return json(200,
            compact(QJsonObject {{u"title"_s, u"S1 Bridge simulator TAXII server"_s},
                {u"description"_s, u"The simulated OpenCTI's indicators over TAXII 2.1"_s},
                {u"default"_s, rootUrl.toString()}, {u"api_roots"_s, QJsonArray {rootUrl.toString()}}}));
    }
    if (p == root)
        return json(200,
            compact(QJsonObject {{u"title"_s, u"OpenCTI"_s},
                {u"versions"_s, QJsonArray {QString::fromLatin1(kMediaType)}},
                {u"max_content_length"_s, 104857600}}));
    if (p == root + u"collections/")
        return json(200, compact(QJsonObject {{u"collections"_s, QJsonArray {collection}}}));
    const QString prefix = root + u"collections/"_s + collectionId() + u'/';
    if (p == prefix)
        return json(200, compact(collection));
    if (p == prefix + u"objects/")
        return objects(query);
    if (p.startsWith(root + u"collections/"))
        return error(404, u"Not found"_s, u"There is no such collection."_s);
    return error(404, u"Not found"_s, u"There is no TAXII resource at this address."_s);
}

SimTaxii::Reply SimTaxii::objects(const QUrlQuery &query) const
{
    struct Item
    {
        QDateTime added;
        QString addedText;
        const OpenCtiObject *object;
    };
    QList<Item> items;
    const QString addedAfterText = query.queryItemValue(u"added_after"_s, QUrl::FullyDecoded);
    const QDateTime addedAfter = timeOf(addedAfterText);
    if (!addedAfterText.isEmpty() && !addedAfter.isValid())
        return error(400, u"Bad request"_s, u"added_after is not a timestamp"_s);
    for (const QString &id : m_store.objectOrder) {
        const auto it = m_store.objects.constFind(id);
        if (it == m_store.objects.cend() || it->stix.value(u"type"_s).toString() != u"indicator")
            continue;
        const QDateTime added = timeOf(it->updatedAt);
        if (addedAfter.isValid() && added <= addedAfter)
            continue;
        items.append(Item {added, added.toString(Qt::ISODateWithMs), &*it});
    }
    std::stable_sort(
        items.begin(), items.end(), [](const Item &a, const Item &b) { return a.added < b.added; });
    bool ok = true;
    const QString limitText = query.queryItemValue(u"limit"_s);
    const int limit = limitText.isEmpty() ? 100 : std::clamp(limitText.toInt(&ok), 1, 1000);
    if (!ok)
        return error(400, u"Bad request"_s, u"limit is not a number"_s);
    const QString nextText = query.queryItemValue(u"next"_s);
    const qsizetype offset = nextText.isEmpty() ? 0 : nextText.toLongLong(&ok);
    if (!ok || offset < 0)
        return error(400, u"Bad request"_s, u"next is not one this server gave"_s);
    QJsonArray objects;
    const qsizetype end = std::min<qsizetype>(items.size(), offset + limit);
    for (qsizetype i = offset; i < end; ++i)
        objects.append(items.at(i).object->stix);
    QJsonObject envelope {{u"more"_s, end < items.size()}};
    if (end < items.size())
        envelope.insert(u"next"_s, QString::number(end));
    if (!objects.isEmpty())
        envelope.insert(u"objects"_s, objects);
    Reply r = json(200, QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    if (offset < end) {
        r.headers.append({QByteArray("X-TAXII-Date-Added-First"), items.at(offset).addedText.toLatin1()});
        r.headers.append({QByteArray("X-TAXII-Date-Added-Last"), items.at(end - 1).addedText.toLatin1()});
    }
    return r;
}

} // namespace s1sim
