// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaxiiSourceEditor.h"

TaxiiSourceEditor::TaxiiSourceEditor(const IocAreaContext &context, QWidget *parent)
    : SourceEditor(parent)
    , m_context(context)
{ }

void TaxiiSourceEditor::load(const exchange::IocSource &source)
{
    m_settings = source.settings;
}

QJsonObject TaxiiSourceEditor::settings() const
{
    return m_settings;
}

QStringList TaxiiSourceEditor::problems() const
{
    return {};
}
