// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// stdout for results, stderr for progress and messages; a progress bar only on a terminal.
// Text that can come from a server or a threat (names, notes, error messages) never reaches the
// terminal raw: out(), err(), table() and progress() show control characters escaped (printable()).
// outRaw() is for bytes that are escaped already (JSON, CSV, help text).
class Terminal
{
public:
    Terminal();
    bool stderrIsTty() const { return m_tty; }

    // The text with C0 and C1 control characters and DEL shown as \xNN (\t, \r and \n as such)
    // and bidi overrides and isolates (U+202A..U+202E, U+2066..U+2069) as \uNNNN, so that no
    // escape sequence, carriage return or reordering reaches the terminal. keepNewlines: a line
    // feed stays a line break (messages); otherwise it shows as \n (a table cell, a column).
    static QString printable(QStringView text, bool keepNewlines = false);

    void out(const QString &line); // a line on stdout (escaped: printable(line, true))
    void outRaw(const QByteArray &bytes);
    void err(const QString &line); // a line on stderr (ends any progress bar; escaped)
    void progress(qint64 done, qint64 total, const QString &what);
    void endProgress();
    // Prints rows as aligned columns on stdout; the last column is not padded.
    void table(const QStringList &header, const QList<QStringList> &rows);
    void flush();

private:
    bool m_tty;
    bool m_progressShown = false;
};
