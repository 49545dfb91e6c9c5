// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

// A period chosen as people think of it: a number and a unit (minutes, hours, days). The ISO 8601
// text the profile stores (PT15M, PT2H, P1D) is shown beside it as a detail and is what iso() returns.
// A stored period that is not a whole number of minutes (PT90S) is shown rounded up to minutes.
class DurationEdit : public QWidget
{
    Q_OBJECT
public:
    enum Unit { Minutes, Hours, Days };
    Q_ENUM(Unit)

    explicit DurationEdit(QWidget *parent = nullptr);

    // Accepts any ISO 8601 duration IsoDuration parses; false (and nothing changed) otherwise.
    bool setIso(const QString &iso);
    QString iso() const;
    qint64 seconds() const;

    QSpinBox *amountEdit() const { return m_amount; }
    QComboBox *unitCombo() const { return m_unit; }

Q_SIGNALS:
    void changed();

private:
    void updateDetail();

    QSpinBox *m_amount;
    QComboBox *m_unit;
    QLabel *m_detail;
};
