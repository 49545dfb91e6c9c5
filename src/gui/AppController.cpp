// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "firewall/FirewallStore.h"

#include "DemoPresets.h"
#include "DemoTenant.h"
#include "JobsPage.h"
#include "MainWindow.h"
#include "NoProfileWidget.h"
#include "OpenCtiImportPage.h"
#include "SettingsPage.h"
#include "TrayController.h"
#include "config/SecretStore.h"
#include "exchange/IocStore.h"
#include "exchange/SharingConfig.h"
#include "ioc/IocSharingPage.h"
#include "jobs/IsoDuration.h"
#include "jobs/Scheduler.h"
#include "opencti/ImportStore.h"
#include "opencti/OpenCtiClient.h"
#include "opencti/OpenCtiImportJob.h"
#include "session/ProfileSession.h"
#include "session/TaskRegistry.h"
#include "storage/Database.h"
#include "storage/JobHistory.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QInputDialog>
#include <QMessageBox>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>

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
        m_iocStore = std::make_unique<exchange::IocStore>(m_database.get());
        m_firewallStore = std::make_unique<firewall::FirewallStore>(m_database.get());
        m_history = std::make_unique<storage::JobHistory>(m_database.get());
        m_history->markInterrupted(); // runs of a process that died mid-way
        m_history->prune(config::AppSettings().retentionDays());
        m_scheduler->setHistory(m_history.get());
    }
    m_registry = std::make_unique<session::TaskRegistry>(m_scheduler, m_importStore.get());
    m_registry->setIocStore(m_iocStore.get());
    m_registry->setFirewallStore(m_firewallStore.get());
    // Background sync: the scheduler decides, this timer only wakes it.
    m_scheduler->start(1000);
}

AppController::~AppController()
{
    // The scheduler cancels and records its running job: before the history, the sessions and the window go.
    delete m_tray;
    delete m_scheduler;
    delete m_window;
    qDeleteAll(m_sessions);
}

session::ProfileSession *AppController::session(const QString &profileId)
{
    if (session::ProfileSession *existing = m_sessions.value(profileId))
        return existing;
    const auto profile = m_store.find(profileId);
    if (!profile)
        return nullptr;
    session::ProfileSession *created = nullptr;
    if (profile->demo) {
        if (!m_demo->isRunning() && !m_demo->start())
            return nullptr;
        config::Profile demo = *profile;
        demo.consoleUrl = m_demo->consoleConfig().url;
        demo.openCtiUrl = m_demo->openCtiUrl();
        created = new session::ProfileSession(demo, {m_demo->consoleConfig().token, m_demo->openCtiToken()});
    } else {
        created = new session::ProfileSession(*profile, m_secrets);
    }
    m_sessions.insert(profileId, created);
    connect(
        created, &session::ProfileSession::stateChanged, this, [this, created] { onSessionState(created); });
    created->load();
    if (created->state() == session::ProfileSession::State::Ready) { // tokens known at once (demo)
        ensureDemoPresets(created);
        if (m_registry->schedule(created) && m_history)
            m_history->setSecrets(m_history->secrets() + created->secrets());
    }
    return created;
}

void AppController::ensureDemoPresets(session::ProfileSession *s)
{
    if (!s->profile().demo || !m_iocStore || DemoPresets::hasAny(*m_iocStore, s->id()))
        return;
    // First start of the demo: its IOC sources, rule and sharing configurations, then the tasks.
    const QPointer<session::ProfileSession> guard(s);
    const QString feedDir
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
    DemoPresets::ensure(s, m_iocStore.get(), feedDir, [this, guard](const QString &error) {
        if (!guard)
            return;
        if (!error.isEmpty() && m_window)
            m_window->setNotice(error);
        m_registry->schedule(guard);
        if (guard->id() == m_currentId && m_window)
            m_window->setIocContext(iocContext(guard));
    });
}

void AppController::dropSession(const QString &profileId)
{
    m_registry->unschedule(profileId);
    if (session::ProfileSession *old = m_sessions.take(profileId))
        old->deleteLater();
}

void AppController::syncProfiles()
{
    QSet<QString> iocProfiles; // profiles with IOC sources, or receiving a sharing configuration
    if (m_iocStore) {
        for (const exchange::IocSource &source : m_iocStore->sources())
            iocProfiles.insert(source.profileId);
        for (const exchange::NamedDefinition &d : m_iocStore->sharings())
            if (const auto config = exchange::SharingConfig::fromDefinition(d, nullptr);
                config && config->enabled)
                iocProfiles.insert(config->profileId);
    }
    if (m_firewallStore) { // profiles that export firewall collections
        for (const firewall::Collection &c : m_firewallStore->collections())
            for (const firewall::ExportTarget &t : c.targets)
                if (c.enabled)
                    iocProfiles.insert(t.profileId);
    }
    for (const config::Profile &p : m_store.profiles())
        if (p.openCtiEnabled || iocProfiles.contains(p.id))
            session(p.id); // schedules its tasks once ready
}

void AppController::onSessionState(session::ProfileSession *s)
{
    using State = session::ProfileSession::State;
    if (s->state() == State::Ready) {
        ensureDemoPresets(s);
        QString why;
        if (m_registry->schedule(s, &why) && m_history)
            m_history->setSecrets(m_history->secrets() + s->secrets());
        if (s->id() == m_currentId)
            showSession(s);
    } else if (s->state() == State::NeedsToken && s->id() == m_currentId && m_window) {
        if (!s->keychainError().isEmpty())
            m_window->setNotice(tr("The keychain could not be read: %1").arg(s->keychainError()));
        askForToken(s);
    }
}

IocAreaContext AppController::iocContext(session::ProfileSession *s)
{
    IocAreaContext ioc;
    ioc.store = m_iocStore.get();
    ioc.registry = m_registry.get();
    ioc.session = s;
    ioc.secrets = m_secrets;
    ioc.history = m_history.get();
    for (const config::Profile &p : m_store.profiles())
        ioc.profiles.append({p.id, p.name});
    const QPointer<AppController> self(this);
    ioc.sessionFor = [self](const QString &id) { return self ? self->session(id) : nullptr; };
    return ioc;
}

FirewallAreaContext AppController::firewallContext(session::ProfileSession *s)
{
    FirewallAreaContext fw;
    fw.store = m_firewallStore.get();
    fw.registry = m_registry.get();
    fw.iocStore = m_iocStore.get();
    fw.session = s;
    fw.history = m_history.get();
    for (const config::Profile &p : m_store.profiles())
        fw.profiles.append({p.id, p.name});
    const QPointer<AppController> self(this);
    fw.sessionFor = [self](const QString &id) { return self ? self->session(id) : nullptr; };
    return fw;
}

void AppController::showSession(session::ProfileSession *s)
{
    if (!m_window)
        return;
    m_window->setSession(s, m_registry.get());
    m_window->setIocContext(iocContext(s));
    m_window->setFirewallContext(firewallContext(s));
    const opencti::ImportSettings settings = s->importSettings();
    if (!m_importStore)
        m_window->setOpenCti(nullptr, nullptr, settings,
            tr("The import database could not be opened: %1").arg(m_databaseError));
    else if (!s->openCti())
        m_window->setOpenCti(nullptr, m_importStore.get(), settings,
            s->profile().openCtiEnabled ? s->openCtiProblem() : QString());
    else
        m_window->setOpenCti(s->openCti(), m_importStore.get(), settings);
    if (m_tray)
        m_tray->setProfileId(s->id());
    Q_EMIT profileOpened(s->id());
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
    const bool known = std::any_of(
        profiles.cbegin(), profiles.cend(), [&current](const config::Profile &p) { return p.id == current; });
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
    if (!m_window)
        return;
    // The database's sentence first (the job history, the import state and the IOC store are off
    // without it), then the keychain's.
    QStringList notices;
    if (!m_databaseError.isEmpty())
        notices << m_databaseError;
    if (m_secrets->status() == config::SecretStore::Status::SessionOnly)
        notices << tr("No keychain is available, so tokens are kept for this session only and asked "
                      "for again at the next start. %1")
                       .arg(m_secrets->sessionOnlyReason());
    m_window->setNotice(notices.join(QLatin1Char('\n')));
}

void AppController::openProfile(const QString &id)
{
    const auto profile = m_store.find(id);
    if (!profile)
        return start();
    if (!m_window) {
        m_window = new MainWindow();
        m_window->rememberViewState();
        m_tray = new TrayController(m_scheduler, m_window, this);
        m_tray->setJobHistory(m_history.get());
        m_window->settingsPage()->setTray(m_tray);
        connect(m_window->settingsPage(), &SettingsPage::retentionChanged, this, [this](int days) {
            if (m_history)
                m_history->prune(days);
        });
        connect(
            m_window->settingsPage(), &SettingsPage::profileEdited, this, &AppController::saveEditedProfile);
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
    m_window->settingsPage()->setProfile(profile);
    m_window->setJobHistory(m_history.get(), profile->id);
    refreshProfileList();
    updateKeychainNotice();
    // Start in the tray (--minimized, as the login entry starts it, or the setting), once.
    const bool hidden
        = (m_startHidden || m_tray->startMinimized()) && m_tray->isAvailable() && !m_window->isVisible();
    m_startHidden = false;
    if (!hidden)
        m_window->show();
    session::ProfileSession *s = session(profile->id);
    if (!s) {
        m_window->setNotice(tr("The demo tenant could not start: no free port on 127.0.0.1."));
        return;
    }
    syncProfiles();
    if (s->state() == session::ProfileSession::State::Ready)
        showSession(s);
    else if (s->state() == session::ProfileSession::State::NeedsToken)
        onSessionState(s);
}

void AppController::askForToken(session::ProfileSession *s)
{
    const config::Profile profile = s->profile();
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("API token for %1").arg(profile.name));
    dialog->setLabelText(
        tr("The API token of %1 is not in the keychain.\nPaste it to connect (the console shows a "
           "token only once: regenerate it in your user menu, Actions, API Token Operations).")
            .arg(profile.consoleUrl.host()));
    dialog->setTextEchoMode(QLineEdit::Password);
    const QPointer<session::ProfileSession> guard(s);
    connect(dialog, &QInputDialog::textValueSelected, this, [guard](const QString &text) {
        if (guard)
            guard->provideS1Token(text); // NeedsToken again (and asked again) when it is not a token
    });
    dialog->open();
}

void AppController::showWizard(SetupWizard *wizard)
{
    m_wizard = wizard;
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SetupWizard::profileSaved, this, [this](const config::Profile &profile) {
        if (m_noProfile)
            m_noProfile->deleteLater();
        dropSession(profile.id); // rebuilt from the saved settings and tokens
        openProfile(profile.id);
    });
    connect(wizard, &QWizard::rejected, this, [this] {
        if (m_store.profiles().isEmpty() && (!m_window || !m_window->isVisible()))
            showNoProfile(); // never quit with nothing shown
    });
    if (m_window)
        wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
}

void AppController::showNoProfile()
{
    if (!m_noProfile) {
        m_noProfile = new NoProfileWidget();
        m_noProfile->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_noProfile, &NoProfileWidget::setupRequested, this, &AppController::newProfile);
        connect(m_noProfile, &NoProfileWidget::demoRequested, this, [this] {
            newProfile();
            m_wizard->chooseDemo();
        });
    }
    m_noProfile->show();
}

void AppController::newProfile()
{
    if (m_noProfile)
        m_noProfile->hide(); // back if this wizard is closed without a profile too
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
                    if (p.demo && (m_demo->isRunning() || m_demo->start())) {
                        // This run's addresses and tokens (the profile keeps none of them).
                        edited.consoleUrl = m_demo->consoleConfig().url;
                        edited.openCtiUrl = m_demo->openCtiUrl();
                        s1 = m_demo->consoleConfig().token;
                        cti = m_demo->openCtiToken();
                    }
                    wizard->editProfile(edited, s1, cti);
                    showWizard(wizard);
                });
        });
}

void AppController::saveEditedProfile(const config::Profile &profile)
{
    QString error;
    if (!m_store.save(profile, &error)) {
        m_window->settingsPage()->setSaveError(error);
        return;
    }
    // The session is rebuilt from the saved settings: the schedule takes the new period at once.
    dropSession(profile.id);
    openProfile(profile.id);
    m_window->statusBar()->showMessage(tr("Saved the settings of %1.").arg(profile.name), 10000);
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
        dropSession(id);
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

NoProfileWidget *AppController::noProfileWidget() const
{
    return m_noProfile;
}

SetupWizard *AppController::wizard() const
{
    return m_wizard;
}
