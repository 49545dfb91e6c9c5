// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"
#include "exchange/IocStore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class SourceEditor;

// Adds or edits one IOC source: its name and the kind's editor (SourceEditor::create). The problems
// are listed in a reserved area and OK stays disabled until there are none. Saving writes the source
// to the store, its credential (if one was typed) to the keychain, and a manual source's values to
// the store. Opened with open(); saved() when stored.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    // source: a stored one to edit, or a new one (kind and profile set).
    SourceDialog(const IocAreaContext &context, const exchange::IocSource &source, QWidget *parent = nullptr);

    SourceEditor *editor() const { return m_editor; }
    QLineEdit *nameEdit() const { return m_name; }
    QStringList problems() const;
    QString problemText() const;

    void accept() override;

Q_SIGNALS:
    void saved(const exchange::IocSource &source);
    // Said after saving (a credential that could not be kept, values added).
    void statusMessage(const QString &text);

private:
    void validate();

    IocAreaContext m_context;
    exchange::IocSource m_source;
    QLineEdit *m_name;
    SourceEditor *m_editor;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
};
