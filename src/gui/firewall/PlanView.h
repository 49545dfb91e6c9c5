// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace firewall {
class FirewallExportJob;
struct ExportTarget;
} // namespace firewall

// The plan (or outcome) of a firewall job as a readable diff: per target, the counts per kind
// (create, update, rename, delete, unchanged, conflict) and each action with its rule name, the
// fields that differ, the entries that move (samples and counts) and a conflict's reason; then what
// was left out (protected entries, refused lines, what aggregation saved). Every value is shown as
// plain text.
class PlanView : public QWidget
{
    Q_OBJECT
public:
    // Item data of an action's row: its kind ("create", "update"... as PlannedAction::kindName).
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit PlanView(QWidget *parent = nullptr);

    // The plan and outcome of a finished job (dry run, export or withdraw).
    void showJob(const firewall::FirewallExportJob &job);
    // A short state ("Planning…", a failure's sentence) instead of a plan.
    void showMessage(const QString &text);
    void clear();
    // How a target is named ("Acme: site 123, Paris (Acme)"); unset: its scope's text.
    void setTargetNamer(std::function<QString(const firewall::ExportTarget &)> namer)
    {
        m_namer = std::move(namer);
    }

    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    // Actions of the kind shown for the target at `target` (tests).
    int actionCount(int target, const QString &kind) const;
    int targetCount() const { return m_targets; }

private:
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
    int m_targets = 0;
    std::function<QString(const firewall::ExportTarget &)> m_namer;
};
