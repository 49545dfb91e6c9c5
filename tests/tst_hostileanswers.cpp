// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and bad server answers (issue 15): a "console" in the test (a raw QTcpServer) answers what
// no console should: text that is not JSON, a web page, a JSON list where the envelope belongs, an
// object where the list belongs, a body that trickles in one byte at a time, 2 GB announced by its
// Content-Length or streamed without one, threat names with control characters and bidi overrides.
// The real s1bridge-cli is run against it (message, exit code, peak memory from /proc/<pid>/status
// VmHWM, time), and the jobs that read lists outside PagedListJob (the threat browser's
// ThreatPageFetcher, ThreatFlagJob, the OpenCTI import) are run in-process.
#include "CliTestSupport.h"
#include "SanitizerBuild.h"
#include "SimServer.h"
#include "config/Translations.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "s1/S1Client.h"
#include "s1/ThreatFlagJob.h"
#include "s1/ThreatPageFetcher.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// How the test's console answers a request.
struct Answer
{
    enum class Mode {
        Whole, // status, content type and body at once
        Trickle, // 200 JSON with its Content-Length, then one byte of the body every intervalMs
        HugeAnnounced, // 200 JSON announcing `size` bytes (Content-Length), streamed until the client stops
        HugeStreamed, // 200 JSON, chunked, no length, `size` bytes streamed until the client stops
    };
    Mode mode = Mode::Whole;
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    qint64 size = 0;
    int intervalMs = 100;
};

// An HTTP/1.1 server answering every request whose path contains a rule's key with that rule's
// answer (the first that matches), else with `fallback`. It runs in the test's thread: the clients
// are another process (s1bridge-cli) or asynchronous jobs, and QSignalSpy::wait runs its events.
class HostileConsole : public QObject
{
    Q_OBJECT
public:
    QList<std::pair<QByteArray, Answer>> rules;
    Answer fallback;
    QStringList requests;
    qint64 bodyBytesWritten = 0;

    quint16 listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
        return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
    }
    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()); }

private:
    void accept(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qint64 length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            const QList<QByteArray> words = buffer->left(buffer->indexOf("\r\n")).split(' ');
            buffer->remove(0, end + 4 + length);
            const QByteArray target = words.value(1);
            requests << QString::fromLatin1(words.value(0) + ' ' + target);
            Answer a = fallback;
            for (const auto &[key, answer] : std::as_const(rules)) {
                if (target.contains(key)) {
                    a = answer;
                    break;
                }
            }
            answer(socket, a);
        });
    }

    void answer(QTcpSocket *socket, const Answer &a)
    {
        switch (a.mode) {
        case Answer::Mode::Whole:
            socket->write("HTTP/1.1 " + QByteArray::number(a.status)
                + " Answer\r\nContent-Type: " + a.contentType
                + "\r\nContent-Length: " + QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body);
            return;
        case Answer::Mode::Trickle: {
            const QByteArray body = a.body;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n");
            auto *timer = new QTimer(socket);
            auto at = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [this, socket, body, at, timer] {
                if (*at >= body.size() || socket->state() != QAbstractSocket::ConnectedState)
                    return timer->stop();
                socket->write(body.mid((*at)++, 1));
                ++bodyBytesWritten;
            });
            timer->start(a.intervalMs);
            return;
        }
        case Answer::Mode::HugeAnnounced:
        case Answer::Mode::HugeStreamed:
            break;
        }
        const bool announced = a.mode == Answer::Mode::HugeAnnounced;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + (announced ? "Content-Length: " + QByteArray::number(a.size) + "\r\n\r\n"
                         : QByteArray("Transfer-Encoding: chunked\r\n\r\n")));
        // A JSON list that never ends: bytes go out as fast as the client takes them, one chunk
        // waiting in the socket at most (what is written is what the client read).
        auto queued = std::make_shared<qint64>(0);
        const qint64 total = a.size;
        auto pump = [this, socket, queued, announced, total] {
            if (socket->state() != QAbstractSocket::ConnectedState || *queued >= total
                || socket->bytesToWrite() > 0)
                return;
            const int n = int(std::min<qint64>(256 * 1024, total - *queued));
            QByteArray chunk(n, ' ');
            if (*queued == 0)
                chunk[0] = '[';
            socket->write(announced ? chunk : QByteArray::number(n, 16) + "\r\n" + chunk + "\r\n");
            *queued += n;
            bodyBytesWritten += n;
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    QTcpServer m_server;
};

// A threat as the console lists it, with the name given.
QJsonObject threatJson(const QString &id, const QString &name)
{
    return QJsonObject {{u"id"_s, id},
        {u"threatInfo"_s,
            QJsonObject {{u"threatName"_s, name}, {u"threatId"_s, id}, {u"classification"_s, u"Malware"_s},
                {u"createdAt"_s, u"2026-11-01T10:00:00.000000Z"_s},
                {u"updatedAt"_s, u"2026-11-01T10:00:00.000000Z"_s},
                {u"filePath"_s, QString(u"C:\\Temp\\"_s + name)}}},
        {u"agentRealtimeInfo"_s, QJsonObject {{u"agentComputerName"_s, u"host-1"_s}}}};
}

QByteArray envelope(const QJsonValue &data)
{
    return QJsonDocument(
        QJsonObject {{u"data"_s, data},
            {u"pagination"_s, QJsonObject {{u"nextCursor"_s, QJsonValue()}, {u"totalItems"_s, 1}}}})
        .toJson(QJsonDocument::Compact);
}

// The peak resident memory of a running process, in KiB (0 when it is gone).
qint64 peakKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

struct CliRun
{
    int exitCode = -1; // -1: crashed, or killed at the test's limit
    QByteArray out, err;
    qint64 peakKiB = 0;
    qint64 elapsedMs = 0;
};

} // namespace

Q_DECLARE_METATYPE(Answer)

class TestHostileAnswers : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // s1bridge-cli against the console, to its end (killed after limitMs), its peak memory sampled
    // every 10 ms. Its data segment is capped at 1 GiB as well (under AddressSanitizer, its resident
    // memory at 2 GiB: SanitizerBuild.h), so that a regression fails the test instead of filling the
    // machine.
    CliRun cli(const HostileConsole &console, const QStringList &arguments, int limitMs = 60000)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"S1_URL"_s, console.url());
        env.insert(u"S1_API_KEY"_s, u"token-for-a-hostile-test"_s);
        for (const char *name : {"S1_ACCOUNT_ID", "MAX_API_ATTEMPTS", "SIGN", "OPENCTI_URL", "OPENCTI_TOKEN"})
            env.remove(QString::fromLatin1(name));
        if (!testsupport::canCapDataSegment)
            env.insert(u"ASAN_OPTIONS"_s, env.value(u"ASAN_OPTIONS"_s) + u":hard_rss_limit_mb=2048"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        p.setChildProcessModifier([] {
            const rlimit limit {1024UL * 1024 * 1024, 1024UL * 1024 * 1024};
            if (testsupport::canCapDataSegment)
                setrlimit(RLIMIT_DATA, &limit);
        });
        CliRun r;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this,
            [&] { r.peakKiB = std::max(r.peakKiB, peakKiB(p.processId())); });
        QElapsedTimer clock;
        clock.start();
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(S1_CLI_EXE), arguments);
        if (!p.waitForStarted(10000))
            return r;
        sampler.start(10);
        if (!finished.wait(limitMs)) {
            p.kill();
            p.waitForFinished(5000);
            r.elapsedMs = clock.elapsed();
            return r;
        }
        r.elapsedMs = clock.elapsed();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QString feedback(const CliRun &r)
    {
        return u"exit %1 after %2 ms, peak %3 MiB\nstdout: %4\nstderr: %5"_s.arg(r.exitCode)
            .arg(r.elapsedMs)
            .arg(r.peakKiB / 1024)
            .arg(QString::fromUtf8(r.out.left(1500)), QString::fromUtf8(r.err.left(1500)));
    }

    bool runJob(jobs::Job *job, int waitMs = 60000)
    {
        QSignalSpy finished(job, &jobs::Job::finished);
        job->start();
        return job->isFinished() || finished.wait(waitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        config::installTranslations(QLocale(QLocale::English));
        QVERIFY(m_home.isValid());
    }

    // Each row: what the console answers, the command, and what the user reads: a sentence naming
    // what is wrong (and where) and what to do; the exit code; for the big and slow answers, that
    // memory stays bounded and the command ends in time.
    void cliAgainstABadConsole_data()
    {
        QTest::addColumn<Answer>("answer");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected"); // substrings of stderr
        QTest::addColumn<int>("limitMs"); // the command ends within this

        const QStringList threats {u"threats"_s, u"list"_s, u"--max-attempts"_s, u"1"_s};
        const QStringList notConsole {u"is not a SentinelOne console"_s, u"Check the console URL"_s};
        const auto whole = [](int status, const QByteArray &type, const QByteArray &body) {
            Answer a;
            a.status = status;
            a.contentType = type;
            a.body = body;
            return a;
        };
        QTest::newRow("plain text, not JSON")
            << whole(200, "text/plain", "hello, this is a printer") << threats << 4
            << (notConsole + QStringList {u"not JSON"_s}) << 30000;
        QTest::newRow("HTML page instead of JSON")
            << whole(200, "text/html", "<!DOCTYPE html><html><body>Sign in</body></html>") << threats << 4
            << (notConsole + QStringList {u"text/html"_s}) << 30000;
        QTest::newRow("JSON list where the envelope belongs")
            << whole(200, "application/json", "[1,2,3]") << threats << 4
            << (notConsole + QStringList {u"a JSON list, where the API gives an object"_s}) << 30000;
        QTest::newRow("data an object where the list belongs")
            << whole(200, "application/json", envelope(QJsonObject {{u"threats"_s, QJsonArray()}})) << threats
            << 4 << (notConsole + QStringList {u"\"data\" is not a list"_s}) << 30000;
        QTest::newRow("data a string") << whole(200, "application/json", R"({"data":"none"})") << threats << 4
                                       << (notConsole + QStringList {u"\"data\" is a string"_s}) << 30000;
        QTest::newRow("JSON cut short")
            << whole(200, "application/json", R"({"data":[{"id":)") << threats << 4
            << QStringList {u"incomplete or malformed"_s, u"after every attempt"_s} << 30000;
        QTest::newRow("accounts: data an object")
            << whole(200, "application/json", envelope(QJsonObject {{u"id"_s, u"1"_s}}))
            << QStringList {u"accounts"_s, u"list"_s, u"--max-attempts"_s, u"1"_s} << 4
            << (notConsole + QStringList {u"\"data\" is not a list"_s}) << 30000;
        QTest::newRow("threats flag: data an object where the threats belong")
            << whole(200, "application/json", envelope(QJsonObject {{u"id"_s, u"1"_s}}))
            << QStringList {u"threats"_s, u"flag"_s, u"1234567890"_s, u"--max-attempts"_s, u"1"_s} << 4
            << (notConsole + QStringList {u"\"data\" is not a list"_s}) << 30000;

        Answer announced;
        announced.mode = Answer::Mode::HugeAnnounced;
        announced.size = 2LL * 1024 * 1024 * 1024;
        QTest::newRow("2 GB announced by Content-Length")
            << announced << threats << 4
            << QStringList {u"larger than the size limit"_s, u"check that the console URL"_s} << 60000;
        Answer streamed = announced;
        streamed.mode = Answer::Mode::HugeStreamed;
        QTest::newRow("2 GB streamed without a length")
            << streamed << threats << 4
            << QStringList {u"larger than the size limit"_s, u"check that the console URL"_s} << 60000;
        Answer trickle;
        trickle.mode = Answer::Mode::Trickle;
        trickle.body = envelope(QJsonArray {threatJson(u"1"_s, u"slow"_s)});
        trickle.intervalMs = 200; // never idle for long; 30 s for the whole answer
        QTest::newRow("answers one byte at a time")
            << trickle << (threats + QStringList {u"--deadline"_s, u"3"_s}) << 4
            << QStringList {u"did not complete within"_s, u"try again later"_s} << 20000;
    }
    void cliAgainstABadConsole()
    {
        QFETCH(Answer, answer);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);
        QFETCH(int, limitMs);
        HostileConsole console;
        console.fallback = answer;
        QVERIFY(console.listen() != 0);
        const CliRun r = cli(console, arguments, limitMs + 30000);
        QVERIFY2(r.exitCode == exitCode, qPrintable(feedback(r)));
        for (const QString &text : std::as_const(expected))
            QVERIFY2(QString::fromUtf8(r.err).contains(text), qPrintable(text + u"\n"_s + feedback(r)));
        QVERIFY2(r.elapsedMs < limitMs, qPrintable(feedback(r)));
        // Bounded, whatever the answer.
        QVERIFY2(r.peakKiB < testsupport::memoryBoundKiB(300 * 1024), qPrintable(feedback(r)));
        QVERIFY(r.out.isEmpty() || !r.out.contains("0 threats")); // never taken for "nothing there"
    }

    // Threat names from the console with control characters (an escape sequence, a carriage return
    // that would overwrite the line) and a right-to-left override ("exe.gpj" shown as "jpg.exe"):
    // the CLI prints them escaped, never raw.
    void hostileThreatNamesArePrintedEscaped()
    {
        HostileConsole console;
        const QString rlo = QString(QChar(0x202e));
        const QJsonArray list {threatJson(u"101"_s, u"invoice"_s + rlo + u"fdp.exe"_s),
            threatJson(u"102"_s, u"\x1b[2J\x1b[31mOWNED\rclean"_s),
            threatJson(u"103"_s, u"bell\x07 and\x0b tab\x7f"_s)};
        console.fallback.body = envelope(list);
        QVERIFY(console.listen() != 0);
        const CliRun r = cli(console, {u"threats"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(feedback(r)));
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(!out.contains(QChar(0x202e)), qPrintable(feedback(r)));
        QVERIFY2(!r.out.contains('\x1b') && !r.out.contains('\r') && !r.out.contains('\x07')
                && !r.out.contains('\x7f') && !r.out.contains('\x0b'),
            qPrintable(feedback(r)));
        QVERIFY2(out.contains(u"\\u202E"_s, Qt::CaseInsensitive), qPrintable(feedback(r)));
        QVERIFY2(out.contains(u"\\x1b"_s, Qt::CaseInsensitive), qPrintable(feedback(r)));
    }

    // The threat browser's fetcher: an object where the list of threats (or of notes) belongs is an
    // error saying so, never an empty page.
    void pageFetcherRefusesAnObjectWhereTheListBelongs()
    {
        HostileConsole console;
        console.fallback.body = envelope(QJsonObject {{u"threats"_s, QJsonArray()}});
        QVERIFY(console.listen() != 0);
        s1::ConsoleConfig c;
        c.url = QUrl(console.url());
        c.token = u"token-for-a-hostile-test"_s;
        c.transport.maxAttempts = 1;
        s1::ThreatPageFetcher fetcher(c);
        QSignalSpy failed(&fetcher, &s1::ThreatPageFetcher::failed);
        QSignalSpy pages(&fetcher, &s1::ThreatPageFetcher::pageReady);
        fetcher.fetch(7, {}, {}, 100);
        QVERIFY(failed.wait());
        QCOMPARE(pages.size(), 0);
        const auto error = failed.first().at(1).value<net::ApiError>();
        QCOMPARE(error.kind, net::ApiError::Kind::NotAConsole);
        QVERIFY2(error.userMessage().contains(u"\"data\" is not a list"_s), qPrintable(error.userMessage()));
        QVERIFY2(error.userMessage().contains(u"Check the console URL"_s), qPrintable(error.userMessage()));

        // The notes of the flag state: the same answer fails them, never "no notes".
        QSignalSpy notesFailed(&fetcher, &s1::ThreatPageFetcher::notesFailed);
        QSignalSpy notesReady(&fetcher, &s1::ThreatPageFetcher::notesReady);
        fetcher.fetchNotes(8, {u"101"_s, u"102"_s});
        QVERIFY(notesFailed.wait());
        QCOMPARE(notesReady.size(), 0);
        QCOMPARE(notesFailed.first().at(1).toStringList(), (QStringList {u"101"_s, u"102"_s}));
    }

    // Unflagging reads each threat's notes: an object there fails that threat with the sentence
    // instead of "had no flag".
    void flagJobRefusesAnObjectWhereTheNotesBelong()
    {
        HostileConsole console;
        console.fallback.body = envelope(QJsonObject {{u"notes"_s, QJsonArray()}});
        QVERIFY(console.listen() != 0);
        s1::ConsoleConfig c;
        c.url = QUrl(console.url());
        c.token = u"token-for-a-hostile-test"_s;
        c.transport.maxAttempts = 1;
        s1::S1Client client(c);
        s1::ThreatFlagJob job(&client, s1::ThreatFlagJob::Mode::Unflag, {u"101"_s}, u"[OpenCTI_add]"_s);
        QVERIFY(runJob(&job));
        QCOMPARE(job.state(), jobs::Job::State::Failed);
        QVERIFY2(job.summary().contains(u"\"data\" is not a list"_s), qPrintable(job.summary()));
        QCOMPARE(job.counts().skipped, qint64(0));
    }

    // The OpenCTI import reads the candidates and their notes from the console: an object where
    // the candidates belong fails the run (the high-water mark stays), one where a threat's notes
    // belong fails that threat only.
    void openCtiImportRefusesAnObjectWhereAListBelongs_data()
    {
        QTest::addColumn<QByteArray>("notesKey"); // the request answered with an object
        QTest::addColumn<bool>("runFails");
        QTest::newRow("the candidates") << QByteArray("/threats?") << true;
        QTest::newRow("a threat's notes") << QByteArray("/notes") << false;
    }
    void openCtiImportRefusesAnObjectWhereAListBelongs()
    {
        QFETCH(QByteArray, notesKey);
        QFETCH(bool, runFails);
        s1sim::SimOptions options;
        options.threats = 0;
        s1sim::SimServer openCtiSim(options);
        QVERIFY(openCtiSim.listen() != 0);
        HostileConsole console;
        const QByteArray object = envelope(QJsonObject {{u"id"_s, u"1"_s}});
        Answer bad;
        bad.body = object;
        console.rules.append({notesKey, bad});
        console.fallback.body = envelope(QJsonArray {threatJson(u"101"_s, u"one"_s)});
        QVERIFY(console.listen() != 0);

        s1::ConsoleConfig c;
        c.url = QUrl(console.url());
        c.token = u"token-for-a-hostile-test"_s;
        c.transport.maxAttempts = 1;
        s1::S1Client s1(c);
        opencti::OpenCtiConfig o;
        o.url = openCtiSim.openCtiUrl();
        o.token = openCtiSim.openCtiToken();
        opencti::OpenCtiClient openCti(o);
        storage::Database db(
            m_home.filePath(u"import-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        opencti::ImportStore store(&db);
        opencti::ImportSettings settings;
        settings.profileId = u"p"_s;
        settings.connectorId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.bundle.consoleUrl = c.url;
        settings.mode = config::Profile::ImportMode::CreatedAfter;
        settings.importStart = QDate(2026, 1, 1);
        opencti::OpenCtiImportJob job(&s1, &openCti, &store, settings);
        QVERIFY(runJob(&job));
        if (runFails) {
            QCOMPARE(job.state(), jobs::Job::State::Failed);
            QVERIFY2(job.summary().contains(u"\"data\" is not a list"_s), qPrintable(job.summary()));
        } else {
            QVERIFY2(job.state() == jobs::Job::State::Succeeded, qPrintable(job.summary()));
            QCOMPARE(job.counts().failed, qint64(1));
            QVERIFY2(job.failures().first().message.contains(u"\"data\" is not a list"_s),
                qPrintable(job.failures().first().message));
        }
        QCOMPARE(job.importedThreats().size(), 0);
        QVERIFY(!store.highWaterMark(u"p"_s).isValid()); // the failed threat is seen again next run
    }
};

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostileanswers.moc"
