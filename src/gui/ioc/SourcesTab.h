// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IocAreaContext.h"

#include <QWidget>

// The IOC sources: kind, last pull, counts and state; add and edit per kind; Pull now.
class SourcesTab : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesTab(QWidget *parent = nullptr);
    void setContext(const IocAreaContext &context);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    IocAreaContext m_context;
};
