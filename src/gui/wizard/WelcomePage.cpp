// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "DemoTenant.h"
#include "SetupWizard.h"
#include "config/ConnectorConfigImport.h"
#include "ui_WelcomePage.h"

#include <QFileDialog>

WelcomePage::WelcomePage(SetupWizard *wizard)
    : WizardPageBase(wizard)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    m_ui->importPathEdit->setAccessibleName(tr("Connector configuration file"));
    for (QLabel *hint : {m_ui->connectHint, m_ui->demoHint, m_ui->importHint}) {
        hint->setIndent(24);
        hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    }
    auto update = [this] {
        const bool import = m_ui->importRadio->isChecked();
        m_ui->importPathEdit->setEnabled(import);
        m_ui->browseButton->setEnabled(import);
        showFieldError(m_ui->importError, {});
        Q_EMIT completeChanged();
    };
    connect(m_ui->connectRadio, &QRadioButton::toggled, this, update);
    connect(m_ui->demoRadio, &QRadioButton::toggled, this, update);
    connect(m_ui->importRadio, &QRadioButton::toggled, this, update);
    connect(m_ui->importPathEdit, &QLineEdit::textChanged, this, update);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Connector configuration"), QString(),
            tr("Connector configuration (*.yml *.yaml *.env .env);;All files (*)"));
        if (!path.isEmpty())
            m_ui->importPathEdit->setText(path);
    });
}

WelcomePage::~WelcomePage() = default;

bool WelcomePage::isComplete() const
{
    return !m_ui->importRadio->isChecked() || !m_ui->importPathEdit->text().trimmed().isEmpty();
}

int WelcomePage::nextId() const
{
    return m_ui->demoRadio->isChecked() ? SetupWizard::AccountSitePageId : SetupWizard::ConsoleUrlPageId;
}

bool WelcomePage::commitValues()
{
    WizardState &s = state();
    if (m_ui->demoRadio->isChecked()) {
        DemoTenant *demo = setupWizard()->demoTenant();
        if (!demo) {
            showFieldError(
                m_ui->importError, tr("The demo tenant could not start: no free port on 127.0.0.1."));
            return false;
        }
        s.mode = WizardState::Mode::Demo;
        const s1::ConsoleConfig c = demo->consoleConfig();
        s.profile.consoleUrl = c.url;
        s.s1Token = c.token;
        if (s.profile.name.isEmpty())
            s.profile.name = tr("Demo tenant");
        s.profile.openCtiEnabled = true;
        s.profile.openCtiUrl = demo->openCtiUrl();
        s.openCtiToken = demo->openCtiToken();
        return true;
    }
    if (m_ui->importRadio->isChecked()) {
        QString error;
        const auto imported = config::importConnectorConfig(m_ui->importPathEdit->text().trimmed(), &error);
        if (!imported) {
            showFieldError(m_ui->importError, error);
            return false;
        }
        s.mode = WizardState::Mode::Import;
        s.profile = imported->profile;
        s.s1Token = imported->s1ApiToken;
        s.openCtiToken = imported->openCtiToken;
        s.importNotes.clear();
        if (!imported->unknownKeys.isEmpty())
            s.importNotes
                << tr("Not used (unknown keys): %1").arg(imported->unknownKeys.join(QLatin1String(", ")));
        s.importNotes += imported->warnings;
        return true;
    }
    s.mode = WizardState::Mode::Console;
    return true;
}
