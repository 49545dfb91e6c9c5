// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QUrl>

namespace net {

// Normalizes a service address typed or pasted by a person: surrounding spaces, a missing scheme
// (https assumed), upper-case host, trailing slashes, a pasted path matching appPath (an API path or
// a page of the web interface) are all fine; no host, a non-http scheme or credentials are refused
// with a message starting with `field` ("Console URL", "OpenCTI URL"). emptyHint: the message when
// nothing was entered.
QUrl normalizeServiceUrl(const QString &input, const QString &field, const QString &emptyHint,
    const QRegularExpression &appPath, QString *error);

} // namespace net
