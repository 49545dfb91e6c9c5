// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardPageBase.h"

#include <QPointer>
#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class AccountSitePage;
}
namespace s1 {
class S1Client;
}
namespace jobs {
class Job;
}

// One account (chosen automatically when the token sees one; its ID shown) and all of its sites or
// the checked ones, with a search box, each site's state and type.
class AccountSitePage : public WizardPageBase
{
    Q_OBJECT
public:
    enum SiteColumn { SiteName, SiteState, SiteType, SiteId };

    explicit AccountSitePage(SetupWizard *wizard);
    ~AccountSitePage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    QStandardItemModel *siteModel() const { return m_sites; }

protected:
    bool commitValues() override;

private:
    void load();
    void fillAccounts();
    void fillSites();
    QStringList checkedSiteIds(QStringList *names = nullptr) const;

    std::unique_ptr<Ui::AccountSitePage> m_ui;
    QStandardItemModel *m_sites;
    QSortFilterProxyModel *m_proxy;
    s1::S1Client *m_client = nullptr;
    QPointer<jobs::Job> m_job;
    QString m_loadedFor;
    bool m_loading = false;
    bool m_filling = false;
};
