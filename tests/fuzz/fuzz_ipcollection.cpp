// SPDX-License-Identifier: GPL-3.0-or-later
// An IP collection as a user gives it (firewall::IpCollectionParser: a paste, a file, a URL's body;
// plain lines or CSV) and one typed entry (IpEntry::parse). Every accepted entry must survive its
// canonical form: parsing canonical() again gives the same entry.

#include "FuzzSupport.h"

#include "firewall/IpCollectionParser.h"
#include "firewall/IpEntry.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

static void checkEntry(const firewall::IpEntry &entry)
{
    const firewall::IpEntryResult again = firewall::IpEntry::parse(entry.canonical());
    if (!again.ok || again.entry != entry || !entry.contains(entry) || !entry.overlaps(entry)
        || entry.addressCount() == 0)
        __builtin_trap();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using firewall::IpCollectionParser;
    const QByteArray bytes = fuzz::bytes(data, size);
    for (const auto format : {IpCollectionParser::Format::Auto, IpCollectionParser::Format::Lines,
             IpCollectionParser::Format::Csv}) {
        const firewall::ParsedCollection parsed = IpCollectionParser::parse(bytes, format);
        for (const firewall::IpEntry &entry : parsed.entries)
            checkEntry(entry);
    }
    const QString text = QString::fromUtf8(bytes);
    const firewall::IpEntryResult one = firewall::IpEntry::parse(text);
    if (one.ok)
        checkEntry(one.entry);
    Q_UNUSED(firewall::printableValue(text));
    Q_UNUSED(IpCollectionParser::parseEntries(text.split(QLatin1Char('\n'))));
    return 0;
}
