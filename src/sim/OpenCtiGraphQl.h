// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimTenant.h"

#include <QJsonObject>
#include <QString>

// GraphQL error objects and answers of the simulated OpenCTI (OpenCtiSim's implementation files
// only). The request parser and the selection of fields are in OpenCtiGraphQl.cpp.
namespace s1sim::opencti {

// {"message":message,"extensions":{"code":code}}
QJsonObject graphQlError(const QString &message, const QString &code);
// OpenCtiSim::errorBody(message, code) with the given HTTP status.
SimReply errorReply(int status, const QString &message, const QString &code);

} // namespace s1sim::opencti
