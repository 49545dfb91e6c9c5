// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcS1Client, "s1bridge.s1.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOpenCti, "s1bridge.opencti", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "s1bridge.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "s1bridge.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "s1bridge.storage", QtInfoMsg)
