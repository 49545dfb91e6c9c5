// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

class QLoggingCategory;

namespace net {

// How one service speaks over HTTP: what a successful answer looks like, how its errors are
// classified, and how they are worded for people. Each service implements it in its own folder
// (s1/S1Dialect, opencti/OpenCtiDialect), so a new service (a TAXII server, a feed) needs no edit
// here. Implementations are stateless singletons: ApiError keeps a pointer to one.
class ServiceDialect
{
public:
    virtual ~ServiceDialect() = default;

    // The product name, e.g. "SentinelOne" (not translated).
    virtual QString name() const = 0;
    virtual const QLoggingCategory &log() const = 0;
    // The sentence for a request sent with no address configured ("Console URL: not configured.").
    virtual QString notConfigured() const = 0;

    // An HTTP answer that arrived whole (status > 0). Returns Kind::None and sets *json for a
    // successful answer; otherwise the kind of error, with the server's own words in *detail.
    virtual ApiError::Kind classify(int status, const QByteArray &contentType, const QByteArray &body,
        QJsonDocument *json, QString *detail) const = 0;
    // The sentence for people, without the technical detail (ApiError::userMessage() appends it).
    virtual QString message(const ApiError &error) const = 0;

protected:
    // An answer's body, parsed once.
    struct Body
    {
        bool html = false; // looks like a web page (then not parsed)
        QJsonDocument doc;
        QJsonParseError parseError {};
        bool isJsonObject = false;
    };
    static Body parseBody(const QByteArray &contentType, const QByteArray &body);
    // What an HTTP answer means whatever the service: 429, 5xx, 401, 403, and a web page (with
    // *detail). nullopt: the service's own envelope decides.
    static std::optional<ApiError::Kind> commonKind(
        int status, const Body &parsed, const QByteArray &contentType, QString *detail);
    // A body that is no JSON object: cut or damaged (BadResponse, worth a retry) when it claims to be
    // JSON or is empty, else some other server (NotAConsole). Sets *detail.
    static ApiError::Kind notJsonKind(
        const Body &parsed, const QByteArray &contentType, const QByteArray &body, QString *detail);
    // Does the answer look like a web page?
    static bool looksHtml(const QByteArray &contentType, const QByteArray &body);
    // "HTTP 200, text/html" for a page where JSON was expected.
    static QString htmlDetail(int status, const QByteArray &contentType);
};

} // namespace net
