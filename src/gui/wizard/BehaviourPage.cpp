// SPDX-License-Identifier: GPL-3.0-or-later
#include "BehaviourPage.h"

#include "SetupWizard.h"
#include "config/Profile.h"
#include "jobs/IsoDuration.h"
#include "ui_BehaviourPage.h"

#include <QRegularExpression>

namespace {
enum TlsChoice { SystemTrust, Pinned };

QByteArray normalizedPin(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(u':');
    hex.remove(u' ');
    return hex.toLatin1();
}
} // namespace

BehaviourPage::BehaviourPage(SetupWizard *wizard)
    : WizardPageBase(wizard)
    , m_ui(std::make_unique<Ui::BehaviourPage>())
{
    m_ui->setupUi(this);
    m_ui->flagHint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_ui->tlsCombo->addItem(tr("Verify with the system's certificate authorities"), SystemTrust);
    m_ui->tlsCombo->addItem(tr("Trust one pinned certificate (private CA, self-signed)"), Pinned);
    m_ui->startDateEdit->setDate(QDate::currentDate().addDays(-30));
    m_ui->startDateEdit->setAccessibleName(tr("Import threats created after"));
    m_ui->pinEdit->setAccessibleName(tr("Pinned certificate (SHA-256)"));
    m_ui->startDateEdit->setMaximumDate(QDate::currentDate());
    connect(m_ui->createdAfterRadio, &QRadioButton::toggled, m_ui->startDateEdit, &QWidget::setEnabled);
    connect(m_ui->tlsCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->pinEdit->setEnabled(m_ui->tlsCombo->currentData().toInt() == Pinned);
        revalidate();
    });
    for (QLineEdit *edit : {m_ui->flagEdit, m_ui->periodEdit, m_ui->pinEdit})
        connect(edit, &QLineEdit::textChanged, this, &BehaviourPage::revalidate);
    connect(m_ui->attemptsSpin, &QSpinBox::valueChanged, this, &BehaviourPage::revalidate);
    connect(m_ui->createdAfterRadio, &QRadioButton::toggled, this, &BehaviourPage::revalidate);
    revalidate();
}

BehaviourPage::~BehaviourPage() = default;

void BehaviourPage::initializePage()
{
    if (m_initialized)
        return;
    m_initialized = true;
    const config::Profile &p = state().profile;
    m_ui->flagEdit->setText(p.flag);
    m_ui->createdAfterRadio->setChecked(p.importMode == config::Profile::ImportMode::CreatedAfter);
    m_ui->flaggedModeRadio->setChecked(p.importMode == config::Profile::ImportMode::FlaggedOnly);
    if (p.importStart.isValid())
        m_ui->startDateEdit->setDate(p.importStart);
    m_ui->periodEdit->setText(p.syncPeriod);
    m_ui->attemptsSpin->setValue(p.maxAttempts);
    m_ui->tlsCombo->setCurrentIndex(
        p.tlsPolicy == config::Profile::TlsPolicy::PinnedCertificate ? Pinned : SystemTrust);
    m_ui->pinEdit->setText(QString::fromLatin1(p.pinnedCertSha256));
    revalidate();
}

QStringList BehaviourPage::problems() const
{
    QStringList out;
    if (m_ui->flagEdit->text().trimmed().isEmpty())
        out << tr("Flag string: enter the note text that flags a threat, e.g. [OpenCTI_add].");
    else if (const QString bad = config::Profile::unsafeCharacter(m_ui->flagEdit->text()); !bad.isEmpty())
        out << tr("Flag string: holds %1; type it again as plain text on one line.").arg(bad);
    QString error;
    if (!jobs::IsoDuration::parseSeconds(m_ui->periodEdit->text(), &error))
        out << tr("Sync period: %1").arg(error);
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (m_ui->tlsCombo->currentData().toInt() == Pinned
        && !hex64.match(QString::fromLatin1(normalizedPin(m_ui->pinEdit->text()))).hasMatch())
        out << tr(
            "Pinned certificate: paste the SHA-256 fingerprint, 64 hexadecimal digits (colons are fine).");
    return out;
}

void BehaviourPage::revalidate()
{
    const QString badFlag = config::Profile::unsafeCharacter(m_ui->flagEdit->text());
    showFieldError(m_ui->flagError,
        m_ui->flagEdit->text().trimmed().isEmpty()
            ? tr("Enter the note text that flags a threat, e.g. [OpenCTI_add].")
            : !badFlag.isEmpty()
            ? tr("The flag string holds %1; type it again as plain text on one line.").arg(badFlag)
            : QString());
    QString error;
    const auto seconds = jobs::IsoDuration::parseSeconds(m_ui->periodEdit->text(), &error);
    if (seconds) {
        m_ui->periodEcho->setStyleSheet(QString());
        m_ui->periodEcho->setText(jobs::IsoDuration::describeEvery(*seconds));
    } else {
        m_ui->periodEcho->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_ui->periodEcho->setText(error);
    }
    const QStringList all = problems();
    QStringList others;
    for (const QString &p : all)
        if (p.startsWith(tr("Pinned certificate")))
            others << p;
    showFieldError(m_ui->behaviourError, others.join(u'\n'));
    Q_EMIT completeChanged();
}

bool BehaviourPage::isComplete() const
{
    return problems().isEmpty();
}

int BehaviourPage::nextId() const
{
    return SetupWizard::SummaryPageId;
}

bool BehaviourPage::commitValues()
{
    config::Profile &p = state().profile;
    p.flag = m_ui->flagEdit->text().trimmed();
    p.importMode = m_ui->createdAfterRadio->isChecked() ? config::Profile::ImportMode::CreatedAfter
                                                        : config::Profile::ImportMode::FlaggedOnly;
    p.importStart
        = p.importMode == config::Profile::ImportMode::CreatedAfter ? m_ui->startDateEdit->date() : QDate();
    p.syncPeriod = m_ui->periodEdit->text().trimmed().toUpper();
    p.maxAttempts = m_ui->attemptsSpin->value();
    const bool pinned = m_ui->tlsCombo->currentData().toInt() == Pinned;
    p.tlsPolicy
        = pinned ? config::Profile::TlsPolicy::PinnedCertificate : config::Profile::TlsPolicy::SystemTrust;
    p.pinnedCertSha256 = pinned ? normalizedPin(m_ui->pinEdit->text()) : QByteArray();
    return true;
}
