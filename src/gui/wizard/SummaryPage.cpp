// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPage.h"

#include "SetupWizard.h"
#include "config/ProfileStore.h"
#include "config/SecretStore.h"
#include "jobs/IsoDuration.h"
#include "ui_SummaryPage.h"

#include <QFontDatabase>
#include <QLocale>

SummaryPage::SummaryPage(SetupWizard *wizard)
    : WizardPageBase(wizard)
    , m_ui(std::make_unique<Ui::SummaryPage>())
{
    m_ui->setupUi(this);
    m_ui->summaryText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->summaryText->setAccessibleName(tr("Summary of the profile"));
    m_ui->summaryText->setTabChangesFocus(true); // read-only: Tab goes on to the buttons
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this] {
        state().profile.name = m_ui->nameEdit->text().trimmed();
        showFieldError(m_ui->nameError, nameProblem());
        render();
        Q_EMIT completeChanged();
    });
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    WizardState &s = state();
    if (s.profile.name.isEmpty())
        s.profile.name
            = !s.profile.accountName.isEmpty() ? s.profile.accountName : s.profile.consoleUrl.host();
    setButtonText(QWizard::FinishButton, s.editing ? tr("&Save") : tr("&Finish"));
    m_ui->nameEdit->setText(s.profile.name);
    showFieldError(m_ui->saveError, {});
    render();
}

QString SummaryPage::nameProblem() const
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a name for this profile, e.g. the company or console name.");
    // Said here, at the field, rather than by the save that Profile::validate would refuse.
    if (const QString bad = config::Profile::unsafeCharacter(name); !bad.isEmpty())
        return tr("The name holds %1; type it again as plain text on one line.").arg(bad);
    const auto existing = setupWizard()->profileStore()->find(name);
    if (existing && existing->id != state().profile.id)
        return tr("A profile named \"%1\" exists already; choose another name.").arg(name);
    return {};
}

bool SummaryPage::isComplete() const
{
    return !setupWizard()->isSaving() && nameProblem().isEmpty();
}

QString SummaryPage::summaryText() const
{
    return m_ui->summaryText->toPlainText();
}

void SummaryPage::render()
{
    const WizardState &s = state();
    const config::Profile &p = s.profile;
    const bool demo = s.mode == WizardState::Mode::Demo;
    QStringList lines;
    auto line
        = [&lines](const QString &label, const QString &value) { lines << label.leftJustified(22) + value; };
    line(tr("Console:"),
        demo ? tr("built-in demo tenant (simulated, on this computer)") : p.consoleUrl.toString());
    line(tr("Account:"),
        p.accountName.isEmpty() ? p.accountId : tr("%1 (%2)").arg(p.accountName, p.accountId));
    line(tr("Sites:"), p.allSites ? tr("all sites of the account") : p.siteNames.join(QLatin1String(", ")));
    line(tr("OpenCTI:"),
        p.openCtiEnabled ? tr("%1 (objects marked %2)").arg(p.openCtiUrl.toString(), p.tlp) : tr("not used"));
    line(tr("Flag string:"), p.flag);
    line(tr("Import:"),
        p.importMode == config::Profile::ImportMode::FlaggedOnly
            ? tr("flagged threats only")
            : tr("every threat created after %1")
                  .arg(QLocale().toString(p.importStart, QLocale::ShortFormat)));
    const auto seconds = jobs::IsoDuration::parseSeconds(p.syncPeriod);
    line(tr("Sync:"),
        seconds ? tr("%1 (%2)").arg(p.syncPeriod, jobs::IsoDuration::describeEvery(*seconds)) : p.syncPeriod);
    line(tr("API attempts:"), QString::number(p.maxAttempts));
    line(tr("TLS:"),
        p.tlsPolicy == config::Profile::TlsPolicy::SystemTrust
            ? tr("system certificate authorities")
            : tr("pinned certificate %1")
                  .arg(QString::fromLatin1(p.pinnedCertSha256.left(16)) + QStringLiteral("…")));
    lines << QString();
    lines << tr("Saved where:");
    lines << tr("  Settings (no secrets): %1").arg(setupWizard()->profileStore()->path());
    if (demo) {
        lines << tr("  Tokens: none to store (the demo tenant makes new ones at each start)");
    } else if (setupWizard()->secretStore()->status() == config::SecretStore::Status::SessionOnly) {
        lines << tr("  Tokens: NOT stored. %1").arg(setupWizard()->secretStore()->sessionOnlyReason());
        lines << tr(
            "          They are kept for this session only; S1 Bridge asks for them at the next start.");
    } else {
        lines << tr("  SentinelOne token: system keychain, entry \"%1\"")
                     .arg(config::Profile::secretKey(p.id, config::Profile::Secret::S1ApiToken));
        if (p.openCtiEnabled)
            lines << tr("  OpenCTI token: system keychain, entry \"%1\"")
                         .arg(config::Profile::secretKey(p.id, config::Profile::Secret::OpenCtiToken));
    }
    if (!s.importNotes.isEmpty()) {
        lines << QString() << tr("From the imported configuration:");
        for (const QString &note : s.importNotes)
            lines << QStringLiteral("  ") + note;
    }
    m_ui->summaryText->setPlainText(lines.join(u'\n'));
}

void SummaryPage::showSaving()
{
    showFieldError(m_ui->saveError, {});
    m_ui->summaryText->appendPlainText(QStringLiteral("\n") + tr("Saving…"));
}

void SummaryPage::showSaveError(const QString &message)
{
    showFieldError(m_ui->saveError, message);
}

bool SummaryPage::commitValues()
{
    state().profile.name = m_ui->nameEdit->text().trimmed();
    return true;
}
