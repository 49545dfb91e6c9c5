// SPDX-License-Identifier: GPL-3.0-or-later
// A connector configuration to import (config::ConnectorConfigImport): the same bytes as a Docker
// Compose file, a .env file, a config.yml, and with no name to detect the format from.

#include "FuzzSupport.h"

#include "config/ConnectorConfigImport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    static const QString names[] = {QStringLiteral("docker-compose.yml"), QStringLiteral(".env"),
        QStringLiteral("config.yml"), QString()};
    for (const QString &name : names) {
        QString error;
        const auto imported
            = config::ConnectorConfigImport::importData(bytes, name, QStringLiteral("fuzz input"), &error);
        // Either a configuration or a sentence saying why not.
        if (!imported && error.isEmpty())
            __builtin_trap();
    }
    return 0;
}
