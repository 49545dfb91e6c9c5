// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

#include <QPointer>
#include <memory>

class QCheckBox;
class QLabel;

namespace Ui {
class ConsoleUrlPage;
}
namespace s1 {
class ConsoleProbeJob;
class S1Client;
} // namespace s1

// The console URL, normalized as it is typed, and a live check that a SentinelOne console answers
// there (its API answers 401 with the error envelope to a request without a valid token).
class ConsoleUrlPage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit ConsoleUrlPage(SetupWizard *wizard);
    ~ConsoleUrlPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    QString checkKey() const override;
    void runCheck() override;
    void cancelCheck() override;
    bool commitValues() override;

private:
    QUrl normalized(QString *error = nullptr) const;
    // http:// to a host other than this computer: the token would travel unencrypted.
    bool needsPlainTextConsent() const;

    std::unique_ptr<Ui::ConsoleUrlPage> m_ui;
    QLabel *m_httpWarning = nullptr;
    QCheckBox *m_plainTextCheck = nullptr;
    s1::S1Client *m_client = nullptr;
    QPointer<s1::ConsoleProbeJob> m_job;
    QByteArray m_offeredCertificate;
    bool m_initialized = false;
};
