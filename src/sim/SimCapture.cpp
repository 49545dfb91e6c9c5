// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimCapture.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace s1sim {

namespace {

std::atomic_int g_captureCount {0};

// Any JSON value as compact text (a top-level scalar through a one-element array).
QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isUndefined())
        return "null";
    return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QJsonValue parsed(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonValue::Null;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue::Null;
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue::Null;
}

QJsonArray firstItems(const QJsonArray &array)
{
    if (array.size() <= SimCapture::MaxArrayItems)
        return array;
    QJsonArray out;
    for (qsizetype i = 0; i < SimCapture::MaxArrayItems; ++i)
        out.append(array.at(i));
    return out;
}

// responseBody.data (an array) or responseBody.data.sites cut to their first elements.
QJsonValue shortened(const QJsonValue &response)
{
    if (!response.isObject())
        return response;
    QJsonObject root = response.toObject();
    const QJsonValue data = root.value(u"data"_s);
    if (data.isArray()) {
        root.insert(u"data"_s, firstItems(data.toArray()));
    } else if (data.isObject() && data.toObject().value(u"sites"_s).isArray()) {
        QJsonObject object = data.toObject();
        object.insert(u"sites"_s, firstItems(object.value(u"sites"_s).toArray()));
        root.insert(u"data"_s, object);
    }
    return root;
}

// The same cut on the text, before parsing: a page of 1000 threats is 3 MB of JSON, and parsing
// all of it for 20 would cost more than answering. Scans strings and nesting only; returns the
// text unchanged when it finds no such array with more elements (or the text is not JSON).
QByteArray cutLongArray(const QByteArray &text)
{
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        QByteArray key; // the member being read (objects)
    };
    QList<Level> stack;
    qsizetype targetDepth = -1; // stack size inside the array to cut
    int elements = 0;
    qsizetype cutAt = -1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < n && text[i] != '"'; ++i) {
                if (text[i] == '\\')
                    ++i;
            }
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                if (stack.size() <= 2) // only data and data.sites matter
                    stack.last().key = text.mid(start, i - start);
                stack.last().expectKey = false;
            }
        } else if (c == '{' || c == '[') {
            const bool array = c == '[';
            if (array && targetDepth < 0 && !stack.isEmpty() && stack.last().object) {
                const bool data = stack.size() == 1 && stack.last().key == "data";
                const bool sites
                    = stack.size() == 2 && stack.first().key == "data" && stack.last().key == "sites";
                if (data || sites)
                    targetDepth = stack.size() + 1;
            }
            stack.append(Level {!array, !array, {}});
        } else if (c == '}' || c == ']') {
            if (stack.isEmpty())
                return text;
            if (stack.size() == targetDepth) {
                if (cutAt < 0)
                    return text; // short enough
                return text.left(cutAt) + text.mid(i);
            }
            stack.removeLast();
        } else if (c == ',' && !stack.isEmpty()) {
            if (stack.last().object)
                stack.last().expectKey = true;
            else if (stack.size() == targetDepth && ++elements == SimCapture::MaxArrayItems)
                cutAt = i;
        }
    }
    return text;
}

} // namespace

SimCapture::SimCapture(const QString &directory)
{
    const int n = ++g_captureCount;
    const QDir dir(directory);
    m_file.setFileName(
        dir.absoluteFilePath(u"sim-%1-%2.jsonl"_s.arg(QCoreApplication::applicationPid()).arg(n)));
    if (!QDir().mkpath(dir.absolutePath()))
        m_error = u"cannot create the capture directory %1"_s.arg(dir.absolutePath());
    else if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        m_error = u"cannot open %1: %2"_s.arg(m_file.fileName(), m_file.errorString());
}

SimCapture::~SimCapture()
{
    if (m_file.isOpen())
        m_file.flush();
}

bool SimCapture::isOpen() const
{
    return m_file.isOpen();
}

QString SimCapture::fileName() const
{
    return m_file.fileName();
}

QString SimCapture::errorString() const
{
    return m_error;
}

int SimCapture::lineCount() const
{
    return m_lines;
}

QByteArray SimCapture::responseBodyJson(const QByteArray &body)
{
    return compact(shortened(parsed(cutLongArray(body))));
}

void SimCapture::record(const QByteArray &method, const QString &path, const QString &pathTemplate,
    const QUrlQuery &query, const QByteArray &requestBody, int status, const QByteArray &responseBody)
{
    if (!m_file.isOpen())
        return;
    int &lines
        = m_linesPerKey[QString::fromLatin1(method) + u' ' + pathTemplate + u' ' + QString::number(status)];
    if (lines >= MaxLinesPerKey)
        return;
    ++lines;

    QJsonObject parameters;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        const QJsonValue seen = parameters.value(item.first);
        parameters.insert(item.first, seen.isString() ? seen.toString() + u',' + item.second : item.second);
    }
    QByteArray line;
    line.reserve(512 + responseBody.size() / 8);
    line += "{\"method\":" + compact(QString::fromLatin1(method));
    line += ",\"path\":" + compact(path);
    line += ",\"template\":" + compact(pathTemplate);
    line += ",\"query\":" + compact(parameters);
    line += ",\"requestBody\":" + compact(parsed(requestBody));
    line += ",\"status\":" + QByteArray::number(status);
    line += ",\"responseBody\":" + responseBodyJson(responseBody);
    line += "}\n";
    if (m_file.write(line) != line.size() && m_error.isEmpty())
        m_error = u"cannot write %1: %2"_s.arg(m_file.fileName(), m_file.errorString());
    if (++m_lines % FlushEveryLines == 0)
        m_file.flush();
}

} // namespace s1sim
