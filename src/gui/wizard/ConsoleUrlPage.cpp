// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleUrlPage.h"

#include "SetupWizard.h"
#include "s1/ConsoleProbeJob.h"
#include "s1/S1Client.h"
#include "ui_ConsoleUrlPage.h"

#include <QCheckBox>
#include <QHostAddress>
#include <QLabel>
#include <QVBoxLayout>

ConsoleUrlPage::ConsoleUrlPage(SetupWizard *wizard)
    : WizardPageBase(wizard)
    , m_ui(std::make_unique<Ui::ConsoleUrlPage>())
{
    m_ui->setupUi(this);
    // An http:// console: say that the token would travel unencrypted, and ask for a choice.
    m_httpWarning = new QLabel(tr("This address uses http://: the API token would travel over the network "
                                  "unencrypted, readable by anyone on the way. Use https:// unless the "
                                  "console is on a network you trust."),
        this);
    m_httpWarning->setObjectName(QStringLiteral("httpWarning"));
    m_httpWarning->setTextFormat(Qt::PlainText);
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_plainTextCheck = new QCheckBox(tr("Send the token &unencrypted (http://)"), this);
    m_plainTextCheck->setObjectName(QStringLiteral("plainTextCheck"));
    auto *pageLayout = qobject_cast<QVBoxLayout *>(layout());
    const int at = pageLayout->indexOf(m_ui->urlHint) + 1;
    pageLayout->insertWidget(at, m_httpWarning);
    pageLayout->insertWidget(at + 1, m_plainTextCheck);
    m_httpWarning->setVisible(false);
    m_plainTextCheck->setVisible(false);
    connect(m_plainTextCheck, &QCheckBox::toggled, this, &ConsoleUrlPage::completeChanged);
    addStatusArea();
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, [this] {
        clearCheckResult(); // the last check's answer was about the old address
        const bool plain = needsPlainTextConsent();
        if (plain != m_httpWarning->isVisibleTo(this))
            m_plainTextCheck->setChecked(false); // a new choice for a new address
        m_httpWarning->setVisible(plain);
        m_plainTextCheck->setVisible(plain);
        QString error;
        const QUrl url = normalized(&error);
        const bool empty = m_ui->urlEdit->text().trimmed().isEmpty();
        showFieldError(m_ui->urlError, empty ? QString() : error);
        m_ui->urlHint->setText(url.isEmpty()
                ? tr("A trailing slash or a missing https:// is fine. Next checks that the "
                     "address answers like a SentinelOne console.")
                : tr("S1 Bridge will use %1").arg(url.toString()));
        m_ui->trustButton->setVisible(false);
        Q_EMIT completeChanged();
    });
    // A console with a private CA or a self-signed certificate: the user compares the fingerprint
    // with the one the console's administrator gives, and pins it (trust on first use, by choice).
    connect(m_ui->trustButton, &QPushButton::clicked, this, [this] {
        config::Profile &p = state().profile;
        p.tlsPolicy = config::Profile::TlsPolicy::PinnedCertificate;
        p.pinnedCertSha256 = m_offeredCertificate;
        m_ui->trustButton->setVisible(false);
        invalidateCheck();
        setupWizard()->next(); // checks again, now trusting that one certificate
    });
}

ConsoleUrlPage::~ConsoleUrlPage() = default;

void ConsoleUrlPage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    if (!state().profile.consoleUrl.isEmpty())
        m_ui->urlEdit->setText(state().profile.consoleUrl.toString());
}

QUrl ConsoleUrlPage::normalized(QString *error) const
{
    return s1::ConsoleConfig::normalizeUrl(m_ui->urlEdit->text(), error);
}

bool ConsoleUrlPage::needsPlainTextConsent() const
{
    const QUrl url = normalized();
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0
        && !QHostAddress(host).isLoopback();
}

bool ConsoleUrlPage::isComplete() const
{
    return !isChecking() && !normalized().isEmpty()
        && (!needsPlainTextConsent() || m_plainTextCheck->isChecked());
}

int ConsoleUrlPage::nextId() const
{
    return SetupWizard::ApiTokenPageId;
}

QString ConsoleUrlPage::checkKey() const
{
    return normalized().toString();
}

void ConsoleUrlPage::runCheck()
{
    s1::ConsoleConfig config;
    config.url = normalized();
    config.token = s1::ConsoleProbeJob::probeToken(); // not a token: a console answers 401 with its envelope
    if (state().profile.tlsPolicy == config::Profile::TlsPolicy::PinnedCertificate)
        config.transport.pinnedCertSha256 = state().profile.pinnedCertSha256;
    m_ui->trustButton->setVisible(false);
    config.transport.maxAttempts = state().checkAttempts;
    config.transport.timeoutMs = state().checkTimeoutMs;
    config.transport.backoffBaseMs = 500;
    if (m_client)
        m_client->deleteLater();
    m_client = new s1::S1Client(config, this);
    auto *job = new s1::ConsoleProbeJob(m_client, this);
    m_job = job;
    connect(job, &jobs::Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->state() == jobs::Job::State::Cancelled)
            return;
        if (job->state() == jobs::Job::State::Succeeded)
            return checkPassed(job->summary());
        if (!job->offeredCertificate().isEmpty()) {
            m_offeredCertificate = job->offeredCertificate();
            m_ui->trustButton->setVisible(true);
            return checkFailed(
                tr("%1 presents a certificate that this computer does not trust. If it is your "
                   "console's own certificate (a private certificate authority or a self-signed one), "
                   "compare its SHA-256 fingerprint with the one your administrator gives you, then "
                   "choose Trust this certificate:\n%2")
                    .arg(normalized().host(), s1::ConsoleProbeJob::groupedDigest(m_offeredCertificate)));
        }
        checkFailed(job->error().userMessage());
    });
    job->start();
}

void ConsoleUrlPage::cancelCheck()
{
    if (m_job)
        m_job->cancel();
}

bool ConsoleUrlPage::commitValues()
{
    const QUrl url = normalized();
    if (state().profile.consoleUrl != url) {
        state().profile.consoleUrl = url;
        state().accounts.clear();
        state().sites.clear();
    }
    return true;
}
