// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus, toolbar and keyboard shortcuts: each area has its own toolbar actions, shown
// while it is on screen; Help > Keyboard shortcuts lists them all, with the area they work in.
#include "MainWindow.h"

#include "FirewallPage.h"
#include "IocSharingPage.h"
#include "JobsPage.h"
#include "OverviewPage.h"
#include "ThreatBrowserPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <functional>

void MainWindow::buildMenusAndToolbar(const QStringList &areas)
{
    auto *profileMenu = menuBar()->addMenu(tr("&Profile"));
    profileMenu->addAction(tr("&New profile…"), this, &MainWindow::newProfileRequested);
    profileMenu->addAction(tr("&Edit profile…"), this, &MainWindow::editProfileRequested);
    profileMenu->addAction(tr("&Delete profile…"), this, &MainWindow::deleteProfileRequested);
    profileMenu->addSeparator();
    profileMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto *threatMenu = m_threatMenu = menuBar()->addMenu(tr("&Threats"));
    threatMenu->addAction(m_browser->refreshAction());
    threatMenu->addSeparator();
    threatMenu->addAction(m_browser->flagAction());
    threatMenu->addAction(m_browser->unflagAction());
    threatMenu->addAction(m_importNowAction);
    threatMenu->addSeparator();
    threatMenu->addAction(m_browser->exportAction());
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *areaGroup = new QActionGroup(this);
    for (int area = 0; area < areas.size(); ++area) {
        QAction *action = viewMenu->addAction(areas.at(area));
        action->setObjectName(QStringLiteral("showArea%1").arg(area));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + area)));
        action->setCheckable(true);
        areaGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, area] { showArea(Area(area)); });
        m_areaSwitchActions << action;
    }
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcutsAction
        = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About S1 Bridge"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    auto *toolbar = m_toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    auto *profileLabel = new QLabel(tr(" Profile: "), this);
    profileLabel->setBuddy(m_profileCombo);
    toolbar->addWidget(profileLabel);
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setMinimumContentsLength(18);
    m_profileCombo->setToolTip(tr("Switch to another console profile"));
    toolbar->addWidget(m_profileCombo);
    connect(m_profileCombo, &QComboBox::activated, this,
        [this](int index) { Q_EMIT profileChosen(m_profileCombo->itemData(index).toString()); });
    toolbar->addSeparator();
    // Each area's own actions; onAreaChanged() puts those of the area on screen in the toolbar.
    m_areaActions.insert(OverviewArea, m_overviewPage->toolbarActions());
    m_areaActions.insert(ThreatsArea,
        {m_browser->refreshAction(), m_browser->flagAction(), m_browser->unflagAction(), m_importNowAction,
            m_browser->exportAction()});
    m_areaActions.insert(IocArea, m_iocPage->toolbarActions());
    m_areaActions.insert(FirewallArea, m_firewallPage->toolbarActions());
    m_jobsRefreshAction->setObjectName(QStringLiteral("jobsRefreshAction"));
    m_jobsRefreshAction->setToolTip(tr("Read the run history again (F5)"));
    m_jobsRefreshAction->setShortcut(QKeySequence::Refresh); // only in the toolbar while Jobs is shown
    connect(m_jobsRefreshAction, &QAction::triggered, m_jobsPage, &JobsPage::reload);
    m_areaActions.insert(JobsArea, {m_jobsRefreshAction});
}

void MainWindow::onAreaChanged(int area)
{
    for (const QList<QAction *> &actions : std::as_const(m_areaActions))
        for (QAction *action : actions)
            m_toolbar->removeAction(action);
    m_toolbar->addActions(m_areaActions.value(area));
    // The Threats menu belongs to the Threats area: elsewhere it and its shortcuts are off.
    m_threatMenu->menuAction()->setVisible(area == ThreatsArea);
    m_threatMenu->setEnabled(area == ThreatsArea);
    if (area >= 0 && area < m_areaSwitchActions.size())
        m_areaSwitchActions.at(area)->setChecked(true);
}

QList<std::pair<QString, QString>> MainWindow::shortcutList() const
{
    QList<std::pair<QString, QString>> list;
    QSet<const QAction *> seen;
    auto add = [&](const QAction *action) {
        if (action->isSeparator() || action->menu() || seen.contains(action) || action->shortcuts().isEmpty())
            return;
        seen.insert(action);
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        text.remove(QStringLiteral("…"));
        text = text.trimmed();
        // An area's own action works while that area is on screen: say which.
        for (auto it = m_areaActions.cbegin(); it != m_areaActions.cend(); ++it)
            if (it.value().contains(const_cast<QAction *>(action)) && m_sidebar->item(it.key())) {
                text = tr("%1 (%2)").arg(text, m_sidebar->item(it.key())->text());
                break;
            }
        list.append({text, keys.join(QStringLiteral(", "))});
    };
    std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (const QAction *action : menu->actions()) {
            if (action->menu())
                walk(action->menu());
            else
                add(action);
        }
    };
    for (const QAction *action : menuBar()->actions())
        if (action->menu())
            walk(action->menu());
    for (int area = 0; area < m_sidebar->count(); ++area) // every area's toolbar, not only the one shown
        for (const QAction *action : m_areaActions.value(area))
            add(action);
    for (const QAction *action : findChildren<QAction *>()) // the pages' own (e.g. context menus)
        add(action);
    return list;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const QList<std::pair<QString, QString>> shortcuts = shortcutList();
    auto *table = new QTableWidget(int(shortcuts.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < shortcuts.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(shortcuts.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(shortcuts.at(row).second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(460, 420);
    dialog->open();
}

void MainWindow::showJobRuns(const QString &kind)
{
    m_jobsPage->reload();
    QComboBox *kinds = m_jobsPage->kindCombo();
    const int index = kinds->findData(kind);
    if (index >= 0)
        kinds->setCurrentIndex(index);
    showArea(JobsArea);
    if (m_jobsPage->model()->rowCount() > 0)
        m_jobsPage->table()->selectRow(0); // the newest run: its summary, failures and log below
    m_jobsPage->table()->setFocus(Qt::OtherFocusReason);
}
