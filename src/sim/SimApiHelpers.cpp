// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimApiHelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace s1sim::tenant {

SimReply validationError(const QString &detail)
{
    return SimTenant::errorReply(400, CodeValidation, u"Validation Error"_s, detail);
}

SimReply forbidden(const QString &detail)
{
    return SimTenant::errorReply(403, CodeForbidden, u"Insufficient permissions"_s, detail);
}

SimReply notFound(const QString &detail)
{
    return SimTenant::errorReply(404, CodeNotFound, u"Not Found"_s, detail);
}

SimReply alreadyExists(const QString &detail)
{
    return SimTenant::errorReply(400, CodeAlreadyExists, u"Already Exists Error"_s, detail);
}

SimReply jsonReply(const QJsonObject &object, int status)
{
    return SimReply {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

SimReply dataReply(const QJsonValue &data)
{
    return jsonReply(QJsonObject {{u"data"_s, data}});
}

QString idString(quint64 id)
{
    return QString::number(id);
}

Params paramsOf(const QUrlQuery &query)
{
    Params params;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const auto it = params.find(item.first);
        if (it == params.end()) {
            params.insert(item.first, item.second);
        } else {
            it->append(u',');
            it->append(item.second);
        }
    }
    return params;
}

QStringList splitList(QStringView value)
{
    QStringList out;
    const auto parts = value.split(u',');
    for (QStringView part : parts) {
        const QStringView t = part.trimmed();
        if (!t.isEmpty())
            out << t.toString();
    }
    return out;
}

bool containsAny(const QString &text, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

std::optional<quint64> parseId(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 20)
        return std::nullopt;
    for (QChar c : t) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const quint64 v = t.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

std::optional<quint64> idFromJson(const QJsonValue &value)
{
    if (value.isString())
        return parseId(value.toString());
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 0 && d < 1.8e19 && d == double(quint64(d)))
            return quint64(d);
    }
    return std::nullopt;
}

std::optional<SimReply> parseJsonBody(const QByteArray &body, QJsonObject *out)
{
    if (body.trimmed().isEmpty())
        return validationError(u"The request body is empty; a JSON object is expected"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return validationError(u"The request body is not valid JSON: %1 (at offset %2)"_s.arg(
            error.errorString(), QString::number(error.offset)));
    if (!doc.isObject())
        return validationError(u"The request body must be a JSON object"_s);
    *out = doc.object();
    return std::nullopt;
}

std::optional<SimReply> parseIntParam(
    const Params &params, const QString &name, int min, int max, int defaultValue, int *out)
{
    const auto it = params.constFind(name);
    if (it == params.constEnd()) {
        *out = defaultValue;
        return std::nullopt;
    }
    bool ok = false;
    const int v = it->trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return validationError(u"%1: must be an integer between %2 and %3, got \"%4\""_s.arg(
            name, QString::number(min), QString::number(max), *it));
    *out = v;
    return std::nullopt;
}

std::optional<SimReply> parseBoolParam(const Params &params, const QString &name, int *out)
{
    const auto it = params.constFind(name);
    if (it == params.constEnd())
        return std::nullopt;
    const QString v = it->trimmed();
    if (v.compare(u"true"_s, Qt::CaseInsensitive) == 0)
        *out = 1;
    else if (v.compare(u"false"_s, Qt::CaseInsensitive) == 0)
        *out = 0;
    else
        return validationError(u"%1: must be true or false, got \"%2\""_s.arg(name, v));
    return std::nullopt;
}

std::optional<SimReply> checkIdList(const QString &name, const QStringList &ids)
{
    for (const QString &id : ids) {
        if (!parseId(id))
            return validationError(u"%1: \"%2\" is not a valid id"_s.arg(name, id));
    }
    return std::nullopt;
}

std::optional<SimReply> timeBounds(const Params &params, const QString &field, qint64 *min, qint64 *max)
{
    static constexpr const char *suffixes[] = {"__gte", "__gt", "__lte", "__lt"};
    for (int i = 0; i < 4; ++i) {
        const QString key = field + QLatin1String(suffixes[i]);
        const auto it = params.constFind(key);
        if (it == params.constEnd())
            continue;
        const auto value = SimTenant::parseTimestamp(*it);
        if (!value)
            return validationError(
                u"%1: \"%2\" is not a valid ISO 8601 date-time (e.g. 2024-05-01T00:00:00.000000Z)"_s.arg(
                    key, *it));
        switch (i) {
        case 0:
            *min = std::max(*min, *value);
            break;
        case 1:
            *min = std::max(*min, *value + 1);
            break;
        case 2:
            *max = std::min(*max, *value);
            break;
        default:
            *max = std::min(*max, *value - 1);
            break;
        }
    }
    return std::nullopt;
}

QStringList jsonIdList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            out << v.toString();
        else if (v.isDouble())
            out << QString::number(qint64(v.toDouble()));
        else
            out << QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact))
                       .mid(1)
                       .chopped(1);
    }
    return out;
}

SimReply errorsReply(const QStringList &details)
{
    QJsonArray errors;
    for (const QString &detail : details)
        errors.append(QJsonObject {
            {u"code"_s, CodeValidation}, {u"title"_s, u"Validation Error"_s}, {u"detail"_s, detail}});
    return jsonReply(QJsonObject {{u"errors"_s, errors}}, 400);
}

bool isDateTime(const QString &text)
{
    static const QRegularExpression dateTime(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}"
                                             "(\\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)$"_s);
    return dateTime.match(text).hasMatch() && SimTenant::parseTimestamp(text).has_value();
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace s1sim::tenant
