// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimJsonWriter.h"

#include <cstdio>

namespace s1sim::tenant {

namespace {

void appendAsciiEscaped(QByteArray &out, char c)
{
    switch (c) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    case '\b':
        out += "\\b";
        break;
    case '\f':
        out += "\\f";
        break;
    default:
        if (uchar(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(uchar(c)));
            out += buf;
        } else {
            out += c;
        }
    }
}

} // namespace

void appendJsonString(QByteArray &out, QStringView s)
{
    out += '"';
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = s[i].unicode();
        if (c < 0x80) {
            appendAsciiEscaped(out, char(c));
            ++i;
        } else {
            qsizetype j = i + 1;
            while (j < n && s[j].unicode() >= 0x80)
                ++j;
            out += s.sliced(i, j - i).toUtf8();
            i = j;
        }
    }
    out += '"';
}

void appendJsonLatin1(QByteArray &out, const char *s)
{
    out += '"';
    for (; *s; ++s)
        appendAsciiEscaped(out, *s);
    out += '"';
}

void appendHex(QByteArray &out, const quint8 *data, int len)
{
    static constexpr char digits[] = "0123456789abcdef";
    for (int i = 0; i < len; ++i) {
        out += digits[data[i] >> 4];
        out += digits[data[i] & 0xf];
    }
}

} // namespace s1sim::tenant
