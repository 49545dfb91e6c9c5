// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QCoreApplication>
#include <QString>

namespace jobs {

// Why a job failed: a remote API's error (with its own kind and wording), or a local failure of
// this machine (the disk, the database, the keychain), or input that cannot be right. Front ends
// map the kind to what they show (the CLI: its exit code).
struct JobError
{
    Q_DECLARE_TR_FUNCTIONS(JobError)
public:
    enum class Kind {
        None,
        Remote, // the remote API or the network: see remote
        Input, // the configuration or the input cannot be right (a usage error)
        Disk, // a file could not be read or written
        Database, // the local database could not be opened or written
        Keychain, // the OS keychain refused or is missing
        Cancelled,
    };

    Kind kind = Kind::None;
    net::ApiError remote; // Kind::Remote only
    QString message; // the sentence for local and input failures (Remote: overrides remote's words)

    static JobError fromRemote(const net::ApiError &error);
    static JobError local(Kind kind, const QString &message);

    bool isError() const { return kind != Kind::None; }
    bool isLocal() const { return kind == Kind::Disk || kind == Kind::Database || kind == Kind::Keychain; }
    bool isAuthProblem() const { return kind == Kind::Remote && remote.isAuthProblem(); }
    QString userMessage() const;
};

} // namespace jobs
