// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

#include <QPointer>
#include <memory>

namespace Ui {
class ApiTokenPage;
}
namespace s1 {
class S1Client;
}
namespace jobs {
class Job;
}

// The API token (password field with a show toggle, a how-to), checked live: the check lists the
// accounts and sites the token sees and tells apart a refused token, a token without rights, an
// unreachable host, a TLS failure and an HTML answer.
class ApiTokenPage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit ApiTokenPage(SetupWizard *wizard);
    ~ApiTokenPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    QString checkKey() const override;
    void runCheck() override;
    void cancelCheck() override;
    bool commitValues() override;

private:
    QString token(QString *error = nullptr) const;
    void listSites();

    std::unique_ptr<Ui::ApiTokenPage> m_ui;
    s1::S1Client *m_client = nullptr;
    QPointer<jobs::Job> m_job;
    bool m_initialized = false;
};
