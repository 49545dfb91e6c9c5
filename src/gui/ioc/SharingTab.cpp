// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharingTab.h"

SharingTab::SharingTab(QWidget *parent)
    : QWidget(parent)
{
}

void SharingTab::setContext(const IocAreaContext &context)
{
    m_context = context;
}
