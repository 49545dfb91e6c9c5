// SPDX-License-Identifier: GPL-3.0-or-later
#include "CanonicalJson.h"

#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace opencti {

namespace {

void appendValue(QByteArray &out, const QJsonValue &value);

void appendObject(QByteArray &out, const QJsonObject &object)
{
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end(), &CanonicalJson::keyLessThan);
    out += '{';
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        if (!first)
            out += ',';
        first = false;
        out += CanonicalJson::quote(key);
        out += ':';
        appendValue(out, object.value(key));
    }
    out += '}';
}

void appendArray(QByteArray &out, const QJsonArray &array)
{
    out += '[';
    bool first = true;
    for (const QJsonValue &v : array) {
        if (!first)
            out += ',';
        first = false;
        appendValue(out, v);
    }
    out += ']';
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        out += CanonicalJson::number(value.toDouble());
        break;
    case QJsonValue::String:
        out += CanonicalJson::quote(value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray());
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    }
}

} // namespace

bool CanonicalJson::keyLessThan(const QString &a, const QString &b)
{
    // Explicitly by UTF-16 code units (char16_t), whatever QString's own comparison does.
    const QStringView va(a);
    const QStringView vb(b);
    return std::lexicographical_compare(
        va.utf16(), va.utf16() + va.size(), vb.utf16(), vb.utf16() + vb.size());
}

QByteArray CanonicalJson::quote(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            escaped += u"\\\"";
            break;
        case u'\\':
            escaped += u"\\\\";
            break;
        case u'\b':
            escaped += u"\\b";
            break;
        case u'\f':
            escaped += u"\\f";
            break;
        case u'\n':
            escaped += u"\\n";
            break;
        case u'\r':
            escaped += u"\\r";
            break;
        case u'\t':
            escaped += u"\\t";
            break;
        default:
            if (u < 0x20) {
                escaped += u"\\u00";
                escaped += QLatin1Char(hex[u >> 4]);
                escaped += QLatin1Char(hex[u & 0xf]);
            } else {
                escaped += c;
            }
        }
    }
    escaped += u'"';
    return escaped.toUtf8();
}

QByteArray CanonicalJson::number(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    if (value == 0) // +0 and -0
        return QByteArrayLiteral("0");

    // The shortest round-trip digits, from the scientific form "d[.ddd]e±XX".
    char buffer[64];
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value), std::chars_format::scientific);
    const QByteArray scientific(buffer, result.ptr - buffer);
    const qsizetype e = scientific.indexOf('e');
    QByteArray digits = scientific.left(e);
    digits.replace(".", "");
    const int exponent = std::atoi(scientific.constData() + e + 1);
    const qsizetype k = digits.size();
    const qsizetype n = exponent + 1; // the decimal point's position after the first digit

    QByteArray out;
    if (value < 0)
        out += '-';
    if (k <= n && n <= 21) {
        out += digits;
        out += QByteArray(n - k, '0');
    } else if (0 < n && n <= 21) {
        out += digits.left(n);
        out += '.';
        out += digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out += QByteArray(-n, '0');
        out += digits;
    } else {
        out += digits.left(1);
        if (k > 1) {
            out += '.';
            out += digits.mid(1);
        }
        out += 'e';
        out += n - 1 >= 0 ? '+' : '-';
        out += QByteArray::number(qAbs(n - 1));
    }
    return out;
}

QByteArray CanonicalJson::serialize(const QJsonValue &value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

QByteArray CanonicalJson::serialize(const QJsonObject &object)
{
    QByteArray out;
    appendObject(out, object);
    return out;
}

QByteArray CanonicalJson::serialize(const QJsonArray &array)
{
    QByteArray out;
    appendArray(out, array);
    return out;
}

} // namespace opencti
