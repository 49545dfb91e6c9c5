// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The source editor of kind "opencti": indicators of the profile's OpenCTI: minimum score, labels,
// maximum marking, initial range (exchange::OpenCtiIndicatorSettings).
class OpenCtiSourceEditor : public SourceEditor
{
    Q_OBJECT
public:
    explicit OpenCtiSourceEditor(const IocAreaContext &context, QWidget *parent = nullptr);

    void load(const exchange::IocSource &source) override;
    QJsonObject settings() const override;
    QStringList problems() const override;

private:
    IocAreaContext m_context;
    QJsonObject m_settings; // as loaded: settings this editor does not show are kept
    QSpinBox *m_minScore;
    QLineEdit *m_labels;
    QComboBox *m_maxMarking;
    QSpinBox *m_initialDays;
    QLabel *m_note;
};
