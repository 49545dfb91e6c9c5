// SPDX-License-Identifier: GPL-3.0-or-later
#include "IocsTab.h"

IocsTab::IocsTab(QWidget *parent)
    : QWidget(parent)
{
}

void IocsTab::setContext(const IocAreaContext &context)
{
    m_context = context;
}
