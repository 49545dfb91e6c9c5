// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcesTab.h"

SourcesTab::SourcesTab(QWidget *parent)
    : QWidget(parent)
{
}

void SourcesTab::setContext(const IocAreaContext &context)
{
    m_context = context;
}
