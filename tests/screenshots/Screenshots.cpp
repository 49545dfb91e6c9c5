// SPDX-License-Identifier: GPL-3.0-or-later
// s1bridge-screenshots: drives the real wizard and main window in an X window (scripts/screenshots
// runs it under Xvfb) and saves what the X server shows, page by page, into docs/screenshots/.
// Not a test: it asserts nothing, it takes pictures for people to look at.
#include "AccountSitePage.h"
#include "AppController.h"
#include "DemoTenant.h"
#include "MainWindow.h"
#include "SetupWizard.h"
#include "SimHost.h"
#include "SimServer.h"
#include "ThreatTableModel.h"
#include "config/ProfileStore.h"
#include "config/SecretStore.h"
#include "config/Translations.h"
#include "jobs/JobRunner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScreen>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString g_out;

void shoot(QWidget *window, const QString &name)
{
    window->raise();
    window->activateWindow();
    QTest::qWait(400); // let the X server paint
    const QPixmap pixmap = window->screen()->grabWindow(window->winId());
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!pixmap.save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

bool waitFor(const std::function<bool()> &condition, int ms = 15000)
{
    QDeadlineTimer deadline(ms);
    while (!condition() && !deadline.hasExpired())
        QTest::qWait(50);
    return condition();
}

template<typename T>
T *child(QWidget *page, const char *name)
{
    T *w = page->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("S1 Bridge"));
    config::installTranslations(QLocale(QLocale::English));
    g_out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(g_out);
    QTemporaryDir dir;

    // The "customer console" of the pictures: the simulator in its own thread.
    s1sim::SimHost console;
    s1sim::SimOptions options;
    options.threats = 2500;
    options.seed = 11;
    if (!console.start(options))
        qFatal("simulator did not start");

    config::ProfileStore store(dir.filePath(QStringLiteral("shots.ini")));
    config::SecretStore secrets(QStringLiteral("S1 Bridge screenshots"));
    DemoTenant demo;
    SetupWizard w(&store, &secrets, &demo);
    w.resize(760, 600);
    w.move(40, 40);
    w.show();
    shoot(&w, QStringLiteral("wizard-1-welcome"));

    w.next();
    auto *url = child<QLineEdit>(w.currentPage(), "urlEdit");
    type(url, QStringLiteral("ftp://acme.sentinelone.net"));
    shoot(&w, QStringLiteral("wizard-2-console-url-error"));
    type(url, console.baseUrl().toString() + QStringLiteral("/"));
    w.next();
    waitFor([&] { return w.currentId() == SetupWizard::ApiTokenPageId; });

    auto *token = child<QLineEdit>(w.currentPage(), "tokenEdit");
    type(token, QStringLiteral("ApiToken revoked-token-0000"));
    w.next();
    waitFor([&] { return child<QLabel>(w.currentPage(), "checkStatusText")->text().contains(QLatin1String("refused")); });
    shoot(&w, QStringLiteral("wizard-3-api-token-refused"));
    type(token, console.token());
    w.next();
    waitFor([&] { return w.currentId() == SetupWizard::AccountSitePageId; });
    w.back();
    shoot(&w, QStringLiteral("wizard-3-api-token-ok"));
    w.next();

    auto *sitesPage = qobject_cast<AccountSitePage *>(w.currentPage());
    waitFor([&] { return child<QComboBox>(sitesPage, "accountCombo")->count() > 0; });
    child<QRadioButton>(sitesPage, "someSitesRadio")->setChecked(true);
    for (int row = 0; row < sitesPage->siteModel()->rowCount() && row < 2; ++row)
        sitesPage->siteModel()->item(row, AccountSitePage::SiteName)->setCheckState(Qt::Checked);
    shoot(&w, QStringLiteral("wizard-4-account-sites"));
    w.next();

    child<QCheckBox>(w.currentPage(), "enableCheck")->setChecked(true);
    type(child<QLineEdit>(w.currentPage(), "openCtiUrlEdit"), console.openCtiUrl().toString());
    type(child<QLineEdit>(w.currentPage(), "openCtiTokenEdit"), console.openCtiToken());
    w.next();
    waitFor([&] { return w.currentId() == SetupWizard::BehaviourPageId; });
    w.back();
    shoot(&w, QStringLiteral("wizard-5-opencti"));
    w.next();

    type(child<QLineEdit>(w.currentPage(), "periodEdit"), QStringLiteral("PT15M"));
    shoot(&w, QStringLiteral("wizard-6-behaviour"));
    w.next();
    type(child<QLineEdit>(w.currentPage(), "nameEdit"), QStringLiteral("Acme production"));
    shoot(&w, QStringLiteral("wizard-7-summary"));
    w.button(QWizard::FinishButton)->click();
    waitFor([&] { return !w.isVisible(); });

    // The main window on that profile.
    const auto profile = store.find(QStringLiteral("Acme production"));
    MainWindow window;
    window.resize(1200, 720);
    window.move(0, 0);
    window.setProfiles({{profile->id, profile->name}}, profile->id);
    window.setConsole(profile->name, profile->consoleConfig(console.token()));
    window.show();
    waitFor([&] { return window.threatModel()->rowCount() > 0 && window.jobRunner()->isIdle(); }, 30000);
    shoot(&window, QStringLiteral("main-window"));
    secrets.removeProfileSecrets(profile->id, &window, [](bool, const QString &) {});
    QTest::qWait(300);
    return 0;
}
