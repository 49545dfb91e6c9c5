// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimApiHelpers.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Paging of the tenant's lists: limits, opaque cursors, the {"data","pagination"} envelope.
namespace s1sim::tenant {

inline constexpr int DefaultLimit = 10;
inline constexpr int MaxLimit = 1000;
inline constexpr int MaxSkip = 1000;

// Opaque cursors: base64url (no padding) of a small JSON object with "v":1 and "kind".
QString encodeCursor(const QJsonObject &object);
// nullopt unless text is a cursor of this kind.
std::optional<QJsonObject> decodeCursor(const QString &text, const QString &kind);
SimReply badCursor(const QString &text);

// Offset cursors for the small lists (sites, accounts, notes).
std::optional<SimReply> parseOffsetCursor(const Params &params, const QString &kind, int *offset);
QString offsetCursor(const QString &kind, qsizetype offset);
// skip=N (0..MaxSkip): N more items passed over, after the cursor's position.
std::optional<SimReply> addSkip(const Params &params, int *offset);

// {"data":data,"pagination":{"nextCursor":<nextCursor or null>,"totalItems":totalItems}}
SimReply pagedReply(const QJsonValue &data, qsizetype totalItems, const QString &nextCursor);

} // namespace s1sim::tenant
