// SPDX-License-Identifier: GPL-3.0-or-later
// A feed or file source pulled into a real SQLite IOC store: the simulator's feeds over HTTP (ETag
// and Last-Modified, 304), a local file, lines refused with their numbers, IOCs a feed no longer
// lists, and the failures a user meets (no such feed, a web page instead of a feed, an unreadable
// file, bad settings), each in a sentence that says what to do.
#include "SimServer.h"
#include "config/SecretStore.h"
#include "config/Translations.h"
#include "exchange/FeedPullJob.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace exchange;

namespace {
// A bare HTTP/1.1 server for what the simulator's feeds do not do: it records each request's head
// and answers 401 without the expected Authorization header, a redirect when told to, else a feed.
class FeedServer : public QObject
{
public:
    QByteArray expectedAuthorization;
    QUrl redirectTo;
    QList<QByteArray> heads;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/feed.txt").arg(m_server.serverPort()));
    }

    FeedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray head = socket->readAll();
                    if (!head.contains("\r\n\r\n"))
                        return;
                    heads << head;
                    QByteArray answer;
                    if (redirectTo.isValid())
                        answer = "HTTP/1.1 302 Found\r\nLocation: " + redirectTo.toEncoded()
                            + "\r\nContent-Length: 0\r\n\r\n";
                    else if (!expectedAuthorization.isEmpty()
                        && !head.toLower().contains(
                            QByteArray("\r\nauthorization: " + expectedAuthorization.toLower() + "\r\n")))
                        answer = "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n";
                    else
                        answer = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\n"
                                 "203.0.113.5\n";
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
            }
        });
    }

private:
    QTcpServer m_server;
};
} // namespace

class TestFeedPull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<s1sim::SimServer> m_sim;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<IocStore> m_store;

    IocSource addSource(const QString &name, const QJsonObject &settings)
    {
        IocSource source;
        source.name = name;
        source.kind = QStringLiteral("feed");
        source.settings = settings;
        QString error;
        if (!m_store->saveSource(&source, &error))
            qWarning("%s", qPrintable(error));
        return source;
    }
    // Runs a pull of the source as stored now (its checkpoint included) to its end.
    std::unique_ptr<FeedPullJob> pull(const IocSource &source)
    {
        auto job = std::make_unique<FeedPullJob>(m_store.get(), *m_store->source(source.id));
        job->start();
        if (!QTest::qWaitFor([&] { return job->isFinished(); }, 30000))
            qWarning("the pull did not end within 30 s");
        return job;
    }
    qint64 present(const IocSource &source) const
    {
        IocFilter filter;
        filter.sourceIds = {source.id};
        return m_store->count(filter);
    }

private Q_SLOTS:
    void initTestCase()
    {
        config::installTranslations(QLocale(QLocale::English));
        // SimOptions() and not SimOptions {}: clang (the sanitizer builds) refuses the braces, since
        // the member tlsCertificate has an explicit default constructor and no initializer.
        m_sim = std::make_unique<s1sim::SimServer>(s1sim::SimOptions());
        QVERIFY(m_sim->listen() != 0);
    }

    void init()
    {
        m_store.reset();
        m_db = std::make_unique<storage::Database>(m_dir.filePath(
            QStringLiteral("feeds-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_store = std::make_unique<IocStore>(m_db.get());
    }

    // The first pull stores what the feed lists and names every refused line; the second is answered
    // 304 and changes nothing; a changed feed is read again and what it dropped is no longer listed.
    void feedOverHttp()
    {
        const QByteArray first = "# a blocklist\n"
                                 "203.0.113.7\n"
                                 "hxxps://evil[.]example/payload ; defanged\n"
                                 "not an indicator\n"
                                 "d41d8cd98f00b204e9800998ecf8427e\n" // the empty file's MD5: refused
                                 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b856\n"
                                 "bad.example.org\n";
        QVERIFY(m_sim->setFeed(QStringLiteral("mine.txt"), first));
        const IocSource source = addSource(QStringLiteral("My list"),
            {{QStringLiteral("url"), m_sim->feedUrl(QStringLiteral("mine.txt")).toString()}});

        auto job = pull(source);
        QCOMPARE(job->state(), jobs::Job::State::Succeeded);
        QCOMPARE(job->storeCounts().added, 4);
        QCOMPARE(job->rejectedCount(), qint64(2));
        QCOMPARE(job->failures().size(), 2);
        QVERIFY2(job->failures().at(0).item.startsWith(QLatin1String("line 4")),
            qPrintable(job->failures().at(0).item));
        QVERIFY(job->failures().at(1).item.startsWith(QLatin1String("line 5")));
        QVERIFY(job->failures().at(1).message.contains(QLatin1String("empty")));
        QVERIFY(m_store->find(IocType::Url, QStringLiteral("https://evil.example/payload")).has_value());
        QCOMPARE(present(source), qint64(4));
        QVERIFY(job->summary().contains(QLatin1String("4 new")));

        auto again = pull(source);
        QCOMPARE(again->state(), jobs::Job::State::Succeeded);
        QVERIFY(again->notModified());
        QVERIFY2(again->summary().contains(QLatin1String("304")), qPrintable(again->summary()));
        QCOMPARE(present(source), qint64(4));

        QVERIFY(
            m_sim->setFeed(QStringLiteral("mine.txt"), "203.0.113.7\nbad.example.org\nnew.example.net\n"));
        auto changed = pull(source);
        QCOMPARE(changed->state(), jobs::Job::State::Succeeded);
        QVERIFY(!changed->notModified());
        QCOMPARE(changed->storeCounts().added, 1);
        QCOMPARE(changed->absentCount(), 2);
        QCOMPARE(present(source), qint64(3));
        QCOMPARE(m_store->count(), qint64(5)); // the IOCs stay; the share job retracts what no one reports
    }

    // A scheduled pull (the window, the tray, `run`) is given the keychain, not the credential: the
    // job reads it there when it runs and sends it.
    void credentialFromTheKeychain()
    {
        FeedServer feed;
        QVERIFY(feed.listen());
        feed.expectedAuthorization = "Bearer k3ychain";
        IocSource source = addSource(QStringLiteral("Keychain feed"),
            {{QStringLiteral("url"), feed.url().toString()}, {QStringLiteral("authorization"), true}});
        config::SecretStore secrets(QStringLiteral("S1 Bridge tests"));
        bool written = false, done = false;
        secrets.write(FeedPullJob::credentialKey(source.id), QStringLiteral("Bearer k3ychain"), this,
            [&](bool ok, const QString &) {
                written = ok;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(written, "the keychain (gnome-keyring in the test's D-Bus session) took no secret");

        FeedPullJob job(m_store.get(), *m_store->source(source.id));
        job.setSecretStore(&secrets);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QVERIFY2(job.state() == jobs::Job::State::Succeeded, qPrintable(job.error().userMessage()));
        QCOMPARE(feed.heads.size(), 1); // fetched once, with the credential (401 without it)
        done = false;
        secrets.remove(
            FeedPullJob::credentialKey(source.id), this, [&](bool, const QString &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    // A feed behind a credential: sent when the source has one, refused in a sentence when the
    // keychain has none, never carried to another host by a redirect.
    void credentialGoesToTheFeedOnly()
    {
        FeedServer feed;
        QVERIFY(feed.listen());
        feed.expectedAuthorization = "Bearer s3cret";
        IocSource source = addSource(QStringLiteral("Private"),
            {{QStringLiteral("url"), feed.url().toString()}, {QStringLiteral("authorization"), true}});
        QCOMPARE(
            FeedPullJob::credentialKey(source.id), QStringLiteral("source/%1/authorization").arg(source.id));

        auto missing = pull(source); // no credential given: nothing is fetched
        QCOMPARE(missing->state(), jobs::Job::State::Failed);
        QCOMPARE(missing->error().kind, jobs::JobError::Kind::Keychain);
        QVERIFY2(missing->error().userMessage().contains(QLatin1String("sources credential Private")),
            qPrintable(missing->error().userMessage()));
        QVERIFY(feed.heads.isEmpty());

        FeedPullJob job(m_store.get(), *m_store->source(source.id));
        job.setAuthorization(QStringLiteral("Bearer s3cret"));
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.isFinished(), 10000);
        QCOMPARE(job.state(), jobs::Job::State::Succeeded);
        QCOMPARE(job.storeCounts().added, 1);
        QCOMPARE(feed.heads.size(), 1);

        // The feed moves to another host (another port is another origin): the credential stays.
        FeedServer elsewhere;
        QVERIFY(elsewhere.listen());
        feed.redirectTo = elsewhere.url();
        QVERIFY(m_store->setCheckpoint(source.id, QString(), nullptr));
        FeedPullJob moved(m_store.get(), *m_store->source(source.id));
        moved.setAuthorization(QStringLiteral("Bearer s3cret"));
        moved.start();
        QTRY_VERIFY_WITH_TIMEOUT(moved.isFinished(), 10000);
        QCOMPARE(moved.state(), jobs::Job::State::Failed);
        for (const QByteArray &head : std::as_const(elsewhere.heads))
            QVERIFY2(!head.toLower().contains("authorization"), head.constData());
    }

    void theSimulatorsFeedsParse_data()
    {
        QTest::addColumn<QString>("feed");
        QTest::newRow("text") << QStringLiteral("blocklist.txt");
        QTest::newRow("threatfox csv") << QStringLiteral("threatfox.csv");
        QTest::newRow("stix bundle") << QStringLiteral("stix.json");
    }
    void theSimulatorsFeedsParse()
    {
        QFETCH(QString, feed);
        const IocSource source = addSource(feed, {{QStringLiteral("url"), m_sim->feedUrl(feed).toString()}});
        auto job = pull(source);
        QCOMPARE(job->state(), jobs::Job::State::Succeeded);
        QVERIFY2(job->storeCounts().added >= 3, qPrintable(job->summary()));
        QCOMPARE(present(source), qint64(job->storeCounts().added));
    }

    void localFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("iocs.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("value,type,description\n198.51.100.9,IPV4,scanner\nevil.example.com,DNS,c2\n");
        file.close();
        const IocSource source = addSource(QStringLiteral("CSV file"), {{QStringLiteral("file"), path}});
        auto job = pull(source);
        QCOMPARE(job->state(), jobs::Job::State::Succeeded);
        QCOMPARE(job->storeCounts().added, 2);
        auto again = pull(source);
        QVERIFY(again->notModified());
        QVERIFY(again->summary().contains(QLatin1String("has not changed")));
        // A server without validators: the same bytes are no change either.
        QVERIFY(m_sim->setFeed(QStringLiteral("same.txt"), "203.0.113.9\n"));
        const IocSource feed = addSource(QStringLiteral("Same"),
            {{QStringLiteral("url"), m_sim->feedUrl(QStringLiteral("same.txt")).toString()}});
        QCOMPARE(pull(feed)->storeCounts().added, 1);
        QVERIFY(m_sim->setFeed(QStringLiteral("same.txt"), "203.0.113.9\n")); // a new ETag, the same content
        QVERIFY(pull(feed)->notModified());
    }

    // A job destroyed while its file is parsed (the window closing, a profile switched) joins the parse
    // thread: none is left running with nobody to delete it (LeakSanitizer found its QThread leaked).
    void destroyedWhileParsingJoinsTheParser()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray lines;
        for (int i = 0; i < 1000000; ++i)
            lines += "10." + QByteArray::number(i >> 16) + '.' + QByteArray::number((i >> 8) & 255) + '.'
                + QByteArray::number(i & 255) + '\n';
        file.write(lines);
        file.close();
        const IocSource source = addSource(QStringLiteral("Big file"), {{QStringLiteral("file"), path}});
        const auto parserThreads = [] {
            int n = 0;
            for (const QString &task :
                QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
                if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "feed-parse")
                    ++n;
            }
            return n;
        };
        QCOMPARE(parserThreads(), 0);
        auto job = std::make_unique<FeedPullJob>(m_store.get(), *m_store->source(source.id));
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(parserThreads() == 1, 10000);
        job.reset();
        QTRY_COMPARE_WITH_TIMEOUT(parserThreads(), 0, 200); // joined, not parsing on for seconds
    }

    void failuresSayWhatToDo_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("kind");
        QTest::newRow("no such feed")
            << QJsonObject {{QStringLiteral("url"), QStringLiteral("/__sim/feeds/none.txt")}}
            << QStringLiteral("There is no feed at") << int(jobs::JobError::Kind::Remote);
        QTest::newRow("a web page") << QJsonObject {{QStringLiteral("url"),
            QStringLiteral("/__sim/feeds/login.txt")}}
                                    << QStringLiteral("answered a web page")
                                    << int(jobs::JobError::Kind::Remote);
        QTest::newRow("no such file")
            << QJsonObject {{QStringLiteral("file"), QStringLiteral("/nonexistent/iocs.txt")}}
            << QStringLiteral("The file /nonexistent/iocs.txt of the source no such file cannot be read")
            << int(jobs::JobError::Kind::Disk);
        QTest::newRow("not http") << QJsonObject {{QStringLiteral("url"),
            QStringLiteral("ftp://example.com/x")}}
                                  << QStringLiteral(
                                         "url: \"ftp://example.com/x\" is not an http or https address")
                                  << int(jobs::JobError::Kind::Input);
        QTest::newRow("both") << QJsonObject {{QStringLiteral("url"), QStringLiteral("https://x.example")},
            {QStringLiteral("file"), QStringLiteral("/tmp/x")}}
                              << QStringLiteral("url or file") << int(jobs::JobError::Kind::Input);
        QTest::newRow("format") << QJsonObject {{QStringLiteral("file"), QStringLiteral("/tmp/x")},
            {QStringLiteral("format"), QStringLiteral("xml")}}
                                << QStringLiteral("format: use auto") << int(jobs::JobError::Kind::Input);
    }
    void failuresSayWhatToDo()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(QString, expected);
        QFETCH(int, kind);
        QVERIFY(m_sim->setFeed(QStringLiteral("login.txt"),
            "<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>"));
        if (settings.value(QStringLiteral("url")).toString().startsWith(u'/'))
            settings.insert(QStringLiteral("url"),
                QString(m_sim->baseUrl().toString() + settings.value(QStringLiteral("url")).toString()));
        const IocSource source = addSource(QLatin1String(QTest::currentDataTag()), settings);
        QVERIFY(m_store->source(source.id).has_value());
        auto job = pull(source);
        QCOMPARE(job->state(), jobs::Job::State::Failed);
        QVERIFY2(job->error().userMessage().contains(expected), qPrintable(job->error().userMessage()));
        QCOMPARE(int(job->error().kind), kind);
        QVERIFY(m_store->source(source.id)->lastPullState.startsWith(QLatin1String("failed")));
        QCOMPARE(present(source), qint64(0));
    }
};

QTEST_MAIN(TestFeedPull)
#include "tst_feedpull.moc"
