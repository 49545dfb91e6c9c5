// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenCtiSourceEditor.h"

OpenCtiSourceEditor::OpenCtiSourceEditor(const IocAreaContext &context, QWidget *parent)
    : SourceEditor(parent)
    , m_context(context)
{ }

void OpenCtiSourceEditor::load(const exchange::IocSource &source)
{
    m_settings = source.settings;
}

QJsonObject OpenCtiSourceEditor::settings() const
{
    return m_settings;
}

QStringList OpenCtiSourceEditor::problems() const
{
    return {};
}
