// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets in tests/fuzz/ (scripts/fuzz runs them): the input as bytes and as text,
// and a QCoreApplication for code that asks for one (translators, the logging categories' filters).

#include <QByteArray>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace fuzz {

// The input without a copy; valid during one LLVMFuzzerTestOneInput call.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Called once from LLVMFuzzerInitialize: the application object lives until the process ends, and
// the library's warnings (qCWarning for every refused line) are switched off, or they would be most
// of what the run prints.
inline void initialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
}

} // namespace fuzz
