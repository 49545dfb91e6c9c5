// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace opencti {

// RFC 8785 (JSON Canonicalization Scheme) serialization, as UTF-8 bytes: the input of every
// deterministic STIX id (StixIds) and of the bundle content hash (StixBundleBuilder).
//
// - Object members sorted by their keys' UTF-16 code units (RFC 8785 section 3.2.3). This is also
//   what pycti uses (stix2.canonicalization.Canonicalize); Python's json.dumps(sort_keys=True) sorts
//   by code points instead, which differs only for keys mixing characters above U+FFFF with
//   characters in U+E000..U+FFFF.
// - No whitespace between tokens.
// - Strings: only '"', '\\' and U+0000..U+001F are escaped: \b \f \n \r \t in their short form, the
//   other control characters as \u00XX (lower-case hex, as Python and RFC 8785 write them).
//   Everything else, non-ASCII included, is written as UTF-8 (so U+007F, U+2028, '/' and '<' stay
//   as they are). A lone surrogate cannot be encoded in UTF-8: Qt's encoder replaces it.
// - Numbers: ECMAScript Number.prototype.toString (RFC 8785 section 3.2.2.3), the shortest form that
//   reads back as the same double: 1, 1.5, 1e+21, 1e-7, -0 as 0. For integral values below 1e21
//   this is what Python writes for an int.
// - true, false, null as such. QJsonValue::Undefined is written as null.
class CanonicalJson
{
public:
    CanonicalJson() = delete;

    static QByteArray serialize(const QJsonValue &value);
    static QByteArray serialize(const QJsonObject &object);
    static QByteArray serialize(const QJsonArray &array);

    // One string as a canonical JSON string literal, quotes included.
    static QByteArray quote(const QString &text);
    // One number as RFC 8785 writes it. NaN and infinities have no JSON form: they give "null".
    static QByteArray number(double value);
    // RFC 8785 member order: true when key a sorts before key b (UTF-16 code units).
    static bool keyLessThan(const QString &a, const QString &b);
};

} // namespace opencti
