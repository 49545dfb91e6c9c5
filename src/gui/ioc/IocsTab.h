// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"

#include <QWidget>

// The IOCs of the store: a lazy table over SQLite with filters, the selected IOC's details and actions (add, import a file, retract, copy, export CSV).
class IocsTab : public QWidget
{
    Q_OBJECT
public:
    explicit IocsTab(QWidget *parent = nullptr);
    void setContext(const IocAreaContext &context);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    IocAreaContext m_context;
};
