// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiPage.h"

#include "SetupWizard.h"
#include "opencti/OpenCtiCheckJob.h"
#include "opencti/OpenCtiClient.h"
#include "ui_OpenCtiPage.h"

OpenCtiPage::OpenCtiPage(SetupWizard *wizard)
    : WizardPageBase(wizard)
    , m_ui(std::make_unique<Ui::OpenCtiPage>())
{
    m_ui->setupUi(this);
    addStatusArea();
    m_ui->openCtiHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    for (const char *tlp : {"TLP:RED", "TLP:AMBER+STRICT", "TLP:AMBER", "TLP:GREEN", "TLP:CLEAR"})
        m_ui->tlpCombo->addItem(QString::fromLatin1(tlp), QString::fromLatin1(tlp));
    m_ui->tlpCombo->setToolTip(
        tr("The marking OpenCTI puts on every incident, observable, note and indicator S1 Bridge creates"));
    connect(m_ui->enableCheck, &QCheckBox::toggled, this, &OpenCtiPage::updateFields);
    for (QLineEdit *edit : {m_ui->openCtiUrlEdit, m_ui->openCtiTokenEdit})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            clearCheckResult();
            updateFields();
        });
    m_ui->showOpenCtiTokenButton->setAccessibleName(tr("Show the OpenCTI token"));
    connect(m_ui->showOpenCtiTokenButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->openCtiTokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showOpenCtiTokenButton->setText(show ? tr("Hide") : tr("Show"));
    });
    updateFields();
}

OpenCtiPage::~OpenCtiPage() = default;

void OpenCtiPage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    const WizardState &s = state();
    m_ui->enableCheck->setChecked(s.profile.openCtiEnabled);
    if (!s.profile.openCtiUrl.isEmpty())
        m_ui->openCtiUrlEdit->setText(s.profile.openCtiUrl.toString());
    m_ui->openCtiTokenEdit->setText(s.openCtiToken);
    const int tlp = m_ui->tlpCombo->findData(s.profile.tlp.toUpper());
    m_ui->tlpCombo->setCurrentIndex(tlp >= 0 ? tlp : 0);
    if (s.mode == WizardState::Mode::Demo)
        m_ui->openCtiHint->setText(
            tr("The demo tenant comes with a simulated OpenCTI platform, filled in here."));
}

void OpenCtiPage::updateFields()
{
    const bool on = m_ui->enableCheck->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *> {m_ui->openCtiUrlLabel, m_ui->openCtiUrlEdit,
             m_ui->openCtiTokenLabel, m_ui->openCtiTokenEdit, m_ui->showOpenCtiTokenButton, m_ui->tlpLabel,
             m_ui->tlpCombo})
        w->setEnabled(on);
    QString error;
    url(&error);
    showFieldError(
        m_ui->openCtiUrlError, on && !m_ui->openCtiUrlEdit->text().trimmed().isEmpty() ? error : QString());
    setButtonText(QWizard::NextButton, on ? tr("&Next >") : tr("&Skip >"));
    Q_EMIT completeChanged();
}

QUrl OpenCtiPage::url(QString *error) const
{
    return opencti::OpenCtiConfig::normalizeUrl(m_ui->openCtiUrlEdit->text(), error);
}

bool OpenCtiPage::isComplete() const
{
    if (isChecking())
        return false;
    return !m_ui->enableCheck->isChecked()
        || (!url().isEmpty() && !m_ui->openCtiTokenEdit->text().trimmed().isEmpty());
}

int OpenCtiPage::nextId() const
{
    return SetupWizard::BehaviourPageId;
}

QString OpenCtiPage::checkKey() const
{
    if (!m_ui->enableCheck->isChecked())
        return {};
    return url().toString() + u'\n' + QString::number(qHash(m_ui->openCtiTokenEdit->text().trimmed()));
}

void OpenCtiPage::runCheck()
{
    opencti::OpenCtiConfig config;
    config.url = url();
    config.token = opencti::OpenCtiConfig::normalizeToken(m_ui->openCtiTokenEdit->text());
    config.transport.maxAttempts = state().checkAttempts;
    config.transport.timeoutMs = state().checkTimeoutMs;
    if (state().profile.tlsPolicy == config::Profile::TlsPolicy::PinnedCertificate)
        config.transport.pinnedCertSha256 = state().profile.pinnedCertSha256;
    if (m_client)
        m_client->deleteLater();
    m_client = new opencti::OpenCtiClient(config, this);
    auto *job = new opencti::OpenCtiCheckJob(m_client, this);
    m_job = job;
    connect(job, &jobs::Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->state() == jobs::Job::State::Cancelled)
            return;
        if (job->state() != jobs::Job::State::Succeeded)
            return checkFailed(job->summary());
        checkPassed(job->summary());
    });
    job->start();
}

void OpenCtiPage::cancelCheck()
{
    if (m_job)
        m_job->cancel();
}

bool OpenCtiPage::commitValues()
{
    WizardState &s = state();
    s.profile.openCtiEnabled = m_ui->enableCheck->isChecked();
    s.profile.tlp = m_ui->tlpCombo->currentData().toString();
    s.profile.openCtiUrl = s.profile.openCtiEnabled ? url() : QUrl();
    s.openCtiToken = s.profile.openCtiEnabled
        ? opencti::OpenCtiConfig::normalizeToken(m_ui->openCtiTokenEdit->text())
        : QString();
    return true;
}
