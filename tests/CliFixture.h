// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the s1bridge-cli tests that run it as a user does against s1bridge-sim as a separate
// process (tst_cli, tst_cli_profiles): the simulator, the CLI runs, private profile homes, the keychain.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The profile tests that keep tokens between two s1bridge-cli runs need the keychain of the D-Bus
// session scripts/test starts. Outside CI they skip with a clear message; in CI it is a failure.
#define REQUIRE_SESSION_BUS()                                                                                \
    do {                                                                                                     \
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {                                       \
            const char *message = "no D-Bus session (DBUS_SESSION_BUS_ADDRESS is empty): run scripts/test, " \
                                  "which starts one with an unlocked gnome-keyring";                         \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(message);                                                                              \
            QSKIP(message);                                                                                  \
        }                                                                                                    \
    } while (false)

class CliFixture : public QObject
{
protected:
    QProcess m_sim;
    QString m_url;
    QString m_token;
    QString m_openCtiUrl;
    QString m_openCtiToken;
    QNetworkAccessManager m_nam;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    bool startSim(const QStringList &extra)
    {
        m_sim.setProgram(QStringLiteral(S1_SIM_EXE));
        m_sim.setArguments(QStringList {QStringLiteral("--port"), QStringLiteral("0")} + extra);
        m_sim.setProcessChannelMode(QProcess::SeparateChannels);
        m_sim.start();
        if (!m_sim.waitForStarted(10000))
            return false;
        QByteArray head;
        QElapsedTimer timer;
        timer.start();
        while (head.count('\n') < 4 && timer.elapsed() < 60000) {
            if (!m_sim.waitForReadyRead(60000))
                break;
            head += m_sim.readAllStandardOutput();
        }
        const QList<QByteArray> lines = head.split('\n');
        if (lines.size() < 2 || !lines.at(0).startsWith("S1_URL=") || !lines.at(1).startsWith("S1_API_KEY="))
            return false;
        m_url = QString::fromUtf8(lines.at(0).mid(7));
        m_token = QString::fromUtf8(lines.at(1).mid(11));
        // Lines 3 and 4 (the simulated OpenCTI), for the run tests.
        for (const QByteArray &line : lines) {
            if (line.startsWith("OPENCTI_URL="))
                m_openCtiUrl = QString::fromUtf8(line.mid(12));
            else if (line.startsWith("OPENCTI_TOKEN="))
                m_openCtiToken = QString::fromUtf8(line.mid(14));
        }
        return true;
    }

    Result cli(const QStringList &args, const QString &url, const QString &token, int timeoutMs = 120000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("S1_URL"), url);
        env.insert(QStringLiteral("S1_API_KEY"), token);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(S1_CLI_EXE), args);
        Result r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    Result cli(const QStringList &args) { return cli(args, m_url, m_token); }

    // Profiles: a private settings folder, and no connector variables unless a test sets them.
    struct ProfileHome
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        ProfileHome()
        {
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
            for (const char *name : {"S1_URL", "S1_API_KEY", "S1_ACCOUNT_ID", "MAX_API_ATTEMPTS", "SIGN"})
                env.remove(QString::fromLatin1(name));
        }
        QString iniPath() const { return dir.path() + QStringLiteral("/S1Bridge/s1bridge/s1bridge.ini"); }
        QString write(const QString &name, const QByteArray &content) const
        {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
                return {};
            return f.fileName();
        }
    };
    static Result cliIn(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 120000)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(S1_CLI_EXE), args);
        Result r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    static QByteArray keychainEntries(const QString &key)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                QStringLiteral("S1 Bridge"), QStringLiteral("user"), key});
        if (!p.waitForFinished(30000))
            return "secret-tool did not finish";
        return p.readAll();
    }
    // A connector .env pointing at the running simulator.
    QByteArray simEnvFile(const QString &name, const QString &openCtiToken) const
    {
        return "# written by tst_cli\nS1_URL=" + m_url.toUtf8() + "\nS1_API_KEY=" + m_token.toUtf8()
            + "\nCONNECTOR_NAME=" + name.toUtf8() + "\nOPENCTI_URL=http://127.0.0.1:9\nOPENCTI_TOKEN="
            + openCtiToken.toUtf8() + "\nSIGN=[OpenCTI_add]\n";
    }

    QJsonObject simControl(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest req(QUrl(m_url + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    int requests(const QString &key)
    {
        return simControl("GET", QStringLiteral("/__sim/stats"))
            .value(QLatin1String("requests"))
            .toObject()
            .value(key)
            .toInt();
    }
    // A strict RFC 4180 reader (CRLF records; a quoted field may hold commas, CR, LF and doubled
    // quotes), the test's own: the CLI's CSV is checked against the format, not against its writer.
    static QList<QStringList> parseCsv(const QString &text, QString *error)
    {
        QList<QStringList> records;
        QStringList record;
        QString field;
        bool quotedField = false;
        for (qsizetype i = 0; i < text.size();) {
            const QChar c = text.at(i);
            if (c == u'"' && field.isEmpty() && !quotedField) {
                quotedField = true;
                for (++i;; ++i) {
                    if (i >= text.size()) {
                        *error = QStringLiteral("unterminated quoted field in record %1")
                                     .arg(records.size() + 1);
                        return {};
                    }
                    if (text.at(i) == u'"') {
                        if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                            field += u'"';
                            ++i;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    field += text.at(i);
                }
                if (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r') {
                    *error
                        = QStringLiteral("text after a closing quote in record %1").arg(records.size() + 1);
                    return {};
                }
            } else if (c == u',') {
                record << field;
                field.clear();
                quotedField = false;
                ++i;
            } else if (c == u'\r') {
                if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                    *error = QStringLiteral("a bare CR outside quotes in record %1").arg(records.size() + 1);
                    return {};
                }
                record << field;
                records << record;
                record.clear();
                field.clear();
                quotedField = false;
                i += 2;
            } else if (c == u'\n' || c == u'"') {
                *error = QStringLiteral("a bare LF or quote outside quotes in record %1")
                             .arg(records.size() + 1);
                return {};
            } else {
                field += c;
                ++i;
            }
        }
        if (!record.isEmpty() || !field.isEmpty()) {
            *error = QStringLiteral("the last record does not end with CRLF");
            return {};
        }
        return records;
    }

    // The simulator of the whole suite (2,500 threats, seed 3) and its faults and counters reset per test.
    void startSuiteSim()
    {
        QVERIFY2(startSim({QStringLiteral("--threats"), QStringLiteral("2500"), QStringLiteral("--seed"),
                     QStringLiteral("3")}),
            "s1bridge-sim did not print its S1_URL/S1_API_KEY lines");
    }
    void stopSuiteSim()
    {
        m_sim.terminate();
        QVERIFY(m_sim.waitForFinished(10000));
        QCOMPARE(m_sim.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_sim.exitCode(), 0);
    }
    void resetSim()
    {
        simControl("POST", QStringLiteral("/__sim/faults"), R"({"spec":""})");
        simControl("POST", QStringLiteral("/__sim/stats/reset"));
    }
};
