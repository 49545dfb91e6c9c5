// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

#include <QPointer>
#include <memory>

namespace Ui {
class OpenCtiPage;
}
namespace opencti {
class OpenCtiClient;
}
namespace jobs {
class Job;
}

// Optional OpenCTI connection: URL and token checked live (me { name }, about { version }); says
// which user and platform version answered. Unchecked "Send ... to OpenCTI" skips it.
class OpenCtiPage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit OpenCtiPage(SetupWizard *wizard);
    ~OpenCtiPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    QString checkKey() const override;
    void runCheck() override;
    void cancelCheck() override;
    bool commitValues() override;

private:
    QUrl url(QString *error = nullptr) const;
    void updateFields();

    std::unique_ptr<Ui::OpenCtiPage> m_ui;
    opencti::OpenCtiClient *m_client = nullptr;
    QPointer<jobs::Job> m_job;
    bool m_initialized = false;
};
