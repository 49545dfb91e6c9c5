// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For the tests that run s1bridge-cli and s1bridge-sim as separate processes: the simulator started
// on a free port (its first lines read: S1_URL, S1_API_KEY, OPENCTI_URL, OPENCTI_TOKEN, CONNECTOR_ID),
// a command run to its end, and a GET on the simulator.

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

namespace clitest {

struct Sim
{
    std::unique_ptr<QProcess> process;
    QString url, token, openCtiUrl, openCtiToken, connectorId;

    // s1bridge-sim --port 0 plus `arguments`; false when it did not start or print its lines.
    bool start(const QStringList &arguments)
    {
        stop();
        process = std::make_unique<QProcess>();
        process->start(QStringLiteral(S1_SIM_EXE),
            QStringList {QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        if (!process->waitForStarted(10000))
            return false;
        QByteArray head;
        QElapsedTimer timer;
        timer.start();
        while (head.count('\n') < 5 && timer.elapsed() < 60000 && process->waitForReadyRead(60000))
            head += process->readAllStandardOutput();
        const auto valueOf = [&head](const QByteArray &key) {
            for (const QByteArray &line : head.split('\n'))
                if (line.startsWith(QByteArray(key + "=")))
                    return QString::fromUtf8(line.mid(key.size() + 1)).trimmed();
            return QString();
        };
        url = valueOf("S1_URL");
        token = valueOf("S1_API_KEY");
        openCtiUrl = valueOf("OPENCTI_URL");
        openCtiToken = valueOf("OPENCTI_TOKEN");
        connectorId = valueOf("CONNECTOR_ID");
        return !url.isEmpty() && !token.isEmpty();
    }
    void stop()
    {
        if (!process)
            return;
        process->terminate();
        process->waitForFinished(10000);
        process.reset();
    }
    ~Sim() { stop(); }
};

struct Result
{
    int exitCode = -1; // -1: crashed or did not end within two minutes
    QByteArray out, err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString feedback() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

// s1bridge-cli with these arguments in this environment, to its end.
inline Result runCli(const QProcessEnvironment &environment, const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(S1_CLI_EXE), arguments);
    Result r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// GET on the simulator's console API (or its /__sim control endpoints), as JSON.
inline QJsonObject get(
    QNetworkAccessManager &nam, const Sim &sim, const QString &path, const QUrlQuery &query = {})
{
    QUrl url(sim.url + path);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "ApiToken " + sim.token.toUtf8());
    QNetworkReply *reply = nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(30000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace clitest
