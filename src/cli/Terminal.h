// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// stdout for results, stderr for progress and messages; a progress bar only on a terminal.
class Terminal
{
public:
    Terminal();
    bool stderrIsTty() const { return m_tty; }

    void out(const QString &line); // a line on stdout
    void outRaw(const QByteArray &bytes);
    void err(const QString &line); // a line on stderr (ends any progress bar)
    void progress(qint64 done, qint64 total, const QString &what);
    void endProgress();
    // Prints rows as aligned columns on stdout; the last column is not padded.
    void table(const QStringList &header, const QList<QStringList> &rows);
    void flush();

private:
    bool m_tty;
    bool m_progressShown = false;
};
