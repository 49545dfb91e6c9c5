// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocFileParser.h"
#include "exchange/IocStore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableView;

// The preview of a file of IOCs before it is imported: the file is parsed off the GUI thread
// (IocFileParser: text, CSV or STIX 2.1), then the dialog shows how many IOCs will be added, a table
// of them, and every rejected line with its number and reason. Nothing is stored until Import is
// pressed; Cancel stores nothing. The IOCs go into a manual source of the profile: "Manual" (created
// when missing) or a new one named here. Storing runs off the GUI thread too, in one transaction
// (IocPush::store); the dialog is accepted when it is done, rejected on Cancel. Opened with open().
class IocImportDialog : public QDialog
{
    Q_OBJECT
public:
    // The store must outlive the dialog. profileId: the profile whose manual sources are offered.
    IocImportDialog(
        exchange::IocStore *store, const QString &profileId, const QString &path, QWidget *parent = nullptr);
    ~IocImportDialog() override;

    bool isParsed() const { return m_parsed; }
    const exchange::IocParseResult &result() const { return m_result; }
    QString summary() const; // the line above the tables
    QTableView *acceptedView() const { return m_accepted; }
    QTableView *rejectedView() const { return m_rejected; }
    QComboBox *targetCombo() const { return m_target; }
    QLineEdit *newSourceEdit() const { return m_newName; }
    QString sourceName() const { return m_sourceName; } // where the IOCs went (after importFinished)
    const exchange::UpsertCounts &counts() const { return m_counts; }

    // Presses Import (tests call it; the button calls it too).
    void startImport();

Q_SIGNALS:
    void parsed();
    // ok: stored (the dialog is accepted next); else the reason is shown and the dialog stays open.
    void importFinished(bool ok, const QString &message);

private:
    void onParsed(exchange::IocParseResult result);
    void onStored(bool ok, const exchange::UpsertCounts &counts, const QString &error);
    void updateButtons();

    exchange::IocStore *m_store;
    QString m_profileId;
    QString m_path;
    QLabel *m_summary;
    QTableView *m_accepted;
    QTableView *m_rejected;
    QComboBox *m_target;
    QLineEdit *m_newName;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    exchange::IocParseResult m_result;
    exchange::UpsertCounts m_counts;
    QString m_sourceName;
    bool m_parsed = false;
    bool m_storing = false;
};
