// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FirewallAreaContext.h"
#include "firewall/Collection.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class EntryImportDialog;
class EntryTableModel;
class PlanView;
class TargetsEditor;

// The editor of one firewall collection, in tabs: its typed entries (validated, refused ones with
// their reasons; paste and import through a preview), its sources (files, URLs, IOCs of the exchange
// through a business rule), the rule template, its targets, the protected list (the admin's own
// networks; the built-in classes named), and the plan or outcome of the last job. Save stores it
// only without problems (each named); Revert reads it back.
class CollectionEditor : public QWidget
{
    Q_OBJECT
public:
    enum Tab { EntriesTab, SourcesTab, RuleTab, TargetsTab, ProtectedTab, PlanTab };
    Q_ENUM(Tab)

    explicit CollectionEditor(QWidget *parent = nullptr);

    void setContext(const FirewallAreaContext &context);
    // A stored collection (id set) or a new one (id 0).
    void setCollection(const firewall::Collection &collection);
    const firewall::Collection &original() const { return m_original; }
    // The collection as the inputs say.
    firewall::Collection collection() const;
    // Every problem of the inputs, one sentence each (refused entries, the template, limits...).
    QStringList problems() const;
    bool isModified() const;
    // Changes that leaving the collection would lose: a stored one modified, or a new one with
    // entries, sources or targets.
    bool hasUnsavedWork() const;

    // Stores the collection; false with the problems shown (nothing stored).
    bool save();
    void revert();

    // The inputs (tests).
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *entryEdit() const { return m_entryEdit; }
    QPushButton *addEntryButton() const { return m_addEntry; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *removeEntriesButton() const { return m_removeEntries; }
    QTableView *entryView() const { return m_entryView; }
    EntryTableModel *entryModel() const { return m_entries; }
    QListWidget *sourceList() const { return m_sources; }
    QLineEdit *sourceEdit() const { return m_sourceEdit; }
    QPushButton *addSourceButton() const { return m_addSource; }
    QListWidget *iocSourceList() const { return m_iocSources; }
    QComboBox *iocRuleCombo() const { return m_iocRule; }
    QPushButton *addIocSourceButton() const { return m_addIocSource; }
    QLineEdit *ruleNameEdit() const { return m_ruleName; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QComboBox *actionCombo() const { return m_action; }
    QComboBox *directionCombo() const { return m_direction; }
    QCheckBox *osBox(const QString &os) const;
    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *protocolEdit() const { return m_protocol; }
    QSpinBox *maxEntriesSpin() const { return m_maxEntries; }
    QCheckBox *aggregateBox() const { return m_aggregate; }
    QCheckBox *allowPrivateBox() const { return m_allowPrivate; }
    QCheckBox *enabledBox() const { return m_enabled; }
    TargetsEditor *targetsEditor() const { return m_targets; }
    QLineEdit *ownEdit() const { return m_ownEdit; }
    QListWidget *ownList() const { return m_own; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }
    QLabel *problemLabel() const { return m_problems; }
    PlanView *planView() const { return m_plan; }
    // The paste/import preview while it is open.
    EntryImportDialog *importDialog() const;
    void openImport();

Q_SIGNALS:
    // Stored: the list refreshes and selects it.
    void saved(const QString &name);
    void statusMessage(const QString &text);

private:
    QWidget *buildEntriesTab();
    QWidget *buildSourcesTab();
    QWidget *buildRuleTab();
    QWidget *buildProtectedTab();
    void updateState();
    void fillIocLists();
    void fillSources();
    void addTypedEntry();

    FirewallAreaContext m_context;
    firewall::Collection m_original;
    QList<firewall::CollectionSource> m_sourceItems;
    bool m_loading = false;
    bool m_aggregateChosen = false; // the user set aggregation (else it follows the action's default)
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    // Entries
    EntryTableModel *m_entries;
    QTableView *m_entryView;
    QLineEdit *m_entryEdit;
    QPushButton *m_addEntry;
    QPushButton *m_import;
    QPushButton *m_removeEntries;
    QPointer<EntryImportDialog> m_importDialog;
    // Sources
    QListWidget *m_sources;
    QLineEdit *m_sourceEdit;
    QPushButton *m_addSource;
    QListWidget *m_iocSources;
    QComboBox *m_iocRule;
    QPushButton *m_addIocSource;
    QPushButton *m_removeSource;
    // Rule template
    QLineEdit *m_ruleName;
    QLineEdit *m_description;
    QComboBox *m_action;
    QComboBox *m_direction;
    QList<QCheckBox *> m_os;
    QComboBox *m_status;
    QLineEdit *m_protocol;
    QSpinBox *m_maxEntries;
    QCheckBox *m_aggregate;
    QCheckBox *m_allowPrivate;
    QCheckBox *m_enabled;
    // Targets, protected, plan
    TargetsEditor *m_targets;
    QLineEdit *m_ownEdit;
    QListWidget *m_own;
    QPushButton *m_addOwn;
    QPushButton *m_removeOwn;
    PlanView *m_plan;
    QLabel *m_problems;
    QPushButton *m_save;
    QPushButton *m_revert;
};
