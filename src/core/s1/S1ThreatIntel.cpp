// SPDX-License-Identifier: GPL-3.0-or-later
// Threat-intelligence IOCs: the records of S1ThreatIntel.h and S1Client's addIocs, listIocs and
// deleteIocs (kept here so S1Client.cpp stays about threats, notes, sites and accounts).
#include "S1ThreatIntel.h"

#include "S1Client.h"
#include "Threat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace s1 {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isNumericId(const QString &id)
{
    if (id.isEmpty() || id.size() > 20)
        return false;
    for (const QChar c : id) {
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    }
    return true;
}

// QUrlQuery leaves '+' as it is, which servers read as a space: a value (a URL IOC) keeps it encoded.
QString queryValue(QString value)
{
    return value.replace(u'+', QLatin1String("%2B"));
}

QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

// A Python literal (dict/list repr: 'single' or "double" quoted strings, None, True, False) as JSON.
QByteArray pythonReprToJson(QStringView text)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'\'' || c == u'"') {
            QString value;
            ++i;
            while (i < text.size() && text[i] != c) {
                if (text[i] == u'\\' && i + 1 < text.size()) {
                    const QChar next = text[i + 1];
                    value += next == u'n' ? QChar(u'\n') : next == u't' ? QChar(u'\t') : next;
                    i += 2;
                    continue;
                }
                value += text[i++];
            }
            ++i; // the closing quote
            out += jsonString(value);
            continue;
        }
        if (c.isLetter()) {
            qsizetype end = i;
            while (end < text.size() && (text[end].isLetterOrNumber() || text[end] == u'_'))
                ++end;
            const QStringView word = text.mid(i, end - i);
            out += word == u"None" ? QStringLiteral("null")
                : word == u"True"  ? QStringLiteral("true")
                : word == u"False" ? QStringLiteral("false")
                                   : word.toString();
            i = end;
            continue;
        }
        out += c;
        ++i;
    }
    return out.toUtf8();
}

std::optional<QJsonValue> parseStructured(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error {};
    QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        doc = QJsonDocument::fromJson(pythonReprToJson(text), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

int indexIn(const QString &text)
{
    static const QRegularExpression position(QStringLiteral("data\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = position.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

IocRejection rejectionFromObject(const QJsonObject &o)
{
    IocRejection r;
    r.value = textOf(o.value(QLatin1String("value")));
    r.type = textOf(o.value(QLatin1String("type"))).toUpper();
    for (const char *key : {"error", "reason", "message", "detail", "msg", "errors"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty()) {
            r.reason = v.toString();
            break;
        }
        if (v.isArray() || v.isObject()) {
            r.reason
                = QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            break;
        }
    }
    if (r.reason.isEmpty())
        r.reason = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    const QJsonValue index = o.value(QLatin1String("index"));
    r.index = index.isDouble() ? index.toInt() : indexIn(r.reason);
    return r;
}

} // namespace

// --- IocScope ---------------------------------------------------------------------------------------

QString IocScope::problem() const
{
    if (id.trimmed().isEmpty())
        return tr("Choose the scope of the IOCs: one account, site or group (the console answers a "
                  "request without a scope with an internal error).");
    if (!isNumericId(id))
        return tr("The scope's id \"%1\" is not a SentinelOne id: expected a number such as "
                  "225494730938493804.")
            .arg(id.left(40));
    return {};
}

QString IocScope::filterKey() const
{
    switch (kind) {
    case Kind::Account:
        return QStringLiteral("accountIds");
    case Kind::Site:
        return QStringLiteral("siteIds");
    case Kind::Group:
        return QStringLiteral("groupIds");
    }
    return {};
}

QJsonObject IocScope::filter() const
{
    return QJsonObject {{filterKey(), QJsonArray {id}}};
}

QString IocScope::text() const
{
    switch (kind) {
    case Kind::Account:
        return tr("account %1").arg(id);
    case Kind::Site:
        return tr("site %1").arg(id);
    case Kind::Group:
        return tr("group %1").arg(id);
    }
    return {};
}

QString IocScope::toString() const
{
    static const char *names[] = {"account", "site", "group"};
    return QLatin1String(names[int(kind)]) + u':' + id;
}

std::optional<IocScope> IocScope::fromString(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const QString kind = text.left(colon).trimmed().toLower();
    const QString id = text.mid(colon + 1).trimmed();
    if (id.isEmpty())
        return std::nullopt;
    if (kind == QLatin1String("account"))
        return account(id);
    if (kind == QLatin1String("site"))
        return site(id);
    if (kind == QLatin1String("group"))
        return group(id);
    return std::nullopt;
}

// --- records -----------------------------------------------------------------------------------------

QJsonObject IocItem::toJson() const
{
    QJsonObject o {{QStringLiteral("type"), type.toUpper()}, {QStringLiteral("value"), value},
        {QStringLiteral("method"), QStringLiteral("EQUALS")}, {QStringLiteral("source"), source}};
    if (!externalId.isEmpty())
        o.insert(QStringLiteral("externalId"), externalId);
    if (validUntil.isValid())
        o.insert(QStringLiteral("validUntil"), threatintel::formatIocTime(validUntil));
    if (creationTime.isValid())
        o.insert(QStringLiteral("creationTime"), threatintel::formatIocTime(creationTime));
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    if (severity >= 0)
        o.insert(QStringLiteral("severity"), severity);
    if (originalRiskScore >= 0)
        o.insert(QStringLiteral("originalRiskScore"), originalRiskScore);
    if (!labels.isEmpty())
        o.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    if (!references.isEmpty())
        o.insert(QStringLiteral("reference"), QJsonArray::fromStringList(references));
    return o;
}

StoredIoc StoredIoc::fromJson(const QJsonObject &o)
{
    const auto text = [&o](const char *key) { return textOf(o.value(QLatin1String(key))); };
    StoredIoc ioc;
    ioc.uuid = text("uuid");
    ioc.batchId = text("batchId");
    ioc.type = text("type").toUpper();
    ioc.value = text("value");
    ioc.source = text("source");
    ioc.externalId = text("externalId");
    ioc.name = text("name");
    ioc.description = text("description");
    ioc.validUntil = threatintel::parseIocTime(text("validUntil"));
    ioc.creationTime = threatintel::parseIocTime(text("creationTime"));
    ioc.uploadTime = threatintel::parseIocTime(text("uploadTime"));
    ioc.updatedAt = threatintel::parseIocTime(text("updatedAt"));
    ioc.scope = text("scope");
    ioc.scopeId = text("scopeId");
    return ioc;
}

IocAddResult IocAddResult::fromCall(const net::ApiCall &call)
{
    IocAddResult result;
    const net::ApiError &error = call.error();
    if (!error.isError()) {
        result.ok = true;
        result.stored = threatintel::iocsFromData(call.data());
        return result;
    }
    result.outcomeUnknown = error.outcomeUnknown;
    if (error.kind == net::ApiError::Kind::BadRequest) {
        const QJsonArray sent
            = QJsonDocument::fromJson(call.request().body).object().value(QLatin1String("data")).toArray();
        result.rejected = threatintel::rejectionsFromErrors(call.errorJson(), sent);
    }
    return result;
}

// --- parsing -----------------------------------------------------------------------------------------

namespace threatintel {

const QStringList &iocTypeNames()
{
    static const QStringList names {QStringLiteral("DNS"), QStringLiteral("IPV4"), QStringLiteral("IPV6"),
        QStringLiteral("MD5"), QStringLiteral("SHA1"), QStringLiteral("SHA256"), QStringLiteral("URL")};
    return names;
}

QDateTime parseIocTime(const QString &input)
{
    if (QDateTime fast = parseUtcTime(input); fast.isValid())
        return fast;
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (text.size() > 10 && text.at(10) == u' ')
        text[10] = u'T';
    bool zoned = text.endsWith(u'Z') || text.lastIndexOf(u'+') > 10 || text.lastIndexOf(u'-') > 10;
    if (!zoned)
        text += u'Z';
    // Qt reads up to milliseconds: cut a longer fraction ("...47.779000Z").
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    text.replace(fraction, QStringLiteral("\\1"));
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString formatIocTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QList<StoredIoc> iocsFromData(const QJsonValue &data)
{
    QList<StoredIoc> iocs;
    const QJsonArray array = data.toArray();
    iocs.reserve(array.size());
    for (const QJsonValue &v : array) {
        StoredIoc ioc = StoredIoc::fromJson(v.toObject());
        if (ioc.isValid())
            iocs.append(std::move(ioc));
    }
    return iocs;
}

QList<IocRejection> rejectionsFromDetail(const QJsonValue &detail)
{
    QList<IocRejection> out;
    if (detail.isObject()) {
        out.append(rejectionFromObject(detail.toObject()));
        return out;
    }
    if (detail.isArray()) {
        const QJsonArray array = detail.toArray();
        for (const QJsonValue &v : array) {
            if (v.isObject())
                out.append(rejectionFromObject(v.toObject()));
            else if (v.isString())
                out += rejectionsFromDetail(v);
        }
        return out;
    }
    if (!detail.isString())
        return out;
    const QString text = detail.toString().trimmed();
    if (text.isEmpty())
        return out;
    // Structured text, maybe after some words ("Invalid IOCs: [{'value': ...}]").
    const qsizetype brace = text.indexOf(QRegularExpression(QStringLiteral("[\\[{]")));
    if (brace >= 0) {
        if (const auto parsed = parseStructured(QStringView(text).mid(brace))) {
            QList<IocRejection> structured = rejectionsFromDetail(*parsed);
            if (!structured.isEmpty()) {
                if (brace > 0) {
                    const QString lead = text.left(brace).trimmed();
                    for (IocRejection &r : structured) {
                        if (r.reason.isEmpty())
                            r.reason = lead;
                    }
                }
                return structured;
            }
        }
    }
    IocRejection r;
    r.reason = text;
    r.index = indexIn(text);
    out.append(r);
    return out;
}

QList<IocRejection> rejectionsFromErrors(const QJsonDocument &envelope, const QJsonArray &sentItems)
{
    QList<IocRejection> out;
    const QJsonArray errors = envelope.object().value(QLatin1String("errors")).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonObject error = e.toObject();
        QList<IocRejection> found = rejectionsFromDetail(error.value(QLatin1String("detail")));
        if (found.isEmpty() && !error.value(QLatin1String("title")).toString().isEmpty()) {
            IocRejection r;
            r.reason = error.value(QLatin1String("title")).toString();
            r.index = indexIn(r.reason);
            found.append(r);
        }
        for (IocRejection &r : found) {
            if (r.index >= 0 && r.index < sentItems.size() && r.value.isEmpty()) {
                const QJsonObject item = sentItems.at(r.index).toObject();
                r.value = textOf(item.value(QLatin1String("value")));
                r.type = textOf(item.value(QLatin1String("type"))).toUpper();
            } else if (r.index < 0 && !r.value.isEmpty()) {
                for (qsizetype i = 0; i < sentItems.size(); ++i) {
                    const QJsonObject item = sentItems.at(i).toObject();
                    if (item.value(QLatin1String("value")).toString() == r.value
                        && (r.type.isEmpty()
                            || item.value(QLatin1String("type"))
                                    .toString()
                                    .compare(r.type, Qt::CaseInsensitive)
                                == 0)) {
                        r.index = int(i);
                        break;
                    }
                }
            }
            out.append(r);
        }
    }
    return out;
}

} // namespace threatintel

// --- S1Client's calls -----------------------------------------------------------------------------

QString S1Client::iocItemsProblem(const QList<IocItem> &items)
{
    if (items.isEmpty())
        return tr("An IOC request must carry at least one IOC.");
    const QStringList &types = threatintel::iocTypeNames();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const IocItem &item = items.at(i);
        const QString which = tr("IOC %L1 (%2)").arg(i + 1).arg(item.value.left(80));
        if (!types.contains(item.type.toUpper()))
            return tr("%1: the type \"%2\" is not one the console takes (%3).")
                .arg(which, item.type.left(40), types.join(QLatin1String(", ")));
        if (item.value.trimmed().isEmpty())
            return tr("IOC %L1: the value is empty.").arg(i + 1);
        if (item.source.trimmed().isEmpty())
            return tr("%1: the source text is empty; the console needs one (for example \"S1 Bridge\").")
                .arg(which);
        if (item.severity > 7)
            return tr("%1: the severity must be 0 to 7, not %2.").arg(which).arg(item.severity);
        if (item.originalRiskScore > 100)
            return tr("%1: the risk score must be 0 to 100, not %2.").arg(which).arg(item.originalRiskScore);
    }
    return {};
}

net::ApiCall *S1Client::addIocs(const IocScope &scope, const QList<IocItem> &items, QObject *parent)
{
    net::ApiRequest r;
    r.method = "POST";
    r.path = apiPath(QStringLiteral("threat-intelligence/iocs"));
    r.idempotent = false; // creates IOCs: never sent again when the answer may have been lost
    QJsonArray data;
    for (const IocItem &item : items)
        data.append(item.toJson());
    r.body
        = compact(QJsonObject {{QStringLiteral("data"), data}, {QStringLiteral("filter"), scope.filter()}});
    QString problem = scope.problem();
    if (problem.isEmpty())
        problem = iocItemsProblem(items);
    if (!problem.isEmpty())
        return refuse(std::move(r), problem, parent);
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::listIocs(const IocFilter &filter, const QString &cursor, int limit, QObject *parent)
{
    net::ApiRequest r;
    r.path = apiPath(QStringLiteral("threat-intelligence/iocs"));
    QString problem = filter.scope.problem();
    if (problem.isEmpty() && !filter.type.isEmpty()
        && !threatintel::iocTypeNames().contains(filter.type.toUpper()))
        problem = tr("The IOC type \"%1\" is not one the console takes (%2).")
                      .arg(filter.type.left(40), threatintel::iocTypeNames().join(QLatin1String(", ")));
    if (problem.isEmpty() && filter.uuids.size() > MaxIocUuids)
        problem = tr("IOCs can be listed by at most %L1 uuids in one request, not %L2.")
                      .arg(MaxIocUuids)
                      .arg(filter.uuids.size());
    if (!problem.isEmpty())
        return refuse(std::move(r), problem, parent);
    // The API lists by account or site only: a group's IOCs are asked for without a scope (every IOC
    // the token sees) and the caller keeps those of the group (StoredIoc::scope and scopeId).
    if (filter.scope.kind != IocScope::Kind::Group)
        r.query.addQueryItem(filter.scope.filterKey(), filter.scope.id);
    if (!filter.externalId.isEmpty())
        r.query.addQueryItem(QStringLiteral("externalId"), queryValue(filter.externalId));
    if (!filter.value.isEmpty())
        r.query.addQueryItem(QStringLiteral("value"), queryValue(filter.value));
    if (!filter.type.isEmpty())
        r.query.addQueryItem(QStringLiteral("type"), filter.type.toUpper());
    if (!filter.sources.isEmpty())
        r.query.addQueryItem(QStringLiteral("source"), queryValue(filter.sources.join(u',')));
    if (!filter.uuids.isEmpty())
        r.query.addQueryItem(QStringLiteral("uuids"), filter.uuids.join(u','));
    if (filter.updatedFrom.isValid())
        r.query.addQueryItem(
            QStringLiteral("updatedAt__gte"), threatintel::formatIocTime(filter.updatedFrom));
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, MaxPageSize)));
    if (!cursor.isEmpty())
        r.query.addQueryItem(QStringLiteral("cursor"), cursor);
    return send(std::move(r), parent);
}

net::ApiCall *S1Client::deleteIocs(const IocScope &scope, const QStringList &uuids, QObject *parent)
{
    net::ApiRequest r;
    r.method = "DELETE";
    r.path = apiPath(QStringLiteral("threat-intelligence/iocs"));
    // The delete filter takes no groupIds: a group's IOCs are deleted by their uuids alone (unique
    // ids of IOCs this tool created; never by value).
    QJsonObject filter = scope.kind == IocScope::Kind::Group ? QJsonObject() : scope.filter();
    filter.insert(QStringLiteral("uuids"), QJsonArray::fromStringList(uuids));
    r.body = compact(QJsonObject {{QStringLiteral("filter"), filter}});
    QString problem = scope.problem();
    if (problem.isEmpty() && uuids.isEmpty())
        problem = tr("Name the IOCs to delete by their uuids: deleting by value alone would also delete "
                     "the same value uploaded by anyone else.");
    if (problem.isEmpty() && uuids.size() > MaxIocUuids)
        problem = tr("At most %L1 IOCs can be deleted in one request, not %L2.")
                      .arg(MaxIocUuids)
                      .arg(uuids.size());
    if (problem.isEmpty()
        && std::any_of(uuids.begin(), uuids.end(), [](const QString &u) { return u.trimmed().isEmpty(); }))
        problem = tr("An IOC uuid to delete is empty.");
    if (!problem.isEmpty())
        return refuse(std::move(r), problem, parent);
    return send(std::move(r), parent);
}

} // namespace s1
