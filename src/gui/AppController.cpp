// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "DemoTenant.h"
#include "MainWindow.h"
#include "config/SecretStore.h"
#include "jobs/IsoDuration.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"
#include "OpenCtiImportPage.h"
#include "JobsPage.h"
#include "SettingsPage.h"
#include "TrayController.h"
#include "jobs/Scheduler.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>

AppController::AppController(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_store(settingsPath)
    , m_secrets(new config::SecretStore(QStringLiteral("S1 Bridge"), this))
    , m_demo(new DemoTenant(this))
    , m_scheduler(new jobs::Scheduler(nullptr, this))
{
    connect(m_secrets, &config::SecretStore::statusChanged, this, &AppController::updateKeychainNotice);
    m_database = std::make_unique<storage::Database>();
    if (m_database->open(&m_databaseError)) {
        m_importStore = std::make_unique<opencti::ImportStore>(m_database.get());
        m_history = std::make_unique<storage::JobHistory>(m_database.get());
        m_history->markInterrupted();        // runs of a process that died mid-way
        m_history->prune(SettingsPage::retentionDays());
        m_scheduler->setHistory(m_history.get());
    }
    // Background sync: the scheduler decides, this timer only wakes it.
    m_scheduler->start(1000);
}

AppController::~AppController()
{
    // The scheduler cancels and records its running job: before the history and the window go.
    delete m_tray;
    delete m_scheduler;
    delete m_window;
}

void AppController::start(bool minimized)
{
    m_startHidden = minimized;
    const QList<config::Profile> profiles = m_store.profiles();
    if (profiles.isEmpty()) {
        newProfile();
        return;
    }
    const QString current = m_store.currentProfileId();
    const bool known = std::any_of(profiles.cbegin(), profiles.cend(), [&current](const config::Profile &p) { return p.id == current; });
    openProfile(known ? current : profiles.first().id);
}

void AppController::refreshProfileList()
{
    if (!m_window)
        return;
    QList<std::pair<QString, QString>> entries;
    for (const config::Profile &p : m_store.profiles())
        entries.append({p.id, p.name});
    m_window->setProfiles(entries, m_currentId);
}

void AppController::updateKeychainNotice()
{
    if (m_window)
        m_window->setNotice(m_secrets->status() == config::SecretStore::Status::SessionOnly
                                ? tr("No keychain is available, so tokens are kept for this session only and asked "
                                     "for again at the next start. %1")
                                      .arg(m_secrets->sessionOnlyReason())
                                : QString());
}

void AppController::openProfile(const QString &id)
{
    const auto profile = m_store.find(id);
    if (!profile)
        return start();
    if (!m_window) {
        m_window = new MainWindow();
        m_tray = new TrayController(m_scheduler, m_window, this);
        m_window->settingsPage()->setTray(m_tray);
        connect(m_window->settingsPage(), &SettingsPage::retentionChanged, this, [this](int days) {
            if (m_history)
                m_history->prune(days);
        });
        connect(m_scheduler, &jobs::Scheduler::jobFinished, m_window, [this] {
            m_window->openCtiPage()->reloadList();
            m_window->jobsPage()->reload();
        });
        connect(m_window, &MainWindow::profileChosen, this, &AppController::openProfile);
        connect(m_window, &MainWindow::newProfileRequested, this, &AppController::newProfile);
        connect(m_window, &MainWindow::editProfileRequested, this, &AppController::editCurrentProfile);
        connect(m_window, &MainWindow::deleteProfileRequested, this, &AppController::deleteCurrentProfile);
    }
    m_currentId = profile->id;
    m_store.setCurrentProfileId(profile->id);
    m_window->setJobHistory(m_history.get(), profile->id);
    refreshProfileList();
    updateKeychainNotice();
    // Start in the tray (--minimized, as the login entry starts it, or the setting), once.
    const bool hidden = (m_startHidden || m_tray->startMinimized()) && m_tray->isAvailable() && !m_window->isVisible();
    m_startHidden = false;
    if (!hidden)
        m_window->show();
    if (profile->demo) {
        if (!m_demo->isRunning() && !m_demo->start()) {
            m_window->setNotice(tr("The demo tenant could not start: no free port on 127.0.0.1."));
            return;
        }
        return connectWith(*profile, m_demo->consoleConfig().token);
    }
    const config::Profile p = *profile;
    m_secrets->read(config::Profile::secretKey(p.id, config::Profile::Secret::S1ApiToken), this,
                    [this, p](const std::optional<QString> &token, const QString &error) {
                        if (p.id != m_currentId)
                            return; // another profile was chosen meanwhile
                        if (token && !token->isEmpty())
                            return connectWith(p, *token);
                        if (!error.isEmpty())
                            m_window->setNotice(tr("The keychain could not be read: %1").arg(error));
                        askForToken(p);
                    });
}

void AppController::connectWith(const config::Profile &profile, const QString &token)
{
    s1::ConsoleConfig config = profile.consoleConfig(token);
    if (profile.demo)
        config.url = m_demo->consoleConfig().url;
    m_window->setConsole(profile.name, config, profile.flag, int(jobs::IsoDuration::parseSeconds(profile.syncPeriod).value_or(0)));
    connectOpenCti(profile, config);
    Q_EMIT profileOpened(profile.id);
}

void AppController::connectOpenCti(const config::Profile &profile, const s1::ConsoleConfig &console)
{
    if (m_openCti)
        m_openCti->deleteLater();
    const opencti::ImportSettings settings = opencti::ImportSettings::fromProfile(profile);
    if (!m_importStore)
        return m_window->setOpenCti(nullptr, nullptr, settings, tr("The import database could not be opened: %1").arg(m_databaseError));
    if (!profile.openCtiEnabled)
        return m_window->setOpenCti(nullptr, m_importStore.get(), settings);
    if (profile.demo)
        return useOpenCti(profile, console, m_demo->openCtiUrl(), m_demo->openCtiToken());
    m_secrets->read(config::Profile::secretKey(profile.id, config::Profile::Secret::OpenCtiToken), this,
                    [this, profile, console](const std::optional<QString> &token, const QString &) {
                        if (profile.id != m_currentId)
                            return;
                        if (!token || token->isEmpty())
                            return m_window->setOpenCti(nullptr, m_importStore.get(), opencti::ImportSettings::fromProfile(profile),
                                                        tr("The OpenCTI token of this profile is not in the keychain. Use "
                                                           "Profile ▸ Edit profile, OpenCTI page, to enter it again."));
                        useOpenCti(profile, console, profile.openCtiUrl, *token);
                    });
}

void AppController::useOpenCti(const config::Profile &profile, const s1::ConsoleConfig &console, const QUrl &url, const QString &token)
{
    opencti::OpenCtiConfig config;
    config.url = url;
    config.token = token;
    config.transport.maxAttempts = profile.maxAttempts;
    if (profile.tlsPolicy == config::Profile::TlsPolicy::PinnedCertificate)
        config.transport.pinnedCertSha256 = profile.pinnedCertSha256;
    m_openCti = new opencti::OpenCtiClient(config, this);
    opencti::ImportSettings settings = opencti::ImportSettings::fromProfile(profile);
    settings.bundle.consoleUrl = console.url;
    m_window->setOpenCti(m_openCti, m_importStore.get(), settings);

    // The open profile's import runs by itself every sync period (tray mode keeps it going).
    if (!m_scheduledProfile.isEmpty())
        m_scheduler->removeProfile(m_scheduledProfile);
    m_scheduledProfile = profile.id;
    if (m_history)
        m_history->setSecrets({token, console.token});
    const qint64 period = jobs::IsoDuration::parseSeconds(profile.syncPeriod).value_or(300);
    QPointer<opencti::OpenCtiClient> openCti = m_openCti;
    QPointer<MainWindow> window = m_window;
    m_scheduler->addTask(profile.id, QStringLiteral("opencti-import"), period, [this, openCti, window, settings]() -> jobs::Job * {
        if (!openCti || !window || !window->connection() || !m_importStore)
            return nullptr;
        return new opencti::OpenCtiImportJob(window->connection()->client(), openCti, m_importStore.get(), settings);
    });
    if (m_tray)
        m_tray->setProfileId(profile.id);
}

void AppController::askForToken(const config::Profile &profile)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("API token for %1").arg(profile.name));
    dialog->setLabelText(tr("The API token of %1 is not in the keychain.\nPaste it to connect (the console shows a "
                            "token only once: regenerate it in your user menu, Actions, API Token Operations).")
                             .arg(profile.consoleUrl.host()));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, profile](const QString &text) {
        QString error;
        const QString token = s1::ConsoleConfig::normalizeToken(text, &error);
        if (token.isEmpty())
            return askForToken(profile);
        m_secrets->write(config::Profile::secretKey(profile.id, config::Profile::Secret::S1ApiToken), token, this,
                         [](bool, const QString &) {});
        connectWith(profile, token);
    });
    dialog->open();
}

void AppController::showWizard(SetupWizard *wizard)
{
    m_wizard = wizard;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SetupWizard::profileSaved, this, [this](const config::Profile &profile) { openProfile(profile.id); });
    connect(wizard, &QWizard::rejected, this, [this] {
        if (m_store.profiles().isEmpty() && !m_window)
            QApplication::quit(); // nothing to show without a profile
    });
    if (m_window)
        wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
}

void AppController::newProfile()
{
    showWizard(new SetupWizard(&m_store, m_secrets, m_demo, m_window));
}

void AppController::editCurrentProfile()
{
    const auto profile = m_store.find(m_currentId);
    if (!profile)
        return;
    const config::Profile p = *profile;
    m_secrets->read(config::Profile::secretKey(p.id, config::Profile::Secret::S1ApiToken), this,
                    [this, p](const std::optional<QString> &s1Token, const QString &) {
                        m_secrets->read(config::Profile::secretKey(p.id, config::Profile::Secret::OpenCtiToken), this,
                                        [this, p, s1Token](const std::optional<QString> &openCtiToken, const QString &) {
                                            auto *wizard = new SetupWizard(&m_store, m_secrets, m_demo, m_window);
                                            config::Profile edited = p;
                                            QString s1 = s1Token.value_or(QString());
                                            QString cti = openCtiToken.value_or(QString());
                                            if (p.demo && m_demo->isRunning()) {
                                                edited.consoleUrl = m_demo->consoleConfig().url;
                                                s1 = m_demo->consoleConfig().token;
                                                cti = m_demo->openCtiToken();
                                            }
                                            wizard->editProfile(edited, s1, cti);
                                            showWizard(wizard);
                                        });
                    });
}

void AppController::deleteCurrentProfile()
{
    const auto profile = m_store.find(m_currentId);
    if (!profile)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete profile"),
                                tr("Delete the profile \"%1\" and remove its tokens from the keychain?\n"
                                   "Nothing changes on the console.")
                                    .arg(profile->name),
                                QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    const QString id = profile->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton *button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        QString error;
        m_store.remove(id, &error);
        m_secrets->removeProfileSecrets(id, this, [](bool, const QString &) {});
        const QList<config::Profile> rest = m_store.profiles();
        if (rest.isEmpty()) {
            m_window->hide();
            newProfile();
        } else {
            openProfile(rest.first().id);
        }
    });
    box->open();
}

SetupWizard *AppController::wizard() const
{
    return m_wizard;
}
