// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

namespace net {
class ApiCall;
}

namespace s1 {

// The check PagedListJob makes of every page, for the readers of lists that are no PagedListJob (the
// threat browser's ThreatPageFetcher, ThreatFlagJob, the OpenCTI import): the "data" of a list's
// answer (GET /threats, GET /threats/{id}/notes) must be a list. An object there is no console's
// answer; read as a list it would be empty: "0 threats", or "no notes" (and a flag added again).
// Returns the error to fail with (kind NotAConsole, naming the member), or no error (kind None) when
// the call succeeded with a list, or failed (its own error() tells).
net::ApiError notAListError(const net::ApiCall *call, const QString &host);

} // namespace s1
