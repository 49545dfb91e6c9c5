// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One logging category per area. Rules: no category ever receives a secret (tokens live only in
// request headers, which are never logged).
Q_DECLARE_LOGGING_CATEGORY(lcS1Client)
Q_DECLARE_LOGGING_CATEGORY(lcOpenCti)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
