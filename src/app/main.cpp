// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"
#include "S1Version.h"
#include "config/AppSettings.h"
#include "config/ProcessHardening.h"
#include "config/Translations.h"

#include <QApplication>
#include <QIcon>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    config::hardenProcess(); // no core dump of the tokens in memory
    // Every file and folder S1 Bridge creates (settings, database, logs, exports) is the user's only.
    ::umask(077);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("s1bridge"));
    // No application display name: Qt would append " — S1 Bridge" to every window title, and the
    // main window's title already reads "S1 Bridge - <profile>".
    QApplication::setOrganizationName(QStringLiteral("S1Bridge"));
    QApplication::setApplicationVersion(QStringLiteral(S1_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("s1bridge"));
    // The language chosen in Settings (read once: a change takes effect at the next start), else
    // the system's (LANG, LC_ALL, LC_MESSAGES, LANGUAGE), as the CLI always does.
    config::installTranslations(config::AppSettings().uiLocale());
    // The installed theme's icon (hicolor, from the package) first; the compiled-in one from a checkout.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("s1bridge"), QIcon(QStringLiteral(":/icons/s1bridge.svg"))));

    AppController controller;
    controller.start(QApplication::arguments().contains(QStringLiteral("--minimized")));
    return app.exec();
}
