// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobError.h"

namespace jobs {

JobError JobError::fromRemote(const net::ApiError &error)
{
    JobError e;
    switch (error.kind) {
    case net::ApiError::Kind::None:
        return e;
    case net::ApiError::Kind::Cancelled:
        e.kind = Kind::Cancelled;
        break;
    case net::ApiError::Kind::InvalidConfig:
        e.kind = Kind::Input;
        e.message = error.detail;
        break;
    default:
        e.kind = Kind::Remote;
        break;
    }
    e.remote = error;
    return e;
}

JobError JobError::local(Kind kind, const QString &message)
{
    JobError e;
    e.kind = kind;
    e.message = message;
    return e;
}

QString JobError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Remote: // a job that knows the service better than the dialect says it in message
        return message.isEmpty() ? remote.userMessage() : message;
    case Kind::Cancelled:
        return tr("Cancelled.");
    default:
        return message;
    }
}

} // namespace jobs
