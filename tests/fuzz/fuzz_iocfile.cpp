// SPDX-License-Identifier: GPL-3.0-or-later
// An IOC file or feed (exchange::IocFileParser): the format detection, then plain text, CSV and a
// STIX 2.1 bundle each read the same bytes, so every input reaches every reader.

#include "FuzzSupport.h"

#include "exchange/IocFileParser.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using exchange::IocFileFormat;
    using exchange::IocFileParser;
    const QByteArray bytes = fuzz::bytes(data, size);
    Q_UNUSED(IocFileParser::detectFormat(bytes.left(4096)));
    for (const IocFileFormat format :
        {IocFileFormat::Auto, IocFileFormat::PlainText, IocFileFormat::Csv, IocFileFormat::Stix}) {
        const exchange::IocParseResult result = IocFileParser::parse(bytes, format);
        // The counts are what the callers print; they must agree with the lists.
        if (result.warnings.size() > exchange::IocParseResult::maxWarnings
            || result.warnings.size() > result.warningCount)
            __builtin_trap();
        if (!result.error.isEmpty() && !result.iocs.isEmpty())
            __builtin_trap();
    }
    return 0;
}
