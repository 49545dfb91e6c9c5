// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FirewallAreaContext.h"
#include "firewall/FirewallExportJob.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class CollectionEditor;
class CollectionListModel;

// The Firewall area: the collections on the left (entries, rules, last export per target, state;
// New, Delete, and for the selected one Plan, Export, Withdraw), the collection editor on the right.
// A thin front end over core/firewall: Plan runs a FirewallExportJob in DryRun mode, started directly
// (it changes nothing, so it need not wait in the scheduler and is not recorded); Export and Withdraw
// go through the scheduler (TaskRegistry::submit: one at a time per profile, progress in the status
// bar, recorded in Jobs), and the page shows the outcome when they finish.
class FirewallPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirewallPage(QWidget *parent = nullptr);

    void setContext(const FirewallAreaContext &context);
    const FirewallAreaContext &context() const { return m_context; }
    // Reads the collections again (keeps the selection).
    void reload();
    // Selects a collection by name (false: none of that name).
    bool select(const QString &name);

    CollectionListModel *model() const { return m_model; }
    QTableView *listView() const { return m_list; }
    CollectionEditor *editor() const { return m_editor; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *planButton() const { return m_plan; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QCheckBox *adoptBox() const { return m_adopt; }
    QLabel *messageLabel() const { return m_message; }
    bool isRunning() const { return !m_job.isNull(); }
    // The window's toolbar while the Firewall area is on screen: New collection, Plan, Export (enabled
    // as the buttons are).
    QList<QAction *> toolbarActions() const { return {m_newAction, m_planAction, m_exportAction}; }

    // The actions of the buttons (Withdraw and Delete ask first, with open()).
    void newCollection();
    void deleteSelected();
    void plan();
    void exportSelected();
    void withdrawSelected();

Q_SIGNALS:
    void statusMessage(const QString &text);
    // A plan, export or withdraw ended (its outcome is shown).
    void jobDone(firewall::FirewallExportJob::Mode mode, bool succeeded);

private:
    void onSelectionChanged();
    // Runs `then` once the editor's unsaved work is saved or discarded (asks first, with open());
    // Cancel keeps the editor as it is and the list on its collection.
    void leaveEditor(const std::function<void()> &then);
    void selectShown();
    void updateButtons();
    // Saves the editor's changes first (a job reads the stored collection); false when refused.
    bool saveFirst();
    void run(firewall::FirewallExportJob::Mode mode);
    void onJobFinished(firewall::FirewallExportJob *job);
    void showMessage(const QString &text);

    FirewallAreaContext m_context;
    CollectionListModel *m_model;
    QTableView *m_list;
    QPushButton *m_new;
    QPushButton *m_delete;
    QPushButton *m_plan;
    QPushButton *m_export;
    QPushButton *m_withdraw;
    QCheckBox *m_adopt;
    QLabel *m_message;
    CollectionEditor *m_editor;
    QAction *m_newAction;
    QAction *m_planAction;
    QAction *m_exportAction;
    QPointer<firewall::FirewallExportJob> m_job;
};
