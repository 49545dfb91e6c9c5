// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListAnswer.h"

#include "net/ApiCall.h"

#include <QCoreApplication>

namespace s1 {

net::ApiError notAListError(const net::ApiCall *call, const QString &host)
{
    if (!call || call->error().isError() || call->data().isArray())
        return {};
    net::ApiError e;
    e.kind = net::ApiError::Kind::NotAConsole;
    e.dialect = call->dialect();
    e.endpoint = call->request().path;
    e.host = host;
    // PagedListJob's words, so that both say it alike.
    e.detail = QCoreApplication::translate("s1::PagedListJob", "\"data\" is not a list");
    return e;
}

} // namespace s1
