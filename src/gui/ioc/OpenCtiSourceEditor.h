// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceEditor.h"

// The source editor of kind "opencti": indicators of the profile's OpenCTI: minimum score, labels, maximum
// marking, initial range.
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
    QJsonObject m_settings;
};
