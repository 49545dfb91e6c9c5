// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupWizard.h"

#include "AccountSitePage.h"
#include "ApiTokenPage.h"
#include "BehaviourPage.h"
#include "ConsoleUrlPage.h"
#include "DemoTenant.h"
#include "OpenCtiPage.h"
#include "SummaryPage.h"
#include "WelcomePage.h"
#include "config/ProfileStore.h"
#include "config/SecretStore.h"

#include <QAbstractButton>
#include <QRadioButton>

SetupWizard::SetupWizard(
    config::ProfileStore *store, config::SecretStore *secrets, DemoTenant *demo, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_demo(demo)
{
    setObjectName(QStringLiteral("SetupWizard"));
    setWindowTitle(tr("Set up S1 Bridge"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(720, 560);
    m_state.profile.id = config::Profile::newId();
    m_state.profile.connectorId = config::Profile::newId();

    setPage(WelcomePageId, new WelcomePage(this));
    setPage(ConsoleUrlPageId, new ConsoleUrlPage(this));
    setPage(ApiTokenPageId, new ApiTokenPage(this));
    setPage(AccountSitePageId, new AccountSitePage(this));
    setPage(OpenCtiPageId, new OpenCtiPage(this));
    setPage(BehaviourPageId, new BehaviourPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setStartId(WelcomePageId);
}

void SetupWizard::editProfile(
    const config::Profile &profile, const QString &s1Token, const QString &openCtiToken)
{
    m_state.profile = profile;
    if (m_state.profile.connectorId.isEmpty())
        m_state.profile.connectorId = config::Profile::newId();
    m_state.s1Token = s1Token;
    m_state.openCtiToken = openCtiToken;
    m_state.mode = profile.demo ? WizardState::Mode::Demo : WizardState::Mode::Console;
    m_state.editing = true;
    setWindowTitle(tr("Edit profile %1").arg(profile.name));
    // Start on the page that matters: the console for a real profile, the account for the demo.
    setStartId(profile.demo ? AccountSitePageId : ConsoleUrlPageId);
}

DemoTenant *SetupWizard::demoTenant()
{
    if (!m_demo)
        return nullptr;
    if (!m_demo->isRunning() && !m_demo->start())
        return nullptr;
    return m_demo;
}

void SetupWizard::chooseDemo()
{
    if (currentId() != WelcomePageId)
        return;
    if (auto *demo = currentPage()->findChild<QRadioButton *>(QStringLiteral("demoRadio")))
        demo->setChecked(true);
    next();
}

void SetupWizard::accept()
{
    if (m_saving)
        return;
    auto *summary = qobject_cast<SummaryPage *>(page(SummaryPageId));
    QString error;
    m_state.profile.demo = m_state.mode == WizardState::Mode::Demo;
    if (m_state.profile.demo) {
        // The demo tenant gets a new port each start: its URLs come from the running DemoTenant.
        m_state.profile.consoleUrl = QUrl();
        m_state.profile.openCtiUrl = QUrl();
    }
    if (!m_store->save(m_state.profile, &error)) {
        summary->showSaveError(error);
        Q_EMIT saveFailed(error);
        return;
    }
    QList<std::pair<QString, QString>> secrets;
    if (!m_state.profile.demo) {
        secrets.append({config::Profile::secretKey(m_state.profile.id, config::Profile::Secret::S1ApiToken),
            m_state.s1Token});
        if (m_state.profile.openCtiEnabled && !m_state.openCtiToken.isEmpty())
            secrets.append(
                {config::Profile::secretKey(m_state.profile.id, config::Profile::Secret::OpenCtiToken),
                    m_state.openCtiToken});
    }
    m_saving = true;
    button(QWizard::FinishButton)->setEnabled(false);
    summary->showSaving();
    storeSecrets(secrets);
}

void SetupWizard::storeSecrets(const QList<std::pair<QString, QString>> &secrets)
{
    if (secrets.isEmpty()) {
        m_saving = false;
        m_store->setCurrentProfileId(m_state.profile.id);
        Q_EMIT profileSaved(m_state.profile);
        QWizard::accept();
        return;
    }
    const auto [key, secret] = secrets.first();
    const QList<std::pair<QString, QString>> rest = secrets.mid(1);
    m_secrets->write(key, secret, this, [this, rest](bool ok, const QString &error) {
        if (!ok) {
            m_saving = false;
            button(QWizard::FinishButton)->setEnabled(true);
            const QString message = tr("The token could not be stored in the keychain: %1").arg(error);
            qobject_cast<SummaryPage *>(page(SummaryPageId))->showSaveError(message);
            Q_EMIT saveFailed(message);
            return;
        }
        storeSecrets(rest);
    });
}
