// SPDX-License-Identifier: GPL-3.0-or-later
// TLS: the simulator over HTTPS with the fixture certificate (tests/fixtures/tls, self-signed for
// 127.0.0.1). System trust refuses it, at once and without retries; a pin on its SHA-256 accepts
// it; a wrong pin refuses it. The same for the SentinelOne client and the OpenCTI check. Each kind of
// bad certificate (expired, for another host, self-signed without a pin, not the pinned one) has its
// own sentence, and no request reaches the server before the handshake is trusted.
#include "SimHost.h"
#include "SimServer.h"
#include "config/Translations.h"
#include "net/ApiCall.h"
#include "opencti/OpenCtiCheckJob.h"
#include "opencti/OpenCtiClient.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <memory>

using net::ApiError;
using namespace Qt::StringLiterals;

class TestTls : public QObject
{
    Q_OBJECT

    QString m_certFile;
    QString m_keyFile;
    s1sim::SimOptions m_tlsOptions;
    QByteArray m_fingerprint; // hex, lower case
    std::unique_ptr<s1sim::SimServer> m_sim;

    void startSim()
    {
        m_sim = std::make_unique<s1sim::SimServer>(m_tlsOptions);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);
        QVERIFY2(m_sim->errorString().isEmpty(), qPrintable(m_sim->errorString()));
    }

    s1::ConsoleConfig consoleConfig(const QByteArray &pin = {}) const
    {
        s1::ConsoleConfig c;
        c.url = m_sim->baseUrl();
        c.token = m_sim->token();
        c.transport.timeoutMs = 10000;
        c.transport.maxAttempts = 5;
        c.transport.backoffBaseMs = 200; // five attempts would take > 1 s: the test sees a retry loop
        c.transport.backoffMaxMs = 400;
        c.transport.pinnedCertSha256 = pin;
        return c;
    }

    opencti::OpenCtiConfig openCtiConfig(const QByteArray &pin = {}) const
    {
        opencti::OpenCtiConfig c;
        c.url = m_sim->openCtiUrl();
        c.token = m_sim->openCtiToken();
        c.transport.timeoutMs = 10000;
        c.transport.maxAttempts = 5;
        c.transport.backoffBaseMs = 200;
        c.transport.backoffMaxMs = 400;
        c.transport.pinnedCertSha256 = pin;
        return c;
    }

    bool runJob(jobs::Job *job, int timeoutMs = 30000)
    {
        QSignalSpy finished(job, &jobs::Job::finished);
        job->start();
        return job->isFinished() || finished.wait(timeoutMs);
    }

    int apiRequests() const { return m_sim->stats().value(QLatin1String("requests")).toObject().size(); }

    static QByteArray colonHex(const QByteArray &hex)
    {
        QByteArray out;
        for (qsizetype i = 0; i < hex.size(); i += 2)
            out += (out.isEmpty() ? QByteArray() : QByteArray(":")) + hex.mid(i, 2).toUpper();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        config::installTranslations(QLocale(QLocale::English));
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here: the TLS tests cannot run");
        m_certFile = QStringLiteral(S1_TLS_FIXTURE_DIR "/cert.pem");
        m_keyFile = QStringLiteral(S1_TLS_FIXTURE_DIR "/key.pem");
        QString error;
        QVERIFY2(m_tlsOptions.loadTls(m_certFile, m_keyFile, &error), qPrintable(error));
        QVERIFY(m_tlsOptions.isTls());
        m_tlsOptions.threats = 20;
        m_fingerprint = m_tlsOptions.tlsCertificate.digest(QCryptographicHash::Sha256).toHex();
        // The fingerprint the fixture's README gives: the file is the one described there.
        QCOMPARE(colonHex(m_fingerprint),
            QByteArray("F2:07:E3:0F:D9:E6:DF:E9:39:FE:21:85:86:7D:86:11:E6:8F:3C:AE:D3:A1:17:D6:3D:4D:CC:D2:"
                       "48:A3:EB:8A"));
        QVERIFY(m_tlsOptions.tlsCertificate.expiryDate() > QDateTime::currentDateTimeUtc().addYears(5));
    }

    void cleanup() { m_sim.reset(); }

    // One bad certificate per row: TlsFailure at the first attempt, a sentence that says what is wrong
    // and what to do (and not another row's), and not one request seen by the simulator. The test CA
    // (tests/fixtures/tls/ca.pem) is trusted for the rows whose certificate it signed, so the only
    // fault left is the one of the row.
    void s1CertificateProblemHasItsSentence_data()
    {
        QTest::addColumn<QString>("cert");
        QTest::addColumn<bool>("trustTestCa");
        QTest::addColumn<bool>("pinOther"); // pin another certificate's fingerprint
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("advice");
        QTest::newRow("expired")
            << u"expired"_s << true << false << int(ApiError::TlsProblem::Expired)
            << u"The secure connection to 127.0.0.1 failed: its certificate expired on 2021-01-01, so nothing was sent."_s
            << u"must renew the certificate"_s;
        QTest::newRow("not valid yet")
            << u"notyet"_s << true << false << int(ApiError::TlsProblem::NotYetValid)
            << u"The secure connection to 127.0.0.1 failed: its certificate is valid only from 2045-01-01, so nothing was sent."_s
            << u"Check that this computer's date and time are right"_s;
        QTest::newRow("wrong host")
            << u"wronghost"_s << true << false << int(ApiError::TlsProblem::WrongHost)
            << u"The secure connection to 127.0.0.1 failed: its certificate is for example.invalid, not for 127.0.0.1, so nothing was sent."_s
            << u"Use the address the certificate names"_s;
        QTest::newRow("self-signed, no pin")
            << u"cert"_s << false << false << int(ApiError::TlsProblem::Untrusted)
            << u"The secure connection to 127.0.0.1 failed: its certificate is not trusted."_s
            << u"pin the certificate in the profile's TLS settings"_s;
        QTest::newRow("pin no longer matches")
            << u"cert"_s << false << true << int(ApiError::TlsProblem::PinMismatch)
            << u"The secure connection to 127.0.0.1 failed: its certificate (SHA-256 fingerprint %1) is not the one pinned in the profile, so nothing was sent."_s
            << u"confirm the new fingerprint with its administrator"_s;
    }

    void s1CertificateProblemHasItsSentence()
    {
        QFETCH(QString, cert);
        QFETCH(bool, trustTestCa);
        QFETCH(bool, pinOther);
        QFETCH(int, problem);
        QFETCH(QString, sentence);
        QFETCH(QString, advice);
        const QString dir = QStringLiteral(S1_TLS_FIXTURE_DIR);
        s1sim::SimOptions options = m_tlsOptions;
        QString error;
        const QString key = cert == u"cert"_s ? u"key"_s : cert + u"-key"_s; // cert.pem's is key.pem
        QVERIFY2(options.loadTls(dir + u'/' + cert + u".pem"_s, dir + u'/' + key + u".pem"_s, &error),
            qPrintable(error));
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost, 0) != 0);

        const QSslConfiguration systemDefault = QSslConfiguration::defaultConfiguration();
        const auto restore
            = qScopeGuard([&systemDefault] { QSslConfiguration::setDefaultConfiguration(systemDefault); });
        if (trustTestCa) {
            QSslConfiguration withCa = systemDefault;
            withCa.addCaCertificates(dir + u"/ca.pem"_s);
            QSslConfiguration::setDefaultConfiguration(withCa);
        }
        QByteArray pin;
        if (pinOther) {
            const auto other = QSslCertificate::fromPath(dir + u"/wronghost.pem"_s);
            QCOMPARE(other.size(), 1);
            pin = other.first().digest(QCryptographicHash::Sha256).toHex(); // the one it had before
            sentence = sentence.arg(QString::fromLatin1(m_fingerprint));
        }
        s1::S1Client client(consoleConfig(pin));
        net::ApiRequest request;
        request.path = s1::S1Client::apiPath(QStringLiteral("sites"));
        net::ApiCall *call = client.send(request);
        QSignalSpy done(call, &net::ApiCall::finished);
        QVERIFY(call->isFinished() || done.wait(20000));
        QCOMPARE(call->error().kind, ApiError::Kind::TlsFailure);
        QCOMPARE(int(call->error().tlsProblem), problem);
        QCOMPARE(call->attempts(), 1);
        const QString message = call->error().userMessage();
        QVERIFY2(message.startsWith(sentence), qPrintable(message));
        QVERIFY2(message.contains(advice), qPrintable(message));
        QCOMPARE(apiRequests(), 0); // nothing reached the server: not even the token
    }

    void loadTlsNamesTheBadFile()
    {
        s1sim::SimOptions options;
        QString error;
        QVERIFY(!options.loadTls(m_keyFile, m_keyFile, &error)); // a key is not a certificate
        QVERIFY2(error.contains(QLatin1String("key.pem")), qPrintable(error));
        QVERIFY(!options.loadTls(m_certFile, m_certFile, &error)); // nor is a certificate a key
        QVERIFY2(error.contains(QLatin1String("cert.pem")), qPrintable(error));
        QVERIFY(!options.loadTls(m_certFile, QStringLiteral("/nonexistent/key.pem"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent/key.pem")), qPrintable(error));
        QVERIFY(!options.isTls());
    }

    void serverSpeaksHttps()
    {
        startSim();
        QCOMPARE(m_sim->baseUrl().scheme(), QStringLiteral("https"));
        QCOMPARE(m_sim->openCtiUrl().scheme(), QStringLiteral("https"));
        QCOMPARE(m_sim->baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    // System trust does not know the fixture: TlsFailure after one attempt, a sentence about the
    // certificate, and no request reached the API.
    void s1SystemTrustRefuses()
    {
        startSim();
        s1::S1Client client(consoleConfig());
        net::ApiRequest request;
        request.path = s1::S1Client::apiPath(QStringLiteral("sites"));
        QElapsedTimer timer;
        timer.start();
        net::ApiCall *call = client.send(request);
        QSignalSpy retrying(call, &net::ApiCall::retrying);
        QSignalSpy done(call, &net::ApiCall::finished);
        QVERIFY(call->isFinished() || done.wait(20000));
        QCOMPARE(call->error().kind, ApiError::Kind::TlsFailure);
        QCOMPARE(call->attempts(), 1);
        QCOMPARE(retrying.size(), 0);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        const QString message = call->error().userMessage();
        QVERIFY2(message.contains(QLatin1String("certificate is not trusted")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("pin the certificate")), qPrintable(message));
        QCOMPARE(apiRequests(), 0);

        s1::SiteListJob job(&client);
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), jobs::Job::State::Failed);
        QCOMPARE(job.error().remote.kind, ApiError::Kind::TlsFailure);
        QVERIFY(job.summary().contains(QLatin1String("The secure connection to 127.0.0.1 failed")));
    }

    void s1PinnedCertificateIsAccepted_data()
    {
        QTest::addColumn<bool>("colons");
        QTest::newRow("hex") << false;
        QTest::newRow("colon-separated upper case, as openssl prints it") << true;
    }

    void s1PinnedCertificateIsAccepted()
    {
        QFETCH(bool, colons);
        startSim();
        s1::S1Client client(consoleConfig(colons ? colonHex(m_fingerprint) : m_fingerprint));
        s1::ThreatListJob job(&client, {});
        job.setKeepResults(true);
        QVERIFY(runJob(&job));
        QVERIFY2(job.state() == jobs::Job::State::Succeeded, qPrintable(job.summary()));
        QCOMPARE(job.threats().size(), 20);
        QCOMPARE(m_sim->stats()
                     .value(QLatin1String("requests"))
                     .toObject()
                     .value(QLatin1String("GET /web/api/v2.1/threats"))
                     .toInt(),
            1);
    }

    void s1WrongPinIsRefused()
    {
        startSim();
        s1::S1Client client(consoleConfig(QByteArray(64, 'a')));
        net::ApiRequest request;
        request.path = s1::S1Client::apiPath(QStringLiteral("sites"));
        net::ApiCall *call = client.send(request);
        QSignalSpy done(call, &net::ApiCall::finished);
        QVERIFY(call->isFinished() || done.wait(20000));
        QCOMPARE(call->error().kind, ApiError::Kind::TlsFailure);
        QCOMPARE(call->attempts(), 1);
        // the detail names the fingerprint the server showed, so a user can compare
        QVERIFY2(call->error().detail.contains(QString::fromLatin1(m_fingerprint)),
            qPrintable(call->error().detail));
        QCOMPARE(apiRequests(), 0);
    }

    void openCtiSystemTrustRefuses()
    {
        startSim();
        opencti::OpenCtiClient client(openCtiConfig());
        opencti::OpenCtiCheckJob job(&client);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), jobs::Job::State::Failed);
        QCOMPARE(job.error().remote.kind, ApiError::Kind::TlsFailure);
        QCOMPARE(job.error().remote.serviceName(), QStringLiteral("OpenCTI"));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(job.summary().contains(QLatin1String(
                     "The secure connection to OpenCTI at 127.0.0.1 failed: its certificate is not trusted")),
            qPrintable(job.summary()));
        QCOMPARE(apiRequests(), 0);
    }

    void openCtiPinnedCertificateIsAccepted()
    {
        startSim();
        opencti::OpenCtiClient client(openCtiConfig(m_fingerprint));
        opencti::OpenCtiCheckJob job(&client);
        QVERIFY(runJob(&job));
        QVERIFY2(job.state() == jobs::Job::State::Succeeded, qPrintable(job.summary()));
        QCOMPARE(job.summary(), QStringLiteral("Connected to OpenCTI 6.9.17 as admin"));
        QCOMPARE(m_sim->stats()
                     .value(QLatin1String("requests"))
                     .toObject()
                     .value(QLatin1String("POST /graphql CheckConnection"))
                     .toInt(),
            1);
    }

    void openCtiWrongPinIsRefused()
    {
        startSim();
        opencti::OpenCtiClient client(openCtiConfig(QByteArray(64, '0')));
        opencti::OpenCtiCheckJob job(&client);
        QVERIFY(runJob(&job));
        QCOMPARE(job.error().remote.kind, ApiError::Kind::TlsFailure);
        QVERIFY(job.summary().contains(QLatin1String("certificate")));
        QCOMPARE(apiRequests(), 0);
    }

    // The in-process host (the GUI's demo tenant) serves HTTPS too.
    void simHostServesHttps()
    {
        s1sim::SimHost host;
        QVERIFY2(host.start(m_tlsOptions), qPrintable(host.errorString()));
        QCOMPARE(host.baseUrl().scheme(), QStringLiteral("https"));
        s1::ConsoleConfig c;
        c.url = host.baseUrl();
        c.token = host.token();
        c.transport.pinnedCertSha256 = m_fingerprint;
        s1::S1Client client(c);
        s1::SiteListJob job(&client);
        QVERIFY(runJob(&job));
        QVERIFY2(job.state() == jobs::Job::State::Succeeded, qPrintable(job.summary()));
    }

    void executableServesHttps()
    {
        const QString exe = QStringLiteral(S1_SIM_EXE);
        QVERIFY2(QFile::exists(exe), "s1bridge-sim is not built");
        QProcess process;
        process.start(exe,
            {QStringLiteral("--threats"), QStringLiteral("5"), QStringLiteral("--tls-cert"), m_certFile,
                QStringLiteral("--tls-key"), m_keyFile});
        QVERIFY(process.waitForStarted());
        QByteArray out;
        while (out.count('\n') < 4 && process.waitForReadyRead(10000))
            out += process.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY2(lines.size() >= 4, out.constData());
        QVERIFY2(lines[0].startsWith("S1_URL=https://127.0.0.1:"), lines[0].constData());
        QVERIFY2(lines[2].startsWith("OPENCTI_URL=https://127.0.0.1:"), lines[2].constData());

        opencti::OpenCtiConfig c;
        c.url = opencti::OpenCtiConfig::normalizeUrl(QString::fromUtf8(lines[2].mid(12)));
        c.token = QString::fromUtf8(lines[3].mid(14));
        c.transport.pinnedCertSha256 = m_fingerprint;
        opencti::OpenCtiClient client(c);
        opencti::OpenCtiCheckJob job(&client);
        QVERIFY(runJob(&job));
        QVERIFY2(job.state() == jobs::Job::State::Succeeded, qPrintable(job.summary()));

        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);

        QProcess bad;
        bad.start(exe, {QStringLiteral("--tls-cert"), m_certFile});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--tls-key"));
        bad.start(exe, {QStringLiteral("--tls-cert"), m_keyFile, QStringLiteral("--tls-key"), m_keyFile});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("not a PEM certificate"));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
