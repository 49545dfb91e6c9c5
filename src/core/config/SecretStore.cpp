// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include "Logging.h"
#include "config/Profile.h"

#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace config {

namespace {

// After a "no keychain" answer the request is tried once more this much later: at login the keychain
// daemon may still be starting (D-Bus activation).
constexpr int kRetryDelayMs = 1000;

// Once a process found no keychain, every SecretStore of the same service uses this map: a secret
// written by one window is readable by another, and nothing reaches the disk.
struct SessionState
{
    bool sessionOnly = false;
    QString backendError; // the keychain's own words, for sessionOnlyReason()
    QHash<QString, QString> secrets; // key -> secret, for this process only
};
QMutex g_sessionMutex;
QHash<QString, SessionState> g_sessions; // by service

bool isSessionOnly(const QString &service)
{
    QMutexLocker lock(&g_sessionMutex);
    return g_sessions.value(service).sessionOnly;
}

// QtKeychain reports a missing Secret Service as NoBackendAvailable, or (libsecret backend) as
// OtherError carrying the D-Bus error text.
bool meansNoKeychain(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::NoBackendAvailable)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    static const char *const patterns[] = {
        "ServiceUnknown",
        "org.freedesktop.secrets",
        "not provided by any .service",
        "was not provided",
        "Could not connect",
        "Cannot autolaunch",
        "autolaunch",
        "DBUS_SESSION_BUS_ADDRESS",
        "dbus-launch",
        "No such file or directory",
        "Connection refused",
        "not activatable",
        "Failed to execute program",
        "Did not receive a reply",
        "kwalletd",
        "No keychain service available",
        // gnome-keyring without a login keyring and no way to prompt for one (a server, a container)
        "Object does not exist at path",
    };
    for (const char *p : patterns)
        if (text.contains(QLatin1String(p), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

struct SecretStore::Request
{
    enum class Op { Read, Write, Delete };
    Op op = Op::Read;
    QString key;
    QString secret; // for Write only
    QPointer<QObject> context;
    bool hasContext = false;
    DoneCallback done;
    ReadCallback readDone;
    bool retried = false;
};

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    if (isSessionOnly(m_service))
        m_status = Status::SessionOnly;
}

SecretStore::~SecretStore() = default;

QString SecretStore::service() const
{
    return m_service;
}

SecretStore::Status SecretStore::status() const
{
    return isSessionOnly(m_service) ? Status::SessionOnly : m_status;
}

QString SecretStore::sessionOnlyReason() const
{
    QString backendError;
    {
        QMutexLocker lock(&g_sessionMutex);
        const SessionState state = g_sessions.value(m_service);
        if (!state.sessionOnly)
            return {};
        backendError = state.backendError;
    }
#if defined(Q_OS_MACOS)
    const QString what = tr("The macOS Keychain did not answer (%1).").arg(backendError);
    const QString fix = tr("Unlock the login keychain in Keychain Access, then restart S1 Bridge.");
#elif defined(Q_OS_WIN)
    const QString what = tr("The Windows Credential Manager did not answer (%1).").arg(backendError);
    const QString fix = tr("Check that the Credential Manager service runs, then restart S1 Bridge.");
#else
    const QString what = tr("No keychain answered: the Secret Service on the D-Bus session bus is missing "
                            "or not running (%1).")
                             .arg(backendError);
    const QString fix = tr("To store them, install and unlock a keychain in your desktop session "
                           "(gnome-keyring: sudo apt install gnome-keyring; or KWallet with its Secret "
                           "Service), then restart S1 Bridge. On a server, s1bridge-cli reads S1_API_KEY "
                           "and OPENCTI_TOKEN from the environment instead.");
#endif
    return what + u' '
        + tr("Secrets are kept in memory for this session only and must be entered again next time; "
             "nothing is written to disk.")
        + u' ' + fix;
}

void SecretStore::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    qCInfo(lcConfig) << "keychain status:" << status;
    Q_EMIT statusChanged(status);
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, DoneCallback done)
{
    auto r = std::make_shared<Request>();
    r->op = Request::Op::Write;
    r->key = key;
    r->secret = secret;
    r->context = context;
    r->hasContext = context != nullptr;
    r->done = std::move(done);
    startJob(r);
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto r = std::make_shared<Request>();
    r->op = Request::Op::Read;
    r->key = key;
    r->context = context;
    r->hasContext = context != nullptr;
    r->readDone = std::move(done);
    startJob(r);
}

void SecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    auto r = std::make_shared<Request>();
    r->op = Request::Op::Delete;
    r->key = key;
    r->context = context;
    r->hasContext = context != nullptr;
    r->done = std::move(done);
    startJob(r);
}

void SecretStore::removeProfileSecrets(const QString &profileId, QObject *context, DoneCallback done)
{
    // Both removals run; the callback gets every error once both answered.
    struct Joint
    {
        int pending = 2;
        bool ok = true;
        QStringList errors;
        DoneCallback done;
    };
    auto joint = std::make_shared<Joint>();
    joint->done = std::move(done);
    QPointer<QObject> guard = context;
    const bool hasContext = context != nullptr;
    auto one = [joint, guard, hasContext](bool ok, const QString &error) {
        joint->ok = joint->ok && ok;
        if (!error.isEmpty())
            joint->errors << error;
        if (--joint->pending == 0 && joint->done && (!hasContext || guard))
            joint->done(joint->ok, joint->errors.join(u'\n'));
    };
    remove(Profile::secretKey(profileId, Profile::Secret::S1ApiToken), this, one);
    remove(Profile::secretKey(profileId, Profile::Secret::OpenCtiToken), this, one);
}

void SecretStore::startJob(const std::shared_ptr<Request> &r)
{
    if (isSessionOnly(m_service)) {
        // Later, never inside the call.
        QMetaObject::invokeMethod(
            this, [this, r] { finishFromSessionMap(r); }, Qt::QueuedConnection);
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (r->op) {
    case Request::Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        qCDebug(lcConfig) << "keychain read" << r->key;
        break;
    case Request::Op::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service);
        writeJob->setTextData(r->secret);
        job = writeJob;
        qCDebug(lcConfig) << "keychain write" << r->key;
        break;
    }
    case Request::Op::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        qCDebug(lcConfig) << "keychain delete" << r->key;
        break;
    }
    // Not parented to this: QtKeychain's backends call back into a pending job, so it must outlive
    // us; it deletes itself after finished, and the connection below dies with this object.
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy
    job->setKey(r->key);
    connect(job, &QKeychain::Job::finished, this, [this, r](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        const QString text = finished->errorString();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            setStatus(Status::Available);
            if (r->op == Request::Op::Read && error == QKeychain::NoError)
                deliver(r, true, static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), QString());
            else
                deliver(r, true, std::nullopt, QString()); // not stored; deleting nothing is fine
            return;
        }
        if (meansNoKeychain(error, text) || isSessionOnly(m_service)) {
            if (!r->retried && !isSessionOnly(m_service)) {
                r->retried = true;
                qCInfo(lcConfig) << "no keychain answered for" << r->key << "(" << text << "); retrying in"
                                 << kRetryDelayMs << "ms";
                QTimer::singleShot(kRetryDelayMs, this, [this, r] { startJob(r); });
                return; // the retry is scheduled; this answer is not final
            }
            {
                QMutexLocker lock(&g_sessionMutex);
                SessionState &state = g_sessions[m_service];
                if (!state.sessionOnly) {
                    state.sessionOnly = true;
                    state.backendError = text;
                    qCInfo(lcConfig) << "no keychain:" << text << "- secrets are kept for this session only";
                }
            }
            finishFromSessionMap(r);
            return;
        }
        setStatus(Status::Available);
        QString message;
        switch (r->op) {
        case Request::Op::Read:
            message = tr("The keychain could not read %1: %2").arg(r->key, text);
            break;
        case Request::Op::Write:
            message = tr("The keychain could not store %1: %2").arg(r->key, text);
            break;
        case Request::Op::Delete:
            message = tr("The keychain could not remove %1: %2").arg(r->key, text);
            break;
        }
        qCWarning(lcConfig) << "keychain error for" << r->key << ":" << text;
        deliver(r, false, std::nullopt, message);
    });
    job->start();
}

void SecretStore::finishFromSessionMap(const std::shared_ptr<Request> &r)
{
    setStatus(Status::SessionOnly);
    std::optional<QString> secret;
    {
        QMutexLocker lock(&g_sessionMutex);
        QHash<QString, QString> &map = g_sessions[m_service].secrets;
        switch (r->op) {
        case Request::Op::Read: {
            const auto it = map.constFind(r->key);
            if (it != map.constEnd())
                secret = *it;
            break;
        }
        case Request::Op::Write:
            map.insert(r->key, r->secret);
            break;
        case Request::Op::Delete:
            map.remove(r->key);
            break;
        }
    }
    qCDebug(lcConfig) << "session-only secret"
                      << (r->op == Request::Op::Read           ? "read"
                                 : r->op == Request::Op::Write ? "write"
                                                               : "delete")
                      << r->key;
    deliver(r, true, secret, QString());
}

void SecretStore::deliver(
    const std::shared_ptr<Request> &r, bool ok, const std::optional<QString> &secret, const QString &error)
{
    r->secret.clear();
    if (r->hasContext && !r->context)
        return; // the caller is gone
    if (r->op == Request::Op::Read) {
        if (r->readDone)
            r->readDone(secret, error);
    } else if (r->done) {
        r->done(ok, error);
    }
}

} // namespace config
