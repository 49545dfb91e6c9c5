// SPDX-License-Identifier: GPL-3.0-or-later
// The setup wizard driven page by page under the offscreen platform, against the simulator, with
// the real settings file and the real keychain of scripts/test's private D-Bus session.
#include "AccountSitePage.h"
#include "AppController.h"
#include "DemoTenant.h"
#include "MainWindow.h"
#include "OpenCtiImportPage.h"
#include "SetupWizard.h"
#include "SimServer.h"
#include "SimTenant.h"
#include "SummaryPage.h"
#include "ThreatBrowserPage.h"
#include "ThreatFilterProxy.h"
#include "ThreatListModel.h"
#include "config/ProfileStore.h"
#include "config/SecretStore.h"
#include "config/Translations.h"
#include "jobs/JobRunner.h"
#include "jobs/Scheduler.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestSetupWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template<typename T> static T *child(QWidget *page, const char *name)
    {
        T *w = page->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    static QString statusText(QWizard &w)
    {
        return child<QLabel>(w.currentPage(), "checkStatusText")->text();
    }
    static bool nextEnabled(QWizard &w) { return w.button(QWizard::NextButton)->isEnabled(); }
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    QString settingsPath(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the import database and view state go to a test location
        config::installTranslations(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
    }

    // A new user tries the demo tenant: Welcome -> account/sites -> OpenCTI (simulated) -> behaviour
    // -> summary -> Finish, and ends in the main window with threats listed.
    void demoPathEndsInTheMainWindow()
    {
        AppController app(settingsPath("demo.ini"));
        app.start();
        SetupWizard *w = app.wizard();
        QVERIFY(w);
        QTRY_VERIFY(w->isVisible());
        QCOMPARE(w->currentId(), int(SetupWizard::WelcomePageId));
        child<QRadioButton>(w->currentPage(), "demoRadio")->setChecked(true);
        w->next();
        QCOMPARE(w->currentId(), int(SetupWizard::AccountSitePageId));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(*w), 10000);
        auto *accounts = child<QComboBox>(w->currentPage(), "accountCombo");
        QCOMPARE(accounts->count(), 2);
        QVERIFY(child<QLabel>(w->currentPage(), "accountIdLabel")
                    ->text()
                    .startsWith(QLatin1String("Account ID: ")));
        w->next();
        QCOMPARE(w->currentId(), int(SetupWizard::OpenCtiPageId));
        QVERIFY(child<QCheckBox>(w->currentPage(), "enableCheck")->isChecked());
        w->next(); // the live OpenCTI check runs, then the wizard advances by itself
        QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(SetupWizard::BehaviourPageId), 10000);
        w->next();
        QCOMPARE(w->currentId(), int(SetupWizard::SummaryPageId));
        QCOMPARE(child<QLineEdit>(w->currentPage(), "nameEdit")->text(), QStringLiteral("Demo tenant"));
        QSignalSpy opened(&app, &AppController::profileOpened);
        w->button(QWizard::FinishButton)->click();
        QVERIFY(opened.count() == 1 || opened.wait(10000));
        QTRY_VERIFY(app.mainWindow() && app.mainWindow()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            app.mainWindow()->threatModel()->rowCount() > 0 && !app.mainWindow()->isBusy(), 20000);

        const QList<config::Profile> saved = app.profileStore().profiles();
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved.first().demo);
        QVERIFY(saved.first().consoleUrl.isEmpty());
        // Nothing of this run (port, token, the simulated OpenCTI's address) is in the profile.
        QVERIFY(saved.first().openCtiUrl.isEmpty());
        QFile ini(settingsPath("demo.ini"));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY(!written.contains("127.0.0.1"));
        QVERIFY(!written.contains(app.demoTenant()->consoleConfig().token.toUtf8()));
        QVERIFY(!written.contains(app.demoTenant()->openCtiToken().toUtf8()));
        // The demo profile works in the account chosen on the account page: every listed threat is its.
        const ThreatListModel *model = app.mainWindow()->threatModel();
        QCOMPARE(model->rowCount(),
            std::min<int>(ThreatListModel::PageSize, int(model->totalCount()))); // first page only
        QVERIFY(model->totalCount() > 1000 && model->totalCount() < DemoTenant::DefaultThreats);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->threatAt(row)->accountId, saved.first().accountId);

        // Then, as a new user would: flag a threat in the browser, Import now, see it imported into
        // the demo tenant's simulated OpenCTI.
        MainWindow *window = app.mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window->openCtiPage()->property("ready").toBool(), 10000);
        ThreatBrowserPage *browser = window->threatBrowser();
        const QModelIndex first = browser->proxy()->index(0, 0);
        browser->view()->selectionModel()->select(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        browser->view()->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        const QString id = browser->selectedThreatIds().value(0);
        browser->flagAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->flagState(id), ThreatListModel::FlagState::Flagged, 10000);
        // The browser enables its actions again once the flag job has ended (one event loop turn
        // after the flag state shows): a user clicks Import now when it is enabled.
        QAction *importNow = window->findChild<QAction *>(QStringLiteral("importNowAction"));
        QTRY_VERIFY(importNow->isEnabled());
        QSignalSpy imported(window->openCtiPage(), &OpenCtiImportPage::imported);
        importNow->trigger();
        QVERIFY(imported.wait(20000));
        // Imported by this run, or by the background sync that started between the flag and the click
        // (this run then finds it unchanged): either way it is in OpenCTI once, as the table shows.
        const QStringList importedNow = imported.first().first().toStringList();
        QVERIFY2(
            importedNow.isEmpty() || importedNow == QStringList {id}, qPrintable(importedNow.join(u' ')));
        window->showArea(MainWindow::OpenCtiArea);
        // The background sync may have imported the demo's other flagged threats too: find ours.
        QTableWidget *table = window->openCtiPage()->table();
        QTRY_VERIFY(table->rowCount() >= 1);
        int ours = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->data(Qt::UserRole).toString() == id)
                ours = row;
        QVERIFY(ours >= 0);
        QCOMPARE(table->item(ours, 1)->text(), QStringLiteral("Imported"));
        // The background sync ran by itself and is in the job history.
        QTRY_VERIFY_WITH_TIMEOUT(
            app.scheduler()->lastOutcome(saved.first().id, QStringLiteral("opencti-import")).has_value(),
            20000);
    }

    // A real console: URL (validated as typed, checked live), token (refused, then right), account and
    // sites (search, check), OpenCTI skipped, behaviour (a wrong period blocks Next), summary, Finish.
    void realConsolePath()
    {
        s1sim::SimOptions options;
        options.threats = 200;
        s1sim::SimServer sim(options);
        QVERIFY(sim.listen() != 0);
        config::ProfileStore store(settingsPath("real.ini"));
        config::SecretStore secrets(QStringLiteral("S1 Bridge test"));
        DemoTenant demo;
        SetupWizard w(&store, &secrets, &demo);
        w.state().checkTimeoutMs = 3000;
        w.show();
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::ConsoleUrlPageId));

        auto *url = child<QLineEdit>(w.currentPage(), "urlEdit");
        auto *urlError = child<QLabel>(w.currentPage(), "urlError");
        type(url, QStringLiteral("ftp://console"));
        QVERIFY(!nextEnabled(w));
        QVERIFY(urlError->isVisible());
        QVERIFY(urlError->text().contains(QLatin1String("ftp")));
        type(url, QStringLiteral("  ") + sim.baseUrl().toString() + QStringLiteral("/ "));
        QVERIFY(!urlError->isVisible());
        QVERIFY(nextEnabled(w));
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SetupWizard::ApiTokenPageId), 10000);

        auto *token = child<QLineEdit>(w.currentPage(), "tokenEdit");
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        child<QAbstractButton>(w.currentPage(), "showTokenButton")->click();
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        type(token, QStringLiteral("revoked-token"));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(statusText(w).contains(QLatin1String("refused the API token")), 10000);
        QCOMPARE(w.currentId(), int(SetupWizard::ApiTokenPageId));
        type(token, QStringLiteral("ApiToken ") + sim.token());
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SetupWizard::AccountSitePageId), 10000);
        w.back(); // Back keeps what was typed, and the check result
        QCOMPARE(token->text(), QStringLiteral("ApiToken ") + sim.token());
        QVERIFY2(statusText(w).contains(QLatin1String("sees 2 accounts")), qPrintable(statusText(w)));
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::AccountSitePageId));

        auto *page = qobject_cast<AccountSitePage *>(w.currentPage());
        auto *accounts = child<QComboBox>(page, "accountCombo");
        QTRY_COMPARE(accounts->count(), 2);
        accounts->setCurrentIndex(0);
        QStandardItemModel *sites = page->siteModel();
        QVERIFY(sites->rowCount() >= 2);
        auto *view = child<QTreeView>(page, "siteView");
        QCOMPARE(view->model()->rowCount(), sites->rowCount()); // what the user sees
        QCOMPARE(view->model()->index(0, AccountSitePage::SiteState).data().toString().isEmpty(), false);
        child<QRadioButton>(page, "someSitesRadio")->setChecked(true);
        QVERIFY(!nextEnabled(w)); // no site checked yet
        const QString chosenName = sites->item(1, AccountSitePage::SiteName)->text();
        type(child<QLineEdit>(page, "siteSearchEdit"), chosenName);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, AccountSitePage::SiteName).data().toString(), chosenName);
        sites->item(1, AccountSitePage::SiteName)->setCheckState(Qt::Checked);
        QVERIFY(nextEnabled(w));
        const QString chosenId = sites->item(1, AccountSitePage::SiteName)->data(Qt::UserRole).toString();
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::OpenCtiPageId));
        QVERIFY(!child<QCheckBox>(w.currentPage(), "enableCheck")->isChecked());
        QCOMPARE(w.button(QWizard::NextButton)->text(), QStringLiteral("&Skip >"));
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::BehaviourPageId));

        auto *period = child<QLineEdit>(w.currentPage(), "periodEdit");
        auto *echo = child<QLabel>(w.currentPage(), "periodEcho");
        QCOMPARE(echo->text(), QStringLiteral("every 5 minutes"));
        type(period, QStringLiteral("5 minutes"));
        QVERIFY(!nextEnabled(w));
        QVERIFY(echo->text().contains(QLatin1String("PT5M")));
        type(period, QStringLiteral("PT15M"));
        QCOMPARE(echo->text(), QStringLiteral("every 15 minutes"));
        type(child<QLineEdit>(w.currentPage(), "flagEdit"), QString());
        QVERIFY(!nextEnabled(w));
        type(child<QLineEdit>(w.currentPage(), "flagEdit"), QStringLiteral("[OpenCTI_add]"));
        QVERIFY(nextEnabled(w));
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::SummaryPageId));

        auto *summary = qobject_cast<SummaryPage *>(w.currentPage());
        type(child<QLineEdit>(summary, "nameEdit"), QStringLiteral("Acme production"));
        QVERIFY(summary->summaryText().contains(store.path()));
        QVERIFY(!summary->summaryText().contains(sim.token()));
        QSignalSpy saved(&w, &SetupWizard::profileSaved);
        w.button(QWizard::FinishButton)->click();
        QVERIFY(saved.count() == 1 || saved.wait(10000));

        const auto profile = store.find(QStringLiteral("Acme production"));
        QVERIFY(profile);
        QCOMPARE(profile->consoleUrl, sim.baseUrl());
        QVERIFY(!profile->allSites);
        QCOMPARE(profile->siteIds, QStringList {chosenId});
        QCOMPARE(profile->syncPeriod, QStringLiteral("PT15M"));
        QCOMPARE(profile->accountId, accounts->itemData(0).toString());

        // The token is in the keychain (read back through a new store), and nowhere in the settings file.
        config::SecretStore again(QStringLiteral("S1 Bridge test"));
        std::optional<QString> stored;
        bool done = false;
        again.read(config::Profile::secretKey(profile->id, config::Profile::Secret::S1ApiToken), this,
            [&](const std::optional<QString> &secret, const QString &) {
                stored = secret;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        if (secrets.status() != config::SecretStore::Status::SessionOnly)
            QCOMPARE(stored.value_or(QString()), sim.token());
        QFile ini(store.path());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(sim.token().toUtf8()));
        bool removed = false;
        secrets.removeProfileSecrets(profile->id, this, [&](bool, const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    }

    // An existing connector configuration pre-fills every page; unknown keys are listed, not fatal.
    void importPrefillsThePages()
    {
        s1sim::SimOptions options;
        options.threats = 50;
        s1sim::SimServer sim(options);
        QVERIFY(sim.listen() != 0);
        const QString accountId = sim.tenant().accountId(1);
        QFile env(m_dir.filePath(QStringLiteral("connector.env")));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("CONNECTOR_NAME=Initech SOC\nCONNECTOR_DURATION_PERIOD=PT10M\nS1_URL="
            + sim.baseUrl().toString().toUtf8() + "/\nS1_API_KEY=APIToken " + sim.token().toUtf8()
            + "\nS1_ACCOUNT_ID=" + accountId.toUtf8()
            + "\nMAX_API_ATTEMPTS=4\nSIGN=[Initech_add]\nUNRELATED_SETTING=1\n");
        env.close();

        config::ProfileStore store(settingsPath("import.ini"));
        config::SecretStore secrets(QStringLiteral("S1 Bridge test"));
        SetupWizard w(&store, &secrets, nullptr);
        w.show();
        child<QRadioButton>(w.currentPage(), "importRadio")->setChecked(true);
        QVERIFY(!nextEnabled(w)); // no file yet
        type(child<QLineEdit>(w.currentPage(), "importPathEdit"),
            m_dir.filePath(QStringLiteral("missing.env")));
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::WelcomePageId));
        QVERIFY(child<QLabel>(w.currentPage(), "importError")->isVisible());
        type(child<QLineEdit>(w.currentPage(), "importPathEdit"), env.fileName());
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::ConsoleUrlPageId));
        QCOMPARE(child<QLineEdit>(w.currentPage(), "urlEdit")->text(), sim.baseUrl().toString());
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SetupWizard::ApiTokenPageId), 10000);
        QCOMPARE(child<QLineEdit>(w.currentPage(), "tokenEdit")->text(), sim.token());
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SetupWizard::AccountSitePageId), 10000);
        QCOMPARE(child<QComboBox>(w.currentPage(), "accountCombo")->currentData().toString(), accountId);
        w.next();
        w.next(); // OpenCTI: skipped (not in the file)
        QCOMPARE(w.currentId(), int(SetupWizard::BehaviourPageId));
        QCOMPARE(child<QLineEdit>(w.currentPage(), "flagEdit")->text(), QStringLiteral("[Initech_add]"));
        QCOMPARE(child<QLineEdit>(w.currentPage(), "periodEdit")->text(), QStringLiteral("PT10M"));
        w.next();
        auto *summary = qobject_cast<SummaryPage *>(w.currentPage());
        QCOMPARE(child<QLineEdit>(summary, "nameEdit")->text(), QStringLiteral("Initech SOC"));
        QVERIFY2(summary->summaryText().contains(QLatin1String("UNRELATED_SETTING")),
            qPrintable(summary->summaryText()));
        QVERIFY(!summary->summaryText().contains(sim.token()));
    }

    // The console URL check tells a console from other answers.
    void urlCheck_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QString>("message");
        QTest::newRow("console") << QString() << true << QStringLiteral("A SentinelOne console answers");
        QTest::newRow("html") << QStringLiteral("html=1") << true
                              << QStringLiteral("is not a SentinelOne console");
        QTest::newRow("timeout") << QStringLiteral("delay-ms=5000") << true
                                 << QStringLiteral("did not answer in time");
        QTest::newRow("nothing listens") << QString() << false << QStringLiteral("Could not reach");
    }
    void urlCheck()
    {
        QFETCH(QString, faults);
        QFETCH(bool, reachable);
        QFETCH(QString, message);
        s1sim::SimOptions options;
        options.threats = 10;
        options.faults = faults;
        s1sim::SimServer sim(options);
        QVERIFY(sim.listen() != 0);
        QUrl target = sim.baseUrl();
        if (!reachable) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            target.setPort(probe.serverPort());
        }
        config::ProfileStore store(settingsPath("check.ini"));
        config::SecretStore secrets(QStringLiteral("S1 Bridge test"));
        SetupWizard w(&store, &secrets, nullptr);
        w.state().checkTimeoutMs = 400;
        w.state().checkAttempts = 1;
        w.show();
        w.next();
        type(child<QLineEdit>(w.currentPage(), "urlEdit"), target.toString());
        w.next();
        auto *status = child<QLabel>(w.page(SetupWizard::ConsoleUrlPageId), "checkStatusText");
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(message), qPrintable(status->text()), 10000);
        QCOMPARE(w.currentId(),
            message.startsWith(QLatin1String("A SentinelOne")) ? int(SetupWizard::ApiTokenPageId)
                                                               : int(SetupWizard::ConsoleUrlPageId));
    }

    // A check's answer belongs to the address that produced it: editing the address clears it.
    void editingTheUrlClearsTheOldError()
    {
        QTcpServer probe; // nothing answers there once closed
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl target(QStringLiteral("http://127.0.0.1"));
        target.setPort(probe.serverPort());
        probe.close();
        config::ProfileStore store(settingsPath("stale.ini"));
        config::SecretStore secrets(QStringLiteral("S1 Bridge test"));
        SetupWizard w(&store, &secrets, nullptr);
        w.state().checkTimeoutMs = 400;
        w.state().checkAttempts = 1;
        w.show();
        w.next();
        auto *url = child<QLineEdit>(w.currentPage(), "urlEdit");
        type(url, target.toString());
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(statusText(w).contains(QLatin1String("Could not reach")), 10000);
        type(url, QStringLiteral("https://other.example.com"));
        QCOMPARE(statusText(w), QString());
    }

    // An http:// console: a warning that the token travels unencrypted, and Next only after an
    // explicit choice; this computer (127.0.0.1, localhost) and https:// pass without a word.
    void plainHttpNeedsAChoice()
    {
        config::ProfileStore store(settingsPath("http.ini"));
        config::SecretStore secrets(QStringLiteral("S1 Bridge test"));
        SetupWizard w(&store, &secrets, nullptr);
        w.show();
        w.next();
        QCOMPARE(w.currentId(), int(SetupWizard::ConsoleUrlPageId));
        auto *url = child<QLineEdit>(w.currentPage(), "urlEdit");
        auto *warning = child<QLabel>(w.currentPage(), "httpWarning");
        auto *consent = child<QCheckBox>(w.currentPage(), "plainTextCheck");
        type(url, QStringLiteral("http://console.example.com"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("unencrypted")));
        QVERIFY(consent->isVisible());
        QVERIFY(!nextEnabled(w));
        consent->setChecked(true);
        QVERIFY(nextEnabled(w));
        for (const char *quiet :
            {"http://127.0.0.1:8080", "http://localhost:8080", "https://console.example.com"}) {
            type(url, QLatin1String(quiet));
            QVERIFY2(!warning->isVisible() && !consent->isVisible(), quiet);
            QVERIFY2(nextEnabled(w), quiet);
        }
        type(url, QStringLiteral("http://10.0.0.5"));
        QVERIFY(warning->isVisible());
        QVERIFY(!consent->isChecked()); // a new address, a new choice
        QVERIFY(!nextEnabled(w));
    }

    // A console with a self-signed certificate: the URL check says it is not trusted and shows the
    // fingerprint; "Trust this certificate" pins it, and every later check and the profile use the pin.
    void untrustedCertificateCanBePinned()
    {
        s1sim::SimOptions options;
        options.threats = 20;
        QString error;
        QVERIFY2(options.loadTls(QStringLiteral(S1_TLS_FIXTURE_DIR "/cert.pem"),
                     QStringLiteral(S1_TLS_FIXTURE_DIR "/key.pem"), &error),
            qPrintable(error));
        s1sim::SimServer sim(options);
        QVERIFY(sim.listen() != 0);
        QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("https"));
        const QByteArray fingerprint = options.tlsCertificate.digest(QCryptographicHash::Sha256).toHex();

        config::ProfileStore store(settingsPath("tls.ini"));
        config::SecretStore secrets(QStringLiteral("S1 Bridge test"));
        SetupWizard w(&store, &secrets, nullptr);
        w.show();
        w.next();
        type(child<QLineEdit>(w.currentPage(), "urlEdit"), sim.baseUrl().toString());
        w.next();
        auto *trust = child<QAbstractButton>(w.currentPage(), "trustButton");
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 10000);
        QVERIFY2(statusText(w).contains(QLatin1String("does not trust")), qPrintable(statusText(w)));
        QVERIFY(statusText(w).contains(QString::fromLatin1(fingerprint.left(2).toUpper()) + u':'));
        QCOMPARE(w.currentId(), int(SetupWizard::ConsoleUrlPageId));
        trust->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SetupWizard::ApiTokenPageId), 10000);
        QCOMPARE(w.state().profile.tlsPolicy, config::Profile::TlsPolicy::PinnedCertificate);
        QCOMPARE(w.state().profile.pinnedCertSha256, fingerprint);
        type(child<QLineEdit>(w.currentPage(), "tokenEdit"), sim.token());
        w.next(); // the token check goes over the pinned connection too
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SetupWizard::AccountSitePageId), 10000);
    }

    // A token without rights (403 everywhere) is told apart from a refused one.
    void tokenWithoutRights()
    {
        QTcpServer console; // answers every API request with SentinelOne's 403 envelope
        QVERIFY(console.listen(QHostAddress::LocalHost, 0));
        connect(&console, &QTcpServer::newConnection, this, [&console] {
            QTcpSocket *s = console.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                const QByteArray body
                    = R"({"errors":[{"code":4030010,"title":"Insufficient permissions","detail":null}]})";
                s->write("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        });
        config::ProfileStore store(settingsPath("forbidden.ini"));
        config::SecretStore secrets(QStringLiteral("S1 Bridge test"));
        SetupWizard w(&store, &secrets, nullptr);
        w.show();
        w.next();
        type(child<QLineEdit>(w.currentPage(), "urlEdit"),
            QStringLiteral("http://127.0.0.1:%1").arg(console.serverPort()));
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SetupWizard::ApiTokenPageId), 10000);
        type(child<QLineEdit>(w.currentPage(), "tokenEdit"), QStringLiteral("valid-but-powerless"));
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(statusText(w).contains(QLatin1String("has no rights")), 10000);
        QCOMPARE(w.currentId(), int(SetupWizard::ApiTokenPageId));
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
