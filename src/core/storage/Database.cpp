// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Logging.h"
#include "storage/Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <cstdio>

namespace storage {

namespace {

const QLatin1String kDriver("QSQLITE");

// SQLite's primary result codes (sqlite3.h), as QSQLITE reports them in QSqlError::nativeErrorCode().
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteAuth = 23,
    SqliteNotADb = 26,
    // Extended codes (SQLITE_IOERR_WRITE...), when the driver reports them.
    SqliteIoErrWrite = 10 | (3 << 8),
    SqliteIoErrTruncate = 10 | (6 << 8),
    SqliteIoErrShmSize = 10 | (19 << 8),
};

// Copies taken before an upgrade: <file>.before-v<N>.bak, N the version the upgrade went to.
const QLatin1String kBackupInfix(".before-v");
const QLatin1String kBackupSuffix(".bak");
constexpr int kBackupsKept = 2;

quint64 nextInstance()
{
    static std::atomic<quint64> next {1};
    return next.fetch_add(1);
}

// A number per OS thread, never reused in the process (thread ids are), so a connection name of a
// finished thread never comes back to another thread.
quint64 threadSerial()
{
    static std::atomic<quint64> next {1};
    thread_local const quint64 serial = next.fetch_add(1);
    return serial;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/S1Bridge/s1bridge/s1bridge.sqlite");
}

Database::Database(const QString &path)
    : m_path(path)
    , m_instance(nextInstance())
{ }

Database::~Database()
{
    QStringList names;
    {
        const QMutexLocker lock(&m_mutex);
        names = m_connections.values();
        m_connections.clear();
    }
    // A name whose thread finished was removed then already; removeDatabase() ignores it.
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

QString Database::path() const
{
    return m_path;
}

QString Database::nativePath() const
{
    return QDir::toNativeSeparators(m_path);
}

bool Database::isOpen() const
{
    return m_open.load();
}

QString Database::errorString() const
{
    const QMutexLocker lock(&m_mutex);
    return m_error;
}

bool Database::open(QString *error)
{
    auto fail = [this, error](const QString &message) {
        {
            const QMutexLocker lock(&m_mutex);
            m_error = message;
        }
        m_open = false;
        setError(error, message);
        qCWarning(lcStorage).noquote() << message;
        return false;
    };
    if (m_path.isEmpty())
        return fail(tr("No database file was given: pass the path of the S1 Bridge database file."));
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return fail(tr("The SQLite driver of Qt (QSQLITE) is not installed, so S1 Bridge cannot keep its "
                       "state in %1. Install it (on Debian and Ubuntu: the package libqt6sql6-sqlite).")
                        .arg(nativePath()));
    const QFileInfo info(m_path);
    if (info.isDir())
        return fail(tr("The database path %1 is a folder; give the path of a file (it is created if "
                       "missing).")
                        .arg(nativePath()));
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the database: check that the path is right and that "
                       "you may write there.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));

    QString problem;
    const QSqlDatabase db = threadConnection(&problem);
    if (!problem.isEmpty() || !db.isOpen())
        return fail(problem.isEmpty() ? describe(db.lastError()) : problem);
    // SQLite opens a file it may not write read-only, without a word, and every later write would
    // fail: say it now (a read-only file or mount, for this user).
    if (!QFileInfo(m_path).isWritable()) {
        const QString access = accessProblem();
        return fail(access.isEmpty() ? tr("The database %1 cannot be written. Give your user write access to "
                                          "it, or choose another data folder by setting XDG_DATA_HOME.")
                                           .arg(nativePath())
                                     : access);
    }
    // Owner-only: the file and its journals (SQLite gives them the file's mode) and, at the default
    // place, the folder; the job history and IOC store are nobody else's to read.
    for (const QString &file :
        QStringList {m_path, m_path + QStringLiteral("-wal"), m_path + QStringLiteral("-shm")})
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (m_path == defaultPath())
        QFile::setPermissions(
            info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!migrate(&problem))
        return fail(problem);
    {
        const QMutexLocker lock(&m_mutex);
        m_error.clear();
    }
    m_open = true;
    qCDebug(lcStorage) << "database open:" << m_path << "schema version" << SchemaVersion;
    return true;
}

QSqlDatabase Database::connection() const
{
    QString problem;
    QSqlDatabase db = threadConnection(&problem);
    if (!problem.isEmpty())
        qCWarning(lcStorage).noquote() << problem;
    return db;
}

QSqlDatabase Database::threadConnection(QString *error) const
{
    const QString name = QStringLiteral("s1bridge-db-%1-thread-%2").arg(m_instance).arg(threadSerial());
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    } else {
        db = QSqlDatabase::addDatabase(kDriver, name);
        {
            const QMutexLocker lock(&m_mutex);
            m_connections.insert(name);
        }
        // Remove the connection with its thread: a worker thread per job must not leave one behind.
        QThread *thread = QThread::currentThread();
        const QCoreApplication *app = QCoreApplication::instance();
        if (!app || thread != app->thread())
            QObject::connect(
                thread, &QThread::finished, thread, [name] { QSqlDatabase::removeDatabase(name); },
                Qt::DirectConnection);
        if (!db.isValid()) {
            setError(error,
                tr("The SQLite driver of Qt (QSQLITE) cannot be loaded, so S1 Bridge cannot open %1. "
                   "Install it (on Debian and Ubuntu: the package libqt6sql6-sqlite).")
                    .arg(nativePath()));
            return db;
        }
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    }
    if (!db.open()) {
        setError(error, describe(db.lastError()));
        return db;
    }
    if (!configure(db, error))
        db.close(); // the next use tries again
    return db;
}

bool Database::configure(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    // Reads the header first: a file that is not SQLite fails here, before anything is written to it.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        setError(error, describe(query.lastError()));
        return false;
    }
    query.finish();
    // Then whether it is ours and not too new, still before writing (journal_mode changes the header).
    int version = 0;
    if (!readVersion(db, &version, error))
        return false;
    if (version > SchemaVersion) {
        setError(error, newerVersionMessage(version));
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        setError(error, describe(query.lastError()));
        return false;
    }
    const QString mode = query.value(0).toString();
    query.finish();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qCWarning(lcStorage) << "database" << m_path << "stays in journal mode" << mode
                             << "(WAL is not available there): readers wait for writers";
    const QString pragmas[] = {
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // 32 MiB of page cache (the default is 2 MiB): the IOC store's indexes at 1,000,000 IOCs are
        // read again at every batch.
        QStringLiteral("PRAGMA cache_size = -32768"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            setError(error, describe(query.lastError()));
            return false;
        }
        query.finish();
    }
    return true;
}

QString Database::newerVersionMessage(int version) const
{
    return tr("The database %1 was written by a newer S1 Bridge (schema version %2; this one understands "
              "version %3 and older). Update S1 Bridge to use it, or start this version with another "
              "database file.")
        .arg(nativePath())
        .arg(version)
        .arg(SchemaVersion);
}

bool Database::readVersion(QSqlDatabase &db, int *version, QString *error) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        setError(error, describe(query.lastError()));
        return false;
    }
    bool hasVersionTable = false;
    bool hasOtherTables = false;
    while (query.next()) {
        const QString table = query.value(0).toString();
        if (table == QLatin1String("schema_version"))
            hasVersionTable = true;
        else if (!table.startsWith(QLatin1String("sqlite_")))
            hasOtherTables = true;
    }
    query.finish();
    if (!hasVersionTable) {
        if (hasOtherTables) {
            setError(error,
                tr("The file %1 is an SQLite database of another program (it has no S1 Bridge schema "
                   "version). Give S1 Bridge another file, or move this one away.")
                    .arg(nativePath()));
            return false;
        }
        *version = 0;
        return true;
    }
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next()) {
        setError(error, describe(query.lastError()));
        return false;
    }
    *version = query.value(0).isNull() ? 0 : query.value(0).toInt();
    return true;
}

bool Database::migrate(QString *error)
{
    const QList<Migration> &steps = migrations();
    Q_ASSERT(!steps.isEmpty() && steps.last().version == SchemaVersion);

    QSqlDatabase db = connection();
    int version = 0;
    if (!readVersion(db, &version, error))
        return false;
    if (version > SchemaVersion) {
        setError(error, newerVersionMessage(version));
        return false;
    }
    // A copy of what the user had, before the first step changes it (not for a new, empty file).
    if (version > 0 && version < SchemaVersion && !backUp(db, SchemaVersion, error))
        return false;
    for (const Migration &step : steps) {
        if (step.version <= version)
            continue;
        QString problem;
        const bool ok = transaction(
            [&](QSqlDatabase &c) {
                // Read again under the write lock: another process may have migrated meanwhile.
                int current = 0;
                if (!readVersion(c, &current, &problem))
                    return false;
                if (current > SchemaVersion) {
                    problem = newerVersionMessage(current);
                    return false;
                }
                if (current >= step.version)
                    return true;
                QSqlQuery query(c);
                for (const QString &statement : step.statements) {
                    if (!query.exec(statement)) {
                        problem = tr("Cannot upgrade the database to schema version %1: %2")
                                      .arg(step.version)
                                      .arg(describe(query.lastError()));
                        qCWarning(lcStorage) << "migration statement failed:" << statement;
                        return false;
                    }
                }
                query.prepare(
                    QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
                query.addBindValue(step.version);
                query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                if (!query.exec()) {
                    problem = tr("Cannot upgrade the database to schema version %1: %2")
                                  .arg(step.version)
                                  .arg(describe(query.lastError()));
                    return false;
                }
                return true;
            },
            &problem);
        if (!ok) {
            setError(error, problem);
            return false;
        }
        version = step.version;
        qCInfo(lcStorage).noquote() << QStringLiteral("database %1 now at schema version %2 (%3)")
                                           .arg(nativePath())
                                           .arg(version)
                                           .arg(step.description);
    }
    return true;
}

QString Database::backupPath(int version) const
{
    return m_path + kBackupInfix + QString::number(version) + kBackupSuffix;
}

namespace {

// The <file>.before-v<N>.bak next to the database, newest (highest N) first.
QList<std::pair<int, QString>> existingBackups(const QString &path)
{
    const QFileInfo info(path);
    const QString prefix = info.fileName() + kBackupInfix;
    QList<std::pair<int, QString>> found;
    const QStringList names = info.absoluteDir().entryList(
        QStringList {prefix + QLatin1Char('*') + kBackupSuffix}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        bool ok = false;
        const int version = QStringView(name)
                                .mid(prefix.size(), name.size() - prefix.size() - kBackupSuffix.size())
                                .toInt(&ok);
        if (ok)
            found.append({version, info.absoluteDir().filePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    return found;
}

} // namespace

QString Database::latestBackup() const
{
    const auto found = existingBackups(m_path);
    return found.isEmpty() ? QString() : found.first().second;
}

bool Database::backUp(QSqlDatabase &db, int version, QString *error) const
{
    const QString target = backupPath(version);
    const QString partial = target + QStringLiteral(".part");
    auto fail = [&](const QString &why) {
        QFile::remove(partial);
        setError(error,
            tr("Before upgrading the database %1 to schema version %2, S1 Bridge copies it to %3, "
               "and the copy failed: %4 The database was not changed.")
                .arg(nativePath())
                .arg(version)
                .arg(QDir::toNativeSeparators(target), why));
        return false;
    };
    // Created empty and owner-only first (VACUUM INTO accepts an empty file), so the copy is never
    // readable by others, not even for a moment; renamed into place when complete.
    QFile::remove(partial);
    {
        QFile out(partial);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(
                tr("%1 cannot be created (%2).").arg(QDir::toNativeSeparators(partial), out.errorString()));
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec())
        return fail(describe(query.lastError()));
    query.finish();
    // rename(2) replaces an older copy of the same name in one step.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0)
        return fail(tr("%1 cannot be renamed to %2.")
                        .arg(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(target)));
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcStorage).noquote() << QStringLiteral("database %1 copied to %2 before the upgrade")
                                       .arg(nativePath(), QDir::toNativeSeparators(target));
    pruneBackups();
    return true;
}

void Database::pruneBackups() const
{
    const auto found = existingBackups(m_path);
    for (qsizetype i = kBackupsKept; i < found.size(); ++i)
        QFile::remove(found.at(i).second);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return 0;
    int version = 0;
    QString ignored;
    return readVersion(db, &version, &ignored) ? version : 0;
}

bool Database::transaction(const std::function<bool(QSqlDatabase &)> &fn, QString *error)
{
    QString problem;
    QSqlDatabase db = threadConnection(&problem);
    if (!db.isOpen()) {
        setError(error, problem.isEmpty() ? describe(db.lastError()) : problem);
        return false;
    }
    const QString name = db.connectionName();
    int depth = 0;
    {
        const QMutexLocker lock(&m_mutex);
        depth = m_transactionDepth.value(name);
        m_transactionDepth.insert(name, depth + 1);
    }
    const auto leave = qScopeGuard([this, &name, depth] {
        const QMutexLocker lock(&m_mutex);
        if (depth == 0)
            m_transactionDepth.remove(name);
        else
            m_transactionDepth.insert(name, depth);
    });

    const QString savepoint = QStringLiteral("s1_savepoint_%1").arg(depth);
    auto run = [&db](const QString &sql, QSqlError *sqlError) {
        QSqlQuery query(db);
        if (query.exec(sql))
            return true;
        *sqlError = query.lastError();
        return false;
    };
    auto rollback = [&] {
        QSqlError ignored;
        // SQLite may have rolled back by itself (disk full, I/O error): then this fails, harmlessly.
        if (depth == 0) {
            if (!run(QStringLiteral("ROLLBACK"), &ignored))
                qCDebug(lcStorage) << "rollback:" << ignored.text();
        } else if (!run(QStringLiteral("ROLLBACK TO ") + savepoint, &ignored)
            || !run(QStringLiteral("RELEASE ") + savepoint, &ignored)) {
            qCDebug(lcStorage) << "rollback to savepoint:" << ignored.text();
        }
    };

    QSqlError sqlError;
    if (!run(depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint,
            &sqlError)) {
        setError(error, describe(sqlError));
        return false;
    }
    const QString before = error ? *error : QString();
    bool ok = false;
    try {
        ok = fn(db);
    } catch (...) {
        rollback();
        throw;
    }
    if (!ok) {
        rollback();
        if (error && *error == before)
            *error = tr("The changes to the database %1 were not saved (the operation failed and was "
                        "undone); nothing was half-written.")
                         .arg(nativePath());
        return false;
    }
    if (!run(depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint, &sqlError)) {
        const QString message = describe(sqlError);
        rollback();
        setError(error, message);
        return false;
    }
    return true;
}

QString Database::accessProblem() const
{
    // SQLite says "read-only" or "cannot open" for several causes; the file system tells which.
    const QFileInfo file(m_path);
    const QString folder = QDir::toNativeSeparators(file.absolutePath());
    const QFileInfo folderInfo(file.absolutePath());
    if (folderInfo.isDir() && !folderInfo.isWritable())
        return tr("The database %1 cannot be written: the folder %2 is read-only (SQLite keeps its journal "
                  "files next to the database). Give your user write access to %2, or choose another data "
                  "folder by setting XDG_DATA_HOME to a folder you may write.")
            .arg(nativePath(), folder);
    if (file.exists() && !file.isReadable())
        return tr("The database %1 cannot be read: your user has no read access to it. Give your user read "
                  "and write access to the file, or choose another data folder by setting XDG_DATA_HOME.")
            .arg(nativePath());
    if (file.exists() && !file.isWritable())
        return tr("The database %1 cannot be written: the file is read-only. Give your user write access to "
                  "it, or choose another data folder by setting XDG_DATA_HOME.")
            .arg(nativePath());
    return {};
}

QString Database::describe(const QSqlError &error) const
{
    const QString file = nativePath();
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    bool numeric = false;
    const int extended = error.nativeErrorCode().toInt(&numeric);
    const int code = extended & 0xff; // primary code of an extended one
    switch (numeric ? code : -1) {
    case SqliteNotADb:
    case SqliteCorrupt: {
        const QString backup = latestBackup();
        if (!backup.isEmpty())
            return tr(
                "The file %1 is not an S1 Bridge database or is damaged (%2). S1 Bridge leaves it as it "
                "is. Move it away (S1 Bridge then creates a new one) or restore it from a backup, such "
                "as the copy taken before the last upgrade: %3.")
                .arg(file, detail, QDir::toNativeSeparators(backup));
        return tr("The file %1 is not an S1 Bridge database or is damaged (%2). S1 Bridge leaves it as it "
                  "is. Move it away (S1 Bridge then creates a new one) or restore it from a backup.")
            .arg(file, detail);
    }
    case SqliteCantOpen:
    case SqlitePerm:
    case SqliteAuth: {
        const QString access = accessProblem();
        if (!access.isEmpty())
            return access;
        return tr("Cannot open the database %1 (%2). Check that its folder exists and that you may read and "
                  "write the file and the folder.")
            .arg(file, detail);
    }
    case SqliteReadOnly: {
        const QString access = accessProblem();
        if (!access.isEmpty())
            return access;
        return tr("Cannot write to the database %1 (%2). Check that you may write to the file and its "
                  "folder, and that the disk is not mounted read-only.")
            .arg(file, detail);
    }
    case SqliteBusy:
    case SqliteLocked:
        return tr("The database %1 is busy: another S1 Bridge window or command kept it locked for more "
                  "than %2 seconds (%3). Try again when it has finished.")
            .arg(file)
            .arg(BusyTimeoutMs / 1000)
            .arg(detail);
    case SqliteFull:
        return tr("The database %1 cannot be written: the disk is full (%2). Free some space and try again; "
                  "the database keeps its last saved state.")
            .arg(file, detail);
    case SqliteIoErr:
        // A write refused by the system is almost always a full disk or a file size limit (ulimit -f,
        // a quota): SQLite reports SQLITE_IOERR_WRITE then, not SQLITE_FULL.
        if (extended == SqliteIoErrWrite || extended == SqliteIoErrTruncate || extended == SqliteIoErrShmSize)
            return tr("The database %1 cannot be written: the disk is full or a limit on the size of files "
                      "was reached (%2). Free some space (or raise the limit) and try again; the database "
                      "keeps its last saved state.")
                .arg(file, detail);
        return tr(
            "Cannot read or write the database %1: input/output error (%2). Check the disk (is it full, "
            "or was it removed?), then try again; the database keeps its last saved state.")
            .arg(file, detail);
    default:
        break;
    }
    return tr("Database error in %1: %2. If this persists, report it with this message.").arg(file, detail);
}

} // namespace storage
