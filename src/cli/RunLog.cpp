// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunLog.h"

#include "CliContext.h"
#include "Terminal.h"
#include "storage/JobHistory.h"

#include <QDateTime>
#include <QDir>
#include <QMutex>

namespace cli {

namespace {

// The file Qt's messages are written to while a RunLog captures them.
QMutex g_logMutex;
QFile *g_logFile = nullptr;
QStringList g_logSecrets;

void logToFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = qFormatLogMessage(type, context, message);
    QMutexLocker lock(&g_logMutex);
    if (!g_logFile)
        return;
    g_logFile->write((storage::redact(line, g_logSecrets) + u'\n').toUtf8());
    g_logFile->flush();
}

} // namespace

RunLog::RunLog(Terminal &term)
    : m_term(term)
{ }

RunLog::~RunLog()
{
    if (!m_capturing)
        return;
    qInstallMessageHandler(m_previousHandler);
    QMutexLocker lock(&g_logMutex);
    g_logFile = nullptr;
    g_logSecrets.clear();
}

int RunLog::open(const QString &location, QString *error)
{
    if (location.compare(QLatin1String("stdout"), Qt::CaseInsensitive) == 0) {
        m_stdout = true;
        return Ok;
    }
    if (location.trimmed().isEmpty()) {
        *error = tr("--loglocation takes a folder or stdout");
        return Usage;
    }
    if (!QDir().mkpath(location)) {
        *error = tr("--loglocation: \"%1\" is not a folder that can be created or written; give a folder or "
                    "stdout")
                     .arg(location);
        return LocalFailure;
    }
    auto file = std::make_unique<QFile>(QDir(location).filePath(QStringLiteral("s1bridge-run.log")));
    const bool existed = file->exists();
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = tr("--loglocation: cannot write %1: %2").arg(file->fileName(), file->errorString());
        return LocalFailure;
    }
    if (!existed)
        file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_file = std::move(file);
    return Ok;
}

void RunLog::setSecrets(const QStringList &secrets)
{
    m_secrets = secrets;
}

void RunLog::captureQtMessages()
{
    if (!m_file || m_capturing)
        return;
    {
        QMutexLocker lock(&g_logMutex);
        g_logFile = m_file.get();
        g_logSecrets = m_secrets;
    }
    m_previousHandler = qInstallMessageHandler(logToFile);
    m_capturing = true;
}

void RunLog::write(const QString &line)
{
    const QString text
        = QDateTime::currentDateTime().toString(Qt::ISODate) + u' ' + storage::redact(line, m_secrets);
    if (m_file) {
        QMutexLocker lock(&g_logMutex);
        m_file->write((text + u'\n').toUtf8());
        m_file->flush();
    } else if (m_stdout) {
        m_term.out(text);
        m_term.flush();
    } else {
        m_term.err(text);
    }
}

} // namespace cli
