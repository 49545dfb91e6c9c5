// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTenant.h"
#include "MainWindow.h"
#include "config/Translations.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("s1bridge"));
    QApplication::setApplicationDisplayName(QStringLiteral("S1 Bridge"));
    QApplication::setOrganizationName(QStringLiteral("S1Bridge"));
    QApplication::setApplicationVersion(QStringLiteral(S1_VERSION_STRING));

    config::installTranslations();

    // Until profiles exist, the environment of the public connector is the configuration;
    // with none, the built-in demo tenant runs in-process.
    s1::ConsoleConfig config;
    QString profile;
    DemoTenant demo;
    QString error;
    if (qEnvironmentVariableIsSet("S1_URL") && qEnvironmentVariableIsSet("S1_API_KEY")) {
        config.url = s1::ConsoleConfig::normalizeUrl(qEnvironmentVariable("S1_URL"), &error);
        config.token = s1::ConsoleConfig::normalizeToken(qEnvironmentVariable("S1_API_KEY"), &error);
        config.accountId = qEnvironmentVariable("S1_ACCOUNT_ID");
        profile = config.url.host();
    } else if (demo.start()) {
        config = demo.consoleConfig();
        profile = QObject::tr("Demo tenant");
    } else {
        error = QObject::tr("The built-in demo tenant could not start (no free port on 127.0.0.1?).");
    }
    if (!error.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("S1 Bridge"), error);
        return 2;
    }
    MainWindow window(config, profile);
    window.show();
    return app.exec();
}
