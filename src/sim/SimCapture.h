// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>

class QUrlQuery;

namespace s1sim {

// Conformance capture: the API exchanges the simulated console answered, for a test that checks
// them against the SentinelOne API specification. One compact JSON object per line, appended to
// <directory>/sim-<pid>-<n>.jsonl (n counts the captures opened by this process, from 1):
//
//   {"method":"GET","path":"/web/api/v2.1/threats/123/notes","template":"/web/api/v2.1/threats/{id}/notes",
//    "query":{"limit":"1000"},"requestBody":<JSON or null>,"status":200,"responseBody":<JSON or null>}
//
// query: each parameter once (a repeated one joined with commas); a body that is not JSON is null.
// To keep the files small, an array at responseBody.data (or at responseBody.data.sites) keeps its
// first MaxArrayItems elements, and at most MaxLinesPerKey lines are written per (method, template,
// status); past that a request costs a hash lookup. Buffered: flushed every FlushEveryLines lines
// and when the capture is destroyed.
class SimCapture
{
public:
    static constexpr int MaxArrayItems = 20;
    static constexpr int MaxLinesPerKey = 30;
    static constexpr int FlushEveryLines = 100;

    // Creates the directory when needed and opens the next file; see isOpen() and errorString().
    explicit SimCapture(const QString &directory);
    ~SimCapture();
    SimCapture(const SimCapture &) = delete;
    SimCapture &operator=(const SimCapture &) = delete;

    bool isOpen() const;
    QString fileName() const;
    QString errorString() const; // why the file could not be opened or written
    int lineCount() const; // lines written so far

    // What a line holds as responseBody: the body's JSON (compact) with the arrays cut as said
    // above, or null when the body is not JSON.
    static QByteArray responseBodyJson(const QByteArray &body);

    void record(const QByteArray &method, const QString &path, const QString &pathTemplate,
        const QUrlQuery &query, const QByteArray &requestBody, int status, const QByteArray &responseBody);

private:
    QFile m_file;
    QString m_error;
    QHash<QString, int> m_linesPerKey;
    int m_lines = 0;
};

} // namespace s1sim
