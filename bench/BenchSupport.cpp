// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <sys/resource.h>

BenchSim::~BenchSim()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        m_process.waitForFinished(10000);
    }
}

bool BenchSim::start(const QString &program, const QStringList &arguments)
{
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    // S1_URL, S1_API_KEY, OPENCTI_URL, OPENCTI_TOKEN: the first four lines.
    QByteArray head;
    QElapsedTimer timer;
    timer.start();
    while (head.count('\n') < 4 && timer.elapsed() < 120000 && m_process.waitForReadyRead(120000))
        head += m_process.readAllStandardOutput();
    for (const QByteArray &line : head.split('\n')) {
        const QString value = QString::fromUtf8(line.mid(line.indexOf('=') + 1)).trimmed();
        if (line.startsWith("S1_URL="))
            m_url = value;
        else if (line.startsWith("S1_API_KEY="))
            m_token = value;
        else if (line.startsWith("OPENCTI_URL="))
            m_openCtiUrl = value;
        else if (line.startsWith("OPENCTI_TOKEN="))
            m_openCtiToken = value;
    }
    if (m_url.isEmpty() || m_token.isEmpty())
        return false;
    return true;
}

QJsonObject BenchSim::control(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(m_url + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

ProcessUsage ProcessUsage::now()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    ProcessUsage u;
    u.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    u.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    return u;
}

QString simProgram(const QStringList &arguments, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--sim"));
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}
