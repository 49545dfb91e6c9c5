// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore against the real Secret Service (gnome-keyring in scripts/test's private D-Bus
// session), and without any keychain: a child process of this test whose D-Bus address points at
// a socket that does not exist, as on a server without a desktop session.
#include "config/Profile.h"
#include "config/SecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

using config::SecretStore;

// The real-keychain tests need the D-Bus session scripts/test (or the CI) provides. Outside CI
// they skip with a clear message; in CI (CI=true) a missing session is a failure.
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

namespace {

const char kChildVariable[] = "S1_SECRETSTORE_NO_KEYCHAIN_CHILD";

// Collects what the callbacks report, so the test waits with QSignalSpy instead of asserting in them.
class Receiver : public QObject
{
    Q_OBJECT
public:
    int calls = 0;
    bool synchronous = false; // a callback ran inside the call
    bool inCall = false;

    SecretStore::DoneCallback doneCallback()
    {
        return [this](bool ok, const QString &error) {
            ++calls;
            synchronous = synchronous || inCall;
            Q_EMIT done(ok, error);
        };
    }
    SecretStore::ReadCallback readCallback()
    {
        return [this](const std::optional<QString> &secret, const QString &error) {
            ++calls;
            synchronous = synchronous || inCall;
            Q_EMIT readDone(secret.has_value(), secret.value_or(QString()), error);
        };
    }
Q_SIGNALS:
    void done(bool ok, const QString &error);
    void readDone(bool found, const QString &secret, const QString &error);
};

struct WriteResult
{
    bool ok = false;
    QString error;
    bool answered = false;
};
struct ReadResult
{
    bool found = false;
    QString secret;
    QString error;
    bool answered = false;
};

// Every log line of the test, to prove that no secret reaches one.
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

    QString m_prefix; // unique per run: the real keychain outlives the test

    QString key(const QString &name) const { return m_prefix + name; }

    static WriteResult write(
        SecretStore &store, const QString &key, const QString &secret, int timeoutMs = 20000)
    {
        Receiver r;
        QSignalSpy spy(&r, &Receiver::done);
        r.inCall = true;
        store.write(key, secret, &r, r.doneCallback());
        r.inCall = false;
        WriteResult result;
        if (!spy.wait(timeoutMs))
            return result;
        QTest::qWait(20); // a second call would show up here
        result.answered = r.calls == 1 && !r.synchronous;
        result.ok = spy.first().at(0).toBool();
        result.error = spy.first().at(1).toString();
        return result;
    }
    static WriteResult remove(SecretStore &store, const QString &key)
    {
        Receiver r;
        QSignalSpy spy(&r, &Receiver::done);
        r.inCall = true;
        store.remove(key, &r, r.doneCallback());
        r.inCall = false;
        WriteResult result;
        if (!spy.wait(20000))
            return result;
        QTest::qWait(20);
        result.answered = r.calls == 1 && !r.synchronous;
        result.ok = spy.first().at(0).toBool();
        result.error = spy.first().at(1).toString();
        return result;
    }
    static ReadResult read(SecretStore &store, const QString &key)
    {
        Receiver r;
        QSignalSpy spy(&r, &Receiver::readDone);
        r.inCall = true;
        store.read(key, &r, r.readCallback());
        r.inCall = false;
        ReadResult result;
        if (!spy.wait(20000))
            return result;
        QTest::qWait(20);
        result.answered = r.calls == 1 && !r.synchronous;
        result.found = spy.first().at(0).toBool();
        result.secret = spy.first().at(1).toString();
        result.error = spy.first().at(2).toString();
        return result;
    }

    // The no-keychain half, run in the child process (see sessionOnlyWithoutKeychain).
    void runSessionOnlyChecks()
    {
        const QString secret
            = QStringLiteral("session-only-secret-") + QUuid::createUuid().toString(QUuid::Id128);
        SecretStore store(QStringLiteral("S1 Bridge tests"));
        QSignalSpy statusSpy(&store, &SecretStore::statusChanged);
        QCOMPARE(store.status(), SecretStore::Status::Unknown);
        QVERIFY(store.sessionOnlyReason().isEmpty());

        QElapsedTimer timer;
        timer.start();
        const WriteResult written = write(store, key(QStringLiteral("s1")), secret);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(written.answered, "the callback must run exactly once, after the call returned");
        QVERIFY2(written.ok, qPrintable(written.error));
        QVERIFY(written.error.isEmpty());
        // One retry about a second later, not zero and not two (two would take 2 s more).
        QVERIFY2(elapsed >= 900 && elapsed < 2900, qPrintable(QString::number(elapsed)));
        QCOMPARE(store.status(), SecretStore::Status::SessionOnly);
        QCOMPARE(statusSpy.size(), 1);
        QCOMPARE(statusSpy.first().first().value<SecretStore::Status>(), SecretStore::Status::SessionOnly);
        const QString reason = store.sessionOnlyReason();
        QVERIFY2(
            reason.contains(QLatin1String("gnome-keyring")) && reason.contains(QLatin1String("session only")),
            qPrintable(reason));

        // Another store of this process shares the session's secrets, without asking D-Bus again.
        SecretStore second(QStringLiteral("S1 Bridge tests"));
        QCOMPARE(second.status(), SecretStore::Status::SessionOnly);
        timer.restart();
        ReadResult back = read(second, key(QStringLiteral("s1")));
        QVERIFY2(back.answered, "the callback must run exactly once, after the call returned");
        QVERIFY2(timer.elapsed() < 900, qPrintable(QString::number(timer.elapsed()))); // no D-Bus retry
        QVERIFY(back.found);
        QCOMPARE(back.secret, secret);

        QVERIFY(write(second, key(QStringLiteral("s1")), secret + QStringLiteral("-2")).ok);
        QCOMPARE(read(store, key(QStringLiteral("s1"))).secret, secret + QStringLiteral("-2"));
        const ReadResult missing = read(store, key(QStringLiteral("never-written")));
        QVERIFY(missing.answered && !missing.found && missing.error.isEmpty());
        const WriteResult removed = remove(store, key(QStringLiteral("s1")));
        QVERIFY(removed.answered && removed.ok);
        back = read(store, key(QStringLiteral("s1")));
        QVERIFY(back.answered && !back.found && back.error.isEmpty());
        QCOMPARE(statusSpy.size(), 1);

        // Leaves a copy in memory for the parent to look for on disk (it must not find it).
        QVERIFY(write(store, key(QStringLiteral("left")), secret).ok);
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret), qPrintable(line));
        printf("CHILD-SECRET=%s\n", qPrintable(secret));
        fflush(stdout);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_prefix = QStringLiteral("test/%1/").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QLoggingCategory::setFilterRules(QStringLiteral("s1bridge.config.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureLog);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void realKeychainRoundTrip()
    {
        REQUIRE_SESSION_BUS();
        g_log.clear();
        const QString k = key(QStringLiteral("round-trip"));
        const QString first
            = QStringLiteral("first-secret-Zürich-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString second = QStringLiteral("second-secret-") + QString(600, u'x')
            + QUuid::createUuid().toString(QUuid::Id128);

        SecretStore writer(QStringLiteral("S1 Bridge tests"));
        QSignalSpy statusSpy(&writer, &SecretStore::statusChanged);
        WriteResult w = write(writer, k, first);
        QVERIFY2(w.answered, "the callback must run exactly once, after the call returned");
        QVERIFY2(w.ok, qPrintable(w.error));
        QCOMPARE(writer.status(), SecretStore::Status::Available);
        QCOMPARE(statusSpy.size(), 1);
        QVERIFY(writer.sessionOnlyReason().isEmpty());

        {
            SecretStore reader(QStringLiteral("S1 Bridge tests")); // a new instance: really from the keychain
            const ReadResult r = read(reader, k);
            QVERIFY2(r.answered && r.found, qPrintable(r.error));
            QCOMPARE(r.secret, first);
        }
        w = write(writer, k, second); // overwrite
        QVERIFY2(w.ok, qPrintable(w.error));
        {
            SecretStore reader(QStringLiteral("S1 Bridge tests"));
            const ReadResult r = read(reader, k);
            QVERIFY(r.found);
            QCOMPARE(r.secret, second);
            // Another service name is another namespace.
            SecretStore otherService(QStringLiteral("S1 Bridge tests (other)"));
            QVERIFY(!read(otherService, k).found);
        }
        w = remove(writer, k);
        QVERIFY2(w.answered && w.ok, qPrintable(w.error));
        {
            SecretStore reader(QStringLiteral("S1 Bridge tests"));
            const ReadResult r = read(reader, k);
            QVERIFY(r.answered);
            QVERIFY(!r.found);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error)); // not stored is not an error
        }
        w = remove(writer, k); // removing what is not there succeeds
        QVERIFY2(w.ok, qPrintable(w.error));

        bool keyLogged = false;
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(first) && !line.contains(second), qPrintable(line));
            keyLogged = keyLogged || line.contains(k);
        }
        QVERIFY2(keyLogged, "the debug log names the keys (so this check is not vacuous)");
    }

    void removeProfileSecrets()
    {
        REQUIRE_SESSION_BUS();
        using config::Profile;
        const QString id = Profile::newId();
        SecretStore store; // the application's own service name, as s1bridge-cli uses it
        const QString s1Key = Profile::secretKey(id, Profile::Secret::S1ApiToken);
        const QString ctiKey = Profile::secretKey(id, Profile::Secret::OpenCtiToken);
        QVERIFY(write(store, s1Key, QStringLiteral("s1-token")).ok);
        QVERIFY(write(store, ctiKey, QStringLiteral("cti-token")).ok);
        QCOMPARE(read(store, ctiKey).secret, QStringLiteral("cti-token"));

        Receiver r;
        QSignalSpy spy(&r, &Receiver::done);
        r.inCall = true;
        store.removeProfileSecrets(id, &r, r.doneCallback());
        r.inCall = false;
        QVERIFY(spy.wait(20000));
        QTest::qWait(20);
        QCOMPARE(r.calls, 1);
        QVERIFY(!r.synchronous);
        QVERIFY2(spy.first().at(0).toBool(), qPrintable(spy.first().at(1).toString()));
        QVERIFY(!read(store, s1Key).found);
        QVERIFY(!read(store, ctiKey).found);
    }

    void callbackDroppedWhenContextDies()
    {
        REQUIRE_SESSION_BUS();
        SecretStore store(QStringLiteral("S1 Bridge tests"));
        int calls = 0;
        auto *context = new QObject;
        store.write(key(QStringLiteral("dropped")), QStringLiteral("v"), context,
            [&calls](bool, const QString &) { ++calls; });
        delete context;
        // A second request with a live context shows when the first one has been answered.
        const WriteResult after = write(store, key(QStringLiteral("dropped")), QStringLiteral("w"));
        QVERIFY2(after.ok, qPrintable(after.error));
        QTest::qWait(100);
        QCOMPARE(calls, 0);
        QVERIFY(remove(store, key(QStringLiteral("dropped"))).ok);
    }

    // The parent starts this same test function in a child process with no reachable D-Bus and
    // private XDG folders; the child runs runSessionOnlyChecks(). Then the parent looks through
    // every file the child could have written for the secret.
    void sessionOnlyWithoutKeychain()
    {
        if (qEnvironmentVariableIsSet(kChildVariable)) {
            runSessionOnlyChecks();
            return;
        }
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + home.filePath(QStringLiteral("no-such-bus")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("HOME"), home.path());
        for (const char *dir :
            {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"})
            env.insert(QString::fromLatin1(dir), home.filePath(QString::fromLatin1(dir)));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("sessionOnlyWithoutKeychain")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(
            output.contains("PASS   : TestSecretStore::sessionOnlyWithoutKeychain()"), output.constData());
        const qsizetype at = output.indexOf("CHILD-SECRET=");
        QVERIFY2(at >= 0, output.constData());
        const QByteArray secret = output.mid(at + 13, output.indexOf('\n', at) - at - 13).trimmed();
        QVERIFY(secret.size() > 20);

        int files = 0;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            ++files;
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
        }
        qInfo("the child left %d files in its private folders; none holds the secret", files);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
