// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSitePage.h"

#include "SetupWizard.h"
#include "s1/ListJobs.h"
#include "s1/S1Client.h"
#include "ui_AccountSitePage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

AccountSitePage::AccountSitePage(SetupWizard *wizard)
    : WizardPageBase(wizard)
    , m_ui(std::make_unique<Ui::AccountSitePage>())
    , m_sites(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    addStatusArea();
    m_sites->setHorizontalHeaderLabels({tr("Site"), tr("State"), tr("Type"), tr("ID")});
    m_proxy->setSourceModel(m_sites);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_ui->siteView->setModel(m_proxy);
    // Named for screen readers (no label of their own); Tab leaves the list, the arrows move in it.
    m_ui->siteSearchEdit->setAccessibleName(tr("Search sites"));
    m_ui->siteView->setAccessibleName(tr("Sites"));
    m_ui->siteView->setTabKeyNavigation(false);
    m_ui->siteView->header()->setSectionResizeMode(SiteName, QHeaderView::Stretch);
    m_ui->siteView->header()->setStretchLastSection(false);
    m_ui->siteView->sortByColumn(SiteName, Qt::AscendingOrder);
    m_ui->accountIdLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));

    connect(
        m_ui->siteSearchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_ui->accountCombo->currentData().toString();
        m_ui->accountIdLabel->setText(id.isEmpty() ? QString() : tr("Account ID: %1").arg(id));
        fillSites();
    });
    auto update = [this] {
        m_ui->siteView->setEnabled(true);
        showFieldError(m_ui->siteError,
            m_ui->someSitesRadio->isChecked() && checkedSiteIds().isEmpty()
                ? tr("Check at least one site, or choose all sites.")
                : QString());
        Q_EMIT completeChanged();
    };
    connect(m_ui->allSitesRadio, &QRadioButton::toggled, this, update);
    connect(m_sites, &QStandardItemModel::itemChanged, this, [this, update](QStandardItem *item) {
        if (m_filling)
            return;
        if (item->isCheckable() && item->checkState() == Qt::Checked && m_ui->allSitesRadio->isChecked())
            m_ui->someSitesRadio->setChecked(true);
        update();
    });
}

AccountSitePage::~AccountSitePage() = default;

void AccountSitePage::initializePage()
{
    const s1::ConsoleConfig config = state().consoleConfig();
    const QString key = config.url.toString() + u'\n' + QString::number(qHash(config.token));
    if (key == m_loadedFor)
        return;
    if (!state().sites.isEmpty()) {
        m_loadedFor = key;
        fillAccounts();
        return;
    }
    load();
    m_loadedFor = key;
}

void AccountSitePage::load()
{
    s1::ConsoleConfig config = state().consoleConfig();
    config.accountId.clear();
    config.siteIds.clear();
    if (m_client)
        m_client->deleteLater();
    m_client = new s1::S1Client(config, this);
    m_loading = true;
    Q_EMIT completeChanged();
    auto *accounts = new s1::AccountListJob(m_client, this);
    m_job = accounts;
    connect(accounts, &jobs::Job::finished, this, [this, accounts] {
        accounts->deleteLater();
        state().accounts = accounts->accounts();
        state().accountsForbidden = accounts->state() != jobs::Job::State::Succeeded;
        auto *sites = new s1::SiteListJob(m_client, {}, this);
        m_job = sites;
        connect(sites, &jobs::Job::finished, this, [this, sites] {
            sites->deleteLater();
            m_loading = false;
            if (sites->state() != jobs::Job::State::Succeeded) {
                m_loadedFor.clear();
                checkFailed(sites->summary());
                Q_EMIT completeChanged();
                return;
            }
            state().sites = sites->sites();
            fillAccounts();
            Q_EMIT completeChanged();
        });
        sites->start();
    });
    accounts->start();
}

void AccountSitePage::fillAccounts()
{
    QList<s1::Account> accounts = state().accounts;
    for (const s1::Site &site : std::as_const(state().sites)) // a scoped token may not list accounts
        if (std::none_of(accounts.cbegin(), accounts.cend(),
                [&site](const s1::Account &a) { return a.id == site.accountId; }))
            accounts.append({site.accountId, site.accountName, {}, {}, 0});
    QSignalBlocker blocker(m_ui->accountCombo);
    m_ui->accountCombo->clear();
    for (const s1::Account &a : std::as_const(accounts))
        m_ui->accountCombo->addItem(a.name.isEmpty() ? a.id : a.name, a.id);
    const int wanted = m_ui->accountCombo->findData(state().profile.accountId);
    m_ui->accountCombo->setCurrentIndex(wanted >= 0 ? wanted : 0);
    m_ui->accountCombo->setEnabled(accounts.size() > 1);
    blocker.unblock();
    const QString id = m_ui->accountCombo->currentData().toString();
    m_ui->accountIdLabel->setText(accounts.size() == 1
            ? tr("Account ID: %1 (the only account this token sees)").arg(id)
            : tr("Account ID: %1").arg(id));
    m_ui->allSitesRadio->setChecked(state().profile.allSites);
    m_ui->someSitesRadio->setChecked(!state().profile.allSites);
    fillSites();
}

void AccountSitePage::fillSites()
{
    const QString accountId = m_ui->accountCombo->currentData().toString();
    const QStringList chosen = state().profile.siteIds;
    m_filling = true; // itemChanged below is the user's doing only
    m_sites->removeRows(0, m_sites->rowCount());
    for (const s1::Site &site : std::as_const(state().sites)) {
        if (!accountId.isEmpty() && site.accountId != accountId)
            continue;
        auto *name = new QStandardItem(site.name);
        name->setCheckable(true);
        name->setCheckState(chosen.contains(site.id) ? Qt::Checked : Qt::Unchecked);
        name->setData(site.id, Qt::UserRole);
        name->setEditable(false);
        auto *stateItem = new QStandardItem(site.state);
        if (site.state != QLatin1String("active"))
            stateItem->setForeground(QColor(0xb3, 0x26, 0x1e));
        QList<QStandardItem *> row {
            name, stateItem, new QStandardItem(site.siteType), new QStandardItem(site.id)};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_sites->appendRow(row);
    }
    m_filling = false;
    m_ui->siteView->resizeColumnToContents(SiteState);
    m_ui->siteView->resizeColumnToContents(SiteType);
    Q_EMIT completeChanged();
}

QStringList AccountSitePage::checkedSiteIds(QStringList *names) const
{
    QStringList ids;
    for (int row = 0; row < m_sites->rowCount(); ++row) {
        const QStandardItem *item = m_sites->item(row, SiteName);
        if (item->checkState() == Qt::Checked) {
            ids << item->data(Qt::UserRole).toString();
            if (names)
                *names << item->text();
        }
    }
    return ids;
}

bool AccountSitePage::isComplete() const
{
    if (m_loading || m_ui->accountCombo->count() == 0)
        return false;
    return m_ui->allSitesRadio->isChecked() || !checkedSiteIds().isEmpty();
}

int AccountSitePage::nextId() const
{
    return SetupWizard::OpenCtiPageId;
}

bool AccountSitePage::commitValues()
{
    config::Profile &p = state().profile;
    p.accountId = m_ui->accountCombo->currentData().toString();
    p.accountName = m_ui->accountCombo->currentText();
    p.allSites = m_ui->allSitesRadio->isChecked();
    QStringList names;
    p.siteIds = p.allSites ? QStringList() : checkedSiteIds(&names);
    p.siteNames = p.allSites ? QStringList() : names;
    return true;
}
