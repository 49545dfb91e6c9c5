// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

#include <memory>

namespace Ui {
class SummaryPage;
}

// What will be saved where; the profile name. Finish (SetupWizard::accept) saves.
class SummaryPage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit SummaryPage(SetupWizard *wizard);
    ~SummaryPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }
    QString summaryText() const;

    void showSaving();
    void showSaveError(const QString &message);

protected:
    bool commitValues() override;

private:
    QString nameProblem() const;
    void render();

    std::unique_ptr<Ui::SummaryPage> m_ui;
};
