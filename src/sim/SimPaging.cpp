// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimPaging.h"

#include <QByteArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace s1sim::tenant {

QString encodeCursor(const QJsonObject &object)
{
    QJsonObject o = object;
    o.insert(u"v"_s, 1);
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonObject> decodeCursor(const QString &text, const QString &kind)
{
    QByteArray b = text.trimmed().toLatin1();
    b.replace('+', '-');
    b.replace('/', '_');
    b.replace(' ', '-');
    while (b.endsWith('='))
        b.chop(1);
    if (b.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        b, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(u"v"_s).toInt() != 1 || o.value(u"kind"_s).toString() != kind)
        return std::nullopt;
    return o;
}

SimReply badCursor(const QString &text)
{
    return validationError(u"cursor: \"%1\" is not a valid cursor for this request"_s.arg(text.left(200)));
}

// Offset cursors for the small lists (sites, accounts, notes).
std::optional<SimReply> parseOffsetCursor(const Params &params, const QString &kind, int *offset)
{
    *offset = 0;
    const auto it = params.constFind(u"cursor"_s);
    if (it == params.constEnd() || it->isEmpty())
        return std::nullopt;
    const auto o = decodeCursor(*it, kind);
    if (!o)
        return badCursor(*it);
    const int v = o->value(u"offset"_s).toInt(-1);
    if (v < 0)
        return badCursor(*it);
    *offset = v;
    return std::nullopt;
}

std::optional<SimReply> addSkip(const Params &params, int *offset)
{
    int skip = 0;
    if (auto e = parseIntParam(params, u"skip"_s, 0, MaxSkip, 0, &skip))
        return e;
    *offset += skip;
    return std::nullopt;
}

QString offsetCursor(const QString &kind, qsizetype offset)
{
    return encodeCursor(QJsonObject {{u"kind"_s, kind}, {u"offset"_s, qint64(offset)}});
}

SimReply pagedReply(const QJsonValue &data, qsizetype totalItems, const QString &nextCursor)
{
    const QJsonObject pagination {
        {u"nextCursor"_s, nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor)},
        {u"totalItems"_s, qint64(totalItems)},
    };
    return jsonReply(QJsonObject {{u"data"_s, data}, {u"pagination"_s, pagination}});
}

} // namespace s1sim::tenant
