// SPDX-License-Identifier: GPL-3.0-or-later
// storage::Database on real SQLite files: creation in WAL mode with the pragmas, the schema version
// (migrations run once, a newer file refused, a foreign or garbage file refused untouched), the
// transaction helper (commit, rollback on false, on an SQL error, on an exception, nesting), and
// per-thread connections (a write in one thread is read in another; connections go with their thread).
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <stdexcept>

using storage::Database;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant(QStringLiteral("<error: %1>").arg(query.lastError().text()));
    return query.value(0);
}

bool execSql(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

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

// A plain connection that is not Database's, for preparing files and looking at them.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawConnection() { QSqlDatabase::removeDatabase(m_name); }
    bool ok() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static int s_counter;
    QString m_name;
    bool m_ok = false;
};
int RawConnection::s_counter = 0;

int countConnectionsWithPrefix(const QString &prefix)
{
    int n = 0;
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names)
        n += name.startsWith(prefix) ? 1 : 0;
    return n;
}

const QString kCreateItems
    = QStringLiteral("CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, v TEXT)");

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultPathIsInDataDir();
    void migrationsAreOrdered();
    void openCreatesFileInWalMode();
    void openIsIdempotent();
    void fileIsTheOwnersOnly();
    void newerSchemaIsRefused();
    void garbageFileIsRefused();
    void foreignDatabaseIsRefused();
    void folderThatCannotBeCreated();
    void transactionCommitsOnTrue();
    void transactionRollsBackOnFalse();
    void transactionRollsBackOnSqlError();
    void transactionRollsBackOnException();
    void nestedTransactionIsSavepoint();
    void connectionInAnotherThread();
    void concurrentWritersWaitForEachOther();
    void destructorRemovesConnections();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::init()
{
    QVERIFY(m_dir.isValid());
    // Qt Sql's own complaints (a connection removed while in use, used from the wrong thread) fail.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^QSqlDatabase")));
}

void TestDatabase::defaultPathIsInDataDir()
{
    const QString path = Database::defaultPath();
    QVERIFY2(path.endsWith(QLatin1String("/S1Bridge/s1bridge/s1bridge.sqlite")), qPrintable(path));
    QVERIFY(QFileInfo(path).isAbsolute());
}

void TestDatabase::migrationsAreOrdered()
{
    const QList<storage::Migration> &steps = storage::migrations();
    QVERIFY(!steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).version, int(i + 1));
        QVERIFY(!steps.at(i).statements.isEmpty());
    }
    QCOMPARE(steps.last().version, Database::SchemaVersion);
}

void TestDatabase::openCreatesFileInWalMode()
{
    const QString path = m_dir.filePath(QStringLiteral("new/sub folder/s1bridge.sqlite"));
    QVERIFY(!QFileInfo::exists(path));
    Database db(path);
    QCOMPARE(db.path(), path);
    QVERIFY(!db.isOpen());
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(db.isOpen());
    QVERIFY(db.errorString().isEmpty());
    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    {
        const QSqlDatabase c = db.connection();
        QVERIFY(c.isOpen());
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(c, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
            Database::SchemaVersion);
        QCOMPARE(scalar(c, QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(),
            Database::SchemaVersion);
        for (const char *table : {"opencti_import", "opencti_import_state"})
            QVERIFY2(
                scalar(c,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                        .arg(QLatin1String(table)))
                        .toInt()
                    == 1,
                table);
        QCOMPARE(scalar(c,
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                    "tbl_name = 'opencti_import' AND sql LIKE '%profile_id, status%'"))
                     .toInt(),
            1);
    }
    // WAL is a property of the file: a plain connection sees it too.
    RawConnection raw(path);
    QVERIFY(raw.ok());
    QCOMPARE(scalar(raw.db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

// The database and its journals are the owner's only (a probe found them 0644), also a file that
// an earlier version left readable by others.
void TestDatabase::fileIsTheOwnersOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("private.sqlite"));
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ReadUser | QFileDevice::WriteUser;
    QString error;
    {
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    }
    QVERIFY(QFile::setPermissions(path, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    Database again(path);
    QVERIFY2(again.open(&error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & (others & ~(QFileDevice::ReadUser | QFileDevice::WriteUser)),
        QFileDevice::Permissions());
    for (const QString &journal : QStringList {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        if (QFile::exists(journal))
            QVERIFY2(!(QFile::permissions(journal) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)),
                qPrintable(journal));
}

void TestDatabase::openIsIdempotent()
{
    const QString path = m_dir.filePath(QStringLiteral("idempotent.sqlite"));
    QString error;
    {
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(db.transaction([](QSqlDatabase &c) {
            return execSql(c, kCreateItems)
                && execSql(c, QStringLiteral("INSERT INTO items (v) VALUES ('kept')"));
        }));
        QVERIFY2(db.open(&error), qPrintable(error)); // same instance again
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    }
    Database again(path);
    QVERIFY2(again.open(&error), qPrintable(error));
    Database third(path); // two instances on one file at once
    QVERIFY2(third.open(&error), qPrintable(error));
    const QSqlDatabase c = again.connection();
    QCOMPARE(
        scalar(c, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), Database::SchemaVersion);
    QCOMPARE(scalar(c, QStringLiteral("SELECT v FROM items")).toString(), QStringLiteral("kept"));
    QCOMPARE(third.schemaVersion(), Database::SchemaVersion);
}

void TestDatabase::newerSchemaIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QString error;
    {
        Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(db.transaction([](QSqlDatabase &c) {
            return execSql(
                c, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (99, 'x')"));
        }));
    }
    Database db(path);
    QVERIFY(!db.open(&error));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Update S1 Bridge")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
    QCOMPARE(db.errorString(), error);
    // Untouched: still 99, nothing migrated down or added.
    RawConnection raw(path);
    QVERIFY(raw.ok());
    QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), 99);
    QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
        Database::SchemaVersion + 1);
}

void TestDatabase::garbageFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    QByteArray garbage;
    for (int i = 0; i < 200; ++i)
        garbage += "This is not an SQLite database but a text file someone put here. ";
    QVERIFY(writeFile(path, garbage));
    Database db(path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY(!db.isOpen());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("not an S1 Bridge database or is damaged")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Move it away")), qPrintable(error));
    QCOMPARE(fileBytes(path), garbage); // never written to
    QVERIFY(!QFileInfo::exists(path + QLatin1String("-wal")));
    QCOMPARE(db.schemaVersion(), 0);
    // Writes through it fail with the same kind of message, and change nothing.
    QVERIFY(!db.transaction([](QSqlDatabase &) { return true; }, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(fileBytes(path), garbage);
}

void TestDatabase::foreignDatabaseIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        RawConnection raw(path);
        QVERIFY(raw.ok());
        QVERIFY(execSql(raw.db(), QStringLiteral("CREATE TABLE contacts (name TEXT)")));
    }
    const QByteArray before = fileBytes(path);
    {
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("another program")), qPrintable(error));
    }
    RawConnection raw(path);
    QCOMPARE(
        scalar(raw.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'"))
            .toInt(),
        0);
    QCOMPARE(
        scalar(raw.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")).toInt(),
        1);
    QCOMPARE(fileBytes(path), before); // not even switched to WAL
}

void TestDatabase::folderThatCannotBeCreated()
{
    const QString file = m_dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(writeFile(file, "x"));
    const QString path = file + QLatin1String("/sub/s1bridge.sqlite"); // a folder under a file
    Database db(path);
    QString error;
    QVERIFY(!db.open(&error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file + QLatin1String("/sub"))), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Cannot create the folder")), qPrintable(error));

    Database folder(m_dir.path()); // a folder, not a file
    QVERIFY(!folder.open(&error));
    QVERIFY2(error.contains(QLatin1String("is a folder")), qPrintable(error));
}

void TestDatabase::transactionCommitsOnTrue()
{
    Database db(m_dir.filePath(QStringLiteral("commit.sqlite")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY2(db.transaction(
                 [](QSqlDatabase &c) {
                     return execSql(c, kCreateItems)
                         && execSql(c, QStringLiteral("INSERT INTO items (v) VALUES ('a')"))
                         && execSql(c, QStringLiteral("INSERT INTO items (v) VALUES ('b')"));
                 },
                 &error),
        qPrintable(error));
    // Seen by another connection: committed, not merely visible inside the transaction.
    RawConnection raw(db.path());
    QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT group_concat(v) FROM items")).toString(),
        QStringLiteral("a,b"));
}

void TestDatabase::transactionRollsBackOnFalse()
{
    Database db(m_dir.filePath(QStringLiteral("rollback.sqlite")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(db.transaction([](QSqlDatabase &c) { return execSql(c, kCreateItems); }));
    bool ran = false;
    QVERIFY(!db.transaction(
        [&ran](QSqlDatabase &c) {
            ran = execSql(c, QStringLiteral("INSERT INTO items (v) VALUES ('gone')"));
            return false;
        },
        &error));
    QVERIFY(ran); // the insert itself worked...
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM items")).toInt(),
        0); // ...and was undone
    QVERIFY2(error.contains(QLatin1String("not saved")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(db.path())), qPrintable(error));
    // The connection is usable afterwards (no transaction left open).
    QVERIFY2(
        db.transaction(
            [](QSqlDatabase &c) { return execSql(c, QStringLiteral("INSERT INTO items (v) VALUES ('ok')")); },
            &error),
        qPrintable(error));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM items")).toInt(), 1);
}

void TestDatabase::transactionRollsBackOnSqlError()
{
    Database db(m_dir.filePath(QStringLiteral("sqlerror.sqlite")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(db.transaction([](QSqlDatabase &c) { return execSql(c, kCreateItems); }));
    QVERIFY(!db.transaction(
        [&error](QSqlDatabase &c) {
            return execSql(c, QStringLiteral("INSERT INTO items (id, v) VALUES (1, 'first')"), &error)
                && execSql(
                    c, QStringLiteral("INSERT INTO items (id, v) VALUES (1, 'duplicate key')"), &error);
        },
        &error));
    QVERIFY2(error.contains(QLatin1String("UNIQUE")), qPrintable(error)); // fn's own reason is kept
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM items")).toInt(), 0);
}

void TestDatabase::transactionRollsBackOnException()
{
    Database db(m_dir.filePath(QStringLiteral("exception.sqlite")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(db.transaction([](QSqlDatabase &c) { return execSql(c, kCreateItems); }));
    bool thrown = false;
    try {
        db.transaction([](QSqlDatabase &c) -> bool {
            execSql(c, QStringLiteral("INSERT INTO items (v) VALUES ('gone')"));
            throw std::runtime_error("boom");
        });
    } catch (const std::runtime_error &) {
        thrown = true;
    }
    QVERIFY(thrown);
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM items")).toInt(), 0);
    QVERIFY(db.transaction([](QSqlDatabase &c) {
        return execSql(c, QStringLiteral("INSERT INTO items (v) VALUES ('after')"));
    }));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM items")).toInt(), 1);
}

void TestDatabase::nestedTransactionIsSavepoint()
{
    Database db(m_dir.filePath(QStringLiteral("nested.sqlite")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(db.transaction([](QSqlDatabase &c) { return execSql(c, kCreateItems); }));

    // Inner rolled back alone, outer commits.
    bool innerResult = true;
    QVERIFY2(db.transaction(
                 [&](QSqlDatabase &c) {
                     if (!execSql(c, QStringLiteral("INSERT INTO items (v) VALUES ('outer')")))
                         return false;
                     innerResult = db.transaction([](QSqlDatabase &inner) {
                         execSql(inner, QStringLiteral("INSERT INTO items (v) VALUES ('inner')"));
                         return false;
                     });
                     return db.transaction([](QSqlDatabase &inner) {
                         return execSql(inner, QStringLiteral("INSERT INTO items (v) VALUES ('inner2')"));
                     });
                 },
                 &error),
        qPrintable(error));
    QVERIFY(!innerResult);
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT group_concat(v) FROM items")).toString(),
        QStringLiteral("outer,inner2"));

    // Inner committed (released), outer rolled back: nothing stays.
    QVERIFY(!db.transaction([&](QSqlDatabase &) {
        const bool inner = db.transaction([](QSqlDatabase &c) {
            return execSql(c, QStringLiteral("INSERT INTO items (v) VALUES ('released')"));
        });
        return !inner; // false: roll back everything
    }));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM items")).toInt(), 2);
}

void TestDatabase::connectionInAnotherThread()
{
    Database db(m_dir.filePath(QStringLiteral("threads.sqlite")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(db.transaction([](QSqlDatabase &c) { return execSql(c, kCreateItems); }));
    const QString mainName = db.connection().connectionName();

    QString workerName, workerError, readInWorker;
    bool workerOpen = false, workerWrote = false;
    QThread *writer = QThread::create([&] {
        const QSqlDatabase c = db.connection();
        workerOpen = c.isOpen();
        workerName = c.connectionName();
        workerWrote = db.transaction(
            [](QSqlDatabase &t) {
                return execSql(t, QStringLiteral("INSERT INTO items (v) VALUES ('from worker')"));
            },
            &workerError);
    });
    writer->start();
    QVERIFY(writer->wait(10000));
    delete writer;
    QVERIFY(workerOpen);
    QVERIFY2(workerWrote, qPrintable(workerError));
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    // The worker's connection went with its thread; the main thread's stays.
    QVERIFY(!QSqlDatabase::contains(workerName));
    QVERIFY(QSqlDatabase::contains(mainName));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT v FROM items")).toString(),
        QStringLiteral("from worker"));

    // And the other way: written here, read there.
    QVERIFY(db.transaction([](QSqlDatabase &c) {
        return execSql(c, QStringLiteral("INSERT INTO items (v) VALUES ('from main')"));
    }));
    QThread *reader = QThread::create([&] {
        readInWorker
            = scalar(db.connection(), QStringLiteral("SELECT group_concat(v, '|') FROM items")).toString();
    });
    reader->start();
    QVERIFY(reader->wait(10000));
    delete reader;
    QCOMPARE(readInWorker, QStringLiteral("from worker|from main"));
}

void TestDatabase::concurrentWritersWaitForEachOther()
{
    Database db(m_dir.filePath(QStringLiteral("concurrent.sqlite")));
    QString error;
    QVERIFY2(db.open(&error), qPrintable(error));
    QVERIFY(db.transaction([](QSqlDatabase &c) { return execSql(c, kCreateItems); }));
    constexpr int perThread = 150;
    int failures[2] = {0, 0};
    QString errors[2];
    QList<QThread *> threads;
    for (int t = 0; t < 2; ++t) {
        threads << QThread::create([&db, &failures, &errors, t] {
            for (int i = 0; i < perThread; ++i) {
                // Read then write in one transaction: BEGIN IMMEDIATE keeps this from failing "busy".
                const bool ok = db.transaction(
                    [t](QSqlDatabase &c) {
                        const int n = scalar(c, QStringLiteral("SELECT count(*) FROM items")).toInt();
                        return execSql(
                            c, QStringLiteral("INSERT INTO items (v) VALUES ('t%1-%2')").arg(t).arg(n));
                    },
                    &errors[t]);
                failures[t] += ok ? 0 : 1;
            }
        });
    }
    for (QThread *t : std::as_const(threads))
        t->start();
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY2(failures[0] == 0 && failures[1] == 0, qPrintable(errors[0] + errors[1]));
    const QSqlDatabase c = db.connection();
    QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM items")).toInt(), 2 * perThread);
    // Every transaction saw the count the one before it left: no two read the same.
    QCOMPARE(
        scalar(c, QStringLiteral("SELECT count(DISTINCT substr(v, 4)) FROM items")).toInt(), 2 * perThread);
}

void TestDatabase::destructorRemovesConnections()
{
    const int before = QSqlDatabase::connectionNames().size();
    {
        Database db(m_dir.filePath(QStringLiteral("destructor.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        const QString name = db.connection().connectionName();
        QVERIFY(QSqlDatabase::contains(name));
        QCOMPARE(countConnectionsWithPrefix(name.left(name.indexOf(QLatin1String("-thread-")))), 1);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 1);
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
    // Closed: the WAL was checkpointed into the file and removed with the last connection.
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("destructor.sqlite-wal"))));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
