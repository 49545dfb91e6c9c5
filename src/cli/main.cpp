// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Command.h"
#include "S1Version.h"
#include "config/ProcessHardening.h"
#include "config/Translations.h"

#include <QCoreApplication>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    config::hardenProcess(); // no core dump of the tokens in memory
    // Every file and folder S1 Bridge creates (settings, database, logs, exports) is the user's only.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("s1bridge-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("S1Bridge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(S1_VERSION_STRING));
    config::installTranslations();
    cli::CliContext context;
    return cli::Command::dispatch(context, QCoreApplication::arguments());
}
