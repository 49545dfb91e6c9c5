// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FirewallAreaContext.h"
#include "firewall/Collection.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

// Where a collection's rules go: several targets, each a profile and a scope (site, account or group)
// chosen from the live lists of that profile's console (accounts, sites and groups fetched as jobs,
// like the sharing dialog's), or typed by id when the console is not connected.
class TargetsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TargetsEditor(QWidget *parent = nullptr);

    void setContext(const FirewallAreaContext &context);
    void setTargets(const QList<firewall::ExportTarget> &targets);
    QList<firewall::ExportTarget> targets() const { return m_targets; }
    bool loading() const { return m_loading > 0; }

    QComboBox *profileCombo() const { return m_profile; }
    QComboBox *scopeKindCombo() const { return m_scopeKind; }
    QComboBox *targetCombo() const { return m_target; }
    QListWidget *targetList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

    // "Profile: site 123, Paris (Acme)" (the name once the console's lists are read).
    QString targetText(const firewall::ExportTarget &target) const;
    // Adds the scope chosen in the combos; false with the reason in the note when it cannot.
    bool addChosen();

Q_SIGNALS:
    void changed();
    void targetsLoaded();

private:
    void loadTargets();
    void fillTargets();
    void fillList();

    FirewallAreaContext m_context;
    QList<firewall::ExportTarget> m_targets;
    QListWidget *m_list;
    QComboBox *m_profile;
    QComboBox *m_scopeKind;
    QComboBox *m_target;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_note;
    // The live lists of the chosen profile: (id, name).
    QList<std::pair<QString, QString>> m_accounts, m_sites, m_groups;
    QString m_listedProfile;
    int m_loading = 0;
    int m_generation = 0;
};
