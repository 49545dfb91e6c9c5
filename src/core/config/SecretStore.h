// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace config {

// The one place secrets are kept at rest: the OS keychain (Secret Service / KWallet, macOS Keychain,
// Windows Credential Manager) through QtKeychain, asynchronously. There is no plaintext fallback:
// when no keychain answers, the store says so (status() SessionOnly, sessionOnlyReason()) and keeps
// secrets in this process's memory only, for the rest of the session.
//
// Every callback runs exactly once, later (never inside the call), in this object's thread, and is
// dropped if `context` (when not null) or this store was destroyed meanwhile. Call from this
// object's thread.
// Only keys are logged, never values.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    // Unknown: no answer from the keychain yet. Available: the keychain answered. SessionOnly: no
    // keychain (after one retry a second later); secrets live in memory until the process ends.
    enum class Status { Unknown, Available, SessionOnly };
    Q_ENUM(Status)

    using DoneCallback = std::function<void(bool ok, const QString &error)>;
    using ReadCallback = std::function<void(const std::optional<QString> &secret, const QString &error)>;

    explicit SecretStore(const QString &service = QStringLiteral("S1 Bridge"), QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback done);
    // std::nullopt with an empty error: nothing stored under `key`.
    void read(const QString &key, QObject *context, ReadCallback done);
    // Removing a key that is not stored succeeds.
    void remove(const QString &key, QObject *context, DoneCallback done);
    // Both Profile::Secret kinds of the profile.
    void removeProfileSecrets(const QString &profileId, QObject *context, DoneCallback done);

    Status status() const;
    // For the GUI banner and the CLI: which keychain is missing and what to do; empty unless SessionOnly.
    QString sessionOnlyReason() const;

Q_SIGNALS:
    void statusChanged(config::SecretStore::Status status);

private:
    struct Request;
    void startJob(const std::shared_ptr<Request> &request);
    void finishFromSessionMap(const std::shared_ptr<Request> &request);
    void deliver(const std::shared_ptr<Request> &request, bool ok, const std::optional<QString> &secret,
        const QString &error);
    void setStatus(Status status);

    QString m_service;
    Status m_status = Status::Unknown;
};

} // namespace config
