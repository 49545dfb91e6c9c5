// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"

#include <QWidget>

// The business rules: an editor for every filter with a live count of the matching IOCs, and the exclusion list.
class RulesTab : public QWidget
{
    Q_OBJECT
public:
    explicit RulesTab(QWidget *parent = nullptr);
    void setContext(const IocAreaContext &context);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    IocAreaContext m_context;
};
