// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Ioc.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace exchange {

// What IocNormalizer made of one value.
struct IocNormalizeResult
{
    bool ok = false;
    // The type asked for, or the detected one; std::nullopt only when detectType() recognized
    // nothing. Set even when ok is false ("010.1.1.1" is an IPV4 value that is refused).
    std::optional<IocType> type;
    QString value; // the normalized value; empty unless ok
    QString reason; // unless ok: a sentence naming what is wrong and what is expected
    QString warning; // when ok: what was changed on the way (re-fanged, port dropped, ...); else empty
};

// The one place where indicator values are normalized and validated: every source (feeds, files,
// SentinelOne threats) and manual entry go through here, so the same value is the same string
// everywhere (store keys, sharing, display).
//
// Rules, per type:
// - SHA256, SHA1, MD5: hexadecimal of exactly 64, 40, 32 digits; lower-cased; the empty file's
//   hashes are refused (they match every empty file).
// - URL: http, https or ftp with a host, no spaces; scheme and host lower-cased, an IDN host in its
//   ASCII (punycode) form, an IP host canonical; path, query and fragment kept as given.
// - DNS: IDNA to ASCII, lower case, trailing dot dropped; labels of 1-63 letters, digits and hyphens,
//   not starting or ending with a hyphen; at least two labels; a bare public suffix refused.
// - IPV4: canonical dotted quad; leading-zero octets refused as ambiguous (octal or decimal?).
// - IPV6: canonical (compressed, lower case); an IPv4-mapped address is noted.
// - IPV4/IPV6 with a port (`1.2.3.4:443`, `[2001:db8::1]:443`): the port is dropped, with a warning;
//   a /32 (/128) prefix is dropped too, wider networks are refused.
// - Every type: surrounding spaces trimmed; control characters and inner spaces refused; defanged
//   text (`hxxp://`, `hxxps://`, `[.]`, `(.)`, `[:]`, `[://]`) re-fanged, with a warning.
class IocNormalizer
{
    Q_DECLARE_TR_FUNCTIONS(IocNormalizer)
public:
    IocNormalizer() = delete;

    // Recognizes the type of a value and normalizes it as that type. Order: a hash by its hex length,
    // a URL by its "://", an IPv6 address, an IPv4 address (digits and dots), then a domain.
    static IocNormalizeResult detectType(QStringView text);
    // Normalizes and validates `text` as `type`.
    static IocNormalizeResult normalize(IocType type, QStringView text);

    // The defanged notations turned back (see above); *changed tells whether any was found.
    static QString refang(QStringView text, bool *changed = nullptr);
    // True for a bare public suffix such as "co.uk" or "com" (a compact built-in list, see the .cpp).
    static bool isPublicSuffix(QStringView domain);
    // `text` for display in a message: control characters escaped (\t, \n, \x1b, \u202e), cut to
    // maxChars characters with "..." after.
    static QString printable(QStringView text, int maxChars = 200);
};

} // namespace exchange
