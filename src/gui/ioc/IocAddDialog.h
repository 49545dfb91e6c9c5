// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Ioc.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Add one IOC by hand: its type (detected, or chosen) and value, validated as it is typed
// (IocNormalizer): the problem is named below the field and OK stays disabled until the value is
// valid. What was changed on the way (re-fanged, port dropped) is said there too. The caller stores
// ioc() when the dialog is accepted (open(), never exec()).
class IocAddDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IocAddDialog(QWidget *parent = nullptr);

    // The normalized IOC; nullopt while the value is not valid.
    std::optional<exchange::Ioc> ioc() const;
    QLineEdit *valueEdit() const { return m_value; }
    QComboBox *typeCombo() const { return m_type; }
    QString problem() const; // the text below the field
    bool canAccept() const; // OK is enabled

private:
    void validate();

    QComboBox *m_type;
    QLineEdit *m_value;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    std::optional<exchange::Ioc> m_ioc;
};
