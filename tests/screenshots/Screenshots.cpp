// SPDX-License-Identifier: GPL-3.0-or-later
// s1bridge-screenshots: drives the real wizard and main window in an X window (scripts/screenshots
// runs it under Xvfb) and saves what the X server shows, page by page, into docs/screenshots/.
// Not a test: it asserts nothing, it takes pictures for people to look at.
#include "AccountSitePage.h"
#include "AppController.h"
#include "CollectionEditor.h"
#include "DemoPresets.h"
#include "DemoTenant.h"
#include "FirewallPage.h"
#include "IocSharingPage.h"
#include "JobsPage.h"
#include "MainWindow.h"
#include "OpenCtiImportPage.h"
#include "OverviewPage.h"
#include "RulesTab.h"
#include "SettingsPage.h"
#include "SetupWizard.h"
#include "SimHost.h"
#include "SimServer.h"
#include "TargetsEditor.h"
#include "ThreatBrowserPage.h"
#include "ThreatFilterProxy.h"
#include "ThreatListModel.h"
#include "TrayController.h"
#include "WizardPageBase.h"
#include "config/ProfileStore.h"
#include "config/SecretStore.h"
#include "config/Translations.h"
#include "exchange/IocShareJob.h"
#include "exchange/IocStore.h"
#include "firewall/FirewallStore.h"
#include "jobs/JobRunner.h"
#include "jobs/Scheduler.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"
#include <QMenu>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QScreen>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString g_out;
// In another language (argument 2): only these pictures, named "<language>-<name>.png".
QString g_prefix;
const QStringList kTranslatedShots
    = {QStringLiteral("wizard-1-welcome"), QStringLiteral("overview"), QStringLiteral("main-window")};

bool wanted(const QString &name)
{
    return g_prefix.isEmpty() || kTranslatedShots.contains(name);
}

void shoot(QWidget *window, const QString &name)
{
    if (!wanted(name))
        return;
    window->raise();
    window->activateWindow();
    QTest::qWait(400); // let the X server paint
    const QPixmap pixmap = window->screen()->grabWindow(window->winId());
    const QString path = QDir(g_out).filePath(g_prefix + name + QStringLiteral(".png"));
    if (!pixmap.save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

// The whole X screen: for dialogs on top of a window.
void shootScreen(const QString &name, const QRect &area)
{
    if (!wanted(name))
        return;
    QTest::qWait(400);
    const QPixmap pixmap
        = QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    const QString path = QDir(g_out).filePath(g_prefix + name + QStringLiteral(".png"));
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

template<typename T> T *child(QWidget *page, const char *name)
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
    // s1bridge-screenshots [OUT [LANGUAGE]]: every picture in English, or a few in LANGUAGE (e.g. de).
    const QString language = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    config::installTranslations(language.isEmpty() ? QLocale(QLocale::English) : QLocale(language));
    g_prefix = language.isEmpty() ? QString() : language + QLatin1Char('-');
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
    waitFor([&] {
        // Checked and refused (in any language): the check is over and says so.
        auto *page = qobject_cast<WizardPageBase *>(w.currentPage());
        return page && !page->isChecking() && !child<QLabel>(page, "checkStatusText")->text().isEmpty();
    });
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
    window.resize(1366, 768); // a common laptop screen
    window.move(0, 0);
    window.setProfiles({{profile->id, profile->name}}, profile->id);
    // The profile's sync period, as the wizard set it (the Overview shows the next runs from it).
    window.setConsole(profile->name, profile->consoleConfig(console.token()), profile->flag, 15 * 60);
    window.show();
    window.showArea(MainWindow::ThreatsArea); // it opens on the Overview: shot once its jobs have run
    ThreatBrowserPage *browser = window.threatBrowser();
    ThreatListModel *model = window.threatModel();
    waitFor([&] { return model->rowCount() > 0 && !model->isLoading(); }, 30000);
    QTest::qWait(800); // flag states of the visible rows
    shoot(&window, QStringLiteral("main-window"));

    // The detail pane of a threat with hashes and MITRE techniques, and its notes.
    int detailRow = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const s1::Threat *t = model->threatAt(row);
        if (!t->sha256.isEmpty() && !t->md5.isEmpty() && t->techniqueIds().size() >= 2) {
            detailRow = row;
            break;
        }
    }
    auto select = [&](const QList<int> &rows) {
        browser->view()->clearSelection();
        for (int row : rows) {
            const QModelIndex index = browser->proxy()->mapFromSource(model->index(row, 0));
            browser->view()->selectionModel()->select(
                index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            browser->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    };
    select({detailRow});
    QTest::qWait(600);
    shoot(&window, QStringLiteral("threat-browser-detail"));
    // The same on a small screen: short columns whole, the name narrower, hashes elided.
    window.resize(1024, 640);
    QTest::qWait(600);
    shoot(&window, QStringLiteral("threat-browser-1024x640"));
    window.resize(1366, 768);
    QTest::qWait(300);

    // No threat matches: the table says so and offers to clear the filters.
    auto *quick = browser->findChild<QLineEdit *>(QStringLiteral("quickFilter"));
    quick->setText(QStringLiteral("no-such-threat"));
    QTest::qWait(400);
    shoot(&window, QStringLiteral("threat-browser-empty"));
    quick->clear();
    QTest::qWait(300);

    // Flagging three threats: the confirmation, then the flagged column.
    select({1, 2, 3});
    browser->flagAction()->trigger();
    QMessageBox *confirm = nullptr;
    waitFor([&] {
        return (confirm = window.findChild<QMessageBox *>(QStringLiteral("flagConfirmation")))
            && confirm->isVisible();
    });
    shootScreen(QStringLiteral("threat-browser-flag-confirm"), window.frameGeometry());
    for (QAbstractButton *b : confirm->buttons())
        if (confirm->buttonRole(b) == QMessageBox::AcceptRole)
            b->click();
    waitFor([&] { return model->flagState(model->threatAt(3)->id) == ThreatListModel::FlagState::Flagged; });
    QTest::qWait(500);
    shoot(&window, QStringLiteral("threat-browser-flagged"));

    // Import now, then the OpenCTI area: what was imported and the bundle a threat became.
    storage::Database db(dir.filePath(QStringLiteral("shots.sqlite")));
    QString error;
    if (!db.open(&error))
        qFatal("%s", qPrintable(error));
    opencti::ImportStore importStore(&db);
    opencti::OpenCtiConfig openCtiConfig;
    openCtiConfig.url = console.openCtiUrl();
    openCtiConfig.token = console.openCtiToken();
    opencti::OpenCtiClient openCti(openCtiConfig);
    opencti::ImportSettings settings = opencti::ImportSettings::fromProfile(*profile);
    settings.bundle.consoleUrl = console.baseUrl();
    settings.workPollMs = 50;
    window.setOpenCti(&openCti, &importStore, settings);
    window.openCtiPage()->importNow();
    waitFor([&] { return window.openCtiPage()->table()->rowCount() > 0 && !window.isBusy(); }, 60000);
    window.showArea(MainWindow::OpenCtiArea);
    window.openCtiPage()->table()->setCurrentCell(0, 0);
    waitFor([&] { return window.openCtiPage()->bundlePreview().contains(QLatin1String("\"objects\"")); });
    shoot(&window, QStringLiteral("opencti-import"));

    // Background sync: the scheduler runs the import and records it; the Jobs area and the tray.
    storage::JobHistory history(&db);
    jobs::Scheduler scheduler;
    scheduler.setHistory(&history);
    scheduler.addTask(profile->id, QStringLiteral("opencti-import"), 300, [&]() -> jobs::Job * {
        return new opencti::OpenCtiImportJob(window.connection()->client(), &openCti, &importStore, settings);
    });
    scheduler.start(200);
    waitFor([&] { return scheduler.lastOutcome(profile->id, QStringLiteral("opencti-import")).has_value(); },
        60000);
    window.setJobHistory(&history, profile->id);
    window.showArea(MainWindow::JobsArea);
    QTest::qWait(300);
    if (auto *runs = window.jobsPage()->findChild<QTableView *>(QStringLiteral("jobTable")))
        runs->selectRow(0); // the newest run, its counts and log below
    QTest::qWait(300);
    shoot(&window, QStringLiteral("jobs-page"));

    // IOC sharing: the demo presets (two sources, a rule, sharing configurations), pulled and shared.
    exchange::IocStore iocStore(&db);
    session::TaskRegistry registry(&scheduler, &importStore);
    registry.setIocStore(&iocStore);
    session::ProfileSession *iocSession = window.session();
    bool presets = false;
    DemoPresets::ensure(
        iocSession, &iocStore, dir.filePath(QStringLiteral("feeds")), [&](const QString &problem) {
            if (!problem.isEmpty())
                qWarning("%s", qPrintable(problem));
            presets = true;
        });
    waitFor([&] { return presets; }, 30000);
    const QString shareKind = exchange::IocShareJob::kindFor(DemoPresets::consoleSharingName());
    bool shared = false;
    QObject::connect(&scheduler, &jobs::Scheduler::jobFinished,
        [&](const QString &, const QString &kind, jobs::Job *) { shared |= kind == shareKind; });
    registry.runNow(iocSession, QStringLiteral("ioc-pull:") + DemoPresets::threatsSourceName());
    registry.runNow(iocSession, QStringLiteral("ioc-pull:") + DemoPresets::feedSourceName());
    registry.runNow(iocSession, shareKind);
    waitFor([&] { return shared; }, 120000);
    IocAreaContext iocContext;
    iocContext.store = &iocStore;
    iocContext.registry = &registry;
    iocContext.session = iocSession;
    iocContext.profiles = {{profile->id, profile->name}};
    iocContext.history = &history;
    iocContext.secrets = &secrets;
    window.setIocContext(iocContext);
    window.showArea(MainWindow::IocArea);
    const QStringList iocShots {QStringLiteral("ioc-iocs"), QStringLiteral("ioc-sources"),
        QStringLiteral("ioc-rules"), QStringLiteral("ioc-sharing")};
    for (int tab = 0; tab < iocShots.size(); ++tab) {
        window.iocPage()->tabs()->setCurrentIndex(tab);
        QTest::qWait(tab == 0 ? 1500 : 800);
        if (tab == IocSharingPage::RulesTabIndex)
            window.iocPage()->rulesTab()->selectRule(DemoPresets::ruleName());
        else if (auto *table = window.iocPage()->tabs()->currentWidget()->findChild<QTableView *>())
            table->selectRow(0);
        QTest::qWait(600);
        shoot(&window, iocShots.at(tab));
    }

    // Firewall: a collection of scanners (one private block left out, one line refused) planned for a
    // site chosen from the console's live list.
    firewall::FirewallStore fwStore(&db);
    registry.setFirewallStore(&fwStore);
    firewall::Collection collection;
    collection.name = QStringLiteral("Known scanners");
    for (int i = 1; i <= 30; ++i)
        collection.entries << QStringLiteral("198.51.100.%1").arg(i * 7);
    collection.entries << QStringLiteral("203.0.113.0/28") << QStringLiteral("192.0.2.10-192.0.2.40")
                       << QStringLiteral("2001:db8:5::/48") << QStringLiteral("10.20.0.0/16")
                       << QStringLiteral("203.0.113.300");
    collection.rule.description = QStringLiteral("Scanners seen at the edge");
    collection.rule.direction = QStringLiteral("inbound");
    collection.maxEntries = 15;
    if (!fwStore.save(&collection, &error))
        qFatal("%s", qPrintable(error));
    FirewallAreaContext fwContext;
    fwContext.store = &fwStore;
    fwContext.registry = &registry;
    fwContext.iocStore = &iocStore;
    fwContext.session = iocSession;
    fwContext.history = &history;
    fwContext.profiles = {{iocSession->id(), profile->name}};
    window.setFirewallContext(fwContext);
    window.showArea(MainWindow::FirewallArea);
    FirewallPage *fwPage = window.firewallPage();
    TargetsEditor *targets = fwPage->editor()->targetsEditor();
    targets->scopeKindCombo()->setCurrentIndex(
        targets->scopeKindCombo()->findData(int(s1::IocScope::Kind::Site)));
    waitFor([&] { return !targets->loading() && targets->targetCombo()->count() > 0; }, 30000);
    collection.targets
        = {{iocSession->id(), s1::IocScope::site(targets->targetCombo()->itemData(0).toString())}};
    if (!fwStore.save(&collection, &error))
        qFatal("%s", qPrintable(error));
    fwPage->reload();
    fwPage->select(collection.name);
    fwPage->editor()->setCollection(*fwStore.collection(collection.name));
    fwPage->editor()->tabs()->setCurrentIndex(CollectionEditor::EntriesTab);
    fwPage->editor()->entryView()->selectRow(int(collection.entries.size()) - 1); // the refused one
    QTest::qWait(500);
    shoot(&window, QStringLiteral("firewall"));
    fwPage->plan();
    waitFor([&] { return !fwPage->isRunning(); }, 60000);
    QTest::qWait(500);
    shoot(&window, QStringLiteral("firewall-plan"));

    // Overview, on a small screen: the profile's jobs (pulls, shares, the firewall export) with their
    // last and next runs, and what needs attention first: here a feed whose file went away.
    window.setJobHistory(&history, iocSession->id());
    window.setSession(iocSession, &registry);
    registry.schedule(iocSession);
    QFile::remove(QDir(dir.filePath(QStringLiteral("feeds"))).filePath(QStringLiteral("demo-blocklist.txt")));
    const QString feedKind = QStringLiteral("ioc-pull:") + DemoPresets::feedSourceName();
    waitFor([&] { return !scheduler.isBusy(iocSession->id(), feedKind); }, 60000);
    registry.runNow(iocSession, feedKind);
    waitFor(
        [&] {
            const QStringList kinds = scheduler.taskKinds(iocSession->id());
            return std::none_of(kinds.cbegin(), kinds.cend(),
                [&](const QString &kind) { return scheduler.isBusy(iocSession->id(), kind); });
        },
        120000);
    window.showArea(MainWindow::OverviewArea);
    window.resize(1024, 640);
    window.overviewPage()->refresh();
    QTest::qWait(600);
    shoot(&window, QStringLiteral("overview"));
    window.resize(1366, 768);

    // Settings: the profile's behaviour, the tray, the history.
    window.settingsPage()->setProfile(profile);
    window.showArea(MainWindow::SettingsArea);
    QTest::qWait(300);
    shoot(&window, QStringLiteral("settings"));
    TrayController tray(&scheduler, &window);
    tray.setProfileId(profile->id);
    tray.menu()->popup(window.mapToGlobal(QPoint(window.width() - 320, 60)));
    QTest::qWait(300);
    shootScreen(QStringLiteral("tray-menu"),
        QRect(window.mapToGlobal(QPoint(window.width() - 340, 40)), QSize(340, 240)));
    tray.menu()->hide();
    window.setOpenCti(nullptr, nullptr, settings);
    secrets.removeProfileSecrets(profile->id, &window, [](bool, const QString &) {});
    QTest::qWait(300);
    return 0;
}
