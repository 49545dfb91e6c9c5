// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop controller: profiles from a real settings file, tokens in the real keychain (or none:
// ctest runs this a second time as tst_appcontroller_nokeychain with a D-Bus address that leads
// nowhere), the demo tenant, the main window.
#include "AppController.h"
#include "DemoPresets.h"
#include "DemoTenant.h"
#include "DurationEdit.h"
#include "MainWindow.h"
#include "NoProfileWidget.h"
#include "OpenCtiImportPage.h"
#include "SettingsPage.h"
#include "SetupWizard.h"
#include "SimServer.h"
#include "ThreatListModel.h"
#include "config/ProfileStore.h"
#include "config/SecretStore.h"
#include "config/Translations.h"
#include "exchange/IocShareJob.h"
#include "exchange/IocStore.h"
#include "exchange/SharingConfig.h"
#include "jobs/Scheduler.h"
#include "s1/S1Client.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"
#include "storage/JobHistory.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestAppController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<s1sim::SimServer> m_sim;
    bool m_noKeychain = false;

    config::Profile consoleProfile(const QString &name) const
    {
        config::Profile p;
        p.id = config::Profile::newId();
        p.name = name;
        p.consoleUrl = m_sim->baseUrl();
        p.connectorId = config::Profile::newId();
        return p;
    }
    static config::Profile demoProfile()
    {
        config::Profile p;
        p.id = config::Profile::newId();
        p.name = QStringLiteral("Demo tenant");
        p.demo = true;
        p.connectorId = config::Profile::newId();
        return p;
    }
    bool writeSecret(config::SecretStore &store, const QString &key, const QString &value)
    {
        bool done = false, ok = false;
        store.write(key, value, this, [&](bool success, const QString &) {
            ok = success;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }
    std::optional<QString> readSecret(config::SecretStore &store, const QString &key)
    {
        bool done = false;
        std::optional<QString> value;
        store.read(key, this, [&](const std::optional<QString> &secret, const QString &) {
            value = secret;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("keychain read did not answer within 10 s");
        return value;
    }
    static QInputDialog *tokenDialog(AppController &app)
    {
        return app.mainWindow() ? app.mainWindow()->findChild<QInputDialog *>() : nullptr;
    }
    static QString notice(AppController &app)
    {
        auto *label = app.mainWindow()->findChild<QLabel *>(QStringLiteral("notice"));
        return label && label->isVisible() ? label->text() : QString();
    }

    // Every id in the demo tenant's answers to GET accounts, sites and the newest threats, in order.
    static QStringList demoIds(const DemoTenant &demo)
    {
        QNetworkAccessManager nam;
        QStringList ids;
        for (const char *path : {"accounts", "sites", "threats?limit=50"}) {
            QNetworkRequest request(QUrl(
                demo.consoleConfig().url.toString() + QLatin1String("/web/api/v2.1/") + QLatin1String(path)));
            request.setRawHeader("Authorization", "ApiToken " + demo.consoleConfig().token.toLatin1());
            QNetworkReply *reply = nam.get(request);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
                return {};
            static const QRegularExpression id(QStringLiteral("\"id\":\"(\\d{19})\""));
            const QString body = QString::fromUtf8(reply->readAll());
            for (const QRegularExpressionMatch &m : id.globalMatch(body))
                ids << m.captured(1);
            delete reply;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        config::installTranslations(QLocale(QLocale::English));
        m_noKeychain = qEnvironmentVariable("S1BRIDGE_TEST_EXPECT_NO_KEYCHAIN") == QLatin1String("1");
        s1sim::SimOptions options;
        options.threats = 120;
        m_sim = std::make_unique<s1sim::SimServer>(options);
        QVERIFY(m_sim->listen() != 0);
    }

    // Two profiles: switching connects to the other; deleting removes the profile and its tokens.
    void switchAndDelete()
    {
        QVERIFY2(!m_noKeychain, "needs the keychain: ctest runs it in tst_appcontroller only");
        const QString ini = m_dir.filePath(QStringLiteral("switch.ini"));
        config::ProfileStore store(ini);
        const config::Profile acme = consoleProfile(QStringLiteral("Acme"));
        const config::Profile demo = demoProfile();
        QString error;
        QVERIFY2(store.save(acme, &error), qPrintable(error));
        QVERIFY2(store.save(demo, &error), qPrintable(error));
        QVERIFY(store.setCurrentProfileId(acme.id));
        config::SecretStore secrets(QStringLiteral("S1 Bridge"));
        const QString key = config::Profile::secretKey(acme.id, config::Profile::Secret::S1ApiToken);
        QVERIFY(writeSecret(secrets, key, m_sim->token()));

        AppController app(ini);
        app.start();
        QTRY_VERIFY(app.mainWindow() && app.mainWindow()->connection());
        QTRY_COMPARE_WITH_TIMEOUT(
            app.mainWindow()->connection()->state(), s1::ConsoleConnection::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app.mainWindow()->threatModel()->rowCount(), 120, 10000);
        QCOMPARE(app.mainWindow()->windowTitle(), QStringLiteral("S1 Bridge - Acme"));

        // No system tray offscreen: the tray settings are disabled and say why; retention persists.
        SettingsPage *settings = app.mainWindow()->settingsPage();
        QVERIFY(!settings->findChild<QCheckBox *>(QStringLiteral("startMinimized"))->isEnabled());
        QVERIFY(settings->findChild<QLabel *>(QStringLiteral("trayNote"))
                    ->text()
                    .contains(QLatin1String("no system tray")));
        settings->findChild<QSpinBox *>(QStringLiteral("retentionDays"))->setValue(12);
        QCOMPARE(SettingsPage::retentionDays(), 12);

        Q_EMIT app.mainWindow()->profileChosen(demo.id); // the profile switcher
        QTRY_COMPARE(app.mainWindow()->windowTitle(), QStringLiteral("S1 Bridge - Demo tenant"));
        QTRY_COMPARE_WITH_TIMEOUT(
            app.mainWindow()->connection()->state(), s1::ConsoleConnection::State::Connected, 10000);
        QCOMPARE(
            app.mainWindow()->connection()->client()->config().url, app.demoTenant()->consoleConfig().url);
        QCOMPARE(config::ProfileStore(ini).currentProfileId(), demo.id);

        Q_EMIT app.mainWindow()->profileChosen(acme.id);
        QTRY_COMPARE(app.mainWindow()->windowTitle(), QStringLiteral("S1 Bridge - Acme"));

        // Edit reruns the wizard, pre-filled, starting at the console page.
        app.editCurrentProfile();
        QTRY_VERIFY_WITH_TIMEOUT(app.wizard() && app.wizard()->isVisible(), 10000);
        QCOMPARE(app.wizard()->currentId(), int(SetupWizard::ConsoleUrlPageId));
        QCOMPARE(app.wizard()->currentPage()->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->text(),
            m_sim->baseUrl().toString());
        QCOMPARE(app.wizard()->state().s1Token, m_sim->token());
        QCOMPARE(app.wizard()->state().profile.id, acme.id);
        app.wizard()->reject();

        app.deleteCurrentProfile();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = app.mainWindow()->findChild<QMessageBox *>()) != nullptr);
        QVERIFY(box->text().contains(QLatin1String("Acme")));
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        QTRY_COMPARE(app.mainWindow()->windowTitle(), QStringLiteral("S1 Bridge - Demo tenant"));
        QCOMPARE(config::ProfileStore(ini).profiles().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!readSecret(secrets, key).has_value(), 10000); // gone from the keychain
    }

    // The demo tenant is the same tenant at every start: a restart after the hour finds the account
    // the profile chose (not "0 of 0"); the profile keeps no port, token or address of a run, and
    // Edit shows the running demo's addresses.
    void demoIsTheSameTenantAtEveryStart()
    {
        const QDateTime t0(QDate(2026, 3, 1), QTime(10, 59), Qt::UTC);
        QStringList firstIds;
        {
            DemoTenant demo;
            demo.setClock([t0] { return t0; });
            QVERIFY(demo.start(300));
            firstIds = demoIds(demo);
        }
        QVERIFY(firstIds.size() > 50);
        {
            DemoTenant demo;
            demo.setClock([t0] { return t0.addSecs(2 * 3600 + 60); });
            QVERIFY(demo.start(300));
            QCOMPARE(demoIds(demo), firstIds);
        }

        const QString ini = m_dir.filePath(QStringLiteral("demo-restart.ini"));
        config::Profile demo = demoProfile();
        demo.accountId = firstIds.first(); // as the wizard chose it in the earlier run
        QString error;
        {
            config::ProfileStore store(ini);
            QVERIFY2(store.save(demo, &error), qPrintable(error));
            QVERIFY(store.setCurrentProfileId(demo.id));
        }
        AppController app(ini);
        app.demoTenant()->setClock([t0] { return t0.addDays(1); });
        app.start();
        QTRY_VERIFY(app.mainWindow() && app.mainWindow()->connection());
        QTRY_COMPARE_WITH_TIMEOUT(
            app.mainWindow()->connection()->state(), s1::ConsoleConnection::State::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow()->threatModel()->totalCount() > 0, 20000);

        app.editCurrentProfile();
        QTRY_VERIFY_WITH_TIMEOUT(app.wizard() && app.wizard()->isVisible(), 10000);
        QCOMPARE(app.wizard()->state().profile.openCtiUrl, app.demoTenant()->openCtiUrl());
        QCOMPARE(app.wizard()->state().profile.consoleUrl, app.demoTenant()->consoleConfig().url);
        app.wizard()->reject();
    }

    // A new user of the demo tenant finds the IOC sharing area working: two sources, a rule and two
    // sharing configurations are there at first start, scheduled with the profile's other tasks (so
    // the tray's Sync now runs them too); running the console configuration shares IOCs and the run is
    // in the job history.
    void demoComesWithIocSharingPresets()
    {
        const QString ini = m_dir.filePath(QStringLiteral("demo-presets.ini"));
        const config::Profile demo = demoProfile();
        {
            config::ProfileStore store(ini);
            QString error;
            QVERIFY2(store.save(demo, &error), qPrintable(error));
            QVERIFY(store.setCurrentProfileId(demo.id));
        }
        AppController app(ini);
        app.start();
        QVERIFY(app.iocStore());
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() && app.mainWindow()->connection(), 10000);
        exchange::IocStore *store = app.iocStore();
        QTRY_COMPARE_WITH_TIMEOUT(store->sources(demo.id).size(), 2, 20000);
        QVERIFY(store->sourceByName(demo.id, DemoPresets::threatsSourceName()));
        QVERIFY(store->sourceByName(demo.id, DemoPresets::feedSourceName()));
        QVERIFY(store->rule(DemoPresets::ruleName()));
        // The demo's two sharing configurations (named "... (2)" when this store had them before).
        std::optional<exchange::SharingConfig> toConsole, toOpenCti;
        for (const exchange::NamedDefinition &d : store->sharings()) {
            const auto config = exchange::SharingConfig::fromDefinition(d, nullptr);
            if (!config || config->profileId != demo.id)
                continue;
            if (config->destination == exchange::SharingConfig::DestinationKind::S1ThreatIntel)
                toConsole = config;
            else
                toOpenCti = config;
        }
        QVERIFY(toConsole && toOpenCti);
        QVERIFY(toConsole->name.startsWith(DemoPresets::consoleSharingName()));
        QVERIFY(toOpenCti->name.startsWith(DemoPresets::openCtiSharingName()));

        const QStringList expected {QStringLiteral("ioc-pull:") + DemoPresets::threatsSourceName(),
            QStringLiteral("ioc-pull:") + DemoPresets::feedSourceName(),
            exchange::IocShareJob::kindFor(toConsole->name), exchange::IocShareJob::kindFor(toOpenCti->name)};
        for (const QString &kind : expected)
            QTRY_VERIFY2_WITH_TIMEOUT(app.scheduler()->hasTask(demo.id, kind), qPrintable(kind), 10000);

        // Pull both sources, then share to the console: IOCs end up shared, the runs in Jobs.
        session::ProfileSession *s = app.session(demo.id);
        // (A new task is due at once: its schedule may have queued it already, which is as good.)
        for (const QString &kind : expected.mid(0, 3))
            QVERIFY(app.registry()->runNow(s, kind) || app.scheduler()->isBusy(demo.id, kind));
        storage::JobRunFilter filter;
        filter.profileId = demo.id;
        filter.kind = expected.at(2);
        QTRY_VERIFY_WITH_TIMEOUT(!app.jobHistory()->list(filter).isEmpty()
                && app.jobHistory()->list(filter).constFirst().state != storage::JobRun::State::Running,
            60000);
        QVERIFY2(store->countShares(toConsole->id, exchange::IocShare::State::Shared) > 0,
            qPrintable(app.jobHistory()->list(filter).constFirst().summary));

        // A second start keeps what is there (no second set of presets).
        const qint64 sources = store->sources(demo.id).size();
        QCOMPARE(DemoPresets::hasAny(*store, demo.id), true);
        QCOMPARE(sources, qint64(2));
    }

    // Esc or Cancel on the first-run wizard does not quit with nothing shown: a window says there is
    // no profile yet and offers the wizard and the demo tenant again.
    void cancelledFirstRunLeavesAWindow()
    {
        AppController app(m_dir.filePath(QStringLiteral("none.ini")));
        app.start();
        QTRY_VERIFY(app.wizard() && app.wizard()->isVisible());
        app.wizard()->reject();
        QTRY_VERIFY(app.noProfileWidget() && app.noProfileWidget()->isVisible());
        NoProfileWidget *none = app.noProfileWidget();
        QVERIFY(none->findChild<QLabel *>(QStringLiteral("noProfileText"))
                    ->text()
                    .contains(QLatin1String("no profile yet")));

        none->findChild<QPushButton *>(QStringLiteral("setupButton"))->click();
        QTRY_VERIFY(app.wizard() && app.wizard()->isVisible());
        QCOMPARE(app.wizard()->currentId(), int(SetupWizard::WelcomePageId));
        QVERIFY(!none->isVisible());
        app.wizard()->reject();
        QTRY_VERIFY(none->isVisible()); // still nothing saved: the same window again

        none->findChild<QPushButton *>(QStringLiteral("demoButton"))->click();
        QTRY_VERIFY(app.wizard() && app.wizard()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(app.wizard()->currentId(), int(SetupWizard::AccountSitePageId), 10000);
        app.wizard()->reject();
        QTRY_VERIFY(app.noProfileWidget() && app.noProfileWidget()->isVisible());
        QVERIFY(app.profileStore().profiles().isEmpty());
    }

    // Settings edits the open profile's behaviour without the wizard: the flag text, the import mode
    // and the sync period (a duration, the ISO 8601 text as a detail), with the wizard's validation;
    // Apply saves the profile and the session runs with the new period at once.
    void settingsEditTheOpenProfile()
    {
        const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
        config::ProfileStore store(ini);
        const config::Profile demo = demoProfile();
        QString error;
        QVERIFY2(store.save(demo, &error), qPrintable(error));
        AppController app(ini);
        app.start();
        QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() && app.mainWindow()->isVisible(), 10000);
        app.mainWindow()->showArea(MainWindow::SettingsArea);
        SettingsPage *settings = app.mainWindow()->settingsPage();
        auto *box = settings->findChild<QGroupBox *>(QStringLiteral("profileBox"));
        QVERIFY(box->isVisible());
        QVERIFY(box->title().contains(QLatin1String("Demo tenant")));
        auto *flag = settings->findChild<QLineEdit *>(QStringLiteral("settingsFlag"));
        auto *apply = settings->findChild<QPushButton *>(QStringLiteral("settingsApply"));
        auto *revert = settings->findChild<QPushButton *>(QStringLiteral("settingsRevert"));
        auto *errorLabel = settings->findChild<QLabel *>(QStringLiteral("settingsProfileError"));
        auto *amount = settings->findChild<QSpinBox *>(QStringLiteral("durationAmount"));
        auto *unit = settings->findChild<QComboBox *>(QStringLiteral("durationUnit"));
        auto *detail = settings->findChild<QLabel *>(QStringLiteral("durationDetail"));
        QCOMPARE(flag->text(), QStringLiteral("[OpenCTI_add]"));
        QCOMPARE(amount->value(), 5); // PT5M
        QCOMPARE(unit->currentData().toInt(), int(DurationEdit::Minutes));
        QVERIFY(detail->text().contains(QLatin1String("PT5M")));
        QVERIFY(!apply->isEnabled()); // nothing changed yet

        // The same validation as the wizard: an empty flag, a control character; the form keeps
        // its place when the error appears.
        const int applyY = apply->mapTo(settings, QPoint()).y();
        flag->setText(QString());
        QVERIFY(!apply->isEnabled());
        QVERIFY2(errorLabel->text().contains(QLatin1String("Flag string")), qPrintable(errorLabel->text()));
        QCOMPARE(apply->mapTo(settings, QPoint()).y(), applyY);
        flag->setText(QStringLiteral("[S1\x1b]0;x\a]"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(errorLabel->text().contains(QLatin1String("U+001B")));
        revert->click();
        QCOMPARE(flag->text(), QStringLiteral("[OpenCTI_add]"));
        QVERIFY(errorLabel->text().isEmpty());

        flag->setText(QStringLiteral("[to_cti]"));
        settings->findChild<QRadioButton *>(QStringLiteral("settingsCreatedAfter"))->setChecked(true);
        settings->findChild<QDateEdit *>(QStringLiteral("settingsImportStart"))->setDate(QDate(2026, 1, 15));
        unit->setCurrentIndex(unit->findData(int(DurationEdit::Hours)));
        amount->setValue(2);
        QVERIFY(detail->text().contains(QLatin1String("PT2H")));
        QVERIFY(apply->isEnabled());
        apply->click();

        const auto saved = config::ProfileStore(ini).find(demo.id);
        QVERIFY(saved);
        QCOMPARE(saved->flag, QStringLiteral("[to_cti]"));
        QCOMPARE(saved->syncPeriod, QStringLiteral("PT2H"));
        QCOMPARE(saved->importMode, config::Profile::ImportMode::CreatedAfter);
        QCOMPARE(saved->importStart, QDate(2026, 1, 15));
        QCOMPARE(saved->consoleUrl, QUrl()); // the demo's address of this run is not saved
        QTRY_COMPARE_WITH_TIMEOUT(app.session(demo.id)->syncPeriodSeconds(), qint64(7200), 10000);
        QCOMPARE(app.session(demo.id)->profile().flag, QStringLiteral("[to_cti]"));
        QVERIFY(!apply->isEnabled()); // the form shows the saved profile
        QCOMPARE(flag->text(), QStringLiteral("[to_cti]"));
    }

    // Every profile that sends to OpenCTI is synced, not only the one on screen; "Import now" goes
    // through the scheduler: recorded in the job history, and never beside a running import of the
    // same profile.
    void syncsEveryProfileAndImportNowWaits()
    {
        QVERIFY2(!m_noKeychain, "needs the keychain: ctest runs it in tst_appcontroller only");
        const QString ini = m_dir.filePath(QStringLiteral("sync.ini"));
        config::ProfileStore store(ini);
        config::SecretStore secrets(QStringLiteral("S1 Bridge"));
        QList<config::Profile> profiles;
        for (const QString &name : {QStringLiteral("Sync one"), QStringLiteral("Sync two")}) {
            config::Profile p = consoleProfile(name);
            p.openCtiEnabled = true;
            p.openCtiUrl = m_sim->openCtiUrl();
            p.syncPeriod = QStringLiteral("PT1H");
            QString error;
            QVERIFY2(store.save(p, &error), qPrintable(error));
            QVERIFY(writeSecret(secrets,
                config::Profile::secretKey(p.id, config::Profile::Secret::S1ApiToken), m_sim->token()));
            QVERIFY(
                writeSecret(secrets, config::Profile::secretKey(p.id, config::Profile::Secret::OpenCtiToken),
                    m_sim->openCtiToken()));
            profiles << p;
        }
        QVERIFY(store.setCurrentProfileId(profiles.first().id));
        const QString shown = profiles.first().id, other = profiles.last().id;

        AppController app(ini);
        QStringList events; // "start <profile>" / "end <profile>", in order
        connect(app.scheduler(), &jobs::Scheduler::jobStarted, this,
            [&](const QString &id, const QString &kind, jobs::Job *) {
                events << QStringLiteral("start %1 %2").arg(id, kind);
            });
        connect(app.scheduler(), &jobs::Scheduler::jobFinished, this,
            [&](const QString &id, const QString &kind, jobs::Job *) {
                events << QStringLiteral("end %1 %2").arg(id, kind);
            });
        bool submitted = false, queuedWhileRunning = false;
        // As soon as the scheduled import of the shown profile starts: Import now, from the window.
        connect(app.scheduler(), &jobs::Scheduler::jobStarted, this,
            [&](const QString &id, const QString &, jobs::Job *) {
                if (id != shown || submitted)
                    return;
                submitted = true;
                QTimer::singleShot(0, this, [&] {
                    queuedWhileRunning = app.scheduler()->isRunning(shown); // the scheduled import still runs
                    app.mainWindow()->openCtiPage()->importNow({QStringLiteral("1")});
                });
            });
        app.start();
        const QString importKind = QStringLiteral("opencti-import");
        const QString endShown = QStringLiteral("end %1 %2").arg(shown, importKind);
        const QString endOther = QStringLiteral("end %1 %2").arg(other, importKind);
        QTRY_VERIFY_WITH_TIMEOUT(events.count(endShown) >= 2 && events.contains(endOther), 60000);
        QVERIFY(queuedWhileRunning);
        // The second run of the shown profile (Import now) started only after the first ended.
        const QString startShown = QStringLiteral("start %1 %2").arg(shown, importKind);
        const qsizetype firstEnd = events.indexOf(endShown);
        const qsizetype secondStart = events.indexOf(startShown, events.indexOf(startShown) + 1);
        QVERIFY2(secondStart > firstEnd, qPrintable(events.join(u'\n')));
        // Both runs of the shown profile and the other profile's run are in the job history.
        storage::JobRunFilter filter;
        filter.kind = importKind;
        filter.profileId = shown;
        QTRY_COMPARE(app.jobHistory()->list(filter).size(), 2);
        filter.profileId = other;
        QCOMPARE(app.jobHistory()->list(filter).size(), 1);
        for (const config::Profile &p : std::as_const(profiles))
            secrets.removeProfileSecrets(p.id, this, [](bool, const QString &) {});
    }

    // A profile whose token is not in the keychain: the app asks for it, and connects.
    void missingTokenIsAskedFor()
    {
        const QString ini = m_dir.filePath(QStringLiteral("ask.ini"));
        config::ProfileStore store(ini);
        const config::Profile acme = consoleProfile(QStringLiteral("Acme ask"));
        QString error;
        QVERIFY2(store.save(acme, &error), qPrintable(error));

        AppController app(ini);
        app.start();
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = tokenDialog(app)) != nullptr, 10000);
        QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
        QVERIFY(dialog->labelText().contains(QLatin1String("not in the keychain")));
        dialog->setTextValue(QStringLiteral("ApiToken ") + m_sim->token());
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(
            app.mainWindow()->connection()->state(), s1::ConsoleConnection::State::Connected, 10000);
        if (m_noKeychain) {
            QTRY_VERIFY_WITH_TIMEOUT(notice(app).contains(QLatin1String("No keychain")), 10000);
            QCOMPARE(app.secretStore()->status(), config::SecretStore::Status::SessionOnly);
        } else {
            QCOMPARE(readSecret(*app.secretStore(),
                         config::Profile::secretKey(acme.id, config::Profile::Secret::S1ApiToken))
                         .value_or(QString()),
                m_sim->token()); // kept for the next start
            bool removed = false;
            app.secretStore()->removeProfileSecrets(
                acme.id, this, [&](bool, const QString &) { removed = true; });
            QTRY_VERIFY(removed);
        }
        // The settings file never holds the token.
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_sim->token().toUtf8()));
    }

    // Without a keychain, the token lives for the session only: the next start asks again.
    void noKeychainAsksEveryStart()
    {
        QVERIFY2(m_noKeychain, "ctest runs this in tst_appcontroller_nokeychain (no D-Bus session bus)");
        // The next start is a new process: this test program again, running nextStartAsks only.
        QProcess next;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("S1BRIDGE_TEST_INI"),
            m_dir.filePath(QStringLiteral("ask.ini"))); // from missingTokenIsAskedFor
        next.setProcessEnvironment(env);
        next.start(QCoreApplication::applicationFilePath(), {QStringLiteral("nextStartAsks")});
        QVERIFY(next.waitForFinished(60000));
        QVERIFY2(next.exitCode() == 0, next.readAllStandardOutput().constData());
    }

    // Child process of noKeychainAsksEveryStart.
    void nextStartAsks()
    {
        const QString ini = qEnvironmentVariable("S1BRIDGE_TEST_INI");
        QVERIFY2(!ini.isEmpty() && m_noKeychain, "only run as the child of noKeychainAsksEveryStart");
        QVERIFY(QFile::exists(ini));
        AppController app(ini);
        app.start();
        QTRY_VERIFY_WITH_TIMEOUT(tokenDialog(app) != nullptr, 20000);
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
