// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <memory>

class Terminal;

namespace cli {

// Where the lines of s1bridge-cli run go (--loglocation): DIR/s1bridge-run.log (created with mode
// 600), stdout, or by default stderr. Each line gets a timestamp; the tokens given to setSecrets()
// are redacted. With a file, Qt's own messages (warnings, -v output) go there too, from
// captureQtMessages() until the log is destroyed.
class RunLog
{
    Q_DECLARE_TR_FUNCTIONS(RunLog)
public:
    explicit RunLog(Terminal &term);
    ~RunLog();
    RunLog(const RunLog &) = delete;
    RunLog &operator=(const RunLog &) = delete;

    // --loglocation: a folder or "stdout" (without it, stderr). Returns an ExitCode: Ok, Usage or
    // LocalFailure (the folder or the file cannot be written), with *error the sentence.
    int open(const QString &location, QString *error);
    void setSecrets(const QStringList &secrets);
    void captureQtMessages();
    void write(const QString &line);

private:
    Terminal &m_term;
    std::unique_ptr<QFile> m_file;
    bool m_stdout = false;
    bool m_capturing = false;
    QtMessageHandler m_previousHandler = nullptr; // restored when the capture ends
    QStringList m_secrets;
};

} // namespace cli
