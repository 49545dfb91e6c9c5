// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

#include <memory>

namespace Ui {
class BehaviourPage;
}

// Flag string, import mode, sync period (ISO 8601, echoed in words), maximum API attempts and the
// TLS certificate policy. Every field says what is wrong next to it; Next waits for all to be right.
class BehaviourPage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit BehaviourPage(SetupWizard *wizard);
    ~BehaviourPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    bool commitValues() override;

private:
    QStringList problems() const;
    void revalidate();

    std::unique_ptr<Ui::BehaviourPage> m_ui;
    bool m_initialized = false;
};
