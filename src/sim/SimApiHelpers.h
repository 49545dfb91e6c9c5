// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimTenant.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>

class QUrlQuery;

// What every API handler of the tenant uses: error and data replies, query parameters, ids and
// JSON request bodies. Validation failures come back as the SimReply to answer.
namespace s1sim::tenant {

inline constexpr int CodeValidation = 4000010;
inline constexpr int CodeAlreadyExists = 4000030;
inline constexpr int CodeForbidden = 4030010;
inline constexpr int CodeNotFound = 4040010;

SimReply validationError(const QString &detail);
SimReply forbidden(const QString &detail);
SimReply notFound(const QString &detail);
SimReply alreadyExists(const QString &detail);
SimReply jsonReply(const QJsonObject &object, int status = 200);
SimReply dataReply(const QJsonValue &data);
// Several validation errors in one 400 answer.
SimReply errorsReply(const QStringList &details);
QString idString(quint64 id);

// Query parameters by name; a repeated parameter is joined with commas.
using Params = QHash<QString, QString>;

Params paramsOf(const QUrlQuery &query);
// "a, b,,c" -> [a, b, c]
QStringList splitList(QStringView value);
// Does text contain one of needles (case-insensitive)? The __contains filters take a list.
bool containsAny(const QString &text, const QStringList &needles);

template<std::size_t N> QString joinNames(const char *const (&names)[N])
{
    using namespace Qt::StringLiterals;
    QStringList list;
    for (const char *name : names)
        list << QLatin1String(name);
    return list.join(u", "_s);
}

template<std::size_t N>
int indexOfName(const char *const (&names)[N], QStringView value, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (value.compare(QLatin1String(names[i]), cs) == 0)
            return int(i);
    }
    return -1;
}

// A decimal id of up to 20 digits (surrounding white space allowed).
std::optional<quint64> parseId(QStringView text);
std::optional<quint64> idFromJson(const QJsonValue &value);
std::optional<SimReply> parseJsonBody(const QByteArray &body, QJsonObject *out);
std::optional<SimReply> parseIntParam(
    const Params &params, const QString &name, int min, int max, int defaultValue, int *out);
// true/false (any case) into *out; absent leaves *out as it is.
std::optional<SimReply> parseBoolParam(const Params &params, const QString &name, int *out);
std::optional<SimReply> checkIdList(const QString &name, const QStringList &ids);
// <field>__gte, __gt, __lte, __lt narrow [*min, *max].
std::optional<SimReply> timeBounds(const Params &params, const QString &field, qint64 *min, qint64 *max);
// A JSON array of ids (strings or numbers) as strings; anything else as its JSON text.
QStringList jsonIdList(const QJsonValue &value);
// RFC 3339 date-time with a time zone (the API's format date-time): 2026-01-31T12:00:00.5Z, ...+02:00.
bool isDateTime(const QString &text);
// A string as it is, anything else as its JSON text (for error messages).
QString jsonText(const QJsonValue &v);

} // namespace s1sim::tenant
