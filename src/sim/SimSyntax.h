// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// Syntax checks for what clients send: hex digests, IP addresses, CIDR blocks, ranges, host
// names and URLs.
namespace s1sim::tenant {

bool isHexText(QStringView s);
// Strict dotted quad, no leading zeros.
bool isIpv4(QStringView s);
bool isIpv6(QStringView s);
bool isHostName(QStringView s, bool allowWildcard);
bool isUrl(QStringView s);
bool isIpAddress(QStringView s);
bool isCidr(QStringView s);
// "a-b" with two addresses of the same family.
bool isIpRange(QStringView s);

} // namespace s1sim::tenant
