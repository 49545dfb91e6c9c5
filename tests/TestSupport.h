// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

// ../shared holds the real-shaped fixtures. Outside CI a missing folder skips with a clear message;
// in CI (CI=true) it is a failure, because a skipped test there hides a broken set-up.
#define S1_REQUIRE_SHARED_FILE(relativePath, outPath)                                                        \
    do {                                                                                                     \
        outPath = QDir(QStringLiteral(S1_SHARED_DIR)).filePath(QStringLiteral(relativePath));                \
        if (!QFile::exists(outPath)) {                                                                       \
            const QByteArray message = "shared fixture missing: " + outPath.toUtf8()                         \
                + " (the project reads ../shared beside the checkout)";                                      \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL(message.constData());                                                                  \
            QSKIP(message.constData());                                                                      \
        }                                                                                                    \
    } while (false)
