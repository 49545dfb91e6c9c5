// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"
#include "exchange/SharingConfig.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// Adds or edits a sharing configuration: name, sources (checkable; none: every source), business
// rule ("everything" allowed), destination kind (SentinelOne threat intelligence, OpenCTI, a file),
// the target chosen from live lists (profile, then its console's accounts or sites, fetched
// asynchronously; a group by its id), a file's path and format, aging per type with SentinelOne's
// caps, enabled. Problems in a reserved area; Save disabled until there are none. Opened with open().
class SharingDialog : public QDialog
{
    Q_OBJECT
public:
    // config: a stored one to edit (id set), or a new one.
    SharingDialog(
        const IocAreaContext &context, const exchange::SharingConfig &config, QWidget *parent = nullptr);

    exchange::SharingConfig config() const;
    QStringList problems() const;
    QString problemText() const;
    bool targetsLoading() const { return m_loading > 0; }

    // The inputs (tests).
    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *sourcesList() const { return m_sources; }
    QComboBox *ruleCombo() const { return m_rule; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *profileCombo() const { return m_profile; }
    QComboBox *scopeKindCombo() const { return m_scopeKind; }
    QComboBox *targetCombo() const { return m_target; }
    QLineEdit *filePathEdit() const { return m_filePath; }
    QSpinBox *agingSpin(exchange::IocType type) const { return m_aging.value(type); }
    QLabel *agingNotesLabel() const { return m_agingNotes; }

    void accept() override;

Q_SIGNALS:
    void saved(const exchange::SharingConfig &config);
    void targetsLoaded();

private:
    void validate();
    void updateKind();
    void loadTargets();
    void fillTargets();

    IocAreaContext m_context;
    exchange::SharingConfig m_config;
    QLineEdit *m_name;
    QListWidget *m_sources;
    QComboBox *m_rule;
    QComboBox *m_kind;
    QComboBox *m_profile;
    QLabel *m_profileLabel;
    QStackedWidget *m_pages;
    QComboBox *m_scopeKind;
    QComboBox *m_target;
    QLabel *m_targetNote;
    QLineEdit *m_filePath;
    QPushButton *m_browse;
    QComboBox *m_fileFormat;
    QMap<exchange::IocType, QSpinBox *> m_aging;
    QLabel *m_agingNotes;
    QCheckBox *m_enabled;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    // The console lists of the chosen profile: (id, name) of accounts and sites.
    QList<std::pair<QString, QString>> m_accounts, m_sites, m_groups;
    QString m_listedProfile;
    int m_loading = 0;
    int m_generation = 0;
};
