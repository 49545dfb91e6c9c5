// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesTab.h"

RulesTab::RulesTab(QWidget *parent)
    : QWidget(parent)
{
}

void RulesTab::setContext(const IocAreaContext &context)
{
    m_context = context;
}
