// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/IocStore.h"

#include <QWidget>

class ElidedLabel;
class QFormLayout;
class QLabel;
class QScrollArea;
class QToolButton;

// The selected IOC's details beside the IOCs table: type, value (with a copy button), name,
// description, severity and score, labels, link; each source's report (first and last seen, valid
// until, whether it still reports it); each sharing configuration's share (state, the console's
// uuid, the expiry, the console's reason of a failure). Plain text only: every field is
// attacker-controlled.
class IocDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit IocDetailPane(QWidget *parent = nullptr);

    // nullptr: nothing selected.
    void showIoc(const exchange::IocDetails *details);
    qint64 iocId() const { return m_iocId; }
    QString value() const { return m_value; }
    // Everything shown, as plain text (tests, accessibility).
    QString text() const;

Q_SIGNALS:
    void copied(const QString &text); // the value went to the clipboard

private:
    QLabel *addRow(const QString &label, const QString &objectName);

    QLabel *m_empty;
    QScrollArea *m_scroll;
    QWidget *m_body;
    QFormLayout *m_form;
    ElidedLabel *m_valueLabel;
    QToolButton *m_copy;
    QLabel *m_type, *m_name, *m_description, *m_severity, *m_labels, *m_link;
    QLabel *m_provenance, *m_shares;
    qint64 m_iocId = 0;
    QString m_value;
};
