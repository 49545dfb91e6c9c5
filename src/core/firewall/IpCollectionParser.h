// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "firewall/IpEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace firewall {

// A line that was refused (or accepted with a warning).
struct LineProblem
{
    int line = 0; // 1-based line of the text (index + 1 for typed entries)
    QString text; // the value as given, for display as plain text: control characters escaped, ~200 chars
    QString reason; // a sentence naming the value and what is expected (or what was changed)
};

struct ParsedCollection
{
    QList<IpEntry> entries; // in the order of the text; not de-duplicated (IpSet::build does that)
    QList<LineProblem> rejected;
    QList<LineProblem> warnings; // accepted entries that were changed (host bits cleared)
    QStringList notes; // how a CSV was read (its header and column), translated; empty for plain text
};

// Reads the entries of an IP collection from what a user gives: a paste, a file, the body of a URL.
//
// Plain text: one entry per line; blank lines skipped; "#" and ";" start a comment, at the start of a
// line or after the entry (`10.0.0.1 # office`, `10.0.0.0/8 ; lab`: a comment after an entry needs a
// space or tab before it).
// CSV (comma or tab separated; recognized when the first data line holds a comma or a tab): fields
// may be quoted ("" inside quotes is one quote); lines starting with "#" are comments. A first row
// none of whose fields is an IP entry is a header: the column named ip, ip_address, address, value,
// indicator, cidr or network (any case; spaces and dashes read as "_") is read, else the first
// column that holds addresses. Without a header, the first column holding an address in the first
// data rows is read.
class IpCollectionParser
{
    Q_DECLARE_TR_FUNCTIONS(IpCollectionParser)
public:
    enum class Format { Auto, Lines, Csv };

    IpCollectionParser() = delete;

    static ParsedCollection parse(QStringView text, Format format = Format::Auto);
    static ParsedCollection parse(const QString &text, Format format = Format::Auto)
    {
        return parse(QStringView(text), format);
    }
    // Bytes as read from a file or a reply: UTF-8 (a byte-order mark is skipped).
    static ParsedCollection parse(const QByteArray &data, Format format = Format::Auto);
    // Entries typed one by one (an editor's table): each is one entry, no comments; line = index + 1.
    static ParsedCollection parseEntries(const QStringList &typed);

    static constexpr int kTextChars = 200;
};

} // namespace firewall
