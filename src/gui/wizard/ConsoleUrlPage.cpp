// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleUrlPage.h"

#include "SetupWizard.h"
#include "s1/ApiCall.h"
#include "s1/S1Client.h"
#include "ui_ConsoleUrlPage.h"

ConsoleUrlPage::ConsoleUrlPage(SetupWizard *wizard)
    : WizardPageBase(wizard)
    , m_ui(std::make_unique<Ui::ConsoleUrlPage>())
{
    m_ui->setupUi(this);
    addStatusArea();
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, [this] {
        QString error;
        const QUrl url = normalized(&error);
        const bool empty = m_ui->urlEdit->text().trimmed().isEmpty();
        showFieldError(m_ui->urlError, empty ? QString() : error);
        m_ui->urlHint->setText(url.isEmpty() ? tr("A trailing slash or a missing https:// is fine. Next checks that the "
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

bool ConsoleUrlPage::isComplete() const
{
    return !isChecking() && !normalized().isEmpty();
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
    config.token = QStringLiteral("s1bridge-probe"); // not a token: a console answers 401 with its envelope
    if (state().profile.tlsPolicy == config::Profile::TlsPolicy::PinnedCertificate)
        config.pinnedCertSha256 = state().profile.pinnedCertSha256;
    m_ui->trustButton->setVisible(false);
    config.maxAttempts = state().checkAttempts;
    config.timeoutMs = state().checkTimeoutMs;
    config.backoffBaseMs = 500;
    if (m_client)
        m_client->deleteLater();
    m_client = new s1::S1Client(config, this);
    s1::ApiRequest request;
    request.path = s1::S1Client::apiPath(QStringLiteral("sites"));
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    s1::ApiCall *call = m_client->send(request);
    m_call = call;
    connect(call, &s1::ApiCall::finished, this, [this, call] {
        call->deleteLater();
        using Kind = s1::ApiError::Kind;
        const s1::ApiError &e = call->error();
        if (e.kind == Kind::Cancelled)
            return;
        if (e.kind == Kind::None || e.kind == Kind::TokenRefused || e.kind == Kind::Forbidden)
            return checkPassed(tr("A SentinelOne console answers at %1.").arg(normalized().host()));
        if (e.kind == Kind::TlsFailure && !e.certificateSha256.isEmpty()) {
            m_offeredCertificate = e.certificateSha256;
            QString grouped; // AB:CD:... as browsers and openssl show it
            for (qsizetype i = 0; i < m_offeredCertificate.size(); i += 2)
                grouped += (i ? QStringLiteral(":") : QString()) + QString::fromLatin1(m_offeredCertificate.mid(i, 2)).toUpper();
            m_ui->trustButton->setVisible(true);
            return checkFailed(tr("%1 presents a certificate that this computer does not trust. If it is your "
                                  "console's own certificate (a private certificate authority or a self-signed one), "
                                  "compare its SHA-256 fingerprint with the one your administrator gives you, then "
                                  "choose Trust this certificate:\n%2")
                                   .arg(normalized().host(), grouped));
        }
        checkFailed(e.userMessage());
    });
}

void ConsoleUrlPage::cancelCheck()
{
    if (m_call)
        m_call->cancel();
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
