// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimTime.h"

#include <QByteArray>
#include <QStringView>

#include <array>

namespace s1sim::tenant {

// JSON string literals (quoted, escaped) and lower-case hex, appended to out.
void appendJsonString(QByteArray &out, QStringView s);
void appendJsonLatin1(QByteArray &out, const char *s);
void appendHex(QByteArray &out, const quint8 *data, int len);

// A minimal JSON writer for the hot path (threat pages): no intermediate QJsonObject.

class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {
        m_first.fill(true);
    }
    void beginObject(const char *key = nullptr)
    {
        prefix(key);
        m_out += '{';
        push();
    }
    void endObject()
    {
        pop();
        m_out += '}';
    }
    void beginArray(const char *key = nullptr)
    {
        prefix(key);
        m_out += '[';
        push();
    }
    void endArray()
    {
        pop();
        m_out += ']';
    }
    void str(const char *key, QStringView v)
    {
        prefix(key);
        appendJsonString(m_out, v);
    }
    void latin(const char *key, const char *v)
    {
        prefix(key);
        appendJsonLatin1(m_out, v);
    }
    void null(const char *key)
    {
        prefix(key);
        m_out += "null";
    }
    void boolean(const char *key, bool v)
    {
        prefix(key);
        m_out += v ? "true" : "false";
    }
    void integer(const char *key, qint64 v)
    {
        prefix(key);
        m_out += QByteArray::number(v);
    }
    void id(const char *key, quint64 v)
    {
        prefix(key);
        m_out += '"';
        m_out += QByteArray::number(v);
        m_out += '"';
    }
    void time(const char *key, qint64 us)
    {
        prefix(key);
        char buf[64];
        const int n = formatTimestampTo(buf, sizeof buf, us);
        m_out += '"';
        m_out.append(buf, n);
        m_out += '"';
    }
    void hex(const char *key, const quint8 *data, int len)
    {
        prefix(key);
        m_out += '"';
        appendHex(m_out, data, len);
        m_out += '"';
    }
    void raw(const char *key, const char *json)
    {
        prefix(key);
        m_out += json;
    }

private:
    void prefix(const char *key)
    {
        if (!m_first[m_depth])
            m_out += ',';
        m_first[m_depth] = false;
        if (key) {
            m_out += '"';
            m_out += key;
            m_out += "\":";
        }
    }
    void push()
    {
        ++m_depth;
        Q_ASSERT(m_depth < MaxDepth);
        m_first[m_depth] = true;
    }
    void pop() { --m_depth; }

    static constexpr int MaxDepth = 16;
    QByteArray &m_out;
    std::array<bool, MaxDepth> m_first;
    int m_depth = 0;
};

} // namespace s1sim::tenant
