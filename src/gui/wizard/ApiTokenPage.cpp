// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTokenPage.h"

#include "SetupWizard.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "ui_ApiTokenPage.h"

#include <QLocale>

ApiTokenPage::ApiTokenPage(SetupWizard *wizard)
    : WizardPageBase(wizard)
    , m_ui(std::make_unique<Ui::ApiTokenPage>())
{
    m_ui->setupUi(this);
    addStatusArea();
    m_ui->showTokenButton->setAccessibleName(tr("Show the token"));
    connect(m_ui->showTokenButton, &QToolButton::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showTokenButton->setText(show ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] {
        clearCheckResult();
        QString error;
        token(&error);
        showFieldError(m_ui->tokenError, m_ui->tokenEdit->text().isEmpty() ? QString() : error);
        Q_EMIT completeChanged();
    });
}

ApiTokenPage::~ApiTokenPage() = default;

void ApiTokenPage::initializePage()
{
    setSubTitle(tr(
        "S1 Bridge uses an API token of a user of %1. It is kept in your system keychain, never in a file.")
                    .arg(state().profile.consoleUrl.host()));
    if (m_initialized)
        return;
    m_initialized = true;
    if (!state().s1Token.isEmpty())
        m_ui->tokenEdit->setText(state().s1Token);
}

QString ApiTokenPage::token(QString *error) const
{
    return s1::ConsoleConfig::normalizeToken(m_ui->tokenEdit->text(), error);
}

bool ApiTokenPage::isComplete() const
{
    return !isChecking() && !token().isEmpty();
}

int ApiTokenPage::nextId() const
{
    return SetupWizard::AccountSitePageId;
}

QString ApiTokenPage::checkKey() const
{
    // The token itself is not kept as the key: a digest of URL and token is enough to notice a change.
    return QString::number(qHash(state().profile.consoleUrl.toString() + u'\n' + token()));
}

void ApiTokenPage::runCheck()
{
    s1::ConsoleConfig config = state().profile.consoleConfig(token());
    config.accountId.clear();
    config.siteIds.clear();
    config.transport.maxAttempts = state().checkAttempts;
    config.transport.timeoutMs = state().checkTimeoutMs;
    config.transport.backoffBaseMs = 500;
    if (m_client)
        m_client->deleteLater();
    m_client = new s1::S1Client(config, this);
    state().accountsForbidden = false;
    auto *job = new s1::AccountListJob(m_client, this);
    m_job = job;
    connect(job, &jobs::Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->state() == jobs::Job::State::Cancelled)
            return;
        if (job->state() == jobs::Job::State::Failed
            && job->error().remote.kind != net::ApiError::Kind::Forbidden)
            return checkFailed(job->summary());
        // A site-scoped user may not list accounts: the sites tell which account they belong to.
        state().accountsForbidden = job->state() == jobs::Job::State::Failed;
        state().accounts = job->accounts();
        listSites();
    });
    job->start();
}

void ApiTokenPage::listSites()
{
    auto *job = new s1::SiteListJob(m_client, {}, this);
    m_job = job;
    connect(job, &jobs::Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->state() == jobs::Job::State::Cancelled)
            return;
        if (job->state() == jobs::Job::State::Failed)
            return checkFailed(job->summary());
        state().sites = job->sites();
        if (state().accountsForbidden) {
            for (const s1::Site &site : job->sites()) {
                const bool known = std::any_of(state().accounts.cbegin(), state().accounts.cend(),
                    [&site](const s1::Account &a) { return a.id == site.accountId; });
                if (!known)
                    state().accounts.append({site.accountId, site.accountName, {}, {}, 0});
            }
        }
        const QLocale locale;
        QString text = state().accountsForbidden
            ? tr("The token is valid and sees %1 (it may not list accounts: a site-scoped user).")
                  .arg(tr("%Ln site(s)", nullptr, int(state().sites.size())))
            : tr("The token is valid and sees %1 and %2.")
                  .arg(tr("%Ln account(s)", nullptr, int(state().accounts.size())),
                      tr("%Ln site(s)", nullptr, int(state().sites.size())));
        if (state().sites.isEmpty())
            return checkFailed(
                tr("The token is valid but sees no site. Give its user a role on a site or account."));
        checkPassed(text);
    });
    job->start();
}

void ApiTokenPage::cancelCheck()
{
    if (m_job)
        m_job->cancel();
}

bool ApiTokenPage::commitValues()
{
    state().s1Token = token();
    return true;
}
