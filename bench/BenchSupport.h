// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// Starts s1bridge-sim as its own process (its memory is not the client's) and reads its
// S1_URL/S1_API_KEY lines; talks to its /__sim control endpoints.
class BenchSim
{
public:
    ~BenchSim();
    bool start(const QString &program, const QStringList &arguments);
    QString url() const { return m_url; }
    QString token() const { return m_token; }
    QString openCtiUrl() const { return m_openCtiUrl; }
    QString openCtiToken() const { return m_openCtiToken; }
    QJsonObject control(const QByteArray &method, const QString &path, const QByteArray &body = {});

private:
    QProcess m_process;
    QString m_url, m_token, m_openCtiUrl, m_openCtiToken;
};

struct ProcessUsage
{
    double cpuSeconds = 0; // user + system of this process
    double peakRssMb = 0;
    static ProcessUsage now();
};

// Value of "--sim PATH" in the arguments, else the fallback.
QString simProgram(const QStringList &arguments, const QString &fallback);
