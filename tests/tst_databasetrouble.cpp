// SPDX-License-Identifier: GPL-3.0-or-later
// storage::Database in trouble, on real files: a file that is not S1 Bridge's (a PNG, a text file, a
// database cut in half, another program's SQLite database) is refused with a sentence naming it and
// left byte for byte as it was; a read-only folder or file says so and what to do; a full disk
// (RLIMIT_FSIZE) fails the write with a sentence and leaves the last committed state; an upgrade of the
// schema first copies the file to <file>.before-v<N>.bak (owner-only, the latest two kept), and does not
// start when the copy fails. Then the same through the real s1bridge-cli: exit code 5, nothing on
// stdout, the sentence on stderr.
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using storage::Database;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A 1x1 PNG: the file of another program.
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

// A plain connection that is not Database's, for preparing files and looking at them.
class Raw
{
public:
    explicit Raw(const QString &path)
        : m_name(QStringLiteral("trouble-raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~Raw() { QSqlDatabase::removeDatabase(m_name); }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        qWarning() << sql << q.lastError().text();
        return false;
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant(QStringLiteral("<error>"));
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

// A database at schema version `version` (the released steps up to it), as an older S1 Bridge left it.
bool makeOlderDatabase(const QString &path, int version)
{
    Raw raw(path);
    if (!raw.ok() || !raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return false;
    for (const storage::Migration &step : storage::migrations()) {
        if (step.version > version)
            break;
        for (const QString &statement : step.statements)
            if (!raw.exec(statement))
                return false;
        if (!raw.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, '2026-01-01T00:00:00Z')")
                          .arg(step.version)))
            return false;
    }
    return true;
}

// Runs as the user "nobody" (real and effective; root stays the saved id, to come back) while it
// exists, when the test runs as root: root writes anywhere, so a read-only folder is only read-only
// to another user. Not root: nothing changes.
class AsNobody
{
public:
    AsNobody()
    {
        if (::geteuid() == 0)
            m_switched = ::setresuid(65534, 65534, 0) == 0;
    }
    ~AsNobody()
    {
        if (m_switched && ::setresuid(0, 0, 0) != 0)
            qFatal("cannot become root again");
    }
    static constexpr uint Uid = 65534;

private:
    bool m_switched = false;
};

// The file for "nobody" when root: owned by it (chmod rules then as for any user).
void giveAway(const QString &path)
{
    if (::geteuid() == 0 && ::chown(QFile::encodeName(path).constData(), AsNobody::Uid, AsNobody::Uid) != 0)
        qWarning() << "chown failed" << path;
}

} // namespace

class TestDatabaseTrouble : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void unusableFileIsRefusedUntouched_data();
    void unusableFileIsRefusedUntouched();
    void damagedFileNamesTheBackup();
    void readOnlyPlaceIsNamed_data();
    void readOnlyPlaceIsNamed();
    void fullDiskKeepsTheLastCommit();
    void upgradeIsPrecededByACopy();
    void newDatabaseIsNotCopied();
    void failedCopyStopsTheUpgrade();
    void cliSaysWhatIsWrong_data();
    void cliSaysWhatIsWrong();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabaseTrouble::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Reachable by "nobody" (AsNobody); the folders below decide what it may write.
    // (group too: "nobody" keeps root's group id here)
    QFile::setPermissions(m_dir->path(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
}

void TestDatabaseTrouble::unusableFileIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("png") << u"png"_s << u"is not an S1 Bridge database or is damaged"_s;
    QTest::newRow("text file") << u"text"_s << u"is not an S1 Bridge database or is damaged"_s;
    QTest::newRow("cut at half") << u"truncated"_s << u"is not an S1 Bridge database or is damaged"_s;
    QTest::newRow("another program's database") << u"foreign"_s << u"an SQLite database of another program"_s;
    QTest::newRow("a newer S1 Bridge's") << u"newer"_s << u"written by a newer S1 Bridge"_s;
}

void TestDatabaseTrouble::unusableFileIsRefusedUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(u"s1bridge.sqlite"_s);
    if (kind == u"png"_s) {
        QVERIFY(writeFile(path, kPng));
    } else if (kind == u"text"_s) {
        QVERIFY(writeFile(path, QByteArray("notes\n").repeated(2000)));
    } else if (kind == u"truncated"_s) {
        {
            Database full(path);
            QString error;
            QVERIFY2(full.open(&error), qPrintable(error));
            QVERIFY(full.transaction([](QSqlDatabase &db) {
                QSqlQuery q(db);
                for (int i = 0; i < 300; ++i)
                    if (!q.exec(u"INSERT INTO job_runs (kind, started_at, state, summary)"
                                " VALUES ('import', 1, 'succeeded', hex(randomblob(1500)))"_s))
                        return false;
                return true;
            }));
        } // closed: checkpointed into the file, the WAL gone
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        QFile f(path);
        QVERIFY(f.size() > 100000);
        QVERIFY(f.resize(f.size() / 2));
    } else if (kind == u"foreign"_s) {
        Raw raw(path);
        QVERIFY(raw.ok());
        QVERIFY(raw.exec(u"CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"_s));
        QVERIFY(raw.exec(u"INSERT INTO moz_places (url) VALUES ('https://example.org/')"_s));
    } else if (kind == u"newer"_s) {
        QVERIFY(makeOlderDatabase(path, Database::SchemaVersion));
        Raw raw(path);
        QVERIFY(raw.exec(u"INSERT INTO schema_version VALUES (%1, 'x')"_s.arg(Database::SchemaVersion + 1)));
        QVERIFY(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    const QByteArray before = fileBytes(path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    for (int attempt = 0; attempt < 2; ++attempt) { // refused again the next time, unchanged
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY(!db.isOpen());
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(db.errorString(), error);
        // A write through it is refused too, and writes nothing.
        QString writeError;
        QVERIFY(!db.transaction([](QSqlDatabase &) { return true; }, &writeError));
        QVERIFY2(writeError.contains(QDir::toNativeSeparators(path)), qPrintable(writeError));
    }
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore); // no journal, no copy, no new file
}

void TestDatabaseTrouble::damagedFileNamesTheBackup()
{
    const QString path = m_dir->filePath(u"s1bridge.sqlite"_s);
    QVERIFY(writeFile(path, QByteArray("not a database\n").repeated(100)));
    Database db(path);
    QVERIFY(writeFile(db.backupPath(5), "a copy"));
    QVERIFY(writeFile(db.backupPath(4), "an older copy"));
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(db.backupPath(5))), qPrintable(error));
    QVERIFY2(!error.contains(QDir::toNativeSeparators(db.backupPath(4))), qPrintable(error));
    QCOMPARE(db.latestBackup(), db.backupPath(5));
    QCOMPARE(fileBytes(db.backupPath(5)), QByteArray("a copy"));
}

void TestDatabaseTrouble::readOnlyPlaceIsNamed_data()
{
    QTest::addColumn<bool>("existing"); // a database is there already
    QTest::addColumn<bool>("folderReadOnly"); // else the file is
    QTest::newRow("existing database, read-only folder") << true << true;
    QTest::newRow("new database, read-only folder") << false << true;
    QTest::newRow("read-only database file") << true << false;
}

void TestDatabaseTrouble::readOnlyPlaceIsNamed()
{
    QFETCH(bool, existing);
    QFETCH(bool, folderReadOnly);
    const QString folder = m_dir->filePath(u"data"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/s1bridge.sqlite"_s;
    if (existing) {
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(db.transaction([](QSqlDatabase &c) {
            return QSqlQuery(c).exec(
                u"INSERT INTO job_runs (kind, started_at, state) VALUES ('import', 1, 'succeeded')"_s);
        }));
    }
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    giveAway(folder);
    if (existing)
        giveAway(path);
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner;
    if (folderReadOnly)
        QVERIFY(QFile::setPermissions(folder, readOnly));
    else
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray before = fileBytes(path);

    QString error;
    {
        const AsNobody nobody;
        Database db(path);
        QVERIFY(!db.open(&error));
    }
    QFile::setPermissions(folder, readOnly | QFileDevice::WriteOwner); // for the clean-up
    const QString nativeFolder = QDir::toNativeSeparators(folder);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    if (folderReadOnly) {
        QVERIFY2(error.contains(u"the folder %1 is read-only"_s.arg(nativeFolder)), qPrintable(error));
        QVERIFY2(error.contains(u"Give your user write access to %1"_s.arg(nativeFolder)), qPrintable(error));
    } else {
        QVERIFY2(error.contains(u"the file is read-only"_s), qPrintable(error));
    }
    QVERIFY2(error.contains(u"XDG_DATA_HOME"_s), qPrintable(error));
    QCOMPARE(QFileInfo::exists(path), existing);
    QCOMPARE(fileBytes(path), before);
}

void TestDatabaseTrouble::fullDiskKeepsTheLastCommit()
{
    const QString path = m_dir->filePath(u"s1bridge.sqlite"_s);
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    auto addRows = [&db](int rows, QString *why) {
        return db.transaction(
            [rows](QSqlDatabase &c) {
                QSqlQuery q(c);
                for (int i = 0; i < rows; ++i)
                    if (!q.exec(u"INSERT INTO job_runs (kind, started_at, state, summary)"
                                " VALUES ('import', 1, 'succeeded', hex(randomblob(2000)))"_s))
                        return false;
                return true;
            },
            why);
    };
    QVERIFY(addRows(5, &error));
    const qint64 largest = std::max(QFileInfo(path).size(), QFileInfo(path + u"-wal"_s).size()) + 64 * 1024;

    // No file of this process may grow beyond `largest` now (as on a full disk); SIGXFSZ ignored,
    // so the write fails with EFBIG instead of killing the process.
    rlimit saved {};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = rlim_t(largest);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    int committed = 5;
    bool failed = false;
    QString writeError;
    for (int i = 0; i < 200 && !failed; ++i) {
        if (addRows(20, &writeError))
            committed += 20;
        else
            failed = true;
    }
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(failed);
    QVERIFY2(writeError.contains(QDir::toNativeSeparators(path)), qPrintable(writeError));
    QVERIFY2(writeError.contains(u"cannot be written: the disk is full"_s), qPrintable(writeError));
    QVERIFY2(writeError.contains(u"keeps its last saved state"_s), qPrintable(writeError));
    // The failed transaction left nothing; the committed ones are all there, the file is sound.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM job_runs"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), committed);
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    q.finish();
    // With room again, writing works, in this and in a new instance.
    QVERIFY2(addRows(1, &error), qPrintable(error));
    Database again(path);
    QVERIFY2(again.open(&error), qPrintable(error));
    QSqlQuery q2(again.connection());
    QVERIFY(q2.exec(u"SELECT count(*) FROM job_runs"_s) && q2.next());
    QCOMPARE(q2.value(0).toInt(), committed + 1);
}

void TestDatabaseTrouble::upgradeIsPrecededByACopy()
{
    const QString path = m_dir->filePath(u"s1bridge.sqlite"_s);
    const int older = Database::SchemaVersion - 1;
    QVERIFY(makeOlderDatabase(path, older));
    {
        Raw raw(path);
        QVERIFY(raw.exec(u"INSERT INTO job_runs (kind, started_at, state, summary)"
                         " VALUES ('import', 1, 'succeeded', 'kept in the copy')"_s));
    } // still in the WAL: the copy must include it
    Database db(path);
    // Two older copies and an unrelated file: the oldest copy goes, the rest stays.
    QVERIFY(writeFile(db.backupPath(1), "v1"));
    QVERIFY(writeFile(db.backupPath(2), "v2"));
    QVERIFY(writeFile(path + u".before-vX.bak"_s, "not ours"));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);

    const QString copy = db.backupPath(Database::SchemaVersion);
    QVERIFY(QFileInfo::exists(copy));
    struct stat st
    {
    };
    QVERIFY(::stat(QFile::encodeName(copy).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600)); // owner-only
    QVERIFY(!QFileInfo::exists(copy + u".part"_s));
    {
        Raw raw(copy);
        QCOMPARE(raw.scalar(u"SELECT MAX(version) FROM schema_version"_s).toInt(), older);
        QCOMPARE(raw.scalar(u"SELECT summary FROM job_runs"_s).toString(), u"kept in the copy"_s);
    }
    QVERIFY(!QFileInfo::exists(db.backupPath(1)));
    QVERIFY(QFileInfo::exists(db.backupPath(2)));
    QVERIFY(QFileInfo::exists(path + u".before-vX.bak"_s));
    QCOMPARE(db.latestBackup(), copy);

    // Opening the up-to-date file again copies nothing.
    const QByteArray copied = fileBytes(copy);
    QVERIFY(writeFile(copy, "marker"));
    Database again(path);
    QVERIFY2(again.open(&error), qPrintable(error));
    QCOMPARE(fileBytes(copy), QByteArray("marker"));
    QVERIFY(!copied.isEmpty());
}

void TestDatabaseTrouble::newDatabaseIsNotCopied()
{
    const QString path = m_dir->filePath(u"s1bridge.sqlite"_s);
    Database db(path);
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(db.latestBackup().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({u"*.bak"_s}, QDir::Files), QStringList());
}

void TestDatabaseTrouble::failedCopyStopsTheUpgrade()
{
    const QString path = m_dir->filePath(u"s1bridge.sqlite"_s);
    const int older = Database::SchemaVersion - 1;
    QVERIFY(makeOlderDatabase(path, older));
    Database db(path);
    // The copy's temporary file cannot be created: a folder of that name is in the way.
    const QString blocker = db.backupPath(Database::SchemaVersion) + u".part"_s;
    QVERIFY(QDir().mkpath(blocker + u"/x"_s));
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(
        error.contains(QDir::toNativeSeparators(db.backupPath(Database::SchemaVersion))), qPrintable(error));
    QVERIFY2(error.contains(u"The database was not changed"_s), qPrintable(error));
    {
        Raw raw(path);
        QCOMPARE(raw.scalar(u"SELECT MAX(version) FROM schema_version"_s).toInt(), older);
    }
    QVERIFY(QDir(blocker).removeRecursively());
    QVERIFY2(db.open(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
}

void TestDatabaseTrouble::cliSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("png") << u"png"_s << u"is not an S1 Bridge database or is damaged"_s;
    QTest::newRow("disk full") << u"full"_s << u"cannot be written: the disk is full"_s;
}

void TestDatabaseTrouble::cliSaysWhatIsWrong()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString dataHome = m_dir->filePath(u"data"_s);
    const QString folder = dataHome + u"/S1Bridge/s1bridge"_s;
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/s1bridge.sqlite"_s;
    QStringList arguments {u"iocs"_s, u"add"_s, u"sha256"_s};
    QString program = QStringLiteral(S1_CLI_EXE);
    if (kind == u"png"_s) {
        QVERIFY(writeFile(path, kPng));
        arguments << QString::fromLatin1(QByteArray(64, 'a'));
    } else {
        Database db(path); // a database to begin with, then IOCs that do not fit under the limit
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        for (int i = 0; i < 3000; ++i)
            arguments << QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex());
        arguments.prepend(program);
        arguments.prepend(
            u"--fsize=%1"_s.arg(QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size() + 8192));
        program = u"prlimit"_s;
    }
    const QByteArray before = fileBytes(path);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, dataHome);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    cli.setProcessEnvironment(env);
    cli.start(program, arguments);
    QVERIFY(cli.waitForFinished(120000));
    const QByteArray err = cli.readAllStandardError();
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit); // not killed by SIGXFSZ
    QVERIFY2(cli.exitCode() == 5, err.constData()); // a local failure
    QCOMPARE(cli.readAllStandardOutput(), QByteArray());
    QVERIFY2(err.contains(QDir::toNativeSeparators(path).toUtf8()), err.constData());
    QVERIFY2(err.contains(expected.toUtf8()), err.constData());
    if (kind == u"png"_s) {
        QCOMPARE(fileBytes(path), before);
    } else {
        Database db(path); // the last commit (the empty database) and sound
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
    }
}

QTEST_GUILESS_MAIN(TestDatabaseTrouble)
#include "tst_databasetrouble.moc"
