// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

#include <memory>

namespace Ui {
class WelcomePage;
}

// Connect to a console / try the demo tenant / import an existing connector configuration.
class WelcomePage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit WelcomePage(SetupWizard *wizard);
    ~WelcomePage() override;

    int nextId() const override;
    bool isComplete() const override;

protected:
    bool commitValues() override;

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};
