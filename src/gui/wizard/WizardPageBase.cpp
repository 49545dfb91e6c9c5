// SPDX-License-Identifier: GPL-3.0-or-later
#include "WizardPageBase.h"

#include "SetupWizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QProgressBar>
#include <QPushButton>

WizardPageBase::WizardPageBase(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{ }

WizardState &WizardPageBase::state() const
{
    return m_wizard->state();
}

QString WizardPageBase::checkText() const
{
    return m_statusText ? m_statusText->text() : QString();
}

void WizardPageBase::addStatusArea()
{
    m_status = new QWidget(this);
    auto *row = new QHBoxLayout(m_status);
    row->setContentsMargins(0, 6, 0, 0);
    m_busy = new QProgressBar(m_status);
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(90);
    m_busy->setVisible(false);
    m_statusText = new QLabel(m_status);
    m_statusText->setObjectName(QStringLiteral("checkStatusText"));
    m_statusText->setTextFormat(Qt::PlainText);
    m_statusText->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel check"), m_status);
    m_cancel->setVisible(false);
    row->addWidget(m_busy);
    row->addWidget(m_statusText, 1);
    row->addWidget(m_cancel);
    layout()->addWidget(m_status);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        cancelCheck();
        setChecking(false, tr("Check cancelled."));
    });
}

void WizardPageBase::setChecking(bool checking, const QString &text)
{
    m_checking = checking;
    if (m_busy) {
        m_busy->setVisible(checking);
        m_cancel->setVisible(checking);
        m_statusText->setText(text);
        m_statusText->setStyleSheet(QString());
    }
    Q_EMIT completeChanged();
}

bool WizardPageBase::validatePage()
{
    if (m_checking)
        return false;
    const QString key = checkKey();
    if (key.isEmpty() || key == m_verifiedKey || m_advancing)
        return commitValues();
    setChecking(true, tr("Checking…"));
    runCheck();
    return false;
}

void WizardPageBase::checkPassed(const QString &message)
{
    setChecking(false, message);
    if (m_statusText)
        m_statusText->setStyleSheet(QStringLiteral("color: #1e7e34;"));
    m_verifiedKey = checkKey();
    // Advance as if Next had been pressed again; validatePage() now sees the verified key.
    m_advancing = true;
    m_wizard->next();
    m_advancing = false;
}

void WizardPageBase::checkFailed(const QString &message)
{
    setChecking(false, message);
    if (m_statusText)
        m_statusText->setStyleSheet(QStringLiteral("color: #b3261e;"));
}

void WizardPageBase::clearCheckResult()
{
    if (m_statusText && !m_checking) {
        m_statusText->clear();
        m_statusText->setStyleSheet(QString());
    }
}

void WizardPageBase::invalidateCheck()
{
    m_verifiedKey.clear();
}

void WizardPageBase::showFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
